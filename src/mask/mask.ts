// mask: keep the shape, hide the identity: `+998 ** *** ** 67`, `a****@mail.ru`, `Д*******`.

// Same metadata build as the phone detector, so a worker loads one copy.
import { getCountries, getCountryCallingCode } from 'libphonenumber-js/max';
import type { Span } from '../types.js';
import type { Operator } from './operator.js';

const hidden = '*';
const letterOrDigit = /[\p{L}\p{N}]/u;
const maskable = /[\p{L}\p{N}\p{M}]/u;
const combiningMark = /\p{M}/u;
const wordSeparator = /[\s\-‐‑–—.]/u;

// Calling codes are prefix-free (ITU-T E.164), so the first 1–3 digits after '+' match at most one.
let callingCodes: ReadonlySet<string> | undefined;
function knownCallingCodes(): ReadonlySet<string> {
  callingCodes ??= new Set(getCountries().map((country) => getCountryCallingCode(country)));
  return callingCodes;
}

function callingCodeLength(digits: string): number {
  for (let length = 1; length <= 3; length += 1) {
    if (knownCallingCodes().has(digits.slice(0, length))) return length;
  }
  return 0;
}

/** Every digit becomes '*' except the `+code` prefix (only when written with '+') and the last two. */
export function maskPhone(value: string): string {
  const digits = value.replace(/\D/gu, '');
  const keepHead = value.trimStart().startsWith('+') ? callingCodeLength(digits) : 0;
  // Too few digits left to hide anything: hide them all rather than reveal most of a short number.
  const keepTail = digits.length - keepHead >= 6 ? 2 : 0;
  let seen = 0;
  let out = '';
  for (const char of value) {
    if (char >= '0' && char <= '9') {
      out += seen < keepHead || seen >= digits.length - keepTail ? char : hidden;
      seen += 1;
    } else {
      out += char;
    }
  }
  return out;
}

/** First character of the local part kept, the rest of it hidden, the domain kept. */
export function maskEmail(value: string): string {
  const at = value.lastIndexOf('@');
  // `ivan at mail dot ru` has no '@': where the domain starts is a guess, so hide everything but the first letter.
  if (at <= 0) return maskKeepingFirst(value);
  return maskKeepingFirst(value.slice(0, at)) + value.slice(at);
}

/** First letter of each word kept (with its combining marks), every other letter, digit or mark hidden. */
export function maskName(value: string): string {
  let out = '';
  let atWordStart = true;
  let keepingMarks = false;
  for (const char of value) {
    if (wordSeparator.test(char)) {
      out += char;
      atWordStart = true;
      keepingMarks = false;
    } else if (atWordStart && letterOrDigit.test(char)) {
      out += char;
      atWordStart = false;
      keepingMarks = true;
    } else if (keepingMarks && combiningMark.test(char)) {
      out += char;
    } else {
      out += maskable.test(char) ? hidden : char;
      keepingMarks = false;
    }
  }
  return out;
}

function maskKeepingFirst(value: string): string {
  let out = '';
  let first = true;
  for (const char of value) {
    if (first && letterOrDigit.test(char)) {
      out += char;
      first = false;
    } else {
      out += maskable.test(char) ? hidden : char;
    }
  }
  return out;
}

function maskValue(value: string, span: Span): string {
  switch (span.type) {
    case 'PHONE':
      return maskPhone(value);
    case 'EMAIL':
      return maskEmail(value);
    case 'NAME':
      return maskName(value);
  }
}

export const maskOperator: Operator = {
  name: 'mask',
  apply: function mask(value, span) {
    return maskValue(value, span);
  },
};
