// RFC 9457 problem+json responses: every error becomes { type, title, status, code, detail } with a stable code.

import type { ServerResponse } from 'node:http';
import type { ErrorRequestHandler } from 'express';
import type { ErrorCode } from '../errors.js';
import { errorCatalogue, isErrorCode, PiiGateError } from '../errors.js';
import type { Logger } from '../log.js';

export interface ProblemDetails {
  type: string;
  title: string;
  status: number;
  code: ErrorCode;
  detail?: string;
  /** Seconds to wait before retrying (also sent as the Retry-After header). */
  retryAfter?: number;
}

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

/** A URN, not a URL: the type must be stable and must not depend on where the docs are hosted. */
export function problemType(code: ErrorCode): string {
  return `urn:pii-gate:error:${code}`;
}

// body-parser / raw-body failures carry a `type` string; these are their documented values.
const BODY_PARSER_CODES: Record<string, ErrorCode> = {
  'entity.too.large': 'ERR_PII_INPUT_TOO_LARGE',
  'entity.parse.failed': 'ERR_PII_INPUT_INVALID_JSON',
  'encoding.unsupported': 'ERR_PII_INPUT_MEDIA_TYPE',
  'charset.unsupported': 'ERR_PII_INPUT_MEDIA_TYPE',
  'request.aborted': 'ERR_PII_INPUT_INVALID_JSON',
  'request.size.invalid': 'ERR_PII_INPUT_INVALID_JSON',
  'stream.encoding.set': 'ERR_PII_INTERNAL',
};

/** Any thrown value as a PiiGateError. Foreign messages are dropped: they may quote the body. */
export function toPiiGateError(error: unknown): PiiGateError {
  if (error instanceof PiiGateError) return error;
  if (typeof error === 'object' && error !== null) {
    const { type, code } = error as { type?: unknown; code?: unknown };
    if (typeof type === 'string' && Object.hasOwn(BODY_PARSER_CODES, type)) {
      return new PiiGateError(BODY_PARSER_CODES[type] ?? 'ERR_PII_INTERNAL', undefined, { cause: error });
    }
    // A PiiGateError from another copy of this module (e.g. src/ and dist/ loaded side by side in tests).
    if (isErrorCode(code)) {
      const { detail, retryAfter } = error as { detail?: unknown; retryAfter?: unknown };
      return new PiiGateError(code, typeof detail === 'string' ? detail : undefined, {
        ...(typeof retryAfter === 'number' ? { retryAfter } : {}),
        cause: error,
      });
    }
  }
  return new PiiGateError('ERR_PII_INTERNAL', undefined, { cause: error });
}

export function problemFor(error: PiiGateError): ProblemDetails {
  return {
    type: problemType(error.code),
    title: errorCatalogue[error.code].title,
    status: error.status,
    code: error.code,
    ...(error.detail === undefined ? {} : { detail: error.detail }),
    ...(error.retryAfter === undefined ? {} : { retryAfter: error.retryAfter }),
  };
}

/** Writes the problem response with Node's own API, so routes that bypass Express answer exactly as it would. */
export function sendProblem(res: ServerResponse, error: PiiGateError): void {
  const problem = problemFor(error);
  const body = Buffer.from(JSON.stringify(problem), 'utf8');
  if (problem.retryAfter !== undefined) res.setHeader('Retry-After', String(problem.retryAfter));
  if (problem.status === 401) res.setHeader('WWW-Authenticate', 'Bearer realm="pii-gate"');
  res.statusCode = problem.status;
  res.setHeader('Content-Type', `${PROBLEM_CONTENT_TYPE}; charset=utf-8`);
  res.setHeader('Content-Length', body.byteLength);
  res.end(body);
}

/** Logs a server-side failure (code, status and the cause's class name only) and answers with its problem. */
export function respondWithProblem(res: ServerResponse, error: unknown, logger: Logger | undefined): PiiGateError {
  const failure = toPiiGateError(error);
  if (failure.status >= 500) {
    const cause = failure.cause instanceof Error ? failure.cause.name : undefined;
    logger?.warn({ code: failure.code, status: failure.status, cause }, 'request failed');
  }
  sendProblem(res, failure);
  return failure;
}

/** Express error handler: problem+json for everything, logs code and status only. */
export function problemHandler(options: { logger?: Logger } = {}): ErrorRequestHandler {
  return function piiGateProblemHandler(error, _req, res, next) {
    if (res.headersSent) {
      next(error);
      return;
    }
    respondWithProblem(res, error, options.logger);
  };
}
