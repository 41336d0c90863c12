// Fills blind-corpus templates: name forms per language (cases, patronymics, initials, honorifics, lower case),
// phones, e-mails and hard-negative fillers, recording gold spans as UTF-16 offsets while the text is built.

import {
  drawPerson, feminineSurname, inflectLast, russianCase, russianPatronymic,
  type Case, type NameLang, type Person, type PoolKind,
} from './blind-names.js';
import { email, filler, obfuscatedEmail, phone, type Group } from './blind-fillers.js';
import type { Rng } from './rng.js';

export type Genre = 'review' | 'chat' | 'dialogue' | 'negative';
export interface BlindSpan {
  start: number;
  end: number;
  type: 'NAME' | 'PHONE' | 'EMAIL';
}
export interface Filled {
  genre: Genre;
  text: string;
  spans: BlindSpan[];
}

/** How a name is written; honorifics and titles stay outside the span, attached -jon/-xon stay inside. */
export const nameKinds = new Set(['g', 's', 'gs', 'sg', 'gp', 'sgp', 'is', 'si', 'gl', 'gsl', 'gh', 'ghl', 'hs', 'gx']);
const cases = new Set<Case>(['nom', 'gen', 'dat', 'acc', 'ins', 'loc', 'abl']);
const uzbekApostrophes = ["'", '‘', 'ʻ', '’', '`'];

interface Rendered {
  before: string;
  span: string;
  after: string;
}

const isRussianLike = (lang: NameLang): boolean => lang === 'ru' || lang === 'tg';

function surnameOf(person: Person): string {
  return person.female ? feminineSurname(person.lang, person.surname) : person.surname;
}

function patronymicWords(rng: Rng, person: Person, apostrophe: string): string[] {
  const { father, female } = person;
  switch (person.lang) {
    case 'ru':
    case 'tg':
      return [russianPatronymic(father, female)];
    case 'uz-latn':
      if (rng.chance(0.5)) return [father + (/[aeiou]$/u.test(father) ? 'yev' : 'ov') + (female ? 'na' : 'ich')];
      return [father, female ? 'qizi' : `o${apostrophe}g${apostrophe}li`];
    case 'uz-cyrl':
      if (rng.chance(0.5)) return [father + (/[аеиоуў]$/u.test(father) ? 'ев' : 'ов') + (female ? 'на' : 'ич')];
      return [father, female ? 'қизи' : 'ўғли'];
    case 'kk':
      return [father + (female ? 'қызы' : 'ұлы')];
    case 'ky':
      return [father, female ? 'кызы' : 'уулу'];
    case 'en':
      return [`${father.charAt(0)}.`];
  }
}

function initial(word: string): string {
  const digraph = /^(Sh|Ch|O'|G')/u.exec(word);
  return (digraph ? digraph[0] : word.charAt(0)) + '.';
}

/** Words of a full name in nominative; `roles` says how each Russian word declines. */
function words(rng: Rng, person: Person, kind: string, apostrophe: string): { list: string[]; roles: ('given' | 'surname' | 'patronymic' | 'fixed')[] } {
  const given = person.given;
  const surname = surnameOf(person);
  const patronymic = patronymicWords(rng, person, apostrophe);
  const patronymicRoles = patronymic.map((_, i) => (isRussianLike(person.lang) || (patronymic.length === 1 && i === 0 && /(ич|на)$/u.test(patronymic[0]!)) ? 'patronymic' : 'fixed') as 'patronymic' | 'fixed');
  switch (kind) {
    case 'g': case 'gl': case 'gh': case 'ghl': case 'gx':
      return { list: [given], roles: ['given'] };
    case 's': case 'hs':
      return { list: [surname], roles: ['surname'] };
    case 'gs': case 'gsl':
      return { list: [given, surname], roles: ['given', 'surname'] };
    case 'sg':
      return { list: [surname, given], roles: ['surname', 'given'] };
    case 'gp':
      // Kyrgyz often puts the father first (Бакыт уулу Эмилбек).
      if (person.lang === 'ky' && rng.chance(0.4)) return { list: [...patronymic, given], roles: [...patronymicRoles, 'given'] };
      return { list: [given, ...patronymic], roles: ['given', ...patronymicRoles] };
    case 'sgp':
      return { list: [surname, given, ...patronymic], roles: ['surname', 'given', ...patronymicRoles] };
    case 'is': {
      const initials = rng.chance(0.5) || person.lang === 'en' ? initial(given) : `${initial(given)}${rng.chance(0.5) ? ' ' : ''}${initial(person.father)}`;
      return { list: [initials, surname], roles: ['fixed', 'surname'] };
    }
    case 'si': {
      const initials = rng.chance(0.5) ? initial(given) : `${initial(given)}${initial(person.father)}`;
      return { list: [surname, initials], roles: ['surname', 'fixed'] };
    }
    default:
      throw new Error(`unknown name kind ${kind}`);
  }
}

const honorifics: Partial<Record<NameLang, [string, string]>> = {
  'uz-latn': ['aka', 'opa'],
  'uz-cyrl': ['ака', 'опа'],
  kk: ['аға', 'апа'],
  ky: ['байке', 'эже'],
  tg: ['ака', 'апа'],
};
const attached: Partial<Record<NameLang, [string, string]>> = {
  'uz-latn': ['jon', 'xon'],
  'uz-cyrl': ['жон', 'хон'],
  kk: ['жан', 'жан'],
  tg: ['джон', 'хон'],
  ru: ['джон', 'хон'],
};

export function renderName(rng: Rng, person: Person, kind: string, grammaticalCase: Case, apostrophe: string): Rendered {
  const { list, roles } = words(rng, person, kind, apostrophe);
  const lang = person.lang;
  let before = '';
  let after = '';
  if (kind === 'gx') {
    const suffix = attached[lang]?.[person.female ? 1 : 0];
    if (suffix && !/(jon|xon|bek|жон|хон|бек|жан|джон)$/iu.test(list[0]!)) list[0] += suffix;
  }
  let caseOnHonorific = false;
  if (kind === 'gh' || kind === 'ghl') {
    const honorific = honorifics[lang]?.[person.female ? 1 : 0];
    if (honorific) {
      after = (rng.chance(0.15) ? '-' : ' ') + honorific;
      caseOnHonorific = true;
    }
  }
  if (kind === 'hs') {
    before = lang === 'en' ? (person.female ? rng.pick(['Ms. ', 'Mrs. ', 'Dr. ']) : rng.pick(['Mr. ', 'Dr. '])) : lang === 'ru' ? rng.pick(['доктор ', 'врач ', 'г-н ']) : '';
  }
  if (isRussianLike(lang)) {
    for (let i = 0; i < list.length; i++) {
      const role = roles[i]!;
      if (role !== 'fixed') list[i] = russianCase(list[i]!, grammaticalCase, role, person.female);
    }
  } else if (caseOnHonorific) {
    after = after.charAt(0) + inflectLast(lang, after.slice(1), grammaticalCase);
  } else {
    const lastWord = list[list.length - 1]!;
    // Initials take no ending; a Kazakh or Kyrgyz patronymic word (уулу, -қызы) takes possessive endings, so it
    // stays nominative here. Uzbek o'g'li/qizi take the plain ones (o'g'liga).
    const fixedEnd = lastWord.endsWith('.') || ((lang === 'kk' || lang === 'ky') && roles[roles.length - 1] === 'fixed');
    if (!fixedEnd) list[list.length - 1] = inflectLast(lang, lastWord, grammaticalCase);
  }
  let span = list.join(' ');
  if (lang === 'uz-latn') span = span.replace(/'/gu, apostrophe);
  if (kind === 'gl' || kind === 'gsl' || kind === 'ghl') span = span.toLowerCase();
  return { before, span, after };
}

// ---------------------------------------------------------------------------------------------------------------
// Templates: "genre|text" or "genre@namelang|text". Slots: {kind[2][:case]} for names ({g}, {gs2:dat}), {phone},
// {email[2]}, {emailx[2]} (obfuscated), filler slots ({street}, {price} …); <m|f> agrees with person 1, <<m|f>> with
// person 2.

const slotPattern = /\{([a-z]+?)(2)?(?::([a-z]+))?\}|<<([^|<>]*)\|([^<>]*)>>|<([^|<>]*)\|([^<>]*)>/gu;

const defaultNameLang: Record<Group, NameLang> = {
  ru: 'ru', 'uz-latn': 'uz-latn', 'uz-cyrl': 'uz-cyrl', kk: 'kk', ky: 'ky', en: 'en', mixed: 'uz-latn',
};

export function parseTemplate(template: string): { genre: Genre; nameLang?: NameLang; body: string } {
  const bar = template.indexOf('|');
  const head = template.slice(0, bar);
  const [genre, nameLang] = head.split('@') as [Genre, NameLang | undefined];
  return nameLang ? { genre, nameLang, body: template.slice(bar + 1) } : { genre, body: template.slice(bar + 1) };
}

export function fillTemplate(rng: Rng, group: Group, template: string, pool: PoolKind): Filled {
  const { genre, nameLang, body } = parseTemplate(template);
  const lang = nameLang ?? defaultNameLang[group];
  const people = [drawPerson(rng, lang, pool), drawPerson(rng, lang, pool)] as const;
  // Two people in one text are different people.
  while (people[1].given === people[0].given) Object.assign(people[1], drawPerson(rng, lang, pool));
  const apostrophe = rng.pick(uzbekApostrophes);
  const spans: BlindSpan[] = [];
  let text = '';
  let last = 0;
  for (const match of body.matchAll(slotPattern)) {
    text += body.slice(last, match.index);
    last = match.index + match[0].length;
    if (match[4] !== undefined) {
      text += people[1].female ? match[5]! : match[4];
      continue;
    }
    if (match[6] !== undefined) {
      text += people[0].female ? match[7]! : match[6];
      continue;
    }
    const slot = match[1]!;
    const person = people[match[2] ? 1 : 0];
    if (nameKinds.has(slot)) {
      const grammaticalCase = (match[3] ?? 'nom') as Case;
      if (!cases.has(grammaticalCase)) throw new Error(`unknown case in ${match[0]}`);
      const rendered = renderName(rng, person, slot, grammaticalCase, apostrophe);
      text += rendered.before;
      spans.push({ start: text.length, end: text.length + rendered.span.length, type: 'NAME' });
      text += rendered.span + rendered.after;
    } else if (slot === 'phone') {
      const value = phone(rng, group);
      spans.push({ start: text.length, end: text.length + value.length, type: 'PHONE' });
      text += value;
    } else if (slot === 'email' || slot === 'emailx') {
      const value = (slot === 'email' ? email : obfuscatedEmail)(rng, person.given, person.surname);
      spans.push({ start: text.length, end: text.length + value.length, type: 'EMAIL' });
      text += value;
    } else {
      const value = filler(rng, group, slot);
      if (value === undefined) throw new Error(`unknown slot ${match[0]}`);
      text += value;
    }
  }
  text += body.slice(last);
  return { genre, text, spans };
}
