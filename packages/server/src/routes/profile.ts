import { Context } from '@handcheck/core';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { currentUser } from '../auth/guard';
import { audited } from '../repos/audit';
import { loadContext } from '../repos/profiles';
import type { RouteDeps } from './deps';

export const profileRoutes: FastifyPluginAsyncZod<RouteDeps> = async (app, { db, record }) => {
  app.get('/api/profile', { config: { auth: 'patient' } }, async (request) => {
    const me = currentUser(request);
    const context = await audited(db, { actor: me.id, action: 'profile.read', patient: me.id }, (tx) =>
      loadContext(tx, me.id),
    );
    return { context };
  });

  app.put(
    '/api/profile',
    { config: { auth: 'patient' }, schema: { body: z.strictObject({ context: Context }) } },
    async (request) => {
      const me = currentUser(request);
      const { context } = request.body;
      await audited(db, { actor: me.id, action: 'profile.update', patient: me.id }, (tx) =>
        record.saveContext(tx, me.id, context),
      );
      return { context };
    },
  );
};
