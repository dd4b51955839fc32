import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { clearFailures, recordFailure, tooManyFailures } from '../auth/failures';
import { currentUser, SESSION_COOKIE } from '../auth/guard';
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
import { createUser, findUserByEmail, publicUser, type User } from '../repos/accounts';
import { audit } from '../repos/audit';
import type { RouteDeps } from './deps';

const Email = z
  .email({ error: 'must be an email address' })
  .max(254)
  .transform((e) => e.toLowerCase());

const SignUp = z.strictObject({
  email: Email,
  password: z.string({ error: 'is required (string)' }).max(MAX_PASSWORD_LENGTH),
  name: z.string().trim().min(1).max(100).optional(),
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
): Promise<{ user: User; csrfToken: string }> {
  // A new session on every sign-in (ASVS 7.2.4); the one this browser had, if any, ends.
  const old = request.cookies[SESSION_COOKIE];
  if (old) await deleteSession(db, tokenHash(old));
  return startSession(db, reply, publicUser(user), action);
}

export const authRoutes: FastifyPluginAsyncZod<RouteDeps> = async (app, { db }) => {
  app.post(
    '/api/auth/signup',
    { config: { auth: 'none' }, schema: { body: SignUp } },
    async (request, reply) => {
      const { email, password, name, role } = request.body;
      const problem = passwordProblem(password, email);
      if (problem) throw new InvalidInput([{ field: 'password', message: problem }]);
      const passwordHash = await hashPassword(password);
      const user = await db.transaction((tx) =>
        createUser(tx, { email, passwordHash, role, name: name ?? null }),
      );
      if (!user)
        throw new HttpError(
          409,
          'email_taken',
          'An account with this email already exists. Sign in instead.',
        );
      reply.code(201);
      return startSession(db, reply, user, 'signup');
    },
  );

  app.post(
    '/api/auth/signin',
    { config: { auth: 'none' }, schema: { body: SignIn } },
    async (request, reply) => {
      const { email, password } = request.body;
      if (
        (await tooManyFailures(db, 'signin_email', email)) ||
        (await tooManyFailures(db, 'signin_ip', request.ip))
      ) {
        throw new HttpError(
          429,
          'too_many_attempts',
          'Too many failed sign-ins. Wait 15 minutes and try again.',
        );
      }
      const user = await findUserByEmail(db, email);
      const ok = await verifyPassword(user?.passwordHash ?? (await dummyHash()), password);
      if (!user || !ok) {
        await recordFailure(db, 'signin_email', email);
        await recordFailure(db, 'signin_ip', request.ip);
        throw new HttpError(401, 'wrong_credentials', 'The email or the password is not right.');
      }
      if (user.disabled)
        throw new HttpError(403, 'disabled', 'This account has been disabled. Ask your administrator.');
      await clearFailures(db, 'signin_email', email);
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
    return { user: publicUser(session.user), csrfToken: session.csrfToken };
  });
};
