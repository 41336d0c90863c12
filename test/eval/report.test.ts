// Score tables: rows only where there is something to say, `all` last, same numbers in text, Markdown and JSON.

import { describe, expect, it } from 'vitest';
import { formatScoreMarkdown, formatScoreTable, scoreboardToJson, scoreRows } from '../../src/eval/report.js';
import { scoreRecords } from '../../src/eval/score.js';

const text = 'Salom Jasur, raqam +998 90 123 45 67';
const board = scoreRecords([
  { lang: 'uz-latn', text, gold: [{ start: 6, end: 11, type: 'NAME' }], predicted: [{ start: 6, end: 11, type: 'NAME' }] },
  { lang: 'en', text, gold: [{ start: 19, end: 36, type: 'PHONE' }], predicted: [] },
]);

describe('score reports', () => {
  it('lists languages alphabetically with all last, and skips types with neither gold nor predictions', () => {
    expect(scoreRows(board).map((row) => `${row.lang}/${row.type}`)).toEqual([
      'en/PHONE',
      'uz-latn/NAME',
      'all/NAME',
      'all/PHONE',
    ]);
  });

  it.each([
    ['terminal table', formatScoreTable(board), /uz-latn\s+NAME\s+1\s+1\s+1\.000\s+1\.000\s+1\.000/],
    ['Markdown table', formatScoreMarkdown(board), /\| en \| PHONE \| 1 \| 0 \| 0\.000 \| 1\.000 \| 0\.000 \|/],
  ])('renders the %s with the scores', (_kind, rendered, row) => {
    expect(rendered).toMatch(row);
  });

  it('gives the same numbers as plain JSON', () => {
    const json = scoreboardToJson(board);
    expect(json.en?.PHONE).toMatchObject({ entities: 1, caught: 0, recall: 0 });
    expect(json['uz-latn']?.NAME).toMatchObject({ entities: 1, caught: 1, recall: 1, precision: 1, f1: 1 });
    expect(json.en?.NAME).toBeUndefined();
  });
});
