/**
 * CDS Hooks 2.0 (https://cds-hooks.hl7.org/2.0/): the EHR discovers our one service and calls it
 * when a clinician opens a chart (`patient-view`). Cards come from core `patientViewCards`.
 *
 * SECURITY — read before deploying. The CDS Hooks spec (§ "Trusting CDS Clients") has the EHR sign
 * each call with a JWT (iss, aud, exp, jti) whose key the service fetches from the EHR's JWKS URL;
 * a production deployment must verify that JWT (and use TLS). This server does not do that yet.
 * Instead:
 * - when `HANDCHECK_CDS_TOKEN` is set, every call must carry `Authorization: Bearer <that token>`
 *   (a shared secret configured in the EHR), compared in constant time;
 * - when it is not set, only calls from this machine (loopback) are answered, for trying the
 *   service with a local CDS sandbox.
 * Either way a patient is answered only if they share their record with at least one clinician,
 * and each answer is audited (actor unknown, target = the EHR's user id).
 */
import { timingSafeEqual } from 'node:crypto';
import cors from '@fastify/cors';
import {
  CdsPatientViewRequest,
  cdsDiscovery,
  describeErrors,
  fieldErrors,
  patientViewCards,
} from '@handcheck/core';
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Queryable } from '../db';
import { HttpError } from '../http/errors';
import { loadPatientRecord } from '../record/read';
import { audit } from '../repos/audit';
import { findSharingPatient } from '../repos/shares';
import { baseUrl, serverToday } from './careShared';
import type { RouteDeps } from './deps';

/** Our patient identifier system in exported FHIR (core `fhir/codes.ts` `idSystem('patient')`). */
const PATIENT_ID_SYSTEM = 'https://handcheck.example/fhir/id/patient';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function checkCaller(request: FastifyRequest, expected: string | undefined): void {
  if (!expected) {
    const ip = request.socket.remoteAddress ?? '';
    if (ip === '127.0.0.1' || ip === '::1' || ip === '::ffff:127.0.0.1') return;
    throw new HttpError(
      401,
      'cds_unauthorized',
      'CDS Hooks calls from other machines need HANDCHECK_CDS_TOKEN set on the server and sent as a Bearer token.',
    );
  }
  const sent = /^Bearer\s+(.+)$/i.exec(request.headers.authorization ?? '')?.[1]?.trim() ?? '';
  const a = Buffer.from(sent);
  const b = Buffer.from(expected);
  if (a.length !== b.length || !timingSafeEqual(a, b)) {
    throw new HttpError(401, 'cds_unauthorized', 'Send Authorization: Bearer <the HandCheck CDS token>.');
  }
}

/**
 * Our patient for the EHR's: by our own id in `context.patientId`, else by the Patient in
 * `prefetch.patient` (our identifier, or an e-mail address). Only patients who share with a
 * clinician; undefined otherwise.
 */
async function findPatient(db: Queryable, req: CdsPatientViewRequest): Promise<string | undefined> {
  const candidates: ({ id: string } | { email: string })[] = [];
  if (UUID.test(req.context.patientId)) candidates.push({ id: req.context.patientId });
  const patient = req.prefetch?.patient as
    | {
        identifier?: { system?: string; value?: string }[];
        telecom?: { system?: string; value?: string }[];
      }
    | undefined;
  for (const i of patient?.identifier ?? []) {
    if (i.system === PATIENT_ID_SYSTEM && i.value && UUID.test(i.value)) candidates.push({ id: i.value });
    else if (i.value?.includes('@')) candidates.push({ email: i.value.toLowerCase() });
  }
  for (const t of patient?.telecom ?? []) {
    if (t.system === 'email' && t.value) candidates.push({ email: t.value.toLowerCase() });
  }
  for (const c of candidates) {
    const id = await findSharingPatient(db, c);
    if (id) return id;
  }
  return undefined;
}

export const cdsRoutes: FastifyPluginAsyncZod<RouteDeps> = async (app, deps) => {
  await app.register(cdsService, { ...deps, prefix: '/cds-services' });
};

/** The service itself, under /cds-services (so the CORS preflight route covers only that path). */
const cdsService: FastifyPluginAsyncZod<RouteDeps> = async (app, { db, config: { publicUrl, cdsToken } }) => {
  // Every route here checks its caller itself (`checkCaller`), the CORS preflight route included.
  app.addHook('onRoute', (route) => {
    route.config = { ...route.config, auth: 'none' };
  });
  // CDS clients may call from a browser: the spec asks services to allow CORS. Calls carry a bearer
  // token, never our cookie, so any origin may ask.
  await app.register(cors, {
    origin: '*',
    allowedHeaders: ['authorization', 'content-type'],
    methods: ['GET', 'POST', 'OPTIONS'],
    optionsSuccessStatus: 204,
  });

  app.get('/', { config: { auth: 'none' } }, async () => cdsDiscovery());

  app.post('/handcheck-patient-view', { config: { auth: 'none' } }, async (request, reply) => {
    checkCaller(request, cdsToken);
    // Cards carry health data: no cache keeps them.
    reply.header('cache-control', 'no-store');
    const parsed = CdsPatientViewRequest.safeParse(request.body);
    if (!parsed.success) {
      const fields = fieldErrors(parsed.error);
      throw new HttpError(400, 'invalid_input', describeErrors(fields), fields);
    }
    const req = parsed.data;
    const base = baseUrl(request, publicUrl);
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
      }),
    };
  });
};
