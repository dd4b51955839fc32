import type { Queryable } from '../db';
import { iso, type Role } from './rows';

/** What a person sees of one of their passkeys. */
export interface PasskeySummary {
  readonly id: string;
  readonly name: string;
  readonly createdAt: string;
  readonly lastUsedAt: string | null;
}

/** What sign-in needs: the key, its counter, and whose it is. */
export interface PasskeyForSignIn {
  readonly id: string;
  readonly publicKey: Uint8Array<ArrayBuffer>;
  readonly counter: number;
  readonly transports: string[];
  readonly user: { id: string; email: string; name: string | null; role: Role; disabled: boolean };
}

export async function listPasskeys(db: Queryable, userId: string): Promise<PasskeySummary[]> {
  const rows = await db.query<{ id: string; name: string; created_at: unknown; last_used_at: unknown }>(
    `select id, name, created_at, last_used_at from passkeys where user_id = $1 order by created_at, id`,
    [userId],
  );
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    createdAt: iso(r.created_at),
    lastUsedAt: r.last_used_at == null ? null : iso(r.last_used_at),
  }));
}

/** Saves a verified new passkey. Undefined when that credential is already registered (to anyone). */
export async function addPasskey(
  db: Queryable,
  p: {
    id: string;
    userId: string;
    publicKey: Uint8Array;
    counter: number;
    transports: string[];
    name: string;
  },
): Promise<PasskeySummary | undefined> {
  const [r] = await db.query<{ id: string; name: string; created_at: unknown }>(
    `insert into passkeys (id, user_id, public_key, counter, transports, name)
     values ($1, $2, $3, $4, $5, $6)
     on conflict (id) do nothing
     returning id, name, created_at`,
    [p.id, p.userId, Buffer.from(p.publicKey), p.counter, JSON.stringify(p.transports), p.name],
  );
  return r && { id: r.id, name: r.name, createdAt: iso(r.created_at), lastUsedAt: null };
}

export async function findPasskey(db: Queryable, id: string): Promise<PasskeyForSignIn | undefined> {
  const [r] = await db.query<{
    id: string;
    public_key: Uint8Array;
    counter: string | number;
    transports: string[];
    user_id: string;
    email: string;
    name: string | null;
    role: Role;
    disabled: boolean;
  }>(
    `select p.id, p.public_key, p.counter, p.transports,
            u.id as user_id, u.email, u.name, u.role, u.disabled
       from passkeys p join users u on u.id = p.user_id
      where p.id = $1`,
    [id],
  );
  if (!r) return undefined;
  return {
    id: r.id,
    // PGlite gives a Uint8Array, pg a Buffer (a Uint8Array too): copy to a plain one either way.
    publicKey: new Uint8Array(r.public_key),
    counter: Number(r.counter),
    transports: r.transports,
    user: { id: r.user_id, email: r.email, name: r.name, role: r.role, disabled: r.disabled },
  };
}

export async function markPasskeyUsed(db: Queryable, id: string, counter: number): Promise<void> {
  // Never backwards, even when two sign-ins with one passkey finish out of order.
  await db.query('update passkeys set counter = greatest(counter, $2), last_used_at = now() where id = $1', [
    id,
    counter,
  ]);
}

/** Removes one of this person's passkeys; false when they have none with that id. */
export async function removePasskey(db: Queryable, userId: string, id: string): Promise<boolean> {
  const rows = await db.query('delete from passkeys where id = $1 and user_id = $2 returning id', [
    id,
    userId,
  ]);
  return rows.length > 0;
}

export type ChallengePurpose = 'register' | 'signin';

/** Remembers a challenge for `seconds`; also sweeps challenges that ended long ago. */
export async function saveChallenge(
  db: Queryable,
  c: { hash: string; purpose: ChallengePurpose; userId: string | null; seconds: number },
): Promise<void> {
  // Kept ten minutes past their end so a late answer hears "expired", not "unknown".
  await db.query(`delete from webauthn_challenges where expires_at < now() - interval '10 minutes'`);
  await db.query(
    `insert into webauthn_challenges (id, purpose, user_id, expires_at)
     values ($1, $2, $3, now() + make_interval(secs => $4))`,
    [c.hash, c.purpose, c.userId, c.seconds],
  );
}

/**
 * Uses up a challenge: deleted whatever happens next, so it works once. `missing` when it was
 * never handed out for this purpose (and this person), or was used already.
 */
export async function consumeChallenge(
  db: Queryable,
  c: { hash: string; purpose: ChallengePurpose; userId: string | null },
): Promise<'ok' | 'expired' | 'missing'> {
  const [r] = await db.query<{ live: boolean }>(
    `delete from webauthn_challenges
      where id = $1 and purpose = $2 and user_id is not distinct from $3::uuid
      returning expires_at > now() as live`,
    [c.hash, c.purpose, c.userId],
  );
  if (!r) return 'missing';
  return r.live ? 'ok' : 'expired';
}
