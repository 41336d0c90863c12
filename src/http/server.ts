// createServer(): the standalone HTTP service — POST /v1/redact, /healthz, /readyz, /metrics, /openapi.json.

import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { createServer as createHttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import type { Express, NextFunction, Request, RequestHandler, Response } from 'express';
import { rateLimit } from 'express-rate-limit';
import helmet from 'helmet';
import { z } from 'zod';
import { PiiGateError } from '../errors.js';
import type { Gate } from '../gate.js';
import { createGate, describeIssue, parseDestination } from '../gate.js';
import type { Logger } from '../log.js';
import { silentLogger } from '../log.js';
import type { TenantStore } from '../policy/store.js';
import type { ResolvedPolicy } from '../policy/types.js';
import type { PoolOptions } from '../pool/index.js';
import { assertOwnTenant, authenticate } from './auth.js';
import type { Limits } from './limits.js';
import { checkDocuments, parseLimits } from './limits.js';
import type { HttpMetrics } from './metrics.js';
import { createHttpMetrics } from './metrics.js';
import { openApiDocument } from './openapi.js';
import { problemHandler } from './problem.js';

export interface RateLimitOptions {
  /** Window length in milliseconds. */
  windowMs: number;
  /** Requests per tenant per window. */
  limit: number;
}

export interface ServerOptions {
  /** Tenant store or tenants YAML path (hot-reloaded). Required unless `gate` is given. */
  tenants?: TenantStore | string;
  /** A gate to share (the server will not close it). */
  gate?: Gate;
  /** Options for the pool of a gate the server creates. */
  pool?: PoolOptions;
  limits?: Partial<Limits>;
  /** Per-tenant rate limit; `false` (default) turns it off. */
  rateLimit?: false | Partial<RateLimitOptions>;
  /** Default: silent. The CLI passes a pino logger writing JSON lines to stdout. */
  logger?: Logger;
  /** How long close() waits for in-flight requests before cutting connections. */
  shutdownTimeoutMs?: number;
  /** Express 'trust proxy' setting, for correct client IPs in logs behind a proxy. */
  trustProxy?: boolean | number | string;
  /** Include prom-client's process metrics (default true). */
  defaultMetrics?: boolean;
}

export interface PiiGateServer {
  readonly app: Express;
  readonly gate: Gate;
  readonly metrics: HttpMetrics;
  /** Resolves once every worker is warm (/readyz turns 200). */
  readonly ready: Promise<void>;
  /** The listening server, once listen() resolved. */
  readonly server: Server | undefined;
  /** Starts listening; port 0 picks a free port (see server.address()). */
  listen(port?: number, host?: string): Promise<Server>;
  /** Stops accepting, drains in-flight requests (up to shutdownTimeoutMs), then stops the workers it owns. */
  close(): Promise<void>;
}

export const defaultServerOptions = {
  rateLimit: false as false | RateLimitOptions,
  defaultRateLimit: { windowMs: 60_000, limit: 6_000 } satisfies RateLimitOptions,
  shutdownTimeoutMs: 10_000,
  defaultMetrics: true,
  port: 8080,
  host: '127.0.0.1',
};

const redactRequestSchema = z
  .object({
    destination: z.unknown(),
    documents: z.array(z.unknown()),
    tenant: z.string().min(1).optional(),
  })
  .strict();

function readVersion(): string {
  try {
    const raw = readFileSync(new URL('../../package.json', import.meta.url), 'utf8');
    return (JSON.parse(raw) as { version?: string }).version ?? '0.0.0';
  } catch {
    return '0.0.0';
  }
}

function schemaError(error: z.ZodError): PiiGateError {
  const issue = error.issues[0];
  const path = issue && issue.path.length > 0 ? issue.path.join('.') : 'body';
  return new PiiGateError('ERR_PII_INPUT_SCHEMA', `${path}: ${describeIssue(issue)}`);
}

function hasBody(req: Request): boolean {
  return req.headers['transfer-encoding'] !== undefined || Number(req.headers['content-length'] ?? 0) > 0;
}

export function createServer(options: ServerOptions): PiiGateServer {
  if (typeof options !== 'object' || options === null) {
    throw new PiiGateError('ERR_PII_CONFIG_INVALID', 'createServer(options): options must be an object');
  }
  const limits = parseLimits(options.limits);
  const shutdownTimeoutMs = options.shutdownTimeoutMs ?? defaultServerOptions.shutdownTimeoutMs;
  if (!Number.isInteger(shutdownTimeoutMs) || shutdownTimeoutMs < 0) {
    throw new PiiGateError('ERR_PII_CONFIG_INVALID', 'options.shutdownTimeoutMs must be a non-negative integer');
  }
  const rateLimitConfig =
    options.rateLimit === undefined || options.rateLimit === false
      ? false
      : { ...defaultServerOptions.defaultRateLimit, ...options.rateLimit };
  if (rateLimitConfig && !(rateLimitConfig.limit > 0 && rateLimitConfig.windowMs > 0)) {
    throw new PiiGateError('ERR_PII_CONFIG_INVALID', 'options.rateLimit.limit and .windowMs must be positive');
  }
  if (options.gate === undefined && options.tenants === undefined) {
    throw new PiiGateError('ERR_PII_CONFIG_INVALID', 'createServer: pass `tenants` (a store or a YAML path) or a `gate`');
  }
  const ownsGate = options.gate === undefined;
  const logger = options.logger ?? silentLogger();
  const gate =
    options.gate ??
    createGate({
      tenants: options.tenants!,
      pool: options.pool ?? {},
      // The detail names the tenant and field that failed validation, never a secret or document text.
      onTenantsReloadError: (error) => logger.warn({ code: error.code, detail: error.detail }, 'tenants reload failed; keeping previous policies'),
    });
  const stopReloadLog = gate.tenants.onChange?.(() =>
    logger.info({ version: gate.tenants.version, tenants: gate.tenants.list().length }, 'tenants reloaded'),
  );
  const metrics = createHttpMetrics(gate, { defaultMetrics: options.defaultMetrics ?? defaultServerOptions.defaultMetrics });
  const openApi = JSON.stringify(openApiDocument(readVersion()));
  let draining = false;
  let server: Server | undefined;

  const app = express();
  app.disable('x-powered-by');
  app.set('etag', false);
  if (options.trustProxy !== undefined) app.set('trust proxy', options.trustProxy);
  app.use(helmet());

  app.use(function observeRequest(req: Request, res: Response, next: NextFunction) {
    const started = process.hrtime.bigint();
    const requested = req.headers['x-request-id'];
    const requestId = typeof requested === 'string' && /^[\w.-]{1,64}$/.test(requested) ? requested : randomUUID();
    res.setHeader('X-Request-Id', requestId);
    if (draining) res.setHeader('Connection', 'close');
    res.locals['route'] = 'unmatched';
    res.on('finish', () => {
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      const route = String(res.locals['route']);
      metrics.observeRequest(route, req.method, res.statusCode, seconds);
      const policy = res.locals['policy'] as ResolvedPolicy | undefined;
      logger.info(
        {
          requestId,
          method: req.method,
          route,
          status: res.statusCode,
          ms: Math.round(seconds * 1e5) / 100,
          tenant: policy?.id,
          documentCount: res.locals['documents'],
          code: res.locals['errorCode'],
        },
        'request',
      );
    });
    next();
  });

  const route = (name: string): RequestHandler =>
    function setRoute(_req, res, next) {
      res.locals['route'] = name;
      next();
    };

  app.get('/healthz', route('/healthz'), (_req, res) => {
    res.json({ status: 'ok' });
  });

  app.get('/readyz', route('/readyz'), (_req, res) => {
    if (draining) res.status(503).setHeader('Retry-After', '1').json({ status: 'draining' });
    else if (!gate.isReady) res.status(503).setHeader('Retry-After', '1').json({ status: 'starting' });
    else res.json({ status: 'ready' });
  });

  app.get('/metrics', route('/metrics'), async (_req, res) => {
    res.type(metrics.registry.contentType).send(await metrics.registry.metrics());
  });

  app.get('/openapi.json', route('/openapi.json'), (_req, res) => {
    res.type('application/json').send(openApi);
  });

  const authenticateKey: RequestHandler = function authenticateKey(req, res, next) {
    res.locals['policy'] = authenticate(req, gate.tenants);
    next();
  };

  const limitTenant: RequestHandler[] = rateLimitConfig
    ? [
        rateLimit({
          windowMs: rateLimitConfig.windowMs,
          limit: rateLimitConfig.limit,
          standardHeaders: 'draft-7',
          legacyHeaders: false,
          // Keyed by tenant, not by IP, so the IP-oriented validations do not apply.
          validate: false,
          keyGenerator: (_req, res) => (res.locals['policy'] as ResolvedPolicy).id,
          handler: (req, _res, next) => {
            const resetTime = (req as Request & { rateLimit?: { resetTime?: Date } }).rateLimit?.resetTime;
            const retryAfter = resetTime ? Math.max(1, Math.ceil((resetTime.getTime() - Date.now()) / 1000)) : 1;
            next(new PiiGateError('ERR_PII_RATE_LIMITED', undefined, { retryAfter }));
          },
        }),
      ]
    : [];

  const requireJson: RequestHandler = function requireJson(req, _res, next) {
    if (!hasBody(req)) throw new PiiGateError('ERR_PII_INPUT_SCHEMA', 'body: a JSON body { destination, documents } is required');
    if (!req.is(['application/json', 'application/*+json'])) throw new PiiGateError('ERR_PII_INPUT_MEDIA_TYPE');
    next();
  };

  const parseJson = express.json({ limit: limits.bodyBytes, strict: true, type: () => true });

  app.post(
    '/v1/redact',
    route('/v1/redact'),
    authenticateKey,
    ...limitTenant,
    requireJson,
    parseJson,
    async function redactRoute(req: Request, res: Response) {
      const policy = res.locals['policy'] as ResolvedPolicy;
      const parsed = redactRequestSchema.safeParse(req.body);
      req.body = undefined;
      if (!parsed.success) throw schemaError(parsed.error);
      assertOwnTenant(policy, parsed.data.tenant);
      const destination = parseDestination(parsed.data.destination);
      checkDocuments(parsed.data.documents, limits);
      res.locals['documents'] = parsed.data.documents.length;
      const output = await gate.redactDocuments(policy.id, destination, parsed.data.documents);
      metrics.observeReports(output.reports);
      res.json(output);
    },
  );

  app.use(function notFound(_req, _res, next) {
    next(new PiiGateError('ERR_PII_NOT_FOUND'));
  });

  const sendProblem = problemHandler({ logger });
  app.use(function recordErrorCode(error: unknown, req: Request, res: Response, next: NextFunction) {
    const code = (error as { code?: unknown; type?: unknown } | null)?.code;
    res.locals['errorCode'] = typeof code === 'string' ? code : (error as { type?: unknown } | null)?.type;
    sendProblem(error, req, res, next);
  });

  return {
    app,
    gate,
    metrics,
    ready: gate.ready,
    get server() {
      return server;
    },
    listen(port = defaultServerOptions.port, host = defaultServerOptions.host) {
      return new Promise<Server>((resolve, reject) => {
        const httpServer = createHttpServer(app);
        httpServer.once('error', reject);
        httpServer.listen(port, host, () => {
          httpServer.off('error', reject);
          server = httpServer;
          const address = httpServer.address() as AddressInfo;
          logger.info({ host: address.address, port: address.port }, 'listening');
          resolve(httpServer);
        });
      });
    },
    async close() {
      if (draining) return;
      draining = true;
      if (server !== undefined) {
        const listening = server;
        const force = setTimeout(() => listening.closeAllConnections(), shutdownTimeoutMs);
        force.unref();
        await new Promise<void>((resolve) => {
          listening.close(() => resolve());
          listening.closeIdleConnections();
        });
        clearTimeout(force);
      }
      stopReloadLog?.();
      if (ownsGate) await gate.close();
      logger.info('closed');
    },
  };
}
