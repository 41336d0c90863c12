// People named by what is theirs in English text (`love Naledi's videos`, `Vusi's mom called`): an unknown
// capitalised word with `'s`, before a noun for what only a person has, is a person.

import type { Token } from '../../text/tokenize.js';
import type { Span } from '../../types.js';
import { readsEnglish } from './english.js';
import { onlySpaces } from './gaps.js';
import type { NameResources } from './resources.js';
import { WordBit, type WordInfo } from './vocabulary.js';
import { nameWeights } from './weights.js';
import type { WordScore } from './words.js';
import { addFoundSpans } from './span-search.js';

/**
 * A title-case word with a possessive `'s` (five characters at least), one space before a word of
 * cues/name-english-person-possessions.txt (`mom`, `voice`, `videos`), that the scan scored on its capital alone
 * and no list knows, with no article or possessive before it (`the Beatles's songs`), in text that reads as
 * English: the name without its `'s`, scored as an unknown pair. A run of the scan on the token is replaced; one
 * reaching beyond it is left alone. The caller checked that the text has no Cyrillic or Turkic word and a possessed
 * noun (WordBit.PersonPossession).
 */
export function liftPossessors(text: string, tokens: readonly Token[], folded: readonly string[], words: readonly WordInfo[], wordBits: ArrayLike<number>, scores: readonly WordScore[], spans: Span[], resources: NameResources): void {
  const social = resources.englishSocial;
  let english: boolean | undefined;
  let found: Span[] | undefined;
  let s = 0;
  for (let k = 0; k + 1 < tokens.length; k++) {
    // Cheap first: the scan's word bits mark the possessed nouns.
    if ((wordBits[k + 1]! & WordBit.PersonPossession) === 0) continue;
    const word = folded[k]!;
    if (word.length < 5 || word.charCodeAt(word.length - 1) !== 115 || word.charCodeAt(word.length - 2) !== 39) continue;
    if (!onlySpaces(text, tokens[k]!.end, tokens[k + 1]!.start, 1)) continue;
    if (scores[k]!.source !== 'capital' || !titleCase(text, tokens[k]!) || words[k]!.cue !== 0) continue;
    if (k > 0 && (social.articles.has(folded[k - 1]!) || social.possessives.has(folded[k - 1]!))) continue;
    const evidence = words[k]!.evidence(false, resources, false);
    if (evidence.nameFlags !== 0 || evidence.stopFlags !== 0) continue;
    if (!(english ??= readsEnglish(folded, social.functionWords))) return;
    const start = tokens[k]!.start;
    const end = tokens[k]!.end - 2;
    while (s < spans.length && spans[s]!.end <= start) s++;
    const span = s < spans.length && spans[s]!.start < tokens[k]!.end ? spans[s]! : undefined;
    if (span !== undefined) {
      if (span.start === start && span.end <= tokens[k]!.end && span.score < nameWeights.unknownPair) {
        span.end = end;
        span.score = nameWeights.unknownPair;
      }
    } else (found ??= []).push({ start, end, type: 'NAME', score: nameWeights.unknownPair, source: 'name:cue', normalized: word.slice(0, -2) });
  }
  addFoundSpans(spans, found);
}

/** An upper-case A–Z, then lower-case letters as typed up to the `'s` (`’s` too). */
function titleCase(text: string, token: Token): boolean {
  const first = text.charCodeAt(token.start);
  if (first < 65 || first > 90) return false;
  for (let at = token.start + 1; at < token.end - 2; at++) {
    const code = text.charCodeAt(at);
    if (code < 97 || code > 122) return false;
  }
  return true;
}
