/** How the accounts screen names roles and dates; kept apart so the page stays about behaviour. */
import type { Account } from './api';

export const ROLE_WORDS = {
  patient: 'Patient',
  clinician: 'Clinician',
  admin: 'Administrator',
} as const satisfies Record<Account['role'], string>;

/** What the "Show" buttons pick out of the list. */
export const FILTERS = [
  { id: 'all', label: 'Everyone', keep: () => true },
  { id: 'patient', label: 'Patients', keep: (a: Account) => a.role === 'patient' },
  { id: 'clinician', label: 'Clinicians', keep: (a: Account) => a.role === 'clinician' },
  { id: 'admin', label: 'Administrators', keep: (a: Account) => a.role === 'admin' },
  { id: 'disabled', label: 'Disabled', keep: (a: Account) => a.disabled },
] as const satisfies readonly { id: string; label: string; keep: (a: Account) => boolean }[];

export type FilterId = (typeof FILTERS)[number]['id'];

/** Email or name contains what was typed, ignoring case and spaces around it. */
export function matches(a: Account, typed: string): boolean {
  const q = typed.trim().toLowerCase();
  if (!q) return true;
  return a.email.toLowerCase().includes(q) || (a.name ?? '').toLowerCase().includes(q);
}

/** "3 Nov 2026": day first and the month in letters, so no one misreads 03/11. */
export function createdOn(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return d.toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric' });
}
