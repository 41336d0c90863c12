// `pii-gate eval` end to end: a table per language and type, then one JSON line with the same numbers.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TempDir } from './run-cli.js';
import { assertBuilt, createTempDir, jsonl, runCli } from './run-cli.js';

const gold = [
  { id: 'a', lang: 'ru', text: 'Пишите на ivan.petrov@mail.ru', spans: [{ start: 10, end: 29, type: 'EMAIL' }] },
  { id: 'b', lang: 'uz-latn', text: 'Pochta: d.karimova@umail.uz', spans: [{ start: 8, end: 27, type: 'EMAIL' }] },
  { id: 'c', lang: 'uz-latn', text: 'Rahmat, hammasi yaxshi.', spans: [] },
];

interface EvalSummary {
  file: string;
  records: number;
  invalidLines: number;
  scores: Record<string, Record<string, { entities: number; caught: number; recall: number; precision: number; f1: number }>>;
}

let temp: TempDir;
let goldPath: string;
beforeAll(() => {
  assertBuilt();
  temp = createTempDir();
  goldPath = temp.file('gold.jsonl', jsonl(gold));
});
afterAll(() => temp.remove());

function lastJsonLine(stdout: string): EvalSummary {
  return JSON.parse(stdout.trim().split('\n').at(-1)!) as EvalSummary;
}

describe('pii-gate eval', () => {
  it('prints a table per language and type, then a JSON line with the same numbers', async () => {
    const result = await runCli(['eval', goldPath]);
    expect(result.code).toBe(0);
    const table = result.stdout.trim().split('\n').slice(0, -1).join('\n');
    expect(table).toMatch(/^lang\s+type\s+entities\s+caught\s+recall\s+char-precision\s+F1/);
    expect(table).toMatch(/^ru\s+EMAIL\s+1\s+1\s+1\.000\s+1\.000\s+1\.000$/m);
    expect(table).toMatch(/^uz-latn\s+EMAIL\s+1\s+1\s+1\.000/m);
    expect(table).toMatch(/^all\s+EMAIL\s+2\s+2\s+1\.000/m);
    const summary = lastJsonLine(result.stdout);
    expect(summary).toMatchObject({ records: 3, invalidLines: 0 });
    expect(summary.scores.all!.EMAIL).toMatchObject({ entities: 2, caught: 2, recall: 1, precision: 1, f1: 1 });
  });

  it('prints only the JSON line with --json', async () => {
    const result = await runCli(['eval', goldPath, '--json']);
    expect(result.stdout.trim().split('\n')).toHaveLength(1);
    expect(lastJsonLine(result.stdout).scores.ru!.EMAIL!.entities).toBe(1);
  });

  it('reads the gold file from stdin with "-"', async () => {
    const result = await runCli(['eval', '-', '--json'], { stdin: jsonl(gold) });
    expect(lastJsonLine(result.stdout).records).toBe(3);
  });

  it.each([
    ['spans out of range', { ...gold[0], spans: [{ start: 10, end: 99, type: 'EMAIL' }] }, /line 2: spans\[0\]: offsets out of range/],
    ['an unknown entity type', { ...gold[0], spans: [{ start: 10, end: 29, type: 'IBAN' }] }, /line 2: spans\[0\]\.type/],
    ['not JSON', '{"id":', /line 2: not valid JSON/],
  ])('stops with exit code 3 at a gold line with %s', async (_case, bad, message) => {
    const file = temp.file('bad.jsonl', jsonl([gold[0], bad]));
    const result = await runCli(['eval', file]);
    expect(result.code).toBe(3);
    expect(result.stderr).toMatch(message);
    expect(result.stderr).not.toContain('ivan.petrov');
  });

  it('skips and counts bad gold lines with --skip-invalid', async () => {
    const file = temp.file('skip.jsonl', jsonl([gold[0], '{"id":', gold[1]]));
    const result = await runCli(['eval', file, '--json', '--skip-invalid']);
    expect(result.code).toBe(0);
    expect(lastJsonLine(result.stdout)).toMatchObject({ records: 2, invalidLines: 1 });
  });
});
