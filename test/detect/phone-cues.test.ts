// Cue matching: the one-word shortcut answers as the window it replaces, and folding skips only what needs none.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createCueMatcher, foldCue, lowerCase } from '../../src/detect/phone-cues.js';

// Words, a stem, phrases with a space and a hyphen, an Uzbek apostrophe: every kind of entry a list holds.
const matcher = createCueMatcher(['тел', 'tel', 'raqam*', "qo'ng'iroq", 'call me', 'e-mail', 'номер*', 'İd']);
const alphabet = ['т', 'Т', 'е', 'л', 't', 'T', 'e', 'l', 'r', 'a', 'q', 'm', 'ʻ', '’', "'", 'İ', 'i', ' ', '-', '9', '0', '\u200b', 'н', 'о', 'м', 'р', 'c', 'ё'];
const textArbitrary = fc.array(fc.constantFrom(...alphabet), { minLength: 0, maxLength: 40 }).map((chars) => chars.join(''));

describe('createCueMatcher().nearWordEnd', () => {
  it.each([
    ['тел998901234567', 3, true],
    ['Tel-901234567', 3, true],
    ['raqamim901234567', 7, true],
    ['KZ86125', 2, false],
  ])('in %s, the word ending at %i is a cue word: %s', (text, end, expected) => {
    expect(matcher.nearWordEnd(text, end)).toBe(expected);
  });

  it('answers as near() over the last character, at every position of any text', () => {
    fc.assert(
      fc.property(textArbitrary, (text) => {
        for (let end = 0; end <= text.length; end++) {
          expect(matcher.nearWordEnd(text, end)).toBe(matcher.near(text, end - 1, end));
        }
      }),
      { numRuns: 2000 },
    );
  });
});

describe('foldCue and lowerCase', () => {
  it('fold as toLowerCase() and the apostrophe rewrite do, whatever the text', () => {
    fc.assert(
      fc.property(fc.oneof(textArbitrary, fc.string({ unit: 'binary', maxLength: 12 })), (text) => {
        const lower = text.toLowerCase();
        expect(lowerCase(text)).toBe(lower);
        expect(foldCue(text)).toBe(lower.replace(/[ʻʼ‘’`]/gu, "'"));
      }),
      { numRuns: 3000 },
    );
  });
});
