/**
 * Learn: the plain-language pages written in core (`knowledge/learn.ts`), each with its sources.
 * This screen only lays them out; it writes no clinical content of its own.
 */
import { LEARN_PAGES, learnPage } from '@handcheck/core';
import { Link } from 'wouter-preact';
import { Sources } from '../components/ResultView';

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
          <Sources ids={s.sources} />
        </section>
      ))}
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
