/** A yes/no question as two big toggle buttons; tapping the chosen answer again clears it (not answered). */
import { ChoiceChips } from './ChoiceChips';

type YN = 'yes' | 'no';
const YES_NO = [
  { value: 'yes' as const, label: 'Yes' },
  { value: 'no' as const, label: 'No' },
];

interface Props {
  readonly legend: string;
  readonly hint?: string;
  readonly value: boolean | undefined;
  readonly onChange: (v: boolean | undefined) => void;
}

export function YesNo({ legend, hint, value, onChange }: Props) {
  const selected: YN[] = value === undefined ? [] : [value ? 'yes' : 'no'];
  return (
    <ChoiceChips
      legend={legend}
      {...(hint ? { hint } : {})}
      options={YES_NO}
      selected={selected}
      onChange={(v) => onChange(v[0] === undefined ? undefined : v[0] === 'yes')}
      single
    />
  );
}
