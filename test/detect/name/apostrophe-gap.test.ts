// The gap of a possessive typed apart from its word (`Zorvek ' s`), read by en-name-links.ts, en-social-frames.ts and
// en-brand-possessives.ts through one helper (gaps.ts). Invented strings, written for pii-gate.

import { describe, expect, it } from 'vitest';
import { oneApostropheBetween } from '../../../src/detect/name/gaps.js';

describe('one apostrophe between a word and a lone s', () => {
  it.each([
    ['a spaced straight apostrophe', "Zorvek ' s", true],
    ['an apostrophe right after the word', "Zorvek 's", true],
    ['a curly apostrophe', 'Zorvek ’ s', true],
    ['an apostrophe alone', "Zorvek's", true],
    ['two apostrophes', "Zorvek '' s", false],
    ['a straight and a curly apostrophe', "Zorvek '’ s", false],
    ['spaces only', 'Zorvek   s', false],
    ['another mark', "Zorvek ,' s", false],
    ['a tab beside the apostrophe', "Zorvek\t' s", false],
    ['no gap at all', 'Zorveks', false],
  ])('%s: %s', (_what, text, expected) => {
    const end = text.indexOf('Zorvek') + 6;
    const s = text.lastIndexOf('s');
    expect(oneApostropheBetween(text, end, s)).toBe(expected);
  });
});
