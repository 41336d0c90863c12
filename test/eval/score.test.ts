// Scoring: an entity is caught only when all its letters and digits are masked; precision counts letters and digits.

import { describe, expect, it } from 'vitest';
import type { GoldSpan } from '../../src/eval/score.js';
import { createScoreAccumulator, scoreRecords } from '../../src/eval/score.js';

const text = 'Звоните Алишеру: +998 90 123-45-67.';
const name: GoldSpan = { start: 8, end: 15, type: 'NAME' };
const phone: GoldSpan = { start: 17, end: 34, type: 'PHONE' };

describe('scoreRecords', () => {
  it.each([
    ['exact spans', [name, phone], 1, 1],
    ['spans that also cover the surrounding spaces and colon', [{ ...name, start: 7, end: 16 }, phone], 1, 1],
    ['a name missing its last letter', [{ ...name, end: 14 }, phone], 0.5, 1],
    ['only the phone', [phone], 0.5, 1],
    ['nothing', [], 0, 1],
  ])('counts recall over both entities with %s', (_case, predicted, recall, namePrecision) => {
    const board = scoreRecords([{ lang: 'ru', text, gold: [name, phone], predicted }]);
    const all = board.byLang.all!;
    expect((all.NAME.caught + all.PHONE.caught) / 2).toBe(recall);
    expect(all.NAME.precision).toBe(namePrecision);
  });

  it('charges a prediction outside gold spans to the precision of its own type', () => {
    const predicted: GoldSpan[] = [{ start: 0, end: 7, type: 'NAME' }, name];
    const board = scoreRecords([{ lang: 'ru', text, gold: [name], predicted }]);
    expect(board.byLang.ru!.NAME.precision).toBeCloseTo(7 / 14);
    expect(board.byLang.ru!.NAME.recall).toBe(1);
  });

  it('counts an entity masked by a span of another type as caught (masked is masked)', () => {
    const board = scoreRecords([{ lang: 'ru', text, gold: [name], predicted: [{ ...name, type: 'PHONE' }] }]);
    expect(board.byLang.ru!.NAME.recall).toBe(1);
    expect(board.byLang.ru!.PHONE.precision).toBe(1);
  });

  it('keeps languages apart and sums them under all', () => {
    const board = scoreRecords([
      { lang: 'ru', text, gold: [name], predicted: [name] },
      { lang: 'kk', text, gold: [name], predicted: [] },
    ]);
    expect(board.byLang.ru!.NAME.recall).toBe(1);
    expect(board.byLang.kk!.NAME.recall).toBe(0);
    expect(board.byLang.all!.NAME).toMatchObject({ entities: 2, caught: 1, recall: 0.5 });
  });
});

describe('createScoreAccumulator', () => {
  it('gives the same board record by record as scoreRecords over the whole list, and can keep going', () => {
    const records = [
      { lang: 'ru', text, gold: [name, phone], predicted: [phone] },
      { lang: 'kk', text, gold: [name], predicted: [name] },
    ];
    const accumulator = createScoreAccumulator();
    accumulator.add(records[0]!);
    expect(accumulator.result()).toEqual(scoreRecords(records.slice(0, 1)));
    accumulator.add(records[1]!);
    expect(accumulator.result()).toEqual(scoreRecords(records));
  });
});
