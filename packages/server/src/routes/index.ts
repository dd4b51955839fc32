import type { FastifyPluginAsync } from 'fastify';
import { authHook } from '../auth/guard';
import { accountRoutes } from './account';
import { adminRoutes } from './admin';
import { authRoutes } from './auth';
import { cdsRoutes } from './cds';
import { checkInRoutes } from './checkins';
import { clinicianRoutes } from './clinician';
import { contextRoutes } from './context';
import type { RouteDeps } from './deps';
import { metaRoutes } from './meta';
import { passkeyRoutes } from './passkeys';
import { reminderRoutes } from './reminders';
import { reportRoutes } from './reports';
import { shareRoutes } from './shares';
import { treatmentRoutes } from './treatments';

export type { RouteDeps } from './deps';

/**
 * Every route, one file per concern. The auth hook runs on all of them: a route is for signed-in
 * users unless it says `config: { auth: 'none' }` (deny by default).
 */
export const registerRoutes: FastifyPluginAsync<RouteDeps> = async (app, deps) => {
  app.decorateRequest('session', null);
  app.addHook('onRequest', authHook(deps.db));
  for (const routes of [
    metaRoutes,
    authRoutes,
    passkeyRoutes,
    contextRoutes,
    reminderRoutes,
    checkInRoutes,
    treatmentRoutes,
    accountRoutes,
    shareRoutes,
    clinicianRoutes,
    reportRoutes,
    cdsRoutes,
    adminRoutes,
  ]) {
    await app.register(routes, deps);
  }
};
