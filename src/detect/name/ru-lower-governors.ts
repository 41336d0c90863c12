// Lower-case Russian chat: more words that ask for a person in a case, for ru-chat-lower-slots.ts (`позовите к
// телефону марину`, `можно марину к телефону?`, `дайте трубку марине`, `спросите марину`, `жду ответа от марины`,
// `записалась к марине`, `мы с мариной`, `отзыв о марине`, `у марины сегодня выходной?`), and the oblique forms of a
// surname standing alone there (`позовите белоусову`, `связаться с воронцовым`, `у окуневского`).

import type { Token } from '../../text/tokenize.js';
import { analyzeWord } from './analyze.js';
import { onlySpaces } from './gaps.js';
import { WordFlag } from './lexicon.js';
import type { NameResources } from './resources.js';
import { EndingSet } from './suffixes.js';

/**
 * A word that asks for a person: `word` is what obliquePerson() reads the case from (a verb of telling or calling,
 * or a preposition); `strong`: nothing but a person stands there, so a name that is also an everyday word counts
 * (`спросите веру`); a preposition after a noun or verb of contact may take a thing too (`отзыв о розе`).
 */
export interface LowerGovernor {
  readonly word: string;
  readonly strong: boolean;
}

const calling: LowerGovernor = { word: 'позовите', strong: true };
const telling: LowerGovernor = { word: 'передайте', strong: true };
const thanking: LowerGovernor = { word: 'спасибо', strong: true };
const weak = (word: string): LowerGovernor => ({ word, strong: false });
const from = weak('от');
const to = weak('к');
const withWhom = weak('с');
const about = weak('о');
const aboutAcc = weak('про');
// `у марины сегодня выходной`: only a person has a day off.
const at: LowerGovernor = { word: 'у', strong: true };
const praising = weak('похвалить');
const genitiveOf = weak('у');

// Verbs only a person follows, in the dative or accusative: `спросите марину`, `напомните марине`, `позвоните марине`.
const askingVerbs = new Set(['спросите', 'спроси', 'спросить', 'уточните', 'напомните', 'напомни', 'позвоните', 'позвони', 'позвонить', 'напишите', 'перезвоните', 'наберите', 'звоните', 'звонить', 'пишите']);
// Thanks as a noun or adjective: `благодарность марине` (an everyday word stays a word there, as after `спасибо`).
const thanksWords = new Set(['благодарность', 'признательна', 'признателен', 'признательны', 'респект']);
// Verbs of calling someone to the phone: `позовите к телефону марину`, `можно марину к телефону`.
const callVerbs = new Set(['позовите', 'позови', 'пригласите', 'пригласи', 'попросите', 'попроси', 'можно', 'дайте', 'дай']);
// `дайте трубку марине`.
const handVerbs = new Set(['дайте', 'дай', 'передайте', 'передай']);
// Nouns of a message from someone: `жду ответа от марины`.
const messageNouns = new Set(['ответа', 'ответ', 'ответов', 'звонка', 'звонок', 'звонков', 'письма', 'письмо', 'писем', 'сообщения', 'сообщение', 'смс', 'весточки', 'привет', 'приветы']);
// Going to someone for help or an appointment: `записалась к марине`, `вопрос к марине`.
const goingTo = new Set([
  'записалась', 'записался', 'записаться', 'записались', 'записали', 'записана', 'записан', 'запишите', 'записать',
  'обращалась', 'обращался', 'обратилась', 'обратился', 'обратиться', 'обращаться', 'обращались',
  'вопрос', 'вопросы', 'ходила', 'ходил', 'ходили', 'сходила', 'сходил', 'хожу', 'ходим', 'попала', 'попал', 'попали',
  'направили', 'подойти', 'подошла', 'подошел', 'подошёл', 'подойдите',
]);
// Working or talking together: `работаю с мариной`, `мы с мариной`, `довольны мариной` (no preposition).
const withWords = new Set([
  'работаю', 'работаем', 'работали', 'работала', 'работал', 'поговорить', 'переговорить', 'пообщаться', 'встреча', 'встречу',
  'встретилась', 'встретился', 'созвониться', 'разговор', 'переписка', 'переписку', 'знакома', 'знаком', 'знакомы', 'мы',
]);
const pleasedWords = new Set(['довольна', 'доволен', 'довольны']);
// Verbs of praise, blame and waiting, which take things too: `хочу похвалить марину`, `рекомендую марину`.
const praiseVerbs = new Set([
  'похвалить', 'хвалю', 'рекомендую', 'советую', 'посоветовала', 'посоветовал', 'посоветовали', 'наказать', 'накажите', 'уволить', 'увольте',
  'премировать', 'поощрить', 'отметить', 'жду', 'ждем', 'ждём', 'ждала', 'ждал',
]);
// Telling or asking about someone: `отзыв о марине`, `спрашивала о марине`.
const aboutWords = new Set(['отзыв', 'отзывы', 'отзыва', 'сказать', 'рассказать', 'спрашивала', 'спрашивал', 'спросила', 'спросил', 'узнать', 'узнавала', 'узнавал']);
// What a person has today: `у марины сегодня выходной?`.
const dayWords = new Set(['сегодня', 'завтра', 'сейчас', 'уже', 'ещё', 'еще']);
const shiftWords = new Set(['выходной', 'выходные', 'смена', 'отпуск', 'приём', 'прием', 'больничный', 'обед', 'перерыв', 'запись', 'нет']);
const gap = new Set(['пожалуйста', 'пожалуста', 'плиз', 'пж', 'срочно', 'очень', 'лично', 'вчера', 'сегодня', 'уже', 'вам']);

/** The word before token `m`, one space apart ('' for none). */
function before(text: string, tokens: readonly Token[], folded: readonly string[], m: number): string {
  return m > 0 && onlySpaces(text, tokens[m - 1]!.end, tokens[m]!.start, 1) ? folded[m - 1]! : '';
}
function after(text: string, tokens: readonly Token[], folded: readonly string[], m: number): string {
  return m + 1 < tokens.length && onlySpaces(text, tokens[m]!.end, tokens[m + 1]!.start, 1) ? folded[m + 1]! : '';
}

/** The word asking for token `k` as a person in the places above; undefined for none. */
export function lowerGovernor(text: string, tokens: readonly Token[], folded: readonly string[], k: number): LowerGovernor | undefined {
  const previous = before(text, tokens, folded, k);
  if (previous === '') return undefined;
  if (askingVerbs.has(previous)) return telling;
  if (thanksWords.has(previous)) return thanking;
  // `позовите к телефону марину`, `дайте трубку марине`.
  if (previous === 'телефону' || previous === 'трубке') return before(text, tokens, folded, k - 1) === 'к' && callVerbs.has(before(text, tokens, folded, k - 2)) ? calling : undefined;
  if (previous === 'трубку') return handVerbs.has(before(text, tokens, folded, k - 1)) ? telling : undefined;
  if (pleasedWords.has(previous)) return withWhom;
  if (praiseVerbs.has(previous)) return praising;
  // `кроме марины`, `по поводу марины`.
  if (previous === 'кроме' || (previous === 'поводу' && before(text, tokens, folded, k - 1) === 'по')) return genitiveOf;
  if (callVerbs.has(previous)) return toPhone(text, tokens, folded, k) ? calling : undefined;
  let head = before(text, tokens, folded, k - 1);
  if (gap.has(head)) head = before(text, tokens, folded, k - 2);
  if (head === '') return previous === 'у' ? shiftAfter(text, tokens, folded, k) : undefined;
  switch (previous) {
    case 'от':
      return messageNouns.has(head) ? from : undefined;
    case 'к':
    case 'ко':
      return goingTo.has(head) ? to : undefined;
    case 'с':
    case 'со':
      return withWords.has(head) ? withWhom : undefined;
    case 'о':
    case 'об':
      return aboutWords.has(head) ? about : undefined;
    case 'про':
      return aboutWords.has(head) ? aboutAcc : undefined;
    case 'у':
      return shiftAfter(text, tokens, folded, k);
    default:
      return undefined;
  }
}

/** `можно марину к телефону`: `к телефону` or `к трубке` right after the word. */
function toPhone(text: string, tokens: readonly Token[], folded: readonly string[], k: number): boolean {
  if (after(text, tokens, folded, k) !== 'к') return false;
  const next = after(text, tokens, folded, k + 1);
  return next === 'телефону' || next === 'трубке';
}
/** `у марины сегодня выходной`: a shift word right after the word, or after `сегодня`/`завтра`. */
function shiftAfter(text: string, tokens: readonly Token[], folded: readonly string[], k: number): LowerGovernor | undefined {
  let next = after(text, tokens, folded, k);
  if (dayWords.has(next)) next = after(text, tokens, folded, k + 1);
  return shiftWords.has(next) ? at : undefined;
}

// The oblique endings of a surname and the base they come from (a stem in -ов/-ев/-ин/-ын takes -а, -у, -ым, -е for
// a man, -ой, -у for a woman; -ский and -ская decline as adjectives).
const adjectivalForms: readonly (readonly [string, string])[] = [
  ['ского', 'ский'], ['скому', 'ский'], ['ским', 'ский'], ['ском', 'ский'], ['ской', 'ская'], ['скую', 'ская'],
  ['цкого', 'цкий'], ['цкому', 'цкий'], ['цким', 'цкий'], ['цком', 'цкий'], ['цкой', 'цкая'], ['цкую', 'цкая'],
];
const possessiveStem = new EndingSet(['ов', 'ев', 'ёв', 'ин', 'ын']);
const possessiveForms: readonly (readonly [string, string])[] = [['ым', ''], ['ой', 'а'], ['а', ''], ['у', ''], ['е', '']];
const nounLike = new EndingSet(['ин', 'ын', 'ина', 'ына', 'ова', 'ева', 'ёва', 'ский', 'цкий', 'ская', 'цкая']);

/**
 * The base form of `word` read as a surname in an oblique case (`воронцову` → `воронцов`, `окуневской` →
 * `окуневская`), when the form is no everyday word and the base is a listed surname, or one Russian does not know
 * (`unknown`); undefined otherwise.
 */
export function obliqueSurnameBase(word: string, resources: NameResources, unknown: (word: string) => boolean): string | undefined {
  if (word.length < 6) return undefined;
  let base: string | undefined;
  for (const [form, ending] of adjectivalForms) {
    if (word.endsWith(form)) {
      base = word.slice(0, word.length - form.length) + ending;
      break;
    }
  }
  if (base === undefined) {
    for (const [form, ending] of possessiveForms) {
      if (!word.endsWith(form)) continue;
      const stem = word.slice(0, word.length - form.length);
      if (possessiveStem.test(stem)) base = stem + ending;
      break;
    }
  }
  if (base === undefined || base.length < 5) return undefined;
  const evidence = analyzeWord(base, true, resources, false);
  if (evidence.stopFlags !== 0 || evidence.nameFlags & WordFlag.First) return undefined;
  const common = resources.commonWords;
  if (evidence.nameFlags & WordFlag.Surname) return common.has(word) && nounLike.test(base) ? undefined : base;
  if (evidence.nameFlags !== 0 || common.has(word) || common.has(base) || common.isProperNoun(base)) return undefined;
  // -ский words the lexicon lacks are adjectives as often as surnames (`стажерского`, `технической`).
  if ((base.endsWith('ий') || base.endsWith('ая')) && base.includes('ческ')) return undefined;
  return unknown(base) && unknown(word) ? base : undefined;
}

// The surname endings each preposition's case takes.
const surnameCaseEndings: ReadonlyMap<string, EndingSet> = new Map([
  ['с', new EndingSet(['ым', 'им', 'ой'])],
  ['к', new EndingSet(['у', 'ой', 'ому'])],
  ['от', new EndingSet(['а', 'ой', 'ого'])],
  ['у', new EndingSet(['а', 'ой', 'ого'])],
  ['до', new EndingSet(['а', 'ой', 'ого'])],
  ['о', new EndingSet(['е', 'ой', 'ом'])],
  ['про', new EndingSet(['а', 'у', 'ого', 'ую'])],
  ['на', new EndingSet(['а', 'у', 'ого', 'ую'])],
]);

/** The oblique surname form `word` is in the case `governor` asks for (a verb: any case). */
export function surnameCaseAgrees(word: string, governor: string): boolean {
  const endings = surnameCaseEndings.get(governor);
  return endings === undefined || endings.test(word);
}

/** A man's surname in -ов/-ин in the genitive or accusative spells a woman's base form (`у кудрявцева`). */
export function genitiveSpelling(word: string, governor: string): boolean {
  return possessiveGenitive.test(word) && surnameCaseAgrees(word, governor);
}
const possessiveGenitive = new EndingSet(['ова', 'ева', 'ёва', 'ина', 'ына']);

// A request or greeting the message makes right after the person it speaks to: `марина подскажите`, `надежда, добрый день`.
const requestWords = new Set(['здравствуйте', 'здрасте', 'здравствуй', 'приветствую', 'подскажите', 'скажите', 'помогите', 'извините', 'простите', 'уточните', 'объясните', 'проверьте', 'посмотрите']);
const greetings: ReadonlyMap<string, readonly string[]> = new Map([
  ['добрый', ['день', 'вечер']], ['доброе', ['утро']], ['доброго', ['дня', 'времени', 'утра', 'вечера']], ['доброй', ['ночи']],
]);

/** Token `k` is followed, one space or `, ` apart, by a request or greeting (`подскажите`, `добрый день`). */
export function requestAfter(text: string, tokens: readonly Token[], folded: readonly string[], k: number): boolean {
  if (k + 1 >= tokens.length) return false;
  const from = tokens[k]!.end;
  const to = tokens[k + 1]!.start;
  if (!(to - from === 1 && text.charCodeAt(from) === 32) && !(to - from === 2 && text.charCodeAt(from) === 44 && text.charCodeAt(from + 1) === 32)) return false;
  const next = folded[k + 1]!;
  if (requestWords.has(next)) return true;
  const second = greetings.get(next);
  return second !== undefined && second.includes(after(text, tokens, folded, k + 1));
}
