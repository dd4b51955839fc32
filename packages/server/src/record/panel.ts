/**
 * Reading the clinician panel: one indexed query over the stored rows (`repos/summaries`), ranked
 * by core's statuses, then core's `panelRow` for today and its `overdue` alert (never stored).
 */
import {
  type AlertConfig,
  overdueAlert,
  PANEL_STATUS_RANK,
  type PanelAlert,
  type PanelRow,
  type PanelStatus,
  panelRow,
  WORSENING_WINDOW_DAYS,
} from '@handcheck/core';
import type { Queryable } from '../db';
import { latestOf } from '../repos/checkins';
import { type PanelPageRow, type PanelRanking, panelPage } from '../repos/summaries';

export interface PanelQuery {
  readonly clinicianId: string;
  readonly today: string;
  readonly q?: string | undefined;
  readonly status?: PanelStatus | undefined;
  readonly page: number;
  readonly pageSize: number;
}

const RANKING: PanelRanking = {
  redFlag: PANEL_STATUS_RANK.red_flag,
  worsening: PANEL_STATUS_RANK.worsening,
  overdue: PANEL_STATUS_RANK.overdue,
  noCheckIn: PANEL_STATUS_RANK.no_check_in,
  stable: PANEL_STATUS_RANK.stable,
  worseningWindowDays: WORSENING_WINDOW_DAYS,
};

/** `%` and `_` typed in the search box are letters, not wildcards. */
const likePattern = (q: string) => `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/**
 * One page of the clinician's panel: patients who share with them (not disabled), most in need
 * first — open red flag (the most urgent, then the newest), a warning in the last two weeks, overdue,
 * no check-in yet, stable — then by name.
 */
export async function listPanel(
  db: Queryable,
  config: AlertConfig,
  query: PanelQuery,
): Promise<{ items: PanelRow[]; total: number }> {
  const { rows, total } = await panelPage(db, RANKING, {
    clinicianId: query.clinicianId,
    today: query.today,
    like: query.q?.trim() ? likePattern(query.q.trim()) : null,
    rank: query.status ? PANEL_STATUS_RANK[query.status] : null,
    limit: query.pageSize,
    offset: (query.page - 1) * query.pageSize,
  });
  const overdue = await overdueAlerts(
    db,
    config,
    rows.filter((r) => r.overdueFrom !== null && r.overdueFrom <= query.today),
    query.today,
  );
  return { items: rows.map((r) => panelRow(r, query.today, overdue.get(r.patient.id))), total };
}

/** Core's `overdue` alert for the page's overdue rows, worked out for today. */
async function overdueAlerts(
  db: Queryable,
  config: AlertConfig,
  rows: readonly PanelPageRow[],
  today: string,
): Promise<Map<string, PanelAlert>> {
  const out = new Map<string, PanelAlert>();
  if (rows.length === 0) return out;
  const latest = new Map(
    (
      await latestOf(
        db,
        rows.map((r) => r.patient.id),
      )
    ).map((l) => [l.patient_id, l]),
  );
  for (const r of rows) {
    const a = overdueAlert(latest.get(r.patient.id), r.context, today, config);
    if (a) out.set(r.patient.id, a);
  }
  return out;
}
