/**
 * The administrator's endpoints (`GET /api/admin/users`, `PATCH /api/admin/users/:id`). Accounts
 * only: the server gives an administrator no health data, and this screen asks for none.
 */
import { call, type User } from '../../api';

/** One account as the server lists it for an administrator. */
export interface Account extends User {
  readonly disabled: boolean;
  /** False for a clinician who signed up and waits for an administrator: they see no patient yet. */
  readonly approved: boolean;
  /** ISO 8601. */
  readonly createdAt: string;
}

export const adminApi = {
  accounts: () => call<{ items: Account[] }>('GET', '/api/admin/users').then((r) => r.items),
  /** Disabling also signs the person out everywhere (the server drops their sessions). */
  setDisabled: (id: string, disabled: boolean) =>
    call<void>('PATCH', `/api/admin/users/${encodeURIComponent(id)}`, { disabled }),
  /** A new clinician's account: from now on they see the patients who share with them. */
  approve: (id: string) =>
    call<void>('PATCH', `/api/admin/users/${encodeURIComponent(id)}`, { approved: true }),
};
