import { describe, expect, it } from 'vitest';
import { Context } from '../checkin/context';
import { CheckIn } from '../checkin/schema';
import type { Assessment, Resemblance } from '../triage/types';
import { weeklyTimeline } from './weekly';

const context = Context.parse({ medicines: [{ drug: 'letrozole', startedOn: '2026-01-05' }] });

function entry(date: string, regions: [string, number][], resembles: Partial<Resemblance>[] = []) {
  const checkIn = CheckIn.parse({
    date,
    regions: regions.map(([region, severity]) => ({
      region,
      symptoms: ['numbness'],
      severity,
      daysPerWeek: 3,
    })),
  });
  const assessment = { resembles } as unknown as Assessment;
  return { checkIn, assessment };
}

describe('the weekly timeline since the medicine started', () => {
  it('numbers weeks from the first aromatase inhibitor and keeps the latest check-in of a week', () => {
    const t = weeklyTimeline(
      [
        entry('2026-02-16', [['right.palm.index.distal', 3]]),
        entry('2026-02-19', [['right.palm.index.distal', 5]]),
        entry('2026-01-05', []),
      ],
      context,
    );
    expect(t.medicineStartedOn).toBe('2026-01-05');
    expect(t.weeks.map((w) => [w.week, w.date, w.maxSeverity])).toEqual([
      [0, '2026-01-05', 0],
      [6, '2026-02-19', 5],
    ]);
  });

  it('gives each resembled pattern the highest severity among its own areas', () => {
    const t = weeklyTimeline(
      [
        entry(
          '2026-03-16',
          [
            ['right.palm.index.distal', 6],
            ['left.palm.base.ring', 4],
          ],
          [
            { condition: 'carpal_tunnel', regions: ['right.palm.index.distal'] },
            { condition: 'trigger_finger', regions: ['left.palm.base.ring'] },
          ],
        ),
      ],
      context,
    );
    expect(t.weeks[0]?.byCondition).toEqual({ carpal_tunnel: 6, trigger_finger: 4 });
  });

  it('anchors on the first check-in when no medicine start is known', () => {
    const t = weeklyTimeline([entry('2026-03-16', []), entry('2026-03-30', [])], Context.parse({}));
    expect(t.medicine).toBeNull();
    expect(t.weeks.map((w) => w.week)).toEqual([0, 2]);
  });
});
