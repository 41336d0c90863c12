import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { markCues } from '../../src/detect/name/cues.js';
import { describeWord } from '../../src/detect/name/facts.js';
import { KnownNames } from '../../src/detect/name/mentions.js';
import { loadNameResources } from '../../src/detect/name/resources.js';
import { Vocabulary, WordBit, type WordInfo } from '../../src/detect/name/vocabulary.js';
import { notAName, plainLowerWord, scoreWord, WordKind, type WordScore } from '../../src/detect/name/words.js';
import { foldWord } from '../../src/text/normalize.js';
import { tokenize } from '../../src/text/tokenize.js';

// The scan skips scoreWord() wherever plainLowerWord() says so. These tests score every word the long way and check
// that the shortcut only ever skips words the long way calls no part of a name: a rule added to scoreWord's
// lower-case exit without the same test in plainLowerWord fails here.

const resources = loadNameResources();
const vocabulary = new Vocabulary((folded) => describeWord(folded, resources));

interface Skipped {
  word: string;
  score: WordScore;
}

/** Every word the shortcut would skip, with what scoreWord() says about it, for both writing modes. */
function skippedWords(text: string, known: KnownNames | undefined): Skipped[] {
  const stats = { foldable: false, turkicLetter: false };
  const tokens = tokenize(text, stats);
  const words: WordInfo[] = tokens.map((token) => vocabulary.find(text, token.start, token.end) ?? vocabulary.get(foldWord(text.slice(token.start, token.end))));
  const folded = words.map((word) => word.folded);
  const turkic = stats.turkicLetter || words.some((word) => (word.bits & WordBit.TurkicMarker) !== 0);
  const cueBefore = new Uint8Array(tokens.length);
  const cueAfter = new Uint8Array(tokens.length);
  const wordBits = Uint16Array.from(words, (word) => word.bits);
  const firstCodes = Uint16Array.from(folded, (word) => word.charCodeAt(0));
  markCues(text, tokens, folded, Uint16Array.from(words, (word) => word.cue), wordBits, resources, cueBefore, cueAfter);
  const mostlyCyrillic = tokens.filter((token) => token.cyrillic).length * 3 > tokens.length * 2;
  const skipped: Skipped[] = [];
  for (const lowerCaseWriting of [false, true]) {
    let previous: WordScore | undefined;
    for (let i = 0; i < tokens.length; i++) {
      const score = scoreWord(text, tokens, folded, words, wordBits, firstCodes, i, resources, known, cueBefore[i]!, cueAfter[i]!, turkic, mostlyCyrillic, previous, lowerCaseWriting);
      if (plainLowerWord(text, tokens, folded, wordBits, firstCodes, i, known, cueBefore[i]!, cueAfter[i]!, previous, lowerCaseWriting)) skipped.push({ word: folded[i]!, score });
      previous = score;
    }
  }
  return skipped;
}

const notANameScore = { kind: WordKind.None, score: 0 };

describe('the scan skips scoring plain lower-case words', () => {
  it.each([
    ['a Russian review with a lower-case name after thanks', 'Заказ пришёл вовремя, спасибо алишер за помощь, курьер был вежлив'],
    ['a chat line written without capitals', 'здравствуйте меня зовут дильноза каримова заказ не пришёл'],
    ['lower-case initials before a surname', 'передайте к.р. шукуруллаевой и з.а. каримовой документы'],
    ['an Uzbek Latin message with a patronymic word', 'salom jasur aka, hurmatli mashhura rahim qizi buyurtma keldi'],
    ['a Kazakh message with case endings', 'сәлем айгүлге рахмет, ерланның тапсырысы келді'],
    ['an Arabic article before a name', 'встреча с аль-Барадеи прошла в среду'],
    ['an English chat line', 'hi, my name is john smith and my order is late'],
    ['a surname before a given name, both lower case', 'мастер чернов николай приехал вовремя, всё было хорошо'],
  ])('and only words scoreWord calls no name: %s', (_what, text) => {
    const skipped = skippedWords(text, undefined);
    expect(skipped.length).toBeGreaterThan(0);
    for (const { score } of skipped) expect(score).toMatchObject(notANameScore);
  });

  it('never when the document has known names', () => {
    expect(skippedWords('спасибо алишер, заказ пришёл', new KnownNames(['Алишер Навоиев']))).toEqual([]);
  });

  it('and only words scoreWord calls no name, in any mix of names, cue words and everyday words', () => {
    const vocabularyWords = ['алишер', 'Алишер', 'каримова', 'Каримовой', 'спасибо', 'рахмат', 'оператор', 'меня', 'зовут', 'заказ', 'пришёл', 'и', 'к.', 'р.', 'jasur', 'aka', 'qizi', "o'g'li", 'Ivanov', 'my', 'name', 'is', 'аль-Хадж', 'улица', 'навои', 'сказал', 'уулу', ',', '!', '.', '\n', ':'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...vocabularyWords), { minLength: 1, maxLength: 12 }), (parts) => {
        for (const { score } of skippedWords(parts.join(' '), undefined)) expect(score).toMatchObject(notANameScore);
      }),
      { numRuns: 300, seed: 42 },
    );
  });

  it('by giving every skipped word the one shared score of no name', () => {
    expect(notAName).toMatchObject({ kind: WordKind.None, score: 0, base: '' });
  });
});
