// Russian chat, names by their place in the sentence: the subject before a past-tense verb (`шахзода сказала`) and
// the person after a verb of telling or a preposition (`передайте нодире`, `к азамату`), lower case or not.

import { readPatternWords } from '../../patterns.js';
import type { Token } from '../../text/tokenize.js';
import type { Span } from '../../types.js';
import { analyzeWord, type WordEvidence } from './analyze.js';
import { onlySpaces } from './gaps.js';
import { WordFlag } from './lexicon.js';
import { Morph } from './morphology.js';
import { nameShapeBeforeCaseEnding } from './real-shape.js';
import type { NameResources } from './resources.js';
import { everydayRussianWord } from './ru-everyday.js';
import { EndingSet } from './suffixes.js';
import { agreesAcrossShape, agreesWithVerb, masculineInIy, obliquePerson, personVerb, personVerbReading, unknownToRussian } from './ru-unlisted.js';
import { mergeReplacing } from './ru-spans.js';
import { iotatedPerson } from './ru-chat-iotated.js';
import { dictionaryName } from './ru-chat-dictionary.js';
import { surnameAfterGiven, surnameAgrees } from './ru-chat-given-surname.js';
import { dropTradedThings, tradeVerb } from './ru-chat-things.js';
import { surnameSubject } from './ru-chat-surnames.js';
import { chatPerson } from './ru-vocatives.js';
import { WordBit, type WordInfo } from './vocabulary.js';
import { nameWeights } from './weights.js';
import { WordKind, type WordScore } from './words.js';

// What a word before a person is: a verb of telling, giving, thanking or calling, or a preposition that takes a
// person (name-ru-chat-before.txt); or a family or other person word (name-ru-kin.txt).
const Before = { Object: 1, Kin: 2 } as const;

interface RussianChatWords {
  /** Words before a person, with their Before kind: one lookup per token for both. */
  readonly before: ReadonlyMap<string, number>;
  /** Words that may open a clause before its subject (name-ru-clause-openers.txt). */
  readonly openers: ReadonlySet<string>;
  /** Departments and desks after из/с (name-ru-departments.txt). */
  readonly departments: ReadonlySet<string>;
}
let loaded: RussianChatWords | undefined;
function chatWords(): RussianChatWords {
  if (loaded === undefined) {
    const before = new Map<string, number>();
    for (const word of wordSet('cues/name-ru-kin.txt')) before.set(word, Before.Kin);
    for (const word of wordSet('cues/name-ru-chat-before.txt')) before.set(word, Before.Object);
    loaded = { before, openers: wordSet('cues/name-ru-clause-openers.txt'), departments: wordSet('cues/name-ru-departments.txt') };
  }
  return loaded;
}
function wordSet(path: string): ReadonlySet<string> {
  return new Set(readPatternWords(path));
}

// Particles that may stand between a subject and its verb (`нигора не ответила`, `дилноза сама позвонила`), one or two.
const betweenSubjectAndVerb = new Set(['не', 'все', 'уже', 'тоже', 'сама', 'сам', 'так', 'еще', 'даже', 'сразу', 'опять', 'снова', 'быстро', 'вчера', 'сегодня', 'мне', 'нам', 'вам', 'тебе', 'ему', 'ей', 'им', 'очень', 'вообще', 'просто']);

/**
 * In Cyrillic text without Turkic letters, a word the scan left unnamed is a name where Russian chat puts a person:
 * directly before a past-tense verb at the start of a clause (subject), or directly after a verb of telling, giving,
 * thanking or calling, or after a preposition that takes a person (object), or after a family word (`мой муж
 * адлет`: there a word Russian does not know is enough, ru-vocatives.ts chatPerson). The place is one piece of evidence; the
 * word must bring the other: a listed first name (one the lists call ambiguous only when Russian has no such
 * everyday word, and in a case form after a verb or preposition), or, for a word on no list, a name-forming ending
 * (-бек, -жон, -зода) that Russian does not know as a word. Adds to the scan's spans (sorted, disjoint).
 */
export function findRussianChatNames(text: string, tokens: readonly Token[], folded: readonly string[], words: readonly WordInfo[], wordBits: ArrayLike<number>, scores: readonly WordScore[], spans: Span[], resources: NameResources): void {
  const { before, openers, departments } = chatWords();
  let found: Span[] | undefined;
  const count = tokens.length;
  // The scan's spans are sorted and disjoint and tokens come in text order: one pointer walks them (linear cost).
  let next = 0;
  for (let k = 0; k < count; k++) {
    const token = tokens[k]!;
    // Most tokens stop here: named already, digits, Latin, or too short.
    // Three letters only for a Korean surname that is also a word (`позвонила пак`, invertedSubject()).
    if (!token.cyrillic || token.hasDigit || (token.end - token.start < 4 && (token.end - token.start !== 3 || !koreanWordSurnames.has(folded[k]!)))) continue;
    // Every span below needs a word with the RussianChatPlace bit (wordBits: the scan's per-token WordInfo.bits) at
    // k - 1 (the word before a person, the verb before its subject) or at k + 1 … k + 4 (the verb after its subject,
    // after up to two particles or `так и не`; a role; из/с/со and a department): russianChatPlaceWord() lists exactly those words.
    if (!placeWordNear(wordBits, k, count)) continue;
    // `мне позвонила Пак`: the Korean surname the lists call ambiguous, whatever the scan scored it.
    if (token.end - token.start === 3) {
      while (next < spans.length && spans[next]!.end <= token.start) next++;
      if (next < spans.length && spans[next]!.start < token.end && spans[next]!.score >= 0.5) continue;
      const subject = k > 0 && wordBits[k - 1]! & WordBit.RussianChatPlace ? invertedSubject(text, tokens, folded, words, k, resources) : undefined;
      if (subject !== undefined) (found ??= []).push({ start: token.start, end: token.end, type: 'NAME', score: nameWeights.lowerVocative, source: 'name:cue', normalized: subject });
      continue;
    }
    if (scores[k]!.kind !== WordKind.None) {
      while (next < spans.length && spans[next]!.end <= token.start) next++;
      if (!lowScoredCapital(text, token, folded[k]!, scores[k]!, next < spans.length ? spans[next] : undefined)) continue;
    }
    // The place first, by character codes and one set lookup; the lexicon only for the few words in one.
    // Only a word with the RussianChatPlace bit can be in `before` (russianChatPlaceWord): the bit test spares most
    // tokens a string-keyed Map lookup (V8's FindOrderedHashMapEntry, ~0.8% of detect() in perf).
    const kind = k > 0 && wordBits[k - 1]! & WordBit.RussianChatPlace ? before.get(folded[k - 1]!) : undefined;
    const placed = kind !== undefined && onlySpaces(text, tokens[k - 1]!.end, token.start, 2);
    // `мой муж адлет`, `соседка гульнара`: after a family word, a listed name or a word Russian does not know.
    if (placed && kind === Before.Kin) {
      const person = lowerCase(text, token, folded[k]!) ? chatPerson(folded[k]!, words[k]!, resources) : undefined;
      if (person !== undefined) (found ??= []).push({ start: token.start, end: token.end, type: 'NAME', score: nameWeights.lowerVocative, source: 'name:cue', normalized: person });
      continue;
    }
    let object = placed ? personAt(folded[k]!, words[k]!, true, resources, folded[k - 1]!, false, !token.sentenceStart && !lowerCase(text, token, folded[k]!)) : undefined;
    // `пришла к Ляйсан`, `поблагодарить Мухаббат`: capitalised inside the sentence, a woman's name that does not decline.
    if (object === undefined && placed && !token.sentenceStart && !lowerCase(text, token, folded[k]!) && bareCapitalPerson(folded[k]!, words[k]!, resources)) object = folded[k]!;
    if (object !== undefined) {
      (found ??= []).push({ start: token.start, end: token.end, type: 'NAME', score: nameWeights.lowerVocative, source: 'name:cue', normalized: object });
      continue;
    }
    // Not the person after the word before it: perhaps the subject of the verb after it (`ждала кахрамон извинился`).
    const verb = pastTenseAfter(text, tokens, folded, wordBits, k);
    // `зарема из поддержки`, `эшкул курьер`: a role or department after the word stands for the verb.
    const role = verb === -1 && roleAfter(text, tokens, folded, wordBits, k, departments, resources);
    if (verb === -1 && !role) {
      // `мне ответила бибисара`, `со мной общался эшонкул`: the subject after its verb.
      const subject = k > 0 && wordBits[k - 1]! & WordBit.RussianChatPlace ? invertedSubject(text, tokens, folded, words, k, resources) : undefined;
      if (subject !== undefined) (found ??= []).push({ start: token.start, end: token.end, type: 'NAME', score: nameWeights.lowerVocative, source: 'name:cue', normalized: subject });
      continue;
    }
    // `зарема памагла`: the verb as chat spells it stands for the verb it is written for.
    const verbWord = verb === -1 ? '' : (personVerbReading(folded[verb]!, resources) ?? hushedPastReading(folded[verb]!, resources) ?? folded[verb]!);
    // `долго ждала кахрамон извинился`: run-on chat has no clause starts; inside a clause only a verb a person does.
    const inside = !clauseStart(text, tokens, folded, k, openers) && !afterOpeningInterjection(text, tokens, folded, k, resources);
    const base = inside && (role || !personVerb(verbWord) || !subjectInsideClause(folded, k)) ? undefined : personAt(folded[k]!, words[k]!, false, resources, verbWord, role);
    if (base === undefined || (!role && !personVerb(verbWord) && !knownPastTense(verbWord, resources))) {
      // `кароче фрол котов так и не приехал`: a surname personAt() does not take, after a given name opening the clause.
      const pair = role || !inside ? undefined : givenSurnamePair(text, tokens, folded, words, k, verbWord, openers, resources);
      if (pair !== undefined) (found ??= []).push({ start: tokens[k - 1]!.start, end: token.end, type: 'NAME', score: nameWeights.lowerVocative, source: 'name:cue', normalized: pair });
      continue;
    }
    // `кароче нурдана кимсанова так и не перезвонила`: a given name before the subject, opening the clause, is the same
    // person; before a surname form, even a given name one slip away from an everyday word (the surname vouches for it).
    const given = !role && personVerb(verbWord) ? givenBefore(text, tokens, folded, words, k, openers, resources, surnameForm(words[k]!, resources)) : undefined;
    const start = given === undefined ? token.start : tokens[k - 1]!.start;
    (found ??= []).push({ start, end: token.end, type: 'NAME', score: nameWeights.lowerVocative, source: 'name:cue', normalized: given === undefined ? base : `${given} ${base}` });
  }
  if (found !== undefined) mergeReplacing(spans, found);
  // `купил Ладу`: the object of a trade verb is a thing (ru-chat-things.ts); trade verbs are past tenses with the bit.
  if (spans.length > 0 && hasTradeVerb(folded, wordBits)) dropTradedThings(text, tokens, folded, spans);
}

function hasTradeVerb(folded: readonly string[], wordBits: ArrayLike<number>): boolean {
  for (let k = 0; k < folded.length; k++) if (wordBits[k]! & WordBit.RussianChatPlace && tradeVerb(folded[k]!)) return true;
  return false;
}

// A word with the RussianChatPlace bit at token k - 1 or k + 1 … k + 4 (of `count`): k + 4 is the verb after `так и не`.
function placeWordNear(wordBits: ArrayLike<number>, k: number, count: number): boolean {
  const last = k + 4 < count ? k + 4 : count - 1;
  for (let m = k > 0 ? k - 1 : 0; m <= last; m++) if (m !== k && wordBits[m]! & WordBit.RussianChatPlace) return true;
  return false;
}

/**
 * A capitalised word the scan scored below the threshold on its capital alone (`Зарема` opening a message, `с
 * Заремой`), alone in its span if it has one (`span`: the first of the scan's spans not ending before the token).
 */
function lowScoredCapital(text: string, token: Token, word: string, score: WordScore, span: Span | undefined): boolean {
  if (score.kind !== WordKind.Name || score.source !== 'capital' || score.score >= 0.5 || text.charCodeAt(token.start) === word.charCodeAt(0)) return false;
  if (span === undefined || span.start >= token.end) return true;
  return span.start === token.start && span.end === token.end && span.score < 0.5;
}

/**
 * Token `k` is followed, one space apart, by a service role (`эшкул курьер`) or by из/с/со and a department or desk
 * (`зарема из поддержки`, `мухлиса с ресепшена`).
 */
function roleAfter(text: string, tokens: readonly Token[], folded: readonly string[], wordBits: ArrayLike<number>, k: number, departments: ReadonlySet<string>, resources: NameResources): boolean {
  if (k + 1 >= tokens.length) return false;
  const next = tokens[k + 1]!;
  if (!onlySpaces(text, tokens[k]!.end, next.start, 1)) return false;
  const word = folded[k + 1]!;
  // Roles and praise words have the RussianChatPlace bit: most words skip the two set lookups.
  if (wordBits[k + 1]! & WordBit.RussianChatPlace && (resources.serviceRoles.has(word) || praise.has(word))) return true;
  if ((word !== 'из' && word !== 'с' && word !== 'со') || k + 2 >= tokens.length) return false;
  return onlySpaces(text, next.end, tokens[k + 2]!.start, 1) && departments.has(folded[k + 2]!);
}

// Praise chat writes right after the person (`ойчехра молодец`, `зумрад красавчик`), which stands for a role there.
const praise = new Set(['молодец', 'молодчина', 'молодчинка', 'умница', 'умничка', 'красавчик', 'красавица', 'лучший', 'лучшая']);

// Verbs of speaking and contact whose subject chat also writes after them (`мне ответила бибисара`); verbs that take
// a thing (`привез`, `оформил`) are left out: the word after them is their object (`привез самсунг`).
const invertingVerbs = new Set([
  'сказал', 'сказала', 'ответил', 'ответила', 'звонил', 'звонила', 'позвонил', 'позвонила', 'перезвонил', 'перезвонила', 'помог', 'помогла',
  'общался', 'общалась', 'подсказал', 'подсказала', 'извинился', 'извинилась', 'нагрубил', 'нагрубила', 'хамил', 'хамила', 'кричал', 'кричала',
  'связался', 'связалась', 'уточнил', 'уточнила', 'консультировал', 'консультировала', 'проконсультировал', 'проконсультировала',
]);

/**
 * The base form of the person named by token `k` as the subject after its verb (token `k - 1`, a verb of speaking or
 * contact, perhaps spelt as heard), agreeing with it: a word Russian does not know or a listed first name in its base
 * form; undefined otherwise.
 */
function invertedSubject(text: string, tokens: readonly Token[], folded: readonly string[], words: readonly WordInfo[], k: number, resources: NameResources): string | undefined {
  if (!onlySpaces(text, tokens[k - 1]!.end, tokens[k]!.start, 1)) return undefined;
  const verb = personVerbReading(folded[k - 1]!, resources);
  const word = folded[k]!;
  if (verb === undefined || !invertingVerbs.has(verb)) return undefined;
  if (koreanWordSurnames.has(word)) return thingObjectVerbs.has(verb) ? undefined : word;
  if (!agreesWithVerb(word, verb)) return undefined;
  return personAt(word, words[k]!, false, resources, verb, false);
}

// Korean surnames of the Koryo-saram that are also Russian words (`пак` "pack", `шин` "of tyres"; resources.ts marks
// them ambiguous): after a verb of speaking or contact no pack or tyre is the subject (`мне позвонила пак`), and a
// woman's Korean surname does not take her verb's ending, so agreement is not asked.
// `подсказала`, `уточнила` also take a thing (`уточнила пак сока`).
const koreanWordSurnames = new Set(['пак', 'шин']);
const thingObjectVerbs = new Set(['подсказал', 'подсказала', 'уточнил', 'уточнила']);

/**
 * Entry condition (scan.ts WordBit.RussianChatPlace): a person is found only after a word of the `before` lists or
 * before a past tense knownPastTense() accepts, so a text with neither word is not scanned.
 */
export function russianChatPlaceWord(word: string, resources: NameResources): boolean {
  return chatWords().before.has(word) || praise.has(word) || (pastTenseLength(word) !== 0 && personVerbReading(word, resources) !== undefined) || personVerb(word) || resources.serviceRoles.has(word) || chatWords().departments.has(word) || (pastTenseLength(word) !== 0 && knownPastTense(word, resources)) || hushedPastReading(word, resources) !== undefined;
}

/**
 * `пришол`, `ушол`, `нашол`: chat writes the stressed ё of a past tense after ш, ж, ч as о, as it sounds and as
 * Russian spells it elsewhere after those letters (`шорох`). The past tense it is written for when the lexicon knows
 * that one and not the spelling itself; undefined otherwise.
 */
function hushedPastReading(word: string, resources: NameResources): string | undefined {
  const length = word.length;
  if (length < 4 || word.charCodeAt(length - 1) !== 0x43b /* л */ || word.charCodeAt(length - 2) !== 0x43e /* о */) return undefined;
  const hush = word.charCodeAt(length - 3);
  if (hush !== 0x448 /* ш */ && hush !== 0x436 /* ж */ && hush !== 0x447 /* ч */) return undefined;
  if (resources.commonWords.has(word)) return undefined;
  const reading = word.slice(0, length - 2) + 'ел';
  return knownPastTense(reading, resources) ? reading : undefined;
}

/** The base form of the person named by `word` in that place, or undefined when the word is no such name. */
/** `around`: the verb after a subject, or the word before an object; `role`: a role or department follows instead. */
/** `capital`: an object capitalised inside the sentence (a woman's name in -ия must be, ru-chat-iotated.ts). */
function personAt(word: string, info: WordInfo, object: boolean, resources: NameResources, around: string, role: boolean, capital = false): string | undefined {
  if (resources.cueWords.has(word)) return undefined;
  let evidence = info.evidence(true, resources, false);
  // `жахонгир`, `шахзод`: Russian spells the Uzbek ҳ (Latin h) with х, which the lists' keys keep apart.
  if (evidence.nameFlags === 0 && evidence.stopFlags === 0 && word.includes('х')) {
    const uzbek = analyzeWord(word.replaceAll('х', 'ҳ'), true, resources, false);
    if (uzbek.nameFlags & WordFlag.First && uzbek.stopFlags === 0) evidence = uzbek;
  }
  if (evidence.stopFlags !== 0) return undefined;
  if (evidence.nameFlags & WordFlag.First) return listedPerson(word, evidence, object, resources, around) ? evidence.base : undefined;
  // `павлов опять перепутал заказ` (ru-chat-surnames.ts): a surname alone, as the subject only.
  if (evidence.nameFlags !== 0) return object || role ? undefined : surnameSubject(word, evidence, around);
  if (shapedPerson(word, evidence, object, resources)) return evidence.base;
  // A word on no list and of no name shape: Russian must not know it, and the place must fit it as a person's name
  // (ru-unlisted.ts): a case ending after a verb or preposition, a verb that agrees with it as its subject.
  if (object) return obliquePerson(word, around, resources) ?? iotatedPerson(word, around, resources, capital) ?? dictionaryObject(word, around, resources, capital);
  const unknown = unknownToRussian(word, resources);
  // `пантелей приехал`, `с федосеем`: a proper noun of the lexicon on no list (ru-chat-dictionary.ts) stands where
  // an unknown word does; as the subject it agrees by its shape with any past tense (its being a proper noun is
  // the evidence the agreement across the shape brings an unknown word).
  const dictionary = !unknown && dictionaryName(word, resources);
  if (role) return unknown || dictionary ? word : undefined;
  if (!unknown && !dictionary) return undefined;
  if (personVerb(around) && agreesWithVerb(word, around)) return word;
  if (dictionary) return knownPastTense(around, resources) && agreesWithVerb(word, around) ? word : undefined;
  // `назокат пришла`, `рахматулла приехал` (ru-unlisted.ts): across its shape, any past tense; not a word one letter
  // short of an everyday one (`посылк пришла`), nor a loanword with an inner э (`эсэмэс пришла`). So a man's name in
  // -ий or -ей before a masculine one (`евграфий опоздал`), a shape no unknown Russian noun has.
  return (agreesAcrossShape(word, around) || masculineInIy(word, around)) && word.indexOf('э', 1) === -1 && knownPastTense(around, resources) && !resources.commonWords.has(word + 'а') && !resources.commonWords.has(word + 'я') ? word : undefined;
}

/** The base form of a proper noun of the lexicon on no list (ru-chat-dictionary.ts) in the case `before` asks for. */
function dictionaryObject(word: string, before: string, resources: NameResources, capital: boolean): string | undefined {
  if (!dictionaryName(word, resources)) return undefined;
  return obliquePerson(word, before, resources, true) ?? iotatedPerson(word, before, resources, capital, true);
}

/**
 * A word on no list in no case form, after a verb or preposition that takes a person, capitalised inside the sentence
 * (the caller checked): the capital and the place are the two pieces of evidence only for a word that ends in a hard
 * consonant (a woman's name that does not decline: `к Ляйсан`, `у Мухаббат`), of six letters or more, and that Russian does not know; a bare
 * unknown word in -а, -о or -и there is as often a brand or a loanword (`для Хумо`).
 */
function bareCapitalPerson(word: string, info: WordInfo, resources: NameResources): boolean {
  // Six letters or more: short bare words there are brands (`к Некст`, `с Клик`).
  if (word.length < 6) return false;
  const last = word.charCodeAt(word.length - 1);
  if (!(last >= 0x431 && last <= 0x449) || last === 0x435 || last === 0x438 || last === 0x439 || last === 0x43e || last === 0x443 || word.indexOf('э', 1) !== -1) return false;
  const evidence = info.evidence(true, resources, false);
  return evidence.nameFlags === 0 && evidence.stopFlags === 0 && !resources.cueWords.has(word) && unknownToRussian(word, resources);
}

/**
 * A listed first name: in a case form after a verb or preposition, the base form before a verb. A name that is also
 * an everyday word only before a past tense only a person does, agreeing with it (`роза приняла заказ`, not `роза
 * завяла`).
 */
function listedPerson(word: string, evidence: WordEvidence, object: boolean, resources: NameResources, around: string): boolean {
  if (object ? evidence.endingLength === 0 : evidence.endingLength !== 0) return false;
  if (everydayRussianWord(word, evidence, resources)) return false;
  if ((evidence.nameFlags & WordFlag.Ambiguous) === 0 || !resources.commonWords.has(word)) return true;
  return !object && pastTenseLength(around) !== 0 && personVerb(around) && agreesWithVerb(word, around);
}

/**
 * A word on no list with a name-forming ending (-бек, -жон, -зода; also behind a case ending) or a surname ending
 * Russian does not know. After a preposition a bare -ов/-ев/-ин is a genitive plural (`для госорганов`), not a person.
 */
function shapedPerson(word: string, evidence: WordEvidence, object: boolean, resources: NameResources): boolean {
  const surname = (evidence.morph === Morph.Surname || evidence.morph === Morph.Patronymic) && !(object && genitivePlural(word));
  // An inner э marks a loanword (`кешбэк` ends like -бек only on the transliterated key); names write е there.
  if (word.indexOf('э', 1) !== -1) return false;
  const shaped = evidence.nameShape || surname || nameShapeBeforeCaseEnding(word, resources);
  return shaped && !resources.commonWords.has(word) && !resources.commonWords.isProperNoun(word);
}

function genitivePlural(word: string): boolean {
  return word.endsWith('ов') || word.endsWith('ев') || word.endsWith('ин');
}

/**
 * The index of a lower-case word ending like a past-tense verb right after token `k`, perhaps after one or two particles
 * (`не ответила`, `сама позвонила`); -1 for none. Character codes only: knownPastTense() asks the lexicon.
 */
function pastTenseAfter(text: string, tokens: readonly Token[], folded: readonly string[], wordBits: ArrayLike<number>, k: number): number {
  let next = k + 1;
  if (next >= tokens.length) return -1;
  // `так и не ответила`: the one run of three particles chat writes between a subject and its verb.
  if (next + 3 < tokens.length && folded[next] === 'так' && folded[next + 1] === 'и' && folded[next + 2] === 'не' && verbShaped(text, tokens, folded, wordBits, next + 3)) next += 3;
  else if (!verbShaped(text, tokens, folded, wordBits, next)) {
    // The verb one or two words further first, the particles' set lookups only then (`тоже не ответила`).
    if (next + 1 >= tokens.length) return -1;
    const two = !verbShaped(text, tokens, folded, wordBits, next + 1);
    if (two && (next + 2 >= tokens.length || !verbShaped(text, tokens, folded, wordBits, next + 2) || !betweenSubjectAndVerb.has(folded[next + 1]!))) return -1;
    if (!betweenSubjectAndVerb.has(folded[next]!)) return -1;
    next += two ? 2 : 1;
  }
  const verb = tokens[next]!;
  if (verb.hasDigit || verb.end - verb.start < 3 || text.charCodeAt(verb.start) !== folded[next]!.charCodeAt(0)) return -1;
  for (let m = k; m < next; m++) if (!onlySpaces(text, tokens[m]!.end, tokens[m + 1]!.start, 2)) return -1;
  return next;
}

/**
 * Token `m` ends like a past tense (character codes) or is a present or future verb a person does, or a past tense
 * in -г, -з, -с (`помог`, `привез`, `принес`); those end in -т, -г, -з, -с or -ся, so other words skip the set lookup.
 */
function verbShaped(text: string, tokens: readonly Token[], folded: readonly string[], wordBits: ArrayLike<number>, m: number): boolean {
  const token = tokens[m]!;
  if (pastTenseEnding(text, token) !== 0) return true;
  if (token.end - token.start < 5) return false;
  const last = text.charCodeAt(token.end - 1);
  const vowel = text.charCodeAt(token.end - 2);
  // -ет, -ит, -ат (-ёт folds to -ет), -ог (`помог`), -ез and -ес (`привез`, `принес`), -ся.
  const ending =
    last === 0x442 /* т */ ? vowel === 0x435 || vowel === 0x438 || vowel === 0x430 || vowel === 0x451
    : last === 0x433 /* г */ ? vowel === 0x43e
    : last === 0x437 /* з */ || last === 0x441 /* с */ ? vowel === 0x435 || vowel === 0x451
    : last === 0x44f /* я */ && vowel === 0x441;
  // personVerb() words have the RussianChatPlace bit: most words skip the set lookup.
  return ending && (wordBits[m]! & WordBit.RussianChatPlace) !== 0 && personVerb(folded[m]!);
}

/**
 * A past tense the lexicon knows, of a verb whose infinitive it knows too (`сказала` → `сказать`, `привезли` →
 * `привезти`; not `или`, `земли`), of the verbs of going (`пришел`, `ушла`), or of a stem in -г (`помогли`).
 */
export function knownPastTense(word: string, resources: NameResources): boolean {
  if (notVerbs.has(word) || !resources.commonWords.has(word)) return false;
  const core = word.slice(0, word.length - pastTenseLength(word));
  // `помогли` (помочь), `привезли` (привезти): stems in -г and -з.
  return resources.commonWords.has(core + 'ть') || core.endsWith('ш') || core.endsWith('ше') || (core.length >= 4 && core.endsWith('г')) || resources.commonWords.has(core + 'ти');
}

// Everyday words whose stem + -ть is some verb (`если` → `есть`, `дело` → `деть`).
const notVerbs = new Set(['если', 'дело', 'дела', 'село', 'сила']);

/** Length of a past-tense ending: -л, -ла, -ло, -ли, and the reflexive -лся, -лась, -лось, -лись; 0 for none. */
export function pastTenseLength(word: string): number {
  return endingLength(word.charCodeAt(word.length - 1), word.charCodeAt(word.length - 2), word.charCodeAt(word.length - 3), word.charCodeAt(word.length - 4));
}
function pastTenseEnding(text: string, token: Token): number {
  const end = token.end;
  return endingLength(text.charCodeAt(end - 1), text.charCodeAt(end - 2), text.charCodeAt(end - 3), text.charCodeAt(end - 4));
}
function endingLength(last: number, beforeLast: number, third: number, fourth: number): number {
  if (last === 0x43b /* л */) return 1;
  if (beforeLast === 0x43b && (last === 0x430 || last === 0x43e || last === 0x438)) return 2;
  if (last === 0x44f /* я */ && beforeLast === 0x441 && third === 0x43b) return 3;
  return last === 0x44c /* ь */ && beforeLast === 0x441 && fourth === 0x43b ? 4 : 0;
}

/**
 * The base form of a lower-case given name at token `k - 1`, one space before the subject at `k`, when it opens the
 * clause (after an opener, an opening interjection, or at the start) and chat would address a person by it
 * (ru-vocatives.ts chatPerson: a listed first name or a word Russian does not know); undefined otherwise.
 */
function givenBefore(text: string, tokens: readonly Token[], folded: readonly string[], words: readonly WordInfo[], k: number, openers: ReadonlySet<string>, resources: NameResources, slips = false): string | undefined {
  if (k < 1 || !lowerCase(text, tokens[k]!, folded[k]!) || !lowerCase(text, tokens[k - 1]!, folded[k - 1]!) || !onlySpaces(text, tokens[k - 1]!.end, tokens[k]!.start, 1)) return undefined;
  const token = tokens[k - 1]!;
  if (!token.cyrillic || token.hasDigit || token.end - token.start < 4 || openers.has(folded[k - 1]!)) return undefined;
  if (!clauseStart(text, tokens, folded, k - 1, openers) && !afterOpeningInterjection(text, tokens, folded, k - 1, resources)) return undefined;
  return chatPerson(folded[k - 1]!, words[k - 1]!, resources, false, slips);
}

/**
 * `кароче фрол котов так и не приехал`: token `k`, not the clause's first word, is a surname (ru-chat-given-surname.ts)
 * after a given name that opens the clause, before a past tense a person does or the lexicon knows, agreeing with
 * the given name (`зарнигор котова приехала` across its shape) and with the surname's own gender. The pair's
 * normalised form, or undefined.
 */
function givenSurnamePair(text: string, tokens: readonly Token[], folded: readonly string[], words: readonly WordInfo[], k: number, verb: string, openers: ReadonlySet<string>, resources: NameResources): string | undefined {
  if (verb === '' || (!personVerb(verb) && !knownPastTense(verb, resources))) return undefined;
  const surname = folded[k]!;
  if (!surnameAfterGiven(surname, words[k]!, resources) || !surnameAgrees(surname, verb)) return undefined;
  const given = givenBefore(text, tokens, folded, words, k, openers, resources, true);
  if (given === undefined || !(agreesWithVerb(given, verb) || agreesAcrossShape(given, verb))) return undefined;
  return `${given} ${surname}`;
}

/** The word's evidence reads it as a surname or patronymic form (-ов, -ский, -ович). */
function surnameForm(info: WordInfo, resources: NameResources): boolean {
  const morph = info.evidence(true, resources, false).morph;
  return morph === Morph.Surname || morph === Morph.WeakSurname || morph === Morph.Patronymic;
}

/**
 * Token `k` may be the subject of the verb after it without opening a clause: the word before it neither asks for a
 * case (`в`, `на`, `из`: the word is governed, not a subject) nor ends like an adjective (`новый`: the word is its
 * noun).
 */
function subjectInsideClause(folded: readonly string[], k: number): boolean {
  const before = folded[k - 1];
  return before !== undefined && !governing.has(before) && !adjectiveEnding.test(before);
}
const governing = new Set(['лице', 'у', 'от', 'для', 'к', 'ко', 'с', 'со', 'про', 'без', 'при', 'о', 'об', 'в', 'во', 'на', 'по', 'за', 'из', 'до', 'над', 'под', 'через', 'после', 'перед', 'между', 'возле', 'около', 'мимо', 'вместо', 'кроме']);
// Nominative singular only: an adjective in another case does not go with a subject, and -ой, -ие end nouns too
// (`картой`, `опоздание`).
const adjectiveEnding = new EndingSet(['ый', 'ий', 'ая', 'яя']);

/** Token `k` opens a clause: the text or a sentence starts there, punctuation stands before it, or an opener word. */
function clauseStart(text: string, tokens: readonly Token[], folded: readonly string[], k: number, openers: ReadonlySet<string>): boolean {
  if (opensHere(text, tokens, k)) return true;
  if (!openers.has(folded[k - 1]!)) return false;
  // `вчера гульнара`, `а вчера шахзода`: one or two openers at the start of the clause.
  return opensHere(text, tokens, k - 1) || (openers.has(folded[k - 2] ?? '') && opensHere(text, tokens, k - 2));
}

/**
 * `ммм ильмурод опять не пришел`, `ухх нурдана не приехала`: token `k` is the second word of the message or line, and
 * the first is a lower-case word Russian does not know (an interjection or a chat spelling of an opener, which no
 * list can hold all of): it opens the clause as `а` or `вчера` would. The subject must still pass personAt().
 */
function afterOpeningInterjection(text: string, tokens: readonly Token[], folded: readonly string[], k: number, resources: NameResources): boolean {
  if (k < 1 || !opensHere(text, tokens, k - 1)) return false;
  const first = tokens[k - 1]!;
  const word = folded[k - 1]!;
  return first.cyrillic && !first.hasDigit && word.length <= 8 && lowerCase(text, first, word) && !resources.commonWords.has(word) && !resources.cueWords.has(word);
}

function opensHere(text: string, tokens: readonly Token[], k: number): boolean {
  if (k <= 0 || tokens[k]!.sentenceStart) return k >= 0;
  return !onlySpaces(text, tokens[k - 1]!.end, tokens[k]!.start, 3);
}

function lowerCase(text: string, token: Token, word: string): boolean {
  return text.charCodeAt(token.start) === word.charCodeAt(0) && !word.includes('-');
}
