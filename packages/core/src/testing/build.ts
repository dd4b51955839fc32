/**
 * Short builders for readable clinical test cases: `mark('right.palm.index.distal', ['numbness'])`
 * is one marked area with a moderate severity, and `assessed({...})` parses and assesses a check-in.
 * Test-only: not exported from the package index.
 */
import { Context, type ContextInput } from '../checkin/context';
import { CheckIn, type CheckInInput, type SymptomKind } from '../checkin/schema';
import { assess } from '../triage/assess';
import type { Assessment } from '../triage/types';

export type MarkInput = NonNullable<CheckInInput['regions']>[number];

/** One marked area: severity 5, five days a week, unless `more` says otherwise. */
export function mark(region: string, symptoms: SymptomKind[], more: Partial<MarkInput> = {}): MarkInput {
  return { region, symptoms, severity: 5, daysPerWeek: 5, ...more };
}

/** The same area on both hands. */
export function both(part: string, symptoms: SymptomKind[], more: Partial<MarkInput> = {}): MarkInput[] {
  return [mark(`left.${part}`, symptoms, more), mark(`right.${part}`, symptoms, more)];
}

export const CHECK_IN_DATE = '2026-03-16';

/** Letrozole since 5 January 2026: ten weeks before the default check-in date. */
export const ON_LETROZOLE: ContextInput = { medicines: [{ drug: 'letrozole', startedOn: '2026-01-05' }] };

export function checkIn(c: Partial<CheckInInput> = {}): CheckIn {
  return CheckIn.parse({ date: CHECK_IN_DATE, ...c });
}

export function context(c: ContextInput = ON_LETROZOLE): Context {
  return Context.parse(c);
}

/** Parses and assesses; `history` check-ins are given as inputs too. */
export function assessed(
  c: Partial<CheckInInput> = {},
  ctx: ContextInput = ON_LETROZOLE,
  history: Partial<CheckInInput>[] = [],
): Assessment {
  return assess(
    checkIn(c),
    context(ctx),
    history.map((h) => checkIn(h)),
  );
}

/** Every plain-words text an assessment shows a person. */
export function textsOf(a: Assessment): string[] {
  return [
    ...a.redFlags.flatMap((f) => [f.reason, f.action, f.name ?? '']),
    ...a.resembles.flatMap((r) => [
      r.name,
      ...r.evidence.map((e) => e.text),
      ...r.against.map((e) => e.text),
    ]),
    ...a.nextSteps.map((s) => s.text),
    ...a.tellYourGp,
  ];
}
