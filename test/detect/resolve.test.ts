// resolveSpans: type priority, threshold, allow/deny lists; same spans on the pairwise and the indexed overlap path.

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

  // detect() hands over each detector's spans in text order, one detector after another: side-by-side spans come
  // in as a few sorted runs, which the fast path sorts (in place for a few, Array.sort for many).
  it.each([
    ['a few side-by-side spans', 2, 12],
    ['many side-by-side spans', 33, 120],
  ])('returns %s from several detectors in text order', (_case, min, max) => {
    const runsArbitrary = fc
      .array(
        fc.record({ gap: fc.integer({ min: 0, max: 5 }), length: fc.integer({ min: 1, max: 8 }), type: fc.constantFrom<EntityType>('EMAIL', 'PHONE', 'NAME') }),
        { minLength: min, maxLength: max },
      )
      .map((pieces) => {
        let at = 0;
        // One run per type, in the order detect() asks the detectors; each run is in text order.
        const runs: Record<EntityType, Span[]> = { EMAIL: [], PHONE: [], NAME: [] };
        for (const { gap, length, type } of pieces) {
          runs[type].push({ start: at + gap, end: at + gap + length, type, score: 0.9, source: 'test' });
          at += gap + length;
        }
        return { spans: [...runs.EMAIL, ...runs.PHONE, ...runs.NAME], length: at };
      });
    fc.assert(
      fc.property(runsArbitrary, ({ spans, length }) => {
        const inTextOrder = [...spans].sort((a, b) => a.start - b.start);
        expect(resolveSpans('x'.repeat(length), spans, options)).toEqual(inTextOrder);
      }),
      { numRuns: 200 },
    );
  });
});

describe('resolveSpans settles what the detectors found', () => {
  const span = (start: number, end: number, type: EntityType, score = 0.9): Span => ({ start, end, type, score, source: 'test' });
  const noLists = { threshold: 0.5, allow: new Set<string>(), deny: [] as string[] };
  const shape = (spans: readonly Span[]) => spans.map(({ start, end, type }) => `${type}@${start}-${end}`);

  it.each([
    // text, spans, kept
    ['an e-mail over a name inside its local part', 'ivan.petrov@mail.ru', [span(0, 10, 'NAME'), span(0, 19, 'EMAIL')], ['EMAIL@0-19']],
    ['a phone over a name that overlaps it', 'Ali 90 123 45 67', [span(0, 6, 'NAME'), span(4, 16, 'PHONE')], ['PHONE@4-16']],
    ['an e-mail over a phone made of its digits', '998901234567@mail.uz', [span(0, 12, 'PHONE'), span(0, 20, 'EMAIL')], ['EMAIL@0-20']],
    ['the longer of two overlapping phones', '+998 90 123 45 67', [span(5, 17, 'PHONE'), span(0, 17, 'PHONE')], ['PHONE@0-17']],
    ['adjacent spans, both', 'a@b.uz+998901234567', [span(0, 6, 'EMAIL'), span(6, 19, 'PHONE')], ['EMAIL@0-6', 'PHONE@6-19']],
  ])('keeps %s', (_case, text, spans, kept) => {
    expect(shape(resolveSpans(text, spans, noLists))).toEqual(kept);
  });

  it('drops spans below the threshold and keeps those at it', () => {
    const spans = [span(0, 4, 'PHONE', 0.49), span(5, 9, 'PHONE', 0.5)];
    expect(shape(resolveSpans('1234 5678', spans, noLists))).toEqual(['PHONE@5-9']);
  });

  it('drops allow-listed values, whatever their case', () => {
    const text = 'Call Navoi at info@navoi.uz';
    const spans = [span(5, 10, 'NAME'), span(14, 27, 'EMAIL')];
    expect(shape(resolveSpans(text, spans, { ...noLists, allow: new Set(['navoi', 'info@navoi.uz']) }))).toEqual([]);
  });

  it('adds deny-listed words as names, whole words only', () => {
    const text = 'Bobur and Boburjon';
    expect(shape(resolveSpans(text, [], { ...noLists, deny: ['bobur'] }))).toEqual(['NAME@0-5']);
  });

  it('returns spans sorted by start', () => {
    const spans = [span(10, 14, 'PHONE'), span(0, 4, 'EMAIL'), span(5, 9, 'NAME')];
    expect(resolveSpans('x'.repeat(20), spans, noLists).map((s) => s.start)).toEqual([0, 5, 10]);
  });
});
