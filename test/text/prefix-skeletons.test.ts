import { describe, expect, it } from 'vitest';
import { keyFilterCell, prefixSkeletons, PrefixSkeletons, skeleton } from '../../src/text/translit.js';

// Invented words: the rewrites at a stem's end (`zh`/`kh` and the `y` of softenY) are where a prefix's skeleton
// differs from the whole word's up to there.
const words = [
  'жаслангүл', 'zhanbolotova', 'kholmuradovning', 'aygulnurga', 'yelbekovich', 'ерғалиевна', "o'tkirbekjon",
  'qo‘shbekka', 'щукинцевой', 'арьёнбек', 'ayyubjonga', 'kaiyoz', 'zh', 'yeye', 'ye', 'y', 'ь', '', 'jürgenssen',
  'ström’s', 'mayaosh', 'kazhybek', 'nukhulov', 'аяулым', 'туйеж',
];

function cellOf(key: string, bits: number): number {
  const size = key.length;
  return keyFilterCell(size, key.charCodeAt(0) | 0, key.charCodeAt(1) | 0, key.charCodeAt(size - 2) | 0, key.charCodeAt(size - 1) | 0, bits);
}

describe('PrefixSkeletons', () => {
  it.each(words)('reads the skeleton of every prefix of %j as skeleton() does', (word) => {
    const prefixes = new PrefixSkeletons();
    prefixes.reset(word);
    for (let length = 0; length <= word.length; length++) {
      const key = skeleton(word.slice(0, length));
      expect(prefixes.key(length)).toBe(key);
      expect(prefixes.filterCell(length, 1 << 20)).toBe(cellOf(key, 1 << 20));
    }
  });

  it.each(words)('reads %j right after a longer word was read into the same object', (word) => {
    // reset() keeps its buffer from word to word: nothing of the longer word may show through.
    const prefixes = new PrefixSkeletons();
    prefixes.reset('zhakhongirbekovichyeva');
    prefixes.reset(word);
    for (let length = 0; length <= word.length; length++) expect(prefixes.key(length)).toBe(skeleton(word.slice(0, length)));
  });

  it('is shared per word and read afresh for another one', () => {
    const first = prefixSkeletons('zhanbolot');
    expect(first.key(2)).toBe('j');
    const second = prefixSkeletons('kazbek');
    expect(second.key(3)).toBe('kaz');
    expect(prefixSkeletons('zhanbolot').key(1)).toBe('z');
  });
});
