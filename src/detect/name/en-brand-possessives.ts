// Shops, brands and restaurants named with a given name's possessive (`Quinella's Secret`, `Dorrie's Burgers`,
// `at Marla's Kitchen`): the given name there names no person of the post.

import type { Token } from '../../text/tokenize.js';
import type { Span } from '../../types.js';
import { englishWordForm } from './en-common-words.js';
import { asciiTitleCase } from './english.js';
import { oneApostropheBetween } from './gaps.js';
import { WordFlag } from './lexicon.js';
import type { NameResources } from './resources.js';
import { tokenStartingAt } from './real-tokens.js';
import { WordBit, type WordInfo } from './vocabulary.js';

// What a person owns that a post capitalises after the owner (`Jake's Dog`), besides the person possessions of
// cues/name-english-person-possessions.txt: kept as the person's.
const ownedThings = new Set(['dog', 'cat', 'puppy', 'kitten', 'pet', 'car', 'house', 'room', 'phone', 'birthday', 'party', 'wedding', 'life', 'story', 'name']);

/**
 * A span of one listed given name in title case with its possessive `'s` (`’s`, or ` ' s` split off as tokenised
 * posts write it), right before a title-case word
 * (one space) that is an everyday English word and no name, not a person's possession (`Mom`, `Voice`, `Birthday`)
 * nor one of ownedThings, nor opening a sentence, is a brand, shop or restaurant: dropped (`Quinella's Secret show`,
 * `at Dorrie's Burgers`). The caller checked English-looking text (no Cyrillic or Turkic word) with an apostrophe.
 */
export function dropBrandPossessives(text: string, tokens: readonly Token[], folded: readonly string[], words: readonly WordInfo[], wordBits: ArrayLike<number>, spans: Span[], resources: NameResources): void {
  let kept = 0;
  for (let s = 0; s < spans.length; s++) {
    const span = spans[s]!;
    if (!brandPossessive(text, tokens, folded, words, wordBits, span, resources)) spans[kept++] = span;
  }
  // Setting the length is a runtime call even when nothing was dropped (as span-filter.ts dropSpans).
  if (kept !== spans.length) spans.length = kept;
}

function brandPossessive(text: string, tokens: readonly Token[], folded: readonly string[], words: readonly WordInfo[], wordBits: ArrayLike<number>, span: Span, resources: NameResources): boolean {
  const k = tokenStartingAt(tokens, span.start);
  if (k === -1 || k + 1 >= tokens.length || tokens[k]!.end !== span.end) return false;
  let owner = folded[k]!;
  // The word after the possessive: `Marisol's Secret`, or `Marisol ' s Secret` as tokenised posts split it.
  let n = k + 1;
  if (owner.length >= 5 && owner.charCodeAt(owner.length - 1) === 115 && owner.charCodeAt(owner.length - 2) === 39) owner = owner.slice(0, -2);
  else if (splitPossessive(text, tokens, folded, k)) n = k + 2;
  else return false;
  if (n >= tokens.length || owner.length < 3) return false;
  const next = tokens[n]!;
  if (next.sentenceStart || next.start !== tokens[n - 1]!.end + 1 || !asciiTitleCase(text, next)) return false;
  const word = folded[n]!;
  if (wordBits[n]! & WordBit.PersonPossession || ownedThings.has(word) || words[n]!.cue !== 0) return false;
  // An everyday word: on compromise's common-word list and no name list, or on no list and a SCOWL form (`Burgers`).
  const entry = resources.latinNames.getStem(word);
  if (entry === undefined ? !englishWordForm(word) : (entry.flags & WordFlag.NotName) === 0 || (entry.flags & (WordFlag.First | WordFlag.Surname)) !== 0) return false;
  const given = resources.latinNames.getStem(owner);
  return given !== undefined && (given.flags & WordFlag.First) !== 0;
}

/** ` ' s` after token `k`: spaces, one apostrophe, spaces, then a lone `s` token. */
function splitPossessive(text: string, tokens: readonly Token[], folded: readonly string[], k: number): boolean {
  if (k + 1 >= tokens.length || folded[k + 1] !== 's' || tokens[k + 1]!.end - tokens[k + 1]!.start !== 1) return false;
  return oneApostropheBetween(text, tokens[k]!.end, tokens[k + 1]!.start);
}
