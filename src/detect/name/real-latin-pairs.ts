// Two capitalised Latin words no list knows, mid-sentence, are a foreign given name and surname (`Nikolaj Petrussen`).

import type { Token } from '../../text/tokenize.js';
import type { Span } from '../../types.js';
import { WordFlag } from './lexicon.js';
import type { NameResources } from './resources.js';
import { tokenStartingAt } from './real-tokens.js';
import { EndingSet } from './suffixes.js';
import type { WordInfo } from './vocabulary.js';
import { nameWeights } from './weights.js';
import { WordKind, type WordScore } from './words.js';

const determiners = new Set(['the', 'a', 'an', 'my', 'your', 'our', 'their', 'his', 'her', 'its', 'this', 'that', 'these', 'those', 'some', 'any', 'every', 'no']);
// English derivational endings of nouns and adjectives the everyday-word list may lack (`Management`, `Software`).
const nounSuffix = new EndingSet(['ment', 'ments', 'tion', 'tions', 'sion', 'ness', 'ity', 'ware', 'ship', 'ology', 'ical', 'ism', 'ers', 'ing', 'able', 'ful', 'less', 'ous', 'ive', 'ary', 'ery']);

/**
 * Lifts a two-word Latin span below the threshold to an unknown pair, as Cyrillic runs are lifted in scoreRun: both
 * words capitalised (not all upper case), on no name, place, brand or English everyday-word list, the first not
 * opening a sentence unless the pair is a line of its own, no capitalised word or number right before or after (titles and firm names run longer:
 * `Google Public Data Explorer`), no article or possessive before, and no English noun or adjective suffix (-ment,
 * -tion, -ware, -ers). A pass over the spans of texts that are not mostly Cyrillic.
 */
export function liftUnknownLatinPairs(text: string, tokens: readonly Token[], folded: readonly string[], words: readonly WordInfo[], scores: readonly WordScore[], spans: Span[], resources: NameResources): void {
  for (const span of spans) {
    if (span.score >= 0.5) continue;
    const t = tokenStartingAt(tokens, span.start);
    if (t === -1 || t + 1 >= tokens.length || tokens[t + 1]!.end !== span.end) continue;
    if ((tokens[t]!.sentenceStart && !ownLine(text, span.start, span.end)) || tokens[t]!.cyrillic || tokens[t + 1]!.cyrillic || text.charCodeAt(tokens[t]!.end) !== 32 || tokens[t + 1]!.start !== tokens[t]!.end + 1) continue;
    if (!unknownCapital(text, tokens, folded, words, scores, t, resources) || !unknownCapital(text, tokens, folded, words, scores, t + 1, resources)) continue;
    if (capitalOrNumber(text, tokens, folded, t - 1, tokens[t]!.start) || capitalOrNumber(text, tokens, folded, t + 2, -1)) continue;
    // `my Federal Government`, `the Roadify Transit`: English puts no article or possessive before a person's name.
    if (t > 0 && determiners.has(folded[t - 1]!)) continue;
    span.score = nameWeights.unknownPair;
  }
}

function unknownCapital(text: string, tokens: readonly Token[], folded: readonly string[], words: readonly WordInfo[], scores: readonly WordScore[], k: number, resources: NameResources): boolean {
  const token = tokens[k]!;
  const word = folded[k]!;
  if (scores[k]!.kind !== WordKind.Name || scores[k]!.source !== 'capital' || token.end - token.start < 3 || token.end - token.start !== word.length) return false;
  if (text.charCodeAt(token.start) === word.charCodeAt(0) || text.charCodeAt(token.start + 1) !== word.charCodeAt(1)) return false;
  if (nounSuffix.test(word) || compoundOfEverydayWords(word, resources)) return false;
  const evidence = words[k]!.evidence(false, resources, false);
  return evidence.nameFlags === 0 && evidence.stopFlags === 0 && words[k]!.cue === 0;
}

/** Token `k` exists, touches the pair (only spaces between) and is capitalised or a number. */
function capitalOrNumber(text: string, tokens: readonly Token[], folded: readonly string[], k: number, pairStart: number): boolean {
  const token = tokens[k];
  if (token === undefined) return false;
  const from = pairStart === -1 ? tokens[k - 1]!.end : token.end;
  const to = pairStart === -1 ? token.start : pairStart;
  for (let at = from; at < to; at++) if (text.charCodeAt(at) !== 32) return false;
  return token.hasDigit || text.charCodeAt(token.start) !== folded[k]!.charCodeAt(0);
}


/** `nightmare` (night + mare), `undead` (un + dead): an unknown word made of English everyday words is one too. */
function compoundOfEverydayWords(word: string, resources: NameResources): boolean {
  if (word.startsWith('un') && everyday(word.slice(2), resources)) return true;
  for (let cut = 4; cut <= word.length - 4; cut++) {
    if (everyday(word.slice(0, cut), resources) && everyday(word.slice(cut), resources)) return true;
  }
  return false;
}

function everyday(word: string, resources: NameResources): boolean {
  const entry = resources.latinNames.getStem(word);
  return entry !== undefined && (entry.flags & (WordFlag.NotName | WordFlag.Ambiguous)) !== 0;
}

// Requests and questions addressed to the person named before the comma (`Anna, can you …`).
const addressedWords = new Set(['can', 'could', 'would', 'will', 'please', 'do', 'did', 'are', 'have', 'may']);

/**
 * `Kuba, can I please speak to your boss?`: one capitalised Latin word opening the text, a comma, then a request or
 * question addressed to it: the word is the person spoken to, unless it is an English everyday word, a place or a
 * cue word (`Sorry, can you …`, `Hi, can you …`). Adds or lifts one span; only the first token is looked at.
 */
export function liftOpeningVocative(text: string, tokens: readonly Token[], folded: readonly string[], words: readonly WordInfo[], scores: readonly WordScore[], spans: Span[], resources: NameResources): void {
  if (tokens.length < 3) return;
  const token = tokens[0]!;
  const word = folded[0]!;
  if (token.cyrillic || token.hasDigit || scores[0]!.kind !== WordKind.Name || text.charCodeAt(token.end) !== 44 || text.charCodeAt(token.end + 1) !== 32 || tokens[1]!.start !== token.end + 2) return;
  if (!addressedWords.has(folded[1]!) || token.end - token.start < 3 || token.end - token.start !== word.length || text.charCodeAt(token.start) === word.charCodeAt(0)) return;
  for (let at = 0; at < token.start; at++) if (text.charCodeAt(at) !== 32 && text.charCodeAt(at) !== 62) return;
  const evidence = words[0]!.evidence(false, resources, false);
  if (evidence.stopFlags !== 0 || words[0]!.cue !== 0 || everyday(word, resources)) return;
  const existing = spans[0];
  if (existing !== undefined && existing.start === token.start) {
    if (existing.end === token.end && existing.score < nameWeights.unknownPair) existing.score = nameWeights.unknownPair;
    return;
  }
  spans.unshift({ start: token.start, end: token.end, type: 'NAME', score: nameWeights.unknownPair, source: 'name:cue', normalized: scores[0]!.base || word });
}

/**
 * The pair is a line of its own (`>Gyala Antall` in a signature or address block): only spaces, `>`, `-`, `*` or
 * `•` before it on its line, only spaces after it.
 */
function ownLine(text: string, start: number, end: number): boolean {
  let at = start - 1;
  for (; at >= 0 && text.charCodeAt(at) !== 10; at--) {
    const code = text.charCodeAt(at);
    if (code !== 32 && code !== 62 && code !== 45 && code !== 42 && code !== 0x2022) return false;
  }
  for (at = end; at < text.length && text.charCodeAt(at) !== 10 && text.charCodeAt(at) !== 13; at++) if (text.charCodeAt(at) !== 32) return false;
  return true;
}
