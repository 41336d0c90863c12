// The npm peers measured side by side with pii-gate, each behind one call: text in, redacted text out.

import { Redactor } from '@redactpii/node';
import { OpenRedaction } from 'openredaction';
import { SyncRedactor } from 'redact-pii';
import type { EntityType } from '../../../src/types.js';
import type { TokenVocabulary } from './align.js';

export interface Peer {
  readonly name: string;
  /** Version from the peer's package.json, for the results table. */
  readonly packageName: string;
  readonly vocabulary: TokenVocabulary;
  /** Built once, outside the timed loop. */
  create(): (text: string) => string | Promise<string>;
}

// Tokens the two redact-pii style libraries write: snake_case names of their built-in patterns (checked in
// redact-pii 3.4 lib/composition.js and @redactpii/node 1.0 lib/index.mjs).
const upperSnakeTokens = [
  'PERSON_NAME',
  'PHONE_NUMBER',
  'EMAIL_ADDRESS',
  'CREDIT_CARD_NUMBER',
  'STREET_ADDRESS',
  'ZIPCODE',
  'IP_ADDRESS',
  'US_SOCIAL_SECURITY_NUMBER',
  'USERNAME',
  'PASSWORD',
  'CREDENTIALS',
  'DIGITS',
  'URL',
];

const upperSnakeVocabulary: TokenVocabulary = {
  // Longest first, and whole words only, so `PHONE_NUMBER` is never read as a shorter token.
  pattern: new RegExp(`(?<![A-Za-z0-9_])(?:${[...upperSnakeTokens].sort((a, b) => b.length - a.length).join('|')})(?![A-Za-z0-9_])`, 'g'),
  labelOf(token) {
    const labels: Record<string, EntityType> = { PERSON_NAME: 'NAME', PHONE_NUMBER: 'PHONE', EMAIL_ADDRESS: 'EMAIL' };
    return labels[token];
  },
};

// openredaction placeholders: `[NAME_2308]`, `[PHONE_UK_5881]`, `[EMAIL_0412]` (type, then a 4-digit hash).
const openRedactionVocabulary: TokenVocabulary = {
  pattern: /\[[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+\]/g,
  labelOf(token) {
    const type = token.slice(1, -1);
    if (type.startsWith('NAME_') || /_NAME_/.test(type)) return 'NAME';
    if (type.startsWith('PHONE') || type.startsWith('MOBILE')) return 'PHONE';
    if (type.startsWith('EMAIL')) return 'EMAIL';
    return undefined;
  },
};

export const peers: readonly Peer[] = [
  {
    name: 'redact-pii (SyncRedactor)',
    packageName: 'redact-pii',
    vocabulary: upperSnakeVocabulary,
    create() {
      const redactor = new SyncRedactor();
      return (text) => redactor.redact(text);
    },
  },
  {
    name: '@redactpii/node',
    packageName: '@redactpii/node',
    vocabulary: upperSnakeVocabulary,
    create() {
      const redactor = new Redactor();
      return (text) => redactor.redact(text);
    },
  },
  {
    name: 'openredaction',
    packageName: 'openredaction',
    vocabulary: openRedactionVocabulary,
    create() {
      const redactor = new OpenRedaction({ redactionMode: 'placeholder' });
      return async (text) => (await redactor.detect(text)).redacted;
    },
  },
];
