// Lists of people in English text (`thanks to Ana, Kwame and Li`, `Tamati, Sefa & Pua`): the unknown capitalised
// members of a list that holds a found name are names too.

import type { Token } from '../../text/tokenize.js';
import type { Span } from '../../types.js';
import { asciiTitleCase } from './english.js';
import { WordFlag } from './lexicon.js';
import type { NameResources } from './resources.js';
import type { WordInfo } from './vocabulary.js';
import { spanOverlapping } from './real-tokens.js';
import { nameWeights } from './weights.js';
import { WordKind, type WordScore } from './words.js';

// How a member is joined to the one before it.
// `and`, `or`, `&`, `, and` end a list.
const Joint = { None: 0, Comma: 1, Conjunction: 2 } as const;
type Joint = (typeof Joint)[keyof typeof Joint];

/**
 * A run of single title-case words joined by commas and ending in `and`, `or` or `&` (`Tamati, Sefa and Pua`,
 * `Ravindu, Debjit, and Sourav`, `Wiremu & Rangi`), one of them a found name (a span of the word alone scoring at
 * least coordinatedWith), the others each a found name or a word the scan scored on its capital alone that no list
 * or cue knows: every such other word is a name, scored as coordinated. A list of other things breaks the run (`Anna,
 * Apple and Zoodmall`: Apple is on the everyday list), and a comma alone makes no list (`Thanks Anna, Zoodmall rocks`).
 * The caller checked that the text has no Cyrillic or Turkic word and a comma or `and`; spans in text order.
 */
export function liftListedUnknowns(text: string, tokens: readonly Token[], folded: readonly string[], words: readonly WordInfo[], scores: readonly WordScore[], spans: Span[], resources: NameResources): void {
  // A run lifts nothing until `and`, `or` or `&` closes it (jointAfter): without one in the text, no run closes.
  if (!mayCloseList(text, folded)) return;
  let added: Span[] | undefined;
  let s = 0;
  let k = 0;
  while (k < tokens.length) {
    // Members of the run starting at k, and whether a found name and a closing conjunction are among them.
    let last = k;
    let named = false;
    let closed = false;
    if (!member(text, tokens, words, scores, k, resources) && !everydayGivenMember(text, tokens, words, spans, k, resources)) {
      k++;
      continue;
    }
    const members: number[] = [k];
    // Members only everydayGivenMember() admits (`Ty`): lifted only beside two found names.
    const weak = new Set<number>();
    if (!member(text, tokens, words, scores, k, resources)) weak.add(k);
    while (!closed) {
      const [joint, next] = jointAfter(text, tokens, folded, last);
      if (joint === Joint.None || next >= tokens.length) break;
      if (!member(text, tokens, words, scores, next, resources)) {
        if (!everydayGivenMember(text, tokens, words, spans, next, resources)) break;
        weak.add(next);
      }
      members.push(next);
      last = next;
      if (joint === Joint.Conjunction) closed = true;
    }
    k = last + 1;
    if (!closed || members.length < 2) continue;
    // Which members are found names: spans are in text order, members too.
    const unknown: number[] = [];
    let namedCount = 0;
    let everydayGiven = false;
    for (const m of members) {
      const token = tokens[m]!;
      while (s < spans.length && spans[s]!.end <= token.start) s++;
      const span = s < spans.length && spans[s]!.start < token.end ? spans[s]! : undefined;
      if (span !== undefined && span.start === token.start && span.end === token.end && span.score >= nameWeights.coordinatedWith) {
        named = true;
        namedCount++;
      } else if (span === undefined || (span.start === token.start && span.end === token.end)) {
        if (weak.has(m)) {
          unknown.push(m);
          everydayGiven = true;
        } else if (scores[m]!.source === 'capital') unknown.push(m);
      }
    }
    if (!named || (everydayGiven && namedCount < 2)) continue;
    for (const m of unknown) {
      const token = tokens[m]!;
      const span = spanOverlapping(spans, token.start, token.end);
      if (span !== undefined && span.start === token.start && span.end === token.end) span.score = Math.max(span.score, nameWeights.coordinated);
      else (added ??= []).push({ start: token.start, end: token.end, type: 'NAME', score: nameWeights.coordinated, source: 'name:cue', normalized: folded[m]! });
    }
  }
  if (added === undefined) return;
  for (const span of added) spans.push(span);
  spans.sort((a, b) => a.start - b.start);
}

/** The text has a word `and` or `or`, or a `&`: what closes a list (jointAfter's Conjunction). */
function mayCloseList(text: string, folded: readonly string[]): boolean {
  if (text.indexOf('&') !== -1) return true;
  for (let k = 0; k < folded.length; k++) {
    const word = folded[k]!;
    if (word === 'and' || word === 'or') return true;
  }
  return false;
}

/** A title-case Latin word: a found name, or one the scan scored on its capital alone that no list or cue knows. */
function member(text: string, tokens: readonly Token[], words: readonly WordInfo[], scores: readonly WordScore[], k: number, resources: NameResources): boolean {
  const token = tokens[k]!;
  if (token.cyrillic || token.hasDigit || token.end - token.start < 2 || !asciiTitleCase(text, token)) return false;
  // Kind first: a word the scan found nothing in (`The`) carries the source 'capital' too.
  const score = scores[k]!;
  if (score.kind !== WordKind.Name) return false;
  if (score.source !== 'capital') return true;
  if (words[k]!.cue !== 0) return false;
  const evidence = words[k]!.evidence(false, resources, false);
  return evidence.nameFlags === 0 && evidence.stopFlags === 0;
}

/**
 * `Vin, Dwayne, Ty, Luda and Jason`: a title-case word the lists hold as a given name but also as an everyday or stop
 * word (`Ty`, `Will`, `Rose`), on no span, not a cue word. Lifted only in a list holding two found names.
 */
function everydayGivenMember(text: string, tokens: readonly Token[], words: readonly WordInfo[], spans: readonly Span[], k: number, resources: NameResources): boolean {
  const token = tokens[k]!;
  if (token.cyrillic || token.hasDigit || token.end - token.start < 2 || !asciiTitleCase(text, token) || words[k]!.cue !== 0) return false;
  const evidence = words[k]!.evidence(false, resources, false);
  if ((evidence.nameFlags & WordFlag.First) === 0 || evidence.endingLength !== 0 || (evidence.stopFlags & WordFlag.Place) !== 0) return false;
  const span = spanOverlapping(spans, token.start, token.end);
  return span === undefined || (span.start === token.start && span.end === token.end);
}

/** How token `k` joins the next member, and where that member is. */
function jointAfter(text: string, tokens: readonly Token[], folded: readonly string[], k: number): [Joint, number] {
  const next = tokens[k + 1];
  if (next === undefined) return [Joint.None, k + 1];
  const gap = gapMark(text, tokens[k]!.end, next.start);
  if (gap === 38) return [Joint.Conjunction, k + 1];
  const word = folded[k + 1]!;
  if ((word === 'and' || word === 'or') && (gap === 32 || gap === 44)) {
    return gapMark(text, next.end, tokens[k + 2]?.start ?? next.end) === 32 ? [Joint.Conjunction, k + 2] : [Joint.None, k + 2];
  }
  return gap === 44 ? [Joint.Comma, k + 1] : [Joint.None, k + 1];
}

/** The one mark between two tokens (`,` 44 or `&` 38), 32 for spaces only, -1 for anything else. */
function gapMark(text: string, from: number, to: number): number {
  if (to <= from || to - from > 4) return -1;
  let mark = 32;
  for (let at = from; at < to; at++) {
    const code = text.charCodeAt(at);
    if (code === 32) continue;
    if ((code !== 44 && code !== 38) || mark !== 32) return -1;
    mark = code;
  }
  return mark;
}
