// Text typed without capitals: a surname with its initials before or after it (`ответственный: б.и. цой`,
// `документы подписал трубецкая п.п.`, `обращение от тен л.`, `approved by a. king`). Written, the capitals carry
// these; lowered, a one-letter word with a dot is read as an abbreviation, so the surname must show itself: a
// surname list or a Korean surname holds it, it ends like a surname and is no everyday word, or two initials stand
// with a word on no list.

import { readPatternWords } from '../../patterns.js';
import type { Token } from '../../text/tokenize.js';
import type { Span } from '../../types.js';
import { WordFlag } from './lexicon.js';
import type { NameResources } from './resources.js';
import { addFoundSpans, overlappingSpan } from './span-search.js';
import { EndingSet } from './suffixes.js';
import type { WordInfo } from './vocabulary.js';
import { unknownToRussian } from './ru-unlisted.js';
import { nameWeights } from './weights.js';

// Two-letter abbreviations written like initials (`т.е.`, `т.к.`, `и.о.`, `e.g.`, `p.s.`).
const abbreviations = new Set(['те', 'тк', 'тд', 'тп', 'ио', 'нэ', 'тч', 'пс', 'нв', 'тб', 'мн', 'жж', 'ie', 'eg', 'cc', 'ps', 'am', 'pm', 'vs', 'ad', 'bc']);
// One letter and a dot that abbreviate a word before a name or a number (`г. алматы`, `д. 5`, `м. пушкинская`, `с.
// карасу`, `ул.`), or are a preposition or conjunction.
const wordLetters = new Set(['г', 'д', 'с', 'п', 'м', 'к', 'р', 'т', 'о', 'ш', 'в', 'у', 'и', 'я', 'ж', 'б', 'н', 'а', 'е', 'ё', 'э', 'ю', 'ч', 'ы', 'й', 'ь', 'ъ', 'қ', 'ш', 'e', 'p', 'a', 'i', 'o', 'u', 'n', 's', 'v', 'c', 'g', 'm', 'k', 't', 'd']);
// Surname endings, Cyrillic and Latin.
const surnameEndings = new EndingSet([
  'ов', 'ев', 'ёв', 'ин', 'ын', 'ова', 'ева', 'ёва', 'ина', 'ына', 'енко', 'ук', 'юк', 'ян', 'дзе', 'швили', 'ский', 'цкий', 'ская', 'цкая', 'заде', 'зода',
  'ov', 'ev', 'yev', 'ova', 'eva', 'yeva', 'enko', 'yan', 'ski', 'sky', 'skiy', 'skaya', 'zade', 'zoda',
]);

let koreanSurnames: ReadonlySet<string> | undefined;
function korean(): ReadonlySet<string> {
  koreanSurnames ??= new Set([...readPatternWords('names/ru/korean-surnames.txt'), 'ли']);
  return koreanSurnames;
}

/** Token `k` is one letter with a dot right after it. */
function initialAt(text: string, tokens: readonly Token[], k: number): boolean {
  const token = tokens[k]!;
  return token.end - token.start === 1 && !token.hasDigit && text.charCodeAt(token.end) === 46;
}

/** Entry test: a one-letter word before a dot somewhere (`б.и.`, `х. `): a walk over the dots. */
export function mayHaveLowerInitials(text: string): boolean {
  let at = text.indexOf('.', 1);
  while (at !== -1) {
    if (letterCode(text.charCodeAt(at - 1)) && (at < 2 || !letterCode(text.charCodeAt(at - 2)))) return true;
    at = text.indexOf('.', at + 1);
  }
  return false;
}
function letterCode(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 0x400 && code <= 0x52f);
}

/**
 * In text without capitals: one or two initials (one letter and a dot each, nothing or a space between) before a
 * surname one space away, or after one; the whole is a name when the surname reads as one (surnameWord()). Single
 * initials that abbreviate words (`г.`, `д.`, `м.`) or are prepositions count only before a Korean surname or a
 * listed one; an initial before a number is a house or a page. Adds to the scan's spans (sorted, disjoint).
 */
export function findLowerInitialsNames(text: string, tokens: readonly Token[], folded: readonly string[], words: readonly WordInfo[], spans: Span[], resources: NameResources, turkic: boolean): void {
  let found: Span[] | undefined;
  const count = tokens.length;
  for (let k = 0; k < count; k++) {
    if (!initialAt(text, tokens, k) || (k > 0 && initialAt(text, tokens, k - 1) && tokens[k]!.start - tokens[k - 1]!.end <= 2)) continue;
    // The chain k..j: two initials at most, `б.и.` or `б. и.`.
    let j = k;
    if (k + 1 < count && initialAt(text, tokens, k + 1) && gapOf(text, tokens[k]!.end + 1, tokens[k + 1]!.start) && tokens[k + 1]!.cyrillic === tokens[k]!.cyrillic) j = k + 1;
    if (j + 1 < count && initialAt(text, tokens, j + 1) && tokens[j + 1]!.start - tokens[j]!.end <= 2) continue;
    const letters = j === k ? folded[k]! : folded[k]! + folded[j]!;
    if (j > k && abbreviations.has(letters)) continue;
    const single = j === k;
    const cyrillic = tokens[k]!.cyrillic;
    // Before a surname: `б.и. цой`.
    const after = j + 1;
    if (after < count && text.charCodeAt(tokens[j]!.end + 1) === 32 && tokens[after]!.start === tokens[j]!.end + 2 && tokens[after]!.cyrillic === cyrillic) {
      const strength = surnameWord(tokens, folded, words, after, resources, turkic);
      if (strength !== 0 && (!single || !wordLetters.has(folded[k]!) || strength === 2) && free(spans, tokens[k]!.start, tokens[after]!.end) && !closedAfter(text, tokens, after)) {
        (found ??= []).push({ start: tokens[k]!.start, end: tokens[after]!.end, type: 'NAME', score: scoreFor(spans, folded[after]!), source: 'name:cue', normalized: `${letters} ${folded[after]!}` });
        k = after;
        continue;
      }
    }
    // After a surname: `трубецкая п.п.`, `тен л.`; not before a number (`д. 5`). Cyrillic only: English chat
    // ends words with letters and dots (`r. i. p`).
    const before = k - 1;
    if (!cyrillic || before < 0 || tokens[before]!.cyrillic !== cyrillic || tokens[k]!.start !== tokens[before]!.end + 1 || text.charCodeAt(tokens[before]!.end) !== 32) continue;
    if (j + 1 < count && tokens[j + 1]!.hasDigit) continue;
    const strength = surnameWord(tokens, folded, words, before, resources, turkic);
    if (strength === 0 || (single && wordLetters.has(folded[k]!) && strength !== 2)) continue;
    const end = tokens[j]!.end + 1;
    if (!free(spans, tokens[before]!.start, end) || (found !== undefined && found[found.length - 1]!.end > tokens[before]!.start)) continue;
    (found ??= []).push({ start: tokens[before]!.start, end, type: 'NAME', score: scoreFor(spans, folded[before]!), source: 'name:cue', normalized: `${folded[before]!} ${letters}` });
  }
  addFoundSpans(spans, found);
}

/** Nothing or one space between two initials. */
function gapOf(text: string, from: number, to: number): boolean {
  return to === from || (to === from + 1 && text.charCodeAt(from) === 32);
}

/** No span overlaps [start, end). */
function free(spans: readonly Span[], start: number, end: number): boolean {
  return overlappingSpan(spans, start, end) === undefined;
}

/** A word right after the surname that makes it a place or a firm's name (`х. ли street`), or more initials. */
function closedAfter(text: string, tokens: readonly Token[], k: number): boolean {
  return k + 1 < tokens.length && tokens[k + 1]!.start === tokens[k]!.end + 1 && text.charCodeAt(tokens[k]!.end) === 46;
}

/**
 * How surely token `k` is a surname: 2 a Korean surname or one a surname list holds (not a place), 1 a word that ends
 * like a surname and Russian does not know as a word (or knows only as a genitive plural, `султанов`), 0 none.
 */
function surnameWord(tokens: readonly Token[], folded: readonly string[], words: readonly WordInfo[], k: number, resources: NameResources, turkic: boolean): number {
  const token = tokens[k]!;
  if (token.hasDigit || token.end - token.start < 2) return 0;
  const word = folded[k]!;
  if (word.includes('-') || resources.cueWords.has(word) || resources.roles.has(word) || resources.serviceRoles.has(word) || resources.streetWords.has(word) || resources.placeWords.has(word)) return 0;
  if (token.cyrillic && korean().has(word)) return 2;
  const evidence = words[k]!.evidence(token.cyrillic, resources, turkic);
  if (evidence.stopFlags !== 0 || evidence.placeName === true) return 0;
  if (evidence.nameFlags & WordFlag.Surname && evidence.endingLength === 0) return 2;
  if (evidence.nameFlags & WordFlag.First) return 0;
  // `ашурпур з.`: in Russian text, a word on no list that Russian does not know.
  if (!surnameEndings.test(word)) return token.cyrillic && !turkic && evidence.nameFlags === 0 && unknownToRussian(word, resources) ? 1 : 0;
  if (word.length < 5) return 0;
  if (!token.cyrillic) return resources.englishSocial.functionWords.has(word) ? 0 : 1;
  const common = resources.commonWords;
  if (!common.has(word)) return common.isProperNoun(word) && !word.endsWith('ов') && !word.endsWith('ин') ? 0 : 1;
  return (word.endsWith('ов') || word.endsWith('ев')) && common.has(word.slice(0, -2)) ? 1 : 0;
}

/** The lower-case vocative's score, or a repeated mention's when a span elsewhere names the surname (`злата югай`). */
function scoreFor(spans: readonly Span[], surname: string): number {
  for (const span of spans) {
    if (span.score < 0.5 || span.normalized === undefined) continue;
    if (span.normalized === surname || span.normalized.endsWith(' ' + surname) || span.normalized.startsWith(surname + ' ')) return nameWeights.repeatedMention;
  }
  return nameWeights.lowerVocative;
}
