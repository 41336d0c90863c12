// createServer(): the standalone HTTP service — POST /v1/redact, /healthz, /readyz, /metrics, /openapi.json.

import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { createServer as createHttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import type { Express, NextFunction, Request, RequestHandler, Response } from 'express';
import { rateLimit } from 'express-rate-limit';
import helmet from 'helmet';
import { PiiGateError } from '../errors.js';
import type { Gate } from '../gate.js';
import { createGate, parseDestination } from '../gate.js';
import type { Logger } from '../log.js';
import { silentLogger } from '../log.js';
import type { TenantStore } from '../policy/store.js';
import type { ResolvedPolicy } from '../policy/types.js';
import type { PoolOptions } from '../pool/index.js';
import { assertOwnTenant, authenticate } from './auth.js';
import type { MediaType } from './body.js';
import { hasBody, limitInBytes, mediaTypeOf, readBody } from './body.js';
import type { Limits } from './limits.js';
import { checkDocuments, parseLimits } from './limits.js';
import type { HttpMetrics } from './metrics.js';
import { createHttpMetrics } from './metrics.js';
import { openApiDocument } from './openapi.js';
import { problemHandler, respondWithProblem } from './problem.js';
import { redactRequestSchema, schemaError } from './request-body.js';

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
  /** Every route, through Express (mount it in another app, or test it with supertest). */
  readonly app: Express;
  /**
   * The request listener listen() uses: POST /v1/redact straight to the worker pool (no Express layers on the
   * service's busiest route, unless a rate limit is configured), everything else to `app`. Same answers as `app`.
   */
  readonly handler: (req: IncomingMessage, res: ServerResponse) => void;
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

function readVersion(): string {
  try {
    const raw = readFileSync(new URL('../../package.json', import.meta.url), 'utf8');
    return (JSON.parse(raw) as { version?: string }).version ?? '0.0.0';
  } catch {
    return '0.0.0';
  }
}

/** What the access log and the metrics need to know about a request, filled in as it is handled. */
interface RequestState {
  route: string;
  policy: ResolvedPolicy | undefined;
  documents: number | undefined;
  errorCode: string | undefined;
}

function stateOf(res: Response): RequestState {
  return res.locals['state'] as RequestState;
}

/** The headers helmet() sets, captured once: they do not depend on the request (no CSP nonces are configured). */
function helmetHeaders(): ReadonlyArray<readonly [string, string]> {
  const headers: Array<readonly [string, string]> = [];
  const capture = {
    setHeader(name: string, value: unknown) {
      headers.push([name, String(value)]);
    },
    removeHeader() {},
  };
  helmet()({} as never, capture as never, () => undefined);
  return headers;
}

const REDACT_PATH = '/v1/redact';

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

  /** Request id, drain notice, access log line and request metrics, for both the Express and the direct path. */
  function observe(req: IncomingMessage, res: ServerResponse): RequestState {
    const started = process.hrtime.bigint();
    const requested = req.headers['x-request-id'];
    const requestId = typeof requested === 'string' && /^[\w.-]{1,64}$/.test(requested) ? requested : randomUUID();
    res.setHeader('X-Request-Id', requestId);
    if (draining) res.setHeader('Connection', 'close');
    const state: RequestState = { route: 'unmatched', policy: undefined, documents: undefined, errorCode: undefined };
    res.on('finish', function logRequest() {
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      const method = req.method ?? 'GET';
      metrics.observeRequest(state.route, method, res.statusCode, seconds);
      logger.info(
        {
          requestId,
          method,
          route: state.route,
          status: res.statusCode,
          ms: Math.round(seconds * 1e5) / 100,
          tenant: state.policy?.id,
          documentCount: state.documents,
          code: state.errorCode,
        },
        'request',
      );
    });
    return state;
  }

  app.use(function observeRequest(req: Request, res: Response, next: NextFunction) {
    res.locals['state'] = observe(req, res);
    next();
  });

  const route = (name: string): RequestHandler =>
    function setRoute(_req, res, next) {
      stateOf(res).route = name;
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
    stateOf(res).policy = authenticate(req, gate.tenants);
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
          keyGenerator: (_req, res) => (stateOf(res).policy as ResolvedPolicy).id,
          handler: (req, _res, next) => {
            const resetTime = (req as Request & { rateLimit?: { resetTime?: Date } }).rateLimit?.resetTime;
            const retryAfter = resetTime ? Math.max(1, Math.ceil((resetTime.getTime() - Date.now()) / 1000)) : 1;
            next(new PiiGateError('ERR_PII_RATE_LIMITED', undefined, { retryAfter }));
          },
        }),
      ]
    : [];

  /** 400 without a body, 415 unless it is JSON; before the body is read. */
  function checkMediaType(req: IncomingMessage, media: MediaType): void {
    if (!hasBody(req)) throw new PiiGateError('ERR_PII_INPUT_SCHEMA', 'body: a JSON body { destination, documents } is required');
    if (!media.json) throw new PiiGateError('ERR_PII_INPUT_MEDIA_TYPE');
  }

  const bodyLimit = limitInBytes(limits.bodyBytes);
  const documentLimits = { maxDocuments: limits.maxDocuments, maxTextChars: limits.maxTextChars, maxDepth: limits.maxDepth };

  /**
   * The body is read as bytes (413 past the limit) and handed to a worker as they are: parsing, validation (same
   * codes as below), redaction and serialisation of the answer all happen there, so the event loop only moves bytes.
   */
  async function redactRawBody(req: IncomingMessage, res: ServerResponse, state: RequestState, policy: ResolvedPolicy): Promise<void> {
    const bytes = await readBody(req, bodyLimit);
    const output = await gate.pool.redactBody(policy, bytes, documentLimits);
    state.documents = output.documents;
    metrics.observeCounts(output.documents, output.entities);
    res.statusCode = 200;
    res.setHeader('Content-Type', 'application/json; charset=utf-8');
    res.setHeader('Content-Length', output.body.byteLength);
    res.end(output.body);
  }

  const parseJson = express.json({ limit: limits.bodyBytes, strict: true, type: () => true });

  app.post(
    REDACT_PATH,
    route(REDACT_PATH),
    authenticateKey,
    ...limitTenant,
    function redactRoute(req: Request, res: Response, next: NextFunction) {
      const media = mediaTypeOf(req);
      checkMediaType(req, media);
      // Compressed or non-UTF-8 bodies: body-parser decodes them, and the route below handles the parsed body.
      if (!media.plainUtf8) {
        next();
        return undefined;
      }
      const state = stateOf(res);
      return redactRawBody(req, res, state, state.policy as ResolvedPolicy);
    },
    parseJson,
    async function redactParsedRoute(req: Request, res: Response) {
      const state = stateOf(res);
      const policy = state.policy as ResolvedPolicy;
      const parsed = redactRequestSchema.safeParse(req.body);
      req.body = undefined;
      if (!parsed.success) throw schemaError(parsed.error);
      assertOwnTenant(policy, parsed.data.tenant);
      const destination = parseDestination(parsed.data.destination);
      checkDocuments(parsed.data.documents, limits);
      state.documents = parsed.data.documents.length;
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
    const type = (error as { type?: unknown } | null)?.type;
    const state = res.locals['state'] as RequestState | undefined;
    if (state !== undefined) state.errorCode = typeof code === 'string' ? code : typeof type === 'string' ? type : undefined;
    sendProblem(error, req, res, next);
  });

  const securityHeaders = helmetHeaders();
  const direct = rateLimitConfig === false;

  /** POST /v1/redact without Express: the same steps and answers as the route above, minus its per-request layers. */
  function handler(req: IncomingMessage, res: ServerResponse): void {
    const url = req.url ?? '';
    const isRedact = req.method === 'POST' && (url === REDACT_PATH || url.startsWith(`${REDACT_PATH}?`));
    if (!direct || !isRedact) {
      app(req, res);
      return;
    }
    const media = mediaTypeOf(req);
    if (media.json && !media.plainUtf8) {
      app(req, res);
      return;
    }
    for (const [name, value] of securityHeaders) res.setHeader(name, value);
    const state = observe(req, res);
    state.route = REDACT_PATH;
    const fail = (error: unknown): void => {
      if (res.headersSent) {
        res.destroy();
        return;
      }
      state.errorCode = respondWithProblem(res, error, logger).code;
    };
    try {
      const policy = authenticate(req, gate.tenants);
      state.policy = policy;
      checkMediaType(req, media);
      redactRawBody(req, res, state, policy).catch(fail);
    } catch (error) {
      fail(error);
    }
  }

  return {
    app,
    handler,
    gate,
    metrics,
    ready: gate.ready,
    get server() {
      return server;
    },
    listen(port = defaultServerOptions.port, host = defaultServerOptions.host) {
      return new Promise<Server>((resolve, reject) => {
        const httpServer = createHttpServer(handler);
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
