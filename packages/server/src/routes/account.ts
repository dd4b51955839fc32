import { weeklyTimeline } from '@handcheck/core';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { currentUser, SESSION_COOKIE } from '../auth/guard';
import { notFound } from '../http/errors';
import { loadPatientRecord } from '../record/read';
import { deleteUser } from '../repos/accounts';
import { audit, audited, found } from '../repos/audit';
import { listCheckIns } from '../repos/checkins';
import { loadContext } from '../repos/contexts';
import type { RouteDeps } from './deps';

/** The person's record as a whole: timeline, export, and deleting it all. */
export const accountRoutes: FastifyPluginAsyncZod<RouteDeps> = async (app, { db }) => {
  app.get('/api/timeline', { config: { auth: 'patient' } }, async (request) => {
    const me = currentUser(request);
    return audited(db, { actor: me.id, action: 'timeline.read', patient: me.id }, async (tx) =>
      weeklyTimeline(await listCheckIns(tx, me.id), await loadContext(tx, me.id)),
    );
  });

  app.get('/api/export', { config: { auth: 'patient' } }, async (request, reply) => {
    const me = currentUser(request);
    const record = await audited(
      db,
      { actor: me.id, action: 'record.export', allowed: found, patient: me.id },
      (tx) => loadPatientRecord(tx, me.id),
    );
    if (!record) throw notFound('Your record');
    reply.header('content-disposition', 'attachment; filename="handcheck-record.json"');
    return record;
  });

  /** Everything of the person goes (by cascade); the audit log keeps only the ids. */
  app.delete('/api/account', async (request, reply) => {
    const me = currentUser(request);
    await db.transaction(async (tx) => {
      await audit(tx, {
        actor: me.id,
        action: 'account.delete',
        patient: me.role === 'patient' ? me.id : null,
      });
      await deleteUser(tx, me.id);
    });
    reply.clearCookie(SESSION_COOKIE, { httpOnly: true, secure: true, sameSite: 'lax', path: '/' });
    return reply.code(204).send();
  });
};
