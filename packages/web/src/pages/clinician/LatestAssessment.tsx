/**
 * The latest assessment in a clinician's order: red flags of the last 4 weeks first, then what the
 * pattern resembles (with what fits and what does not) and the next steps on its care ladder. Words come from core (`gpSummary`, the stored
 * assessment); this only arranges them.
 */
import type { CareRole, GpSummary, PatientRecord } from '@handcheck/core';
import { Sources } from '../../components/ResultView';
import { shortDate } from './words';

const WHO: Record<CareRole, string> = {
  self: 'self-care',
  gp: 'GP',
  hand_specialist: 'hand specialist',
  hand_therapist: 'hand therapist',
  oncology_team: 'oncology team',
  rheumatology: 'rheumatology',
  emergency: 'emergency care',
};

const STRENGTH = { strong: 'strong match', moderate: 'some match', weak: 'weak match' } as const;

const STATUS_WORDS = {
  suggested: 'next to try',
  keep_going: 'tried and helping: keep going',
  if_no_better: 'if no better',
} as const;

/** What changed and what is asked of the GP: the two lines a GP with one minute reads first. */
export function AtAGlance({ summary }: { summary: GpSummary }) {
  if (summary.changes.length === 0 && summary.asks.length === 0) return null;
  return (
    <section class="card glance" aria-labelledby="glance-title">
      <h2 id="glance-title">At a glance</h2>
      <div class="glance-cols">
        {summary.asks.length > 0 && (
          <div>
            <h3>Asked of the GP</h3>
            <ul>
              {summary.asks.map((c) => (
                <li key={c.text}>{c.text}</li>
              ))}
            </ul>
            <Sources ids={summary.asks.flatMap((a) => a.sources)} />
          </div>
        )}
        {summary.changes.length > 0 && (
          <div>
            <h3>What changed</h3>
            <ul>
              {summary.changes.map((c) => (
                <li key={c.text}>{c.text}</li>
              ))}
            </ul>
          </div>
        )}
      </div>
    </section>
  );
}

export function LatestAssessment({ record, summary }: { record: PatientRecord; summary: GpSummary }) {
  const latest = record.checkIns.at(-1);
  if (!latest) return null;
  const steps = latest.assessment.nextSteps;
  return (
    <section class="card" aria-labelledby="latest-title">
      <h2 id="latest-title">Latest assessment, {shortDate(latest.checkIn.date)}</h2>

      {summary.redFlags.length > 0 && (
        <section class="red-flags" aria-labelledby="flags-title">
          <h3 id="flags-title">
            <span aria-hidden="true">⚠</span> Red flags in the last 4 weeks
          </h3>
          {summary.redFlags.map((f) => (
            <div key={f.id} class="flag">
              <p class="urgency">
                {f.urgencyLabel}: {f.name}
              </p>
              <p class="reason">
                {f.reason} ({shortDate(f.date)})
              </p>
              <p class="action">{f.action}</p>
              <Sources ids={f.sources} inverse />
            </div>
          ))}
        </section>
      )}

      <h3>Resembles</h3>
      {summary.patterns.length === 0 ? (
        <p>
          {latest.checkIn.regions.length === 0
            ? 'No symptoms in the latest check-in.'
            : 'No hand or wrist pattern in the latest check-in.'}
        </p>
      ) : (
        <ul class="plain patterns">
          {summary.patterns.map((p) => (
            <li key={p.name} class="pattern">
              <p>
                <strong>{p.name}</strong> — {STRENGTH[p.strength]}
                {p.hands.length > 0 && `, ${p.hands.join(' and ')} hand${p.hands.length > 1 ? 's' : ''}`}
              </p>
              {p.evidence.length > 0 && (
                <p class="fits">
                  <span class="label">Fits:</span> {p.evidence.map((e) => e.text).join('; ')}
                </p>
              )}
              {p.against.length > 0 && (
                <p class="fits">
                  <span class="label">Does not fit:</span> {p.against.map((e) => e.text).join('; ')}
                </p>
              )}
              <Sources ids={[...p.sources, ...p.evidence.flatMap((e) => e.sources)]} />
            </li>
          ))}
        </ul>
      )}

      {steps.length > 0 && (
        <>
          <h3>Next steps</h3>
          <ol class="steps">
            {steps.map((s) => (
              <li key={`${s.redFlag ?? s.condition}-${s.id}`}>
                {s.text}{' '}
                <span class="muted">
                  ({WHO[s.who]}
                  {s.status ? `, ${STATUS_WORDS[s.status]}` : ''})
                </span>
              </li>
            ))}
          </ol>
          <Sources ids={steps.flatMap((s) => s.sources)} />
        </>
      )}

      {summary.questions.length > 0 && (
        <>
          <h3>Worth asking at the visit</h3>
          <ul>
            {summary.questions.map((q) => (
              <li key={q.text}>{q.text}</li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
