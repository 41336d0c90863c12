// Synthetic people and the written forms of their names (full, inverted, patronymic, initials), inflected per language.

import type { NamePool } from '../fixtures/names.js';
import {
  centralAsianInEnglish,
  centralAsianInRussian,
  english,
  kazakh,
  koreanSurnamesInRussian,
  kyrgyz,
  russian,
  tajikInRussian,
  uzbek,
} from '../fixtures/names.js';
import type { CorpusLang } from '../fixtures/negatives.js';
import type { Case, Gender, RuCase, TurkicCase } from './morphology.js';
import {
  declineRussianFirstName,
  declineRussianPatronymic,
  declineRussianSurname,
  feminineRussianSurname,
  feminineTurkicSurname,
  kazakhSuffix,
  kyrgyzSuffix,
  russianPatronymic,
  uzbekCyrillicSuffix,
  uzbekLatinSuffix,
  uzbekLatinToCyrillic,
} from './morphology.js';
import type { Rng } from './rng.js';

export interface Person {
  lang: CorpusLang;
  gender: Gender;
  first: string;
  /** Surname in the person's gender. */
  last: string;
  father: string;
  /** First name drawn from the rare lists (generalisation check). */
  rare: boolean;
  rareSurname: boolean;
}

export type NameForm = 'first' | 'last' | 'full' | 'rfull' | 'fp' | 'fio' | 'pf' | 'init' | 'initf';
export const nameForms: readonly NameForm[] = ['first', 'last', 'full', 'rfull', 'fp', 'fio', 'pf', 'init', 'initf'];

const rareShare = 0.15;

function poolFor(rng: Rng, lang: CorpusLang): NamePool {
  switch (lang) {
    case 'ru': {
      const roll = rng.next();
      return roll < 0.6 ? russian : roll < 0.88 ? centralAsianInRussian : tajikInRussian;
    }
    case 'uz-latn':
    case 'uz-cyrl':
      return uzbek;
    case 'kk':
      return kazakh;
    case 'ky':
      return kyrgyz;
    case 'en':
      return rng.chance(0.65) ? english : centralAsianInEnglish;
  }
}

function feminine(lang: CorpusLang, surname: string): string {
  if (lang === 'ru') return feminineRussianSurname(surname);
  // In English text only Central Asian -ov/-ev surnames change (Karimova); Martin or Robinson must not.
  if (lang === 'en') return /(?:ov|ev)$/u.test(surname) ? `${surname}a` : surname;
  return feminineTurkicSurname(surname);
}

export function createPerson(rng: Rng, lang: CorpusLang): Person {
  const pool = poolFor(rng, lang);
  const gender: Gender = rng.chance(0.5) ? 'm' : 'f';
  const rare = rng.chance(rareShare);
  const firsts = gender === 'm' ? (rare ? pool.rareMale : pool.male) : rare ? pool.rareFemale : pool.female;
  let first = rng.pick(firsts);
  const rareSurname = rare && rng.chance(0.5);
  let surname = rng.pick(rareSurname ? pool.rareSurnames : pool.surnames);
  if (lang === 'ru' && rng.chance(0.05)) surname = rng.pick(koreanSurnamesInRussian);
  let father = rng.pick(rare && rng.chance(0.5) ? pool.rareMale : pool.male);
  if (lang === 'uz-latn' && gender === 'm' && rng.chance(0.06)) first += 'jon';
  if (lang === 'uz-cyrl') {
    first = uzbekLatinToCyrillic(first);
    surname = uzbekLatinToCyrillic(surname);
    father = uzbekLatinToCyrillic(father);
  }
  const last = gender === 'f' ? feminine(lang, surname) : surname;
  return { lang, gender, first, last, father, rare, rareSurname };
}

function patronymicWords(rng: Rng, person: Person): string[] {
  const { lang, gender, father } = person;
  switch (lang) {
    case 'ru':
      return [russianPatronymic(father, gender)];
    case 'uz-latn': {
      if (rng.chance(0.55)) return [father + (gender === 'm' ? 'ovich' : 'ovna')];
      return [father, gender === 'm' ? 'o‘g‘li' : 'qizi'];
    }
    case 'uz-cyrl': {
      if (rng.chance(0.55)) return [father + (gender === 'm' ? 'ович' : 'овна')];
      return [father, gender === 'm' ? 'ўғли' : 'қизи'];
    }
    case 'kk':
      return [father + (gender === 'm' ? 'ұлы' : 'қызы')];
    case 'ky':
      return [father, gender === 'm' ? 'уулу' : 'кызы'];
    case 'en':
      return [];
  }
}

const initial = (word: string): string => `${[...word][0] ?? ''}.`;

function initials(rng: Rng, person: Person): string {
  const patronymic = patronymicWords(rng, person)[0];
  const withPatronymic = person.lang !== 'en' && patronymic !== undefined && rng.chance(0.6);
  if (!withPatronymic) return initial(person.first);
  return initial(person.first) + (rng.chance(0.7) ? '' : ' ') + initial(patronymic);
}

function turkicSuffix(lang: CorpusLang, word: string, grammaticalCase: TurkicCase): string {
  switch (lang) {
    case 'uz-latn':
      return uzbekLatinSuffix(word, grammaticalCase);
    case 'uz-cyrl':
      return uzbekCyrillicSuffix(word, grammaticalCase);
    case 'kk':
      return kazakhSuffix(word, grammaticalCase);
    case 'ky':
      return kyrgyzSuffix(word, grammaticalCase);
    default:
      return '';
  }
}

interface NameWord {
  text: string;
  role: 'first' | 'last' | 'patronymic' | 'particle' | 'initials';
}

function formWords(rng: Rng, person: Person, form: NameForm): NameWord[] {
  const first: NameWord = { text: person.first, role: 'first' };
  const last: NameWord = { text: person.last, role: 'last' };
  const patronymic = patronymicWords(rng, person).map(
    (text, index): NameWord => ({ text, role: index === 0 ? 'patronymic' : 'particle' }),
  );
  if (person.lang === 'en' && ['fp', 'fio', 'pf'].includes(form)) return [first, last];
  switch (form) {
    case 'first':
      return [first];
    case 'last':
      return [last];
    case 'full':
      return [first, last];
    case 'rfull':
      return [last, first];
    case 'fp':
      return [first, ...patronymic];
    case 'fio':
      return [last, first, ...patronymic];
    case 'pf':
      return [...patronymic, first];
    case 'init':
      return [last, { text: initials(rng, person), role: 'initials' }];
    case 'initf':
      return [{ text: initials(rng, person), role: 'initials' }, last];
  }
}

function inflectRussianWord(word: NameWord, person: Person, grammaticalCase: RuCase): string {
  switch (word.role) {
    case 'first':
      return declineRussianFirstName(word.text, person.gender, grammaticalCase);
    case 'last':
      return declineRussianSurname(word.text, person.gender, grammaticalCase);
    case 'patronymic':
      return declineRussianPatronymic(word.text, person.gender, grammaticalCase);
    default:
      return word.text;
  }
}

const ruCases = new Set<Case>(['nom', 'gen', 'dat', 'acc', 'ins', 'pre']);

/**
 * The text of a person's name in a form and grammatical case. Russian declines every part; Turkic languages put
 * the case suffix on the last word (which the gold span includes, as KazNERD does); English adds nothing.
 */
export function renderName(rng: Rng, person: Person, form: NameForm, grammaticalCase: Case): string {
  const words = formWords(rng, person, form);
  if (person.lang === 'ru') {
    const russianCase = ruCases.has(grammaticalCase) ? (grammaticalCase as RuCase) : 'nom';
    return words.map((word) => inflectRussianWord(word, person, russianCase)).join(' ');
  }
  const texts = words.map((word) => word.text);
  const lastWord = words.at(-1);
  if (person.lang !== 'en' && lastWord && lastWord.role !== 'initials' && grammaticalCase !== 'nom') {
    const turkicCase = ruCases.has(grammaticalCase) && !['gen', 'dat', 'acc'].includes(grammaticalCase) ? 'nom' : grammaticalCase;
    texts[texts.length - 1] = lastWord.text + turkicSuffix(person.lang, lastWord.text, turkicCase as TurkicCase);
  }
  return texts.join(' ');
}

/** Whether the written form shows a part drawn from the rare lists (a first name, or a surname). */
export function showsRarePart(person: Person, form: NameForm): boolean {
  const showsFirst = form === 'first' || form === 'full' || form === 'rfull' || form === 'fp' || form === 'fio' || form === 'pf';
  const showsSurname = form !== 'first' && form !== 'fp' && form !== 'pf';
  return (showsFirst && person.rare) || (showsSurname && person.rareSurname);
}
