// Sports line-ups in Cyrillic text: a weak surname next to found surnames (`Топалов — Нисипяну`, `Ковальчук (Прошкин, Радулов)`).

import type { Token } from '../../text/tokenize.js';
import type { Span } from '../../types.js';
import { WordFlag } from './lexicon.js';
import { spanCovering, tokenStartingAt } from './real-tokens.js';
import type { NameResources } from './resources.js';
import type { WordInfo } from './vocabulary.js';
import { nameWeights } from './weights.js';
import { WordKind, type WordScore } from './words.js';

/**
 * Lifts a one-word span below the threshold whose word has some name evidence (an unknown capitalised word or a weak
 * surname ending: -ук, -ман, -ану) to a coordinated name when a found surname stands with it in a line-up: paired by
 * a dash (`Топалов — Нисипяну`, also opening a line: match-ups are listed so), or right before a parenthesis that
 * opens with one (`Ковальчук (Прошкин, Радулов)`: scorer and assists). Cyrillic words only; a pass over the spans.
 */
export function liftLineupSurnames(text: string, tokens: readonly Token[], scores: readonly WordScore[], spans: Span[]): void {
  for (let s = 0; s < spans.length; s++) {
    const span = spans[s]!;
    if (span.score >= 0.5) continue;
    const t = tokenStartingAt(tokens, span.start);
    if (t === -1 || tokens[t]!.end !== span.end || !tokens[t]!.cyrillic) continue;
    const word = scores[t]!;
    if (word.kind !== WordKind.Name || (word.source !== 'capital' && word.source !== 'morphology')) continue;
    if (dashPartner(text, tokens, scores, spans, s, t) || parenthesisedSurnamesAfter(text, tokens, scores, spans, s, t)) span.score = nameWeights.coordinated;
  }
}

// ` — `, ` – `, ` - `: one dash with a space on each side.
function dashGap(text: string, from: number, to: number): boolean {
  if (to - from !== 3 || text.charCodeAt(from) !== 32 || text.charCodeAt(to - 1) !== 32) return false;
  const dash = text.charCodeAt(from + 1);
  return dash === 0x2014 || dash === 0x2013 || dash === 45;
}

/** A found one-word surname span of the same script, dash-paired with token `t`. */
function strongSurname(tokens: readonly Token[], scores: readonly WordScore[], span: Span | undefined, k: number): boolean {
  const token = tokens[k];
  return span !== undefined && token !== undefined && span.score >= nameWeights.coordinatedWith && span.start === token.start && span.end === token.end && token.cyrillic && scores[k]!.closes === 'surname';
}

function dashPartner(text: string, tokens: readonly Token[], scores: readonly WordScore[], spans: readonly Span[], s: number, t: number): boolean {
  if (t + 1 < tokens.length && dashGap(text, tokens[t]!.end, tokens[t + 1]!.start) && strongSurname(tokens, scores, spans[s + 1], t + 1)) return true;
  return t > 0 && dashGap(text, tokens[t - 1]!.end, tokens[t]!.start) && strongSurname(tokens, scores, spans[s - 1], t - 1);
}

/** ` (` right after token `t`, and the parenthesis opens with a found surname. */
function parenthesisedSurnamesAfter(text: string, tokens: readonly Token[], scores: readonly WordScore[], spans: readonly Span[], s: number, t: number): boolean {
  const next = tokens[t + 1];
  const end = tokens[t]!.end;
  if (next === undefined || text.charCodeAt(end) !== 32 || text.charCodeAt(end + 1) !== 40 || next.start !== end + 2) return false;
  return strongSurname(tokens, scores, spans[s + 1], t + 1);
}


/**
 * Goal lines of a match report: a score, a dash and the game time, then the scorer and, in parentheses, the
 * assistants (`• 3:1 — 14:51 Бернс (Сен-Луи, Хитли)`). Every capitalised word there is a player's surname, even an
 * everyday word (`Рой`, `Грин`), but not a place. Adds or lifts one span per surname; only texts with a `d:d — d:d` run get past the
 * first test.
 */
export function findGoalScorers(text: string, tokens: readonly Token[], folded: readonly string[], words: readonly WordInfo[], spans: Span[], resources: NameResources): void {
  let added = false;
  const scanned = spans.length;
  for (let k = 0; k + 4 < tokens.length; k++) {
    // A score of one digit each side (`3:1`; a time range is `10:30 — 12:00`), then the game time.
    if (!tokens[k]!.hasDigit || tokens[k]!.end - tokens[k]!.start !== 1 || tokens[k + 1]!.end - tokens[k + 1]!.start !== 1 || !numberPair(text, tokens, k) || !dashGap(text, tokens[k + 1]!.end, tokens[k + 2]!.start) || !numberPair(text, tokens, k + 2)) continue;
    let at = k + 4;
    if (!onlyOneSpace(text, tokens[k + 3]!.end, tokens[at]!.start) || !player(text, tokens, folded, words, resources, at)) continue;
    added = addSurname(tokens, folded, spans, scanned, at) || added;
    // `(Сен-Луи, Хитли)`: the assistants.
    if (at + 1 < tokens.length && text.charCodeAt(tokens[at]!.end) === 32 && text.charCodeAt(tokens[at]!.end + 1) === 40 && tokens[at + 1]!.start === tokens[at]!.end + 2) {
      for (at++; at < tokens.length && player(text, tokens, folded, words, resources, at); at++) {
        added = addSurname(tokens, folded, spans, scanned, at) || added;
        const end = tokens[at]!.end;
        if (text.charCodeAt(end) === 41 || !(text.charCodeAt(end) === 44 && text.charCodeAt(end + 1) === 32 && tokens[at + 1]?.start === end + 2)) break;
      }
    }
    k = at;
  }
  if (added) spans.sort((a, b) => a.start - b.start);
}

/** Token `k` and `k + 1` are numbers joined by one colon (`3:1`, `14:51`). */
function numberPair(text: string, tokens: readonly Token[], k: number): boolean {
  const left = tokens[k]!;
  const right = tokens[k + 1]!;
  return left.hasDigit && right.hasDigit && text.charCodeAt(left.end) === 58 && right.start === left.end + 1 && isDigits(text, left) && isDigits(text, right);
}

function isDigits(text: string, token: Token): boolean {
  if (token.end - token.start > 3) return false;
  for (let at = token.start; at < token.end; at++) {
    const code = text.charCodeAt(at);
    if (code < 48 || code > 57) return false;
  }
  return true;
}

function onlyOneSpace(text: string, from: number, to: number): boolean {
  return to === from + 1 && text.charCodeAt(from) === 32;
}

/** A capitalised word that is no place: a player. */
function player(text: string, tokens: readonly Token[], folded: readonly string[], words: readonly WordInfo[], resources: NameResources, k: number): boolean {
  return capitalised(text, tokens, folded, k) && (words[k]!.evidence(tokens[k]!.cyrillic, resources, false).stopFlags & WordFlag.Place) === 0;
}

function capitalised(text: string, tokens: readonly Token[], folded: readonly string[], k: number): boolean {
  const token = tokens[k]!;
  return !token.hasDigit && token.end - token.start >= 2 && text.charCodeAt(token.start) !== folded[k]!.charCodeAt(0);
}

/** A span for token `k` (lifting a weaker one that covers exactly it); false when a span already covers it. */
function addSurname(tokens: readonly Token[], folded: readonly string[], spans: Span[], scanned: number, k: number): boolean {
  const token = tokens[k]!;
  const existing = spanCovering(spans, scanned, token.start, token.end);
  if (existing !== undefined) {
    if (existing.score < nameWeights.coordinated) existing.score = nameWeights.coordinated;
    return false;
  }
  spans.push({ start: token.start, end: token.end, type: 'NAME', score: nameWeights.coordinated, source: 'name:cue', normalized: folded[k]! });
  return true;
}
