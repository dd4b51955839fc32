/**
 * What a new check-in's save reads, in one statement (one round trip while the record is locked):
 * the person's context, the rules' stored state and the check-ins of the recent window, each with
 * the parts of its assessment the rules read. SQL only; the record service decides what to do.
 */
import type { AlertEntry } from '@handcheck/core';
import type { Queryable } from '../db';

export interface SaveReads {
  /** The stored context (JSON), or null for a person with none yet. */
  readonly context: unknown;
  /** The rules' stored state (JSON), or null when none is stored. */
  readonly alertState: unknown;
  /** Check-ins dated after `after`, oldest first, with the assessment parts the rules read. */
  readonly recent: AlertEntry[];
}

export async function readForSave(db: Queryable, patientId: string, after: string): Promise<SaveReads> {
  const [r] = await db.query<SaveReads>(
    `select (select context from contexts where patient_id = $1) as context,
            (select alert_state from patient_summary where patient_id = $1) as "alertState",
            coalesce((select jsonb_agg(jsonb_build_object(
                        'checkIn', body,
                        'assessment', jsonb_build_object('redFlags', assessment->'redFlags',
                                                         'resembles', assessment->'resembles',
                                                         'scores', assessment->'scores'))
                        order by date, created_at)
                        from checkins where patient_id = $1 and date > $2::date), '[]'::jsonb) as recent`,
    [patientId, after],
  );
  return { context: r?.context ?? null, alertState: r?.alertState ?? null, recent: r?.recent ?? [] };
}
