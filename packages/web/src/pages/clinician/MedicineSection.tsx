/**
 * For the care team: every change of medicine (start, switch, pause, stop, restart) with the
 * reason the patient gave, stops for joint or hand pain marked, and what each treatment measurably
 * did on the patient's own check-ins beside their own rating. All from core (`medicineChanges`,
 * `treatmentEffects`), as on the patient's History.
 */
import {
  EFFECT_WINDOWS_TEXT,
  firstAromataseInhibitor,
  medicineChanges,
  type PatientRecord,
  STOP_REASON_SOURCES,
  treatmentEffects,
  weeksBetween,
} from '@handcheck/core';
import { useMemo } from 'preact/hooks';
import { Sources } from '../../components/ResultView';
import { today } from '../../words';
import { shortDate } from './words';

export function MedicineSection({ record }: { record: PatientRecord }) {
  const changes = useMemo(() => medicineChanges(record.context.medicines), [record]);
  const first = firstAromataseInhibitor(record.context);
  const painStops = changes.filter((c) => c.reason === 'joint_or_hand_pain');
  if (changes.length === 0) return null;
  return (
    <section class="card" aria-labelledby="medicine-history-title">
      <h2 id="medicine-history-title">Medicine over time</h2>
      {painStops.length > 0 && (
        <p class="flag-inline">
          <strong>Paused, stopped or switched for joint or hand pain:</strong>{' '}
          {painStops.map((c) => `${c.text.split(':')[0]} (${shortDate(c.date)})`).join('; ')}. Early stopping
          of aromatase inhibitors is common and shortens their benefit.
        </p>
      )}
      <ol class="plain medicine-history">
        {changes.map((c) => (
          <li key={`${c.date}-${c.kind}`} class="change-line">
            <span class="date">{shortDate(c.date)}</span> {c.text}
            {first && <span class="hint"> · week {weeksBetween(first.startedOn, c.date)}</span>}
          </li>
        ))}
      </ol>
      {painStops.length > 0 && <Sources ids={STOP_REASON_SOURCES} />}
    </section>
  );
}

export function TreatmentEffectSection({ record }: { record: PatientRecord }) {
  const effects = useMemo(() => treatmentEffects(record.checkIns, record.treatments, today()), [record]);
  if (effects.length === 0) return null;
  return (
    <section class="card" aria-labelledby="effects-title">
      <h2 id="effects-title">Measured treatment effect</h2>
      <p class="hint">{EFFECT_WINDOWS_TEXT.replaceAll('Your', "The patient's")}</p>
      <ul class="plain effects">
        {effects.map((e) => (
          <li key={`${e.kind}-${e.startedOn}`} class={`effect ${e.status}`}>
            <strong>{e.text}</strong>
            <span>
              {e.name}, started {shortDate(e.startedOn)}
              {e.hand && e.hand !== 'both' ? ` (${e.hand} hand)` : ''}. Own rating:{' '}
              {e.ratingText?.replace('You said: ', '')}.
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
