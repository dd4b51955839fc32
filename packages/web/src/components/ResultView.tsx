/**
 * One assessment, in the order that matters: red flags first (a banner that cannot be missed), then
 * what the pattern resembles with its evidence and next step, timing, what to tell the GP, sources.
 * Words come from core's assessment; this screen only arranges them.
 */
import {
  type Assessment,
  type CareRole,
  type CheckIn,
  citationOf,
  isSourceId,
  type NextStep,
  type RedFlagFinding,
  sourceLink,
  type Urgency,
} from '@handcheck/core';

const URGENCY_WORDS: Record<Urgency, string> = {
  emergency: 'Get help now',
  today: 'See a doctor today',
  soon: 'See your doctor soon',
  routine: 'Mention it at your next appointment',
};

const WHO_WORDS: Record<CareRole, string> = {
  self: 'You can start this yourself',
  gp: 'With your GP',
  hand_specialist: 'With a hand specialist',
  hand_therapist: 'With a hand therapist',
  oncology_team: 'With your oncology team',
  rheumatology: 'With a rheumatologist',
  emergency: 'Emergency care',
};

const STRENGTH_WORDS = { strong: 'Strong match', moderate: 'Some match', weak: 'Weak match' } as const;

export function ResultView({ checkIn, assessment }: { checkIn: CheckIn; assessment: Assessment }) {
  const a = assessment;
  const ownSteps = stepsOfNoPattern(a);
  return (
    <div class="result">
      {a.redFlags.length > 0 && <RedFlags flags={a.redFlags} />}
      {checkIn.regions.length === 0 && a.redFlags.length === 0 && ownSteps.length === 0 && (
        <p class="card ok-card">Thank you. No symptoms in your hands this week — nothing else to do.</p>
      )}
      {a.resembles.length > 0 && (
        <section aria-labelledby="resembles-title">
          <h2 id="resembles-title">What this resembles</h2>
          <p class="hint">
            This is a suggestion to discuss with your doctor, not a diagnosis. Only an examination can tell
            for sure.
          </p>
          {a.resembles.map((r) => {
            const steps = a.nextSteps.filter((s) => s.condition === r.condition);
            const id = `res-${r.condition}`;
            return (
              <article key={r.condition} class="card" aria-labelledby={id}>
                <h3 id={id}>This resembles {r.name}</h3>
                <p class="strength">{STRENGTH_WORDS[r.strength]}</p>
                {r.evidence.length > 0 && (
                  <>
                    <h4>Why</h4>
                    <ul>
                      {r.evidence.map((e) => (
                        <li key={e.id}>{e.text}</li>
                      ))}
                    </ul>
                  </>
                )}
                {r.against.length > 0 && (
                  <>
                    <h4>What does not fit</h4>
                    <ul>
                      {r.against.map((e) => (
                        <li key={e.id}>{e.text}</li>
                      ))}
                    </ul>
                  </>
                )}
                {steps.length > 0 && (
                  <>
                    <h4>Next step</h4>
                    <ul>
                      {steps.map((s) => (
                        <li key={s.id}>
                          {s.text} <span class="who">({WHO_WORDS[s.who]})</span>
                        </li>
                      ))}
                    </ul>
                  </>
                )}
                <Sources ids={[...r.sources, ...steps.flatMap((s) => s.sources)]} />
              </article>
            );
          })}
        </section>
      )}
      {ownSteps.length > 0 && (
        <section aria-labelledby="next-title" class="card">
          <h2 id="next-title">{ownSteps.length === 1 ? 'Next step' : 'Next steps'}</h2>
          <ul>
            {ownSteps.map((s) => (
              <li key={s.id}>
                {s.text} <span class="who">({WHO_WORDS[s.who]})</span>
              </li>
            ))}
          </ul>
          <Sources ids={ownSteps.flatMap((s) => s.sources)} />
        </section>
      )}
      {a.timing.weeksSinceStart !== null && (
        <p class="card">
          {a.timing.weeksSinceStart} weeks since you started {a.timing.medicine ?? 'your medicine'}.
          {a.timing.onsetBeforeMedicine === true && ' Some of this began before the medicine.'}
        </p>
      )}
      {a.tellYourGp.length > 0 && (
        <section aria-labelledby="gp-title" class="card">
          <h2 id="gp-title">What to tell your GP</h2>
          <ul>
            {a.tellYourGp.map((t) => (
              <li key={t}>{t}</li>
            ))}
          </ul>
        </section>
      )}
      <p class="hint">
        If these symptoms make you think about your cancer medicine, talk to your oncology team before
        changing anything.
      </p>
    </div>
  );
}

/**
 * Steps shown neither in the red-flag banner (a flag's own step says what its `action` says) nor
 * under a pattern: e.g. "worth showing your GP" when pain of 4 or more matches no pattern
 * (`condition: null`, no `redFlag`). Every step the assessment gives is shown somewhere.
 */
export function stepsOfNoPattern(a: Pick<Assessment, 'nextSteps' | 'resembles'>): NextStep[] {
  const shown = new Set<string | null>(a.resembles.map((r) => r.condition));
  return a.nextSteps.filter((s) => s.redFlag === undefined && !shown.has(s.condition));
}

function RedFlags({ flags }: { flags: readonly RedFlagFinding[] }) {
  return (
    <div class="red-flags" role="alert" aria-labelledby="flags-title">
      <h2 id="flags-title">Please act on this first</h2>
      {flags.map((f) => (
        <div key={f.id} class="flag">
          <p class="urgency">{URGENCY_WORDS[f.urgency]}</p>
          <p class="action">{f.action}</p>
          <p class="reason">{f.reason}</p>
          <Sources ids={f.sources} inverse />
        </div>
      ))}
    </div>
  );
}

/** Citations, one tap away. */
export function Sources({ ids, inverse }: { ids: readonly string[]; inverse?: boolean }) {
  const unique = [...new Set(ids)].filter(isSourceId);
  if (unique.length === 0) return null;
  return (
    <details class={inverse ? 'sources inverse' : 'sources'}>
      <summary>Sources ({unique.length})</summary>
      <ol>
        {unique.map((id) => {
          const link = sourceLink(id);
          return (
            <li key={id}>
              {citationOf(id)}{' '}
              {link && (
                <a href={link} target="_blank" rel="noopener noreferrer">
                  {link.replace(/^https:\/\/(www\.)?/, '').replace(/\/$/, '')}
                </a>
              )}
            </li>
          );
        })}
      </ol>
    </details>
  );
}
