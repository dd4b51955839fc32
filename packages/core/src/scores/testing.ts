/** Test helpers for the score tests: a check-in from a few marked areas, in the format people send. */
import { CheckIn, type CheckInInput } from '../checkin/schema';

type Area = CheckInInput['regions'] extends (infer R)[] | undefined ? R : never;

/** One marked area; defaults: severity 5, 3 days a week. */
export function area(region: string, symptoms: Area['symptoms'], more: Partial<Area> = {}): Area {
  return { region, symptoms, severity: 5, daysPerWeek: 3, ...more };
}

/** A parsed check-in dated 2026-03-16 unless `date` is given. */
export function checkInWith(fields: Partial<CheckInInput> = {}): CheckIn {
  return CheckIn.parse({ date: '2026-03-16', ...fields });
}
