/**
 * The medicine over the years, on "Me": every course kept (start, switch, pause, stop, restart, each
 * dated), weeks counted from the first aromatase inhibitor, and one change at a time recorded with
 * core's pure edits. Pausing or stopping asks why; the care team sees the answer. The change being
 * filled in is kept on this phone until saved (like the check-in draft).
 */
import {
  type Context,
  currentCourse,
  DRUG_LABELS,
  DRUGS,
  type Drug,
  endMedicine,
  firstAromataseInhibitor,
  latestCourse,
  type MedicineCourse,
  MedicineEditError,
  medicineChanges,
  restartMedicine,
  STOP_REASON_LABELS,
  STOP_REASONS,
  type StopReason,
  switchMedicine,
  weeksBetween,
} from '@handcheck/core';
import { useState } from 'preact/hooks';
import { ApiError, api, ContextConflict } from '../api';
import { longDate, options, today } from '../words';
import { OneOf } from './ChoiceChips';
import { type SaveResult, SaveStatus } from './SaveStatus';

export type MedicineAction = 'switch' | 'pause' | 'stop' | 'restart';

/** A change being recorded, kept on this phone until it is saved. */
export interface MedicineChangeDraft {
  action: MedicineAction;
  on: string;
  drug?: Drug;
  reason?: StopReason;
  note?: string;
}

const ACTION_WORDS: Record<MedicineAction, { button: string; date: string; title: string }> = {
  switch: { button: 'I switched medicine', date: 'The day you switched', title: 'A switch of medicine' },
  pause: { button: 'I paused it', date: 'The day you paused', title: 'A pause' },
  stop: { button: 'I stopped it', date: 'The day you stopped', title: 'Stopping' },
  restart: { button: 'I restarted', date: 'The day you restarted', title: 'Restarting' },
};

/** Applies a change with core's edits; throws `MedicineEditError` with words when it makes no sense. */
export function applyChange(courses: readonly MedicineCourse[], d: MedicineChangeDraft): MedicineCourse[] {
  if (!d.on) throw new MedicineEditError('Please give the day (a guess is fine).');
  if (d.on > today()) throw new MedicineEditError('That day is in the future.');
  if (d.action === 'switch') {
    if (!d.drug) throw new MedicineEditError('Please choose the medicine you take now.');
    return switchMedicine(courses, d.drug, d.on, d.reason, d.note?.trim() || undefined);
  }
  if (d.action === 'restart') return restartMedicine(courses, d.on, d.drug);
  if (!d.reason) throw new MedicineEditError('Please choose why: your care team will see it.');
  return endMedicine(courses, d.action, d.on, d.reason, d.note);
}

export function MedicineCourses({
  context,
  onSaved,
  change,
  setChange,
}: {
  context: Context;
  onSaved: (c: Context) => void;
  change: MedicineChangeDraft | null;
  setChange: (d: MedicineChangeDraft | null) => void;
}) {
  const [status, setStatus] = useState<SaveResult | null>(null);
  const courses = context.medicines;
  const first = firstAromataseInhibitor(context);
  const running = currentCourse(courses, today());
  const latest = latestCourse(courses);
  const changes = medicineChanges(courses);

  const save = async () => {
    if (!change) return;
    let medicines: MedicineCourse[];
    try {
      medicines = applyChange(courses, change);
    } catch (e) {
      setStatus({ ok: false, text: e instanceof Error ? e.message : String(e) });
      return;
    }
    try {
      const saved = await api.saveContext({ ...context, medicines });
      setChange(null);
      onSaved(saved);
      setStatus({ ok: true, text: 'Saved. Your medicine history is up to date.' });
    } catch (err) {
      if (err instanceof ContextConflict) {
        setStatus({ ok: false, text: err.message, conflict: err.current });
        return;
      }
      setStatus({
        ok: false,
        text:
          err instanceof ApiError
            ? err.message
            : 'Could not save. Your change is kept on this phone; try again.',
      });
    }
  };

  const begin = (action: MedicineAction) => {
    setStatus(null);
    setChange({ action, on: today(), ...(action === 'restart' && latest ? { drug: latest.drug } : {}) });
  };

  return (
    <>
      {first && (
        <p>
          We count the weeks from the day you started {DRUG_LABELS[first.drug]}, {longDate(first.startedOn)}:
          week {Math.max(0, weeksBetween(first.startedOn, today()))} now.
        </p>
      )}
      <h3>Your medicine over time</h3>
      <ol class="plain medicine-history">
        {changes.map((c) => (
          <li
            key={`${c.date}-${c.kind}`}
            class={c.reason === 'joint_or_hand_pain' ? 'change-line pain-stop' : 'change-line'}
          >
            <span class="date">{longDate(c.date)}</span> {c.text}
          </li>
        ))}
      </ol>
      <p class="now">
        {running
          ? `Now: ${DRUG_LABELS[running.drug]}, since ${longDate(running.startedOn)}.`
          : latest?.stoppedOn
            ? `Now: no medicine since ${longDate(latest.stoppedOn)} (${latest.endedBy === 'pause' ? 'paused' : 'stopped'}).`
            : ''}
      </p>

      {!change && (
        <div class="row-buttons">
          {running ? (
            (['switch', 'pause', 'stop'] as const).map((a) => (
              <button key={a} type="button" class="secondary" onClick={() => begin(a)}>
                {ACTION_WORDS[a].button}
              </button>
            ))
          ) : (
            <button type="button" class="secondary" onClick={() => begin('restart')}>
              {ACTION_WORDS.restart.button}
            </button>
          )}
        </div>
      )}

      {change && (
        <fieldset class="card inset medicine-change">
          <legend>{ACTION_WORDS[change.action].title}</legend>
          {(change.action === 'switch' || change.action === 'restart') && (
            <OneOf
              legend={change.action === 'switch' ? 'Which medicine do you take now?' : 'Which medicine?'}
              options={options(
                DRUGS.filter((d) => change.action === 'restart' || d !== running?.drug),
                DRUG_LABELS,
              )}
              value={change.drug}
              onChange={(drug) => setChange({ ...change, drug })}
            />
          )}
          <label class="field">
            <span>{ACTION_WORDS[change.action].date}</span>
            <input
              type="date"
              max={today()}
              value={change.on}
              onInput={(e) => setChange({ ...change, on: e.currentTarget.value })}
            />
          </label>
          {change.action !== 'restart' && (
            <>
              <OneOf
                legend={change.action === 'switch' ? 'Why did you switch? (optional)' : 'Why?'}
                hint="Your care team sees this: joint or hand pain is something they can help with."
                options={options(STOP_REASONS, STOP_REASON_LABELS)}
                value={change.reason}
                onChange={(reason) => setChange({ ...change, reason })}
              />
              <label class="field">
                <span>In your own words (optional)</span>
                <input
                  type="text"
                  maxLength={300}
                  value={change.note ?? ''}
                  onInput={(e) => setChange({ ...change, note: e.currentTarget.value })}
                />
              </label>
            </>
          )}
          <div class="row-buttons">
            <button type="button" class="primary" onClick={save}>
              Save this change
            </button>
            <button
              type="button"
              class="secondary"
              onClick={() => {
                setChange(null);
                setStatus(null);
              }}
            >
              Cancel
            </button>
          </div>
        </fieldset>
      )}
      {status && (
        <SaveStatus
          status={status}
          onLoadLatest={(latest) => {
            onSaved(latest);
            setStatus({
              ok: true,
              text: 'Loaded the latest details. Make your change again if it is still needed.',
            });
          }}
        />
      )}
    </>
  );
}
