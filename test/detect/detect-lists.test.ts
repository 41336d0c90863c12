// detect() with tenant allow and deny lists: the compiled lists follow the options they came from, and the allow
// list's index never changes which spans resolveSpans() keeps.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detect } from '../../src/detect/index.js';
import { compileAllowList, resolveSpans } from '../../src/detect/resolve.js';
import type { DetectOptions, EntityType, Span } from '../../src/types.js';

const text = 'Меня зовут Алишер, а это Дильноза.';
const found = (options: DetectOptions): string[] => detect(text, options).map((span) => text.slice(span.start, span.end));

describe('detect() with allow and deny lists', () => {
  it('finds both names with no lists', () => {
    expect(found({})).toEqual(['Алишер', 'Дильноза']);
  });

  it('follows the options object it is given: the same one reused, then another one', () => {
    const allowAlisher: DetectOptions = { allow: ['АЛИШЕР'] };
    const allowDilnoza: DetectOptions = { allow: ['дильноза'] };
    expect(found(allowAlisher)).toEqual(['Дильноза']);
    expect(found(allowAlisher)).toEqual(['Дильноза']);
    expect(found(allowDilnoza)).toEqual(['Алишер']);
    expect(found(allowAlisher)).toEqual(['Дильноза']);
  });

  it('follows new options objects that share one allow array, as the engine builds them per document', () => {
    const allow = ['Алишер'];
    expect(found({ allow })).toEqual(['Дильноза']);
    expect(found({ allow, threshold: 0.5 })).toEqual(['Дильноза']);
  });

  it.each([
    ['an allow', (list: string[]) => ({ allow: list }), ['Алишер'], 'Дильноза', ['Дильноза'], ['Алишер']],
    ['a deny', (list: string[]) => ({ deny: list }), ['бобур'], 'это', ['Алишер', 'Дильноза'], ['Это', 'Алишер', 'это', 'Дильноза']],
  ])('notices %s array changed in place between calls', (_list, optionsFor, initial, replacement, before, after) => {
    const list = [...initial];
    const options = optionsFor(list);
    const sentence = 'Это Алишер, а это Дильноза.';
    const names = (): string[] => detect(sentence, options).map((span) => sentence.slice(span.start, span.end));
    expect(names()).toEqual(before);
    list[0] = replacement;
    expect(names()).toEqual(after);
  });
});

const typePriority: EntityType[] = ['NAME', 'PHONE', 'EMAIL'];
// Letters whose lower case is longer, context-dependent or outside the BMP, white space, and plain letters.
const alphabet = ['a', 'B', 'İ', 'i', 'Σ', 'σ', 'ς', 'Ж', 'ж', 'Ё', '𐐀', '𐐨', ' ', ' ', '\u00a0', 'x', 'Ω'];
const textArbitrary = fc.array(fc.constantFrom(...alphabet), { minLength: 1, maxLength: 24 }).map((chars) => chars.join(''));

describe('the compiled allow list', () => {
  it('keeps exactly the spans a plain lower-cased Set keeps', () => {
    fc.assert(
      fc.property(
        textArbitrary,
        fc.array(fc.record({ from: fc.nat(30), length: fc.nat(8), type: fc.nat(2) }), { maxLength: 8 }),
        fc.array(fc.oneof(fc.record({ from: fc.nat(30), length: fc.nat(6) }), fc.constant({ from: 0, length: 0 })), { maxLength: 5 }),
        (sample, rawSpans, rawEntries) => {
          // Entries cut from the text (so some spans are allowed), in their own case: the list is case-insensitive.
          const entries = rawEntries.map(({ from, length }) => sample.slice(from, from + length));
          const spans: Span[] = rawSpans.map(({ from, length, type }) => ({
            start: Math.min(from, sample.length),
            end: Math.min(from + length, sample.length),
            type: typePriority[type]!,
            score: 0.9,
            source: 'test',
          }));
          const options = { threshold: 0.5, deny: [] };
          const plain = resolveSpans(sample, spans, { ...options, allow: new Set(entries.map((entry) => entry.toLowerCase())) });
          const compiled = resolveSpans(sample, spans, { ...options, allow: compileAllowList(entries) });
          expect(compiled).toEqual(plain);
        },
      ),
      { numRuns: 3000 },
    );
  });
});
