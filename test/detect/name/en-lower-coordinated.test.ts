// A lower-case word joined by `and` to a lower-case name in an English post (en-lower-coordinated.ts). Invented names
// and sentences, written for pii-gate.

import { describe, expect, it } from 'vitest';
import { names } from '../../helpers/names.js';

describe('a lower-case word coordinated with a lower-case name', () => {
  it.each([
    ['at the end of the post', 'big salute to ravi kumar and quorvani', ['ravi kumar', 'quorvani']],
    ['before is', 'wow emma and zelvorine is so cute', ['emma', 'zelvorine']],
    ['a listed given name SCOWL lacks, before is', 'wow emma and brigitte is so cute', ['emma', 'brigitte']],
  ])('is a person too (%s): %s', (_, text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    ['an everyday word', 'wow emma and everyone is so cute', ['emma']],
    ['a listed given name that is an everyday word too', 'wow emma and grace is so cute', ['emma']],
    ['a word before a noun', 'thanks emma and zelvorine team for the help', ['emma']],
    ['a slip from an everyday word', 'wow emma and freinds are so cute', ['emma']],
    ['laughter', 'me and emma and hahahaa', ['emma']],
    ['beside a capitalised name', 'Emma and zelvorine is so cute', ['Emma']],
  ])('is no person (%s): %s', (_, text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});
