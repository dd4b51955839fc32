/**
 * "Me" page questions for the safety rules: a port or PICC line and its side (a swollen arm on that
 * side needs a same-day check), blood thinners, and bone health (osteoporosis or osteopenia, the
 * last bone-density scan, a bone medicine). All optional; each says why we ask.
 */
import type { RiskProfile } from '@handcheck/core';
import { today } from '../words';
import { ChoiceChips } from './ChoiceChips';
import { YesNo } from './YesNo';

interface Props {
  readonly risk: RiskProfile;
  readonly set: <K extends keyof RiskProfile>(k: K, v: RiskProfile[K]) => void;
}

export function SafetyContext({ risk, set }: Props) {
  const line = risk.venousLine;
  return (
    <details class="card">
      <summary>
        <h2>Lines, blood thinners and bones (optional)</h2>
      </summary>
      <ChoiceChips
        legend="Do you have a port or a PICC line for treatment?"
        hint="Why we ask: a swollen arm on the side of a line needs checking the same day."
        options={[
          { value: 'none', label: 'No' },
          { value: 'port', label: 'A port' },
          { value: 'picc', label: 'A PICC line' },
        ]}
        selected={line ? [line] : []}
        onChange={(v) => {
          set('venousLine', v[0] as RiskProfile['venousLine']);
          if (v[0] === undefined || v[0] === 'none') set('venousLineSide', undefined);
        }}
        single
      />
      {line && line !== 'none' && (
        <ChoiceChips
          legend="Which side is it on?"
          options={[
            { value: 'left', label: 'Left' },
            { value: 'right', label: 'Right' },
          ]}
          selected={risk.venousLineSide ? [risk.venousLineSide] : []}
          onChange={(v) => set('venousLineSide', v[0] as RiskProfile['venousLineSide'])}
          single
        />
      )}
      <YesNo
        legend="Do you take a blood thinner?"
        hint="For example warfarin, apixaban or rivaroxaban."
        value={risk.bloodThinners}
        onChange={(v) => set('bloodThinners', v)}
      />
      <ChoiceChips
        legend="Have you been told your bones are thinner than usual?"
        hint="Why we ask: these medicines can thin the bones, so a fall matters more."
        options={[
          { value: 'osteoporosis', label: 'Yes, osteoporosis' },
          { value: 'osteopenia', label: 'Yes, a little thin (osteopenia)' },
          { value: 'normal', label: 'No, they are normal' },
          { value: 'unknown', label: 'I don’t know' },
        ]}
        selected={risk.boneDensity ? [risk.boneDensity] : []}
        onChange={(v) => set('boneDensity', v[0] as RiskProfile['boneDensity'])}
        single
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
    </details>
  );
}
