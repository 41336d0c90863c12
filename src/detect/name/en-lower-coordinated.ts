// A lower-case word joined to a lower-case name in an English post (`emma and zelvie is so cute`, `thanks to
// ravi kumar and quorvani`): posts type both names alike, so the word beside the found one is the second person.

import type { Token } from '../../text/tokenize.js';
import type { Span } from '../../types.js';
import { englishCommonWords, englishWordForm } from './en-common-words.js';
import { addressPart, clauseEndAt } from './en-social-names.js';
import { readsEnglish, unlistedEnglishName } from './english.js';
import { misspelt } from './english-lower.js';
import { lowerLetters, onlySpaces } from './gaps.js';
import { WordFlag } from './lexicon.js';
import type { NameResources } from './resources.js';
import { spanOverlapping } from './real-tokens.js';
import type { WordInfo } from './vocabulary.js';
import { nameWeights } from './weights.js';
import { addFoundSpans } from './span-search.js';

/**
 * Token `k` (lower-case a–z, four letters or more, on no list, no SCOWL word or slip from one, English would not use
 * it: unlistedEnglishName(), or a listed given name SCOWL lacks; no letter typed three times over) right after `and`, whose left side is a span at
 * or over the threshold ending in a lower-case word, is a person too when its clause ends after it or `is`/`are`/`was`/
 * `were` follows (`emma and zelvie is`, `ravi kumar and quorvani`). Scored as the lower-case vocative. In text that
 * reads as English (asked once a candidate stands); the caller checked that the text has no Cyrillic or Turkic word,
 * holds a span and a coordination word (WordBit.Conjunction).
 */
export function liftLowerCoordinated(text: string, tokens: readonly Token[], folded: readonly string[], words: readonly WordInfo[], spans: Span[], resources: NameResources): void {
  let english: boolean | undefined;
  let found: Span[] | undefined;
  for (let k = 2; k < tokens.length; k++) {
    // Cheap first: `and` before, one space each side.
    if (folded[k - 1] !== 'and' || !onlySpaces(text, tokens[k - 1]!.end, tokens[k]!.start, 1) || !onlySpaces(text, tokens[k - 2]!.end, tokens[k - 1]!.start, 1)) continue;
    const left = k - 2;
    const token = tokens[k]!;
    const first = text.charCodeAt(token.start);
    if (first < 97 || first > 122 || token.hasDigit || token.end - token.start < 4 || addressPart(text, token)) continue;
    const named = spanOverlapping(spans, tokens[left]!.start, tokens[left]!.end);
    if (named === undefined || named.score < 0.5 || named.end !== tokens[left]!.end || text.charCodeAt(tokens[left]!.start) !== folded[left]!.charCodeAt(0)) continue;
    const next = folded[k + 1];
    if (!clauseEndAt(text, token.end) && !(next !== undefined && copulas.has(next) && onlySpaces(text, token.end, tokens[k + 1]!.start, 1))) continue;
    const word = folded[k]!;
    if (!lowerLetters(text, token) || tripled(word) || words[k]!.cue !== 0 || englishWordForm(word)) continue;
    const evidence = words[k]!.evidence(false, resources, false);
    // `emma and kaite is`: a listed given name SCOWL lacks (the lists may read it through an ending) is one too.
    if (!(unlistedEnglishName(word, evidence, resources) || ((evidence.nameFlags & WordFlag.First) !== 0 && evidence.stopFlags === 0 && !englishCommonWords().has(word))) || misspelt(word, resources)) continue;
    if (spanOverlapping(spans, token.start, token.end) !== undefined) continue;
    if (!(english ??= readsEnglish(folded, resources.englishSocial.functionWords))) return;
    (found ??= []).push({ start: token.start, end: token.end, type: 'NAME', score: nameWeights.lowerVocative, source: 'name:cue', normalized: word });
  }
  addFoundSpans(spans, found);
}

const copulas = new Set(['is', 'are', 'was', 'were']);

/** `loool`, `sooo`: a letter typed three times over. */
function tripled(word: string): boolean {
  for (let at = 2; at < word.length; at++) if (word.charCodeAt(at) === word.charCodeAt(at - 1) && word.charCodeAt(at) === word.charCodeAt(at - 2)) return true;
  return false;
}
