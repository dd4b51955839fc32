import { decodeClientDataJSON } from '@simplewebauthn/server/helpers';
import type { FastifyRequest } from 'fastify';
import type { Queryable } from '../db';
import { HttpError } from '../http/errors';
import { type ChallengePurpose, consumeChallenge, saveChallenge } from '../repos/passkeys';
import { tokenHash } from './tokens';

/** How long a person has to touch the sensor after asking; the browser's own timeout is shorter. */
export const CHALLENGE_SECONDS = 5 * 60;
/** Told to the browser (ms): long enough for someone slow with sore hands, within the challenge's life. */
export const CEREMONY_TIMEOUT_MS = 3 * 60 * 1000;

export const RP_NAME = 'HandCheck';

/**
 * Where passkeys belong (WebAuthn §5.1.4 "RP ID", §13.4.9 origin check): the host name and origin
 * of `HANDCHECK_PUBLIC_URL` when set, else of the request (`Host`, and `X-Forwarded-Proto` with
 * `HANDCHECK_TRUST_PROXY=1`). A passkey made for one host name never works on another.
 */
export function relyingParty(
  request: FastifyRequest,
  publicUrl: string | undefined,
): { id: string; origin: string } {
  let url: URL;
  try {
    url = new URL(publicUrl ?? `${request.protocol}://${request.host}`);
  } catch {
    throw new HttpError(400, 'bad_host', 'The Host header is not a valid host name.');
  }
  return { id: url.hostname, origin: url.origin };
}

export function rememberChallenge(
  db: Queryable,
  challenge: string,
  purpose: ChallengePurpose,
  userId: string | null,
): Promise<void> {
  return saveChallenge(db, { hash: tokenHash(challenge), purpose, userId, seconds: CHALLENGE_SECONDS });
}

/**
 * Uses up the challenge the browser signed (read from its clientDataJSON) and returns it, or
 * refuses: never handed out, already used, or expired. The library then checks the signature
 * covers exactly this challenge, origin and RP ID.
 */
export async function takeChallenge(
  db: Queryable,
  clientDataJSON: string,
  purpose: ChallengePurpose,
  userId: string | null,
): Promise<string> {
  let challenge: unknown;
  try {
    challenge = decodeClientDataJSON(clientDataJSON).challenge;
  } catch {
    throw new HttpError(400, 'passkey_rejected', 'The passkey answer could not be read. Please try again.');
  }
  if (typeof challenge !== 'string' || challenge === '') {
    throw new HttpError(400, 'passkey_rejected', 'The passkey answer has no challenge. Please try again.');
  }
  const state = await consumeChallenge(db, { hash: tokenHash(challenge), purpose, userId });
  if (state === 'expired') {
    throw new HttpError(
      400,
      'passkey_expired',
      'That took too long and the request expired. Please try again.',
    );
  }
  if (state === 'missing') {
    throw new HttpError(
      400,
      'passkey_challenge',
      'This passkey request was not made here or was already used. Please try again.',
    );
  }
  return challenge;
}
