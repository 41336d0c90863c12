// A video's timestamp or a clock time before a name is no house number (runs.ts). Invented sentences, written for
// pii-gate.

import { describe, expect, it } from 'vitest';
import { names } from '../../helpers/names.js';

describe('a name after a time', () => {
  it.each([
    ['a timestamp typed with a space', '1: 10 Tobias the mass-murderer, holy cow.', ['Tobias']],
    ['a timestamp', '2:13 Marisol is so funny here', ['Marisol']],
    ['a clock time', 'Meet me at 10:30 Marisol will be there', ['Marisol']],
  ])('is a name (%s): %s', (_, text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    ['a house number', 'Send it to 14 Marisol Road please'],
  ])('after a house number masks nothing (%s): %s', (_, text) => {
    expect(names(text)).toEqual([]);
  });
});
