/**
 * CDS Hooks 2.0 (https://cds-hooks.hl7.org/2.0/): the EHR discovers our one service and calls it
 * when a clinician opens a chart (`patient-view`). Cards come from core `patientViewCards`.
 *
 * Every call must carry the EHR's signed JWT (auth/cdsTrust.ts: signature against the trusted
 * EHR's JWKS, `iss`, `aud` = this service's URL, `exp`, `jti` used once). With no trusted EHR
 * configured every call is 401; no caller is trusted for where it connects from. A patient is
 * answered only if they share their record with at least one approved clinician, and each answer
 * is audited (actor unknown, target = the EHR's user id).
 */
import {
  CdsPatientViewRequest,
  cdsDiscovery,
  describeErrors,
  fieldErrors,
  patientViewCards,
} from '@handcheck/core';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { cdsVerifier } from '../auth/cdsTrust';
import type { Queryable } from '../db';
import { HttpError } from '../http/errors';
import { loadPatientRecord } from '../record/read';
import { audit } from '../repos/audit';
import { findSharingPatient } from '../repos/shares';
import { baseUrl, canonicalBase, serverToday } from './careShared';
import type { RouteDeps } from './deps';

/** Our patient identifier system in exported FHIR (core `fhir/codes.ts` `idSystem('patient')`). */
const PATIENT_ID_SYSTEM = 'https://handcheck.example/fhir/id/patient';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Our patient for the EHR's: by our own id in `context.patientId`, else by the Patient in
 * `prefetch.patient` (our identifier, or an e-mail address). Only patients who share with a
 * clinician; undefined otherwise.
 */
async function findPatient(db: Queryable, req: CdsPatientViewRequest): Promise<string | undefined> {
  const candidates: { id?: string; email?: string }[] = [];
  if (UUID.test(req.context.patientId)) candidates.push({ id: req.context.patientId });
  const patient = req.prefetch?.patient;
  for (const i of patient?.identifier ?? []) {
    if (i.system === PATIENT_ID_SYSTEM && i.value && UUID.test(i.value)) candidates.push({ id: i.value });
    else if (i.value?.includes('@')) candidates.push({ email: i.value.toLowerCase() });
  }
  for (const t of patient?.telecom ?? []) {
    if (t.system === 'email' && t.value) candidates.push({ email: t.value.toLowerCase() });
  }
  for (const c of candidates) {
    const id = await findSharingPatient(db, c.id ? { id: c.id } : { email: c.email as string });
    if (id) return id;
  }
  return undefined;
}

export const cdsRoutes: FastifyPluginAsyncZod<RouteDeps> = async (app, { db, publicUrl, cds }) => {
  const verify = cdsVerifier(cds ?? { trustedEhrs: [] });
  // CDS clients may call from a browser: the spec asks services to allow CORS. Calls carry a bearer
  // token, never our cookie, so any origin may ask.
  app.addHook('onSend', async (_request, reply, payload) => {
    reply.header('access-control-allow-origin', '*');
    reply.header('access-control-allow-headers', 'authorization, content-type');
    reply.header('access-control-allow-methods', 'GET, POST, OPTIONS');
    return payload;
  });
  for (const url of ['/cds-services', '/cds-services/handcheck-patient-view']) {
    app.options(url, { config: { auth: 'none' } }, async (_request, reply) => reply.code(204).send());
  }

  app.get('/cds-services', { config: { auth: 'none' } }, async () => cdsDiscovery());

  app.post('/cds-services/handcheck-patient-view', { config: { auth: 'none' } }, async (request, reply) => {
    // Cards carry health data: no cache keeps them.
    reply.header('cache-control', 'no-store');
    const base = baseUrl(request, publicUrl);
    // `aud` is the URL the EHR called: this service's own (HANDCHECK_PUBLIC_URL beyond localhost).
    await verify(db, request.headers.authorization, `${base}/cds-services/handcheck-patient-view`);
    const parsed = CdsPatientViewRequest.safeParse(request.body);
    if (!parsed.success) {
      const fields = fieldErrors(parsed.error);
      throw new HttpError(400, 'invalid_input', describeErrors(fields), fields);
    }
    const req = parsed.data;
    const record = await db.transaction(async (tx) => {
      const id = await findPatient(tx, req);
      if (!id) return undefined;
      await audit(tx, { actor: null, action: 'cds.patient_view', patient: id, target: req.context.userId });
      return loadPatientRecord(tx, id);
    });
    if (!record) return { cards: [] };
    return {
      cards: patientViewCards(record, serverToday(), {
        patientPage: `${base}/clinician/patients/${record.patient.id}`,
        ...(canonicalBase(publicUrl) ? { canonicalBase: canonicalBase(publicUrl) } : {}),
      }),
    };
  });
};
