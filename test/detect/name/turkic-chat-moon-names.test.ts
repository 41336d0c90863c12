// Unlisted Kazakh and Kyrgyz given names in -айым "my moon" (chat.ts bareTurkicName): they end like a first-person
// possessive, so the Turkic chat passes read their endings on the stem; kin terms, "my God" and Russian words with
// the same ending stay words. Invented names.

import { describe, expect, it } from 'vitest';
import { names } from '../../helpers/names.js';

describe('an unlisted given name in -айым opening a Turkic chat message', () => {
  it.each([
    ['Kazakh, before a deed', 'аружайым бәрін жақсы түсіндірді', ['аружайым']],
    ['Kazakh, before "helped us"', 'сәулайым бізге көмектесті', ['сәулайым']],
    ['Kyrgyz, before "helped"', 'күнжайым жардам берди', ['күнжайым']],
    ['Kazakh, before "helped"', 'даткайым көмектесті', ['даткайым']],
  ])('is a name (%s): %s', (_, text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    ['a kin term', 'апайым бәрін жақсы түсіндірді'],
    ['another kin term', 'ағайым көмектесті'],
    ['"my God" in Kyrgyz', 'кудайым жардам берди'],
    ['a Russian word with a possessive', 'сарайым жақсы болды'],
    ['"my surroundings"', 'маңайым жақсы'],
  ])('masks nothing for %s: %s', (_, text) => {
    expect(names(text)).toEqual([]);
  });
});
