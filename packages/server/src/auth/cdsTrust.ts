/**
 * Trusting CDS Hooks callers as the spec says (CDS Hooks 2.0 § "Trusting CDS Clients",
 * https://cds-hooks.hl7.org/2.0/#trusting-cds-clients): every call carries
 * `Authorization: Bearer <JWT>` signed by the EHR; the service checks the signature against the
 * EHR's published JWKS, that `iss` is an EHR it was configured to trust, that `aud` is the URL of
 * the service being called, that the token has not expired, and that its `jti` was never seen.
 *
 * Trusted EHRs are configured (`HANDCHECK_CDS_TRUSTED_EHRS`): each an issuer and the JWKS URL to
 * fetch its keys from (never a URL the token names). With none configured, every call is 401.
 * `HANDCHECK_CDS_DEV_SHARED_SECRET` is a development opt-in only: a fixed bearer secret instead of
 * a signed token, for trying the service with a local sandbox.
 */
import { timingSafeEqual } from 'node:crypto';
import { createRemoteJWKSet, decodeJwt, errors, type JWTVerifyGetKey, jwtVerify } from 'jose';
import { z } from 'zod';
import type { Queryable } from '../db';
import { HttpError } from '../http/errors';
import { claimJti, pruneJtis } from '../repos/cdsJti';

export interface TrustedEhr {
  /** The EHR's `iss` (the spec: the base URL of its FHIR server). */
  readonly issuer: string;
  /** Where its public keys are published (a JSON Web Key Set). */
  readonly jwksUrl: string;
}

export interface CdsTrust {
  readonly trustedEhrs: readonly TrustedEhr[];
  /** Development only: a bearer secret accepted instead of a signed JWT. */
  readonly devSharedSecret?: string | undefined;
}

/** What the spec recommends EHRs sign with, and a few common others; never `none` or HMAC. */
export const CDS_ALGORITHMS = [
  'ES384',
  'RS384',
  'ES256',
  'RS256',
  'PS256',
  'PS384',
  'ES512',
  'RS512',
  'EdDSA',
];
/** The spec: "exp … no more than 5 minutes in the future"; one minute of clock difference allowed. */
const MAX_LIFETIME_SECONDS = 5 * 60;
const CLOCK_TOLERANCE_SECONDS = 60;

const loopbackHost = (host: string) => host === 'localhost' || host === '127.0.0.1' || host === '[::1]';
const KeyUrl = z.url().refine(
  (u) => {
    const url = new URL(u);
    return url.protocol === 'https:' || (url.protocol === 'http:' && loopbackHost(url.hostname));
  },
  { error: 'must be an https:// URL (http:// only on this machine)' },
);
const TrustedEhrs = z.array(z.strictObject({ issuer: z.string().min(1).max(2000), jwksUrl: KeyUrl }));

/**
 * Reads `HANDCHECK_CDS_TRUSTED_EHRS`: a JSON array of `{"issuer": …, "jwksUrl": …}`. Throws a
 * message naming the problem (the server refuses to start rather than trusting the wrong thing).
 */
export function parseTrustedEhrs(text: string | undefined): TrustedEhr[] {
  if (!text || text.trim() === '') return [];
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new Error(
      'HANDCHECK_CDS_TRUSTED_EHRS must be JSON: [{"issuer": "https://ehr.example/fhir", "jwksUrl": "https://ehr.example/jwks.json"}]',
    );
  }
  const r = TrustedEhrs.safeParse(json);
  if (!r.success) {
    const first = r.error.issues[0];
    throw new Error(
      `HANDCHECK_CDS_TRUSTED_EHRS: ${first?.path.join('.') || 'the list'} ${first?.message ?? 'is not valid'}`,
    );
  }
  return r.data;
}

const unauthorized = (message: string) => new HttpError(401, 'cds_unauthorized', message);

/** What a verified call proved. */
export interface CdsCaller {
  readonly issuer: string;
  readonly via: 'jwt' | 'dev_shared_secret';
}

/**
 * A verifier for the configured EHRs. Each EHR's key set is fetched when first needed and cached
 * (jose's remote JWKS: kept 10 minutes, refetched at most every 30 s when a token names an
 * unknown key, so a rotated key is picked up without letting callers hammer the EHR).
 */
export function cdsVerifier(trust: CdsTrust) {
  const keySets = new Map<string, JWTVerifyGetKey>();
  for (const ehr of trust.trustedEhrs) {
    keySets.set(
      ehr.issuer,
      createRemoteJWKSet(new URL(ehr.jwksUrl), {
        cacheMaxAge: 10 * 60_000,
        cooldownDuration: 30_000,
        timeoutDuration: 5_000,
      }),
    );
  }

  return async function verify(
    db: Queryable,
    authorization: string | undefined,
    audience: string,
  ): Promise<CdsCaller> {
    const token = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? '')?.[1] ?? '';
    if (trust.devSharedSecret && token) {
      const a = Buffer.from(token);
      const b = Buffer.from(trust.devSharedSecret);
      if (a.length === b.length && timingSafeEqual(a, b)) return { issuer: 'dev', via: 'dev_shared_secret' };
    }
    if (keySets.size === 0) {
      throw unauthorized(
        'CDS Hooks calls are refused: no trusted EHR is configured on this server (HANDCHECK_CDS_TRUSTED_EHRS).',
      );
    }
    if (!token) throw unauthorized('Send the EHR’s signed JWT as Authorization: Bearer <token>.');
    let issuer: string;
    try {
      issuer = String(decodeJwt(token).iss ?? '');
    } catch {
      throw unauthorized('The bearer token is not a JWT.');
    }
    const keys = keySets.get(issuer);
    if (!keys) throw unauthorized('The token’s issuer (iss) is not an EHR this server trusts.');
    let payload: { jti?: unknown; exp?: number };
    try {
      ({ payload } = await jwtVerify(token, keys, {
        issuer,
        audience,
        algorithms: CDS_ALGORITHMS,
        requiredClaims: ['iss', 'aud', 'exp', 'jti'],
        clockTolerance: CLOCK_TOLERANCE_SECONDS,
      }));
    } catch (e) {
      throw unauthorized(reason(e, audience));
    }
    const now = Math.floor(Date.now() / 1000);
    const exp = payload.exp ?? 0;
    if (exp > now + MAX_LIFETIME_SECONDS + CLOCK_TOLERANCE_SECONDS)
      throw unauthorized('The token lives too long: exp must be at most 5 minutes ahead.');
    const jti = typeof payload.jti === 'string' ? payload.jti : '';
    if (jti === '' || jti.length > 500) throw unauthorized('The token has no usable jti.');
    // Used once: the first insert wins; kept until it would have expired anyway.
    const fresh = await claimJti(db, { issuer, jti, exp, toleranceSeconds: CLOCK_TOLERANCE_SECONDS });
    if (!fresh) throw unauthorized('This token was already used (jti replayed).');
    if (Math.random() < 0.05) await pruneJtis(db);
    return { issuer, via: 'jwt' };
  };
}

function reason(e: unknown, audience: string): string {
  if (e instanceof errors.JWTExpired) return 'The token has expired (exp).';
  if (e instanceof errors.JWTClaimValidationFailed) {
    if (e.claim === 'aud') return `The token’s audience (aud) must be ${audience}.`;
    return `The token’s ${e.claim} claim is not acceptable (${e.reason}).`;
  }
  if (e instanceof errors.JWKSNoMatchingKey || e instanceof errors.JWSSignatureVerificationFailed)
    return 'The token’s signature does not match the EHR’s published keys.';
  if (e instanceof errors.JOSEAlgNotAllowed)
    return 'The token is signed with an algorithm not accepted here.';
  if (e instanceof errors.JWKSTimeout || e instanceof errors.JWKSInvalid)
    return 'The EHR’s key set could not be read; the call cannot be verified.';
  return 'The token could not be verified.';
}
