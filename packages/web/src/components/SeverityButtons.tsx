/**
 * A number scale as a row of buttons (0–10 severity, 0–4 difficulty, 0–7 days): one tap, no slider
 * to drag. Each button says its meaning to screen readers ("7 out of 10").
 */
import { useRef } from 'preact/hooks';
import { rovingKey, tabStopOf } from './roving';

interface Props {
  readonly legend: string;
  readonly value: number | undefined;
  readonly onChange: (value: number) => void;
  readonly min?: number;
  readonly max?: number;
  /** Words for the two ends, shown under the row: "none" … "worst imaginable". */
  readonly lowWord?: string;
  readonly highWord?: string;
  /** Label per value instead of the number (e.g. "None", "A little" …). */
  readonly labels?: readonly string[];
  /** Narrowest a button may get (rem): sets how many fit on a row, fewer as text grows. */
  readonly cell?: number;
}

export function SeverityButtons({
  legend,
  value,
  onChange,
  min = 0,
  max = 10,
  lowWord,
  highWord,
  labels,
  cell,
}: Props) {
  const values = Array.from({ length: max - min + 1 }, (_, i) => min + i);
  const group = useRef<HTMLDivElement>(null);
  // One Tab stop for the row; arrows, Home/End and a typed digit move within it (see roving.ts).
  const stop = tabStopOf(values.map((v) => v === value));
  return (
    <fieldset class="scale">
      <legend>{legend}</legend>
      <div class="scale-row" ref={group} style={cell ? { '--cell': `${cell}rem` } : undefined}>
        {values.map((v, i) => (
          <button
            key={v}
            type="button"
            tabIndex={i === stop ? 0 : -1}
            onKeyDown={(e) => {
              // A typed number chooses that number at once (one key instead of arrows and Enter).
              const typed = labels ? Number.NaN : Number(e.key);
              if (
                e.key.length === 1 &&
                typed >= min &&
                typed <= max &&
                !e.altKey &&
                !e.ctrlKey &&
                !e.metaKey
              ) {
                e.preventDefault();
                onChange(typed);
                (group.current?.querySelectorAll('button')[typed - min] as HTMLElement | undefined)?.focus();
              } else rovingKey(e, group.current);
            }}
            class={labels ? 'scale-btn worded' : 'scale-btn'}
            aria-pressed={value === v}
            aria-label={labels ? undefined : `${v} out of ${max}${ends(v, min, max, lowWord, highWord)}`}
            onClick={() => onChange(v)}
          >
            {labels?.[i] ?? v}
          </button>
        ))}
      </div>
      {(lowWord || highWord) && (
        <p class="scale-ends" aria-hidden="true">
          <span>
            {min} = {lowWord}
          </span>
          <span>
            {max} = {highWord}
          </span>
        </p>
      )}
    </fieldset>
  );
}

function ends(v: number, min: number, max: number, low?: string, high?: string): string {
  if (v === min && low) return `, ${low}`;
  if (v === max && high) return `, ${high}`;
  return '';
}
