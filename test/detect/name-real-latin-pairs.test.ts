import { describe, expect, it } from 'vitest';
import { createNameDetector } from '../../src/detect/name/index.js';
import { resolveSpans } from '../../src/detect/resolve.js';

const detector = createNameDetector();

function names(text: string): string[] {
  const spans = resolveSpans(text, detector.detect(text, { regions: [], knownNames: [] }), { threshold: 0.5, allow: new Set(), deny: [] });
  return spans.map((span) => text.slice(span.start, span.end));
}

// Invented foreign names (`Zorvik Brenelund`) on no list.
describe('two unknown capitalised Latin words mid-sentence are a given name and surname', () => {
  it.each([
    ['after a preposition', 'I worked as the assistant to Zorvik Brenelund last year.', ['Zorvik Brenelund']],
    ['after a verb', 'I want to add Zorvik Brenelund as a beneficiary to my account.', ['Zorvik Brenelund']],
  ])('%s: %j', (_kind, text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    ['after a possessive', 'I want my Zorvik Brenelund back.'],
    ['a noun suffix', 'We met Zorvik Management at the fair.'],
    ['a compound of everyday words', 'I thought Undead Nightmare was pretty cool.'],
    ['a longer capitalised run', 'I love Zorvik Brenelund Data Explorer a lot.'],
  ])('%s: %j has no name', (_kind, text) => {
    expect(names(text)).toEqual([]);
  });
});
