/**
 * How the hormone medicine went this week (check-in format version 2): every day, some doses
 * missed, or stopped or paused, and whether she is thinking about stopping because of the symptoms.
 * Optional. Missed doses or a stop never lead to "stop": core suggests a talk with the oncology team
 * and raises a care-team alert (triage/adherence.ts).
 */
import type { MedicineThisWeek as Medicine } from '@handcheck/core';
import type { Draft } from '../draft';
import { ChoiceChips } from './ChoiceChips';
import { YesNo } from './YesNo';

type Taken = NonNullable<Medicine['taken']>;
const TAKEN: { value: Taken; label: string }[] = [
  { value: 'every_day', label: 'Every day' },
  { value: 'missed_some', label: 'I missed some doses' },
  { value: 'stopped', label: 'I stopped or paused it' },
];

interface Props {
  readonly draft: Draft;
  readonly onChange: (next: Draft) => void;
}

export function MedicineThisWeek({ draft, onChange }: Props) {
  const m: Medicine = draft.medicineThisWeek ?? {};
  const set = (next: Medicine) => {
    const clean: Medicine = {
      ...(next.taken ? { taken: next.taken } : {}),
      ...(next.thinkingOfStopping !== undefined ? { thinkingOfStopping: next.thinkingOfStopping } : {}),
    };
    const { medicineThisWeek: _, ...rest } = draft;
    onChange(Object.keys(clean).length ? { ...rest, medicineThisWeek: clean } : rest);
  };
  return (
    <section aria-labelledby="medicine-week-title" class="card">
      <h2 id="medicine-week-title">Your hormone medicine this week</h2>
      <p class="hint">
        Optional. Many people find these symptoms make the tablets hard to keep taking; your team can help.
      </p>
      <ChoiceChips
        legend="Did you take it?"
        options={TAKEN}
        selected={m.taken ? [m.taken] : []}
        onChange={(v) => set({ ...m, taken: v[0] })}
        single
      />
      <YesNo
        legend="Are you thinking about stopping it because of these symptoms?"
        value={m.thinkingOfStopping}
        onChange={(v) => set({ ...m, thinkingOfStopping: v })}
      />
    </section>
  );
}
