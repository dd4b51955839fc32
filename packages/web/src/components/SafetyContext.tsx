/**
 * "Me" page questions for the safety rules: a port or PICC line and its side (a swollen arm on that
 * side needs a same-day check), blood thinners, and bone health (osteoporosis or osteopenia, the
 * last bone-density scan, a bone medicine). All optional; each says why we ask.
 */
import type { RiskProfile } from '@handcheck/core';
import { today } from '../words';
import { OneOf } from './ChoiceChips';
import { Fold } from './Fold';
import { YesNo } from './YesNo';

interface Props {
  readonly risk: RiskProfile;
  readonly set: <K extends keyof RiskProfile>(k: K, v: RiskProfile[K]) => void;
}

export function SafetyContext({ risk, set }: Props) {
  const line = risk.venousLine;
  return (
    <Fold title="Lines, blood thinners and bones (optional)">
      <OneOf
        legend="Do you have a port or a PICC line for treatment?"
        hint="Why we ask: a swollen arm on the side of a line needs checking the same day."
        options={[
          { value: 'none', label: 'No' },
          { value: 'port', label: 'A port' },
          { value: 'picc', label: 'A PICC line' },
        ]}
        value={line}
        onChange={(v) => {
          set('venousLine', v);
          if (v === undefined || v === 'none') set('venousLineSide', undefined);
        }}
      />
      {line && line !== 'none' && (
        <OneOf
          legend="Which side is it on?"
          options={[
            { value: 'left', label: 'Left' },
            { value: 'right', label: 'Right' },
          ]}
          value={risk.venousLineSide}
          onChange={(v) => set('venousLineSide', v)}
        />
      )}
      <YesNo
        legend="Do you take a blood thinner?"
        hint="For example warfarin, apixaban or rivaroxaban."
        value={risk.bloodThinners}
        onChange={(v) => set('bloodThinners', v)}
      />
      <OneOf
        legend="Have you been told your bones are thinner than usual?"
        hint="Why we ask: these medicines can thin the bones, so a fall matters more."
        options={[
          { value: 'osteoporosis', label: 'Yes, osteoporosis' },
          { value: 'osteopenia', label: 'Yes, a little thin (osteopenia)' },
          { value: 'normal', label: 'No, they are normal' },
          { value: 'unknown', label: 'I don’t know' },
        ]}
        value={risk.boneDensity}
        onChange={(v) => set('boneDensity', v)}
      />
      <label class="field">
        <span>Your last bone-density (DXA) scan, if you know (a guess is fine)</span>
        <input
          type="date"
          name="lastBoneScanOn"
          max={today()}
          value={risk.lastBoneScanOn ?? ''}
          onInput={(e) => set('lastBoneScanOn', e.currentTarget.value || undefined)}
        />
      </label>
      <YesNo
        legend="Do you take a bone medicine?"
        hint="For example alendronic acid, zoledronic acid or denosumab."
        value={risk.boneMedicine}
        onChange={(v) => set('boneMedicine', v)}
      />
    </Fold>
  );
}
