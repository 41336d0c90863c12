// Token lookup by offset for the passes over spans: a binary search, so a pass costs O(spans · log tokens).

import type { Token } from '../../text/tokenize.js';
import type { Span } from '../../types.js';

/** The index of the token that starts at `start`, or -1. */
export function tokenStartingAt(tokens: readonly Token[], start: number): number {
  let low = 0;
  let high = tokens.length - 1;
  while (low <= high) {
    const middle = (low + high) >>> 1;
    const at = tokens[middle]!.start;
    if (at === start) return middle;
    if (at < start) low = middle + 1;
    else high = middle - 1;
  }
  return -1;
}

/** The index of the token that ends at `end`, or -1. */
export function tokenEndingAt(tokens: readonly Token[], end: number): number {
  let low = 0;
  let high = tokens.length - 1;
  while (low <= high) {
    const middle = (low + high) >>> 1;
    const at = tokens[middle]!.end;
    if (at === end) return middle;
    if (at < end) low = middle + 1;
    else high = middle - 1;
  }
  return -1;
}

/**
 * The span among the first `count` (sorted by start, disjoint: the scan's own) that covers [start, end), by binary
 * search: a linear search per added word made long texts quadratic. Single-word spans appended since never cover
 * another token.
 */
export function spanCovering(spans: readonly Span[], count: number, start: number, end: number): Span | undefined {
  let low = 0;
  let high = count;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (spans[middle]!.start <= start) low = middle + 1;
    else high = middle;
  }
  const candidate = low > 0 ? spans[low - 1] : undefined;
  return candidate !== undefined && candidate.end >= end ? candidate : undefined;
}

// The span overlapping [start, end): one binary search for every pass (span-search.ts), under the name these passes use.
export { overlappingSpan as spanOverlapping } from './span-search.js';
