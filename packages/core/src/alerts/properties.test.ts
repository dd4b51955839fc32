import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { Context } from '../checkin/context';
import { CheckIn } from '../checkin/schema';
import { isSourceId } from '../knowledge/sources';
import { addDays } from '../timeline/dates';
import type { AssessedCheckIn } from '../timeline/weekly';
import { assess } from '../triage/assess';
import type { RedFlagFinding, Resemblance } from '../triage/types';
import { computeAlerts } from './rules';

const context = Context.parse({ medicines: [{ drug: 'letrozole', startedOn: '2026-01-05' }] });

const redFlag = (id: string): RedFlagFinding => ({
  id,
  urgency: 'today',
  reason: 'a reason',
  action: 'an action',
  regions: [],
  sources: ['glos-hand'],
});
const resemblance = (
  condition: Resemblance['condition'],
  strength: Resemblance['strength'],
): Resemblance => ({
  condition,
  name: condition,
  score: 0.5,
  strength,
  hands: ['left'],
  regions: ['left.palm.thumb.distal'],
  evidence: [],
  against: [],
  sources: ['glos-dq'],
});

/** A person's check-ins on distinct days, with red flags and patterns set by hand. */
const histories = fc
  .uniqueArray(
    fc.record({
      day: fc.integer({ min: 0, max: 800 }),
      severity: fc.integer({ min: 0, max: 10 }),
      worst: fc.option(fc.integer({ min: 0, max: 10 }), { nil: undefined }),
      flags: fc.subarray(['infection', 'lymphoedema', 'inflammatory_arthritis']),
      patterns: fc.subarray(['carpal_tunnel', 'trigger_finger', 'de_quervain'] as const),
      strength: fc.constantFrom('weak', 'moderate', 'strong' as const),
    }),
    { selector: (e) => e.day, maxLength: 12 },
  )
  .map((rows) =>
    rows.map((r): AssessedCheckIn => {
      const checkIn = CheckIn.parse({
        date: addDays('2026-01-05', r.day),
        regions: r.severity
          ? [
              {
                region: 'left.palm.thumb.distal',
                symptoms: ['numbness'],
                severity: r.severity,
                daysPerWeek: 4,
              },
            ]
          : [],
        ...(r.worst === undefined ? {} : { pain: { worst: r.worst } }),
      });
      const assessment = {
        ...assess(checkIn, context),
        redFlags: r.flags.map(redFlag),
        resembles: r.patterns.map((c) => resemblance(c, r.strength)),
      };
      return { checkIn, assessment };
    }),
  );

const today = fc.integer({ min: 0, max: 900 }).map((n) => addDays('2026-01-05', n));

describe('alerts keep their promises for any history', () => {
  test.prop([histories, today])(
    'unique keys, real sources, plain reasons, most prominent first',
    (entries, day) => {
      const alerts = computeAlerts(entries, context, day);
      expect(new Set(alerts.map((a) => a.key)).size).toBe(alerts.length);
      const rank = { critical: 0, warning: 1, info: 2 };
      alerts.forEach((a, i) => {
        expect(a.key.startsWith(`${a.kind}:`)).toBe(true);
        expect(a.sources.length).toBeGreaterThan(0);
        expect(a.sources.every(isSourceId)).toBe(true);
        expect(a.reason).not.toMatch(/undefined|NaN|null/);
        if (i > 0) expect(rank[a.level]).toBeGreaterThanOrEqual(rank[(alerts[i - 1] as typeof a).level]);
      });
    },
  );

  test.prop([histories, today])('do not depend on the order the check-ins come in', (entries, day) => {
    expect(computeAlerts(entries.toReversed(), context, day)).toEqual(computeAlerts(entries, context, day));
  });
});
