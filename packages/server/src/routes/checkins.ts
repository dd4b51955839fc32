import { CheckIn, checkInDateProblems, IsoDate } from '@handcheck/core';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { currentUser } from '../auth/guard';
import { HttpError, InvalidInput, notFound } from '../http/errors';
import { listVersions } from '../record/read';
import type { AmendResult } from '../record/service';
import { audited, found } from '../repos/audit';
import { getCheckIn, listCheckIns } from '../repos/checkins';
import { serverToday } from './careShared';
import type { RouteDeps } from './deps';
import { IdParams } from './schemas';

const Range = z.strictObject({ from: IsoDate.optional(), to: IsoDate.optional() });
/** A key the phone made for a check-in kept offline: a retry with it never stores the check-in twice. */
const ClientKey = z.looseObject({
  'idempotency-key': z
    .string()
    .regex(/^[A-Za-z0-9_-]{8,100}$/, { error: 'must be 8–100 letters, digits, "-" or "_"' })
    .optional(),
});

const Amend = z.strictObject({
  version: z.number().int().min(1, { error: 'must be the version you are amending (1 or more)' }),
  checkIn: CheckIn,
});

/** A check-in more than a day after the server's today is refused, naming the field. */
function refuseFutureDate(checkIn: { date: string }, prefix: string): void {
  const problems = checkInDateProblems(checkIn, serverToday());
  if (problems.length > 0)
    throw new InvalidInput(problems.map((p) => ({ ...p, field: `${prefix}${p.field}` })));
}

/** A patient's own check-ins. The server re-assesses with core on every save and keeps what it said. */
export const checkInRoutes: FastifyPluginAsyncZod<RouteDeps> = async (app, { db, record }) => {
  const patient = { config: { auth: 'patient' as const } };

  app.post(
    '/api/checkins',
    { ...patient, schema: { body: CheckIn, headers: ClientKey } },
    async (request, reply) => {
      const me = currentUser(request);
      refuseFutureDate(request.body, '');
      const key = request.headers['idempotency-key'] as string | undefined;
      // Audited as `audited` does, with the audit row written by the save's own statement.
      const result = await record.submitCheckIn(
        db,
        me.id,
        request.body,
        { actor: me.id, action: 'checkin.create' },
        key,
      );
      // A retry gets the check-in stored the first time (200), never a second one.
      return reply.code(result.replay ? 200 : 201).send(result.stored);
    },
  );

  app.get('/api/checkins', { ...patient, schema: { querystring: Range } }, async (request) => {
    const me = currentUser(request);
    const items = await audited(db, { actor: me.id, action: 'checkin.list', patient: me.id }, (tx) =>
      listCheckIns(tx, me.id, request.query),
    );
    return { items };
  });

  app.get('/api/checkins/:id', { ...patient, schema: { params: IdParams } }, async (request) => {
    const me = currentUser(request);
    const { id } = request.params;
    const stored = await audited(
      db,
      { actor: me.id, action: 'checkin.read', allowed: found, patient: me.id, target: () => id },
      (tx) => getCheckIn(tx, me.id, id),
    );
    if (!stored) throw notFound('That check-in');
    return stored;
  });

  app.put('/api/checkins/:id', { ...patient, schema: { params: IdParams, body: Amend } }, async (request) => {
    const me = currentUser(request);
    refuseFutureDate(request.body.checkIn, 'checkIn.');
    const { id } = request.params;
    const result = await audited(
      db,
      {
        actor: me.id,
        action: 'checkin.amend',
        patient: me.id,
        target: () => id,
        allowed: (r: AmendResult) => r.ok,
      },
      (tx) => record.amendCheckIn(tx, me.id, id, request.body.version, request.body.checkIn),
    );
    if (result.ok) return result.checkIn;
    if (result.reason === 'not_found') throw notFound('That check-in');
    throw new HttpError(
      409,
      'version_conflict',
      `This check-in was changed elsewhere (it is now version ${result.currentVersion}, you sent ${request.body.version}). Reload it and make your change again.`,
    );
  });

  app.delete('/api/checkins/:id', { ...patient, schema: { params: IdParams } }, async (request, reply) => {
    const me = currentUser(request);
    const { id } = request.params;
    const deleted = await audited(
      db,
      { actor: me.id, action: 'checkin.delete', allowed: found, patient: me.id, target: () => id },
      (tx) => record.deleteCheckIn(tx, me.id, id),
    );
    if (!deleted) throw notFound('That check-in');
    return reply.code(204).send();
  });

  app.get('/api/checkins/:id/versions', { ...patient, schema: { params: IdParams } }, async (request) => {
    const me = currentUser(request);
    const { id } = request.params;
    const items = await audited(
      db,
      { actor: me.id, action: 'checkin.versions', allowed: found, patient: me.id, target: () => id },
      (tx) => listVersions(tx, me.id, id),
    );
    if (!items) throw notFound('That check-in');
    return { items };
  });
};
