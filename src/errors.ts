// One error catalogue: stable code, HTTP status and message side by side. Tests assert on `code`.

export const errorCatalogue = {
  ERR_PII_INPUT_INVALID_JSON: { status: 400, title: 'Body is not valid JSON' },
  ERR_PII_INPUT_SCHEMA: { status: 400, title: 'Request does not match the schema' },
  ERR_PII_INPUT_TOO_DEEP: { status: 400, title: 'Document nesting is too deep' },
  ERR_PII_INPUT_TEXT_TOO_LONG: { status: 413, title: 'A text field is too long' },
  ERR_PII_INPUT_TOO_MANY_DOCUMENTS: { status: 413, title: 'Too many documents in one request' },
  ERR_PII_INPUT_TOO_LARGE: { status: 413, title: 'Request body is too large' },
  ERR_PII_INPUT_MEDIA_TYPE: { status: 415, title: 'Content-Type must be application/json' },
  ERR_PII_INPUT_NO_BODY: { status: 500, title: 'No parsed body: mount express.json() before the redaction middleware' },
  ERR_PII_AUTH_MISSING: { status: 401, title: 'Missing bearer token' },
  ERR_PII_AUTH_INVALID: { status: 401, title: 'Unknown API key' },
  ERR_PII_AUTH_FORBIDDEN: { status: 403, title: 'This key may not use that tenant' },
  ERR_PII_TENANT_UNKNOWN: { status: 403, title: 'Unknown tenant' },
  ERR_PII_RATE_LIMITED: { status: 429, title: 'Too many requests for this tenant' },
  ERR_PII_POOL_OVERLOADED: { status: 503, title: 'Redaction queue is full' },
  ERR_PII_POOL_TIMEOUT: { status: 503, title: 'Redaction timed out' },
  ERR_PII_POOL_WORKER_CRASHED: { status: 503, title: 'Redaction worker failed' },
  ERR_PII_POOL_CLOSED: { status: 503, title: 'Redaction pool is shutting down' },
  ERR_PII_DETECT_FAILED: { status: 503, title: 'Detection failed' },
  ERR_PII_POLICY_INVALID: { status: 500, title: 'Tenant policy file is invalid' },
  ERR_PII_POLICY_SECRET_MISSING: { status: 500, title: 'Pseudonymisation secret is missing' },
  ERR_PII_CONFIG_INVALID: { status: 500, title: 'Invalid options' },
  ERR_PII_NOT_FOUND: { status: 404, title: 'Not found' },
  ERR_PII_INTERNAL: { status: 500, title: 'Internal error' },
} as const satisfies Record<string, { status: number; title: string }>;

export type ErrorCode = keyof typeof errorCatalogue;

/**
 * The error every pii-gate layer throws. `detail` must never contain document text or PII:
 * it names fields, limits and line numbers only.
 */
export class PiiGateError extends Error {
  readonly code: ErrorCode;
  readonly status: number;
  readonly detail: string | undefined;
  /** Seconds a client should wait before retrying (503/429). */
  readonly retryAfter: number | undefined;

  constructor(code: ErrorCode, detail?: string, options: { retryAfter?: number; cause?: unknown } = {}) {
    const entry = errorCatalogue[code];
    super(detail ? `${entry.title}: ${detail}` : entry.title, { cause: options.cause });
    this.name = 'PiiGateError';
    this.code = code;
    this.status = entry.status;
    this.detail = detail;
    this.retryAfter = options.retryAfter;
  }

  /** Plain-data form, safe to send across a worker boundary. */
  toJSON(): { code: ErrorCode; detail?: string; retryAfter?: number } {
    return {
      code: this.code,
      ...(this.detail === undefined ? {} : { detail: this.detail }),
      ...(this.retryAfter === undefined ? {} : { retryAfter: this.retryAfter }),
    };
  }
}

export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && Object.hasOwn(errorCatalogue, value);
}
