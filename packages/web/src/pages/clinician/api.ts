/**
 * The clinician's endpoints (see /api/openapi.json): the panel of patients who shared
 * with me, one patient's record, acknowledging an alert, redeeming a share code. Same client as
 * the patient app (cookie session, CSRF header, errors in plain words).
 */
import type { PanelRow, PanelStatus, PatientInfo, PatientRecord, Timeline } from '@handcheck/core';
import { call } from '../../api';

export interface PanelQuery {
  readonly q: string;
  readonly status: PanelStatus | null;
  readonly page: number;
  readonly pageSize: number;
}

export interface PanelResult {
  readonly items: readonly PanelRow[];
  readonly total: number;
  /** A new clinician account an administrator has not approved yet: no patient is shown. */
  readonly awaitingApproval?: boolean;
}

export interface PatientView {
  readonly record: PatientRecord;
  /** The server's weekly timeline when it sends one; otherwise the page builds it with core. */
  readonly timeline: Timeline | null;
}

const id = encodeURIComponent;

export const clinicianApi = {
  panel(query: PanelQuery): Promise<PanelResult> {
    const qs = new URLSearchParams({ page: String(query.page), pageSize: String(query.pageSize) });
    if (query.q.trim()) qs.set('q', query.q.trim());
    if (query.status) qs.set('status', query.status);
    return call<PanelResult>('GET', `/api/clinician/patients?${qs}`);
  },

  async patient(patientId: string): Promise<PatientView> {
    const body = await call<PatientRecord | { record: PatientRecord; timeline?: Timeline }>(
      'GET',
      `/api/clinician/patients/${id(patientId)}`,
    );
    // The contract is `{record, timeline}`; an older server answered with the bare record.
    return 'record' in body
      ? { record: body.record, timeline: body.timeline ?? null }
      : { record: body, timeline: null };
  },

  acknowledge: (patientId: string, key: string) =>
    call<void>('POST', `/api/clinician/alerts/${id(patientId)}/${id(key)}/ack`),

  redeem: (code: string) =>
    call<{ patient: PatientInfo }>('POST', '/api/shares/redeem', { code }).then((r) => r.patient),

  /** A plain link: the browser sends the session cookie with a same-origin GET. */
  reportUrl: (patientId: string) => `/api/clinician/patients/${id(patientId)}/report.pdf`,
};
