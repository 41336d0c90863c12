import { describe, expect, it } from 'vitest';
import { createNameDetector } from '../../src/detect/name/index.js';

const detector = createNameDetector();

describe('names already known for the document', () => {
  it.each([
    ['Alisher', 'спасибо алишеру за помощь', 'алишеру'],
    ['Alisher Karimov', 'alisherga rahmat', 'alisherga'],
    ['Шахноза', 'шахноза опа молодец', 'шахноза'],
    ['Zebiniso', 'zebiniso yordam berdi', 'zebiniso'],
  ])('with %j known, finds it again in %j', (known, text, expected) => {
    const spans = detector.detect(text, { regions: [], knownNames: [known] });
    const span = spans.find((candidate) => candidate.source === 'name:known');
    expect(span && text.slice(span.start, span.end)).toBe(expected);
    expect(span!.score).toBeGreaterThanOrEqual(0.9);
  });

  it('does not report a known name that is absent', () => {
    expect(detector.detect('заказ пришёл вовремя', { regions: [], knownNames: ['Zebiniso'] })).toEqual([]);
  });
});
