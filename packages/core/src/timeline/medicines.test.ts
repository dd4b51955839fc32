import { describe, expect, it } from 'vitest';
import { Context, type MedicineCourse } from '../checkin/context';
import {
  correctFirstStart,
  currentCourse,
  endMedicine,
  MedicineEditError,
  medicineChangeMarks,
  medicineChanges,
  restartMedicine,
  startMedicine,
  switchMedicine,
} from './medicines';
import { computeTiming } from './timing';
import { weeklyTimeline } from './weekly';

describe('the medicine over the years', () => {
  const start = startMedicine([], 'anastrozole', '2025-01-06');
  const switched = switchMedicine(start, 'exemestane', '2025-04-07', 'joint_or_hand_pain');
  const paused = endMedicine(switched, 'pause', '2025-06-02', 'joint_or_hand_pain', '  thumbs too sore  ');
  const restarted = restartMedicine(paused, '2025-06-16');
  const stopped = endMedicine(restarted, 'stop', '2025-09-01', 'doctor_advised');

  it('keeps every course: a switch adds a course instead of replacing the first', () => {
    expect(switched).toEqual([
      {
        drug: 'anastrozole',
        startedOn: '2025-01-06',
        stoppedOn: '2025-04-07',
        endedBy: 'switch',
        stopReason: 'joint_or_hand_pain',
      },
      { drug: 'exemestane', startedOn: '2025-04-07' },
    ]);
    expect(stopped).toHaveLength(3);
    // Every version is a valid context.
    for (const medicines of [start, switched, paused, restarted, stopped])
      expect(Context.safeParse({ medicines }).success).toBe(true);
  });

  it('reads start, switch, pause, restart and stop as dated changes, with the reasons', () => {
    expect(medicineChanges(stopped).map((c) => [c.date, c.kind, c.text])).toEqual([
      ['2025-01-06', 'start', 'Started anastrozole'],
      ['2025-04-07', 'switch', 'Switched from anastrozole to exemestane: joint or hand pain'],
      ['2025-06-02', 'pause', 'Paused exemestane: joint or hand pain; thumbs too sore'],
      ['2025-06-16', 'restart', 'Restarted exemestane'],
      ['2025-09-01', 'stop', 'Stopped exemestane: my doctor advised it'],
    ]);
  });

  it('reads older records without endings: a gap then the same drug is a pause, another drug a switch', () => {
    const old: MedicineCourse[] = [
      { drug: 'letrozole', startedOn: '2024-01-01', stoppedOn: '2024-02-01' },
      { drug: 'letrozole', startedOn: '2024-03-01', stoppedOn: '2024-05-01' },
      { drug: 'anastrozole', startedOn: '2024-05-01' },
    ];
    expect(medicineChanges(old).map((c) => c.kind)).toEqual(['start', 'pause', 'restart', 'switch']);
    expect(
      medicineChanges([{ drug: 'letrozole', startedOn: '2024-01-01', stoppedOn: '2024-02-01' }]).map(
        (c) => c.kind,
      ),
    ).toEqual(['start', 'stop']);
  });

  it('counts weeks from the FIRST aromatase inhibitor, through switches and pauses', () => {
    const context = Context.parse({ medicines: stopped });
    const checkIn = {
      date: '2025-07-07',
      regions: [],
      hardToDo: [],
      treatments: [],
      elsewhere: [],
      events: {
        fallOrInjury: false,
        looksDeformed: false,
        suddenlyCannotMoveFinger: false,
        cutOrBite: false,
        fever: false,
        armSwelling: 'none',
      },
    } as const;
    const timing = computeTiming(checkIn as never, context);
    expect(timing.medicine).toBe('anastrozole');
    expect(timing.weeksSinceStart).toBe(26);
    const timeline = weeklyTimeline([], context);
    expect(timeline.medicineChanges.map((c) => [c.kind, c.week])).toEqual([
      ['start', 0],
      ['switch', 13],
      ['pause', 21],
      ['restart', 23],
      ['stop', 34],
    ]);
    expect(medicineChangeMarks(stopped, null)).toEqual([]);
  });

  it('knows the course running on a day', () => {
    expect(currentCourse(stopped, '2025-05-01')?.drug).toBe('exemestane');
    expect(currentCourse(stopped, '2025-06-10')).toBeUndefined();
    expect(currentCourse(stopped, '2025-12-01')).toBeUndefined();
    expect(currentCourse(restarted, '2025-12-01')?.startedOn).toBe('2025-06-16');
  });

  it('refuses edits that make no sense, in words', () => {
    expect(() => startMedicine(start, 'letrozole', '2025-02-01')).toThrow(MedicineEditError);
    expect(() => switchMedicine(start, 'anastrozole', '2025-02-01')).toThrow(/already on anastrozole/);
    expect(() => switchMedicine(start, 'letrozole', '2024-12-01')).toThrow(/on or after 2025-01-06/);
    expect(() => endMedicine(paused, 'stop', '2025-07-01', 'other')).toThrow(/No medicine is running/);
    expect(() => restartMedicine(restarted, '2025-07-01')).toThrow(/still running/);
    expect(() => restartMedicine(paused, '2025-05-01')).toThrow(/on or after 2025-06-02/);
  });

  it('corrects the first start date without touching later courses', () => {
    const fixed = correctFirstStart(switched, '2025-01-13');
    expect(fixed[0]?.startedOn).toBe('2025-01-13');
    expect(fixed[1]).toEqual(switched[1]);
    expect(() => correctFirstStart(switched, '2025-05-01')).toThrow(/on or before 2025-04-07/);
  });

  it('a reason needs an end date (the schema says so)', () => {
    const r = Context.safeParse({
      medicines: [{ drug: 'letrozole', startedOn: '2025-01-01', stopReason: 'other' }],
    });
    expect(r.success).toBe(false);
  });
});
