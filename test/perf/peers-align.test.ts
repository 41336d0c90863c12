// Peer output alignment (benchmarks/lib/peers/align.ts): recovers masked input ranges from redacted text alone.

import { describe, expect, it } from 'vitest';
import type { TokenVocabulary } from '../../benchmarks/lib/peers/align.js';
import { alignOutput } from '../../benchmarks/lib/peers/align.js';
import type { EntityType } from '../../src/types.js';

const labels: Record<string, EntityType> = { PERSON_NAME: 'NAME', PHONE_NUMBER: 'PHONE', EMAIL_ADDRESS: 'EMAIL' };
const vocabulary: TokenVocabulary = {
  pattern: /PERSON_NAME|PHONE_NUMBER|EMAIL_ADDRESS|DIGITS/g,
  labelOf: (token) => labels[token],
};

// Synthetic values only.
describe('alignOutput', () => {
  it.each([
    ['nothing when the output is the input', 'Привет, всё ок.', 'Привет, всё ок.', [], 'unchanged'],
    ['a name replaced mid-sentence', 'Hi Test Testov, thanks', 'Hi PERSON_NAME, thanks', [[3, 14, 'NAME']], 'anchored'],
    [
      'an e-mail whose dots equal the sentence dot',
      'Mail a.b@test.example.',
      'Mail EMAIL_ADDRESS.',
      [[5, 21, 'EMAIL']],
      'anchored',
    ],
    [
      'two entities of different types, Cyrillic text',
      'Звоните +998 90 000 00 00, спросите Тест',
      'Звоните PHONE_NUMBER, спросите PERSON_NAME',
      [[8, 25, 'PHONE'], [36, 40, 'NAME']],
      'anchored',
    ],
    ['a token with no entity type', 'order 123456 ok', 'order DIGITS ok', [[6, 12, undefined]], 'anchored'],
    ['a value removed without a token (diff fallback)', 'call 5550000 now', 'call  now', [[5, 12, undefined]], 'diff'],
  ])('recovers %s', (_case, input, output, expected, method) => {
    const aligned = alignOutput(input, output, vocabulary);
    expect(aligned.method).toBe(method);
    expect(aligned.ranges.map((range) => [range.start, range.end, range.type])).toEqual(expected);
  });

  it('falls back to the diff when the tool also changed text outside its tokens', () => {
    const aligned = alignOutput('Hi  there, Test Testov!', 'Hi there, PERSON_NAME!', vocabulary);
    expect(aligned.method).toBe('diff');
    expect(aligned.ranges.map((range) => [range.start, range.end, range.type])).toContainEqual([11, 22, 'NAME']);
  });
});
