import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { awaitingApproval, currentUser } from '../auth/guard';
import { releaseSlots, takeSlots } from '../auth/limits';
import { normalizeShareCode } from '../auth/tokens';
import { forbidden, HttpError, notFound } from '../http/errors';
import { audit, auditEach, audited, found } from '../repos/audit';
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
export const shareRoutes: FastifyPluginAsyncZod<RouteDeps> = async (app, { db, limits }) => {
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
    if (me.role === 'patient') {
      const items = await audited(
        db,
        { actor: me.id, action: 'share.list', patient: me.id, allowed: () => true },
        (tx) => listSharesOfPatient(tx, me.id),
      );
      return { items };
    }
    if (me.role === 'clinician') {
      // Who shares with a clinician is health information about each of them: one row per patient.
      if (await awaitingApproval(request)) return { items: [], awaitingApproval: true };
      return db.transaction(async (tx) => {
        const items = await listSharesWithClinician(tx, me.id);
        await auditEach(
          tx,
          { actor: me.id, action: 'share.list' },
          items.map((i) => i.patient.id),
        );
        return { items };
      });
    }
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
        { actor: me.id, action: 'share.revoke', allowed: found, patient: me.id, target: () => clinicianId },
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
      if (await awaitingApproval(request))
        throw new HttpError(
          403,
          'awaiting_approval',
          'An administrator has not approved this clinician account yet; patients can be added once it is.',
        );
      // 31^8 codes, 10 wrong guesses per 15 minutes per clinician: guessing is hopeless. The slot
      // is taken before the code is looked at, so parallel guesses cannot all be judged.
      const slot = { scope: 'share_redeem', key: me.id } as const;
      await takeSlots(db, [slot], limits);
      const code = normalizeShareCode(request.body.code);
      const patient = await db.transaction(async (tx) => {
        const p = await redeemShareCode(tx, me.id, code);
        if (p) await audit(tx, { actor: me.id, action: 'share.redeem', patient: p.id });
        else await audit(tx, { actor: me.id, action: 'share.redeem', patient: null, outcome: 'refused' });
        return p;
      });
      if (!patient) {
        throw new HttpError(
          404,
          'invalid_code',
          'That code is not valid: it may be mistyped, already used or older than 72 hours. Ask the patient for a new one.',
        );
      }
      await releaseSlots(db, [slot]);
      return { patient };
    },
  );
};
