// The shared CLI loop never loses or reorders a valid document, whatever mix of bad lines surrounds it.

import { PassThrough, Readable } from 'node:stream';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DocumentProblem, runJsonlLoop } from '../../src/cli/jsonl-loop.js';
import { InvalidLineError } from '../../src/cli/errors.js';

type Line = { kind: 'doc'; id: number } | { kind: 'bad'; raw: string } | { kind: 'rejected'; id: number } | { kind: 'blank' };

const lineArbitrary: fc.Arbitrary<Line> = fc.oneof(
  { weight: 6, arbitrary: fc.nat().map((id): Line => ({ kind: 'doc', id })) },
  { weight: 1, arbitrary: fc.constantFrom('{', 'null', '[]', '{"id":1}', '{"text":5}').map((raw): Line => ({ kind: 'bad', raw })) },
  { weight: 1, arbitrary: fc.nat().map((id): Line => ({ kind: 'rejected', id })) },
  { weight: 1, arbitrary: fc.constant<Line>({ kind: 'blank' }) },
);

function render(line: Line): string {
  switch (line.kind) {
    case 'doc':
      return JSON.stringify({ id: line.id, text: 'ok' });
    case 'rejected':
      return JSON.stringify({ id: line.id, text: 'reject me' });
    case 'bad':
      return line.raw;
    case 'blank':
      return '';
  }
}

async function run(lines: readonly Line[], skipInvalid: boolean): Promise<{ out: string[]; stats?: Awaited<ReturnType<typeof runJsonlLoop>>; error?: unknown }> {
  const output = new PassThrough();
  const chunks: string[] = [];
  output.on('data', (chunk: Buffer) => chunks.push(chunk.toString()));
  try {
    const stats = await runJsonlLoop({
      input: Readable.from(lines.length === 0 ? [] : [lines.map(render).join('\n') + '\n']),
      output,
      skipInvalid,
      requireText: true,
      progress: { update() {}, stop() {} },
      transform(record) {
        if (record.text === 'reject me') throw new DocumentProblem('rejected by the transform');
        return JSON.stringify({ id: record.id });
      },
    });
    return { out: chunks.join('').split('\n').filter(Boolean), stats };
  } catch (error) {
    return { out: chunks.join('').split('\n').filter(Boolean), error };
  }
}

describe('runJsonlLoop', () => {
  it('with --skip-invalid writes every valid document in order and counts the rest', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(lineArbitrary, { maxLength: 40 }), async (lines) => {
        const { out, stats } = await run(lines, true);
        const docs = lines.filter((line) => line.kind === 'doc');
        expect(out).toEqual(docs.map((line) => JSON.stringify({ id: line.kind === 'doc' ? line.id : -1 })));
        expect(stats!.documents).toBe(docs.length);
        expect(stats!.invalidLines).toBe(lines.filter((line) => line.kind === 'bad' || line.kind === 'rejected').length);
        expect(stats!.blankLines).toBe(lines.filter((line) => line.kind === 'blank').length);
      }),
      { numRuns: 60 },
    );
  });

  it('without it stops at the first bad line, naming it, after writing every document before it', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(lineArbitrary, { maxLength: 40 }), async (lines) => {
        const { out, error } = await run(lines, false);
        const firstBad = lines.findIndex((line) => line.kind === 'bad' || line.kind === 'rejected');
        const before = (firstBad === -1 ? lines : lines.slice(0, firstBad)).filter((line) => line.kind === 'doc');
        expect(out).toHaveLength(before.length);
        if (firstBad === -1) {
          expect(error).toBeUndefined();
        } else {
          expect(error).toBeInstanceOf(InvalidLineError);
          expect((error as InvalidLineError).lineNumber).toBe(firstBad + 1);
        }
      }),
      { numRuns: 60 },
    );
  });
});
