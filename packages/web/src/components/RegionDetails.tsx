/** What one marked area is like: symptom kinds, how bad, when, how often, what makes it worse or better. */
import {
  AGGRAVATOR_LABELS,
  AGGRAVATORS,
  LOCKING_LABELS,
  LOCKINGS,
  RELIEVER_LABELS,
  RELIEVERS,
  region,
  SYMPTOM_KINDS,
  SYMPTOM_LABELS,
  TIMING_LABELS,
  TIMINGS,
} from '@handcheck/core';
import { useState } from 'preact/hooks';
import type { RegionDraft } from '../draft';
import { regionDone } from '../draft';
import { longDate, options, today } from '../words';
import { ChoiceChips } from './ChoiceChips';
import { SeverityButtons } from './SeverityButtons';

const STIFFNESS_MINUTES = [
  { value: '15', label: 'Under 15 min' },
  { value: '30', label: 'About 30 min' },
  { value: '60', label: 'About an hour' },
  { value: '120', label: 'Longer' },
];

interface Props {
  readonly draft: RegionDraft;
  readonly onChange: (next: RegionDraft) => void;
  readonly onRemove: () => void;
  /** Present when other areas are marked: copy these answers to them. */
  readonly onCopyToOthers?: () => void;
  readonly others: number;
}

export function regionTitle(id: string): string {
  const name = region(id).name;
  return name.charAt(0).toUpperCase() + name.slice(1);
}

/** One line for a finished area: "Numbness, tingling · 6 out of 10 · 5 days a week". */
function summary(r: RegionDraft): string {
  const what = r.symptoms
    .map((k, i) => (i === 0 ? SYMPTOM_LABELS[k] : SYMPTOM_LABELS[k].toLowerCase()))
    .join('; ');
  return `${what} · ${r.severity} out of 10 · ${r.daysPerWeek} ${r.daysPerWeek === 1 ? 'day' : 'days'} a week`;
}

export function RegionDetails({ draft, onChange, onRemove, onCopyToOthers, others }: Props) {
  const r = draft;
  const set = (patch: Partial<RegionDraft>) => onChange({ ...r, ...patch });
  const titleId = `area-${r.region.replaceAll('.', '-')}`;
  // An area that arrives already answered (copied from last time or from another area) shows as one
  // line, so an unchanged week is not a long scroll; "Change" opens it.
  const [open, setOpen] = useState(() => !regionDone(r));
  // The start date starts unfolded only when the draft already has one.
  const [startedOpen] = useState(() => r.startedOn !== undefined);
  if (!open)
    return (
      <section class="card area" aria-labelledby={titleId}>
        <h3 id={titleId}>
          {regionTitle(r.region)}
          <span class="done"> — done</span>
        </h3>
        <p>{summary(r)}</p>
        <div class="row-buttons">
          <button type="button" class="secondary" aria-describedby={titleId} onClick={() => setOpen(true)}>
            Change
          </button>
          <button type="button" class="secondary" aria-describedby={titleId} onClick={onRemove}>
            Remove this area
          </button>
        </div>
      </section>
    );
  return (
    <section class="card area" aria-labelledby={titleId}>
      <h3 id={titleId}>
        {regionTitle(r.region)}
        {regionDone(r) && <span class="done"> — done</span>}
      </h3>
      <ChoiceChips
        legend="What does it feel like?"
        hint="Choose all that fit."
        options={options(SYMPTOM_KINDS, SYMPTOM_LABELS)}
        selected={r.symptoms}
        onChange={(symptoms) =>
          set({ symptoms, ...(symptoms.includes('catching') ? {} : { locking: undefined }) })
        }
      />
      {r.symptoms.includes('catching') && (
        <ChoiceChips
          legend="When it locks, what happens?"
          options={options(LOCKINGS, LOCKING_LABELS)}
          selected={r.locking ? [r.locking] : []}
          onChange={(v) => set({ locking: v[0] })}
          single
        />
      )}
      <SeverityButtons
        legend="How bad was it this past week?"
        value={r.severity}
        onChange={(severity) => set({ severity })}
        lowWord="none"
        highWord="worst imaginable"
      />
      <ChoiceChips
        legend="When is it there?"
        options={options(TIMINGS, TIMING_LABELS)}
        selected={r.timing}
        onChange={(timing) => set({ timing })}
      />
      {r.timing.includes('morning_stiffness') && (
        <ChoiceChips
          legend="How long until the morning stiffness eases?"
          options={STIFFNESS_MINUTES}
          selected={r.morningStiffnessMinutes !== undefined ? [String(r.morningStiffnessMinutes)] : []}
          onChange={(v) => set({ morningStiffnessMinutes: v[0] === undefined ? undefined : Number(v[0]) })}
          single
        />
      )}
      <SeverityButtons
        legend="On how many days this past week?"
        value={r.daysPerWeek}
        onChange={(daysPerWeek) => set({ daysPerWeek })}
        min={0}
        max={7}
        cell={4.2}
      />
      {/* Folded, as a date field is four Tab stops in Chromium (its three parts and the calendar). */}
      <details class="started" open={startedOpen}>
        <summary>When did it start? (optional){r.startedOn && `: ${longDate(r.startedOn)}`}</summary>
        <label class="field">
          <span>The day it started (a guess is fine)</span>
          <input
            type="date"
            max={today()}
            value={r.startedOn ?? ''}
            onInput={(e) => set({ startedOn: e.currentTarget.value || undefined })}
          />
        </label>
      </details>
      <ChoiceChips
        legend="What makes it worse?"
        options={options(AGGRAVATORS, AGGRAVATOR_LABELS)}
        selected={r.worse}
        onChange={(worse) => set({ worse })}
      />
      <ChoiceChips
        legend="What makes it better?"
        options={options(RELIEVERS, RELIEVER_LABELS)}
        selected={r.better}
        onChange={(better) => set({ better })}
      />
      <div class="row-buttons">
        {onCopyToOthers && others > 0 && (
          <button type="button" class="secondary" onClick={onCopyToOthers}>
            Same answers for the other {others} {others === 1 ? 'area' : 'areas'}
          </button>
        )}
        <button type="button" class="secondary" aria-describedby={titleId} onClick={onRemove}>
          Remove this area
        </button>
        {regionDone(r) && (
          <button type="button" class="primary" onClick={() => setOpen(false)}>
            Done with this area
          </button>
        )}
      </div>
    </section>
  );
}
