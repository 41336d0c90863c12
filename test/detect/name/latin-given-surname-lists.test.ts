// A Kazakh or Kyrgyz given name written in Latin letters that an international list holds only as a surname
// (`Bolat`): the given-name status of the Central Asian list is kept (src/detect/name/analyze.ts). Invented texts.

import { describe, expect, it } from 'vitest';
import { names } from '../../helpers/names.js';

describe('a Central Asian given name that a Latin list holds as a surname', () => {
  it.each([
    ['lower case before an honorific and thanks', 'bolat aka rahmat', ['bolat']],
  ])('masks the name (%s): %s', (_, text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});
