import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { currentUser } from '../auth/guard';
import { notFound } from '../http/errors';
import { loadPatientRecord } from '../record/read';
import { audited, found } from '../repos/audit';
import { baseUrl, fhirBundle, sendFhir, sendGpSummaryPdf, serverToday } from './careShared';
import type { RouteDeps } from './deps';

/** A patient's own GP summary (PDF) and FHIR export; the clinician's copies are in clinician.ts. */
export const reportRoutes: FastifyPluginAsyncZod<RouteDeps> = async (app, { db, publicUrl }) => {
  app.get('/api/report.pdf', { config: { auth: 'patient' } }, async (request, reply) => {
    const me = currentUser(request);
    const record = await audited(
      db,
      { actor: me.id, action: 'report.pdf', allowed: found, patient: me.id },
      (tx) => loadPatientRecord(tx, me.id),
    );
    if (!record) throw notFound('Your record');
    return sendGpSummaryPdf(reply, record, serverToday());
  });

  app.get('/api/fhir/export', { config: { auth: 'patient' } }, async (request, reply) => {
    const me = currentUser(request);
    const record = await audited(
      db,
      { actor: me.id, action: 'fhir.export', allowed: found, patient: me.id },
      (tx) => loadPatientRecord(tx, me.id),
    );
    if (!record) throw notFound('Your record');
    return sendFhir(
      reply,
      fhirBundle(record, { pdfUrl: `${baseUrl(request, publicUrl)}/api/report.pdf`, publicUrl }),
    );
  });
};
