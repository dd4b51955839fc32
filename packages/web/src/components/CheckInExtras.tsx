/** The rest of a check-in: what is hard to do, treatments tried, events, symptoms elsewhere, a note. */
import {
  DIFFICULTY_LABELS,
  EFFECT_LABELS,
  EFFECTS,
  type Effect,
  ELSEWHERE_LABELS,
  ELSEWHERE_SITES,
  type Elsewhere,
  type Events,
  SYMPTOM_LABELS,
  TASK_LABELS,
  TASKS,
  TREATMENT_KINDS,
  TREATMENT_LABELS,
  type TreatmentKind,
} from '@handcheck/core';
import { useState } from 'preact/hooks';
import type { Draft } from '../draft';
import { options } from '../words';
import { ChoiceChips, OneOf } from './ChoiceChips';
import { Fold } from './Fold';
import { SeverityButtons } from './SeverityButtons';

interface Props {
  readonly draft: Draft;
  readonly onChange: (next: Draft) => void;
}

const ELSEWHERE_SYMPTOMS = ['pain', 'aching', 'stiffness', 'swelling', 'numbness', 'tingling'] as const;

export function CheckInExtras({ draft, onChange }: Props) {
  const hardCount = Object.keys(draft.hardToDo).length;
  return (
    <>
      <Fold title={<>What is hard to do?{hardCount > 0 && ` (${hardCount} answered)`}</>}>
        {TASKS.map((task) => (
          <SeverityButtons
            key={task}
            legend={TASK_LABELS[task]}
            value={draft.hardToDo[task]}
            onChange={(v) => onChange({ ...draft, hardToDo: { ...draft.hardToDo, [task]: v } })}
            min={0}
            max={4}
            labels={DIFFICULTY_LABELS}
            cell={3.2}
          />
        ))}
      </Fold>
      <Treatments draft={draft} onChange={onChange} />
      <EventsCard events={draft.events} onChange={(events) => onChange({ ...draft, events })} />
      <ElsewhereCard items={draft.elsewhere} onChange={(elsewhere) => onChange({ ...draft, elsewhere })} />
      <Fold title="A note for yourself or your GP">
        <label class="field">
          <span>Anything else (optional)</span>
          <textarea
            rows={3}
            maxLength={2000}
            value={draft.notes}
            onInput={(e) => onChange({ ...draft, notes: e.currentTarget.value })}
          />
        </label>
      </Fold>
    </>
  );
}

function Treatments({ draft, onChange }: Props) {
  const [kind, setKind] = useState<TreatmentKind[]>([]);
  const [effect, setEffect] = useState<Effect[]>([]);
  const add = () => {
    if (!kind[0] || !effect[0]) return;
    onChange({ ...draft, treatments: [...draft.treatments, { kind: kind[0], effect: effect[0] }] });
    setKind([]);
    setEffect([]);
  };
  return (
    <Fold title={<>Treatments tried{draft.treatments.length > 0 && ` (${draft.treatments.length})`}</>}>
      {draft.treatments.length > 0 && (
        <ul class="plain">
          {draft.treatments.map((t, i) => (
            <li key={`${t.kind}-${i}`} class="row-between">
              <span>
                {TREATMENT_LABELS[t.kind]}: {EFFECT_LABELS[t.effect].toLowerCase()}
              </span>
              <button
                type="button"
                class="secondary"
                aria-label={`Remove ${TREATMENT_LABELS[t.kind]}`}
                onClick={() => onChange({ ...draft, treatments: draft.treatments.filter((_, j) => j !== i) })}
              >
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
      <ChoiceChips
        legend="What did you try?"
        options={options(TREATMENT_KINDS, TREATMENT_LABELS)}
        selected={kind}
        onChange={setKind}
        single
      />
      <ChoiceChips
        legend="How did it work?"
        options={options(EFFECTS, EFFECT_LABELS)}
        selected={effect}
        onChange={setEffect}
        single
      />
      <button type="button" class="primary wide" disabled={!kind[0] || !effect[0]} onClick={add}>
        Add this treatment
      </button>
    </Fold>
  );
}

type EventFlag = 'fallOrInjury' | 'looksDeformed' | 'suddenlyCannotMoveFinger' | 'cutOrBite' | 'fever';

function EventsCard({ events, onChange }: { events: Events; onChange: (e: Events) => void }) {
  const flags: { value: EventFlag; label: string }[] = [
    { value: 'fallOrInjury', label: 'A fall or injury to the hand' },
    ...(events.fallOrInjury
      ? [{ value: 'looksDeformed' as const, label: 'Since then it looks out of shape' }]
      : []),
    { value: 'suddenlyCannotMoveFinger', label: 'Suddenly cannot bend or straighten a finger' },
    { value: 'cutOrBite', label: 'A cut, puncture or bite' },
    { value: 'fever', label: 'Fever or feeling hot and shivery' },
  ];
  const selected = flags.filter((f) => events[f.value]).map((f) => f.value);
  const count = selected.length + (events.armSwelling !== 'none' ? 1 : 0);
  return (
    <Fold title={<>Did anything happen this week?{count > 0 && ` (${count})`}</>}>
      <ChoiceChips
        legend="Since your last check-in"
        options={flags}
        selected={selected}
        onChange={(next) => {
          const on = (k: EventFlag) => next.includes(k);
          onChange({
            ...events,
            fallOrInjury: on('fallOrInjury'),
            looksDeformed: on('fallOrInjury') && on('looksDeformed'),
            suddenlyCannotMoveFinger: on('suddenlyCannotMoveFinger'),
            cutOrBite: on('cutOrBite'),
            fever: on('fever'),
          });
        }}
      />
      <OneOf
        legend="Swelling of the arm or hand"
        options={[
          { value: 'none', label: 'No' },
          { value: 'left', label: 'Left arm' },
          { value: 'right', label: 'Right arm' },
          { value: 'both', label: 'Both arms' },
        ]}
        value={events.armSwelling}
        onChange={(v) => onChange({ ...events, armSwelling: v ?? 'none' })}
      />
    </Fold>
  );
}

function ElsewhereCard({ items, onChange }: { items: Elsewhere[]; onChange: (e: Elsewhere[]) => void }) {
  const sites = items.map((e) => e.site);
  return (
    <Fold title={<>Symptoms elsewhere in the body{items.length > 0 && ` (${items.length})`}</>}>
      <ChoiceChips
        legend="Where else?"
        options={options(ELSEWHERE_SITES, ELSEWHERE_LABELS)}
        selected={sites}
        onChange={(next: Elsewhere['site'][]) =>
          onChange(
            next.map(
              (site) => items.find((e) => e.site === site) ?? { site, symptoms: ['pain'], bothSides: true },
            ),
          )
        }
      />
      {items.map((e, i) => (
        <ChoiceChips
          key={e.site}
          legend={`${ELSEWHERE_LABELS[e.site]}: what is it like?`}
          options={options(ELSEWHERE_SYMPTOMS, SYMPTOM_LABELS)}
          selected={e.symptoms}
          onChange={(symptoms) =>
            onChange(
              symptoms.length === 0
                ? items.filter((_, j) => j !== i)
                : items.map((x, j) => (j === i ? { ...x, symptoms } : x)),
            )
          }
        />
      ))}
    </Fold>
  );
}
