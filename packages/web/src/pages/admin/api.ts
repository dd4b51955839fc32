/**
 * The administrator's endpoints (`GET /api/admin/users`, `PATCH /api/admin/users/:id`). Accounts
 * only: the server gives an administrator no health data, and this screen asks for none.
 */
import { call, type User } from '../../api';

/** One account as the server lists it for an administrator. */
export interface Account extends User {
  readonly disabled: boolean;
  /** ISO 8601. */
  readonly createdAt: string;
}

export const adminApi = {
  accounts: () => call<{ items: Account[] }>('GET', '/api/admin/users').then((r) => r.items),
  /** Disabling also signs the person out everywhere (the server drops their sessions). */
  setDisabled: (id: string, disabled: boolean) =>
    call<void>('PATCH', `/api/admin/users/${encodeURIComponent(id)}`, { disabled }),
};
