import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Db, Queryable } from '../db';
import { forbidden, HttpError, unauthorized } from '../http/errors';
import { isApproved, type Role, type User } from '../repos/accounts';
import { hasActiveShare } from '../repos/shares';
import { findSession, type Session } from './sessions';

export const SESSION_COOKIE = '__Host-hc_session';

/**
 * Who may call a route, set per route as `config: { auth }`:
 * - `none`: anyone (sign-in, health, the ICS feed, which carries its own token);
 * - `optional`: anyone, with the session when there is one (sign-out);
 * - a role or `any`: signed in, with that role.
 */
export type AuthRule = 'none' | 'optional' | 'any' | Role;

declare module 'fastify' {
  interface FastifyContextConfig {
    auth?: AuthRule;
  }
  interface FastifyRequest {
    session: Session | null;
  }
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Reads the session cookie, enforces the route's rule, then the CSRF header on state changes. */
export function authHook(db: Db) {
  return async (request: FastifyRequest, _reply: FastifyReply): Promise<void> => {
    const rule = request.routeOptions.config.auth ?? 'any';
    if (rule === 'none') return;
    const token = request.cookies[SESSION_COOKIE];
    request.session = token ? ((await findSession(db, token)) ?? null) : null;
    const session = request.session;
    if (!session) {
      if (rule === 'optional') return;
      throw unauthorized();
    }
    if (rule !== 'any' && rule !== 'optional' && session.user.role !== rule) {
      throw forbidden(`This is for ${rule === 'admin' ? 'administrators' : `${rule}s`} only.`);
    }
    // SameSite=Lax already stops most cross-site posts; the header (which a form cannot set) stops the rest.
    if (!SAFE_METHODS.has(request.method) && request.headers['x-csrf-token'] !== session.csrfToken) {
      throw new HttpError(
        403,
        'csrf',
        'The x-csrf-token header is missing or wrong. Reload the page and try again.',
      );
    }
  };
}

/** The signed-in user (for routes whose rule guarantees one). */
export function currentUser(request: FastifyRequest): User {
  if (!request.session) throw unauthorized();
  return request.session.user;
}

/**
 * May `user` read this patient's health data? The person themself; a clinician with an active
 * share; nobody else (an admin manages accounts and reads no health data). Every route that
 * touches another person's record calls this; refusals are 404 so an id's existence leaks nothing.
 */
export async function canReadPatient(db: Queryable, user: User, patientId: string): Promise<boolean> {
  if (user.role === 'patient') return user.id === patientId;
  if (user.role !== 'clinician') return false;
  // Only an approved clinician reads anything (checked in the same transaction as the share).
  return (await isApproved(db, user.id)) && hasActiveShare(db, patientId, user.id);
}

/** A clinician whose account an administrator has not approved yet: sees no patient. */
export function awaitingApproval(request: FastifyRequest): boolean {
  const s = request.session;
  return s !== null && s.user.role === 'clinician' && !s.approved;
}
