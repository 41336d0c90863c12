// Span lookup by offset for the passes that add or lift spans one word at a time: a binary search over the scan's
// spans (sorted by start, disjoint), so a text with many candidates stays linear-log, not quadratic.

import type { Span } from '../../types.js';

/** The index of the first span in `spans` (sorted, disjoint) that overlaps [start, end), or -1. */
export function overlappingIndex(spans: readonly Span[], start: number, end: number): number {
  let low = 0;
  let high = spans.length;
  // The first span that ends after `start`; only it can overlap, as spans are disjoint and sorted.
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (spans[middle]!.end <= start) low = middle + 1;
    else high = middle;
  }
  return low < spans.length && spans[low]!.start < end ? low : -1;
}

/** The first span in `spans` (sorted, disjoint) that overlaps [start, end). */
export function overlappingSpan(spans: readonly Span[], start: number, end: number): Span | undefined {
  const at = overlappingIndex(spans, start, end);
  return at === -1 ? undefined : spans[at];
}

/**
 * A span overlapping [start, end) among the scan's sorted spans or the ones a pass has added since (`added`, in
 * text order): the pass keeps its additions apart and sorts them in once at the end.
 */
export function overlappingEither(spans: readonly Span[], added: readonly Span[] | undefined, start: number, end: number): Span | undefined {
  const found = overlappingSpan(spans, start, end);
  if (found !== undefined || added === undefined || added.length === 0) return found;
  const last = added[added.length - 1]!;
  return last.start < end && start < last.end ? last : undefined;
}

/**
 * Adds the spans a pass found beside the scan's (`found` is undefined when it found none), keeping `spans` sorted by
 * start for the lookups above.
 */
export function addFoundSpans(spans: Span[], found: readonly Span[] | undefined): void {
  if (found === undefined) return;
  for (const span of found) spans.push(span);
  spans.sort((a, b) => a.start - b.start);
}
