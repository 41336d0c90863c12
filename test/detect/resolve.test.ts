// resolveSpans: overlap resolution keeps the same spans whether it compares pairwise or uses its indexed path.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { resolveSpans } from '../../src/detect/resolve.js';
import type { EntityType, Span } from '../../src/types.js';

const typePriority: Record<EntityType, number> = { EMAIL: 3, PHONE: 2, NAME: 1 };

/** The specification: by priority, keep each span that overlaps no span kept before it. */
function pairwiseReference(spans: readonly Span[]): Span[] {
  const ordered = [...spans].sort(
    (a, b) =>
      typePriority[b.type] - typePriority[a.type] || b.end - b.start - (a.end - a.start) || b.score - a.score || a.start - b.start,
  );
  const kept: Span[] = [];
  for (const span of ordered) if (!kept.some((other) => span.start < other.end && other.start < span.end)) kept.push(span);
  return kept.sort((a, b) => a.start - b.start);
}

const options = { threshold: 0, allow: new Set<string>(), deny: [] };
const textLength = 200;

const spanArbitrary = fc
  .record({
    start: fc.integer({ min: 0, max: textLength }),
    length: fc.integer({ min: 0, max: 30 }),
    type: fc.constantFrom<EntityType>('NAME', 'PHONE', 'EMAIL'),
    score: fc.constantFrom(0.6, 0.8, 1),
  })
  .map(({ start, length, type, score }): Span => ({ start, end: Math.min(start + length, textLength), type, score, source: 'test' }));

describe('resolveSpans', () => {
  it.each([
    ['a few candidates (pairwise path)', 1, 20],
    ['many candidates (indexed path)', 40, 400],
  ])('keeps exactly the spans the pairwise rule keeps, with %s', (_case, min, max) => {
    fc.assert(
      fc.property(fc.array(spanArbitrary, { minLength: min, maxLength: max }), (spans) => {
        expect(resolveSpans('x'.repeat(textLength), spans, options)).toEqual(pairwiseReference(spans));
      }),
      { numRuns: 200 },
    );
  });

});
