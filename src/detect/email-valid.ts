// E-mail validity: validator.isEmail, with a fast path for the plain addresses that make up most input.

import validator from 'validator';

// Why: validator.isEmail costs ~10 µs a call here (options merged, byte lengths, FQDN regexes); it was 15% of
// PHONE+EMAIL detection time on the dev corpus, and after the ASCII fast path the Cyrillic addresses (`почта.рф`,
// `иван@…`) still cost ~4%. Addresses made only of ASCII letters, digits, `_%+-` and Cyrillic letters (U+0400–04FF,
// inside every range validator allows for UTF-8 local parts, labels and TLDs), with dots between non-empty parts,
// within validator's byte limits, a domain of 2+ hyphen-safe labels and a 2+ letter TLD are a strict subset of
// what validator.isEmail accepts (checked against it in test/detect/email.test.ts); everything else still goes
// to validator.

const maxLocal = 64;
const maxAddress = 254;
const maxLabel = 63;
/** validator's limits in UTF-8 bytes (isByteLength). */
const maxLocalBytes = 64;
const maxDomainBytes = 254;

export function isValidEmail(local: string, domain: string): boolean {
  if (isPlainAddress(local, domain)) return true;
  return validator.isEmail(`${local}@${domain}`);
}

/** The fast path: true only for addresses validator.isEmail also accepts; false means "ask validator". */
export function isPlainAddress(local: string, domain: string): boolean {
  if (local.length === 0 || local.length > maxLocal || local.length + domain.length + 1 > maxAddress) return false;
  if (!isDotSeparated(local, isLocalUnit)) return false;
  if (!isDotSeparated(domain, isLabelUnit)) return false;
  if (utf8Length(local) > maxLocalBytes || utf8Length(domain) > maxDomainBytes) return false;
  let labelStart = 0;
  let labels = 0;
  for (let i = 0; i <= domain.length; i++) {
    if (i < domain.length && domain.charCodeAt(i) !== 0x2e) continue;
    const length = i - labelStart;
    if (length > maxLabel || domain.charCodeAt(labelStart) === 0x2d || domain.charCodeAt(i - 1) === 0x2d) return false;
    labels++;
    if (i === domain.length) return labels >= 2 && length >= 2 && isLetters(domain, labelStart, i);
    labelStart = i + 1;
  }
  return false;
}

/** Non-empty parts of allowed characters joined by single dots (no leading, trailing or double dot). */
function isDotSeparated(value: string, allowed: (code: number) => boolean): boolean {
  if (value.length === 0) return false;
  let previousDot = true;
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if (code === 0x2e) {
      if (previousDot) return false;
      previousDot = true;
    } else if (allowed(code)) previousDot = false;
    else return false;
  }
  return !previousDot;
}

function isAlphanumeric(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
}

function isCyrillic(code: number): boolean {
  return code >= 0x0400 && code <= 0x04ff;
}

function isLocalUnit(code: number): boolean {
  return isAlphanumeric(code) || code === 0x5f || code === 0x25 || code === 0x2b || code === 0x2d || isCyrillic(code);
}

function isLabelUnit(code: number): boolean {
  return isAlphanumeric(code) || code === 0x2d || isCyrillic(code);
}

function isLetters(value: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const code = value.charCodeAt(i);
    if (!((code >= 97 && code <= 122) || (code >= 65 && code <= 90) || isCyrillic(code))) return false;
  }
  return true;
}

/** UTF-8 bytes of a string made of the units above: ASCII 1, Cyrillic 2. */
function utf8Length(value: string): number {
  let bytes = value.length;
  for (let i = 0; i < value.length; i++) if (value.charCodeAt(i) >= 0x80) bytes++;
  return bytes;
}
