// applyActions: rewrites a text span by span, with offsets taken against the original text.

import { PiiGateError } from '../errors.js';
import type { Action, Span } from '../types.js';
import type { OperatorContext } from './operator.js';
import { operators } from './registry.js';

export interface PlannedSpan {
  span: Span;
  action: Exclude<Action, 'keep'> | 'keep';
}

const combiningMark = /\p{M}/u;

/**
 * Applies each planned action to its span. Spans may come in any order and may touch, but not overlap.
 * Equivalent to splicing right to left (so every offset stays valid); built as pieces left to right to stay linear.
 * Boundaries that would split a surrogate pair, or strand combining marks after a span, are widened so no
 * half-character of the original survives next to a replacement. Bad spans throw: no partly redacted text escapes.
 */
export function applyActions(text: string, planned: readonly PlannedSpan[], ctx: OperatorContext): string {
  if (planned.length === 0) return text;
  const ordered = planned.map((item) => ({ item, ...snappedBounds(text, item.span) }));
  ordered.sort((a, b) => a.item.span.start - b.item.span.start || a.item.span.end - b.item.span.end);

  const pieces: string[] = [];
  let cursor = 0;
  let previousRawEnd = 0;
  for (const { item, start: snappedStart, end } of ordered) {
    if (item.span.start < previousRawEnd) throw new PiiGateError('ERR_PII_INTERNAL', 'applyActions: overlapping spans');
    previousRawEnd = item.span.end;
    // Touching spans can overlap only through widening: the character in between went to the earlier span.
    const start = Math.max(snappedStart, cursor);
    if (start >= end) continue;
    const operator = operators[item.action];
    if (operator === undefined) throw new PiiGateError('ERR_PII_INTERNAL', 'applyActions: unknown action');
    pieces.push(text.slice(cursor, start), operator.apply(text.slice(start, end), item.span, ctx));
    cursor = end;
  }
  pieces.push(text.slice(cursor));
  return pieces.join('');
}

function snappedBounds(text: string, span: Span): { start: number; end: number } {
  const { start: rawStart, end: rawEnd } = span;
  if (!Number.isInteger(rawStart) || !Number.isInteger(rawEnd) || rawStart < 0 || rawEnd > text.length || rawStart >= rawEnd) {
    throw new PiiGateError('ERR_PII_INTERNAL', 'applyActions: span out of range');
  }
  let start = rawStart;
  let end = rawEnd;
  if (isLowSurrogate(text, start) && isHighSurrogate(text, start - 1)) start -= 1;
  if (isLowSurrogate(text, end) && isHighSurrogate(text, end - 1)) end += 1;
  while (end < text.length && combiningMark.test(text[end] ?? '')) end += 1;
  return { start, end };
}

function isHighSurrogate(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  return code >= 0xd800 && code <= 0xdbff;
}

function isLowSurrogate(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  return code >= 0xdc00 && code <= 0xdfff;
}
