import { PANEL_STATUSES, type PatientRecord, safeText } from '@handcheck/core';
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { awaitingApproval, canReadPatient, currentUser } from '../auth/guard';
import type { Db } from '../db';
import { notFound } from '../http/errors';
import { listPanel } from '../record/panel';
import { loadPatientRecord, loadTimeline } from '../record/read';
import { audit, auditEach, audited, found } from '../repos/audit';
import { baseUrl, fhirBundle, sendFhir, sendGpSummaryPdf, serverToday } from './careShared';
import type { RouteDeps } from './deps';
import { Id, IdParams } from './schemas';

const PanelQuery = z.strictObject({
  q: safeText(z.string().max(200, { error: 'must be at most 200 characters' })).optional(),
  status: z.enum(PANEL_STATUSES, { error: `must be one of ${PANEL_STATUSES.join(', ')}` }).optional(),
  /** The name in the first draft of the API contract; same as `status`. */
  filter: z.enum(PANEL_STATUSES, { error: `must be one of ${PANEL_STATUSES.join(', ')}` }).optional(),
  page: z.coerce.number().int().min(1, { error: 'must be 1 or more' }).default(1),
  pageSize: z.coerce.number().int().min(1).max(100, { error: 'must be 1–100' }).default(25),
});

const AckParams = z.strictObject({
  patientId: Id,
  key: safeText(z.string().min(1).max(200, { error: 'must be an alert key such as worsening:2026-03-16' })),
});

/**
 * What a clinician sees of the patients who shared with them. Every read of health data is audited
 * in the same transaction; a patient who did not share (or does not exist) is a 404 either way.
 */
export const clinicianRoutes: FastifyPluginAsyncZod<RouteDeps> = async (
  app,
  { db, publicUrl, config, record: service },
) => {
  const clinician = { config: { auth: 'clinician' as const } };
  const backfilled = await service.backfill(db);
  if (backfilled > 0)
    app.log.info({ records: backfilled }, 'care-team alerts and panel rows made for earlier records');

  app.get(
    '/api/clinician/patients',
    { ...clinician, schema: { querystring: PanelQuery } },
    async (request) => {
      const me = currentUser(request);
      const { q, status, filter, page, pageSize } = request.query;
      // Until an administrator approves the account, no patient is shown.
      if (awaitingApproval(request)) return { items: [], total: 0, awaitingApproval: true };
      return db.transaction(async (tx) => {
        const panel = await listPanel(tx, config.alerts, {
          clinicianId: me.id,
          today: serverToday(),
          q,
          status: status ?? filter,
          page,
          pageSize,
        });
        // One audit row per patient shown: the row is a summary of their health data.
        await auditEach(
          tx,
          { actor: me.id, action: 'panel.read' },
          panel.items.map((r) => r.patient.id),
        );
        return panel;
      });
    },
  );

  /** The patient page: the whole record (`PatientRecord`), as the patient's own export gives it. */
  app.get('/api/clinician/patients/:id', { ...clinician, schema: { params: IdParams } }, async (request) =>
    sharedRecord(db, request, request.params.id, 'record.read'),
  );

  /** The weekly chart of the patient page (core `Timeline`). */
  app.get(
    '/api/clinician/patients/:id/timeline',
    { ...clinician, schema: { params: IdParams } },
    async (request) => {
      const me = currentUser(request);
      const { id } = request.params;
      const timeline = await audited(
        db,
        { actor: me.id, action: 'timeline.read', allowed: found, patient: id },
        async (tx) => ((await canReadPatient(tx, me, id)) ? loadTimeline(tx, id) : undefined),
      );
      if (!timeline) throw notFound('That patient');
      return timeline;
    },
  );

  app.get(
    '/api/clinician/patients/:id/report.pdf',
    { ...clinician, schema: { params: IdParams } },
    async (request, reply) => {
      const record = await sharedRecord(db, request, request.params.id, 'report.pdf');
      return sendGpSummaryPdf(reply, record, serverToday());
    },
  );

  app.get(
    '/api/clinician/patients/:id/fhir',
    { ...clinician, schema: { params: IdParams } },
    async (request, reply) => {
      const { id } = request.params;
      const record = await sharedRecord(db, request, id, 'fhir.export');
      const pdfUrl = `${baseUrl(request, publicUrl)}/api/clinician/patients/${id}/report.pdf`;
      return sendFhir(reply, fhirBundle(record, { pdfUrl, publicUrl }));
    },
  );

  app.post(
    '/api/clinician/alerts/:patientId/:key/ack',
    { ...clinician, schema: { params: AckParams } },
    async (request, reply) => {
      const me = currentUser(request);
      const { patientId, key } = request.params;
      const done = await db.transaction(async (tx) => {
        if (!(await canReadPatient(tx, me, patientId))) return false;
        if (!(await service.acknowledgeAlert(tx, patientId, key, me.id))) {
          await audit(tx, {
            actor: me.id,
            action: 'alert.ack',
            patient: patientId,
            target: key,
            outcome: 'refused',
          });
          return false;
        }
        await audit(tx, { actor: me.id, action: 'alert.ack', patient: patientId, target: key });
        return true;
      });
      if (!done) throw notFound('That alert');
      return reply.code(204).send();
    },
  );
};

/** The record of a patient who shares with the signed-in clinician, read and audited in one transaction. */
async function sharedRecord(
  db: Db,
  request: FastifyRequest,
  id: string,
  action: string,
): Promise<PatientRecord> {
  const me = currentUser(request);
  const record = await audited(db, { actor: me.id, action, patient: id, allowed: found }, async (tx) =>
    (await canReadPatient(tx, me, id)) ? loadPatientRecord(tx, id) : undefined,
  );
  // Not shared and not there look the same: an id's existence leaks nothing.
  if (!record) throw notFound('That patient');
  return record;
}
