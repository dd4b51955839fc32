import { describe, expect, it } from 'vitest';
import { painScores } from './pain';
import { checkInWith } from './testing';

describe('pain scores (worst, average, interference)', () => {
  it('is all empty when no pain was reported', () => {
    expect(painScores(checkInWith())).toEqual({ worst: null, average: null, interference: null });
  });

  it('takes worst and average as given and averages only the interference items answered', () => {
    const c = checkInWith({ pain: { worst: 7, average: 4, interference: { sleep: 6, handTasks: 8 } } });
    expect(painScores(c)).toEqual({ worst: 7, average: 4, interference: 7 });
  });

  it('rounds the interference mean to one decimal', () => {
    const c = checkInWith({ pain: { worst: 5, interference: { sleep: 1, handTasks: 2, work: 2 } } });
    expect(painScores(c)).toEqual({ worst: 5, average: null, interference: 1.7 });
  });

  it('leaves interference empty when none of its items was answered', () => {
    expect(painScores(checkInWith({ pain: { worst: 3, interference: {} } })).interference).toBeNull();
  });
});
