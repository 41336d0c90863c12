import { readFileSync } from 'node:fs';
import { once } from 'node:events';
import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { patternsDir } from '../../src/patterns.js';
import {
  buildCommonWordTables,
  commonWordKey,
  commonWordTablesKey,
  decodeFrontCoded,
  encodeFrontCoded,
  RussianCommonWords,
  shareRussianCommonWords,
} from '../../src/detect/name/common-words.js';
import { names } from '../helpers/names.js';

describe('the Russian common-word lexicon', () => {
  const lexicon = RussianCommonWords.load();

  it.each([
    ['a noun in the nominative', 'новинка'],
    ['a noun in the plural', 'хозяева'],
    ['an adjective in the instrumental', 'ключевым'],
    ['a verb in the past tense', 'приехала'],
  ])('knows %s (%s)', (_kind, word) => {
    expect(lexicon.has(word)).toBe(true);
  });

  it.each([
    ['an invented surname', 'зордакскими'],
    ['a foreign surname', 'бхутто'],
    ['an invented given name', 'квирналу'],
  ])('does not know %s (%s)', (_kind, word) => {
    expect(lexicon.has(word)).toBe(false);
  });

  it.each([
    ['a city', 'иерусалиме'],
    ['a planet', 'марса'],
  ])('knows %s as a proper noun, not a common word (%s)', (_kind, word) => {
    expect(lexicon.isProperNoun(word)).toBe(true);
    expect(lexicon.has(word)).toBe(false);
  });

  it.each([
    [['дом', 'дома', 'домами']],
    [['абв', 'абвг', 'абвгд', 'абд', 'б']],
  ])('front-codes %j and decodes it back', (keys) => {
    const encoded = encodeFrontCoded(keys);
    expect([...decodeFrontCoded(encoded)]).toEqual(keys);
  });

  const listText = readFileSync(patternsDir + 'stoplists/derived/ru-common.txt', 'utf8');
  const onSharedMemory = new RussianCommonWords(buildCommonWordTables(listText, (bytes) => new SharedArrayBuffer(bytes)));

  it.each([
    ['a common word', 'новинка'],
    ['a common word with an ending', 'ключевым'],
    ['a proper noun', 'иерусалиме'],
    ['an unknown word', 'зордакскими'],
    ['a Latin word', 'novinka'],
    ['a mixed-script word', 'новinka'],
    ['a word longer than any key', 'о'.repeat(300)],
  ])('answers the same from tables on shared memory: %s (%s)', (_kind, word) => {
    expect([onSharedMemory.has(word), onSharedMemory.isProperNoun(word)]).toEqual([lexicon.has(word), lexicon.isProperNoun(word)]);
  });

  it('leaves its tables on shared memory for workers started afterwards', async () => {
    shareRussianCommonWords();
    const worker = new Worker(
      `const { getEnvironmentData, parentPort } = require('node:worker_threads');
       const tables = getEnvironmentData(${JSON.stringify(commonWordTablesKey)});
       parentPort.postMessage([tables.keys.buffer instanceof SharedArrayBuffer, tables.slots.buffer instanceof SharedArrayBuffer, tables.count]);`,
      { eval: true },
    );
    const [seen] = (await once(worker, 'message')) as [[boolean, boolean, number]];
    await worker.terminate();
    expect(seen).toEqual([true, true, lexicon.size]);
  });

  it.each([
    ['столами', 'стол'],
    ['стола', 'стол'],
    ['кот', 'кот'],
  ])('keys %s as %s', (word, key) => {
    expect(commonWordKey(word)).toBe(key);
  });
});

describe('capitalised Russian words and the common-word lexicon', () => {
  it.each([
    ['a noun that ends like a feminine surname', 'Новинка понравилась покупателям.'],
    ['a plural noun that ends like a surname', 'Хозяева квартиры ответили быстро.'],
    ['an adjective that ends like a surname', 'Ключевым моментом стал финал.'],
    ['a noun that ends like -ина', 'Причина задержки неизвестна.'],
  ])('an everyday word at a sentence start is not a name: %s: %j', (_kind, text) => {
    expect(names(text)).toEqual([]);
  });

  it.each([
    ['after a verb', 'Вчера на встрече выступил Зордакс.', ['Зордакс']],
    ['after a noun in the genitive', 'Решение поддержали сторонники Квирналу в парламенте.', ['Квирналу']],
    ['after an instrumental noun', 'Митинг организован сторонниками Бхутто утром.', ['Бхутто']],
  ])('an unknown surname in mid-sentence news prose is a name: %s: %j', (_kind, text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    ['a city after a preposition', 'Делегация прилетела в Зордакс утром.'],
    ['a dictionary proper noun (a city)', 'Паломники собрались у стен Иерусалима вчера.'],
    ['a region ending in -ии', 'Выборы прошли в северной Зордакии спокойно.'],
    ['a town ending in -ово', 'Новый центр построят рядом Зордаково к лету.'],
    ['a body after its kind noun', 'Заявление опубликовало агентство Зордакс вечером.'],
    ['a word after a speaker label', 'Пользователь: Спсибо, всё понятно.'],
  ])('a place, body or typo is not a name: %s: %j', (_kind, text) => {
    expect(names(text)).toEqual([]);
  });

  it.each([
    ['a surname that is an everyday word, after a given name', 'Вчера в суде выступил Виктор Бут.', ['Виктор Бут']],
    ['a surname that is an everyday word, after an initial', 'Ответственный: З. Д. Югай, отдел продаж.', ['З. Д. Югай']],
    ['a masculine -ов surname at a sentence start', 'Соколов пришёл вовремя.', ['Соколов']],
  ])('a name that is also an everyday word stays a name next to a name: %s: %j', (_kind, text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    ['a Cyrillic word in English text', 'Yesterday we met the Зордакс team at the office.'],
  ])('an unknown word is scored by absence only in Russian text: %s: %j', (_kind, text) => {
    expect(names(text)).toEqual([]);
  });
});
