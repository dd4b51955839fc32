/**
 * The `contexts` table: the person's context (medicines, risk profile), their reminder and the
 * hash of their calendar-feed token. SQL only.
 */
import { Context } from '@handcheck/core';
import type { Queryable } from '../db';

export async function loadContext(db: Queryable, patientId: string): Promise<Context> {
  const [r] = await db.query<{ context: unknown }>('select context from contexts where patient_id = $1', [
    patientId,
  ]);
  // Stored values were parsed on the way in; parsing again fills defaults added since.
  return Context.parse(r?.context ?? {});
}

export async function saveContext(db: Queryable, patientId: string, context: Context): Promise<void> {
  await db.query(
    `insert into contexts (patient_id, context) values ($1, $2)
     on conflict (patient_id) do update set context = excluded.context, updated_at = now()`,
    [patientId, JSON.stringify(context)],
  );
}

export interface Reminder {
  readonly weekday: number;
  readonly time: string;
  readonly feedActive: boolean;
}

export async function loadReminder(db: Queryable, patientId: string): Promise<Reminder> {
  const [r] = await db.query<{ weekday: number; time: string; feed: boolean }>(
    `select reminder_weekday as weekday, reminder_time as time, ics_token_hash is not null as feed
       from contexts where patient_id = $1`,
    [patientId],
  );
  return { weekday: r?.weekday ?? 1, time: r?.time ?? '18:00', feedActive: r?.feed ?? false };
}

export async function saveReminder(
  db: Queryable,
  patientId: string,
  weekday: number,
  time: string,
): Promise<void> {
  await db.query(
    `insert into contexts (patient_id, reminder_weekday, reminder_time) values ($1, $2, $3)
     on conflict (patient_id) do update
       set reminder_weekday = excluded.reminder_weekday, reminder_time = excluded.reminder_time,
           updated_at = now()`,
    [patientId, weekday, time],
  );
}

/** Stores the hash of a new feed token (null: no feed); the old URL stops working. */
export async function setFeedTokenHash(db: Queryable, patientId: string, hash: string | null): Promise<void> {
  await db.query(
    `insert into contexts (patient_id, ics_token_hash) values ($1, $2)
     on conflict (patient_id) do update set ics_token_hash = excluded.ics_token_hash, updated_at = now()`,
    [patientId, hash],
  );
}

export async function findFeed(
  db: Queryable,
  hash: string,
): Promise<{ patientId: string; weekday: number; time: string } | undefined> {
  const [r] = await db.query<{ patientId: string; weekday: number; time: string }>(
    `select patient_id as "patientId", reminder_weekday as weekday, reminder_time as time
       from contexts where ics_token_hash = $1`,
    [hash],
  );
  return r;
}

/** The context row of a patient brought in by an import. */
export async function insertContext(db: Queryable, patientId: string, context: Context): Promise<void> {
  await db.query('insert into contexts (patient_id, context) values ($1, $2)', [
    patientId,
    JSON.stringify(context),
  ]);
}
