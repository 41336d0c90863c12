// Deep copy of a JSON document that cannot pollute prototypes and refuses runaway nesting.

import { PiiGateError } from '../errors.js';
import { isPlainObject } from './path.js';

/** Deeper than any real review or dialogue; deep enough input is an attack or a bug. */
export const maxDocumentDepth = 64;

/**
 * Arrays and plain objects are copied; every other value is shared (strings, numbers, booleans and null are
 * immutable, so non-PII fields stay byte for byte). Keys are defined, never assigned, so a `__proto__` key stays an
 * ordinary own property instead of swapping the copy's prototype.
 */
export function cloneDocument<T>(value: T): T {
  return copy(value, 0) as T;
}

function copy(value: unknown, depth: number): unknown {
  if (depth > maxDocumentDepth) throw new PiiGateError('ERR_PII_INPUT_TOO_DEEP', `nesting deeper than ${maxDocumentDepth}`);
  if (Array.isArray(value)) return value.map((item) => copy(item, depth + 1));
  if (!isPlainObject(value)) return value;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value)) {
    Object.defineProperty(out, key, { value: copy(value[key], depth + 1), enumerable: true, writable: true, configurable: true });
  }
  return out;
}
