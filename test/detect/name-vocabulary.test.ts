import { describe, expect, it } from 'vitest';
import { foldWord } from '../../src/text/normalize.js';
import { analyzeWord } from '../../src/detect/name/analyze.js';
import { CueWord, loadNameResources } from '../../src/detect/name/resources.js';
import { describeWord } from '../../src/detect/name/facts.js';
import { Vocabulary, WordBit } from '../../src/detect/name/vocabulary.js';
import { inflectingStems, splitKeys, StemMatcher } from '../../src/detect/name/lexicon.js';
import { turkicSuffixes } from '../../src/detect/name/suffixes.js';
import { skeleton } from '../../src/text/translit.js';
import { tokenize } from '../../src/text/tokenize.js';

const resources = loadNameResources();

describe('the vocabulary of folded words', () => {
  it.each(['Алишер', 'АЛИШЕР', "O‘g‘li", 'Пётр', 'Jürgen', 'ΣΟΦΙΑ', 'İlhom', 'Қасым-Жомарт'])('finds %s as the word foldWord makes of it', (word) => {
    const vocabulary = new Vocabulary((folded) => describeWord(folded, resources));
    const text = `  ${word}!`;
    const found = vocabulary.find(text, 2, 2 + word.length) ?? vocabulary.get(foldWord(word));
    expect(found.folded).toBe(foldWord(word));
    expect(vocabulary.get(foldWord(word))).toBe(found);
  });

  it('meets the same word in any case and apostrophe as one entry', () => {
    const vocabulary = new Vocabulary((folded) => describeWord(folded, resources));
    const spellings = ["o'g'li", "O‘g‘li", 'oʻgʻli', "O'G'LI"];
    const found = spellings.map((word) => vocabulary.find(word, 0, word.length));
    expect(new Set(found).size).toBe(1);
    expect(found[0]?.folded).toBe("o'g'li");
  });

  it('keeps finding words after growing and after clearing itself at its size limit', () => {
    let described = 0;
    const vocabulary = new Vocabulary(() => {
      described++;
      return { cue: 0, bits: 0 };
    });
    const words = Array.from({ length: 70_000 }, (_, index) => `w${index.toString(36)}`);
    for (const word of words) vocabulary.find(word, 0, word.length);
    const last = words.slice(-100);
    const before = described;
    for (const word of last) expect(vocabulary.find(word, 0, word.length)?.folded).toBe(word);
    expect(described).toBe(before);
  });

  it.each([
    ['everyday words met between thousands of new ones', 1_000, 3_000],
    ['everyday words met between tens of thousands of new ones', 4_096, 40_000],
  ])('keeps %s when it fills up, describing each once', (_case, limit, unique) => {
    const described = new Map<string, number>();
    const vocabulary = new Vocabulary((folded) => {
      described.set(folded, (described.get(folded) ?? 0) + 1);
      return { cue: 0, bits: folded.length, gates: folded.charCodeAt(0) };
    }, limit);
    const everyday = ['salom', 'привет', 'заказ', 'rahmat', 'доставка', 'kuryer', 'спасибо', 'buyurtma'];
    const infos = new Map(everyday.map((word) => [word, vocabulary.find(word, 0, word.length)!]));
    for (let k = 0; k < unique; k++) {
      const word = `Ноль${k.toString(36)}`;
      vocabulary.find(word, 0, word.length);
      const again = everyday[k % everyday.length]!;
      expect(vocabulary.find(again, 0, again.length)).toBe(infos.get(again));
    }
    for (const word of everyday) expect(described.get(word)).toBe(1);
  });

  it.each(['salom', 'Ноль1', 'Ноль2s', 'привет'])('reads %s by number with the facts it was described with after filling up', (word) => {
    const vocabulary = new Vocabulary((folded) => ({ cue: folded.length, bits: folded.charCodeAt(1), gates: folded.charCodeAt(0) }), 500);
    for (let k = 0; k < 2_000; k++) {
      const other = `Ноль${k.toString(36)}`;
      vocabulary.find(other, 0, other.length);
      vocabulary.find(word, 0, word.length);
    }
    const [token] = tokenize(word);
    const number = vocabulary.number(word, token!.start, token!.end, token!.foldHash);
    const folded = foldWord(word);
    expect(vocabulary.infoAt(number).folded).toBe(folded);
    expect([vocabulary.foldedAt(number), vocabulary.cueAt(number), vocabulary.bitsAt(number), vocabulary.gatesAt(number), vocabulary.firstAt(number)]).toEqual([folded, folded.length, folded.charCodeAt(1), folded.charCodeAt(0), folded.charCodeAt(0)]);
  });

  it('remembers exactly what analyzeWord says', () => {
    const vocabulary = new Vocabulary((folded) => describeWord(folded, resources));
    for (const word of ['алишеру', 'ивановой', 'jasurga', 'ташкент']) {
      const info = vocabulary.get(word);
      const cyrillic = /[\u0400-\u052f]/u.test(word[0]!);
      expect(info.evidence(cyrillic, resources, false)).toEqual(analyzeWord(word, cyrillic, resources, false));
      expect(info.evidence(cyrillic, resources, true)).toEqual(analyzeWord(word, cyrillic, resources, true));
    }
  });
});

describe('the context-free facts of a word', () => {
  it.each([
    ['уулу', WordBit.PatronymicWord],
    ["o'g'liga", WordBit.PatronymicWord],
    ['ибн', WordBit.Particle],
    ['каримовой', WordBit.SurnameLike],
    ['улица', WordBit.StreetWord],
    ["don't", WordBit.Contraction],
    ['атаның', WordBit.HonorificWithEnding],
  ])('%s has bit %i', (word, bit) => {
    expect(describeWord(word, resources).bits & bit).toBe(bit);
  });

  it.each(['алишер', 'спасибо', 'tashkent'])('%s is none of patronymic word, particle, street word or contraction', (word) => {
    expect(describeWord(word, resources).bits & (WordBit.PatronymicWord | WordBit.Particle | WordBit.StreetWord | WordBit.Contraction)).toBe(0);
  });

  it.each([
    ['зовут', CueWord.PhraseEnd],
    ['оператор', CueWord.Role],
  ])('%s cues a name (%i)', (word, flag) => {
    expect(describeWord(word, resources).cue & flag).toBe(flag);
  });
});

describe('the vocabulary read by word number', () => {
  it.each(['Алишер', 'оператор', 'уулу', "O'g'li", 'каримовой', 'Jasur'])('gives %s the facts and the WordInfo that find() gives', (word) => {
    const vocabulary = new Vocabulary((folded) => describeWord(folded, resources));
    const text = ` ${word} `;
    const [token] = tokenize(text);
    const number = vocabulary.number(text, token!.start, token!.end, token!.foldHash);
    const info = vocabulary.find(text, token!.start, token!.end)!;
    expect(vocabulary.infoAt(number)).toBe(info);
    expect([vocabulary.foldedAt(number), vocabulary.bitsAt(number), vocabulary.cueAt(number), vocabulary.firstAt(number)]).toEqual([info.folded, info.bits, info.cue, info.folded.charCodeAt(0)]);
  });

  it('has no number for a word too long to keep', () => {
    const vocabulary = new Vocabulary((folded) => describeWord(folded, resources));
    const blob = 'ab'.repeat(100);
    const [token] = tokenize(blob);
    expect(vocabulary.number(blob, token!.start, token!.end, token!.foldHash)).toBe(-1);
  });
});

describe('the vocabulary and very long words', () => {
  it('describes a very long word afresh instead of keeping it', () => {
    let described = 0;
    const vocabulary = new Vocabulary(() => {
      described++;
      return { cue: 0, bits: 0 };
    });
    const blob = 'Ab'.repeat(5_000);
    const first = vocabulary.find(blob, 0, blob.length);
    const second = vocabulary.find(blob, 0, blob.length);
    expect(first?.folded).toBe(blob.toLowerCase());
    expect(second?.folded).toBe(blob.toLowerCase());
    expect(second).not.toBe(first);
    expect(described).toBe(2);
  });
});

describe('the per-document name matcher', () => {
  const names = ['алишер', 'алина', 'жасур', 'jasur', 'dilnoza', 'ерлан', 'айгүл', 'иван', 'иванов', 'петр', 'петров', 'ольга', 'анна', 'нурлан', 'бахтиёр', 'зарина', 'азамат', 'карим', 'каримов', 'тимур'];
  const words = ['алишеру', 'алишерга', 'жасурни', 'jasurga', 'dilnozaning', 'ерланның', 'айгүлге', 'ивану', 'иванова', 'петрову', 'ольгой', 'анне', 'нурланға', 'бахтиёрга', 'зарине', 'азаматқа', 'карима', 'тимуром', 'стол', 'kitob'];

  it.each([3, 16, 17, 20])('finds the same base with %i names whether it scans them or maps them', (count) => {
    const matcher = new StemMatcher();
    const added = names.slice(0, count);
    for (const name of added) matcher.add(name, `${name}!`);
    for (const word of words) {
      const keys = splitKeys(word, turkicSuffixes, 2);
      const expected = keys.map((key) => added.find((name) => keysOf(name).includes(key))).find((name) => name !== undefined);
      expect(matcher.findKeys(keys), word).toBe(expected === undefined ? undefined : `${expected}!`);
    }
  });
});

// The keys StemMatcher files a name under, read back through a one-name matcher.
function keysOf(name: string): string[] {
  const matcher = new StemMatcher();
  matcher.add(name);
  return [name, ...inflectingStems(name)].map((stem) => skeleton(stem)).filter((key) => matcher.findKeys([key]) !== undefined);
}
