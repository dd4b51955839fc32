import { describe, expect, it } from 'vitest';
import type { TaskDifficulty } from '../checkin/schema';
import { handFunction } from './handFunction';
import { checkInWith } from './testing';

const tasks = (...d: number[]): TaskDifficulty[] =>
  (['buttons', 'jars', 'keys', 'writing', 'carrying', 'work'] as const)
    .slice(0, d.length)
    .map((task, i) => ({ task, difficulty: d[i] ?? 0 }));

describe('hand function 0–100 (QuickDASH-style scoring of our six tasks)', () => {
  it.each([
    ['no difficulty with any task', 0, tasks(0, 0, 0, 0, 0, 0)],
    ['cannot do any task', 100, tasks(4, 4, 4, 4, 4, 4)],
    ['some difficulty with everything', 50, tasks(2, 2, 2, 2, 2, 2)],
    ['a lot of trouble with jars only', 12.5, tasks(0, 3, 0, 0, 0, 0)],
    ['five of six answered', 25, tasks(1, 2, 1, 0, 1)],
    ['mixed answers round to one decimal', 4.2, tasks(1, 0, 0, 0, 0, 0)],
  ])('%s → %s', (_name, expected, hardToDo) => {
    expect(handFunction(checkInWith({ hardToDo }))).toBe(expected);
  });

  it.each([
    ['four of six answered', tasks(1, 1, 1, 1)],
    ['nothing answered', []],
  ])('is empty with too few answers: %s', (_name, hardToDo) => {
    expect(handFunction(checkInWith({ hardToDo }))).toBeNull();
  });
});
