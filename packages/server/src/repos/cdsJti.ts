/**
 * The `cds_jti` table: the ids (`jti`) of CDS Hooks tokens already used, kept until the token
 * would have expired anyway. The rules are in auth/cdsTrust.ts; this file only runs the SQL.
 */
import type { Queryable } from '../db';

/**
 * Records a token's id. True the first time; false when it was already used (the first insert
 * wins, also under parallel calls). Kept until `exp` plus `toleranceSeconds`.
 */
export async function claimJti(
  db: Queryable,
  t: { issuer: string; jti: string; exp: number; toleranceSeconds: number },
): Promise<boolean> {
  const rows = await db.query(
    `insert into cds_jti (issuer, jti, expires_at)
     values ($1, $2, to_timestamp($3) + make_interval(secs => $4))
     on conflict do nothing returning jti`,
    [t.issuer, t.jti, t.exp, t.toleranceSeconds],
  );
  return rows.length > 0;
}

/** Forgets the ids of tokens that have expired. */
export async function pruneJtis(db: Queryable): Promise<void> {
  await db.query('delete from cds_jti where expires_at < now()');
}
