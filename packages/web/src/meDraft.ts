/**
 * The "Me" form while it is being changed: kept on this phone on every change (like the check-in
 * draft), so leaving the screen or a reload never loses a start date or a half-recorded switch.
 * Cleared once saved, and at sign-out. Per user.
 */
import type { Drug, RiskProfile } from '@handcheck/core';
import type { MedicineChangeDraft } from './components/MedicineCourses';

export interface MeDraft {
  drug?: Drug;
  startedOn?: string;
  risk?: RiskProfile;
  country?: string;
  change?: MedicineChangeDraft | null;
}

const key = (userId: string) => `handcheck.me.${userId}`;

export function loadMeDraft(userId: string): MeDraft | null {
  try {
    const raw = localStorage.getItem(key(userId));
    return raw ? (JSON.parse(raw) as MeDraft) : null;
  } catch {
    return null;
  }
}

export function saveMeDraft(userId: string, d: MeDraft): void {
  try {
    localStorage.setItem(key(userId), JSON.stringify(d));
  } catch {
    // Storage full or blocked: the form still holds it in memory.
  }
}

export function clearMeDraft(userId: string): void {
  try {
    localStorage.removeItem(key(userId));
  } catch {
    // Nothing to clear.
  }
}
