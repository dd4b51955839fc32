import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { canReadPatient, currentUser } from '../auth/guard';
import { notFound } from '../http/errors';
import { audited } from '../store/audited';
import { loadPatientRecord } from '../store/record';
import type { RouteDeps } from '.';
import { IdParams } from './schemas';

/** What a clinician sees of the patients who shared with them (the panel is added here too). */
export const clinicianRoutes: FastifyPluginAsyncZod<RouteDeps> = async (app, { db }) => {
  app.get(
    '/api/clinician/patients/:id',
    { config: { auth: 'clinician' }, schema: { params: IdParams } },
    async (request) => {
      const me = currentUser(request);
      const { id } = request.params;
      const record = await audited(db, { actor: me.id, action: 'record.read', patient: id }, async (tx) =>
        (await canReadPatient(tx, me, id)) ? loadPatientRecord(tx, id) : undefined,
      );
      // Not shared and not there look the same: an id's existence leaks nothing.
      if (!record) throw notFound('That patient');
      return record;
    },
  );
};
