/**
 * The examples in docs/checkin.md and docs/assessment.md stay true: every check-in example parses,
 * each says what its heading promises, and the assessment shown in docs/assessment.md is what
 * `assess` gives today (the parts the triage rules own; scores are documented by `scores/`).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { assessUnknown, parseCheckIn, parseContext } from '../src/index';

const read = (name: string) => readFileSync(new URL(`../../../docs/${name}`, import.meta.url), 'utf8');

/** `### heading` → the first JSON block under it. */
function examples(md: string): Map<string, unknown> {
  const out = new Map<string, unknown>();
  for (const section of md.split(/^### /m).slice(1)) {
    const heading = section.slice(0, section.indexOf('\n')).trim();
    const json = /```json\n([\s\S]*?)```/.exec(section)?.[1];
    if (json) out.set(heading, JSON.parse(json));
  }
  return out;
}

const checkins = examples(read('checkin.md'));
const jsonBlocks = [...read('assessment.md').matchAll(/```json\n([\s\S]*?)```/g)].map((m) =>
  JSON.parse(m[1] ?? ''),
);

type Doc = { checkIn: unknown; context?: unknown };
const doc = (heading: string) => checkins.get(heading) as Doc;

describe('docs/checkin.md examples', () => {
  it.each([...checkins.keys()])('"%s" parses', (heading) => {
    const d = doc(heading);
    expect(parseCheckIn(d.checkIn)).toMatchObject({ ok: true });
    expect(parseContext(d.context ?? {})).toMatchObject({ ok: true });
  });

  it.each<[string, (a: ReturnType<typeof assessUnknown>) => void]>([
    [
      'A carpal-tunnel pattern',
      (a) => {
        expect(a.redFlags).toEqual([]);
        expect(a.resembles[0]).toMatchObject({
          condition: 'carpal_tunnel',
          strength: 'strong',
          hands: ['right'],
        });
      },
    ],
    [
      'A trigger finger',
      (a) => {
        expect(a.resembles[0]).toMatchObject({ condition: 'trigger_finger', grade: 'III', hands: ['left'] });
        // The finger splint did not help: the next rung is an injection.
        expect(a.nextSteps[0]).toMatchObject({ id: 'steroid_injection', status: 'suggested' });
      },
    ],
    [
      'A red flag',
      (a) => {
        expect(a.redFlags[0]).toMatchObject({ id: 'infection', urgency: 'emergency' });
        expect(a.nextSteps[0]).toMatchObject({ id: 'emergency_care', redFlag: 'infection' });
      },
    ],
    [
      'No symptoms this week',
      (a) => {
        expect([a.redFlags, a.resembles, a.nextSteps, a.tellYourGp]).toEqual([[], [], [], []]);
      },
    ],
  ])('"%s" is assessed as its heading says', (heading, expectations) => {
    expectations(assessUnknown(doc(heading) as Parameters<typeof assessUnknown>[0]));
  });
});

describe('docs/assessment.md examples', () => {
  it('shows what assess gives for the carpal-tunnel example', () => {
    const a = assessUnknown(doc('A carpal-tunnel pattern') as Parameters<typeof assessUnknown>[0]);
    const shown = jsonBlocks[0];
    for (const key of [
      'rulesVersion',
      'checkInDate',
      'redFlags',
      'resembles',
      'nextSteps',
      'timing',
      'tellYourGp',
    ]) {
      expect(shown[key], key).toEqual(JSON.parse(JSON.stringify(a[key as keyof typeof a])));
    }
  });

  it('shows what assess gives for the red-flag example', () => {
    const a = assessUnknown(doc('A red flag') as Parameters<typeof assessUnknown>[0]);
    expect(jsonBlocks[2]).toEqual(
      JSON.parse(JSON.stringify({ redFlags: a.redFlags, nextSteps: a.nextSteps })),
    );
  });
});
