// English full names whose given name is also a place (`Mary Oyelaran`, `Florence Kiplagat`): the place reading caps
// the listed given name, and the unknown surname beside it should lift it back.

import type { Token } from '../../text/tokenize.js';
import type { Span } from '../../types.js';
import { asciiTitleCase, unlistedEnglishName } from './english.js';
import { onlySpaces } from './gaps.js';
import { WordFlag } from './lexicon.js';
import type { NameResources } from './resources.js';
import { tokenStartingAt } from './real-tokens.js';
import type { WordInfo } from './vocabulary.js';
import { nameWeights } from './weights.js';
import { WordKind, type WordScore } from './words.js';

/**
 * A span below the threshold of exactly two title-case Latin words, one space apart: a listed given name that the
 * scan capped as a place (Mary, Florence, Victoria) and then a word the scan scored on its capital alone that no
 * list knows and English would not use (`I was helped by Mary Oyelaran`): a given name and surname, scored as an
 * unknown pair. Place heads after it stay places (`Victoria Falls`: an everyday word). The caller checked that the
 * text has no Cyrillic or Turkic word; a pass over the spans, one token lookup each.
 */
export function liftPlaceGivenPairs(text: string, tokens: readonly Token[], folded: readonly string[], words: readonly WordInfo[], scores: readonly WordScore[], spans: Span[], resources: NameResources): void {
  for (const span of spans) {
    if (span.score >= nameWeights.unknownPair || span.end - span.start < 5) continue;
    const k = tokenStartingAt(tokens, span.start);
    if (k === -1 || k + 1 >= tokens.length || tokens[k + 1]!.end !== span.end || !onlySpaces(text, tokens[k]!.end, tokens[k + 1]!.start, 1)) continue;
    const given = scores[k]!;
    const surname = scores[k + 1]!;
    if (given.kind !== WordKind.Name || given.source !== 'gazetteer' || surname.source !== 'capital' || !asciiTitleCase(text, tokens[k]!) || !asciiTitleCase(text, tokens[k + 1]!)) continue;
    const givenEvidence = words[k]!.evidence(false, resources, false);
    // The place made the evidence ambiguous; the list entry itself must not be (`Will`, `Rose`: everyday words).
    const entry = resources.latinNames.getStem(folded[k]!);
    if (givenEvidence.placeName !== true || (givenEvidence.nameFlags & WordFlag.First) === 0 || entry === undefined || (entry.flags & (WordFlag.Ambiguous | WordFlag.NotName)) !== 0) continue;
    if (words[k + 1]!.cue !== 0 || !unlistedEnglishName(folded[k + 1]!, words[k + 1]!.evidence(false, resources, false), resources)) continue;
    span.score = nameWeights.unknownPair;
  }
}
