import { describe, expect, it } from 'vitest';
import { roleGap } from '../../src/detect/name/gaps.js';

describe('the gap between a role word and a name', () => {
  it.each([
    [' ', true],
    ['  ', true],
    [' - ', true],
    ['—', true],
    [' –', true],
    ['\u00a0-\u00a0', true],
    ['\u2003—', true],
    [': ', false],
    [' -- ', false],
    [' , ', false],
    ['   ', false],
    ['-  -', false],
    ['\n- ', true],
  ])('%j is a role gap: %s', (gap, expected) => {
    const text = `Оператор${gap}Анна`;
    expect(roleGap(text, 8, 8 + gap.length)).toBe(expected);
  });

  it('agrees with the regex definition on every short gap of spaces, dashes and punctuation', () => {
    const alphabet = [' ', '-', '–', '—', '\u00a0', '\t', '\n', ':', ',', 'x', '\u2028'];
    for (const a of alphabet) for (const b of ['', ...alphabet]) for (const c of ['', ...alphabet]) {
      const gap = a + b + c;
      const expected = onlySpacesReference(gap) || (gap.length <= 3 && /^\s*[-–—]\s*$/u.test(gap));
      expect(roleGap(`A${gap}B`, 1, 1 + gap.length), JSON.stringify(gap)).toBe(expected);
    }
  });
});

// onlySpaces(text, from, to, 2): one or two of space, no-break space, tab, narrow no-break space.
function onlySpacesReference(gap: string): boolean {
  return gap.length >= 1 && gap.length <= 2 && [...gap].every((char) => char === ' ' || char === '\u00a0' || char === '\t' || char === '\u202f');
}
