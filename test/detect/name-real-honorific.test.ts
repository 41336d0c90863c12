import { describe, expect, it } from 'vitest';
import { names } from '../helpers/names.js';

// Invented names (`Zorvina`, `Бренида`) on no list: only the hyphenated honorific vouches for them.
describe('a name hyphenated to its honorific', () => {
  it.each([
    ['Uzbek Latin, dative', "Zorvina-opaga rahmat, hammasi zo'r.", ['Zorvina']],
    ['Kazakh, dative', 'Бренида-апаға рахмет, бәрі жақсы.', ['Бренида']],
    ['lower-case chat', 'бренида-апаға рахмет', ['бренида']],
    ['Uzbek Cyrillic, genitive', 'Зорват-аканинг телефони ишламаяпти.', ['Зорват']],
    ['a vocative', 'Бренида-апа, сәлем!', ['Бренида']],
  ])('%s: %j', (_kind, text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    ['a compound noun', 'Пресс-служба сообщила об этом.', []],
    ['a hyphenated given name keeps both parts', 'Вчера звонил Жан-Поль Бренидов.', ['Жан-Поль Бренидов']],
  ])('%s: %j', (_kind, text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});

describe('Kyrgyz and Kazakh everyday words that read as a name with an ending', () => {
  it.each([
    ['a holiday phrase', 'Жаңы жылыңыз менен!'],
    ['an adjective opening the sentence', 'Жаңы буйрутма бердим.'],
    ['a question word', 'Кандай жардам бере алам?'],
  ])('%s: %j has no name', (_kind, text) => {
    expect(names(text)).toEqual([]);
  });
});

describe('a neighbourhood named after a person (Uzbek Cyrillic маҳалла)', () => {
  it.each([
    ['with ҳ', 'Бобур маҳалласи, 5-уй'],
    ['with х and a case ending', 'Бобур махалласидаги уйимиз'],
  ])('%s: %j has no name', (_kind, text) => {
    expect(names(text)).toEqual([]);
  });
  it('a person going to the neighbourhood is still a person', () => {
    expect(names('Бобур маҳаллага борди')).toEqual(['Бобур']);
  });
});

describe('form labels written like initials', () => {
  it.each([
    ['an Uzbek label before a colon', "F.I.Sh.: Zorvatov Brenid", ['Zorvatov Brenid']],
    ['a spaced label', 'F. I. Sh.: Zorvatov Brenid', ['Zorvatov Brenid']],
    ['a Russian label joined to the name', 'Ф.И.О. Зорватов Бренид', ['Зорватов Бренид']],
    ['real initials stay', 'Ф.И. Зорватов звонил', ['Ф.И. Зорватов']],
  ])('%s: %j', (_kind, text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});
