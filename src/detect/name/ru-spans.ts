// Adding the Russian chat passes' spans to the scan's: both lists sorted by start, the scan's disjoint.

import type { Span } from '../../types.js';

/**
 * Merges `found` (sorted, disjoint) into `spans`: a span of the scan that overlaps a found one scored below the
 * threshold (the callers checked) and gives way to it, its score kept if higher (`[Зарема]` at 0.15 opening a
 * message, `тимур` at 0.45 before a surname). With `scoreFrom` 'inside', only a scan span inside the found one lends
 * its score (ru-news.ts: a span reaching beyond a found name had read the title or body with it). Linear in both lists.
 */
export function mergeReplacing(spans: Span[], found: readonly Span[], scoreFrom: 'overlapping' | 'inside' = 'overlapping'): void {
  const merged: Span[] = [];
  let f = 0;
  for (const span of spans) {
    while (f < found.length && found[f]!.end <= span.start) merged.push(found[f++]!);
    const added = found[f];
    if (added !== undefined && added.start < span.end && added.end > span.start) {
      if (scoreFrom === 'overlapping' || (span.start >= added.start && span.end <= added.end)) added.score = Math.max(added.score, span.score);
      continue;
    }
    merged.push(span);
  }
  while (f < found.length) merged.push(found[f++]!);
  spans.length = 0;
  for (const span of merged) spans.push(span);
}
