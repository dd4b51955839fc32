import type { Alert, StoredAlert } from '@handcheck/core';
import type { Queryable } from '../db';
import { iso } from './users';

/** Care-team alerts of one person, newest first (open and acknowledged). */
export async function listAlerts(db: Queryable, patientId: string): Promise<StoredAlert[]> {
  const rows = await db.query<{
    key: string;
    kind: Alert['kind'];
    level: Alert['level'];
    date: string;
    reason: string;
    sources: Alert['sources'];
    acknowledged_at: unknown;
    acknowledged_by: string | null;
  }>(
    `select key, kind, level, date::text as date, reason, sources, acknowledged_at, acknowledged_by
       from alerts where patient_id = $1 order by date desc, created_at desc, key`,
    [patientId],
  );
  return rows.map((r) => ({
    key: r.key,
    kind: r.kind,
    level: r.level,
    date: r.date,
    reason: r.reason,
    sources: r.sources,
    acknowledgedAt: r.acknowledged_at == null ? null : iso(r.acknowledged_at),
    acknowledgedBy: r.acknowledged_by,
  }));
}
