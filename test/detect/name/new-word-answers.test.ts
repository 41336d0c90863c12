import { describe, expect, it } from 'vitest';
import { analyzeWord, analyzeWordAfresh } from '../../../src/detect/name/analyze.js';
import { editDistanceWithin } from '../../../src/detect/name/chat.js';
import { misspeltCueWord, withinOneEdit } from '../../../src/detect/name/cue-typos.js';
import { nameShapeBeforeCaseEnding, nameShapeBeforeCaseEndingAfresh } from '../../../src/detect/name/real-shape.js';
import { loadNameResources } from '../../../src/detect/name/resources.js';
import { turkicGivenShape, turkicGivenShapeAfresh } from '../../../src/detect/name/turkic-shape.js';
import { everydayShapedWord } from '../../../src/detect/name/turkic-unlisted.js';
import { Vocabulary } from '../../../src/detect/name/vocabulary.js';
import { createRng } from '../../../benchmarks/lib/rng.js';

// The answers a new word of the vocabulary gets without the per-function answer maps (vocabulary.ts WordInfo keeps
// them itself) are the answers the cached functions give.
const resources = loadNameResources();

describe('a new word asked without the answer maps', () => {
  it.each(['Нұржанға', 'Azizbekning', 'Eshqul', 'Islomnazarning', 'Дәулетханның', 'Ергожа', 'Филиалга', 'Jonajon', 'Жонажон', 'Karimoxon', 'Тестбекке', 'Салом'])(
    'reads %s as analyzeWord, turkicGivenShape and nameShapeBeforeCaseEnding do',
    (word) => {
      const folded = word.toLowerCase();
      const cyrillic = folded.charCodeAt(0) >= 0x400;
      for (const turkic of [false, true]) expect(analyzeWordAfresh(folded, cyrillic, resources, turkic)).toEqual(analyzeWord(folded, cyrillic, resources, turkic));
      expect(turkicGivenShapeAfresh(folded)).toBe(turkicGivenShape(folded));
      expect(nameShapeBeforeCaseEndingAfresh(folded, resources)).toBe(nameShapeBeforeCaseEnding(folded, resources));
      const info = new Vocabulary(() => ({ cue: 0, bits: 0 })).get(folded);
      for (const atStart of [false, true]) {
        expect(everydayShapedWord(folded, resources, atStart, info)).toBe(everydayShapedWord(folded, resources, atStart));
        // Asked again: the remembered answer.
        expect(everydayShapedWord(folded, resources, atStart, info)).toBe(everydayShapedWord(folded, resources, atStart));
      }
    },
  );
});

describe('one edit apart', () => {
  it.each([
    ['спасибо', 'спасибо', true],
    ['спаибо', 'спасибо', true],
    ['спассибо', 'спасибо', true],
    ['спсаибо', 'спасибо', true],
    ['здраствуйте', 'здравствуйте', true],
    ['оператр', 'оператор', true],
    ['операторр', 'оператор', true],
    ['опертаор', 'оператор', true],
    ['оперратор', 'оператор', true],
    ['qabul', 'qabil', true],
    ['спсибоо', 'спасибо', false],
    ['опертоар', 'оператор', false],
    ['оператор', 'ператоро', false],
    ['salom', 'salomat', false],
  ])('%s and %s: %s', (a, b, near) => {
    expect(withinOneEdit(a, b)).toBe(near);
    expect(withinOneEdit(b, a)).toBe(near);
  });

  it('agrees with the edit-distance table on thousands of near and far word pairs', () => {
    const rng = createRng(1135);
    const letters = 'абвгаоеsalomq';
    for (let n = 0; n < 20_000; n++) {
      let a = '';
      const length = rng.int(1, 9);
      for (let k = 0; k < length; k++) a += letters[rng.int(0, letters.length - 1)];
      let b = a;
      for (let edits = rng.int(0, 2); edits > 0; edits--) {
        const at = rng.int(0, b.length);
        const kind = rng.int(0, 3);
        const letter = letters[rng.int(0, letters.length - 1)]!;
        if (kind === 0) b = b.slice(0, at) + letter + b.slice(at);
        else if (kind === 1) b = b.slice(0, at) + b.slice(at + 1);
        else if (kind === 2) b = b.slice(0, at) + letter + b.slice(at + 1);
        else if (at + 1 < b.length) b = b.slice(0, at) + b[at + 1] + b[at] + b.slice(at + 2);
      }
      expect(withinOneEdit(a, b), `${a} ${b}`).toBe(editDistanceWithin(a, b, 1));
    }
  });
});

describe('misspelt cue words by first letter and length', () => {
  it.each([
    ['спаибо', 'спасибо'],
    ['рахмт', 'рахмат'],
    ['опертаор', 'оператор'],
    ['салям', 'салям'],
  ])('reads %s as %s', (word, cue) => {
    expect(misspeltCueWord(word, resources)).toBe(cue);
  });

  it.each(['спасибо', 'оператор', 'тестбек', 'karimoxon', 'привез'])('reads %s as no misspelt cue', (word) => {
    expect(misspeltCueWord(word, resources)).toBeUndefined();
  });
});
