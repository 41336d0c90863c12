import { describe, expect, it } from 'vitest';
import { names } from '../helpers/names.js';

// Given names on none of our lists (`мухаббат`, `фанис`, `зумрад`) and names that are also words (`резеда`, `роза`).
describe('the word between `меня` and `зовут` is the name called', () => {
  it.each([
    ['an unlisted name', 'меня мухаббат зовут', ['мухаббат']],
    ['an unlisted name, the request after', 'меня айназ зовут заказ 1234', ['айназ']],
    ['a name that is also a word, capitalised', 'меня Резеда зовут', ['Резеда']],
    ['a listed name that is also a word', 'здравствуйте меня роза зовут', ['роза']],
  ])('%s: %j', (_kind, text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    ['an adverb', 'меня так зовут в семье'],
    ['a pronoun', 'меня все зовут по отчеству'],
    ['an adverb of time', 'меня опять зовут на склад'],
  ])('%s: %j', (_kind, text) => {
    expect(names(text)).toEqual([]);
  });
});

describe('a lower-case name hyphenated to its honorific opening a short message', () => {
  it.each([
    ['-ака', 'фанис-ака где заказ', ['фанис']],
    ['-опа', 'зумрад-опа вы где', ['зумрад']],
    ['a listed name that is also a word', 'азиз-ака спасибо', ['азиз']],
  ])('%s: %j', (_kind, text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    ['a kinship word', 'брат-ака где заказ'],
    ['a compound', 'колл-центр не отвечает'],
    ['a pronoun', 'кто-нибудь ответьте'],
  ])('%s: %j', (_kind, text) => {
    expect(names(text)).toEqual([]);
  });
});
