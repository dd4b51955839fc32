/**
 * A set of big toggle buttons (aria-pressed) in a named group: the tap-friendly way to pick one or
 * several answers. Nothing to drag, each target at least 44 × 44 px, complete by keyboard.
 */
import { useRef } from 'preact/hooks';
import { rovingKey, tabStopOf } from './roving';

export interface Choice<T extends string> {
  readonly value: T;
  readonly label: string;
}

interface Props<T extends string> {
  readonly legend: string;
  readonly hint?: string;
  readonly options: readonly Choice<T>[];
  readonly selected: readonly T[];
  readonly onChange: (next: T[]) => void;
  /** One answer at most; tapping the chosen one again clears it. */
  readonly single?: boolean;
}

export function ChoiceChips<T extends string>({
  legend,
  hint,
  options,
  selected,
  onChange,
  single,
}: Props<T>) {
  const toggle = (value: T) => {
    const on = selected.includes(value);
    if (single) onChange(on ? [] : [value]);
    else onChange(on ? selected.filter((v) => v !== value) : [...selected, value]);
  };
  const group = useRef<HTMLDivElement>(null);
  // One Tab stop for the whole set; arrows and first letters move within it (see roving.ts).
  const stop = tabStopOf(options.map((o) => selected.includes(o.value)));
  return (
    <fieldset class="choices">
      <legend>{legend}</legend>
      {hint && <p class="hint">{hint}</p>}
      <div class="chips" ref={group}>
        {options.map((o, i) => (
          <button
            key={o.value}
            type="button"
            class="chip"
            tabIndex={i === stop ? 0 : -1}
            onKeyDown={(e) => rovingKey(e, group.current)}
            aria-pressed={selected.includes(o.value)}
            onClick={() => toggle(o.value)}
          >
            {selected.includes(o.value) && (
              <span class="tick" aria-hidden="true">
                ✓
              </span>
            )}
            {o.label}
          </button>
        ))}
      </div>
    </fieldset>
  );
}

/** One answer from `options` (or none): `ChoiceChips` with `single`, for a value rather than a list. */
export function OneOf<T extends string>({
  value,
  onChange,
  ...rest
}: Omit<Props<T>, 'selected' | 'onChange' | 'single'> & {
  readonly value: T | undefined;
  readonly onChange: (next: T | undefined) => void;
}) {
  return (
    <ChoiceChips
      {...rest}
      selected={value === undefined ? [] : [value]}
      onChange={(v) => onChange(v[0])}
      single
    />
  );
}
