// Lower-case surnames English chat types after an introduction or an honorific with its dot (english.ts,
// english-lower.ts): `my name is lysander quorvelloni`, `dr. quorvelloni was great`; and the words that stay out
// (thanks, function words, a foreign thanks typed in Latin letters, `dr.` before an everyday word). Sentences
// written for pii-gate, names invented or common.

import { describe, expect, it } from 'vitest';
import { names } from '../../helpers/names.js';

const cases: [what: string, text: string, expected: string[]][] = [
  ['an unlisted surname after `my name is` and a given name', 'my name is lysander quorvelloni and i ordered twice', ['lysander quorvelloni']],
  ['a long unlisted surname ending the line', 'hi, my name is cordula featherbrightson\nthe parcel never came', ['cordula featherbrightson']],
  ['an unlisted surname after a lower-case `dr.`', 'dr. quorvelloni was great with my son', ['quorvelloni']],
  ['an unlisted surname after thanks to a lower-case `dr.`', 'thanks to dr. quorvelloni for the help', ['quorvelloni']],
  // Hard negatives.
  ['thanks after `my name is` and a given name', 'my name is kevin thanks for the reply', ['kevin']],
  ['a function word after `my name is` and a given name', 'my name is aziz and i need help', ['aziz']],
  ['an everyday word after a lower-case `dr.`', 'i went to the dr. today and it was fine', []],
];

describe('lower-case surnames after an English introduction or an honorific with its dot', () => {
  it.each(cases)('%s: %s', (_what, text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});
