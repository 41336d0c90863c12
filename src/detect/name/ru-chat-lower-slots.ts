// Russian chat typed without a capital anywhere: the places a person stands in that the other chat passes leave to
// the capital letter (`это была зорислава`, `заказ оформляла сайрина, всё чётко`, `курьер айдамир, претензий нет`,
// `позовите марину`, `пожаловаться на эльмурада`, `злата спасибо вам`).

import { readPatternWords } from '../../patterns.js';
import type { Token } from '../../text/tokenize.js';
import type { Span } from '../../types.js';
import { onlySpaces } from './gaps.js';
import { WordFlag } from './lexicon.js';
import type { NameResources } from './resources.js';
import { everydayRussianWord, isRussianFormOf } from './ru-everyday.js';
import { knownPastTense, pastTenseLength } from './ru-chat.js';
import { pairAgrees } from './ru-lower-name-pairs.js';
import { findLowerPatronymicPairs } from './ru-lower-patronymic-pairs.js';
import { mergeReplacing } from './ru-spans.js';
import { agreesAcrossShape, agreesWithVerb, obliquePerson, personVerb, unknownToRussian } from './ru-unlisted.js';
import { genitiveSpelling, lowerGovernor, obliqueSurnameBase, requestAfter, surnameCaseAgrees } from './ru-lower-governors.js';
import { chatPerson } from './ru-vocatives.js';
import { EndingSet } from './suffixes.js';
import { WordBit, type WordInfo } from './vocabulary.js';
import { nameWeights } from './weights.js';

/**
 * What a candidate word is: a listed first name (`Listed`, one an everyday word also spells: `Shared`), a word on no
 * list Russian does not know (`Unknown`), or a surname in its base form (`Surname`: listed, or shaped like one and no
 * Russian noun; a Korean one, `ли`, `ким`, only before a deed or a department).
 */
const Kind = { Listed: 1, Shared: 2, Unknown: 3, Surname: 4 } as const;
type Kind = (typeof Kind)[keyof typeof Kind];

interface Candidate {
  readonly kind: Kind;
  /** The base form (a listed name's own; an unknown word as written, or its base through the case the place asks for). */
  readonly base: string;
  /** A listed name in a case form (not its base form). */
  readonly oblique: boolean;
}

// Verbs and phrases after which only a person stands, in the case they ask for (the word right before the person).
// Optional `пожалуйста`/`меня` may stand between (`позовите пожалуйста марину`, `соедините меня с зориславой`).
const personObjectVerbs = new Set([
  'позовите', 'позови', 'пригласите', 'пригласи', 'попросите', 'попроси', 'поблагодарите', 'поблагодарить', 'благодарю', 'благодарим',
  'передайте', 'передай', 'скажите', 'скажи', 'наберите', 'перезвоните',
  'спасибо', 'спс', 'благодарна', 'благодарен', 'писала', 'писал', 'пишу', 'написала', 'написал', 'звонила', 'звонил', 'позвонила', 'позвонил', 'дозвонилась', 'дозвонился',
]);
// Prepositions that take a person after a verb or noun of complaint, contact or thanks: `пожаловаться на`, `жалоба на`,
// `дозвониться до`, `соедините с`, `в лице`, `претензия к`.
const complaintWords = new Set(['пожаловаться', 'пожаловалась', 'пожаловался', 'жалуюсь', 'жалуемся', 'жалоба', 'жалобу', 'претензия', 'претензию', 'претензии', 'нажаловаться']);
const contactWords = new Set(['дозвониться', 'дозвонилась', 'дозвонился', 'дозвонились', 'достучаться']);
const connectWords = new Set([
  'соедините', 'соедини', 'свяжите', 'связаться', 'переключите', 'переключили',
  // Talking with a person: `общалась с викторией`, `договорились с ростиславом`.
  'общалась', 'общался', 'общались', 'поговорила', 'поговорил', 'поговорили', 'разговаривала', 'разговаривал', 'договорилась', 'договорился', 'договорились',
  'созвонилась', 'созвонился', 'созвонились', 'переписывалась', 'переписывался', 'связалась', 'связался', 'связались',
]);
// Names that are abstract nouns too, whose instrumental is a manner (`общался с любовью`, `договорились с надеждой`).
const mannerNames = new Set(['надежда', 'любовь', 'вера', 'слава', 'радость']);
// Pronoun forms that spell case forms of a name (`тому`, `той` of `Тома`).
const pronounForms = new Set(['тому', 'той', 'тем', 'том', 'тех']);
const between = new Set(['пожалуйста', 'пожалуста', 'плиз', 'пж', 'меня', 'нас', 'срочно', 'еще', 'ещё']);

// Words after which the word after a past tense is that verb's subject, the verb having none before it: object
// pronouns, adverbs of time and manner, and clause openers.
const freeBefore = new Set([
  'меня', 'мне', 'нас', 'нам', 'вас', 'вам', 'его', 'ее', 'её', 'ей', 'ему', 'им', 'их', 'вчера', 'сегодня', 'позавчера', 'утром', 'вечером', 'днем', 'днём',
  'потом', 'затем', 'сначала', 'сперва', 'тоже', 'также', 'уже', 'опять', 'снова', 'еще', 'ещё', 'а', 'но', 'и', 'да', 'когда', 'что', 'как', 'вот', 'тогда', 'сразу', 'быстро',
  'всё', 'все', 'всe', 'заказ', 'вопрос', 'возврат', 'товар', 'договор', 'чек', 'звонок', 'адрес', 'документы', 'заявку', 'заявка', 'доставку', 'посылку', 'посылка', 'заказы',
  'оформление', 'вопросы', 'проблему', 'проблема',
]);
const months = new Set(['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря']);
// Past tenses of going, coming and calling: a masculine word Russian does not know after one is its subject, not
// its object (`приехал эльмурад`; `привез самсунг` is a thing, so verbs that take things need a listed name).
const intransitivePasts = new Set([
  'приехал', 'приезжал', 'пришел', 'пришёл', 'пришол', 'заходил', 'зашел', 'зашёл', 'подъехал', 'подошел', 'подошёл', 'опоздал', 'звонил', 'позвонил', 'перезвонил',
  'ответил', 'отвечал', 'работал', 'дежурил', 'консультировал', 'обслуживал', 'помогал', 'общался', 'связался', 'извинился', 'нагрубил', 'хамил', 'приходил', 'уехал', 'ушел', 'ушёл', 'был',
  'доставил', 'доставлял', 'привозил',
]);
// `это был(а) X`, `с вами говорит X`, `вас беспокоит X`, `по имени X`: the words before a person's base form.
const naming = new Map<string, readonly string[]>([
  ['был', ['это']], ['была', ['это']], ['говорит', ['вами', 'вас']], ['беспокоит', ['вас']], ['имени', ['по']], ['зовут', []], ['звали', []],
]);
// Service roles and the words for who receives or sends: `получатель марина, телефон тот же`.
const receivers = new Set(['получатель', 'получательница', 'отправитель', 'заказчик', 'адресат', 'ответственный', 'ответственная']);

/**
 * In Russian text without Turkic letters and without a capital anywhere: a listed first name or a word Russian does not
 * know (ru-unlisted.ts) left unnamed, in one of the places above. Adds to the scan's spans (sorted, disjoint).
 */
export function findLowerRussianSlots(text: string, tokens: readonly Token[], folded: readonly string[], words: readonly WordInfo[], spans: Span[], resources: NameResources): void {
  // `роману никитичу`, `веру петровну` (ru-lower-patronymic-pairs.ts): only where a patronymic can stand.
  if (text.includes('вн') || text.includes('ич')) findLowerPatronymicPairs(text, tokens, folded, words, spans, resources);
  let found: Span[] | undefined;
  // The words of the spans at or above the threshold, gathered once: asking each span per candidate is quadratic on
  // long texts that name someone in every line.
  let named: ReadonlySet<string> | undefined;
  let at = 0;
  const count = tokens.length;
  for (let k = 0; k < count; k++) {
    const token = tokens[k]!;
    while (at < spans.length && spans[at]!.end <= token.start) at++;
    // Named already, or inside a longer span a later pass may lift (`яной глебовной`).
    if (at < spans.length && spans[at]!.start < token.end && (spans[at]!.score >= 0.5 || spans[at]!.start < token.start || spans[at]!.end > token.end)) continue;
    if (!token.cyrillic || token.hasDigit) continue;
    const word = folded[k]!;
    if (token.end - token.start < 3 && !eastAsian().has(word)) continue;
    if (word.includes('-') || words[k]!.bits & WordBit.MisspeltCue) continue;
    // `драгомир жмуров обещал`, `у беляны белоусовой` (ru-lower-name-pairs.ts): a given name and its surname.
    const pair = pairedSurname(text, tokens, folded, words, k, spans, at, resources);
    if (pair !== undefined) {
      (found ??= []).push({ start: token.start, end: tokens[k + 1]!.end, type: 'NAME', score: nameWeights.lowerVocative, source: 'name:cue', normalized: pair });
      k++;
      continue;
    }
    const base = slotBase(text, tokens, folded, words, k, resources);
    // A word named elsewhere in the text: the repeated mentions (mentions.ts) name it here too, at that span's score.
    if (base === undefined) continue;
    named ??= namedWords(spans);
    if (named.has(base)) continue;
    (found ??= []).push({ start: token.start, end: token.end, type: 'NAME', score: nameWeights.lowerVocative, source: 'name:cue', normalized: base });
  }
  if (found !== undefined) mergeReplacing(spans, found);
}

/**
 * Token `k`, a listed given name (no everyday word) or a word Russian does not know, and the next token, one space
 * apart, a surname (for the unknown word, a listed one) in its case and gender, no span over it: the pair's base forms.
 */
function pairedSurname(text: string, tokens: readonly Token[], folded: readonly string[], words: readonly WordInfo[], k: number, spans: readonly Span[], from: number, resources: NameResources): string | undefined {
  if (k + 1 >= tokens.length || !tokens[k + 1]!.cyrillic || tokens[k + 1]!.end - tokens[k + 1]!.start < 5 || !onlySpaces(text, tokens[k]!.end, tokens[k + 1]!.start, 1)) return undefined;
  const given = lowerSlotCandidate(folded[k]!, words[k]!, resources);
  if (given === undefined) return undefined;
  const surname = lowerSlotCandidate(folded[k + 1]!, words[k + 1]!, resources);
  if (surname === undefined) return undefined;
  // `сидорова илью`: the surname first.
  if (given.kind === Kind.Surname && surname.kind === Kind.Listed && folded[k]!.length >= 5) {
    // Spans before `from` end before token `k`; sorted, so the first starting after the pair ends the search.
    for (let s = from; s < spans.length && spans[s]!.start < tokens[k + 1]!.end; s++) if (spans[s]!.end > tokens[k]!.start && spans[s]!.score >= 0.5) return undefined;
    return pairAgrees(folded[k + 1]!, surname.base, folded[k]!, given.base) ? `${given.base} ${surname.base}` : undefined;
  }
  if (given.kind === Kind.Surname || surname.kind !== Kind.Surname) return undefined;
  // A word Russian does not know, or a name that is also an everyday word (`роман морозов`), only before a listed surname.
  if (given.kind !== Kind.Listed && (words[k + 1]!.evidence(true, resources, false).nameFlags & WordFlag.Surname) === 0) return undefined;
  // A span of the surname alone (`морозов` before a deed) gives way to the pair.
  for (let s = from; s < spans.length && spans[s]!.start < tokens[k + 1]!.end; s++) {
    const span = spans[s]!;
    if (span.end > tokens[k]!.start && span.score >= 0.5 && !(span.start === tokens[k + 1]!.start && span.end === tokens[k + 1]!.end)) return undefined;
  }
  const form = folded[k]!;
  const bases = given.kind === Kind.Listed ? [given.base] : unknownBases(form);
  for (const base of bases) if (pairAgrees(form, base, folded[k + 1]!, surname.base)) return `${base} ${surname.base}`;
  return undefined;
}
/** The base forms a word Russian does not know may have as a given name: itself, or with its case ending undone. */
function unknownBases(word: string): string[] {
  const bases = [word];
  for (const [ending, replace] of unknownEndings) if (word.endsWith(ending) && word.length - ending.length >= 3) bases.push(word.slice(0, word.length - ending.length) + replace);
  return bases;
}
const unknownEndings: readonly (readonly [string, string])[] = [['ой', 'а'], ['ей', 'я'], ['ы', 'а'], ['е', 'а'], ['у', 'а'], ['и', 'я'], ['ю', 'я'], ['ом', ''], ['ем', ''], ['а', ''], ['у', ''], ['е', '']];

/** Every word of the normalized forms of the spans of score 0.5 or more (namedElsewhere() for many bases). */
function namedWords(spans: readonly Span[]): ReadonlySet<string> {
  const words = new Set<string>();
  for (const span of spans) {
    if (span.score < 0.5 || span.normalized === undefined) continue;
    for (const word of span.normalized.split(' ')) words.add(word);
  }
  return words;
}

/** A span of score 0.5 or more names `base` (alone or as one of its words). */
export function namedElsewhere(spans: readonly Span[], base: string): boolean {
  for (const span of spans) {
    if (span.score < 0.5 || span.normalized === undefined) continue;
    if (span.normalized === base || span.normalized.startsWith(base + ' ') || span.normalized.endsWith(' ' + base) || span.normalized.includes(' ' + base + ' ')) return true;
  }
  return false;
}

function slotBase(text: string, tokens: readonly Token[], folded: readonly string[], words: readonly WordInfo[], k: number, resources: NameResources): string | undefined {
  const word = folded[k]!;
  const candidate = lowerSlotCandidate(word, words[k]!, resources);
  if (candidate === undefined) return undefined;
  const previous = k > 0 && onlySpaces(text, tokens[k - 1]!.end, tokens[k]!.start, 1) ? folded[k - 1]! : '';
  // Oblique places: after a verb or preposition that takes a person.
  const governor = objectGovernor(text, tokens, folded, k);
  if (governor !== '') {
    if (candidate.kind === Kind.Unknown) {
      const oblique = obliquePerson(word, governor, resources);
      if (oblique !== undefined) return oblique;
    } else if (candidate.kind === Kind.Surname) {
      // `позовите белоусову`, `соедините с воронцовым`: a surname's case form in the case asked for.
      if (candidate.oblique ? surnameCaseAgrees(word, governor) : genitiveSpelling(word, governor)) return candidate.base;
    } else if (!thanksWords.has(governor) || candidate.kind === Kind.Listed || !(mannerNames.has(candidate.base) || pronounForms.has(word))) {
      // After thanks, a case form of a pronoun or of a name that is also an abstract noun stays a word (`спасибо тому,
      // кто помог`, `спасибо вере`); `спасибо марине`, `жалоба на романа` are people.
      if ((candidate.oblique || candidate.kind === Kind.Listed || word.endsWith('а')) && !(governor === 'с' && mannerNames.has(candidate.base))) return candidate.base;
    }
  } else {
    // `позовите к телефону марину`, `жду ответа от марины`, `мы с воронцовым` (ru-lower-governors.ts).
    const more = lowerGovernor(text, tokens, folded, k);
    if (more !== undefined) {
      if (candidate.kind === Kind.Unknown) {
        // `ответа от ростелекома`: a firm stands after `от` and `у` as often, in a man's name's genitive.
        const oblique = !more.strong && (more.word === 'от' || more.word === 'у') && (word.endsWith('а') || word.endsWith('я')) ? undefined : obliquePerson(word, more.word, resources);
        if (oblique !== undefined) return oblique;
      } else if (candidate.kind === Kind.Surname) {
        if (candidate.oblique ? surnameCaseAgrees(word, more.word) : genitiveSpelling(word, more.word)) return candidate.base;
      } else if (candidate.kind === Kind.Listed ? true : more.strong && (!thanksWords.has(more.word) || !(mannerNames.has(candidate.base) || pronounForms.has(word))) && (candidate.oblique || word.endsWith('а'))) {
        // A name that is also an everyday word only where nothing but a person stands (`спросите веру`, `спросить
        // романа`, not `отзыв о розе`).
        if (!(more.word === 'с' && mannerNames.has(candidate.base))) return candidate.base;
      }
    }
  }
  if (candidate.oblique) return undefined;
  if (candidate.kind === Kind.Surname && word.length < 4) return clauseOpens(text, tokens, folded, k) && (departmentAfter(text, tokens, folded, k) || deedAfter(text, tokens, folded, k, candidate.base)) ? candidate.base : undefined;
  const closes = closesClause(text, tokens, folded, k);
  // `это была зорислава`, `с вами говорит ладислава`, `по имени тамилла`.
  const names = previous === '' ? undefined : naming.get(previous);
  if (names !== undefined && (names.length === 0 || (k >= 2 && names.includes(folded[k - 2]!)))) {
    if (previous === 'был' || previous === 'была' ? agreesWithVerb(word, previous) || agreesAcrossShape(word, previous) : true) return candidate.base;
  }
  // `курьер айдамир, претензий нет`, `получатель марина, телефон тот же`, `курьер - айдамир`.
  if (closes && k > 0 && (resources.serviceRoles.has(folded[k - 1]!) || receivers.has(folded[k - 1]!)) && roleGap(text, tokens[k - 1]!.end, tokens[k]!.start) && nominativeShape(word)) return candidate.base;
  // `заказ оформляла сайрина, всё чётко`, `приехал руслан и забрал`: the subject after its past tense.
  if (previous !== '' && invertedSubject(text, tokens, folded, k, candidate, resources)) return candidate.base;
  // `злата спасибо вам`, `веселина с вами было приятно работать`: the message opens with the person it thanks.
  if (opensMessage(tokens, k) && k + 1 < tokens.length && onlySpaces(text, tokens[k]!.end, tokens[k + 1]!.start, 1) && (thanks.has(folded[k + 1]!) || (folded[k + 1] === 'с' && folded[k + 2] === 'вами'))) return candidate.base;
  // `марина подскажите`, `надежда, добрый день`: the message opens with the person it then asks or greets.
  if (opensMessage(tokens, k) && requestAfter(text, tokens, folded, k)) return candidate.base;
  // `клиент: зорислава, где мой заказ?`: addressed right after a line's role label.
  if (afterRoleLabel(text, tokens, words, k) && markedAfter(text, tokens[k]!.end)) return candidate.base;
  // `зорислава: где мой заказ?` in a dialogue whose lines carry labels.
  if (bareLabel(text, tokens, k) && labelledLines(text) >= 2 && hasRoleLine(text, tokens, words)) return candidate.base;
  // `вера из поддержки очень помогла`, `лада с ресепшена`: opening its clause before из/с and a department.
  if (clauseOpens(text, tokens, folded, k) && departmentAfter(text, tokens, folded, k)) return candidate.base;
  // `зулмира опять перепутала адрес`, `эльмурад не взял трубку`: opening its clause before a deed only a person does.
  // A name that is also an everyday word only before a deed no thing or feeling does (`марина опять перепутала`, not
  // `надежда пришла`).
  if ((clauseOpens(text, tokens, folded, k) || roleOpens(text, tokens, folded, k, resources)) && deedAfter(text, tokens, folded, k, candidate.base, candidate.kind === Kind.Shared)) return candidate.base;
  return undefined;
}

/** Token `k` opens the text, a sentence or a clause (punctuation before it, or one opener word: `а`, `вчера`). */
function clauseOpens(text: string, tokens: readonly Token[], folded: readonly string[], k: number): boolean {
  if (k === 0 || tokens[k]!.sentenceStart || !onlySpaces(text, tokens[k - 1]!.end, tokens[k]!.start, 3)) return true;
  if (!openers.has(folded[k - 1]!)) return false;
  return k === 1 || tokens[k - 1]!.sentenceStart || !onlySpaces(text, tokens[k - 2]!.end, tokens[k - 1]!.start, 3);
}
/** `курьер петров приехал`: a service role opening the clause right before token `k`. */
function roleOpens(text: string, tokens: readonly Token[], folded: readonly string[], k: number, resources: NameResources): boolean {
  // `курьер котов так и не приехал`: a noun's genitive plural after a role is what the role serves.
  const word = folded[k]!;
  if ((word.endsWith('ов') || word.endsWith('ев')) && resources.commonWords.has(word.slice(0, -2)) && !resources.commonWords.isProperNoun(word.slice(0, -2))) return false;
  return k > 0 && resources.serviceRoles.has(folded[k - 1]!) && onlySpaces(text, tokens[k - 1]!.end, tokens[k]!.start, 1) && clauseOpens(text, tokens, folded, k - 1);
}
const openers = new Set(['это', 'а', 'и', 'но', 'вчера', 'сегодня', 'потом', 'тогда', 'еще', 'ещё', 'кстати', 'короче', 'кароче', 'ну']);

const departments = new Set(['поддержки', 'техподдержки', 'саппорта', 'отдела', 'службы', 'колл-центра', 'кол-центра', 'ресепшена', 'ресепшн', 'бухгалтерии', 'офиса', 'филиала', 'склада', 'доставки', 'кассы', 'регистратуры', 'администрации', 'магазина', 'сервиса', 'банка']);
function departmentAfter(text: string, tokens: readonly Token[], folded: readonly string[], k: number): boolean {
  if (k + 2 >= tokens.length || !onlySpaces(text, tokens[k]!.end, tokens[k + 1]!.start, 1) || !onlySpaces(text, tokens[k + 1]!.end, tokens[k + 2]!.start, 1)) return false;
  const preposition = folded[k + 1];
  return (preposition === 'из' || preposition === 'с' || preposition === 'со') && departments.has(folded[k + 2]!);
}

// Past tenses only a person does in service chat (besides ru-unlisted.ts personVerb's), masculine stems: -а for a woman.
const deedStems = new Set([
  'перепутал', 'взял', 'забыл', 'опоздал', 'положил', 'бросил', 'оставил', 'выдал', 'записал', 'отменил', 'потерял', 'нахамил', 'посоветовал', 'подобрал', 'упаковал',
  'собрал', 'починил', 'установил', 'настроил', 'отремонтировал', 'заменил', 'приехал', 'пришел', 'приходил', 'приезжал', 'отказал', 'отказался', 'обещал', 'сделал', 'привез', 'доставил',
  'сказал', 'просил', 'передал', 'написал', 'ответил', 'перезвонил', 'звонил', 'позвонил', 'объяснил', 'консультировал', 'принял', 'оформил', 'нагрубил', 'хамил',
  'вежливая', 'вежливый', 'грубая', 'грубый', 'внимательная', 'внимательный', 'отзывчивая', 'отзывчивый', 'любезная', 'любезный', 'терпеливая', 'терпеливый',
  'вежлив', 'вежлива', 'груб', 'груба', 'любезна', 'любезен', 'терпелива', 'терпелив', 'внимательна', 'внимателен',
]);
// Deeds a thing or a feeling does too (`любовь пришла`, `роза осталась`): not read after a name that is also a word.
const feelingDeeds = new Set(['приехал', 'пришел', 'приходил', 'приезжал', 'сделал', 'бросил', 'оставил', 'потерял', 'взял']);
const deedGap = new Set(['не', 'опять', 'снова', 'уже', 'тоже', 'сразу', 'быстро', 'вообще', 'так', 'и', 'сам', 'сама', 'мне', 'нам', 'вчера', 'сегодня', 'была', 'был', 'очень']);

/** A surname base form (surnameEndings or a Korean surname), whose ending tells its gender or that it has none. */
function surnameBase(base: string): boolean {
  return base.length < 4 ? eastAsian().has(base) : surnameEndings.test(base);
}
/** A surname agrees with a past tense or short adjective: -ов/-ин/-ский a man's, -ова/-ина/-ская a woman's, others either. */
function surnameAgrees(base: string, verb: string): boolean {
  const feminineVerb = verb.endsWith('а') || verb.endsWith('лась');
  if (masculineSurname.test(base)) return !feminineVerb;
  if (feminineSurname.test(base)) return feminineVerb;
  return true;
}
const masculineSurname = new EndingSet(['ов', 'ев', 'ёв', 'ин', 'ын', 'ский', 'цкий']);
const feminineSurname = new EndingSet(['ова', 'ева', 'ёва', 'ина', 'ына', 'ская', 'цкая']);

/** Up to three particles (or `был(а) очень`) after token `k`, then a deed of deedStems agreeing with `base`. */
function deedAfter(text: string, tokens: readonly Token[], folded: readonly string[], k: number, base: string, personal = false): boolean {
  for (let m = k + 1; m < tokens.length && m <= k + 4; m++) {
    if (!onlySpaces(text, tokens[m - 1]!.end, tokens[m]!.start, 1)) return false;
    const word = folded[m]!;
    const stem = word.endsWith('ла') ? word.slice(0, -1) : word.endsWith('лась') ? word.slice(0, -3) + 'ся' : word;
    if (deedStems.has(stem) || deedStems.has(word)) {
      if (personal && (feelingDeeds.has(stem) || mannerNames.has(base))) return false;
      if (surnameBase(base)) return surnameAgrees(base, word);
      if (word.endsWith('л') || word.endsWith('лся') || word.endsWith('ла') || word.endsWith('лась') || word.endsWith('ез')) return agreesWithVerb(base, word.endsWith('ез') ? 'привез' : word) || agreesAcrossShape(base, word);
      // A short adjective: its gender.
      return word.endsWith('а') || word.endsWith('ая') ? agreesWithVerb(base, 'была') || agreesAcrossShape(base, 'была') : agreesWithVerb(base, 'был') || agreesAcrossShape(base, 'был');
    }
    if (!deedGap.has(word)) return false;
  }
  return false;
}


function markedAfter(text: string, end: number): boolean {
  const code = text.charCodeAt(end);
  return code === 44 || code === 33 || code === 63 || end >= text.length;
}
/** Token `k` follows `label: ` whose label (one or two words, the first a role or speaker label) opens its line. */
function afterRoleLabel(text: string, tokens: readonly Token[], words: readonly WordInfo[], k: number): boolean {
  if (k === 0) return false;
  const label = tokens[k - 1]!;
  if (text.charCodeAt(label.end) !== 58 || !onlySpaces(text, label.end + 1, tokens[k]!.start, 2)) return false;
  if (lineStart(text, label.start)) return (words[k - 1]!.bits & WordBit.SpeakerLabel) !== 0;
  return k >= 2 && lineStart(text, tokens[k - 2]!.start) && onlySpaces(text, tokens[k - 2]!.end, label.start, 1) && (words[k - 2]!.bits & WordBit.SpeakerLabel) !== 0;
}
/** Token `k` opens its line and a colon follows it. */
function bareLabel(text: string, tokens: readonly Token[], k: number): boolean {
  return text.charCodeAt(tokens[k]!.end) === 58 && lineStart(text, tokens[k]!.start);
}
/** Lines that open with a word or two and a colon. */
function labelledLines(text: string): number {
  let count = 0;
  let at = 0;
  while (at < text.length) {
    let end = text.indexOf('\n', at);
    if (end === -1) end = text.length;
    const colon = text.indexOf(': ', at);
    if (colon !== -1 && colon < end && colon - at <= 30 && !/\d/u.test(text.slice(at, colon))) count++;
    at = end + 1;
  }
  return count;
}
/** Some line opens with a role label (`оператор:`, `менеджер зарина:`): the text is a dialogue, not a form. */
function hasRoleLine(text: string, tokens: readonly Token[], words: readonly WordInfo[]): boolean {
  for (let k = 0; k < tokens.length; k++) {
    if (!(words[k]!.bits & WordBit.SpeakerLabel) || !lineStart(text, tokens[k]!.start)) continue;
    if (text.charCodeAt(tokens[k]!.end) === 58 || (k + 1 < tokens.length && text.charCodeAt(tokens[k + 1]!.end) === 58 && onlySpaces(text, tokens[k]!.end, tokens[k + 1]!.start, 1))) return true;
  }
  return false;
}
function lineStart(text: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i--;
  return i < 0 || text.charCodeAt(i) === 10 || text.charCodeAt(i) === 13;
}
const thanksWords = new Set(['спасибо', 'спс', 'благодарна', 'благодарен', 'благодарю', 'благодарим']);
const thanks = new Set(['спасибо', 'спс', 'благодарю', 'благодарим', 'спасибочки', 'огромное', 'большое']);

// candidateAt() depends on the word alone (one vocabulary per resources): remembered on its WordInfo.
function lowerSlotCandidate(word: string, info: WordInfo, resources: NameResources): Candidate | undefined {
  const known = info.lowerSlot;
  if (known !== null) return known as Candidate | undefined;
  const candidate = candidateAt(word, info, resources);
  info.lowerSlot = candidate;
  return candidate;
}

function candidateAt(word: string, info: WordInfo, resources: NameResources): Candidate | undefined {
  if (word.length < 4) return eastAsian().has(word) ? { kind: Kind.Surname, base: word, oblique: false } : shortGivenName(word, info, resources);
  if (resources.cueWords.has(word) || resources.serviceRoles.has(word) || resources.roles.has(word) || receivers.has(word)) return undefined;
  const evidence = info.evidence(true, resources, false);
  if (evidence.stopFlags !== 0) return undefined;
  if (evidence.nameFlags & WordFlag.First) {
    if (!isRussianFormOf(word, evidence.base)) return undefined;
    // `веселина`, `русланa`: a man's name in the genitive spells the woman's name of the same root; in these places
    // the verb's agreement or the case asked for tells them apart, so both readings stay open.
    const feminineToo = evidence.endingLength === 1 && word.endsWith('а');
    const oblique = evidence.endingLength !== 0 && !feminineToo;
    if (feminineToo) return { kind: everydayRussianWord(word, evidence, resources) ? Kind.Shared : Kind.Listed, base: word, oblique: false };
    // A case form of an everyday word (`тому` of `Тома`) or an everyday word itself (`вера`): only where a person stands.
    const shared = everydayRussianWord(word, evidence, resources) || resources.commonWords.has(word);
    return { kind: shared ? Kind.Shared : Kind.Listed, base: evidence.base, oblique };
  }
  if (surnameCandidate(word, evidence.nameFlags, evidence.endingLength, resources)) return { kind: Kind.Surname, base: word, oblique: false };
  // `белоусову`, `окуневской`: a surname's case form, read only where a word asks for a person in that case.
  const surname = obliqueSurnameBase(word, resources, (form) => unknownToRussian(form, resources));
  if (surname !== undefined) return { kind: Kind.Surname, base: surname, oblique: true };
  if (evidence.nameFlags !== 0) return undefined;
  const person = chatPerson(word, info, resources);
  if (person === undefined || !unknownToRussian(word, resources) || adjectiveShape.test(word) || slipOfCommonWord(word, resources)) return undefined;
  return { kind: Kind.Unknown, base: person, oblique: false };
}
/**
 * A given name of three letters (`яна`, `зоя`, `ира`) or its case form (`оле`, `иру`, `ане`: lexicon.ts keeps the
 * case forms of names whose stem is too short a key), no everyday word.
 */
function shortGivenName(word: string, info: WordInfo, resources: NameResources): Candidate | undefined {
  if (word.length !== 3 || resources.commonWords.has(word) || resources.cueWords.has(word)) return undefined;
  const evidence = info.evidence(true, resources, false);
  if (evidence.stopFlags !== 0) return undefined;
  if (!(evidence.nameFlags & WordFlag.First) || everydayRussianWord(word, evidence, resources)) return undefined;
  return { kind: Kind.Listed, base: evidence.base, oblique: evidence.endingLength !== 0 };
}

// Nominative surname endings: -ов/-ев/-ин and their feminines, Ukrainian, Armenian, Georgian endings, -ский/-цкий.
const surnameEndings = new EndingSet(['ов', 'ев', 'ёв', 'ин', 'ын', 'ова', 'ева', 'ёва', 'ина', 'ына', 'енко', 'ук', 'юк', 'ян', 'дзе', 'швили', 'ский', 'цкий', 'ская', 'цкая']);
// Endings whose words Russian also has as nouns in the base form (`магазин`, `голова`, `машина`, `слова`): listed surnames only.
const nounLikeEndings = new EndingSet(['ин', 'ын', 'ина', 'ына', 'ова', 'ева', 'ёва', 'ский', 'цкий', 'ская', 'цкая']);

/**
 * A surname in its base form: a Korean one, or one of surnameEndings that a surname list holds (not as a first name),
 * or that Russian does not know; an -ов/-ев word Russian knows as a genitive plural (`султанов`: `султан`), which
 * never opens a clause before a deed on its own.
 */
function surnameCandidate(word: string, nameFlags: number, endingLength: number, resources: NameResources): boolean {
  if (word.length < 5 || !surnameEndings.test(word) || nameFlags & WordFlag.First || adjectiveOrVerb.test(word)) return false;
  const common = resources.commonWords.has(word);
  // A woman's surname reads as the genitive of the man's (`петрова`: `петров`): her base form all the same.
  if (nameFlags & WordFlag.Surname) return (endingLength === 0 || feminineSurname.test(word)) && (!common || !nounLikeEndings.test(word));
  if (nameFlags !== 0) return false;
  // -ский/-цкий words the lexicon lacks are adjectives as often as surnames (`стажерский`): listed ones only.
  if (adjectivalSurname.test(word)) return false;
  if (!common && !resources.commonWords.isProperNoun(word)) return !nounLikeEndings.test(word) || unknownToRussian(word, resources);
  return (word.endsWith('ов') || word.endsWith('ев')) && resources.commonWords.has(word.slice(0, -2));
}
const adjectiveOrVerb = new EndingSet(['ого', 'ому', 'ыми', 'ими']);
const adjectivalSurname = new EndingSet(['ский', 'цкий', 'ская', 'цкая']);

// Korean surnames as Russian spells them (patterns/names/ru/korean-surnames.txt), and `ли`, a particle that never
// opens a clause (these are read only there).
let eastAsianSurnames: ReadonlySet<string> | undefined;
function eastAsian(): ReadonlySet<string> {
  eastAsianSurnames ??= new Set([...readPatternWords('names/ru/korean-surnames.txt'), 'ли']);
  return eastAsianSurnames;
}

// Nominative adjective endings, which the lexicon lacks for many participles (`довольная`, `внимательный`).
const adjectiveShape = new EndingSet(['ая', 'яя', 'ый', 'ое', 'ее', 'ский', 'цкий', 'кий', 'гий', 'хий', 'ший', 'щий', 'жий', 'чий']);

/**
 * The word that asks for the case of token `k` as a person: a verb that takes only a person right before it (perhaps
 * with `пожалуйста`/`меня` between), or `на`/`до`/`с`/`к` after a word of complaint, contact or connecting, or `лице`
 * after `в`. '' for none.
 */
function objectGovernor(text: string, tokens: readonly Token[], folded: readonly string[], k: number): string {
  let m = k - 1;
  if (m >= 0 && between.has(folded[m]!) && !personObjectVerbs.has(folded[m]!)) m--;
  if (m < 0 || !onlySpaces(text, tokens[m]!.end, tokens[m + 1]!.start, 1) || !onlySpaces(text, tokens[k - 1]!.end, tokens[k]!.start, 1)) return '';
  const word = folded[m]!;
  if (personObjectVerbs.has(word)) return word;
  if (m < 1 || !onlySpaces(text, tokens[m - 1]!.end, tokens[m]!.start, 1)) return '';
  let head = folded[m - 1]!;
  if (between.has(head) && m >= 2) head = folded[m - 2]!;
  if (word === 'на' && complaintWords.has(head)) return 'на';
  if (word === 'к' && complaintWords.has(head)) return 'к';
  if (word === 'до' && contactWords.has(head)) return 'до';
  if ((word === 'с' || word === 'со') && connectWords.has(head)) return 'с';
  if (word === 'лице' && head === 'в') return 'у';
  return '';
}

/** Token `k` ends its clause: the text ends, or punctuation, a dash, a number or a preposition or conjunction follows. */
function closesClause(text: string, tokens: readonly Token[], folded: readonly string[], k: number): boolean {
  if (k + 1 >= tokens.length) return true;
  if (!onlySpaces(text, tokens[k]!.end, tokens[k + 1]!.start, 3)) return true;
  return tokens[k + 1]!.hasDigit || clauseLinks.has(folded[k + 1]!);
}
const clauseLinks = new Set(['и', 'а', 'но', 'в', 'во', 'на', 'с', 'со', 'из', 'к', 'по', 'за', 'после', 'через', 'уже', 'тоже', 'сегодня', 'вчера', 'вовремя', 'быстро', 'очень']);

/** A role's gap: one space, or ` - `, ` — `, `: `. */
function roleGap(text: string, from: number, to: number): boolean {
  if (to - from === 1) return text.charCodeAt(from) === 32;
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    if (code !== 32 && code !== 45 && code !== 0x2013 && code !== 0x2014 && code !== 58) return false;
  }
  return to - from <= 4;
}

/** No oblique case ending a person's name takes (-ой, -ом, -ем, -у, -ю, -е): the nominative after a role. */
function nominativeShape(word: string): boolean {
  return !obliqueShape.test(word);
}
const obliqueShape = new EndingSet(['ой', 'ом', 'ем', 'у', 'ю', 'е', 'ы', 'ого', 'ему']);

/**
 * Token `k` is the subject of the past tense right before it (`заказ оформляла сайрина`, `приехал руслан`): the verb
 * agrees with it and has no subject before it (it opens the clause, or an object pronoun, an adverb or a thing of the
 * order stands there); the word closes its clause. A masculine word Russian does not know after a verb that takes
 * things may be the thing (`привез самсунг`): there only a verb of coming, calling or talking.
 */
function invertedSubject(text: string, tokens: readonly Token[], folded: readonly string[], k: number, candidate: Candidate, resources: NameResources): boolean {
  const verb = folded[k - 1]!;
  if (pastTenseLength(verb) === 0 || !(knownPastTense(verb, resources) || personVerb(verb))) return false;
  if (!closesClause(text, tokens, folded, k)) return false;
  const word = folded[k]!;
  const feminine = verb.endsWith('ла') || verb.endsWith('лась');
  if (!feminine && !(verb.endsWith('л') || verb.endsWith('лся'))) return false;
  if (!(agreesWithVerb(candidate.base, verb) || agreesAcrossShape(candidate.base, verb))) return false;
  if (candidate.kind === Kind.Unknown) {
    // A feminine past and a word in -а/-я: no accusative of a thing ends so. A masculine one: only a verb of coming or talking.
    const last = word.charCodeAt(word.length - 1);
    if (feminine ? last !== 0x430 && last !== 0x44f && !agreesAcrossShape(word, verb) : !intransitivePasts.has(verb) && !personVerb(verb)) return false;
  } else if (candidate.kind === Kind.Shared && !personVerb(verb) && !intransitivePasts.has(verb)) return false;
  // The verb opens the clause or has no subject before it.
  const v = k - 1;
  if (v === 0 || tokens[v]!.sentenceStart || !onlySpaces(text, tokens[v - 1]!.end, tokens[v]!.start, 3)) return true;
  // `12 марта оформляла`, `в 14:00 приехал`: a date or time before the verb.
  return freeBefore.has(folded[v - 1]!) || tokens[v - 1]!.hasDigit || months.has(folded[v - 1]!);
}

function opensMessage(tokens: readonly Token[], k: number): boolean {
  return k === 0 || tokens[k]!.sentenceStart;
}

/**
 * `анну шевчук`, `игорь ковальчук`, `ивана тена`: in the same texts, a one-word span of a listed given name (at or
 * above the threshold) takes the word after it, one space apart, as its surname when the word is a listed surname or
 * one Russian does not know, in the given name's case: a woman's surname in a consonant, -о or -их/-ых does not
 * decline; otherwise both words end alike. Widens the scan's spans in place (sorted, disjoint).
 */
export function widenLowerSurnames(text: string, tokens: readonly Token[], folded: readonly string[], words: readonly WordInfo[], spans: Span[], resources: NameResources): void {
  widenBefore(text, tokens, folded, words, spans, resources);
  let k = 0;
  for (let s = 0; s < spans.length; s++) {
    const span = spans[s]!;
    if (span.score < 0.5) continue;
    while (k < tokens.length && tokens[k]!.end < span.end) k++;
    if (k + 1 >= tokens.length || tokens[k]!.end !== span.end || tokens[k]!.start !== span.start) continue;
    const next = tokens[k + 1]!;
    if (!next.cyrillic || next.hasDigit || next.end - next.start < 2 || !onlySpaces(text, span.end, next.start, 1)) continue;
    if (s + 1 < spans.length && spans[s + 1]!.start < next.end) continue;
    const given = words[k]!.evidence(true, resources, false);
    if ((given.nameFlags & WordFlag.First) === 0 || given.stopFlags !== 0) continue;
    const surname = folded[k + 1]!;
    if (resources.cueWords.has(surname) || resources.serviceRoles.has(surname) || resources.roles.has(surname) || words[k + 1]!.bits & WordBit.MisspeltCue) continue;
    const tail = words[k + 1]!.evidence(true, resources, false);
    if (tail.stopFlags !== 0 || tail.nameFlags & WordFlag.First) continue;
    const listed = (tail.nameFlags & WordFlag.Surname) !== 0;
    // `иван успенский`, `фотинью островскую`: a surname declined as an adjective, in the given name's case.
    const adjectival = !listed && adjectivalSurnameAfter(folded[k]!, given.base, surname, resources);
    if (!listed && !adjectival && (surname.length < 4 || !unknownToRussian(surname, resources) || adjectiveShape.test(surname) || slipOfCommonWord(surname, resources))) continue;
    if (!adjectival && !sameCaseOrFixed(folded[k]!, given.base, surname)) continue;
    span.end = next.end;
    if (span.normalized !== undefined) span.normalized = `${span.normalized} ${surname}`;
  }
}

/**
 * `surname` is a -ский/-цкий surname (no everyday word, no -ческ- adjective) in the case of given name `given` (base
 * `base`): `ивана успенского`, `валерия покровская`, `с глебом вишневским`.
 */
function adjectivalSurnameAfter(given: string, base: string, surname: string, resources: NameResources): boolean {
  const at = Math.max(surname.lastIndexOf('ск'), surname.lastIndexOf('цк'));
  if (at < 3 || surname.includes('ческ') || resources.commonWords.has(surname)) return false;
  const ending = surname.slice(at + 2);
  const feminine = base.endsWith('а') || base.endsWith('я') || base.endsWith('ь');
  if (given === base) return ending === (feminine ? 'ая' : 'ий');
  // `фотинью` is the accusative of `фотинья`, `любовью` the instrumental of `любовь`: every case the ending may be.
  return (feminine ? feminineAdjectival : masculineAdjectival).some(([forms, wanted]) => wanted === ending && forms.some((form) => given.endsWith(form)));
}
// A given name's case ending and the adjectival surname ending of that case.
const masculineAdjectival: readonly (readonly [readonly string[], string])[] = [[['ом', 'ем', 'ём'], 'им'], [['а', 'я'], 'ого'], [['у', 'ю'], 'ому'], [['е'], 'ом']];
const feminineAdjectival: readonly (readonly [readonly string[], string])[] = [[['ой', 'ей', 'ью'], 'ой'], [['у', 'ю', 'ью'], 'ую'], [['ы', 'и', 'е'], 'ой']];

/**
 * `пак павел игоревич`, `сидорова илью`: a span opening with a listed given name (at or above the threshold) takes the
 * surname right before it, one space apart, in the given name's case and gender (ru-lower-name-pairs.ts).
 */
function widenBefore(text: string, tokens: readonly Token[], folded: readonly string[], words: readonly WordInfo[], spans: Span[], resources: NameResources): void {
  let k = 0;
  for (let s = 0; s < spans.length; s++) {
    const span = spans[s]!;
    if (span.score < 0.5) continue;
    while (k < tokens.length && tokens[k]!.start < span.start) k++;
    if (k === 0 || k >= tokens.length || tokens[k]!.start !== span.start) continue;
    const previous = tokens[k - 1]!;
    if (!previous.cyrillic || previous.hasDigit || previous.end - previous.start < 3 || !onlySpaces(text, previous.end, span.start, 1)) continue;
    if (s > 0 && spans[s - 1]!.end > previous.start) continue;
    const given = words[k]!.evidence(true, resources, false);
    if ((given.nameFlags & WordFlag.First) === 0 || given.stopFlags !== 0) continue;
    const surname = lowerSlotCandidate(folded[k - 1]!, words[k - 1]!, resources);
    let base: string | undefined;
    if (surname !== undefined && surname.kind === Kind.Surname && pairAgrees(folded[k]!, given.base, folded[k - 1]!, surname.base)) base = surname.base;
    // `тена евгения ивановича`, `ашурпур мавзуна фарруховна`: before a given name and patronymic, a word Russian does not know.
    else if (span.end > tokens[k]!.end && patronymicLast(folded, tokens, k, span.end) && foreignSurname(folded[k - 1]!, words[k - 1]!, resources)) base = folded[k - 1]!;
    if (base === undefined) continue;
    span.start = previous.start;
    if (span.normalized !== undefined) span.normalized = `${base} ${span.normalized}`;
  }
}

/** The span's last word (ending at `end`, after token `k`) is a Russian patronymic (-ович/-евич, -овна/-евна/-ична). */
function patronymicLast(folded: readonly string[], tokens: readonly Token[], k: number, end: number): boolean {
  let m = k;
  while (m + 1 < tokens.length && tokens[m]!.end < end) m++;
  const word = folded[m]!;
  return word.includes('ович') || word.includes('евич') || word.includes('овн') || word.includes('евн') || word.includes('ичн');
}
/** A Korean surname in a case form (`тена`, `югаю`), or a word Russian does not know and no adjective or verb form. */
function foreignSurname(word: string, info: WordInfo, resources: NameResources): boolean {
  if (resources.cueWords.has(word) || resources.serviceRoles.has(word) || resources.roles.has(word) || receivers.has(word)) return false;
  if (eastAsian().has(word) || (word.length <= 5 && (eastAsian().has(word.slice(0, -1)) || eastAsian().has(word.slice(0, -2))))) return word !== 'ли';
  if (word.length < 4 || info.evidence(true, resources, false).stopFlags !== 0 || adjectiveShape.test(word)) return false;
  return unknownToRussian(word, resources) && !slipOfCommonWord(word, resources);
}

/** The surname after given name `given` (base `base`) is in its case: the same last letter, or a woman's surname that does not decline. */
function sameCaseOrFixed(given: string, base: string, surname: string): boolean {
  const last = surname.charCodeAt(surname.length - 1);
  if (fixedSurname.test(surname)) return true;
  const feminine = base.endsWith('а') || base.endsWith('я');
  // A woman's surname in a consonant does not decline (`анну шевчук`); one in -а/-я declines like her given name.
  if (feminine && !isVowelCode(last)) return true;
  if (given === base) return !feminine || last === 0x430 || last === 0x44f;
  return last === given.charCodeAt(given.length - 1);
}
const fixedSurname = new EndingSet(['енко', 'ко', 'их', 'ых', 'аго', 'яго', 'дзе', 'швили', 'ия', 'ян']);
function isVowelCode(code: number): boolean {
  return code === 0x430 || code === 0x435 || code === 0x438 || code === 0x43e || code === 0x443 || code === 0x44b || code === 0x44d || code === 0x44e || code === 0x44f || code === 0x451 || code === 0x44c;
}

const alphabet = 'абвгдежзийклмнопрстуфхцчшщъыьэюя';
/**
 * `ноер`, `пмог`, `вчеар`, `зкааз`: one letter dropped or two neighbours swapped (at either end too) turn the word into
 * one the lexicon knows. ru-unlisted.ts (typos.ts) leaves these two out for words a cue stands beside, where they reach
 * everyday words from too many names; a word with no other evidence than its place needs them. Builds about 34 ×
 * length strings: only for the few candidates.
 */
export function slipOfCommonWord(word: string, resources: NameResources): boolean {
  const common = resources.commonWords;
  for (let i = 0; i + 1 < word.length; i++) {
    if (word[i] !== word[i + 1] && common.has(word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2))) return true;
  }
  for (let i = 1; i < word.length; i++) {
    const head = word.slice(0, i);
    const tail = word.slice(i);
    for (const letter of alphabet) if (common.has(head + letter + tail)) return true;
  }
  return word.length > 4 && common.isProperNoun(word.replace(/(.)\1/u, '$1'));
}
