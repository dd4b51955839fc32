import { describe, expect, it } from 'vitest';
import { patientName, patternWords, STATUS, weeksOn } from './words';

describe("a panel row in a clinician's words", () => {
  it.each([
    [
      'condition ids become clinical names, best first',
      ['carpal_tunnel', 'trigger_finger'],
      'carpal tunnel syndrome, trigger finger',
    ],
    ['no pattern says so', [], 'No pattern'],
    ['an id this app does not know yet still reads', ['new_thing'], 'new thing'],
  ])('%s', (_case, pattern, words) => {
    expect(patternWords(pattern)).toBe(words);
  });

  it.each([
    ['weeks and the medicine', 14, 'letrozole', 'Week 14 on letrozole'],
    ['no start date', null, 'anastrozole', 'On anastrozole, start date not given'],
    ['nothing known', null, null, 'No medicine start given'],
  ])('time on the medicine: %s', (_case, weeks, medicine, words) => {
    expect(weeksOn(weeks, medicine)).toBe(words);
  });

  it('a patient without a name is shown by email', () => {
    expect(patientName({ name: null, email: 'a@example.org' })).toBe('a@example.org');
    expect(patientName({ name: '  ', email: 'a@example.org' })).toBe('a@example.org');
    expect(patientName({ name: 'Rosa', email: 'a@example.org' })).toBe('Rosa');
  });

  it('every status has a word and an icon, never colour alone', () => {
    for (const look of Object.values(STATUS)) {
      expect(look.label.length).toBeGreaterThan(0);
      expect(look.icon.length).toBeGreaterThan(0);
    }
    expect(new Set(Object.values(STATUS).map((s) => s.icon)).size).toBe(Object.keys(STATUS).length);
  });
});
