import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyActions, type PlannedSpan } from '../../src/mask/index.js';
import { ACTIONS, ENTITY_TYPES } from '../../src/types.js';

const ctx = { tenantId: 'property-tenant', secret: 'property-secret-0123456789' };
// No high surrogate without a low one after it, no low surrogate without a high one before it.
const wellFormed = (text: string): boolean => !/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/u.test(text);

/** A text and non-overlapping spans over it (any UTF-16 offsets, including ones inside surrogate pairs). */
const textWithSpans = fc
  .tuple(fc.string({ unit: 'grapheme', maxLength: 60 }), fc.array(fc.nat(), { maxLength: 12 }))
  .map(([text, cuts]) => {
    const points = [...new Set(cuts.map((cut) => cut % (text.length + 1)))].sort((a, b) => a - b);
    const spans: Array<{ start: number; end: number }> = [];
    for (let index = 0; index + 1 < points.length; index += 2) {
      const start = points[index] ?? 0;
      const end = points[index + 1] ?? 0;
      if (end > start) spans.push({ start, end });
    }
    return { text, spans };
  });

describe('applyActions (properties)', () => {
  it('with keep everywhere returns the text unchanged', () => {
    fc.assert(
      fc.property(textWithSpans, ({ text, spans }) => {
        const planned: PlannedSpan[] = spans.map(({ start, end }) => ({ span: { start, end, type: 'NAME', score: 1, source: 'p' }, action: 'keep' }));
        expect(applyActions(text, planned, ctx)).toBe(text);
      }),
    );
  });

  it('never leaves a lone surrogate behind, whatever the offsets and actions', () => {
    fc.assert(
      fc.property(textWithSpans, fc.constantFrom(...ACTIONS), fc.constantFrom(...ENTITY_TYPES), ({ text, spans }, action, type) => {
        const planned: PlannedSpan[] = spans.map(({ start, end }) => ({ span: { start, end, type, score: 1, source: 'p' }, action }));
        expect(wellFormed(applyActions(text, planned, ctx))).toBe(true);
      }),
    );
  });

  it('with replace, keeps everything outside the spans in order', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }).filter((text) => !text.includes('[')), fc.array(fc.nat(), { maxLength: 12 }), (text, cuts) => {
        const points = [...new Set(cuts.map((cut) => cut % (text.length + 1)))].sort((a, b) => a - b);
        const planned: PlannedSpan[] = [];
        let expected = '';
        let cursor = 0;
        for (let index = 0; index + 1 < points.length; index += 2) {
          const start = points[index] ?? 0;
          const end = points[index + 1] ?? 0;
          if (end <= start) continue;
          planned.push({ span: { start, end, type: 'EMAIL', score: 1, source: 'p' }, action: 'replace' });
          expected += `${text.slice(cursor, start)}[EMAIL]`;
          cursor = end;
        }
        expected += text.slice(cursor);
        expect(applyActions(text, planned, ctx)).toBe(expected);
      }),
    );
  });
});
