// English chat and forms, the signer after `approved by` / `signed by` (en-chat-signers.ts): a surname with one
// initial, lower case or not. Invented names and sentences, written for pii-gate.

import { describe, expect, it } from 'vitest';
import { names } from '../../helpers/names.js';

const signers: [frame: string, text: string, expected: string[]][] = [
  ['an initial before an unlisted surname', 'approved by t. quenby on 3 july', ['t. quenby']],
  ['an initial before the surname, the verb misspelt', 'aproved by r. dallowin on 27/01/2022', ['r. dallowin']],
  ['the surname before the initial, a comma after', 'signed by marrow k., chief accountant', ['marrow k.']],
  ['a surname that is also a word before the initial', 'signed by brook p., head of sales', ['brook p.']],
  ['the pair ending the text', 'checked by fenwick j.', ['fenwick j.']],
];

const notSigners: [what: string, text: string, expected: string[]][] = [
  ['a role after by', 'approved by the manager on 3 july', []],
  ['the way a paper was signed', 'signed by hand, see attached', []],
  ['an abbreviation after by', 'signed by e. g. the head office', []],
  ['a pronoun before a letter', 'approved by us a. s. a. p.', []],
  ['by without a signing verb', 'sent by t. quenby on monday', []],
];

describe('the signer after approved by or signed by', () => {
  it.each(signers)('finds %s', (_frame, text, expected) => {
    expect(names(text)).toEqual(expected);
  });
  it.each(notSigners)('does not read %s as a person', (_what, text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});
