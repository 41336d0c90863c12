// The scan's shortcut for words of digits and hyphens (scan.ts digitGroupFacts) must answer exactly what the full
// per-word tests answer.
import { describe, expect, it } from 'vitest';
import { loadNameResources } from '../../src/detect/name/resources.js';
import { describeWordFully, digitGroupFacts } from '../../src/detect/name/scan.js';
import { WordBit } from '../../src/detect/name/vocabulary.js';

const resources = loadNameResources();

// Every word of up to four digits and hyphens that starts with a digit, and seeded longer ones.
function digitWords(): string[] {
  const words: string[] = [];
  const alphabet = '0123456789-';
  const grow = (prefix: string): void => {
    words.push(prefix);
    if (prefix.length === 4) return;
    for (const char of alphabet) grow(prefix + char);
  };
  for (const digit of '0123456789') grow(digit);
  let seed = 7;
  const next = (): number => (seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648);
  for (let n = 0; n < 3_000; n++) {
    let word = String(next() % 10);
    const length = 5 + (next() % 16);
    while (word.length < length) word += next() % 4 === 0 ? '-' : String(next() % 10);
    words.push(word);
  }
  return words;
}

describe('facts of words made of digits and hyphens', () => {
  it('equal the full per-word tests for every such word', () => {
    const words = digitWords();
    const mismatched = words.filter((word) => {
      const quick = digitGroupFacts(word);
      const full = describeWordFully(word, resources);
      return quick === undefined || quick.cue !== full.cue || quick.bits !== full.bits;
    });
    expect(words.length).toBeGreaterThan(15_000);
    expect(mismatched).toEqual([]);
  });

  it.each([
    ['12', 0],
    ['90-123-45', 0],
    ['123-45', WordBit.InnerHyphen],
    ['2024-11-26', WordBit.InnerHyphen],
  ])('%s has bits %i', (word, bits) => {
    expect(digitGroupFacts(word)?.bits).toBe(bits);
  });

  it.each(['a12', '12a', '12.5', '12-ый', 'уй12', '-12', '١٢', ''])('leaves %s to the full tests', (word) => {
    expect(digitGroupFacts(word)).toBeUndefined();
  });
});
