// Kazakh, Kyrgyz and Uzbek service roles (patterns/cues/name-turkic-roles.txt): a capitalised word on no list after
// one is the employee, and the role opening a sentence is no part of the name. Invented names (checked against the
// lists), synthetic sentences written for pii-gate.

import { describe, expect, it } from 'vitest';
import { names } from '../helpers/names.js';

describe('Turkic service roles before an unlisted name', () => {
  it.each([
    ['a Kazakh consultant', 'Кеңесші Ақтілек бәрін түсіндірді.', ['Ақтілек']],
    ["a shop's Kazakh consultant (possessive)", 'Дүкеннің кеңесшісі Ақтілек бәрін түсіндірді.', ['Ақтілек']],
    ['a Kyrgyz consultant', 'Кеңешчи Айбийке баарын түшүндүрдү.', ['Айбийке']],
    ["a shop's Kyrgyz seller (possessive)", 'Дүкөндүн сатуучусу Сыдык абдан сылык.', ['Сыдык']],
    ['a Kyrgyz consultant opening the sentence is no part of the name', 'Кеңешчи Гүлжамалга ыраазымын, абдан сылык кыз.', ['Гүлжамалга']],
    ["a shop's Uzbek consultant", "Do'konning maslahatchisi Mashhura juda yaxshi tushuntirdi.", ['Mashhura']],
    ['a Kyrgyz operator with a possessive', 'Операторы Айчүрөк жакшы жооп берди.', ['Айчүрөк']],
  ])('%s: %j', (_kind, text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    ['a Kazakh consultant praised', 'Кеңесші жақсы түсіндірді, рахмет.'],
    ['a Kyrgyz consultant praised', 'Кеңешчи абдан сылык экен.'],
    ["a shop's consultant with no name", 'Дүкеннің кеңесшісі бәрін түсіндірді.'],
    ['a Kyrgyz seller with a possessive opening the sentence', 'Сатуучусу жакшы кеңеш берди.'],
    ['a lower-case Kazakh consultant', 'кеңесші жақсы түсіндірді'],
    ['a lower-case Kyrgyz consultant before "girl"', 'кеңешчи кыз абдан сылык'],
    ['a Kazakh courier with a possessive', 'Курьері уақытында келді.'],
    ['an Uzbek consultant', 'Maslahatchi juda yaxshi edi.'],
  ])('no name: %s: %j', (_kind, text) => {
    expect(names(text)).toEqual([]);
  });
});
