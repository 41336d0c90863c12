// Adjacent name words → one run → one scored span (streets, quotes, cues and initials settled here).

import type { Token } from '../../text/tokenize.js';
import type { Span } from '../../types.js';
import { afterEnglishPlacePreposition, houseNumberAfter } from './addresses.js';
import { afterNamingRole, dativeEnding, isVocative, roleSpeakerElsewhere, unlistedGivenAfterCuedSurname } from './chat.js';
import { Cue } from './cues.js';
import { afterColon, colonAfter, isNumber, isSpeakerPrefix, onlySpaces, openingQuote, questionGap } from './gaps.js';
import type { NameResources } from './resources.js';
import { WordBit } from './vocabulary.js';
import { EndingSet } from './suffixes.js';
import { surnameAfterPatronymic } from './ru-full-names.js';
import { pastTenseVouches } from './ru-past-tense.js';
import { nameWeights } from './weights.js';
import { WordKind, type WordScore } from './words.js';

// Titles written with a dot: the dot does not end the sentence before the name (`Dr. Kyle Kuefer`).
const titleAbbreviations = new Set(['mr', 'mrs', 'ms', 'dr', 'prof', 'г-н', 'г-жа', 'st', 'sr', 'jr']);

// `Обама выступал`, `Лоуенкрон указал`: a lower-case Russian past-tense verb right after the capitalised word.
const pastTense = new EndingSet(['ал', 'ел', 'ил', 'ол', 'ул', 'ял', 'ала', 'ела', 'ила', 'ола', 'ула', 'яла', 'ался', 'елся', 'ился', 'олся', 'улся', 'ялся', 'алась', 'елась', 'илась', 'олась', 'улась', 'ялась']);
function pastTenseAfter(text: string, tokens: readonly Token[], folded: readonly string[], last: number): boolean {
  const next = tokens[last + 1]!;
  if (!onlySpaces(text, tokens[last]!.end, next.start, 2) || text.charCodeAt(next.start) !== folded[last + 1]!.charCodeAt(0)) return false;
  const word = folded[last + 1]!;
  return word.length >= 5 && pastTense.test(word);
}

// Turkic converb (-ib, -ып), accusative (-ni, -ды) and possessive + accusative (-ingizni, -ыңызды) endings.
const converbOrAccusative = new EndingSet(['ib', 'иб', 'ып', 'іп', 'ni', 'ни', 'ны', 'ні', 'ды', 'ді', 'ты', 'ті', 'ди', 'ти', 'ну', 'нү', 'ду', 'дү']);
// The second person's possessive before the dative (`Сұрағыңызға жауап береміз`, `Savolingizga javob`, `Суроонузга`):
// "to your question" — names do not take "your".
const yourDative = new EndingSet(['ыңызға', 'іңізге', 'ңызға', 'ңізге', 'ыңызга', 'иңизге', 'ңызга', 'ңизге', 'уңузга', 'үңүзгө', 'ңузга', 'ңүзгө', 'ingizga', 'ngizga', 'ингизга', 'нгизга']);
function inflectedBeforeVerb(word: string): boolean {
  return word.length >= 5 && (converbOrAccusative.test(word) || yourDative.test(word));
}
// `Курьерге рахмет`, `Операторга спасибо`: a role in the dative before thanks is the person's job, not the name.
function roleInDative(word: string, resources: NameResources): boolean {
  return word.length >= 6 && dativeEnding.test(word) && resources.roles.has(word.slice(0, -2));
}
function yourObject(word: string): boolean {
  return word.length >= 7 && yourDative.test(word);
}

const regionGenitives = new Set(['области', 'района', 'края', 'округа', 'республики']);

const placePrepositions = new Set(['в', 'во', 'из']);

// Titles that sit between a person's name and the street word in street names (`Төле би көшесі`).
const streetTitles = new Set(['би', 'батыр', 'хан', 'ата', 'бобо', 'ака', 'шоҳ', 'shoh', 'ota', 'bobo', 'biy', 'batyr']);

const possessiveStart = new Set(['ы', 'і', 'с', 'и', 'у', 'ү', 'i', 's', 'u']);

export function isStreetWord(word: string, resources: NameResources): boolean {
  if (resources.streetWords.has(word)) return true;
  const stems = resources.streetStemsByInitial.get(word.charCodeAt(0));
  if (stems === undefined) return false;
  for (const stem of stems) {
    if (!word.startsWith(stem)) continue;
    // The possessive marks the street of someone (`көшесі`, `ауданында`, `ko‘chasiga`, `кўчаси`); the bare
    // noun or another case is not (`қала`, `ауылда` = in the village, `қалай` = how).
    const rest = word.length - stem.length;
    if (rest >= 1 && rest <= 7 && possessiveStart.has(word[stem.length]!)) return true;
  }
  return false;
}

/** A street word right after the run (`next`), or one word further past a title or capitalised word. */
function streetAfter(text: string, tokens: readonly Token[], folded: readonly string[], wordBits: ArrayLike<number>, last: number, single: boolean): 'next' | 'past-one' | undefined {
  for (let k = last + 1; k <= last + 2 && k < tokens.length; k++) {
    const after = folded[k]!;
    if (wordBits[k]! & WordBit.StreetOrPossessive) return k === last + 1 ? 'next' : 'past-one';
    // `Төле би көшесі`, `Alisher Navoiy nomidagi`: look past a title, or past the capitalised word a one-word run
    // stopped at (a two-word run is a full name: `Иван Дүйсенов Ленинград облысының`).
    const capitalised = text.charCodeAt(tokens[k]!.start) !== after.charCodeAt(0);
    if (!(streetTitles.has(after) || (capitalised && single)) || !onlySpaces(text, tokens[k - 1]!.end, tokens[k]!.start, 2)) break;
  }
  return undefined;
}

// Towns and regions are seldom named after a person with a given name (`Димаш Құдайберген Нью-Йорк қаласында`).
const settlementStems = ['қала', 'кала', 'шаҳар', 'шахар', 'shahar', 'город', 'ауыл', 'аул', 'qishloq', 'қишлоқ', 'облыс', 'обл', 'viloyat', 'вилоят'];
function settlementAfter(folded: readonly string[], k: number): boolean {
  const word = folded[k];
  return word !== undefined && settlementStems.some((stem) => word.startsWith(stem));
}

/**
 * The last token of the person a role word or greeting names before a street, station or district named after
 * someone: one given name at most, with the surnames and patronymics beside it; the words after it name the place
 * (`haydovchisi Gulnora Alisher Navoiy metro bekatigacha`, `Sarvar Karimov Amir Temur ko‘chasiga`). The run's last
 * word always goes to the place.
 */
function personBeforeStreet(scores: readonly WordScore[], first: number, last: number): number {
  let end = first;
  // The first word is the given name unless it reads as a surname or patronymic (`Zarnigor`, on no list, is one).
  let given = scores[first]!.closes !== 'surname' && scores[first]!.patronymic !== true;
  for (let k = first + 1; k < last; k++) {
    const word = scores[k]!;
    if (word.given === true && word.closes !== 'surname' && word.patronymic !== true) {
      if (given) break;
      given = true;
    }
    end = k;
  }
  return end;
}

function initialsFollowName(scores: readonly WordScore[], i: number): boolean {
  let k = i;
  while (k >= 0 && scores[k]!.kind === WordKind.Initial) k--;
  return k >= 0 && k < i && scores[k]!.kind === WordKind.Name && scores[k]!.closes === 'surname';
}

/** Whether token `i + 1` continues the name run that token `i` is in. */
export function joins(text: string, tokens: readonly Token[], scores: readonly WordScore[], i: number, hasGiven: boolean): boolean {
  const current = scores[i]!;
  const next = scores[i + 1]!;
  const from = tokens[i]!.end;
  const to = tokens[i + 1]!.start;
  if (current.kind === WordKind.Initial) {
    // `Бестужева П. Г. Бестужева`: initials after a surname end the name (after a given name they do not).
    if (next.kind === WordKind.Name && initialsFollowName(scores, i)) return false;
    if (text.charCodeAt(from) === 32 && to === from + 1) return next.kind === WordKind.Name;
    // `И.И. Иванов`, `A. Karimov`, `И.Иванов`: the dot, then optional spaces.
    if (text.charCodeAt(from) !== 46) return false;
    if (!(to === from + 1 || onlySpaces(text, from + 1, to, 2))) return false;
    return next.kind === WordKind.Name || next.kind === WordKind.Initial;
  }
  if (!onlySpaces(text, from, to, 2) && !(text.charCodeAt(from) === 45 && to === from + 1)) return false;
  if (next.kind === WordKind.None) return false;
  // A case ending closes the name, unless it is the -дин of a father's name before `уулу`/`кызы` (`Бакыт Нуридин
  // уулу`): a Kyrgyz genitive is -дин after a consonant only (`Бакыттын уулу`, `Хасанның қызы` are "X's son").
  if (current.closes === 'ending' && !(next.kind === WordKind.Patronymic && vowelDinAt(text, tokens[i]!.end))) return false;
  // After a surname only a given name may follow (`Иванов Иван Иванович`), and only if none came before it
  // (`Қасым-Жомарт Тоқаев Дмитрий Медведевті` is two people).
  if (current.closes === 'surname' && next.kind === WordKind.Name && (next.score < 0.5 || (hasGiven && next.given))) {
    // `Көчкөнов Төлөгөн Тилек уулу`, `Зокирова Қундузой Ойбековна`: surname, given name, patronymic.
    const patronymicFollows =
      (i + 2 < scores.length && scores[i + 2]!.patronymic === true) ||
      (i + 3 < scores.length && scores[i + 2]!.kind === WordKind.Name && scores[i + 3]!.kind === WordKind.Patronymic);
    if (!patronymicFollows && !(current.cued === true && !hasGiven && unlistedGivenAfterCuedSurname(text, tokens, next, i)) && !surnameAfterPatronymic(text, tokens, scores, i)) return false;
  }
  if (next.kind === WordKind.Initial) return current.kind === WordKind.Name;
  if (next.kind === WordKind.Patronymic) return current.kind === WordKind.Name;
  if (next.kind === WordKind.Particle) return current.kind === WordKind.Name && i + 2 < tokens.length && scores[i + 2]!.kind === WordKind.Name;
  return true;
}

// Span.source by the strongest word's evidence (an unknown capitalised word is vouched for by its cue). A switch, not
// a lookup object: `object[key]` with five different keys at one site is a megamorphic keyed load in V8.
function spanSource(source: WordScore['source']): string {
  switch (source) {
    case 'known':
      return 'name:known';
    case 'gazetteer':
      return 'name:gazetteer';
    case 'morphology':
      return 'name:morphology';
    default:
      return 'name:cue';
  }
}

export function scoreRun(
  text: string,
  tokens: readonly Token[],
  folded: readonly string[],
  /** WordInfo.bits of each token's word (the scan's flat array). */
  wordBits: ArrayLike<number>,
  scores: readonly WordScore[],
  first: number,
  last: number,
  resources: NameResources,
  cueBefore: Uint8Array,
  cueAfter: Uint8Array,
): Span | undefined {
  // Streets, districts and stations named after people stay unmasked. After a role word or greeting the first
  // word is the person and only the last one names the street (`haydovchisi Durdona Furqat ko‘chasiga`).
  let anyKnown = false;
  for (let k = first; k <= last; k++) if (scores[k]!.source === 'known') anyKnown = true;
  if (!anyKnown) {
    // `улица Навои`; but after the genitive of a region word a given name and surname are a person (`глава
    // Свердловской области Александр Мишарин`): streets are not named `области X`.
    if (first > 0 && wordBits[first - 1]! & WordBit.StreetWord && !(regionGenitives.has(folded[first - 1]!) && first < last && scores[first]!.given)) return undefined;
    const cue = cueBefore[first]!;
    const cued = cue === Cue.Role || cue === Cue.Strong || cue === Cue.Intro;
    const street = streetAfter(text, tokens, folded, wordBits, last, first === last);
    if (street !== undefined) {
      if (!cued || (street === 'next' && last === first)) return undefined;
      if (last > first) last = settlementAfter(folded, last + (street === 'next' ? 1 : 2)) ? last - 1 : personBeforeStreet(scores, first, last);
    }
  }

  // Initials alone and trailing initials (`Иванов И.` keeps them; `И.` alone is nothing).
  let best = 0;
  let bestSource: WordScore['source'] = 'capital';
  let names = 0;
  let initials = 0;
  let strongWords = 0;
  for (let k = first; k <= last; k++) {
    const word = scores[k]!;
    if (word.kind === WordKind.Initial) initials++;
    if (word.kind !== WordKind.Name) continue;
    names++;
    if (word.score >= 0.5) strongWords++;
    if (word.score > best || (word.score === best && word.source === 'gazetteer')) {
      best = word.score;
      bestSource = word.source;
    }
  }
  if (names === 0) return undefined;
  const isKnown = bestSource === 'known';
  // `в Свердловске`, `из Нидерландов`: one word after a place preposition is more likely a place.
  const afterPlacePreposition = first > 0 && placePrepositions.has(folded[first - 1]!);
  let score = best;
  if (afterPlacePreposition && names === 1 && !isKnown && tokens[first]!.cyrillic) score -= nameWeights.placePrepositionPenalty;
  else if (names === 1 && bestSource === 'gazetteer' && !tokens[first]!.cyrillic && cueBefore[first] === Cue.None && afterEnglishPlacePreposition(folded, first)) score -= nameWeights.placePrepositionPenalty;
  if (names >= 2 && strongWords >= 1) score += nameWeights.severalWords;
  // Russian capitalises only the first word of places and organisations (`Белый дом`), so two capitalised unknown
  // words in a row are most often a foreign first name and surname (`Фернандо Алонсо`).
  else if (names >= 2 && tokens[first]!.cyrillic) score = tokens[first]!.sentenceStart ? nameWeights.unknownPairAtSentenceStart : nameWeights.unknownPair;
  if (initials > 0) score += nameWeights.initialWithWord;
  const cue = cueBefore[first]!;
  let cueBonus = 0;
  // A greeting that ends its sentence (`Салом! Рақамим: …`) vouches only for a listed name after it.
  // The answer to `What's your name?` starts a sentence but is cued all the same.
  const answer = cue === Cue.Intro && first > 0 && (questionGap(text, tokens[first - 1]!.end, tokens[first]!.start) || afterColon(text, tokens[first]!.start));
  const crossesSentence = tokens[first]!.sentenceStart && best < 0.5 && !answer && !(first > 0 && titleAbbreviations.has(folded[first - 1]!));
  if (crossesSentence) cueBonus = 0;
  else if (cue === Cue.Strong || cue === Cue.Intro) cueBonus = nameWeights.strongCue;
  // `министр финансов`, `директор Института`: a role word before one unknown capitalised word is weak evidence.
  else if (cue === Cue.Role) cueBonus = best >= 0.5 || names >= 2 || colonAfter(text, tokens[last]!.end) || afterNamingRole(folded, first, resources) ? nameWeights.roleCue : nameWeights.roleCueForUnknown;
  else if (cue === Cue.Weak) cueBonus = nameWeights.weakCue;
  else if (cue === Cue.Verb) cueBonus = nameWeights.verbCue;
  // `Жазып алдым`, `Ismingizni ayting`: a converb or an accusative before a verb of telling or taking is an everyday
  // word, not the person (a name takes the dative there: `Jasurga ayting`).
  if (cueAfter[last] === 1) cueBonus = best < 0.5 && first === last && (inflectedBeforeVerb(folded[last]!) || roleInDative(folded[last]!, resources)) ? cueBonus : Math.max(cueBonus, nameWeights.afterCue);
  // A reporting verb right after a sentence-opening capitalised word: `Макартур сказал`.
  else if (cueAfter[last] === 2 && !(best < 0.5 && first === last && yourObject(folded[last]!))) cueBonus = Math.max(cueBonus, tokens[first]!.sentenceStart && best < 0.5 ? nameWeights.verbCueAtSentenceStart : nameWeights.verbCue);
  else if (tokens[first]!.cyrillic && last + 1 < tokens.length && !afterPlacePreposition && pastTenseAfter(text, tokens, folded, last) && (first !== last || pastTenseVouches(folded[last]!, folded[last + 1]!, resources))) {
    cueBonus = Math.max(cueBonus, nameWeights.pastTenseCue);
  }
  if (isSpeakerPrefix(text, tokens, first, last)) {
    const unknownSpeaker = best < 0.5 && first === last && roleSpeakerElsewhere(text, tokens, folded, first, resources) ? nameWeights.speakerInDialogue : nameWeights.speakerPrefixForUnknown;
    cueBonus = Math.max(cueBonus, best >= 0.5 ? nameWeights.speakerPrefix : unknownSpeaker);
  }
  if (cueBonus < nameWeights.vocativeCue && isVocative(text, tokens[first]!.start, tokens[last]!.end)) cueBonus = nameWeights.vocativeCue;
  score += cueBonus;
  // `14 Crown Street`, `149 Monika Union`: a number right before a capitalised phrase makes it an address line.
  // Not the minutes of a clock time or a video's timestamp (`2:13 Percy is so funny`, `1: 10 Percy the …`).
  if (!isKnown && first > 0 && !tokens[first]!.cyrillic && isNumber(text, tokens[first - 1]!) && onlySpaces(text, tokens[first - 1]!.end, tokens[first]!.start, 2) && !clockMinutes(text, tokens[first - 1]!)) {
    score -= nameWeights.houseNumberPenalty;
  }
  if (!isKnown && !tokens[first]!.cyrillic && houseNumberAfter(text, tokens, folded, last)) score -= nameWeights.houseNumberAfterPenalty;
  // «Нұр Отан», «Адам бол»: a capitalised phrase right after an opening quote is a title or an organisation.
  if (!isKnown && first > 0 && openingQuote(text.charCodeAt(tokens[first]!.start - 1))) score -= nameWeights.quotedPenalty;
  if (cueBonus > 0 && best < 0.5 && !isKnown) bestSource = 'cue';
  score = Math.min(0.99, score);
  if (score < nameWeights.emitFloor) return undefined;

  let normalized = '';
  for (let k = first; k <= last; k++) {
    const base = scores[k]!.base;
    if (base) normalized = normalized ? `${normalized} ${base}` : base;
  }
  return {
    start: tokens[first]!.start,
    // `Amanda's daughter`: the English possessive stays inside the span (a gold span may hold it or not; masking
    // the clitic costs nothing, leaving a name's letters unmasked would).
    end: tokens[last]!.end,
    type: 'NAME',
    score: Math.round(score * 100) / 100,
    source: spanSource(bestSource),
    normalized,
  };
}

/** Two digits right after `d:` or `d: ` (a digit, a colon, at most one space): the minutes or seconds of a time. */
function clockMinutes(text: string, token: Token): boolean {
  if (token.end - token.start !== 2) return false;
  let at = token.start - 1;
  if (at >= 0 && text.charCodeAt(at) === 32) at--;
  if (at < 1 || text.charCodeAt(at) !== 58) return false;
  const digit = text.charCodeAt(at - 1);
  return digit >= 48 && digit <= 57;
}

// `…идин`, `…удин` ending at `end` (any case): a name's own -дин (Нуридин, Шамсудин), not a genitive.
function vowelDinAt(text: string, end: number): boolean {
  const before = text.charCodeAt(end - 4) | 0x20;
  return (text.charCodeAt(end - 3) | 0x20) === 0x434 && (text.charCodeAt(end - 2) | 0x20) === 0x438 && (text.charCodeAt(end - 1) | 0x20) === 0x43d && (before === 0x438 || before === 0x443 || before === 0x430 || before === 0x435);
}
