// `pii-gate detect` end to end: JSONL in, spans out in input order; bad lines stop or are skipped and counted.

import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TempDir } from './run-cli.js';
import { assertBuilt, createTempDir, jsonl, parseJsonl, runCli } from './run-cli.js';

interface DetectLine {
  id: unknown;
  spans: { start: number; end: number; type: string; score: number }[];
}

const documents = [
  { id: 'email', text: 'Пишите на ivan.petrov@mail.ru, отвечу.' },
  { id: 'phone', text: 'Telefon raqamim +998 90 123-45-67, qo‘ng‘iroq qiling.' },
  { id: 'plain', text: 'Спасибо за заказ.' },
];

let temp: TempDir;
beforeAll(() => {
  assertBuilt();
  temp = createTempDir();
});
afterAll(() => temp.remove());

describe('pii-gate detect', () => {
  it('writes one line per document, in input order, with spans that point at the values', async () => {
    const result = await runCli(['detect', '--quiet'], { stdin: jsonl(documents) });
    expect(result.code).toBe(0);
    const lines = parseJsonl(result.stdout) as unknown as DetectLine[];
    expect(lines.map((line) => line.id)).toEqual(['email', 'phone', 'plain']);
    const values = lines.map((line, index) =>
      line.spans.map((span) => `${span.type}:${documents[index]!.text.slice(span.start, span.end)}`),
    );
    expect(values[0]).toContain('EMAIL:ivan.petrov@mail.ru');
    expect(values[1]).toContain('PHONE:+998 90 123-45-67');
    for (const span of lines.flatMap((line) => line.spans)) {
      expect(Object.keys(span).sort()).toEqual(['end', 'score', 'start', 'type']);
    }
  });

  it('reads --input and writes --output files, and reports counts on stderr', async () => {
    const input = temp.file('in.jsonl', jsonl(documents));
    const output = `${temp.path}/out.jsonl`;
    const result = await runCli(['detect', '--input', input, '--output', output]);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('');
    expect(parseJsonl(readFileSync(output, 'utf8'))).toHaveLength(3);
    expect(result.stderr).toMatch(/pii-gate detect: 3 documents, 0 invalid lines skipped/);
  });

  it('limits detection to --types and writes null for a missing id', async () => {
    const result = await runCli(['detect', '--quiet', '--types', 'PHONE'], {
      stdin: jsonl([{ text: documents[0]!.text }, { text: documents[1]!.text }]),
    });
    const lines = parseJsonl(result.stdout) as unknown as DetectLine[];
    expect(lines[0]).toEqual({ id: null, spans: [] });
    expect(lines[1]!.spans.map((span) => span.type)).toEqual(['PHONE']);
  });

  it.each([
    ['not JSON', '{"id":2,"text":"Dilnoza Karimova +998901234567"', 'not valid JSON'],
    ['not an object', '["Dilnoza Karimova"]', 'not a JSON object'],
    ['without text', '{"id":2,"body":"Dilnoza Karimova"}', 'no "text" field'],
    ['with a non-string text', '{"id":2,"text":["Dilnoza Karimova"]}', '"text" is not a string'],
  ])('stops with exit code 3 at a line that is %s, naming the line but never its content', async (_case, bad, problem) => {
    const result = await runCli(['detect', '--quiet'], { stdin: jsonl([documents[2], bad, documents[0]]) });
    expect(result.code).toBe(3);
    expect(result.stderr).toContain(`line 2: ${problem}`);
    expect(result.stderr).not.toContain('Dilnoza');
    // The line before the bad one was already written and is not lost.
    expect(parseJsonl(result.stdout).map((line) => line.id)).toEqual(['plain']);
  });

  it('skips and counts invalid lines with --skip-invalid, ignoring blank lines', async () => {
    const input = jsonl([documents[0], '{oops', '', documents[1], '{"id":5}', documents[2]]);
    const result = await runCli(['detect', '--skip-invalid'], { stdin: input });
    expect(result.code).toBe(0);
    expect(parseJsonl(result.stdout).map((line) => line.id)).toEqual(['email', 'phone', 'plain']);
    expect(result.stderr).toMatch(/3 documents, 2 invalid lines skipped, 1 blank lines/);
    expect(result.stderr).toMatch(/invalid lines: 2, 5/);
  });

  it('keeps every line and the order for a large piped input', async () => {
    const many = Array.from({ length: 20_000 }, (_, index) => ({ id: index, text: `user${index}@mail.ru ok` }));
    const result = await runCli(['detect', '--quiet', '--types', 'EMAIL'], { stdin: jsonl(many) });
    expect(result.code).toBe(0);
    const lines = parseJsonl(result.stdout) as unknown as DetectLine[];
    expect(lines).toHaveLength(20_000);
    expect(lines.every((line, index) => line.id === index && line.spans.length === 1)).toBe(true);
  });

  it.each([
    [['detect', '--regions', 'UZB'], /not an ISO 3166 alpha-2 region code/],
    [['detect', '--types', 'ADDRESS'], /expected a comma-separated list of NAME, PHONE, EMAIL/],
    [['detect', '--input', '/nonexistent/in.jsonl'], /cannot read input file/],
    [['detect', '--output', '/nonexistent/dir/out.jsonl'], /cannot write output file/],
    [['detect', '--no-such-option'], /unknown option/],
  ])('exits with the usage code 2 for %j', async (args, message) => {
    const result = await runCli(args);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
  });
});
