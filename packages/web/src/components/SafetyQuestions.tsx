/**
 * The check-in's safety questions (format version 2), each asked only where it matters: a sudden
 * start, the face, speech or a leg, balance and neck pain when numbness or weakness is marked; a
 * finger held bent when a finger hurts, swells or catches; a bite after a cut or bite; a sudden start
 * of arm swelling. All optional, in plain words. The same card follows the drawing and the list, as
 * both fill the same areas. Core reads the answers (knowledge/redFlags.ts).
 */
import type { Events } from '@handcheck/core';
import type { Draft } from '../draft';
import { YesNo } from './YesNo';

interface Props {
  readonly draft: Draft;
  readonly onChange: (next: Draft) => void;
}

type Answer =
  | 'suddenOnset'
  | 'faceSpeechOrLeg'
  | 'unsteadyWalking'
  | 'neckPainIntoArm'
  | 'fingerHeldBent'
  | 'bite';

export function SafetyQuestions({ draft, onChange }: Props) {
  const marked = draft.regions.filter((r) => (r.severity ?? 1) > 0);
  const nerve = marked.some((r) =>
    r.symptoms.some((s) => s === 'numbness' || s === 'weakness' || s === 'tingling'),
  );
  const finger = marked.some(
    (r) =>
      /\.(thumb|index|long|ring|little)\.|\.base\./.test(r.region) &&
      r.symptoms.some((s) => s === 'pain' || s === 'swelling' || s === 'catching'),
  );
  const e = draft.events;
  const wound = e.cutOrBite;
  const arm = e.armSwelling !== 'none';
  if (!nerve && !finger && !wound && !arm) return null;
  const set = (k: Answer, v: boolean | undefined) => {
    const next: Events = { ...e };
    if (v === undefined) delete next[k];
    else next[k] = v;
    onChange({ ...draft, events: next });
  };
  return (
    <section aria-labelledby="safety-title" class="card">
      <h2 id="safety-title">A few quick safety questions</h2>
      <p class="hint">Optional. They help us spot anything that needs a doctor sooner.</p>
      {(nerve || arm) && (
        <YesNo
          legend={
            nerve
              ? 'Did the numbness or weakness come on suddenly, within a few hours?'
              : 'Did the arm swelling come on suddenly, within a few hours?'
          }
          value={e.suddenOnset}
          onChange={(v) => set('suddenOnset', v)}
        />
      )}
      {nerve && (
        <>
          <YesNo
            legend="Is your face, your speech or one of your legs affected too?"
            hint="For example a drooping face, slurred words, or a weak or numb leg."
            value={e.faceSpeechOrLeg}
            onChange={(v) => set('faceSpeechOrLeg', v)}
          />
          <YesNo
            legend="Has your walking or balance become unsteady?"
            value={e.unsteadyWalking}
            onChange={(v) => set('unsteadyWalking', v)}
          />
          <YesNo
            legend="Do you have neck pain that goes down into your arm?"
            value={e.neckPainIntoArm}
            onChange={(v) => set('neckPainIntoArm', v)}
          />
        </>
      )}
      {finger && (
        <YesNo
          legend="Is a finger held bent, and does it hurt to straighten it?"
          value={e.fingerHeldBent}
          onChange={(v) => set('fingerHeldBent', v)}
        />
      )}
      {wound && (
        <YesNo
          legend="Was it a bite, from an animal or a person?"
          value={e.bite}
          onChange={(v) => set('bite', v)}
        />
      )}
    </section>
  );
}
