// Russian chat, the name between `меня` and `зовут`: `меня мухаббат зовут`, `а меня достон звать`, `её резеда зовут`.

import type { Token } from '../../text/tokenize.js';
import type { Span } from '../../types.js';
import { onlySpaces } from './gaps.js';
import { WordFlag } from './lexicon.js';
import type { NameResources } from './resources.js';
import { spanCovering } from './real-tokens.js';
import { mergeReplacing } from './ru-spans.js';
import { unknownToRussian } from './ru-unlisted.js';
import type { WordInfo } from './vocabulary.js';
import { nameWeights } from './weights.js';
import { foldedWordSet } from './folded-words.js';

// The verb's forms (a closed set, kept here).
const called = new Set(['зовут', 'звать', 'зовите', 'называть']);
// Loaded on first use (folded: `её` is `ее`): whose name, the pronouns and family members before it
// (cues/name-ru-called-whose.txt), and the words that stand between `меня` and `зовут` without being the name
// (`меня так зовут`, `меня все зовут`: adverbs, particles; cues/name-ru-not-called.txt).
let whose: ReadonlySet<string> | undefined;
let notTheName: ReadonlySet<string> | undefined;

/** Entry condition (scan.ts ORs it into WordBit.NamedTrigger): the word after the name is a form of the verb. */
export function calledWord(word: string): boolean {
  return called.has(word);
}

/** Entry condition: the text spells `зовут` or `звать` (one native search, no token read). */
export function mayCallByName(text: string): boolean {
  return text.includes('зовут') || text.includes('звать') || text.includes('зовите');
}

/**
 * A word right between `меня` (`его`, `её`, …) and `зовут` (`звать`) is the name called, lower case or capitalised,
 * when it is a listed given name (an everyday word too: `меня роза зовут`) or a word Russian does not know (`меня
 * мухаббат зовут`), or an everyday noun in -а/-я that is none of cues/name-ru-not-called.txt (`меня резеда зовут`).
 * Adds to the scan's spans (sorted, disjoint).
 */
export function findCalledNames(text: string, tokens: readonly Token[], folded: readonly string[], words: readonly WordInfo[], spans: Span[], resources: NameResources): void {
  let found: Span[] | undefined;
  for (let k = 1; k + 1 < tokens.length; k++) {
    if (!called.has(folded[k + 1]!)) continue;
    whose ??= foldedWordSet('cues/name-ru-called-whose.txt');
    if (!whose.has(folded[k - 1]!)) continue;
    const token = tokens[k]!;
    if (!token.cyrillic || token.hasDigit || !onlySpaces(text, tokens[k - 1]!.end, token.start, 2) || !onlySpaces(text, token.end, tokens[k + 1]!.start, 2)) continue;
    const word = folded[k]!;
    notTheName ??= foldedWordSet('cues/name-ru-not-called.txt');
    if (word.length < 3 || notTheName.has(word) || resources.cueWords.has(word)) continue;
    const covering = spanCovering(spans, spans.length, token.start, token.end);
    if (covering !== undefined && covering.score >= 0.5) continue;
    const evidence = words[k]!.evidence(true, resources, false);
    let base: string | undefined;
    if (evidence.nameFlags & WordFlag.First) base = evidence.base;
    else if (evidence.stopFlags === 0 && evidence.nameFlags === 0 && (unknownToRussian(word, resources) || /[ая]$/u.test(word))) base = word;
    if (base !== undefined) (found ??= []).push({ start: token.start, end: token.end, type: 'NAME', score: nameWeights.lowerAfterIntro, source: 'name:cue', normalized: base });
  }
  if (found !== undefined) mergeReplacing(spans, found);
}
