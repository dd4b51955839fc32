import { safeText } from '@handcheck/core';
import {
  type AuthenticationResponseJSON,
  generateAuthenticationOptions,
  generateRegistrationOptions,
  type RegistrationResponseJSON,
  verifyAuthenticationResponse,
  verifyRegistrationResponse,
} from '@simplewebauthn/server';
import { isoBase64URL } from '@simplewebauthn/server/helpers';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { currentUser } from '../auth/guard';
import { takeSlots } from '../auth/limits';
import {
  CEREMONY_TIMEOUT_MS,
  RP_NAME,
  relyingParty,
  rememberChallenge,
  takeChallenge,
} from '../auth/passkeys';
import { HttpError, notFound } from '../http/errors';
import { audited, found } from '../repos/audit';
import {
  addPasskey,
  findPasskey,
  listPasskeys,
  markPasskeyUsed,
  type PasskeySummary,
  removePasskey,
} from '../repos/passkeys';
import { signIn } from './auth';
import type { RouteDeps } from './deps';

// Credential ids are at most 1023 bytes (WebAuthn §5.4.3): 1364 base64url characters.
const Base64Url = z.string().regex(/^[A-Za-z0-9_-]*$/, { error: 'must be base64url' });
const CredentialId = Base64Url.min(1).max(1400);

/** What @simplewebauthn/browser's startRegistration() sends; the library checks the rest. */
const RegistrationResponse = z.looseObject({
  id: CredentialId,
  rawId: CredentialId,
  type: z.literal('public-key'),
  response: z.looseObject({
    clientDataJSON: Base64Url.max(20_000),
    attestationObject: Base64Url.max(150_000),
    transports: z.array(z.string().max(32)).max(10).optional(),
  }),
  clientExtensionResults: z.looseObject({}).default({}),
  authenticatorAttachment: z.enum(['platform', 'cross-platform']).optional(),
});

/** What @simplewebauthn/browser's startAuthentication() sends. */
const AuthenticationResponse = z.looseObject({
  id: CredentialId,
  rawId: CredentialId,
  type: z.literal('public-key'),
  response: z.looseObject({
    clientDataJSON: Base64Url.max(20_000),
    authenticatorData: Base64Url.max(20_000),
    signature: Base64Url.max(20_000),
    userHandle: Base64Url.max(200).optional(),
  }),
  clientExtensionResults: z.looseObject({}).default({}),
  authenticatorAttachment: z.enum(['platform', 'cross-platform']).optional(),
});

const RegisterVerify = z.strictObject({
  response: RegistrationResponse,
  /** Shown in the person's list ("Pixel phone"); defaults to "Passkey". */
  name: safeText(z.string().trim().min(1).max(60)).optional(),
});

const SignInVerify = z.strictObject({ response: AuthenticationResponse });

const rejected = (status: 400 | 401, e: unknown) =>
  new HttpError(
    status,
    'passkey_rejected',
    `The passkey could not be checked${e instanceof Error ? `: ${e.message}` : ''}. Please try again.`,
  );

/**
 * Passkeys (WebAuthn): a signed-in person adds, lists and removes theirs; anyone signs in with
 * one without typing (discoverable credentials, user verification required: the fingerprint, face
 * or phone PIN is the second factor). Challenges live in the database, single use, five minutes.
 */
export const passkeyRoutes: FastifyPluginAsyncZod<RouteDeps> = async (app, { db, publicUrl, limits }) => {
  app.get('/api/auth/passkeys', async (request) => ({
    items: await listPasskeys(db, currentUser(request).id),
  }));

  app.post('/api/auth/passkeys/register/options', async (request) => {
    const me = currentUser(request);
    const rp = relyingParty(request, publicUrl);
    const existing = await listPasskeys(db, me.id);
    const options = await generateRegistrationOptions({
      rpName: RP_NAME,
      rpID: rp.id,
      userName: me.email,
      userDisplayName: me.name ?? me.email,
      // The user handle the passkey gives back at sign-in: the account id, no personal data.
      userID: isoBase64URL.toBuffer(isoBase64URL.fromUTF8String(me.id)),
      timeout: CEREMONY_TIMEOUT_MS,
      attestationType: 'none',
      // One passkey per authenticator: the browser says so instead of making a duplicate.
      excludeCredentials: existing.map((p) => ({ id: p.id })),
      authenticatorSelection: {
        residentKey: 'required',
        requireResidentKey: true,
        userVerification: 'required',
      },
    });
    await rememberChallenge(db, options.challenge, 'register', me.id);
    return options;
  });

  app.post(
    '/api/auth/passkeys/register/verify',
    { schema: { body: RegisterVerify } },
    async (request, reply) => {
      const me = currentUser(request);
      const response = request.body.response as RegistrationResponseJSON;
      const challenge = await takeChallenge(db, response.response.clientDataJSON, 'register', me.id);
      const rp = relyingParty(request, publicUrl);
      const result = await verifyRegistrationResponse({
        response,
        expectedChallenge: challenge,
        expectedOrigin: rp.origin,
        expectedRPID: rp.id,
        requireUserVerification: true,
      }).catch((e: unknown) => {
        throw rejected(400, e);
      });
      if (!result.verified) throw rejected(400, null);
      const { credential } = result.registrationInfo;
      const passkey = await audited(
        db,
        {
          actor: me.id,
          action: 'passkey.add',
          patient: null,
          allowed: found,
          target: (p: PasskeySummary | undefined) => p?.id ?? null,
        },
        (tx) =>
          addPasskey(tx, {
            id: credential.id,
            userId: me.id,
            publicKey: credential.publicKey,
            counter: credential.counter,
            transports: credential.transports ?? [],
            name: request.body.name ?? 'Passkey',
          }),
      );
      if (!passkey)
        throw new HttpError(409, 'passkey_exists', 'This passkey is already registered. Nothing to add.');
      return reply.code(201).send({ passkey });
    },
  );

  app.delete(
    '/api/auth/passkeys/:id',
    { schema: { params: z.strictObject({ id: CredentialId }) } },
    async (request, reply) => {
      const me = currentUser(request);
      const { id } = request.params;
      // Someone else's passkey is "not found": its existence leaks nothing.
      const removed = await audited(
        db,
        { actor: me.id, action: 'passkey.remove', patient: null, target: () => id, allowed: found },
        (tx) => removePasskey(tx, me.id, id),
      );
      if (!removed) throw notFound('That passkey');
      return reply.code(204).send();
    },
  );

  // Sign-in: like POST /api/auth/signin, open to anyone and without the CSRF header (no session yet).
  app.post('/api/auth/passkeys/signin/options', { config: { auth: 'none' } }, async (request) => {
    // Each start stores a challenge: limited per client address, the slot taken atomically.
    await takeSlots(db, [{ scope: 'passkey_options_ip', key: request.ip }], limits);
    const rp = relyingParty(request, publicUrl);
    const options = await generateAuthenticationOptions({
      rpID: rp.id,
      // No allowCredentials: the authenticator offers the passkeys it holds for this site.
      userVerification: 'required',
      timeout: CEREMONY_TIMEOUT_MS,
    });
    await rememberChallenge(db, options.challenge, 'signin', null);
    return options;
  });

  app.post(
    '/api/auth/passkeys/signin/verify',
    { config: { auth: 'none' }, schema: { body: SignInVerify } },
    async (request, reply) => {
      const response = request.body.response as AuthenticationResponseJSON;
      const challenge = await takeChallenge(db, response.response.clientDataJSON, 'signin', null);
      const passkey = await findPasskey(db, response.id);
      if (!passkey)
        throw new HttpError(
          401,
          'unknown_passkey',
          'This passkey is not known here (it may have been removed). Sign in with your email and password.',
        );
      const handle = response.response.userHandle;
      if (handle && isoBase64URL.toUTF8String(handle) !== passkey.user.id) {
        throw rejected(401, new Error('the passkey belongs to another account'));
      }
      const rp = relyingParty(request, publicUrl);
      const result = await verifyAuthenticationResponse({
        response,
        expectedChallenge: challenge,
        expectedOrigin: rp.origin,
        expectedRPID: rp.id,
        credential: { id: passkey.id, publicKey: passkey.publicKey, counter: passkey.counter },
        requireUserVerification: true,
      }).catch((e: unknown) => {
        throw rejected(401, e);
      });
      if (!result.verified) throw rejected(401, null);
      // As with a password: only someone holding the key learns the account is disabled.
      if (passkey.user.disabled)
        throw new HttpError(403, 'disabled', 'This account has been disabled. Ask your administrator.');
      await markPasskeyUsed(db, passkey.id, result.authenticationInfo.newCounter);
      return signIn(db, request, reply, passkey.user, 'signin_passkey');
    },
  );
};
