// Sports line-ups in Cyrillic text: a weak surname next to found surnames (`Топалов — Нисипяну`, `Ковальчук (Прошкин, Радулов)`).

import type { Token } from '../../text/tokenize.js';
import type { Span } from '../../types.js';
import { nameWeights } from './weights.js';
import { WordKind, type WordScore } from './words.js';

/**
 * Lifts a one-word span below the threshold whose word has some name evidence (an unknown capitalised word or a weak
 * surname ending: -ук, -ман, -ану) to a coordinated name when a found surname stands with it in a line-up: paired by
 * a dash (`Топалов — Нисипяну`, also opening a line: match-ups are listed so), or right before a parenthesis that
 * opens with one (`Ковальчук (Прошкин, Радулов)`: scorer and assists). Cyrillic words only; a pass over the spans.
 */
export function liftLineupSurnames(text: string, tokens: readonly Token[], scores: readonly WordScore[], spans: Span[]): void {
  let t = 0;
  for (let s = 0; s < spans.length; s++) {
    const span = spans[s]!;
    if (span.score >= 0.5) continue;
    while (t < tokens.length && tokens[t]!.start < span.start) t++;
    if (t >= tokens.length || tokens[t]!.start !== span.start || tokens[t]!.end !== span.end || !tokens[t]!.cyrillic) continue;
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

