/**
 * The security settings an operator gives in the environment, read once at start. A wrong value
 * stops the start with a message naming it: a server must never guess whom to trust.
 */
import { type CdsTrust, parseTrustedEhrs } from './cdsTrust';
import { LIMITS, type Limits } from './limits';

export interface SecuritySettings {
  /** Base of every absolute link (calendar feed, CDS cards, FHIR); required beyond localhost. */
  readonly publicUrl: string | undefined;
  /** Proxy hops to believe in X-Forwarded-For (0: none). */
  readonly trustProxy: number;
  readonly cds: CdsTrust;
  /** Limits changed from the defaults (auth/limits.ts). */
  readonly limits: Partial<Limits>;
}

const LOOPBACK_HOSTS = new Set(['127.0.0.1', '::1', 'localhost']);
export const isLoopbackHost = (host: string) => LOOPBACK_HOSTS.has(host) || host.startsWith('127.');

/**
 * `HANDCHECK_TRUST_PROXY`: unset, empty, 0 or false = trust no proxy; true/yes or 1 = one hop
 * (the reverse proxy in front); N = N hops (a CDN in front of it, …).
 */
export function parseTrustProxy(text: string | undefined): number {
  const t = (text ?? '').trim().toLowerCase();
  if (t === '' || t === '0' || t === 'false' || t === 'no') return 0;
  if (t === 'true' || t === 'yes') return 1;
  if (/^\d{1,2}$/.test(t)) return Number(t);
  throw new Error(
    `HANDCHECK_TRUST_PROXY must be the number of proxies in front of HandCheck (e.g. 1), got "${text}"`,
  );
}

export function parsePublicUrl(text: string | undefined): string | undefined {
  const t = text?.trim().replace(/\/+$/, '');
  if (!t) return undefined;
  let url: URL;
  try {
    url = new URL(t);
  } catch {
    throw new Error(
      `HANDCHECK_PUBLIC_URL must be an absolute URL such as https://handcheck.example (got "${text}")`,
    );
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    throw new Error(`HANDCHECK_PUBLIC_URL must start with https:// (got "${text}")`);
  return t;
}

/** Reads and checks the settings for a server that will listen on `host`. */
export function securitySettings(env: NodeJS.ProcessEnv, host: string): SecuritySettings {
  if (env.HANDCHECK_CDS_TOKEN)
    throw new Error(
      'HANDCHECK_CDS_TOKEN is no longer read: CDS Hooks calls are verified as signed JWTs. Set HANDCHECK_CDS_TRUSTED_EHRS (see the README), or for development only HANDCHECK_CDS_DEV_SHARED_SECRET.',
    );
  const publicUrl = parsePublicUrl(env.HANDCHECK_PUBLIC_URL);
  if (!publicUrl && !isLoopbackHost(host))
    throw new Error(
      `HANDCHECK_PUBLIC_URL is required when listening on ${host} (beyond this machine): set it to the address people use, e.g. https://handcheck.example. Links in calendar feeds, CDS cards and FHIR exports are built from it, never from a request's Host header.`,
    );
  const trustProxy = parseTrustProxy(env.HANDCHECK_TRUST_PROXY);
  if (!publicUrl && trustProxy > 0)
    throw new Error(
      "HANDCHECK_PUBLIC_URL is required with HANDCHECK_TRUST_PROXY: behind a proxy people reach HandCheck at another address, and links must not be built from a request's Host header.",
    );
  const devSharedSecret = env.HANDCHECK_CDS_DEV_SHARED_SECRET?.trim() || undefined;
  if (devSharedSecret && devSharedSecret.length < 16)
    throw new Error('HANDCHECK_CDS_DEV_SHARED_SECRET must be at least 16 characters.');
  const signups = env.HANDCHECK_SIGNUPS_PER_HOUR?.trim();
  if (signups && !/^\d{1,6}$/.test(signups))
    throw new Error(`HANDCHECK_SIGNUPS_PER_HOUR must be a whole number (got "${signups}")`);
  return {
    publicUrl,
    trustProxy,
    limits: signups ? { signup_ip: { limit: Number(signups), minutes: LIMITS.signup_ip.minutes } } : {},
    cds: { trustedEhrs: parseTrustedEhrs(env.HANDCHECK_CDS_TRUSTED_EHRS), devSharedSecret },
  };
}
