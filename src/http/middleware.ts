// Express middleware redact(): replaces req.body with its redacted copy and sets req.redaction, or fails closed via next(err).

import type { NextFunction, Request, RequestHandler, Response } from 'express';
import type { RedactionReport } from '../engine.js';
import { PiiGateError } from '../errors.js';
import type { Gate } from '../gate.js';
import { createGate, parseDestination } from '../gate.js';
import type { TenantStore } from '../policy/store.js';
import type { RedactionPool } from '../pool/index.js';
import type { Destination } from '../types.js';
import { toPiiGateError } from './problem.js';

declare global {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace Express {
    interface Request {
      /** Set by pii-gate's redact() middleware: what was found in req.body and how it was treated. Never raw values. */
      redaction?: RedactionReport;
    }
  }
}

/** A value, or a function of the request that returns it (possibly async), as in express-rate-limit. */
export type ValueOrResolver<T> = T | ((req: Request, res: Response) => T | Promise<T>);

export type DocumentShape = 'review' | 'dialogue' | 'auto';

export interface RedactMiddlewareOptions {
  /** The gate to use. Alternatively pass `pool` and `tenants` and the middleware builds one. */
  gate?: Gate;
  pool?: RedactionPool;
  tenants?: TenantStore | string;
  /** Tenant id, or how to find it in the request (a header, the authenticated user…). */
  tenant: ValueOrResolver<string>;
  /** Where the stored body goes: purpose and region. */
  destination: ValueOrResolver<Destination>;
  /** Expected body shape; `auto` accepts a review (`text`) or a dialogue (`messages`). Default `auto`. */
  shape?: DocumentShape;
  /** Extra JSON paths to redact for this route, added to the tenant's own. */
  fields?: readonly string[];
}

const defaultMiddlewareOptions = { shape: 'auto' as DocumentShape, fields: [] as readonly string[] };

function looksLikeRequest(value: unknown): boolean {
  return typeof value === 'object' && value !== null && 'method' in value && 'headers' in value && 'url' in value;
}

function parseMiddlewareOptions(options: RedactMiddlewareOptions): Required<Pick<RedactMiddlewareOptions, 'shape' | 'fields'>> &
  Pick<RedactMiddlewareOptions, 'tenant' | 'destination'> & { gate: Gate } {
  if (looksLikeRequest(options)) {
    throw new PiiGateError('ERR_PII_CONFIG_INVALID', 'redact must be called: app.use(redact({ gate, tenant, destination })), not app.use(redact)');
  }
  if (typeof options !== 'object' || options === null) {
    throw new PiiGateError('ERR_PII_CONFIG_INVALID', 'redact(options): options must be an object');
  }
  const given = Object.fromEntries(Object.entries(options).filter(([, value]) => value !== undefined)) as unknown as RedactMiddlewareOptions;
  const config = { ...defaultMiddlewareOptions, ...given };
  if (!['review', 'dialogue', 'auto'].includes(config.shape)) {
    throw new PiiGateError('ERR_PII_CONFIG_INVALID', 'redact options.shape must be "review", "dialogue" or "auto"');
  }
  if (config.tenant === undefined) throw new PiiGateError('ERR_PII_CONFIG_INVALID', 'redact options.tenant is required');
  if (config.destination === undefined) throw new PiiGateError('ERR_PII_CONFIG_INVALID', 'redact options.destination is required');
  if (typeof config.destination !== 'function') {
    try {
      parseDestination(config.destination, 'redact options.destination');
    } catch (error) {
      throw new PiiGateError('ERR_PII_CONFIG_INVALID', (error as PiiGateError).detail);
    }
  }
  if (!Array.isArray(config.fields) || !config.fields.every((field) => typeof field === 'string')) {
    throw new PiiGateError('ERR_PII_CONFIG_INVALID', 'redact options.fields must be an array of JSON paths');
  }
  let gate = config.gate;
  if (gate === undefined) {
    if (config.pool === undefined || config.tenants === undefined) {
      throw new PiiGateError('ERR_PII_CONFIG_INVALID', 'redact options: pass `gate`, or both `pool` and `tenants`');
    }
    gate = createGate({ pool: config.pool, tenants: config.tenants });
  }
  return { gate, tenant: config.tenant, destination: config.destination, shape: config.shape, fields: config.fields };
}

async function resolveValue<T>(value: ValueOrResolver<T>, req: Request, res: Response): Promise<T> {
  return typeof value === 'function' ? (value as (req: Request, res: Response) => T | Promise<T>)(req, res) : value;
}

/** Why req.body is missing: a JSON body nobody parsed (developer error) differs from a client that sent no JSON. */
function missingBodyError(req: Request): PiiGateError {
  const hasBody = req.headers['transfer-encoding'] !== undefined || Number(req.headers['content-length'] ?? 0) > 0;
  if (hasBody && req.is(['application/json', 'application/*+json'])) {
    return new PiiGateError('ERR_PII_INPUT_NO_BODY', 'the JSON body was not parsed: mount express.json() before redact()');
  }
  if (hasBody) return new PiiGateError('ERR_PII_INPUT_MEDIA_TYPE', 'send the document as application/json');
  return new PiiGateError('ERR_PII_INPUT_SCHEMA', 'a JSON document body is required');
}

function checkShape(body: unknown, shape: DocumentShape): void {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw new PiiGateError('ERR_PII_INPUT_SCHEMA', 'body: must be a JSON object (one document)');
  }
  const isReview = typeof (body as { text?: unknown }).text === 'string';
  const isDialogue = Array.isArray((body as { messages?: unknown }).messages);
  if (shape === 'review' && !isReview) throw new PiiGateError('ERR_PII_INPUT_SCHEMA', 'body.text: a review needs a string `text`');
  if (shape === 'dialogue' && !isDialogue) throw new PiiGateError('ERR_PII_INPUT_SCHEMA', 'body.messages: a dialogue needs a `messages` array');
  if (shape === 'auto' && !isReview && !isDialogue) {
    throw new PiiGateError('ERR_PII_INPUT_SCHEMA', 'body: a document needs `text` (review) or `messages` (dialogue)');
  }
}

/**
 * Redacts the parsed JSON body before the route handler sees it. The original body is dropped from `req`
 * before any await, so no later handler or error path can reach it.
 */
export function redact(options: RedactMiddlewareOptions): RequestHandler {
  const config = parseMiddlewareOptions(options);
  const redactOptions = { fields: config.fields };

  return async function piiGateRedact(req: Request, res: Response, next: NextFunction): Promise<void> {
    const body: unknown = req.body;
    req.body = undefined;
    req.redaction = undefined;
    try {
      if (body === undefined) throw missingBodyError(req);
      checkShape(body, config.shape);
      const tenant = await resolveValue(config.tenant, req, res);
      if (typeof tenant !== 'string' || tenant === '') throw new PiiGateError('ERR_PII_TENANT_UNKNOWN', 'the tenant resolver returned no id');
      const destination = parseDestination(await resolveValue(config.destination, req, res));
      const { documents, reports } = await config.gate.redactDocuments(tenant, destination, [body], redactOptions);
      const [report] = reports;
      if (documents.length !== 1 || report === undefined) throw new PiiGateError('ERR_PII_INTERNAL', 'expected one redacted document');
      req.body = documents[0];
      req.redaction = report;
    } catch (error) {
      next(toPiiGateError(error));
      return;
    }
    next();
  };
}
