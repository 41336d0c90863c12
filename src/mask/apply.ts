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
// No combining mark sits below U+0300: most characters after a span are decided without the regex.
const firstCombiningMark = 0x300;

/**
 * Applies each planned action to its span. Spans may come in any order and may touch, but not overlap.
 * Equivalent to splicing right to left (so every offset stays valid); built left to right to stay linear.
 * Boundaries that would split a surrogate pair, or strand combining marks after a span, are widened so no
 * half-character of the original survives next to a replacement. Bad spans throw: no partly redacted text escapes.
 */
export function applyActions(text: string, planned: readonly PlannedSpan[], ctx: OperatorContext): string {
  if (planned.length === 0) return text;
  // Every range is checked before any text is built, whatever the order of the problems.
  for (const item of planned) checkRange(text, item.span);
  // Detectors hand spans over in order; sorting a copy is only needed for callers that do not.
  const ordered = inPositionOrder(planned) ? planned : [...planned].sort(byPosition);

  let out = '';
  let cursor = 0;
  let previousRawEnd = 0;
  for (const item of ordered) {
    const span = item.span;
    if (span.start < previousRawEnd) throw new PiiGateError('ERR_PII_INTERNAL', 'applyActions: overlapping spans');
    previousRawEnd = span.end;
    // Touching spans can overlap only through widening: the character in between went to the earlier span.
    const start = Math.max(snappedStart(text, span.start), cursor);
    const end = snappedEnd(text, span.end);
    if (start >= end) continue;
    const operator = operators[item.action];
    if (operator === undefined) throw new PiiGateError('ERR_PII_INTERNAL', 'applyActions: unknown action');
    out += text.slice(cursor, start) + operator.apply(text.slice(start, end), span, ctx);
    cursor = end;
  }
  return out + text.slice(cursor);
}

function checkRange(text: string, span: Span): void {
  const { start, end } = span;
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > text.length || start >= end) {
    throw new PiiGateError('ERR_PII_INTERNAL', 'applyActions: span out of range');
  }
}

function byPosition(a: PlannedSpan, b: PlannedSpan): number {
  return a.span.start - b.span.start || a.span.end - b.span.end;
}

function inPositionOrder(planned: readonly PlannedSpan[]): boolean {
  for (let i = 1; i < planned.length; i += 1) if (byPosition(planned[i - 1]!, planned[i]!) > 0) return false;
  return true;
}

function snappedStart(text: string, start: number): number {
  return isLowSurrogate(text, start) && isHighSurrogate(text, start - 1) ? start - 1 : start;
}

function snappedEnd(text: string, rawEnd: number): number {
  let end = rawEnd;
  if (isLowSurrogate(text, end) && isHighSurrogate(text, end - 1)) end += 1;
  while (end < text.length && text.charCodeAt(end) >= firstCombiningMark && combiningMark.test(text[end] ?? '')) end += 1;
  return end;
}

function isHighSurrogate(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  return code >= 0xd800 && code <= 0xdbff;
}

function isLowSurrogate(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  return code >= 0xdc00 && code <= 0xdfff;
}
