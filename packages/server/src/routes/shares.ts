import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { recordFailure, tooManyFailures } from '../auth/failures';
import { currentUser } from '../auth/guard';
import { normalizeShareCode } from '../auth/tokens';
import { forbidden, HttpError, notFound } from '../http/errors';
import { audit, audited } from '../repos/audit';
import {
  createShareCode,
  listSharesOfPatient,
  listSharesWithClinician,
  redeemShareCode,
  revokeShare,
} from '../repos/shares';
import type { RouteDeps } from './deps';
import { Id } from './schemas';

const Redeem = z.strictObject({ code: z.string().min(1).max(32) });

/** A patient gives a one-time code to a clinician, who redeems it; the patient can revoke at any time. */
export const shareRoutes: FastifyPluginAsyncZod<RouteDeps> = async (app, { db }) => {
  app.post('/api/shares/code', { config: { auth: 'patient' } }, async (request, reply) => {
    const me = currentUser(request);
    const code = await audited(db, { actor: me.id, action: 'share.code', patient: me.id }, (tx) =>
      createShareCode(tx, me.id),
    );
    return reply.code(201).send(code);
  });

  /** A patient sees whom they share with; a clinician sees who shares with them. */
  app.get('/api/shares', async (request) => {
    const me = currentUser(request);
    if (me.role === 'patient') return { items: await listSharesOfPatient(db, me.id) };
    if (me.role === 'clinician') return { items: await listSharesWithClinician(db, me.id) };
    throw forbidden('Sharing is between patients and clinicians.');
  });

  app.delete(
    '/api/shares/:clinicianId',
    { config: { auth: 'patient' }, schema: { params: z.strictObject({ clinicianId: Id }) } },
    async (request, reply) => {
      const me = currentUser(request);
      const { clinicianId } = request.params;
      const revoked = await audited(
        db,
        { actor: me.id, action: 'share.revoke', patient: me.id, target: () => clinicianId },
        (tx) => revokeShare(tx, me.id, clinicianId),
      );
      if (!revoked) throw notFound('That share');
      return reply.code(204).send();
    },
  );

  app.post(
    '/api/shares/redeem',
    { config: { auth: 'clinician' }, schema: { body: Redeem } },
    async (request) => {
      const me = currentUser(request);
      // 31^8 codes, 10 wrong guesses per 15 minutes per clinician: guessing is hopeless.
      if (await tooManyFailures(db, 'share_redeem', me.id)) {
        throw new HttpError(429, 'too_many_attempts', 'Too many wrong codes. Wait 15 minutes and try again.');
      }
      const code = normalizeShareCode(request.body.code);
      const patient = await db.transaction(async (tx) => {
        const p = await redeemShareCode(tx, me.id, code);
        if (p) await audit(tx, { actor: me.id, action: 'share.redeem', patient: p.id });
        return p;
      });
      if (!patient) {
        await recordFailure(db, 'share_redeem', me.id);
        throw new HttpError(
          404,
          'invalid_code',
          'That code is not valid: it may be mistyped, already used or older than 72 hours. Ask the patient for a new one.',
        );
      }
      return { patient };
    },
  );
};
