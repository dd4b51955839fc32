/**
 * Overall hand and joint pain this week: the worst, the usual, and how much it got in the way.
 * Core's pain score, the oncology-team step (worst 4 or more [chim2013]) and the GP summary read it.
 * The structure of a pain inventory (0–10 worst, average, interference), in our own words.
 * Optional: the follow-up questions (most days, what it got in the way of) appear once the worst is
 * answered, as they mean nothing without it, and the part about what it got in the way of stays
 * folded, so a quick check-in stays quick (one Tab stop when there is no pain to tell).
 */
import type { PainDraft, PainInterference } from '../draft';
import { SeverityButtons } from './SeverityButtons';

interface Props {
  readonly pain: PainDraft | undefined;
  /** `undefined` clears every answer (the section is then left out of the check-in). */
  readonly onChange: (next: PainDraft | undefined) => void;
}

const IN_THE_WAY: readonly { key: PainInterference; words: string }[] = [
  { key: 'sleep', words: 'Sleep' },
  { key: 'handTasks', words: 'Everyday things you do with your hands' },
  { key: 'work', words: 'Work, housework or caring for others' },
  { key: 'mood', words: 'How you feel in yourself' },
];

export function PainQuestions({ pain, onChange }: Props) {
  const p: PainDraft = pain ?? { interference: {} };
  const answered = IN_THE_WAY.filter((i) => p.interference[i.key] !== undefined).length;
  const any = p.worst !== undefined || p.average !== undefined || answered > 0;
  // Sending needs the worst once any pain answer is given (precheck in CheckIn.tsx); answers already
  // in the draft stay shown so none is hidden.
  const started = p.worst !== undefined;
  return (
    <section aria-labelledby="pain-title" class="card pain">
      <h2 id="pain-title" tabIndex={-1}>
        Your hand and joint pain this week (optional)
      </h2>
      <SeverityButtons
        legend="At its worst this week, how bad was the pain in your hands or joints?"
        value={p.worst}
        onChange={(worst) => onChange({ ...p, worst })}
        lowWord="no pain"
        highWord="the worst it could be"
      />
      {(started || p.average !== undefined) && (
        <SeverityButtons
          legend="And on most days, how bad was it? (optional)"
          value={p.average}
          onChange={(average) => onChange({ ...p, average })}
          lowWord="no pain"
          highWord="the worst it could be"
        />
      )}
      {(started || answered > 0) && (
        <details>
          <summary>How much did the pain get in the way?{answered > 0 && ` (${answered} answered)`}</summary>
          {IN_THE_WAY.map((i) => (
            <SeverityButtons
              key={i.key}
              legend={i.words}
              value={p.interference[i.key]}
              onChange={(v) => onChange({ ...p, interference: { ...p.interference, [i.key]: v } })}
              lowWord="not at all"
              highWord="completely"
            />
          ))}
        </details>
      )}
      {any && (
        <button type="button" class="secondary" onClick={() => onChange(undefined)}>
          Clear my pain answers
        </button>
      )}
    </section>
  );
}
