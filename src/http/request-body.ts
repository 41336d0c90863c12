// POST /v1/redact bodies: the raw bytes in, a validated { destination, documents } out. Runs in a worker thread, so
// the service's event loop never parses, validates or clones documents; errors are the ones Express used to give.

import { z } from 'zod';
import { describeIssue, parseDestination } from '../destination.js';
import { PiiGateError } from '../errors.js';
import type { Destination } from '../types.js';
import { assertOwnTenant } from './auth.js';
import type { DocumentLimits } from './limits.js';
import { checkDocuments } from './limits.js';

export const redactRequestSchema = z
  .object({
    destination: z.unknown(),
    documents: z.array(z.unknown()),
    tenant: z.string().min(1).optional(),
  })
  .strict();

export interface RedactRequest {
  readonly destination: Destination;
  readonly documents: unknown[];
}

export function schemaError(error: z.ZodError): PiiGateError {
  const issue = error.issues[0];
  const path = issue && issue.path.length > 0 ? issue.path.join('.') : 'body';
  return new PiiGateError('ERR_PII_INPUT_SCHEMA', `${path}: ${describeIssue(issue)}`);
}

// Invalid UTF-8 becomes U+FFFD, as body-parser's decoder (iconv-lite) does; a leading BOM is dropped, as there.
const utf8 = new TextDecoder('utf-8');
// body-parser's strict mode: only an object or an array may be the top-level value.
const firstCharacter = /^[\x20\x09\x0a\x0d]*([^\x20\x09\x0a\x0d])/;

/** JSON.parse with body-parser's strict-mode rules; an empty body is `{}` there too. Never quotes the body. */
export function parseJsonBody(bytes: Uint8Array): unknown {
  const text = utf8.decode(bytes);
  if (text.length === 0) return {};
  const first = firstCharacter.exec(text)?.[1];
  if (first !== '{' && first !== '[') throw new PiiGateError('ERR_PII_INPUT_INVALID_JSON');
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new PiiGateError('ERR_PII_INPUT_INVALID_JSON');
  }
}

/**
 * The checks POST /v1/redact makes before redaction, in the order clients see them: JSON (400), schema (400), the
 * key's own tenant (403), destination (400), document count, text length and depth (413/400).
 */
export function parseRedactRequest(bytes: Uint8Array, tenantId: string, limits: DocumentLimits): RedactRequest {
  const parsed = redactRequestSchema.safeParse(parseJsonBody(bytes));
  if (!parsed.success) throw schemaError(parsed.error);
  assertOwnTenant({ id: tenantId }, parsed.data.tenant);
  const destination = parseDestination(parsed.data.destination);
  checkDocuments(parsed.data.documents, limits);
  return { destination, documents: parsed.data.documents };
}
