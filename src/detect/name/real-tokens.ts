// Token lookup by offset for the passes over spans: a binary search, so a pass costs O(spans · log tokens).

import type { Token } from '../../text/tokenize.js';

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
