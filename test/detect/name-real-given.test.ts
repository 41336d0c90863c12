import { describe, expect, it } from 'vitest';
import { names } from '../helpers/names.js';

// Invented given names on none of the lists (`Зорбила`, `Бренадин`): only the surname's ending vouches for them.
describe('an unlisted capitalised word right before a surname found by its ending is the given name', () => {
  it.each([
    ['Kazakh, mid-sentence, genitive surname', 'Екі жыл бұрын Зорсана Бренидованың баласы ауырды.', ['Зорсана Бренидованың']],
    ['Kazakh, opening the sentence', 'Зорсана Бренидованың жасы елу жетіде.', ['Зорсана Бренидованың']],
    ['Kazakh, a given name ending like a dative', 'Жобаның авторы — Зорбиге Бренидов.', ['Зорбиге Бренидов']],
    ['a given name in -дин scored as a weak surname of its own', 'Тілшілер: Зорнадин Бренитов, Қарасай ауданы.', ['Зорнадин Бренитов']],
  ])('%s: %j', (_kind, text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    ['a compound noun with a lower-case part', 'Пресс-служба Бренидова сообщила об этом.', 'Пресс-служба'],
    ['a Kazakh locative opening the sentence', 'Жиында Бренидов сөз сөйледі.', 'Жиында'],
    ['a Kazakh genitive (what the person heads)', 'Зорбиланың Бренидов деген басшысы бар.', 'Зорбиланың'],
    ['a Russian adjective', 'Областной Бренидов отчитался вчера.', 'Областной'],
    ['a Russian everyday word opening the sentence', 'Сегодня Бренидов отчитался.', 'Сегодня'],
    ['a role word', 'Директор Бренидов отчитался.', 'Директор'],
    ['a place in Russian text (Putin-style possessive)', 'Сегодня Москва Бренидова уже не та.', 'Москва'],
    ['a place after a preposition in Kazakh text', 'Кеше Алматыда Бренидов сөз сөйледі.', 'Алматыда'],
  ])('%s: %j leaves %j unmasked', (_kind, text, word) => {
    expect(names(text).join(' ')).not.toContain(word);
  });
});

// Invented stems with a name-forming ending (-жан, -bek, -гүл, -бай) that no list holds, behind a case ending.
describe('a name-forming ending behind a case ending makes a capitalised word a given name', () => {
  it.each([
    ['a Kazakh dative mid-sentence', 'Университет Зорвиджанға арнайы шақырту жіберді.', ['Зорвиджанға']],
    ['a Kazakh genitive opening the sentence', 'Бренигүлдің айтуынша, бәрі дайын.', ['Бренигүлдің']],
    ['a Kyrgyz ablative', 'Зорвибайдан кат келди.', ['Зорвибайдан']],
    ['an Uzbek Latin genitive', 'Zorvibekning telefoni ishlamayapti.', ['Zorvibekning']],
  ])('%s: %j', (_kind, text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    ['a short word that is only the name ending plus a case ending', 'Бекке дейін жеттік.'],
    ['a plural: a family or a group', 'Зорвиджандарға хат жаздық.'],
    ['a place with a case ending', 'Ташкентга эртага бораман.'],
  ])('%s: %j has no name', (_kind, text) => {
    expect(names(text)).toEqual([]);
  });
});

describe('an -ее word the Russian lexicon does not know is a foreign name, not a comparative', () => {
  it.each([
    ['opening the sentence before a reporting verb', 'Зорбензее отметил, что работа идёт.', ['Зорбензее']],
    ['mid-sentence before a past-tense verb', 'Это заявление Зорбензее сделал вчера.', ['Зорбензее']],
  ])('%s: %j', (_kind, text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    ['a known adjective', 'Синее море было спокойно.'],
    ['a known adverb', 'Более того, он ушёл.'],
  ])('%s: %j has no name', (_kind, text) => {
    expect(names(text)).toEqual([]);
  });
});

describe('after a role word, an adjective-like form the Russian lexicon does not know is a foreign name', () => {
  it('a foreign name in the instrumental after a title', () => {
    expect(names('реформу, начатую президентом Зорбамой, продолжили.')).toEqual(['Зорбамой']);
  });
  it.each([
    ['a known adjective after a role', 'глава Российской федерации выступил'],
    ['a known place adjective after a role', 'губернатор Приморского края выступил'],
  ])('%s: %j has no name', (_kind, text) => {
    expect(names(text)).toEqual([]);
  });
});
