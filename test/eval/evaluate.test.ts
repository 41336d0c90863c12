// Gold evaluation over a JSONL stream: records scored, bad lines reported by number, blank lines ignored.

import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { evaluateGold } from '../../src/eval/evaluate.js';
import type { GoldSpan } from '../../src/eval/score.js';

const lines = [
  JSON.stringify({ id: 'a', lang: 'ru', text: 'Привет, Анна', spans: [{ start: 8, end: 12, type: 'NAME' }] }),
  '',
  JSON.stringify({ id: 'b', lang: 'ru', text: 'Без имён', spans: [] }),
];

/** A stand-in detector that finds exactly the word "Анна". */
const findAnna = (text: string): GoldSpan[] => {
  const at = text.indexOf('Анна');
  return at === -1 ? [] : [{ start: at, end: at + 4, type: 'NAME' }];
};

describe('evaluateGold', () => {
  it('scores every record and ignores blank lines', async () => {
    const evaluation = await evaluateGold(Readable.from([lines.join('\n')]), findAnna, { onInvalid: () => {} });
    expect(evaluation.records).toBe(2);
    expect(evaluation.scoreboard.byLang.ru!.NAME).toMatchObject({ entities: 1, caught: 1, precision: 1 });
  });

  it.each([
    ['not JSON', '{oops', 'not valid JSON'],
    ['no text', '{"id":"c","spans":[]}', 'no "text" field'],
    ['bad spans', '{"id":"c","text":"Анна","spans":[{"start":0,"end":9,"type":"NAME"}]}', 'spans[0]: offsets out of range'],
  ])('reports a line that is %s by its line number', async (_case, bad, problem) => {
    const seen: [number, string][] = [];
    const evaluation = await evaluateGold(Readable.from([[...lines, bad].join('\n')]), findAnna, {
      onInvalid: (lineNumber, message) => seen.push([lineNumber, message]),
    });
    expect(seen).toEqual([[4, expect.stringContaining(problem)]]);
    expect(evaluation.invalidLines).toBe(1);
  });

  it('stops at the first bad line when onInvalid throws', async () => {
    const run = evaluateGold(Readable.from(['{oops\n', lines[0]!]), findAnna, {
      onInvalid: (lineNumber) => {
        throw new Error(`line ${lineNumber}`);
      },
    });
    await expect(run).rejects.toThrow('line 1');
  });
});
