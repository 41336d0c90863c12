// Kazakh TV news sign-offs: the reporters and camera operators named before the programme that closes the report
// (`Сәуле Нұрланқызы, Бекзат Асанов, «Кешкі жаңалықтар».`).

import type { Token } from '../../text/tokenize.js';
import type { Span } from '../../types.js';
import { WordFlag } from './lexicon.js';
import type { NameResources } from './resources.js';
import { overlappingIndex, overlappingSpan } from './span-search.js';
import type { WordInfo } from './vocabulary.js';
import { nameWeights } from './weights.js';

/**
 * Whether the text can be a sign-off line: it ends with a guillemet title (`«…».` or `«…»`) that a comma and a space
 * open. Two character reads for almost every text.
 */
export function mayBeNewsCredits(text: string): boolean {
  let end = text.length;
  while (end > 0 && text.charCodeAt(end - 1) <= 32) end--;
  if (end > 0 && text.charCodeAt(end - 1) === 46) end--;
  if (end < 8 || text.charCodeAt(end - 1) !== 0xbb) return false;
  const open = text.lastIndexOf('«', end - 1);
  return open >= 2 && text.charCodeAt(open - 1) === 32 && text.charCodeAt(open - 2) === 44;
}

/**
 * A line that is nothing but comma-separated pairs of capitalised Cyrillic words before a guillemet title
 * (`Әсем Қалдыбай, Ерасыл Төребек, «Түнгі хабар».`) is a report's sign-off: each pair is a given name and surname,
 * even when no list knows either word (surnames written without -ов/-ұлы, given names that are also nouns). The first
 * pair may follow the region reported from (`Ақтөбе облысынан Әсем Қалдыбай, …`, a word in the ablative -нан/-дан/
 * -тан). A pair with a listed place, or a line with any other group (single words, `Алматы, Астана, «…»`; a clause),
 * is left alone. A pair on no list and without a name's ending is taken only when the scan found another pair of the
 * line (`Мерей Қалиасқар, Қанат Әбілдин, …`): `Қазақ Елі, Ұлы Дала, «…»` names no one. Pairs already found keep
 * their span; the others are added at the score of a listed given name.
 */
export function findNewsCredits(text: string, tokens: readonly Token[], folded: readonly string[], words: readonly WordInfo[], spans: Span[], resources: NameResources): void {
  const open = text.lastIndexOf('«');
  // Tokens of the credits: those before the title, grouped by the commas between them.
  let last = tokens.length - 1;
  while (last >= 0 && tokens[last]!.start > open) last--;
  if (last < 1) return;
  const pairs: number[] = [];
  let groupEnd = last;
  for (let k = last; k >= 0; k--) {
    const opensGroup = k === 0 || commaBetween(text, tokens[k - 1]!.end, tokens[k]!.start);
    if (!opensGroup) continue;
    const size = groupEnd - k + 1;
    if (size === 2) pairs.push(k);
    // Only the first group may carry more: the region the report comes from, then the pair.
    else if (k === 0 && size > 2 && ablative(folded[groupEnd - 2]!) && lowerCase(text, tokens, folded, groupEnd - 2)) pairs.push(groupEnd - 1);
    else return;
    groupEnd = k - 1;
  }
  // Another credited pair the scan already found vouches for a pair on no list (`Мерей` is also a noun).
  let found = 0;
  for (const k of pairs) {
    if (!creditWord(text, tokens, folded, words, resources, k) || !creditWord(text, tokens, folded, words, resources, k + 1)) return;
    if (!onlySpace(text, tokens[k]!.end, tokens[k + 1]!.start)) return;
    if ((overlappingSpan(spans, tokens[k]!.start, tokens[k + 1]!.end)?.score ?? 0) > reported) found++;
  }
  // Pairs are disjoint: each is checked against the scan's spans only; removals and additions are applied at the end.
  let added: Span[] | undefined;
  let removed: Set<Span> | undefined;
  for (const k of pairs) {
    const start = tokens[k]!.start;
    const end = tokens[k + 1]!.end;
    const at = overlappingIndex(spans, start, end);
    const existing = at === -1 ? undefined : spans[at];
    const vouched = found - ((existing?.score ?? 0) > reported ? 1 : 0) > 0;
    if (!vouched && !nameEvidence(words, resources, k) && !nameEvidence(words, resources, k + 1)) continue;
    if (existing !== undefined) {
      // A span of the whole pair or more is lifted; a weak one of a part (`Қалиасқар` alone) gives way to the pair.
      if (existing.start <= start && existing.end >= end) {
        if (existing.score < nameWeights.first) existing.score = nameWeights.first;
        continue;
      }
      // Only a span inside the pair gives way (one reaching out of it is another reading of the words).
      if (existing.score >= nameWeights.first || existing.start < start || existing.end > end) continue;
      const next = spans[at + 1];
      if (next !== undefined && next.start < end) continue;
      (removed ??= new Set()).add(existing);
    }
    (added ??= []).push({ start, end, type: 'NAME', score: nameWeights.first, source: 'name:cue', normalized: `${folded[k]!} ${folded[k + 1]!}` });
  }
  if (added === undefined) return;
  if (removed !== undefined) {
    const kept = spans.filter((span) => !removed!.has(span));
    spans.length = 0;
    for (const span of kept) spans.push(span);
  }
  for (const span of added) spans.push(span);
  spans.sort((a, b) => a.start - b.start);
}

// A found pair vouches for its neighbours only with a list's or an ending's evidence: a pair of unknown capitals
// scores unknownPair (0.55) on its shape alone (`Көк Аспан`).
const reported = 0.6;

/** A list, a surname or patronymic ending, or a given-name shape says the word can be a name. */
function nameEvidence(words: readonly WordInfo[], resources: NameResources, k: number): boolean {
  const evidence = words[k]!.evidence(true, resources, true);
  return evidence.nameFlags !== 0 || evidence.morph !== 0 || evidence.nameShape;
}

/** A capitalised Cyrillic word without digits that no list takes for a place or brand. */
function creditWord(text: string, tokens: readonly Token[], folded: readonly string[], words: readonly WordInfo[], resources: NameResources, k: number): boolean {
  const token = tokens[k]!;
  if (!token.cyrillic || token.hasDigit || lowerCase(text, tokens, folded, k) || folded[k]!.length < 2) return false;
  if (words[k]!.cue !== 0) return false;
  const evidence = words[k]!.evidence(true, resources, true);
  return (evidence.stopFlags & WordFlag.Place) === 0 || evidence.nameFlags !== 0;
}

// Kazakh ablative endings (`облысынан`, `Алматыдан`, `Маңғыстаудан`): where the report was filed from.
const ablativeEndings = ['нан', 'нен', 'дан', 'ден', 'тан', 'тен'];
function ablative(word: string): boolean {
  return word.length > 4 && ablativeEndings.some((ending) => word.endsWith(ending));
}

function lowerCase(text: string, tokens: readonly Token[], folded: readonly string[], k: number): boolean {
  return text.charCodeAt(tokens[k]!.start) === folded[k]!.charCodeAt(0);
}

function commaBetween(text: string, from: number, to: number): boolean {
  for (let at = from; at < to; at++) if (text.charCodeAt(at) === 44) return true;
  return false;
}

function onlySpace(text: string, from: number, to: number): boolean {
  for (let at = from; at < to; at++) if (text.charCodeAt(at) !== 32) return false;
  return true;
}
