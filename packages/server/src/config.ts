/**
 * The server's settings, read once at start from the command's flags and the environment, checked
 * with zod, and passed down (to the app, the routes, the record service). Nothing else in the
 * server reads `process.env`. A bad value stops the command at start, with the setting named.
 *
 *   PORT, HOST                 where to listen (flags --port, --host win)
 *   DATABASE_URL               postgres://… : PostgreSQL; otherwise PGlite in the data folder
 *   HANDCHECK_DATA             the data folder (flag --data wins; default data/ at the repository root)
 *   HANDCHECK_PUBLIC_URL       base of absolute links (the calendar feed, FHIR, CDS cards)
 *   HANDCHECK_TRUST_PROXY      1/true behind a reverse proxy (X-Forwarded-For/-Proto)
 *   HANDCHECK_CDS_TRUSTED_EHRS, HANDCHECK_CDS_DEV_SHARED_SECRET, HANDCHECK_SIGNUPS_PER_HOUR
 *                              CDS Hooks trust and attempt limits (`securitySettings` below)
 *   HANDCHECK_ALERT_CONFIG     JSON overrides of core's alert thresholds, e.g. {"overdueDays": 28}
 */
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type AlertConfig, DEFAULT_ALERT_CONFIG, fieldErrors } from '@handcheck/core';
import { z } from 'zod';
import { type CdsTrust, parseTrustedEhrs } from './auth/cdsTrust';
import { LIMITS, type Limits } from './auth/limits';

export const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));

export interface ServerConfig {
  readonly port: number;
  readonly host: string;
  /** The embedded database's folder (used when `databaseUrl` is not set). */
  readonly dataDir: string;
  readonly databaseUrl: string | undefined;
  /** Base of absolute links (the same as `security.publicUrl`). */
  readonly publicUrl: string | undefined;
  /** Proxy hops to believe in X-Forwarded-For (the same as `security.trustProxy`). */
  readonly trustProxy: number;
  /** Public URL, proxy hops, CDS trust and limits, checked together (`securitySettings`). */
  readonly security: SecuritySettings;
  /** Alert thresholds in force (core's defaults unless HANDCHECK_ALERT_CONFIG says otherwise). */
  readonly alerts: AlertConfig;
  /** Where the person typed the command (npm runs scripts inside the package folder). */
  readonly cwd: string;
}

/** A setting that cannot be used; the message names it. */
export class ConfigError extends Error {}

const blankIsUnset = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);
const optionalText = z.preprocess(blankIsUnset, z.string().optional());

const Env = z.object({
  PORT: optionalText,
  HOST: optionalText,
  DATABASE_URL: optionalText,
  HANDCHECK_DATA: optionalText,
  HANDCHECK_PUBLIC_URL: optionalText,
  HANDCHECK_TRUST_PROXY: optionalText,
  HANDCHECK_ALERT_CONFIG: optionalText,
  HANDCHECK_CDS_TOKEN: optionalText,
  HANDCHECK_CDS_TRUSTED_EHRS: optionalText,
  HANDCHECK_CDS_DEV_SHARED_SECRET: optionalText,
  HANDCHECK_SIGNUPS_PER_HOUR: optionalText,
  INIT_CWD: optionalText,
});

const AlertConfigOverrides = z.strictObject({
  worseningPoints: z.number().min(0.5).max(10).optional(),
  baselineCheckIns: z.number().int().min(1).max(52).optional(),
  compositeGradeAtLeast: z.number().int().min(1).max(3).optional(),
  adherenceRiskWorstPain: z.number().min(0).max(10).optional(),
  overdueDays: z.number().int().min(7).max(365).optional(),
  overdueFollowsCadence: z.boolean().optional(),
  newPatternMinStrength: z.enum(['weak', 'moderate', 'strong']).optional(),
  resolvedAfterWeeks: z.number().int().min(1).max(26).optional(),
});

/**
 * Alert thresholds: core's defaults, overridden by the JSON object in `HANDCHECK_ALERT_CONFIG`
 * (e.g. `{"worseningPoints": 3, "overdueDays": 28}`) so a site can tune the load [aft39-alerts].
 */
export function parseAlertConfig(text: string | undefined): AlertConfig {
  if (!text?.trim()) return DEFAULT_ALERT_CONFIG;
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new ConfigError(`HANDCHECK_ALERT_CONFIG is not valid JSON (${(e as Error).message})`);
  }
  const parsed = AlertConfigOverrides.safeParse(json);
  if (!parsed.success) {
    const why = fieldErrors(parsed.error).map((f) => `${f.field} ${f.message}`);
    throw new ConfigError(`HANDCHECK_ALERT_CONFIG: ${why.join('; ')}`);
  }
  return { ...DEFAULT_ALERT_CONFIG, ...parsed.data } as AlertConfig;
}

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
  throw new ConfigError(
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
    throw new ConfigError(
      `HANDCHECK_PUBLIC_URL must be an absolute URL such as https://handcheck.example (got "${text}")`,
    );
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    throw new ConfigError(`HANDCHECK_PUBLIC_URL must start with https:// (got "${text}")`);
  return t;
}

/** Reads and checks the settings for a server that will listen on `host`. */
export function securitySettings(
  env: Readonly<Record<string, string | undefined>>,
  host: string,
): SecuritySettings {
  if (env.HANDCHECK_CDS_TOKEN)
    throw new ConfigError(
      'HANDCHECK_CDS_TOKEN is no longer read: CDS Hooks calls are verified as signed JWTs. Set HANDCHECK_CDS_TRUSTED_EHRS (see the README), or for development only HANDCHECK_CDS_DEV_SHARED_SECRET.',
    );
  const publicUrl = parsePublicUrl(env.HANDCHECK_PUBLIC_URL);
  if (!publicUrl && !isLoopbackHost(host))
    throw new ConfigError(
      `HANDCHECK_PUBLIC_URL is required when listening on ${host} (beyond this machine): set it to the address people use, e.g. https://handcheck.example. Links in calendar feeds, CDS cards and FHIR exports are built from it, never from a request's Host header.`,
    );
  const trustProxy = parseTrustProxy(env.HANDCHECK_TRUST_PROXY);
  if (!publicUrl && trustProxy > 0)
    throw new ConfigError(
      "HANDCHECK_PUBLIC_URL is required with HANDCHECK_TRUST_PROXY: behind a proxy people reach HandCheck at another address, and links must not be built from a request's Host header.",
    );
  const devSharedSecret = env.HANDCHECK_CDS_DEV_SHARED_SECRET?.trim() || undefined;
  if (devSharedSecret && devSharedSecret.length < 16)
    throw new ConfigError('HANDCHECK_CDS_DEV_SHARED_SECRET must be at least 16 characters.');
  const signups = env.HANDCHECK_SIGNUPS_PER_HOUR?.trim();
  if (signups && !/^\d{1,6}$/.test(signups))
    throw new ConfigError(`HANDCHECK_SIGNUPS_PER_HOUR must be a whole number (got "${signups}")`);
  return {
    publicUrl,
    trustProxy,
    limits: signups ? { signup_ip: { limit: Number(signups), minutes: LIMITS.signup_ip.minutes } } : {},
    cds: { trustedEhrs: parseTrustedEhrs(env.HANDCHECK_CDS_TRUSTED_EHRS), devSharedSecret },
  };
}

/** Flags of the command line that override the environment. */
export interface ConfigFlags {
  readonly port?: string | undefined;
  readonly host?: string | undefined;
  readonly data?: string | undefined;
}

/** Reads and checks every setting once. Throws `ConfigError` naming a bad one. */
export function loadConfig(
  flags: ConfigFlags = {},
  env: Readonly<Record<string, string | undefined>> = process.env,
): ServerConfig {
  const e = Env.parse(env);
  const portText = flags.port ?? e.PORT ?? '8080';
  const port = Number(portText);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new ConfigError(`--port must be 0–65535 (got "${portText}")`);
  const cwd = e.INIT_CWD ?? process.cwd();
  const dataDir = flags.data ?? e.HANDCHECK_DATA;
  const host = flags.host ?? e.HOST ?? '127.0.0.1';
  const security = securitySettings(e, host);
  return {
    port,
    host,
    dataDir: dataDir ? resolve(cwd, dataDir) : join(REPO_ROOT, 'data'),
    databaseUrl: e.DATABASE_URL,
    publicUrl: security.publicUrl,
    trustProxy: security.trustProxy,
    security,
    alerts: parseAlertConfig(e.HANDCHECK_ALERT_CONFIG),
    cwd,
  };
}

/** The settings of a server given nothing (tests, benchmarks): defaults everywhere. */
export function defaultConfig(overrides: Partial<ServerConfig> = {}): ServerConfig {
  return { ...loadConfig({}, {}), ...overrides };
}
