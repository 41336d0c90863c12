// A capitalised Russian given name on no list in -ая after thanks or a greeting (words.ts adjectival veto): the
// lexicon knows the everyday adjectives there. Invented or unlisted names. Synthetic, written for pii-gate.

import { describe, expect, it } from 'vitest';
import { names } from '../helpers/names.js';

const greeted: [text: string, name: string][] = [
  ['Спасибо, Аглая!', 'Аглая'],
  ['Спасибо Аглая', 'Аглая'],
  ['Здравствуйте, Аглая Петровна', 'Аглая Петровна'],
];

const adjectives: string[] = ['Спасибо, Дорогая!', 'Спасибо Большая', 'Привет, Новая!', 'Здравствуйте, Уважаемая!', 'Спасибо, Золотая Корона', 'Спасибо Зеленая Аптека', 'Спасибо Тверская'];

describe('after thanks or a greeting', () => {
  it.each(greeted)('a name in -ая the lexicon does not know as a word: %j masks %j', (text, name) => {
    expect(names(text)).toEqual([name]);
  });
  it.each(adjectives)('an everyday adjective or a place: %j masks nothing', (text) => {
    expect(names(text)).toEqual([]);
  });
});
