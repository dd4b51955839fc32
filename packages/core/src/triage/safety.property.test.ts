/**
 * The safety promises of issue 10 on any schema-valid input (version 1 or 2): nothing competes with
 * an emergency or same-day flag, an area at 0/10 never raises anything, and assess never throws.
 */
import { test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { parseCheckIn } from '../checkin/parse';
import { CheckIn } from '../checkin/schema';
import { checkInArb, checkInInputArb, contextArb, historyArb } from '../testing/arbitraries';
import { assess } from './assess';

const RUNS = { numRuns: 300 };

describe('safety promises on any valid check-in', () => {
  test.prop([checkInArb(), contextArb()], RUNS)(
    'a flag at emergency or today never has a self-care or other ladder step, or a medicine line, beside it',
    (c, ctx) => {
      const a = assess(c, ctx);
      if (!a.redFlags.some((f) => f.urgency === 'emergency' || f.urgency === 'today')) return;
      for (const s of a.nextSteps) {
        expect(s.redFlag, s.id).toBeDefined();
        expect(s.who).not.toBe('self');
        expect(s.id).not.toBe('tell_oncology_team');
        expect(s.id).not.toBe('talk_before_stopping');
      }
    },
  );

  test.prop([checkInArb(), contextArb()], RUNS)('an area marked 0/10 never raises a red flag', (c, ctx) => {
    const without = { ...c, regions: c.regions.filter((r) => r.severity > 0) };
    const strip = (x: typeof c) => assess(x, ctx).redFlags.map((f) => `${f.id}/${f.urgency}`);
    expect(strip(c)).toEqual(strip(without));
    const zeros = { ...c, regions: c.regions.map((r) => ({ ...r, severity: 0 })) };
    const events = { ...c, regions: [] };
    expect(strip(zeros)).toEqual(strip(events));
  });

  test.prop([checkInInputArb(), contextArb(), historyArb()], RUNS)(
    'assess never throws on a valid version 1 or version 2 document, and reads both alike',
    (input, ctx, history) => {
      const parsed = CheckIn.parse(input);
      const a = assess(parsed, ctx, history);
      expect(a.checkInDate).toBe(parsed.date);
      const migrated = parseCheckIn(input);
      expect(migrated.ok).toBe(true);
      if (migrated.ok) {
        expect(migrated.value.schemaVersion).toBe(2);
        expect(assess(migrated.value, ctx, history).redFlags).toEqual(a.redFlags);
      }
    },
  );
});
