// Given names from everywhere in English text (`the parcel came late but Obinna sorted it`, `Deepika fixed my
// laptop`): a title-case word that only the SSA given-name list holds (names/en/ssa-first.txt) is a name.

import type { Token } from '../../text/tokenize.js';
import type { Span } from '../../types.js';
import { englishWordForm } from './en-common-words.js';
import { readsEnglish } from './english.js';
import { onlySpaces } from './gaps.js';
import type { NameResources } from './resources.js';
import { WordBit, type WordInfo } from './vocabulary.js';
import { nameWeights } from './weights.js';
import { WordKind, type WordScore } from './words.js';
import { addFoundSpans } from './span-search.js';

/**
 * The SSA list is read here only, not with the other lists: it holds names of every origin that are words of
 * other languages too (Uzbek `hali`, `berdi`), and read in Russian declension or transliteration it would meet
 * everyday words (`Daya` → `Day`, `Ranee` → `Ранее`). So a word counts only as written, in title case (not
 * `IBAN`, not `hali`), in text with no Cyrillic or Turkic word that reads as English, where no other list knows
 * it, no cue word is it and no article, possessive, locative, number or street word stands before it (`the Dyson
 * vacuum`, `in Albany`). Its span (with an unknown capitalised word right after it: `Chidi Okonkwo`; none if a
 * capitalised word the lists know follows: `Albany New Zealand`) is scored as a listed first name; a run of the scan
 * below the threshold that holds it is lifted, unless longer than three words (a title). The spans go through the
 * social-text vetoes after (social.ts: titles, places, things). Where capitals say nothing (a text typed all in lower
 * case, or a word shouted in capitals beside another), a word of four letters or more on the list counts as typed,
 * with the same vetoes. The caller checked the text's scripts and that a
 * word of it is on the list (WordBit.WorldGivenName).
 */
export function liftWorldGivenNames(text: string, tokens: readonly Token[], folded: readonly string[], words: readonly WordInfo[], wordBits: ArrayLike<number>, scores: readonly WordScore[], spans: Span[], resources: NameResources): void {
  const social = resources.englishSocial;
  let english: boolean | undefined;
  let found: Span[] | undefined;
  let s = 0;
  for (let k = 0; k < tokens.length; k++) {
    // The scan's word bits say whether the word (or its possessive) is on the list.
    if ((wordBits[k]! & WordBit.WorldGivenName) === 0) continue;
    const word = folded[k]!;
    // `Farhan's team`: the possessive is the name's, not part of it.
    const possessive = word.length > 5 && word.endsWith("'s");
    if (!titleCase(text, tokens[k]!, word)) {
      // `i miss obinna so much`, `THANK YOU OBINNA`: where capitals say nothing.
      if (!possessive && word.length >= 4 && shouted(text, tokens, k) && caselessName(tokens, folded, words, scores, k, resources) && (english ??= readsEnglish(folded, social.functionWords))) {
        while (s < spans.length && spans[s]!.end <= tokens[k]!.start) s++;
        const covering = s < spans.length && spans[s]!.start <= tokens[k]!.start ? spans[s]! : undefined;
        if (covering === undefined) (found ??= []).push({ start: tokens[k]!.start, end: tokens[k]!.end, type: 'NAME', score: nameWeights.first, source: 'name:gazetteer', normalized: word });
        else if (covering.score < nameWeights.first && covering.start === tokens[k]!.start && covering.end === tokens[k]!.end) covering.score = nameWeights.first;
      }
      continue;
    }
    const score = scores[k]!;
    if (score.source !== 'capital' || words[k]!.cue !== 0) continue;
    if (k > 0 && placeOrThingBefore(tokens, folded, words, k, resources)) continue;
    // `Luv the vids`, `Grab a coffee`: opening a sentence before an article, the word is a verb.
    if (tokens[k]!.sentenceStart && articleAfter(text, tokens, folded, k, resources)) continue;
    const evidence = words[k]!.evidence(false, resources, false);
    if (evidence.nameFlags !== 0 || evidence.stopFlags !== 0) continue;
    if (!(english ??= readsEnglish(folded, social.functionWords))) return;
    const start = tokens[k]!.start;
    while (s < spans.length && spans[s]!.end <= start) s++;
    const covering = s < spans.length && spans[s]!.start <= start ? spans[s]! : undefined;
    let last = k;
    if (covering !== undefined) {
      while (last + 1 < tokens.length && tokens[last + 1]!.end <= covering.end) last++;
      if (covering.score < nameWeights.first && unknownCapitalRun(text, tokens, scores, covering, k, last) && !knownCapitalAfter(text, tokens, folded, words, scores, last, resources)) covering.score = nameWeights.first;
      k = last;
      continue;
    }
    // `Chidi Okonkwo`; but a capitalised word the lists know goes on a place's or firm's name (`Albany New Zealand`,
    // `Farhan's Kitchen`).
    if (knownCapitalAfter(text, tokens, folded, words, scores, k, resources)) continue;
    if (!possessive && k + 1 < tokens.length && onlySpaces(text, tokens[k]!.end, tokens[k + 1]!.start, 1) && capitalised(text, tokens[k + 1]!)) last++;
    const end = possessive ? tokens[k]!.end - 2 : tokens[last]!.end;
    const base = possessive ? word.slice(0, -2) : word;
    (found ??= []).push({ start, end, type: 'NAME', score: nameWeights.first, source: 'name:gazetteer', normalized: last === k ? base : `${base} ${folded[last]!}` });
    k = last;
  }
  addFoundSpans(spans, found);
}

/**
 * Token `k`, typed in lower case or in capitals, is no name yet (or one on its capitals alone), no cue word, on no
 * other list, and not after an article, locative, number or street word.
 */
function caselessName(tokens: readonly Token[], folded: readonly string[], words: readonly WordInfo[], scores: readonly WordScore[], k: number, resources: NameResources): boolean {
  const score = scores[k]!;
  if ((score.kind !== WordKind.None && score.source !== 'capital') || words[k]!.cue !== 0 || tokens[k]!.hasDigit || tokens[k]!.cyrillic) return false;
  if (k > 0 && placeOrThingBefore(tokens, folded, words, k, resources)) return false;
  const evidence = words[k]!.evidence(false, resources, false);
  return evidence.nameFlags === 0 && evidence.stopFlags === 0;
}

/** Token `k` and a word beside it (two letters or more) are typed in capitals only: a shouted message. */
function shouted(text: string, tokens: readonly Token[], k: number): boolean {
  if (!upperWord(text, tokens[k]!)) return false;
  return (k > 0 && upperWord(text, tokens[k - 1]!)) || (k + 1 < tokens.length && upperWord(text, tokens[k + 1]!));
}

function upperWord(text: string, token: Token): boolean {
  if (token.end - token.start < 2) return false;
  for (let at = token.start; at < token.end; at++) {
    const code = text.charCodeAt(at);
    if (code < 65 || code > 90) return false;
  }
  return true;
}

/** `obinna`, `obinna's`: a folded word on the SSA list (or its possessive), for the scan's word bits. */
export function worldGivenWord(folded: string, resources: NameResources): boolean {
  // Most words the scan describes are Cyrillic or numbers: no lookup for them.
  const first = folded.charCodeAt(0);
  if (first < 97 || first > 122) return false;
  const listed = resources.englishSocial.worldGivenNames;
  return listed.has(folded) || (folded.length > 5 && folded.endsWith("'s") && listed.has(folded.slice(0, -2)));
}

/**
 * `Marv Albert voice`: a sentence-opening word in title case (Latin, three letters or more) that only the SSA list holds
 * as a given name (WordBit.WorldGivenName) and SCOWL does not hold as a word: the scan keeps it as the first part of
 * the name before a listed given name, instead of reading it as an unknown opener (`Когда Алишер`).
 */
export function worldGivenOpener(text: string, token: Token, word: string, bits: number): boolean {
  return (bits & WordBit.WorldGivenName) !== 0 && titleCase(text, token, word) && !englishWordForm(word);
}

/** A Latin token of three letters or more, no digit, an upper-case letter then lower-case ones as typed. */
function titleCase(text: string, token: Token, word: string): boolean {
  const length = token.end - token.start;
  if (length < 3 || token.cyrillic || token.hasDigit || length !== word.length) return false;
  const first = text.charCodeAt(token.start);
  if (first < 65 || first > 90) return false;
  for (let at = 1; at < length; at++) {
    const code = text.charCodeAt(token.start + at);
    if (code !== word.charCodeAt(at) && code !== 0x2019) return false;
  }
  return true;
}

/** The token after `k`, one space away, is capitalised and not a title-case word on no list (a place's or firm's next word). */
function knownCapitalAfter(text: string, tokens: readonly Token[], folded: readonly string[], words: readonly WordInfo[], scores: readonly WordScore[], k: number, resources: NameResources): boolean {
  const next = tokens[k + 1];
  if (next === undefined || !onlySpaces(text, tokens[k]!.end, next.start, 1) || !capitalised(text, next)) return false;
  if (!titleCase(text, next, folded[k + 1]!) || scores[k + 1]!.source !== 'capital') return true;
  const evidence = words[k + 1]!.evidence(false, resources, false);
  return evidence.nameFlags !== 0 || evidence.stopFlags !== 0;
}

/**
 * Right before token `k`: an article, possessive or quantifier (`the Dyson vacuum`), a locative (`in Albany`), a number
 * or a street word (`Suite 638 Hania`, `Drive Zak Points`): a thing or a place.
 */
function placeOrThingBefore(tokens: readonly Token[], folded: readonly string[], words: readonly WordInfo[], k: number, resources: NameResources): boolean {
  const { articles, possessives, quantifiers, locatives, streetHeads } = resources.englishSocial;
  const word = folded[k - 1]!;
  if (tokens[k - 1]!.hasDigit || (words[k - 1]!.bits & WordBit.StreetOrPossessive) !== 0 || streetHeads.has(word)) return true;
  return articles.has(word) || possessives.has(word) || quantifiers.has(word) || locatives.has(word);
}

/**
 * The token after `k`, one space away, is an English article (`the`, `a`, `an`) not opening a noun for a person
 * (`Amor the driver was great` is an apposition).
 */
function articleAfter(text: string, tokens: readonly Token[], folded: readonly string[], k: number, resources: NameResources): boolean {
  const next = tokens[k + 1];
  if (next === undefined || !onlySpaces(text, tokens[k]!.end, next.start, 1) || !resources.englishSocial.articles.has(folded[k + 1]!)) return false;
  return k + 2 >= tokens.length || !resources.englishSocial.personNouns.has(folded[k + 2]!);
}

/** A Latin token opening with an upper-case letter A–Z. */
function capitalised(text: string, token: Token): boolean {
  const first = text.charCodeAt(token.start);
  return first >= 65 && first <= 90;
}

/**
 * The span holding token `k` (up to token `last`) is at most three words, each capitalised and on no list (`Chidi Okonkwo`; not
 * `Villafranca del Cid`, `Rennie Union`).
 */
function unknownCapitalRun(text: string, tokens: readonly Token[], scores: readonly WordScore[], span: Span, k: number, last: number): boolean {
  let first = k;
  while (first > 0 && tokens[first - 1]!.start >= span.start) first--;
  if (last - first >= 3) return false;
  for (let t = first; t <= last; t++) if (scores[t]!.source !== 'capital' || !capitalised(text, tokens[t]!)) return false;
  return true;
}
