// Russian news: spans that read a body or a place with the person, or a place alone. Two or more capitalised words
// no list holds before a listed given name are the agency or club the person works for (`фотограф Франс Ньюс Марат
// Жолдасов`); a name right after `город`, `села`, `штата` is the place's (`из города Вестбрук Хилл`); a word
// between two listed places in a comma list is a third place (`из Франции, Лимбургии, Бельгии`); an everyday
// noun in the genitive after a title is the state or body, not a surname (`президента Республики`); and an
// adjective before a lower-case noun in the same case is part of a place or a thing (`со Старым городом`,
// `стартового поля`); a name glossed in brackets by a Latin phrase that opens with an article is a place or a thing
// (`в повороте Вирассэ (La Virasse)`); a word in -ополь/-ополис is a city; a genitive plural noun opening the
// sentence before a plural verb is no one person (`Туристов встретили`); a capitalised run that fills a quotation
// is a title, a brand or a body (`«Славутич»`, `«Глобал Ньюс Сервисес»`).

import type { Token } from '../../text/tokenize.js';
import type { Span } from '../../types.js';
import { WordFlag } from './lexicon.js';
import { Morph } from './morphology.js';
import { CueWord, type NameResources } from './resources.js';
import type { WordInfo } from './vocabulary.js';

// Lower-case nouns of settlements and regions in any case: the capitalised word right after one is the place's name.
const placeNoun = /^(?:город|городк|сел|деревн|посёл|посел|станиц|провинци|штат|остров|курорт|столиц|графств|префектур|аул|кишлак)(?:а|у|ом|е|и|ы|ой|ю|я|ам|ами|ах|ок|ка|ке|ком|ку)?$/u;

// Genitive singular of a feminine or a neuter noun (`Республики`, `Федерации`, `Думы`).
const genitiveEnding = /(?:[^аеёиоуыэюя]и|ии|[^аеёиоуыэюя]ы)$/u;

/**
 * Trims or drops the spans of the frames above, in place. Spans sorted and disjoint; `cues` are the tokens'
 * CueWord bits. Spans a list or two pieces of evidence vouch for strongly enough (0.8 and up) keep their places;
 * the body before a given name is trimmed whatever the score.
 */
export function reviewNewsBodies(text: string, tokens: readonly Token[], folded: readonly string[], words: readonly WordInfo[], cues: ArrayLike<number>, spans: Span[], resources: NameResources): void {
  let kept = 0;
  let k = 0;
  for (const span of spans) {
    while (k < tokens.length && tokens[k]!.start < span.start) k++;
    if (k >= tokens.length || tokens[k]!.start !== span.start || span.source === 'name:known') {
      spans[kept++] = span;
      continue;
    }
    let last = k;
    while (last + 1 < tokens.length && tokens[last + 1]!.end <= span.end) last++;
    const first = last - k >= 2 ? trimBody(text, tokens, folded, words, span, k, last, resources) : k;
    const drop = span.score < 0.8 && (quotedTitle(text, tokens, folded, span, first) || articleGloss(text, tokens, folded, span, first) || (first === last && (cityWord(folded[first]!, words[first]!, resources) || pluralObjectOpener(text, tokens, folded, first, resources))) || placeAfterNoun(text, tokens, folded, cues, first) || (first === last && (placeBetweenPlaces(text, tokens, folded, words, first, resources) || bodyAfterTitle(text, tokens, folded, words, cues, first, resources))) || (last - first <= 1 && adjectiveBeforeNoun(text, tokens, folded, words, first, last, resources)));
    if (!drop) spans[kept++] = span;
  }
  // Setting the length is a runtime call even when nothing was dropped (as span-filter.ts dropSpans).
  if (kept !== spans.length) spans.length = kept;
}

/**
 * `Франс Ньюс Марат Жолдасов`: two or more capitalised Cyrillic words that no list holds and the morphology does not
 * read, then a listed given name and one more word at least: the span starts at the given name (its token returned). One such word is
 * left alone (`Барак Хусейн Обама`: Russian knows a first given name as a word).
 */
function trimBody(text: string, tokens: readonly Token[], folded: readonly string[], words: readonly WordInfo[], span: Span, first: number, last: number, resources: NameResources): number {
  let given = first;
  while (given < last) {
    if (!tokens[given]!.cyrillic) return first;
    const evidence = words[given]!.evidence(true, resources, false);
    if (evidence.nameFlags & WordFlag.First && (evidence.stopFlags & WordFlag.Place) === 0) break;
    if (evidence.nameFlags !== 0 || evidence.morph !== Morph.None || text.charCodeAt(tokens[given]!.start) === folded[given]!.charCodeAt(0)) return first;
    given++;
  }
  if (given - first < 2 || given >= last) return first;
  span.start = tokens[given]!.start;
  if (span.normalized !== undefined) span.normalized = span.normalized.split(' ').slice(given - first).join(' ');
  return given;
}

/** `из города Вестбрук`, `село Ольховка`: right after a lower-case settlement noun, not one a title governs (`мэр города Лужков`). */
function placeAfterNoun(text: string, tokens: readonly Token[], folded: readonly string[], cues: ArrayLike<number>, k: number): boolean {
  if (k < 1 || !spaceOnly(text, tokens[k - 1]!.end, tokens[k]!.start)) return false;
  const noun = folded[k - 1]!;
  if (text.charCodeAt(tokens[k - 1]!.start) !== noun.charCodeAt(0) || !placeNoun.test(noun)) return false;
  return !(k >= 2 && (cues[k - 2]! & CueWord.Role) !== 0);
}

/** `Франции, Лимбургии, Бельгии`: one word between two listed places, a comma before it and a comma or `и` after. */
function placeBetweenPlaces(text: string, tokens: readonly Token[], folded: readonly string[], words: readonly WordInfo[], k: number, resources: NameResources): boolean {
  if (k < 1 || k + 1 >= tokens.length || !tokens[k]!.cyrillic) return false;
  if (text.slice(tokens[k - 1]!.end, tokens[k]!.start).trim() !== ',') return false;
  let next = k + 1;
  const gap = text.slice(tokens[k]!.end, tokens[next]!.start).trim();
  if (gap === '' && folded[next] === 'и' && next + 1 < tokens.length) next++;
  else if (gap !== ',') return false;
  return listedPlace(text, tokens[k - 1]!, folded[k - 1]!, words[k - 1]!, resources) && listedPlace(text, tokens[next]!, folded[next]!, words[next]!, resources);
}

function listedPlace(text: string, token: Token, word: string, info: WordInfo, resources: NameResources): boolean {
  if (!token.cyrillic || text.charCodeAt(token.start) === word.charCodeAt(0)) return false;
  const evidence = info.evidence(true, resources, false);
  return (evidence.stopFlags & WordFlag.Place) !== 0 && (evidence.nameFlags & WordFlag.First) === 0;
}

/**
 * `президента Республики`, `председателя Думы`: after a title, a capitalised everyday noun in the genitive singular
 * that no list holds, the morphology does not read and Russian does not know as a proper noun.
 */
function bodyAfterTitle(text: string, tokens: readonly Token[], folded: readonly string[], words: readonly WordInfo[], cues: ArrayLike<number>, k: number, resources: NameResources): boolean {
  if (k < 1 || (cues[k - 1]! & CueWord.Role) === 0 || !spaceOnly(text, tokens[k - 1]!.end, tokens[k]!.start)) return false;
  const word = folded[k]!;
  if (word.length < 4 || !genitiveEnding.test(word) || !resources.commonWords.has(word) || resources.commonWords.isProperNoun(word)) return false;
  const evidence = words[k]!.evidence(true, resources, false);
  return evidence.nameFlags === 0 && evidence.morph === Morph.None;
}

// Oblique adjective endings and the noun endings that agree with them (instrumental -ым/-им + -ом/-ем, genitive
// -ого/-его + -а/-я, dative -ому/-ему + -у/-ю, feminine -ой + -ой/-ей/-ою/-ею, accusative -ую/-юю + -у/-ю). The
// endings that a surname's cases share with a noun's in other frames (`Ивановой вместе`, `Иванову книгу`) are left
// out.
const adjectiveNoun: readonly (readonly [adjective: RegExp, noun: RegExp])[] = [
  [/[^аеёиоуыэюя](?:ым|им)$/u, /[^аеёиоуыэюя](?:ом|ем)$/u],
  [/(?:ого|его)$/u, /[^аеёиоуыэюя][ая]$/u],
  [/(?:ому|ему)$/u, /[^аеёиоуыэюя][ую]$/u],
  [/[^аеёиоуыэюя]ой$/u, /[^аеёиоуыэюя](?:ой|ей|ою|ею)$/u],
  [/(?:ую|юю)$/u, /[^аеёиоуыэюя][ую]$/u],
];

/**
 * `со Старым городом`, `российской Кремниевой долиной`, `ряда стартового поля`: the span's first word has an
 * oblique adjective ending and is on no given-name list, and the next word is a lower-case everyday word with an
 * agreeing noun ending. A two-word span must end at that noun.
 */
function adjectiveBeforeNoun(text: string, tokens: readonly Token[], folded: readonly string[], words: readonly WordInfo[], first: number, last: number, resources: NameResources): boolean {
  const noun = first + 1;
  if (noun >= tokens.length || (last > first && last !== noun) || !tokens[first]!.cyrillic || !spaceOnly(text, tokens[first]!.end, tokens[noun]!.start)) return false;
  const adjective = folded[first]!;
  const nounWord = folded[noun]!;
  if (adjective.length < 6 || nounWord.length < 4 || !tokens[noun]!.cyrillic || text.charCodeAt(tokens[noun]!.start) !== nounWord.charCodeAt(0)) return false;
  let agrees = false;
  for (const [adjectiveEnding, nounEnding] of adjectiveNoun) if (adjectiveEnding.test(adjective) && nounEnding.test(nounWord)) agrees = true;
  if (!agrees || !resources.commonWords.has(nounWord)) return false;
  return (words[first]!.evidence(true, resources, false).nameFlags & WordFlag.First) === 0 || resources.commonWords.has(adjective);
}

/**
 * The span ends right before a closing quote, and between the opening quote and the span's first word there are at
 * most two more capitalised words (`«Амазон Уэб Сервисес»`: the scan read the last two only). Exported for
 * kk-news-bodies.ts.
 */
export function quotedTitle(text: string, tokens: readonly Token[], folded: readonly string[], span: Span, first: number): boolean {
  const close = text.charCodeAt(span.end);
  if (close !== 0xbb && close !== 0x201d && close !== 34) return false;
  let k = first;
  while (k > 0 && first - k < 2 && /^\s*$/u.test(text.slice(tokens[k - 1]!.end, tokens[k]!.start)) && text.charCodeAt(tokens[k - 1]!.start) !== folded[k - 1]!.charCodeAt(0)) k--;
  const open = text.charCodeAt(tokens[k]!.start - 1);
  return open === 0xab || open === 0x201c || open === 0x201e || (open === 34 && close === 34);
}

// Articles that open a Romance, English or German place or title (`La Rascasse`-like corners, `The Mall`); `Le` and
// `El` are left out: they open surnames too (`Le Pen`, `El Greco`).
const articles: ReadonlySet<string> = new Set(['la', 'les', 'los', 'las', 'the', 'die', 'das', 'il']);

/** The span is the Latin gloss in brackets that opens with an article, or the word the gloss follows. */
function articleGloss(text: string, tokens: readonly Token[], folded: readonly string[], span: Span, first: number): boolean {
  if (!tokens[first]!.cyrillic) {
    if (!articles.has(folded[first]!)) return false;
    let at = span.start - 1;
    while (at >= 0 && text.charCodeAt(at) === 32) at--;
    return text.charCodeAt(at) === 40;
  }
  let at = span.end;
  while (text.charCodeAt(at) === 32) at++;
  if (text.charCodeAt(at) !== 40) return false;
  let next = first;
  while (next < tokens.length && tokens[next]!.start <= at) next++;
  return next < tokens.length && !tokens[next]!.cyrillic && articles.has(folded[next]!) && /^\(\s*$/u.test(text.slice(at, tokens[next]!.start));
}

/** `Бургас-Телеополис`, `в Мирнополе`: a city's name in -ополь or -ополис, on no given-name list. */
function cityWord(word: string, info: WordInfo, resources: NameResources): boolean {
  return word.length >= 7 && /(?:ополис|ополь|ополя|ополю|ополе|ополем)$/u.test(word) && (info.evidence(true, resources, false).nameFlags & WordFlag.First) === 0;
}

/**
 * `Туристов встретили местные жители`: a one-word span opening the sentence, an everyday Russian word in -ов/-ев, before
 * a lower-case past tense in the plural. A surname in -ов is one person: a plural verb does not agree with it.
 */
function pluralObjectOpener(text: string, tokens: readonly Token[], folded: readonly string[], k: number, resources: NameResources): boolean {
  const word = folded[k]!;
  if (!tokens[k]!.sentenceStart || k + 1 >= tokens.length || !/(?:ов|ев)$/u.test(word) || !resources.commonWords.has(word)) return false;
  const verb = folded[k + 1]!;
  return text.charCodeAt(tokens[k + 1]!.start) === verb.charCodeAt(0) && spaceOnly(text, tokens[k]!.end, tokens[k + 1]!.start) && /[аеиоуыя](?:ли|лись)$/u.test(verb) && verb.length >= 5;
}

function spaceOnly(text: string, from: number, to: number): boolean {
  if (to <= from) return false;
  for (let i = from; i < to; i++) if (text.charCodeAt(i) !== 32) return false;
  return true;
}
