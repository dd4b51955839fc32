import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { currentUser } from '../auth/guard';
import { HttpError, notFound } from '../http/errors';
import { listUsers, setApproved, setDisabled } from '../repos/accounts';
import { audited, found } from '../repos/audit';
import type { RouteDeps } from './deps';
import { IdParams } from './schemas';

/** Account management. An admin sees accounts, never health data. */
export const adminRoutes: FastifyPluginAsyncZod<RouteDeps> = async (app, { db }) => {
  app.get('/api/admin/users', { config: { auth: 'admin' } }, async () => ({ items: await listUsers(db) }));

  app.patch(
    '/api/admin/users/:id',
    {
      config: { auth: 'admin' },
      schema: {
        params: IdParams,
        body: z.strictObject({ disabled: z.boolean().optional(), approved: z.literal(true).optional() }),
      },
    },
    async (request, reply) => {
      const me = currentUser(request);
      const { id } = request.params;
      if (id === me.id) throw new HttpError(400, 'own_account', 'You cannot disable your own account.');
      if (request.body.disabled !== undefined) {
        const disabled = request.body.disabled;
        const exists = await audited(
          db,
          {
            actor: me.id,
            action: disabled ? 'user.disable' : 'user.enable',
            patient: null,
            target: () => id,
            allowed: found,
          },
          (tx) => setDisabled(tx, id, disabled),
        );
        if (!exists) throw notFound('That account');
      }
      if (request.body.approved) {
        // Approving a clinician: from now on they see the patients who share with them.
        const approved = await audited(
          db,
          { actor: me.id, action: 'user.approve', patient: null, target: () => id, allowed: found },
          (tx) => setApproved(tx, id, true),
        );
        if (!approved) throw notFound('That clinician account');
      }
      return reply.code(204).send();
    },
  );
};
