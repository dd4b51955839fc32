import { Treatment } from '@handcheck/core';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { currentUser } from '../auth/guard';
import { notFound } from '../http/errors';
import { audited, found } from '../repos/audit';
import { createTreatment, deleteTreatment, listTreatments, updateTreatment } from '../repos/treatments';
import type { RouteDeps } from './deps';
import { IdParams } from './schemas';

export const treatmentRoutes: FastifyPluginAsyncZod<RouteDeps> = async (app, { db }) => {
  const patient = { config: { auth: 'patient' as const } };

  app.get('/api/treatments', patient, async (request) => {
    const me = currentUser(request);
    const items = await audited(db, { actor: me.id, action: 'treatment.list', patient: me.id }, (tx) =>
      listTreatments(tx, me.id),
    );
    return { items };
  });

  app.post('/api/treatments', { ...patient, schema: { body: Treatment } }, async (request, reply) => {
    const me = currentUser(request);
    const stored = await audited(
      db,
      { actor: me.id, action: 'treatment.create', patient: me.id, target: (t: { id: string }) => t.id },
      (tx) => createTreatment(tx, me.id, request.body),
    );
    return reply.code(201).send(stored);
  });

  app.put(
    '/api/treatments/:id',
    { ...patient, schema: { params: IdParams, body: Treatment } },
    async (request) => {
      const me = currentUser(request);
      const { id } = request.params;
      const stored = await audited(
        db,
        { actor: me.id, action: 'treatment.update', allowed: found, patient: me.id, target: () => id },
        (tx) => updateTreatment(tx, me.id, id, request.body),
      );
      if (!stored) throw notFound('That treatment');
      return stored;
    },
  );

  app.delete('/api/treatments/:id', { ...patient, schema: { params: IdParams } }, async (request, reply) => {
    const me = currentUser(request);
    const { id } = request.params;
    const deleted = await audited(
      db,
      { actor: me.id, action: 'treatment.delete', allowed: found, patient: me.id, target: () => id },
      (tx) => deleteTreatment(tx, me.id, id),
    );
    if (!deleted) throw notFound('That treatment');
    return reply.code(204).send();
  });
};
