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
 *                              CDS Hooks trust and attempt limits (auth/deployment.ts `securitySettings`)
 *   HANDCHECK_ALERT_CONFIG     JSON overrides of core's alert thresholds, e.g. {"overdueDays": 28}
 */
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type AlertConfig, DEFAULT_ALERT_CONFIG, fieldErrors } from '@handcheck/core';
import { z } from 'zod';
import { type SecuritySettings, securitySettings } from './auth/deployment';

export const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));

export interface ServerConfig {
  readonly port: number;
  readonly host: string;
  /** The embedded database's folder (used when `databaseUrl` is not set). */
  readonly dataDir: string;
  readonly databaseUrl: string | undefined;
  readonly publicUrl: string | undefined;
  readonly trustProxy: boolean;
  /** Public URL, proxy hops, CDS trust and limits, checked together (auth/deployment.ts). */
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
  return {
    port,
    host: flags.host ?? e.HOST ?? '127.0.0.1',
    dataDir: dataDir ? resolve(cwd, dataDir) : join(REPO_ROOT, 'data'),
    databaseUrl: e.DATABASE_URL,
    publicUrl: e.HANDCHECK_PUBLIC_URL?.replace(/\/+$/, '') || undefined,
    trustProxy: e.HANDCHECK_TRUST_PROXY === '1' || e.HANDCHECK_TRUST_PROXY === 'true',
    security: securitySettings(env as NodeJS.ProcessEnv, flags.host ?? e.HOST ?? '127.0.0.1'),
    alerts: parseAlertConfig(e.HANDCHECK_ALERT_CONFIG),
    cwd,
  };
}

/** The settings of a server given nothing (tests, benchmarks): defaults everywhere. */
export function defaultConfig(overrides: Partial<ServerConfig> = {}): ServerConfig {
  return { ...loadConfig({}, {}), ...overrides };
}
