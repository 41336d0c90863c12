import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createNameDetector, nameKey } from '../../src/detect/name/index.js';

const detector = createNameDetector();
const pieces = ['Алишер', 'Иванов', 'И.', ' ', ', ', 'спасибо', 'o‘g‘li', 'уулу', 'Назарбаевқа', 'Jasur', 'aka', ':', '\n', '😀', "'s", 'Mr.', 'ул.', 'Навои', '-', '«', '»', 'ё'];
const textLike = fc.oneof(fc.string({ unit: 'grapheme', maxLength: 200 }), fc.array(fc.constantFrom(...pieces), { maxLength: 60 }).map((parts) => parts.join('')));

describe('NAME detector properties', () => {
  it('never throws and returns spans inside the text that do not split a surrogate pair', () => {
    fc.assert(
      fc.property(textLike, fc.array(fc.constantFrom('Alisher', 'Дильноза', ''), { maxLength: 2 }), (text, knownNames) => {
        for (const span of detector.detect(text, { regions: [], knownNames })) {
          expect(span.start).toBeGreaterThanOrEqual(0);
          expect(span.end).toBeLessThanOrEqual(text.length);
          expect(span.start).toBeLessThan(span.end);
          expect(span.score).toBeGreaterThanOrEqual(0);
          expect(span.score).toBeLessThanOrEqual(1);
          const before = text.charCodeAt(span.start);
          expect(before >= 0xdc00 && before <= 0xdfff).toBe(false);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('nameKey of a key is the key itself, so keys compare across turns', () => {
    const names = ['Алишеру', 'Ольгой', 'Ивановым', 'Назарбаевқа', 'Dilnozaning', 'Jasurga', 'Петровичем', 'Айгүлге', 'Sarah', 'Karimova'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...names), { minLength: 1, maxLength: 3 }).map((parts) => parts.join(' ')), (value) => {
        const key = nameKey(value);
        expect(nameKey(key)).toBe(key);
      }),
      { numRuns: 200 },
    );
  });
});
