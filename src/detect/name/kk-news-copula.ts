// Kazakh copula sentences with a dash: `Зарбике — үш баланың анасы.` The subject of a person's predicate is a person.

import type { Token } from '../../text/tokenize.js';
import type { Span } from '../../types.js';
import { WordFlag } from './lexicon.js';
import type { NameResources } from './resources.js';
import { overlappingEither } from './span-search.js';
import type { WordInfo } from './vocabulary.js';
import { nameWeights } from './weights.js';
import { foldedWordSet } from './folded-words.js';

// The most words the predicate holds after the dash (`— университеттің үшінші курс студенті` is four).
const maxPredicate = 8;

let predicates: ReadonlySet<string> | undefined;
function personPredicates(): ReadonlySet<string> {
  predicates ??= foldedWordSet('cues/name-kk-person-predicates.txt');
  return predicates;
}

/**
 * `Зарбике — екінші курс студенті.`, `Тоқмейір — төрт баланың әкесі.`: one capitalised Cyrillic word opening a
 * sentence, then ` — ` (or ` – `), and a predicate whose last word, closing the sentence, is a noun for a person
 * (cues/name-kk-person-predicates.txt): the word is that person's name, even when no list knows it. Not a word the
 * lists know as a place or an everyday word (`Алматы — …`, `Бұл — …`), a cue or role word, or a word already in a span.
 */
export function findCopulaSubjects(text: string, tokens: readonly Token[], folded: readonly string[], words: readonly WordInfo[], spans: Span[], resources: NameResources): void {
  let added: Span[] | undefined;
  for (let k = 0; k + 2 < tokens.length; k++) {
    const token = tokens[k]!;
    if (!token.sentenceStart || !token.cyrillic || token.hasDigit || !dashAfter(text, token.end, tokens[k + 1]!.start)) continue;
    if (text.charCodeAt(token.start) === folded[k]!.charCodeAt(0) || folded[k]!.length < 3) continue;
    // The predicate: up to the sentence's last word, which a full stop or an exclamation mark closes.
    let last = k + 1;
    while (last + 1 < tokens.length && !tokens[last + 1]!.sentenceStart && last - k <= maxPredicate) last++;
    if (last - k > maxPredicate || !closesSentence(text, tokens[last]!.end) || !personPredicates().has(folded[last]!)) continue;
    const info = words[k]!;
    if (info.cue !== 0 || resources.roles.has(folded[k]!)) continue;
    const evidence = info.evidence(true, resources, true);
    if (evidence.stopFlags !== 0 && evidence.nameFlags === 0) continue;
    if (evidence.stopFlags & WordFlag.NotName) continue;
    const existing = overlappingEither(spans, added, token.start, token.end);
    if (existing !== undefined) {
      if (existing.start === token.start && existing.end === token.end && existing.score < nameWeights.first) existing.score = nameWeights.first;
      continue;
    }
    (added ??= []).push({ start: token.start, end: token.end, type: 'NAME', score: nameWeights.first, source: 'name:cue', normalized: evidence.base });
  }
  if (added === undefined) return;
  for (const span of added) spans.push(span);
  spans.sort((a, b) => a.start - b.start);
}

/** ` — ` or ` – ` between the subject and the predicate. */
function dashAfter(text: string, from: number, to: number): boolean {
  if (to - from !== 3 || text.charCodeAt(from) !== 32 || text.charCodeAt(to - 1) !== 32) return false;
  const dash = text.charCodeAt(from + 1);
  return dash === 0x2014 || dash === 0x2013;
}

function closesSentence(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  return Number.isNaN(code) || code === 46 || code === 33;
}
