// Passes the scan enters only when the fact they need to act is in the text (scan.ts): each row
// is a text where the gated pass acts, so a gate that shut it out would change the answer. Invented names and
// sentences, written for pii-gate.

import { describe, expect, it } from 'vitest';
import { createNameDetector } from '../../../src/detect/name/index.js';

const detector = createNameDetector();
const spanTexts = (text: string): string[] => detector.detect(text, { regions: [], knownNames: [] }).map((span) => text.slice(span.start, span.end));

describe('the address coordination pass, entered only with `and` and a token of digits', () => {
  it.each([
    ['a street and its house number after `and`', 'Send it to Torvell and Quarnsvej 42', 'Torvell'],
  ])('drops the span coordinated with %s', (_what, text, dropped) => {
    expect(spanTexts(text)).not.toContain(dropped);
  });

  it.each([
    ['two people joined by `and`', 'Torvell and Quarnby called me.', ['Torvell', 'Quarnby']],
  ])('keeps %s', (_what, text, kept) => {
    for (const name of kept) expect(spanTexts(text).join(' ')).toContain(name);
  });
});

describe('the lower-case possessed-noun pass, entered only with a span opening past the basic Cyrillic capitals', () => {
  it.each([
    ['a lower-case word right after a capitalised name', 'Данияр Тоқаев ерікті болып жұмыс істеді.', 'ерікті'],
  ])('drops %s', (_what, text, dropped) => {
    expect(spanTexts(text)).not.toContain(dropped);
  });

  it.each([
    ['a name opening with a Kazakh capital', 'Әлжан Тоқаев келді.', 'Әлжан Тоқаев'],
  ])('keeps %s', (_what, text, kept) => {
    expect(spanTexts(text)).toContain(kept);
  });
});
