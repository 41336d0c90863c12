// Tajik (Cyrillic) and Turkmen (Latin) reviews: service roles, self-introductions, and everyday words, shops and
// streets that open a sentence (patterns/stoplists/common-tg.txt, establishment-words.txt, street-words.txt,
// cues/name-service-roles.txt, cues/name-intro.txt). Invented names.

import { describe, expect, it } from 'vitest';
import { names } from '../../helpers/names.js';

describe('Tajik and Turkmen names after a role word or a self-introduction', () => {
  it.each([
    ['Tajik service role', 'Хизматрасон Манучеҳр Давлатов хеле хуб буд', ['Манучеҳр Давлатов']],
    ['Tajik seller', 'Фурӯшанда Дилафрӯз хеле хушмуомила буд', ['Дилафрӯз']],
    ['Tajik employee', 'Корманд Бахтовар хеле хуб', ['Бахтовар']],
    ['Turkmen employee', 'Işgär Jeren gaty gowy', ['Jeren']],
    ['Turkmen self-introduction', 'Salam, meniň adym Döwletgeldi', ['Döwletgeldi']],
  ])('masks the name alone (%s): %s', (_, text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});

describe('Tajik and Turkmen words, shops and streets that are no names', () => {
  it.each([
    ['a Tajik shop with the izafet', 'Ресторани Сафо хеле гарон аст'],
    ['a Tajik street with the izafet', 'Мағозаи нав дар кӯчаи Сомонӣ кушода шуд'],
    ['a Tajik street before the name', 'Кӯчаи Айнӣ баста аст'],
    ['a Turkmen street before the name', 'Köçe Magtymguly ýapyk'],
    ['a Turkmen hotel', 'Myhmanhana Ak öý arassa'],
    ['a Tajik opening adverb', 'Хеле хуб, ташаккур'],
    ['a Turkmen opening judgement', 'Gaty gowy hyzmat, sag boluň'],
  ])('masks nothing for %s: %s', (_, text) => {
    expect(names(text)).toEqual([]);
  });
});
