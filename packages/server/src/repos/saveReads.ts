/**
 * What a new check-in's save reads, in one statement (one round trip while the record is locked):
 * the person's context, the rules' stored state and the check-ins of the recent window, each with
 * what it resembled (`assess` reads the check-ins; the panel row's weekly timeline reads both). SQL only; the record service decides what to do.
 */
import type { TimelineEntry } from '@handcheck/core';
import type { Queryable } from '../db';

export interface SaveReads {
  /** The stored context (JSON), or null for a person with none yet. */
  readonly context: unknown;
  /** The rules' stored state (JSON), or null when none is stored. */
  readonly alertState: unknown;
  /** Check-ins dated after `after`, oldest first, with what each resembled (all the save reads of them). */
  readonly recent: TimelineEntry[];
}

/**
 * One statement, rows rather than one aggregate: building a JSON array in the database costs it ten
 * times what sending the rows does (measured: 3 ms against 0.3 ms for 53 check-ins). Row 0 carries
 * the context and the state; the rest are the window's check-ins, oldest first.
 */
export async function readForSave(db: Queryable, patientId: string, after: string): Promise<SaveReads> {
  const rows = await db.query<{ part: number; a: unknown; b: unknown }>(
    `select 0 as part, (select context from contexts where patient_id = $1) as a,
            (select alert_state from patient_summary where patient_id = $1) as b,
            null::date as date, null::timestamptz as created_at
     union all
     select 1, body, assessment->'resembles', date, created_at
       from checkins where patient_id = $1 and date > $2::date
     order by part, date, created_at`,
    [patientId, after],
  );
  const [head, ...window] = rows;
  return {
    context: head?.a ?? null,
    alertState: head?.b ?? null,
    recent: window.map((r) => ({ checkIn: r.a, assessment: { resembles: r.b } })) as TimelineEntry[],
  };
}
