import { existsSync } from 'node:fs';
import { join } from 'node:path';
import cookie from '@fastify/cookie';
import helmet from '@fastify/helmet';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import Fastify, { type FastifyInstance, type FastifyServerOptions, LogController } from 'fastify';
import { createJsonSchemaTransform } from 'fastify-type-provider-zod';
import type { CdsTrust } from './auth/cdsTrust';
import { type Limits, limitsWith } from './auth/limits';
import { defaultConfig, type ServerConfig } from './config';
import type { Db } from './db';
import { installErrorHandlers } from './http/errors';
import { refuseUnstorableText } from './http/text';
import { zodValidatorCompiler } from './http/validation';
import { RecordService } from './record/service';
import { registerRoutes } from './routes';

export interface AppOptions {
  readonly db: Db;
  /** The settings read at start (`loadConfig`); defaults when not given (tests). */
  readonly config?: ServerConfig | undefined;
  /** Pino options or `false` (tests). Request logs carry method, route pattern, status and time only. */
  readonly logger?: FastifyServerOptions['logger'];
  /** The built web app (`packages/web/dist`); served with a fallback to index.html for its routes. */
  readonly webRoot?: string | undefined;
  /** Base of absolute links (the calendar feed), e.g. `https://handcheck.example`; else from the request. */
  readonly publicUrl?: string | undefined;
  /**
   * Behind reverse proxies: how many hops of X-Forwarded-For/-Proto to trust (the attempt limits
   * count by client address). 0/false: none. Only the last N addresses are believed, so a client
   * cannot make up a fresh address by prefixing its own X-Forwarded-For.
   */
  readonly trustProxy?: number | boolean;
  /** Which EHRs may call CDS Hooks (none: every call is 401). */
  readonly cds?: CdsTrust | undefined;
  /** Attempt limits other than the defaults (auth/limits.ts). */
  readonly limits?: Partial<Limits> | undefined;
}

export const BODY_LIMIT = 256 * 1024;

declare module 'fastify' {
  interface FastifyInstance {
    /** The database the app was built on (tests and tools reach it through the app). */
    db: Db;
  }
}

/**
 * Fastify's `trustProxy` as a hop count (never `true`, which would believe every hop): hop 0 is
 * the socket's peer, hop 1 the address it put last in X-Forwarded-For, and so on.
 */
function proxyHops(trust: number | boolean | undefined): ((address: string, hop: number) => boolean) | false {
  const hops = trust === true ? 1 : Math.floor(Number(trust || 0));
  if (hops < 1) return false;
  return (_address, hop) => hop < hops;
}

/** The HTTP application, not listening: `inject()` it in tests, `listen()` it in `start`. */
export async function buildApp(opts: AppOptions): Promise<FastifyInstance> {
  const config = opts.config ?? defaultConfig();
  const app = Fastify({
    logger: opts.logger ?? false,
    // Fastify's own request log includes the URL with its query string; ours below does not.
    logController: new LogController({ disableRequestLogging: true }),
    bodyLimit: BODY_LIMIT,
    trustProxy: proxyHops(opts.trustProxy ?? config.trustProxy),
  });
  app.decorate('db', opts.db);
  app.setValidatorCompiler(zodValidatorCompiler);
  installErrorHandlers(app);
  // A NUL character or a lone surrogate anywhere in the input: 400 naming the field, before any route.
  app.addHook('preValidation', refuseUnstorableText);
  const webRoot = opts.webRoot && existsSync(join(opts.webRoot, 'index.html')) ? opts.webRoot : undefined;
  setNotFound(app, webRoot !== undefined);

  // Treat an empty JSON body (a DELETE sent with a JSON content type) as no body; reject
  // `__proto__`/`constructor` keys as the default parser does.
  app.removeContentTypeParser('application/json');
  const parseJson = app.getDefaultJsonParser('error', 'error');
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (request, body, done) => {
    if (body.length === 0) return done(null, undefined);
    parseJson(request, body.toString(), done);
  });

  app.addHook('onResponse', async (request, reply) => {
    request.log.info(
      {
        method: request.method,
        route: request.routeOptions.url ?? '(no route)',
        status: reply.statusCode,
        ms: Math.round(reply.elapsedTime),
      },
      'request',
    );
  });
  // Health data must not linger in caches (ASVS 14.3.2).
  app.addHook('onSend', async (request, reply, payload) => {
    if (request.url.startsWith('/api/') || request.url.startsWith('/ics/')) {
      reply.header('cache-control', 'no-store');
    }
    return payload;
  });

  await app.register(helmet, {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        fontSrc: ["'self'"],
        connectSrc: ["'self'"],
        manifestSrc: ["'self'"],
        workerSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
    },
    frameguard: { action: 'deny' },
  });
  await app.register(cookie);
  await app.register(swagger, {
    openapi: {
      info: {
        title: 'HandCheck API',
        version: '1',
        description:
          'Check-ins, assessments, sharing with a clinician. JSON everywhere; errors are {error, message, fields?}. ' +
          'Sign in sets the __Host-hc_session cookie; every non-GET request sends x-csrf-token.',
      },
    },
    transform: createJsonSchemaTransform({ skipList: ['/*', '/ics/:file', '/api/openapi.json'] }),
  });

  await app.register(registerRoutes, {
    db: opts.db,
    config,
    record: new RecordService(config.alerts),
    publicUrl: opts.publicUrl ?? config.publicUrl,
    cds: opts.cds,
    limits: limitsWith(opts.limits),
  });

  if (webRoot) {
    await app.register(fastifyStatic, {
      root: webRoot,
      cacheControl: false,
      // Sends the build's .br/.gz files (scripts/precompress.mjs) when the browser accepts them.
      preCompressed: true,
      setHeaders(reply, path) {
        // Vite names built assets by content hash: they never change under one name.
        const immutable = path.startsWith(join(webRoot, 'assets'));
        reply.header('cache-control', immutable ? 'public, max-age=31536000, immutable' : 'no-cache');
      },
    });
  }
  return app;
}

/** Unknown API routes get a JSON 404; the web app's own routes (/history, /checkin…) get index.html. */
function setNotFound(app: FastifyInstance, serveApp: boolean) {
  app.setNotFoundHandler((request, reply) => {
    const path = request.url.split('?')[0] ?? '';
    const isApp =
      serveApp &&
      (request.method === 'GET' || request.method === 'HEAD') &&
      !path.startsWith('/api/') &&
      !path.startsWith('/ics/') &&
      !/\.[a-z0-9]+$/i.test(path);
    if (isApp) return reply.header('cache-control', 'no-cache').sendFile('index.html');
    return reply
      .code(404)
      .send({ error: 'not_found', message: `There is nothing at ${request.method} ${path}.` });
  });
}
