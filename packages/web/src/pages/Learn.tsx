/**
 * Learn: the plain-language pages written in core (`knowledge/learn.ts`), each with its sources.
 * This screen only lays them out; it writes no clinical content of its own.
 */
import { LEARN_PAGES, learnPage } from '@handcheck/core';
import { useState } from 'preact/hooks';
import { Link } from 'wouter-preact';
import { ExerciseFigure } from '../components/ExerciseFigure';
import { Sources } from '../components/ResultView';
import { emptyDraft, loadDraft, saveDraft } from '../draft';
import { useSession } from '../session';
import { today } from '../words';

export function LearnPage({ page }: { page?: string }) {
  if (page) return <LearnArticle id={page} />;
  return (
    <>
      <h1>Learn</h1>
      <p class="lead">Short pages about hands and wrists on these medicines, and what helps.</p>
      <ul class="plain learn-index">
        {LEARN_PAGES.map((p) => (
          <li key={p.id}>
            <Link href={`/learn/${p.id}`} class="list-link">
              <span class="date">{p.title}</span>
              <span class="summary">{p.summary}</span>
            </Link>
          </li>
        ))}
      </ul>
    </>
  );
}

function LearnArticle({ id }: { id: string }) {
  const p = learnPage(id);
  if (!p)
    return (
      <>
        <h1>Page not found</h1>
        <p>
          There is no Learn page called "{id}". <Link href="/learn">See all Learn pages</Link>
        </p>
      </>
    );
  const related = p.related.map((r) => learnPage(r)).filter((r) => r !== undefined);
  return (
    <article aria-labelledby="learn-title">
      <p>
        <Link href="/learn">← All Learn pages</Link>
      </p>
      <h1 id="learn-title">{p.title}</h1>
      <p class="lead">{p.summary}</p>
      {p.sections.map((s) => (
        <section key={s.heading} class="card">
          <h2>{s.heading}</h2>
          {s.paragraphs.map((para) => (
            <p key={para}>{para}</p>
          ))}
          {s.figure && <ExerciseFigure figure={s.figure} />}
          {s.steps && (
            <ol class="steps">
              {s.steps.map((step) => (
                <li key={step}>{step}</li>
              ))}
            </ol>
          )}
          <Sources ids={s.sources} />
        </section>
      ))}
      {p.id === 'hand-exercises' && <DoingTheseExercises />}
      {related.length > 0 && (
        <section aria-labelledby="related-title">
          <h2 id="related-title">Read next</h2>
          <ul class="plain learn-index">
            {related.map((r) => (
              <li key={r.id}>
                <Link href={`/learn/${r.id}`} class="list-link">
                  <span class="date">{r.title}</span>
                  <span class="summary">{r.summary}</span>
                </Link>
              </li>
            ))}
          </ul>
        </section>
      )}
    </article>
  );
}

/**
 * "I'm doing these exercises": adds the hand exercises to this week's check-in as a treatment (started
 * today, too early to say), so its effect is asked and shown like any other treatment's.
 */
function DoingTheseExercises() {
  const { user } = useSession();
  const userId = user?.id ?? 'anonymous';
  const [done, setDone] = useState(() =>
    (loadDraft(userId)?.treatments ?? []).some((t) => t.kind === 'hand_exercises'),
  );
  const add = () => {
    const d = loadDraft(userId) ?? emptyDraft(today());
    if (!d.treatments.some((t) => t.kind === 'hand_exercises'))
      saveDraft(userId, {
        ...d,
        treatments: [...d.treatments, { kind: 'hand_exercises', startedOn: today(), effect: 'too_early' }],
      });
    setDone(true);
  };
  return (
    <section class="card" aria-labelledby="doing-title">
      <h2 id="doing-title">Doing them?</h2>
      <p>Add them to this week&apos;s check-in, then say each week how they help.</p>
      <button type="button" class="primary" onClick={add} aria-pressed={done}>
        I&apos;m doing these exercises
      </button>
      <p role="status" class="ok">
        {done && (
          <>
            Added to this week&apos;s check-in. <Link href="/">Open the check-in</Link>
          </>
        )}
      </p>
    </section>
  );
}
