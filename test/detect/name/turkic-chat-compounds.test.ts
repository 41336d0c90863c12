// A noun in a compound verb with "make/do" (turkic-chat-compounds.ts) is no person even when a given-name list holds
// it; a person before the converb and "give" or "put", or with an object between, stays a name.

import { describe, expect, it } from 'vitest';
import { names } from '../../helpers/names.js';

describe('a noun before a light-verb converb', () => {
  it.each([
    ['Kyrgyz "making an effort"', 'Кайрат кылып 5 кун иштедим'],
    ['Kyrgyz, going on', 'Кайрат кылып жатам'],
    ['Kazakh', 'Қайрат қылып жүрміз'],
  ])('is no name (%s): %s', (_, text) => {
    expect(names(text)).toEqual([]);
  });
});

describe('a person before a deed', () => {
  it.each([
    ['the converb before "give"', 'Dilnoza qilib berdi', ['Dilnoza']],
    ['the converb before "put"', 'Кайрат кылып койду', ['Кайрат']],
    ['an object between', 'Кайрат иш кылып', ['Кайрат']],
  ])('stays a name (%s): %s', (_, text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});
