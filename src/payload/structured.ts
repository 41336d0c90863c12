// Structured fields (author.name/phone/email) become one span over the whole value, with its normalised form.

import { parsePhoneNumberFromString, type CountryCode, type PhoneNumber } from 'libphonenumber-js/max';
import { nameKey } from '../detect/name/index.js';
import { normalizeValue } from '../mask/normalize.js';
import type { EntityType, Span } from '../types.js';

/** The whole value minus surrounding blanks, or undefined for a blank value. */
export function wholeValueSpan(value: string, type: EntityType, regions: readonly string[], field: string): Span | undefined {
  const start = value.length - value.trimStart().length;
  const end = value.trimEnd().length;
  if (end <= start) return undefined;
  const core = value.slice(start, end);
  return { start, end, type, score: 1, source: `structured:${field}`, normalized: normalizedFor(type, core, regions) };
}

function normalizedFor(type: EntityType, value: string, regions: readonly string[]): string {
  // The detector's key, so an author name and the same name found in text share one pseudonym.
  if (type === 'NAME') return nameKey(value);
  if (type === 'PHONE') return e164(value, regions) ?? normalizeValue('PHONE', value);
  return normalizeValue(type, value);
}

/** E.164 of the first reading that is valid, trying the tenant's regions in order (as the detector does). */
function e164(value: string, regions: readonly string[]): string | undefined {
  for (const region of regions) {
    const parsed = parseQuietly(value, region as CountryCode);
    if (parsed?.isValid()) return parsed.number;
  }
  return parseQuietly(value)?.number;
}

// libphonenumber-js throws on some malformed input instead of returning undefined; a bad author.phone is still
// redacted whole, with the digits-only key.
function parseQuietly(value: string, region?: CountryCode): PhoneNumber | undefined {
  try {
    return parsePhoneNumberFromString(value, region);
  } catch {
    return undefined;
  }
}
