// Lower-case names written surname first in English text (`the order is under quennell karen`, `addressed to
// sultanova lola`): forms and order systems list people so, and typed without capitals the scan finds the given name
// alone.

import type { Token } from '../../text/tokenize.js';
import type { Span } from '../../types.js';
import { clauseEndAt, notSurname } from './en-social-names.js';
import { readsEnglish } from './english.js';
import { lowerLetters } from './gaps.js';
import { WordFlag } from './lexicon.js';
import type { NameResources } from './resources.js';
import { tokenStartingAt } from './real-tokens.js';
import { WordBit, type WordInfo } from './vocabulary.js';

// Prepositions that put a person's whole name after them in an order or a form: the order is `under` a name, a parcel
// addressed `to` one, booked `for` one, sent `by` or `from` one.
const namePrepositions: ReadonlySet<string> = new Set(['under', 'to', 'for', 'by', 'from']);

/**
 * A span of the scan on one lower-case listed given name (`karen`), ending the clause, widens over the lower-case word
 * right before it (one space) when that word is a listed surname (a given name too or not: `brown`, `moore`) or has a
 * surname's ending and is no listed given name (`sultanova`), no function word or word of things, places or peoples
 * (en-social-names.ts notSurname), and a
 * preposition of namePrepositions stands right before the pair. In text that reads as English; the caller checked
 * that it has no Cyrillic or Turkic word and that the scan found a span.
 */
export function widenSurnameFirstPairs(text: string, tokens: readonly Token[], folded: readonly string[], words: readonly WordInfo[], wordBits: ArrayLike<number>, spans: Span[], resources: NameResources): void {
  let english: boolean | undefined;
  for (let s = 0; s < spans.length; s++) {
    const span = spans[s]!;
    if (span.score < 0.5) continue;
    // Cheap first: typed in lower case, a space and a letter two before (`to moore karen`).
    const first = text.charCodeAt(span.start);
    if (first < 97 || first > 122 || span.start < 5 || text.charCodeAt(span.start - 1) !== 32) continue;
    const k = tokenStartingAt(tokens, span.start);
    if (k < 2 || tokens[k]!.end !== span.end || !clauseEndAt(text, span.end)) continue;
    const surname = tokens[k - 1]!;
    const before = tokens[k - 2]!;
    if (surname.end + 1 !== span.start || !lowerLetters(text, surname) || surname.end - surname.start < 3 || !namePrepositions.has(folded[k - 2]!) || before.end + 1 !== surname.start) continue;
    if (s > 0 && spans[s - 1]!.end > surname.start) continue;
    if (!givenOnly(words[k]!, resources) || !surnameFirst(folded[k - 1]!, words[k - 1]!, wordBits[k - 1]!, resources)) continue;
    if (!(english ??= readsEnglish(folded, resources.englishSocial.functionWords))) return;
    span.start = surname.start;
    span.normalized = `${folded[k - 1]!} ${span.normalized ?? folded[k]!}`;
  }
}

/** A listed given name without a case ending. */
function givenOnly(info: WordInfo, resources: NameResources): boolean {
  const evidence = info.evidence(false, resources, false);
  return (evidence.nameFlags & WordFlag.First) !== 0 && evidence.endingLength === 0;
}

/** A listed surname (everyday word or given name too, or not), or a word with a surname's ending that no list holds as a given name. */
function surnameFirst(word: string, info: WordInfo, bits: number, resources: NameResources): boolean {
  if (info.cue !== 0 || resources.cueWords.has(word) || notSurname(word, resources)) return false;
  const evidence = info.evidence(false, resources, false);
  if ((evidence.stopFlags & WordFlag.Place) !== 0 || evidence.endingLength !== 0) return false;
  // `brown anna`, `walker steven`: a surname the lists hold as a given name too counts; a given name only does not.
  if ((evidence.nameFlags & WordFlag.Surname) !== 0) return true;
  return (evidence.nameFlags & WordFlag.First) === 0 && (bits & WordBit.SurnameLike) !== 0;
}
