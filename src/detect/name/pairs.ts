// Surnames paired by a dash (`Топалов — Крамник`, `Вратари: Уорд — Набоков`): match-ups and line-ups in sports news.

import type { Token } from '../../text/tokenize.js';
import type { Span } from '../../types.js';
import { startsAt } from './mentions.js';
import { nameWeights } from './weights.js';
import { WordKind, type WordScore } from './words.js';

// ` — `, ` – `, ` - `: one dash with a space on each side.
function dashGap(text: string, from: number, to: number): boolean {
  if (to - from !== 3 || text.charCodeAt(from) !== 32 || text.charCodeAt(to - 1) !== 32) return false;
  const dash = text.charCodeAt(from + 1);
  return dash === 0x2014 || dash === 0x2013 || dash === 45;
}

/**
 * An unknown capitalised word (not opening a sentence, same script) paired by a dash with a one-word surname span
 * is a surname too. Adds spans in place.
 */
export function findDashPairs(text: string, tokens: readonly Token[], scores: readonly WordScore[], spans: Span[]): void {
  let added: Span[] | undefined;
  let t = 0;
  for (const span of spans) {
    if (span.score < nameWeights.coordinatedWith) continue;
    while (t < tokens.length && tokens[t]!.end <= span.start) t++;
    if (t >= tokens.length || tokens[t]!.end < span.end - 2 || scores[t]!.closes !== 'surname') continue;
    for (let other = t - 1; other <= t + 1; other += 2) {
      if (other < 0 || other >= tokens.length) continue;
      const word = scores[other]!;
      if (word.kind !== WordKind.Name || word.source !== 'capital' || tokens[other]!.sentenceStart || tokens[other]!.cyrillic !== tokens[t]!.cyrillic) continue;
      const left = other < t ? other : t;
      const right = other < t ? t : other;
      if (!dashGap(text, tokens[left]!.end, tokens[right]!.start)) continue;
      // `Петров — Москва Сити`: the pair ends there, no capitalised word joined to the other side.
      const beyond = tokens[other < t ? other - 1 : other + 1];
      if (beyond !== undefined && scores[other < t ? other - 1 : other + 1]!.kind === WordKind.Name && Math.abs((other < t ? tokens[other]!.start - beyond.end : beyond.start - tokens[other]!.end)) <= 1) continue;
      // The word alone already has a weak span (an unknown capitalised word): lift it rather than add a second one.
      const weak = startsAt(spans, tokens[other]!.start);
      if (weak !== undefined) {
        if (weak.score < nameWeights.coordinated && weak.end === tokens[other]!.end) weak.score = nameWeights.coordinated;
        continue;
      }
      (added ??= []).push({ start: tokens[other]!.start, end: tokens[other]!.end, type: 'NAME', score: nameWeights.coordinated, source: 'name:cue', normalized: word.base });
    }
  }
  if (added === undefined) return;
  for (const span of added) spans.push(span);
  spans.sort((a, b) => a.start - b.start);
}
