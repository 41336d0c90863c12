// An English -ly adverb opening a lower-case post is no given name joined to the name after it (en-lower-adverbs.ts):
// `kevin`, `justin`, `dustin` end like -ин surnames, and the chat pass that takes an unlisted word before a surname
// read `honestly kevin` as one name. Sentences written for pii-gate, names invented or common.

import { describe, expect, it } from 'vitest';
import { names } from '../../helpers/names.js';

const cases: [what: string, text: string, expected: string[]][] = [
  ['`honestly` before a given name in -in', 'honestly kevin is the best player on the team', ['kevin']],
  ['`literally` before a given name in -in', 'literally justin carried the whole match', ['justin']],
  ['`apparently` before a given name in -in, before a verb', 'apparently dustin lost his phone again', ['dustin']],
  ['`finally` before a given name in -in', 'finally kevin won something lol', ['kevin']],
  ['`seriously` before a given name in -in, addressed', 'seriously justin you need to stop', ['justin']],
  // Hard negatives: the pair the pass is for still stands.
  ['an unlisted given name before a lower-case surname in -ov', 'zarvonbek yusupov helped me a lot', ['zarvonbek yusupov']],
  ['a listed given name in -ly before a surname', 'kelly ivanova helped me with the order', ['kelly ivanova']],
  ['a listed given name in -ly that SCOWL holds, before a surname', 'holly sokolova helped me with the order', ['holly sokolova']],
];

describe('an English -ly adverb opening a lower-case post is no part of the name after it', () => {
  it.each(cases)('%s: %s', (_what, text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});
