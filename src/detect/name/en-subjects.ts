// Unknown capitalised words opening an English sentence whose verb is one of service or speech (`Oisin Pascoe at the
// Swindon branch sorted my refund`) or whose predicate names a person (`Elba is such a badass dude`): the subject.

import type { Token } from '../../text/tokenize.js';
import type { Span } from '../../types.js';
import { followerNoun } from './en-everyday-people.js';
import { readsEnglish, unlistedEnglishName } from './english.js';
import { clauseBreakBetween, clauseEndsAfterToken, onlySpaces } from './gaps.js';
import type { NameResources } from './resources.js';
import { WordBit, type WordInfo } from './vocabulary.js';
import { tokenStartingAt } from './real-tokens.js';
import { nameWeights } from './weights.js';
import type { WordScore } from './words.js';
import { addFoundSpans } from './span-search.js';

// How many words after the pair the verb may stand (`X Y at the Z branch sorted`): a constant cost per span.
const verbWindow = 8;

/**
 * Lifts a two-word span below the threshold that opens a sentence, both words unknown capitals (on no list: the
 * scan scored them on capitalisation alone), when a verb that chat writes after a person (said, helped, sorted,
 * refunded: cues/name-english-chat-after.txt) follows in the same clause, lower-case, within verbWindow words, in
 * text that reads as English. Mid-sentence pairs are real-latin-pairs.ts's; an opening pair is lifted only with this
 * verb, since titles and firm names open sentences too (`Quantum Dynamics announced`, whose verb is not on the list).
 */
export function liftOpeningSubjects(text: string, tokens: readonly Token[], folded: readonly string[], scores: readonly WordScore[], spans: Span[], resources: NameResources): void {
  let english: boolean | undefined;
  for (const span of spans) {
    if (span.score >= 0.5) continue;
    const t = tokenStartingAt(tokens, span.start);
    if (t === -1 || t + 1 >= tokens.length || !tokens[t]!.sentenceStart || tokens[t + 1]!.end !== span.end || tokens[t]!.cyrillic || tokens[t + 1]!.cyrillic) continue;
    if (scores[t]!.source !== 'capital' || scores[t + 1]!.source !== 'capital') continue;
    if (!verbFollows(text, tokens, folded, t + 1, resources)) continue;
    if (!(english ??= readsEnglish(folded, resources.chatWords.englishFunctionWords))) return;
    span.score = nameWeights.unknownPair;
  }
}

/**
 * Entry condition (scan.ts WordBit.EnglishSubjectCue): liftOpeningSubjects needs a verb after the name,
 * findPredicatedSubjects a person noun, en-person-verbs.ts a verb only a person takes or a title before the name,
 * en-everyday-people.ts a person noun or a noun for a person's followers.
 */
export function englishSubjectWord(word: string, resources: NameResources): boolean {
  return resources.chatWords.englishAfterName.has(word) || resources.englishSocial.personNouns.has(word) || resources.englishSocial.personVerbs.has(word) || resources.englishSocial.personTitles.has(word) || resources.englishSocial.personAdjectives.has(word) || followerNoun(word);
}

function verbFollows(text: string, tokens: readonly Token[], folded: readonly string[], last: number, resources: NameResources): boolean {
  const verbs = resources.chatWords.englishAfterName;
  for (let k = last + 1; k < tokens.length && k <= last + verbWindow && !tokens[k]!.sentenceStart; k++) {
    if (clauseBreakBetween(text, tokens[k - 1]!.end, tokens[k]!.start)) return false;
    if (verbs.has(folded[k]!) && text.charCodeAt(tokens[k]!.start) === folded[k]!.charCodeAt(0)) return true;
  }
  return false;
}

// How many words the predicate holds between the copula and the person noun (`is such a badass dude`).
const predicateWindow = 4;

/**
 * `Elba is such a badass dude`, `Tregellas is a great driver`: a capitalised word opening a sentence that no list
 * knows and English would not use (unlistedEnglishName), before `is` or `was` and, within predicateWindow lower-case
 * words of the same clause, a noun for a person (cues/name-english-person-nouns.txt) ending the clause, is that
 * person, in text that reads as English. Adds it to the spans as an unknown pair would score. The caller asks only
 * for text with no Cyrillic word; the noun is looked for first, among the tokens with the gate bit only.
 */
export function findPredicatedSubjects(text: string, tokens: readonly Token[], folded: readonly string[], words: readonly WordInfo[], wordBits: ArrayLike<number>, spans: Span[], resources: NameResources): void {
  const nouns = resources.englishSocial.personNouns;
  let found: Span[] | undefined;
  let english: boolean | undefined;
  for (let n = 3; n < tokens.length; n++) {
    // The gate bit first (an array read): the set lookup runs only on the gate's words.
    if ((wordBits[n]! & WordBit.EnglishSubjectCue) === 0 || !nouns.has(folded[n]!) || !clauseEndsAfterToken(text, tokens, n)) continue;
    // Back to the copula over lower-case words of the same clause.
    let copula = n - 1;
    while (copula > 1 && n - copula <= predicateWindow && folded[copula] !== 'is' && folded[copula] !== 'was' && lowerCase(text, tokens, folded, copula) && !clauseBreakBetween(text, tokens[copula]!.end, tokens[copula + 1]!.start)) copula--;
    if (folded[copula] !== 'is' && folded[copula] !== 'was') continue;
    const k = copula - 1;
    const token = tokens[k]!;
    if (!token.sentenceStart || token.cyrillic || token.hasDigit || lowerCase(text, tokens, folded, k) || !onlySpaces(text, token.end, tokens[copula]!.start, 1)) continue;
    if (spans.some((span) => span.start < token.end && token.start < span.end)) continue;
    const info = words[k]!;
    if (info.cue !== 0 || !unlistedEnglishName(folded[k]!, info.evidence(false, resources, false), resources)) continue;
    if (!(english ??= readsEnglish(folded, resources.chatWords.englishFunctionWords))) return;
    (found ??= []).push({ start: token.start, end: token.end, type: 'NAME', score: nameWeights.unknownPair, source: 'name:cue', normalized: folded[k]! });
  }
  addFoundSpans(spans, found);
}

function lowerCase(text: string, tokens: readonly Token[], folded: readonly string[], k: number): boolean {
  return text.charCodeAt(tokens[k]!.start) === folded[k]!.charCodeAt(0);
}
