// A capitalised "the one in …" word (-дағы/-дагы/-даги) before a name is no part of it (turkic-shape.ts,
// scan.ts). Invented names (checked against the lists), synthetic sentences written for pii-gate.

import { describe, expect, it } from 'vitest';
import { names } from '../helpers/names.js';

describe('the locative-attributive word before a Turkic name', () => {
  it.each([
    ['Kyrgyz "the one in the shop"', 'Дүкөндөгү Айбийкеге чоң рахмат, баарын түшүндүрдү.', ['Айбийкеге']],
    ['Kyrgyz "the one in the warehouse"', 'Кампадагы Жумакадырга рахмат, товарды тез тапты.', ['Жумакадырга']],
    ['Uzbek Cyrillic "the one in the shop"', 'Дўкондаги Мухлисага катта раҳмат, ҳаммасини тушунтирди.', ['Мухлисага']],
    ['Kazakh "the one in Almaty" before a full name', 'Алматыдағы Айгүл Сәрсенова көмектесті.', ['Айгүл Сәрсенова']],
  ])('%s: %j', (_kind, text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});
