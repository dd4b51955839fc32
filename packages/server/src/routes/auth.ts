import { safeText } from '@handcheck/core';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { awaitingApproval, currentUser, SESSION_COOKIE } from '../auth/guard';
import { clearCounter, releaseSlots, type Slot, takeSlots } from '../auth/limits';
import {
  dummyHash,
  hashPassword,
  MAX_PASSWORD_LENGTH,
  passwordProblem,
  verifyPassword,
} from '../auth/passwords';
import { createSession, deleteSession, deleteUserSessions } from '../auth/sessions';
import { tokenHash } from '../auth/tokens';
import type { Db } from '../db';
import { HttpError, InvalidInput } from '../http/errors';
import { createUser, findUserByEmail, publicUser, setApproved, type User } from '../repos/accounts';
import { audit } from '../repos/audit';
import type { RouteDeps } from './deps';

const Email = z
  .email({ error: 'must be an email address' })
  .max(254)
  .transform((e) => e.toLowerCase());

const SignUp = z.strictObject({
  email: Email,
  password: z.string({ error: 'is required (string)' }).max(MAX_PASSWORD_LENGTH),
  name: safeText(z.string().trim().min(1).max(100)).optional(),
  role: z.enum(['patient', 'clinician']).default('patient'),
});

const SignIn = z.strictObject({
  email: Email,
  password: z.string().max(MAX_PASSWORD_LENGTH),
});

function setSessionCookie(reply: FastifyReply, token: string, maxAge: number) {
  reply.setCookie(SESSION_COOKIE, token, {
    httpOnly: true,
    secure: true,
    sameSite: 'lax',
    path: '/',
    maxAge,
  });
}

function clearSessionCookie(reply: FastifyReply) {
  reply.clearCookie(SESSION_COOKIE, { httpOnly: true, secure: true, sameSite: 'lax', path: '/' });
  reply.header('clear-site-data', '"cookies"');
}

/** Starts a session (and its audit row), sets the cookie; returns what sign-up and sign-in answer. */
async function startSession(db: Db, reply: FastifyReply, user: User, action: string) {
  const s = await db.transaction(async (tx) => {
    const s = await createSession(tx, user);
    await audit(tx, { actor: user.id, action, patient: null });
    return s;
  });
  setSessionCookie(reply, s.token, s.maxAgeSeconds);
  return { user: publicUser(user), csrfToken: s.csrfToken };
}

/** Signs `user` in (by password or passkey): `{user, csrfToken}` and the session cookie. */
export async function signIn(
  db: Db,
  request: FastifyRequest,
  reply: FastifyReply,
  user: User,
  action: string,
): Promise<{ user: User; csrfToken: string; awaitingApproval?: true }> {
  // A new session on every sign-in (ASVS 7.2.4); the one this browser had, if any, ends.
  const old = request.cookies[SESSION_COOKIE];
  if (old) await deleteSession(db, tokenHash(old));
  const started = await startSession(db, reply, publicUser(user), action);
  const waiting = user.role === 'clinician' && 'approved' in user && user.approved === false;
  return waiting ? { ...started, awaitingApproval: true as const } : started;
}

export const authRoutes: FastifyPluginAsyncZod<RouteDeps> = async (app, { db, limits }) => {
  /**
   * The same answer whether or not the e-mail already has an account (having one here implies
   * cancer treatment): 202 and no session; the web app then signs in with the same details. A
   * new clinician's account waits for an administrator's approval before any patient is shown.
   */
  app.post(
    '/api/auth/signup',
    { config: { auth: 'none' }, schema: { body: SignUp } },
    async (request, reply) => {
      const { email, password, name, role } = request.body;
      const problem = passwordProblem(password, email);
      if (problem) throw new InvalidInput([{ field: 'password', message: problem }]);
      await takeSlots(db, [{ scope: 'signup_ip', key: request.ip }], limits);
      // Hashed either way, so a known e-mail takes as long as a new one.
      const passwordHash = await hashPassword(password);
      await db.transaction(async (tx) => {
        const user = await createUser(tx, { email, passwordHash, role, name: name ?? null });
        if (user && role === 'clinician') await setApproved(tx, user.id, false);
        if (user) await audit(tx, { actor: user.id, action: 'signup', patient: null });
      });
      return reply.code(202).send({
        status: 'accepted',
        message:
          role === 'clinician'
            ? 'If this e-mail can be used, the account is ready: sign in with it. An administrator approves clinician accounts before any patient is shown.'
            : 'If this e-mail can be used, the account is ready: sign in with it.',
      });
    },
  );

  app.post(
    '/api/auth/signin',
    { config: { auth: 'none' }, schema: { body: SignIn } },
    async (request, reply) => {
      const { email, password } = request.body;
      // One slot per e-mail and per client address, taken atomically before anything is checked.
      const slots: Slot[] = [
        { scope: 'signin_email', key: email },
        { scope: 'signin_ip', key: request.ip },
      ];
      await takeSlots(db, slots, limits);
      const user = await findUserByEmail(db, email);
      const ok = await verifyPassword(user?.passwordHash ?? (await dummyHash()), password);
      if (!user || !ok) {
        await audit(db, {
          actor: user?.id ?? null,
          action: 'signin',
          patient: null,
          outcome: 'refused',
        });
        throw new HttpError(401, 'wrong_credentials', 'The email or the password is not right.');
      }
      if (user.disabled) {
        await releaseSlots(db, slots);
        throw new HttpError(403, 'disabled', 'This account has been disabled. Ask your administrator.');
      }
      await releaseSlots(db, slots);
      await clearCounter(db, slots[0] as Slot);
      return signIn(db, request, reply, user, 'signin');
    },
  );

  app.post('/api/auth/signout', { config: { auth: 'optional' } }, async (request, reply) => {
    if (request.session) await deleteSession(db, request.session.id);
    clearSessionCookie(reply);
    return reply.code(204).send();
  });

  app.post('/api/auth/signout-all', async (request, reply) => {
    const user = currentUser(request);
    await db.transaction(async (tx) => {
      await deleteUserSessions(tx, user.id);
      await audit(tx, { actor: user.id, action: 'signout_all', patient: null });
    });
    clearSessionCookie(reply);
    return reply.code(204).send();
  });

  app.get('/api/me', async (request) => {
    const session = request.session;
    if (!session) throw new HttpError(401, 'unauthorized', 'Please sign in first.');
    return {
      user: publicUser(session.user),
      csrfToken: session.csrfToken,
      ...(awaitingApproval(request) ? { awaitingApproval: true } : {}),
    };
  });
};
