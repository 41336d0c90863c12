// The word bits that gate the scan's later passes must be exactly the passes' own word tests, and the per-word
// answers the chat tests remember must be the answers they work out: a gate or a memo that differs changes output.
import { describe, expect, it } from 'vitest';
import { loadNameResources } from '../../../src/detect/name/resources.js';
import { calledWord } from '../../../src/detect/name/ru-called.js';
import { personVerbReading, unknownToRussian } from '../../../src/detect/name/ru-unlisted.js';
import { describeWordFully } from '../../../src/detect/name/scan.js';
import { nameWord } from '../../../src/detect/name/turkic-name-words.js';
import { namedTriggerWord } from '../../../src/detect/name/turkic-named.js';
import { turkicThanksWord } from '../../../src/detect/name/turkic-thanks.js';
import { typoOfCommonWord } from '../../../src/detect/name/typos.js';
import { greetingOpenerWord } from '../../../src/detect/name/chat-greeted-names.js';
import { selfNamingWord } from '../../../src/detect/name/chat-self-named.js';
import { everydayArticle, everydayFrameWord, everydayWishWord } from '../../../src/detect/name/everyday-negatives.js';
import { greetingAdjectiveWord } from '../../../src/detect/name/greeting-negatives.js';
import { lightConverb } from '../../../src/detect/name/turkic-chat-compounds.js';
import { wishedNounWord } from '../../../src/detect/name/turkic-chat-wishes.js';
import { boughtWord } from '../../../src/detect/name/turkic-object-negatives.js';
import { Vocabulary, WordBit, WordGate } from '../../../src/detect/name/vocabulary.js';

const resources = loadNameResources();

// Trigger words of each pass, everyday words and invented chat words around them.
const words = [
  'рахмат', 'rahmat', 'рақмет', 'рахмет', 'degan', 'bilan', 'екеуміз', 'аты', 'ismi', 'есімі', 'зовут', 'звать', 'зовите',
  'называть', 'клиент', 'оператор', 'mijoz', 'кардар', 'курьер', 'support', 'agent', 'спасибо', 'заказ', 'доставка',
  'позовут', 'зовутка', 'рахматик', 'клиенты', 'оператора', 'зорвела', 'памагла', 'опператор', 'сотурдника', 'курер',
  'атветила', 'сказл', 'тилмаркан', 'ответила', 'помогла', 'квентаро', 'ильдарчик',
];

describe('the scan sets a pass gate bit exactly for the words its pass needs', () => {
  it.each(words)('%s', (word) => {
    const bits = describeWordFully(word, resources).bits;
    expect((bits & WordBit.TurkicThanks) !== 0).toBe(turkicThanksWord(word));
    expect((bits & WordBit.SpeakerLabel) !== 0).toBe(resources.speakerLabels.has(word));
    expect((bits & WordBit.NamedTrigger) !== 0).toBe(namedTriggerWord(word) || nameWord(word) || calledWord(word));
  });
});

// Words of the WordGate passes (wished nouns bare and in the accusative, "its name", `a`, landmarks, light verbs)
// and words that only look like them.
const gateWords = [
  'omad', 'бақыт', 'бакытты', 'бақытты', 'ден', 'baxt', 'омадли', 'бакытбек', 'a', 'an', 'and', 'аты', 'ismi', 'атым',
  'shirin', 'ширин', 'shirinlik', 'көлі', 'тоосуна', 'ауданында', 'tumanida', 'көл', 'район', 'кылып', 'qilib', 'етіп',
  'кылды', 'заказ', 'курьер', 'rahmat', 'кутман', 'кутмандуу', 'oldim', 'алдым', 'алды', 'купил', 'сәлем', 'салем', 'добрый',
  'доброе', 'здравствуйте', 'salom', 'assalomu', 'hayrli', 'день', 'алайкум', 'приветик', 'добрая', 'name', 'hi', 'hey',
  'good', 'morning', 'names', 'this', 'its', 'im', 'goods',
];

describe('the scan sets a WordGate flag exactly for the words its pass needs', () => {
  it.each(gateWords)('%s', (word) => {
    const gates = describeWordFully(word, resources).gates ?? 0;
    expect((gates & WordGate.WishNoun) !== 0).toBe(wishedNounWord(word) || everydayWishWord(word));
    expect((gates & WordGate.EverydayFrame) !== 0).toBe(everydayFrameWord(word));
    expect((gates & WordGate.Article) !== 0).toBe(everydayArticle(word));
    expect((gates & WordGate.LightConverb) !== 0).toBe(lightConverb(word));
    expect((gates & WordGate.GreetingAdjective) !== 0).toBe(greetingAdjectiveWord(word));
    expect((gates & WordGate.BoughtWord) !== 0).toBe(boughtWord(word));
    expect((gates & WordGate.Greeting) !== 0).toBe(greetingOpenerWord(word));
    expect((gates & WordGate.SelfNaming) !== 0).toBe(selfNamingWord(word));
  });

  it.each([
    ['omad', WordGate.WishNoun],
    ['бакытты', WordGate.WishNoun],
    ['ден', WordGate.WishNoun],
    ['an', WordGate.Article],
    ['аты', WordGate.EverydayFrame],
    ['тоосуна', WordGate.EverydayFrame],
    ['qilib', WordGate.LightConverb],
    ['кутман', WordGate.GreetingAdjective],
    ['алдым', WordGate.BoughtWord],
    ['сәлем', WordGate.Greeting],
    ['добрый', WordGate.Greeting],
    ['assalomu', WordGate.Greeting],
    ['name', WordGate.SelfNaming],
    ['hey', WordGate.SelfNaming],
    ['good', WordGate.SelfNaming],
  ])('gives %s its flag', (word, gate) => {
    expect((describeWordFully(word, resources).gates ?? 0) & gate).toBe(gate);
  });

  it.each(['заказ', 'курьер', 'rahmat', 'кылды', 'and', 'день', 'приветик', 'this', 'its', 'names'])('gives %s none', (word) => {
    expect(describeWordFully(word, resources).gates ?? 0).toBe(0);
  });

  it('keeps flags past the eighth bit in the vocabulary column', () => {
    const vocabulary = new Vocabulary(() => ({ cue: 0, bits: 0, gates: WordGate.Greeting | WordGate.BrandWord }));
    const number = vocabulary.number('salom', 0, 5, vocabulary.get('salom').hash);
    expect(vocabulary.gatesAt(number)).toBe(WordGate.Greeting | WordGate.BrandWord);
  });
});

describe('a remembered per-word answer is the answer worked out afresh', () => {
  it.each(words)('%s', (word) => {
    const first = [unknownToRussian(word, resources), unknownToRussian(word, resources, false), personVerbReading(word, resources), typoOfCommonWord(word, resources.commonWords)];
    const again = [unknownToRussian(word, resources), unknownToRussian(word, resources, false), personVerbReading(word, resources), typoOfCommonWord(word, resources.commonWords)];
    expect(again).toEqual(first);
  });

  it.each([
    ['памагла', 'помогла'],
    ['атветила', 'ответила'],
    ['ответила', 'ответила'],
  ])('reads %s as the verb %s, asked twice', (word, verb) => {
    expect(personVerbReading(word, resources)).toBe(verb);
    expect(personVerbReading(word, resources)).toBe(verb);
  });

  it.each(['курер', 'диспетчерша', 'рабте'])('%s reads as Russian with spoken spellings and as unknown without, in either order', (word) => {
    expect(unknownToRussian(word, resources, false)).toBe(true);
    expect(unknownToRussian(word, resources)).toBe(false);
    expect(unknownToRussian(word, resources, false)).toBe(true);
    expect(unknownToRussian(word, resources)).toBe(false);
  });

  it.each(['опператор', 'сотурдника'])('%s is a typo of an everyday word, asked twice', (word) => {
    expect(typoOfCommonWord(word, resources.commonWords)).toBe(true);
    expect(typoOfCommonWord(word, resources.commonWords)).toBe(true);
  });
});

// findKazakhNewsNames reads a capitalised word only with a frame word, a shape or a conjunction beside it (its
// conjunctions carry WordBit.Conjunction).
describe('the Kazakh news conjunctions carry the conjunction bit', () => {
  it.each(['мен', 'пен', 'бен', 'және'])('%s', (word) => {
    expect(describeWordFully(word, resources).bits & WordBit.Conjunction).toBe(WordBit.Conjunction);
  });
});
