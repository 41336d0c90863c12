// Request limits, bearer parsing and problem mapping: pure functions, table-driven.

import { describe, expect, it } from 'vitest';
import { PiiGateError } from '../../src/errors.js';
import { bearerToken } from '../../src/http/auth.js';
import { checkDocuments, parseLimits } from '../../src/http/limits.js';
import { problemFor, toPiiGateError } from '../../src/http/problem.js';

const limits = parseLimits({ maxDocuments: 3, maxTextChars: 10, maxDepth: 3 });

function codeOf(run: () => void): string | undefined {
  try {
    run();
    return undefined;
  } catch (error) {
    return (error as PiiGateError).code;
  }
}

describe('checkDocuments', () => {
  it.each([
    ['accepts documents within every limit', [{ text: 'short' }, { messages: [{ text: 'hi' }] }], undefined],
    ['refuses more documents than allowed', [{}, {}, {}, {}], 'ERR_PII_INPUT_TOO_MANY_DOCUMENTS'],
    ['refuses a string longer than allowed, wherever it is', [{ meta: { note: 'x'.repeat(11) } }], 'ERR_PII_INPUT_TEXT_TOO_LONG'],
    ['refuses nesting deeper than allowed', [{ a: { b: { c: {} } } }], 'ERR_PII_INPUT_TOO_DEEP'],
    ['counts arrays as levels', [{ messages: [[{}]] }], 'ERR_PII_INPUT_TOO_DEEP'],
  ])('%s', (_label, documents, code) => {
    expect(codeOf(() => checkDocuments(documents, limits))).toBe(code);
  });

  it('names the path of the offending value, not its content', () => {
    try {
      checkDocuments([{ text: 'ok' }, { messages: [{ text: 'секрет 123456789' }] }], limits);
      expect.unreachable();
    } catch (error) {
      expect((error as PiiGateError).detail).toBe('documents[1].messages[0].text: longer than 10 characters');
    }
  });

  it.each([[{ maxDepth: 0 }], [{ bodyBytes: 'lots' }], [{ maxDocuments: 1.5 }]])('rejects bad limits %o at start-up', (bad) => {
    expect(codeOf(() => parseLimits(bad as never))).toBe('ERR_PII_CONFIG_INVALID');
  });
});

describe('bearerToken', () => {
  it.each([
    ['Bearer abc-123', 'abc-123'],
    ['bearer abc', 'abc'],
    ['Bearer  abc  ', 'abc'],
    ['Basic abc', undefined],
    ['Bearer', undefined],
    ['Bearer a b', undefined],
    [undefined, undefined],
  ])('reads %j as %j', (header, token) => {
    expect(bearerToken({ headers: header === undefined ? {} : { authorization: header } })).toBe(token);
  });
});

describe('problem mapping', () => {
  it.each([
    [{ type: 'entity.too.large', message: 'request entity too large' }, 'ERR_PII_INPUT_TOO_LARGE', 413],
    [{ type: 'entity.parse.failed', message: 'Unexpected token "Алишер"' }, 'ERR_PII_INPUT_INVALID_JSON', 400],
    [{ type: 'charset.unsupported' }, 'ERR_PII_INPUT_MEDIA_TYPE', 415],
    [new Error('some text with +998 90 123 45 67'), 'ERR_PII_INTERNAL', 500],
    [{ code: 'ERR_PII_POOL_TIMEOUT', detail: 'no result', retryAfter: 2 }, 'ERR_PII_POOL_TIMEOUT', 503],
  ])('maps %o to %s (%i) without repeating foreign messages', (thrown, code, status) => {
    const problem = problemFor(toPiiGateError(thrown));
    expect([problem.code, problem.status]).toEqual([code, status]);
    expect(JSON.stringify(problem)).not.toMatch(/Алишер|998 90/);
  });
});
