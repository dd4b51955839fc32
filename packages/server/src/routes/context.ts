import { Context, contextDateProblems } from '@handcheck/core';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { currentUser } from '../auth/guard';
import { InvalidInput } from '../http/errors';
import { audited } from '../repos/audit';
import { ContextVersionConflict, loadVersionedContext } from '../repos/versions';
import { serverToday } from './careShared';
import type { RouteDeps } from './deps';

export const contextRoutes: FastifyPluginAsyncZod<RouteDeps> = async (app, { db, record }) => {
  app.get('/api/context', { config: { auth: 'patient' } }, async (request) => {
    const me = currentUser(request);
    // `version` goes back with the next save: a save from an older version gets 409 (no lost update).
    return audited(db, { actor: me.id, action: 'context.read', patient: me.id }, (tx) =>
      loadVersionedContext(tx, me.id),
    );
  });

  app.put(
    '/api/context',
    {
      config: { auth: 'patient' },
      schema: {
        body: z.strictObject({
          context: Context,
          /** The version this save was made from (from `GET /api/context`); left out = overwrite. */
          version: z
            .number()
            .int()
            .min(0, { error: 'must be the version you loaded (0 or more)' })
            .optional(),
        }),
      },
    },
    async (request, reply) => {
      const me = currentUser(request);
      const { context, version } = request.body;
      // A medicine course that starts after today is a mistake (a planned start is not a course yet).
      const problems = contextDateProblems(context, serverToday());
      if (problems.length > 0)
        throw new InvalidInput(problems.map((p) => ({ ...p, field: `context.${p.field}` })));
      try {
        // Through the record service: the panel row follows (the medicine's start moves its weeks).
        const saved = await audited(db, { actor: me.id, action: 'context.update', patient: me.id }, (tx) =>
          record.saveVersionedContext(tx, me.id, context, version),
        );
        return { context, version: saved };
      } catch (e) {
        if (!(e instanceof ContextVersionConflict)) throw e;
        const current = await loadVersionedContext(db, me.id);
        return reply.code(409).send({
          error: 'version_conflict',
          message: `Your details were changed elsewhere (they are now version ${current.version}, this save was made from version ${version}). Reload them, then make your change again.`,
          ...current,
        });
      }
    },
  );
};
