/**
 * The rest of a patient's page: the latest scores (Katz class per hand, CTS-6 history items with
 * the exam items still to check, pain, hand function, composite grades), treatments tried and how
 * they went, and every check-in (each opens to its areas). Values and wording come from core's `gpSummary`.
 */
import {
  type CheckIn,
  type GpSummary,
  type PatientRecord,
  region,
  SYMPTOM_LABELS,
  TIMING_LABELS,
} from '@handcheck/core';
import { Sources } from '../../components/ResultView';
import { KATZ_WORDS, shortDate } from './words';

export function ScoresSection({ summary }: { summary: GpSummary }) {
  const s = summary.scores;
  if (!s) return null;
  const composite = (g: number) => `grade ${g} of 3`;
  return (
    <section class="card" aria-labelledby="scores-title">
      <h2 id="scores-title">Latest scores, {shortDate(s.date)}</h2>
      <dl class="scores">
        <div>
          <dt>Katz hand diagram (carpal tunnel)</dt>
          <dd>
            Left hand {KATZ_WORDS[s.katz.left]}, right hand {KATZ_WORDS[s.katz.right]}
          </dd>
        </div>
        <div>
          <dt>CTS-6, history items only</dt>
          <dd>
            {s.cts6.text}
            {s.cts6.itemsPresent.length > 0 && (
              <ul>
                {s.cts6.itemsPresent.map((i) => (
                  <li key={i}>{i}</li>
                ))}
              </ul>
            )}
            <details class="exam-items">
              <summary>Exam items to check ({s.cts6.examItemsToCheck.length})</summary>
              <ul>
                {s.cts6.examItemsToCheck.map((i) => (
                  <li key={i}>{i}</li>
                ))}
              </ul>
            </details>
          </dd>
        </div>
        <div>
          <dt>Pain (0–10)</dt>
          <dd>
            {s.pain.worst === null
              ? 'Not reported'
              : `Worst ${s.pain.worst}${s.pain.average === null ? '' : `, average ${s.pain.average}`}`}
          </dd>
        </div>
        <div>
          <dt>Hand function (0–100, higher = harder)</dt>
          <dd>{s.function === null ? 'Too few tasks answered' : s.function}</dd>
        </div>
        <div>
          <dt>Composite grades (PRO-CTCAE style)</dt>
          <dd>
            Joint pain {composite(s.composite.jointPain)}, numbness {composite(s.composite.numbness)}
          </dd>
        </div>
      </dl>
      <Sources ids={[...s.cts6.sources, ...s.composite.sources]} />
    </section>
  );
}

export function TreatmentsSection({ summary }: { summary: GpSummary }) {
  return (
    <section class="card" aria-labelledby="treatments-title">
      <h2 id="treatments-title">Treatments tried</h2>
      {summary.treatments.length === 0 ? (
        <p>None recorded.</p>
      ) : (
        <ul class="plain treatments">
          {summary.treatments.map((t) => (
            <li key={`${t.name}|${t.hand}|${t.startedOn}`}>
              <strong>
                {t.name}
                {t.hand ? ` (${t.hand} hand)` : ''}
              </strong>
              : {t.effect}
              <span class="muted">
                {' '}
                · {t.startedOn ? `from ${shortDate(t.startedOn)}` : 'start not given'}
                {t.endedOn ? ` to ${shortDate(t.endedOn)}` : ''}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

export function CheckInsSection({ record, summary }: { record: PatientRecord; summary: GpSummary }) {
  // The same check-ins in the same order as the summary's list (dated up to today, oldest first).
  const stored = record.checkIns
    .filter((c) => c.checkIn.date <= summary.date)
    .toSorted((a, b) => a.checkIn.date.localeCompare(b.checkIn.date));
  return (
    <section class="card" aria-labelledby="checkins-title">
      <h2 id="checkins-title">Check-ins ({summary.checkIns.length})</h2>
      {summary.checkIns.length === 0 ? (
        <p>No check-ins yet.</p>
      ) : (
        <ul class="plain checkins">
          {summary.checkIns
            .map((c, i) => ({ c, stored: stored[i] }))
            .toReversed()
            .map(({ c, stored }, i) => (
              <li key={`${c.date}-${i}`}>
                <details>
                  <summary>
                    <span>
                      {shortDate(c.date)}
                      {c.week !== null && <span class="muted"> (week {c.week})</span>}:{' '}
                      <span class="checkin-line">
                        {c.areas === 0
                          ? 'no symptoms'
                          : `${c.areas} area${c.areas === 1 ? '' : 's'}, worst ${c.maxSeverity}/10`}
                        {c.resembles.length > 0 && ` · resembles ${c.resembles.join(', ')}`}
                        {c.redFlags > 0 && (
                          <span class="flag-note">
                            {' '}
                            · <span aria-hidden="true">⚠</span> {c.redFlags} red flag
                            {c.redFlags === 1 ? '' : 's'}
                          </span>
                        )}
                      </span>
                    </span>
                  </summary>
                  {stored && <CheckInAreas checkIn={stored.checkIn} />}
                </details>
              </li>
            ))}
        </ul>
      )}
    </section>
  );
}

/** Each marked area of one check-in: where, what, how bad, how often, when. */
function CheckInAreas({ checkIn }: { checkIn: CheckIn }) {
  if (checkIn.regions.length === 0 && !checkIn.notes) return <p class="areas">No symptoms reported.</p>;
  return (
    <div class="areas">
      <ul>
        {checkIn.regions.map((r) => (
          <li key={r.region}>
            <strong>{region(r.region).name}</strong>:{' '}
            {r.symptoms.map((k) => SYMPTOM_LABELS[k].toLowerCase()).join(', ')} — {r.severity}/10,{' '}
            {r.daysPerWeek} of 7 days
            {r.timing.length > 0 && `; ${r.timing.map((t) => TIMING_LABELS[t].toLowerCase()).join(', ')}`}
          </li>
        ))}
      </ul>
      {checkIn.notes && <p>Their note: “{checkIn.notes}”</p>}
    </div>
  );
}
