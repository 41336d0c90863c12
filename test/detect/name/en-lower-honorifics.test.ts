// A listed surname after an English honorific in lower-case text (english-lower.ts): `dr. smith was great` names a
// person though `smith` is an English word too. Invented sentences, written for pii-gate.

import { describe, expect, it } from 'vitest';
import { names } from '../../helpers/names.js';

describe('a listed surname after an honorific, in lower case', () => {
  it.each([
    ['a surname that is an English word, after `dr.`', 'hi there! dr. smith was great with my son.', ['smith']],
    ['after `mrs` without the dot', 'thanks a lot, mrs baker helped me with the forms today.', ['baker']],
  ])('is a name (%s): %s', (_, text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    ['a function word after the honorific', 'hi there! the dr. who episode was great yesterday.'],
    ['an everyday word no list holds as a surname', 'hi there! she is waiting for mr. right to show up.'],
  ])('masks nothing (%s): %s', (_, text) => {
    expect(names(text)).toEqual([]);
  });
});
