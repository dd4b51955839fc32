/** A labelled number field saying why it is asked; empty means not answered. */
interface Props {
  readonly label: string;
  /** "Why we ask: …", read with the label. */
  readonly why: string;
  readonly min: number;
  readonly max: number;
  /** `0.1` for a decimal answer; whole numbers otherwise. */
  readonly step?: string;
  readonly value: number | undefined;
  readonly onChange: (v: number | undefined) => void;
}

export function NumberField({ label, why, min, max, step, value, onChange }: Props) {
  return (
    <label class="field">
      <span>{label}</span>
      <small class="why">{why}</small>
      <input
        type="number"
        inputMode={step ? 'decimal' : 'numeric'}
        min={min}
        max={max}
        {...(step ? { step } : {})}
        value={value ?? ''}
        onInput={(e) => {
          const v = e.currentTarget.value;
          onChange(v.trim() === '' ? undefined : Number(v));
        }}
      />
    </label>
  );
}
