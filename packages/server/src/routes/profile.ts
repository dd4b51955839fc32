import { Context, contextDateProblems } from '@handcheck/core';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { currentUser } from '../auth/guard';
import { InvalidInput } from '../http/errors';
import { audited } from '../store/audited';
import { loadContext, saveContext } from '../store/profiles';
import type { RouteDeps } from '.';
import { serverToday } from './careShared';

export const profileRoutes: FastifyPluginAsyncZod<RouteDeps> = async (app, { db }) => {
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
      // A medicine course that starts after today is a mistake (a planned start is not a course yet).
      const problems = contextDateProblems(context, serverToday());
      if (problems.length > 0)
        throw new InvalidInput(problems.map((p) => ({ ...p, field: `context.${p.field}` })));
      await audited(db, { actor: me.id, action: 'profile.update', patient: me.id }, (tx) =>
        saveContext(tx, me.id, context),
      );
      return { context };
    },
  );
};
