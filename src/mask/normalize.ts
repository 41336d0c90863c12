// Fallback normalisation for pseudonyms when a detector gave no `Span.normalized`: same person, same key.

import type { EntityType } from '../types.js';

// Uzbek Latin writes oʻ/gʻ with any of these; people type whichever their keyboard has.
const apostrophes = /[\u02BB\u02BC\u2018\u2019\u0060\u00B4]/gu;

/** Case-folded, NFC, ё→е, one apostrophe, single spaces. Used for names in every script we handle. */
export function foldName(value: string): string {
  return value
    .normalize('NFC')
    .toLowerCase()
    .replaceAll('ё', 'е')
    .replace(apostrophes, "'")
    .replace(/\s+/gu, ' ')
    .trim();
}

export function normalizeEmail(value: string): string {
  return value.normalize('NFC').trim().toLowerCase();
}

/** Digits only, with the leading `+` kept: a best effort when no E.164 form is known. */
export function normalizePhoneDigits(value: string): string {
  const digits = value.replace(/\D/gu, '');
  return value.trimStart().startsWith('+') ? `+${digits}` : digits;
}

export function normalizeValue(type: EntityType, value: string): string {
  switch (type) {
    case 'NAME':
      return foldName(value);
    case 'EMAIL':
      return normalizeEmail(value);
    case 'PHONE':
      return normalizePhoneDigits(value);
  }
}
