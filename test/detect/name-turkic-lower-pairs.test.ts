// A lower-case surname (or a leading Kazakh/Kyrgyz patronymic) beside a lower-case given name on no list, in Turkic
// and Latin-script chat (turkic-lower-pairs.ts). Invented names (checked against the lists), synthetic sentences.

import { describe, expect, it } from 'vitest';
import { names } from '../helpers/names.js';

describe('lower-case surname and unlisted given name side by side', () => {
  it.each([
    ['a Kyrgyz surname before the given name', 'алымкулова сыймык менен сүйлөштүк маселе чечилди', ['алымкулова сыймык']],
    ['an Uzbek surname before a Gul- name ending in -da', 'ortiqboyev gulshoda bilan gaplashdim masala hal', ['ortiqboyev gulshoda']],
    ['a Kazakh surname before the given name, after a role word', 'сәлеметсіз бе қызметкер абдрахманов толқын дөрекі сөйледі.', ['абдрахманов толқын']],
    ['an Uzbek surname after a role word, the given name misspelt', "xodim shukurullayeva ruxsoraa qo'pol gapirdi", ['shukurullayeva ruxsoraa']],
    ['the given name before a Kazakh surname, after a role word', 'оператор дәмелі қалдыбаева сұрағыма нақты жауап берді', ['дәмелі қалдыбаева']],
    ['a Kazakh patronymic leading the given name', 'мейрамұлы толқын бізге көмектесті рахмет', ['мейрамұлы толқын']],
  ])('%s: %j', (_kind, text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    ['a street named after a person', 'дүкөн ибраимов көчөсү боюнда, жума дем алыш'],
    ['an English possessive after a surname-like word', "the smirnova's pizza was cold and late again"],
    ['a surname-like word before a locative adverb', 'уста асанкулова убагында келген жок, телефону жооп бербейт'],
    ['a genitive plural in Russian chat', 'доставка заказов задерживается уже неделю'],
    ['a surname before a verb', 'karimova keldi lekin hech narsa demadi'],
  ])('not a pair: %s: %j', (_kind, text) => {
    expect(names(text).filter((name) => name.includes(' '))).toEqual([]);
  });

  it('keeps a second person apart from a full name before it', () => {
    expect(names('сәлем, інжу тұрсынова дәметкен екеуміз сөйлестік')).not.toContain('тұрсынова дәметкен');
  });
});
