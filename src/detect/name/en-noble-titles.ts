// `Lord` and `Lady` before a name in English posts (`Lord Zorvek`, `prayers to Lord Quillan`, `Lady Zorvia`): deities,
// fictional lords and stage names that posts name with the title, which is part of the name as they write it.

import type { Token } from '../../text/tokenize.js';
import type { Span } from '../../types.js';
import { englishWordForm } from './en-common-words.js';
import { asciiTitleCase, readsEnglish, unlistedEnglishName } from './english.js';
import { WordFlag } from './lexicon.js';
import type { NameResources } from './resources.js';
import { spanOverlapping } from './real-tokens.js';
import type { WordInfo } from './vocabulary.js';
import { nameWeights } from './weights.js';
import { addFoundSpans } from './span-search.js';

/**
 * `Lord` or `Lady`, title case, one space before a title-case word that is a listed name and no everyday word, or a
 * word on no list and no SCOWL form (`Lord Zorvek`, `Lady Gaelith`; not `Lord Mayor`, `Lady Luck`), with no title-case
 * word after it (`Lord Zorvek Memorial Hall`), is a name with its title: a span of the scan on the name alone or on
 * both words is widened to the title and scored as an unknown pair at least; otherwise one is added. In text that
 * reads as English (asked once a candidate stands); the caller checked that the text has no Cyrillic or Turkic word
 * and holds `Lord` or `Lady`.
 */
export function findNobleTitledNames(text: string, tokens: readonly Token[], folded: readonly string[], words: readonly WordInfo[], spans: Span[], resources: NameResources): void {
  let english: boolean | undefined;
  let found: Span[] | undefined;
  for (let t = 0; t + 1 < tokens.length; t++) {
    const title = folded[t]!;
    if (title !== 'lord' && title !== 'lady') continue;
    const name = tokens[t + 1]!;
    if (!asciiTitleCase(text, tokens[t]!) || !asciiTitleCase(text, name) || name.sentenceStart || name.start !== tokens[t]!.end + 1) continue;
    if (t + 2 < tokens.length && !tokens[t + 2]!.sentenceStart && !tokens[t + 2]!.hasDigit && text.charCodeAt(tokens[t + 2]!.start) !== folded[t + 2]!.charCodeAt(0) && tokens[t + 2]!.start - name.end <= 2) continue;
    if (!namedWord(folded[t + 1]!, words[t + 1]!, resources)) continue;
    const span = spanOverlapping(spans, tokens[t]!.start, name.end);
    if (span !== undefined && (span.end !== name.end || (span.start !== tokens[t]!.start && span.start !== name.start))) continue;
    if (!(english ??= readsEnglish(folded, resources.englishSocial.functionWords))) return;
    if (span !== undefined) {
      span.start = tokens[t]!.start;
      span.score = Math.max(span.score, nameWeights.unknownPair);
      span.normalized = `${title} ${folded[t + 1]!}`;
    } else (found ??= []).push({ start: tokens[t]!.start, end: name.end, type: 'NAME', score: nameWeights.unknownPair, source: 'name:cue', normalized: `${title} ${folded[t + 1]!}` });
  }
  addFoundSpans(spans, found);
}

/** A listed given name or surname that is no everyday word nor place, or a word on no list and no SCOWL form. */
function namedWord(word: string, info: WordInfo, resources: NameResources): boolean {
  if (info.cue !== 0 || word.length < 3) return false;
  const evidence = info.evidence(false, resources, false);
  if (evidence.endingLength !== 0) return false;
  if (evidence.nameFlags !== 0) return (evidence.nameFlags & (WordFlag.First | WordFlag.Surname)) !== 0 && (evidence.nameFlags & WordFlag.Ambiguous) === 0 && evidence.stopFlags === 0;
  return unlistedEnglishName(word, evidence, resources) && !englishWordForm(word);
}
