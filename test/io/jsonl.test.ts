// JSONL streaming: numbered lines, byte counts, object parsing and a writer that respects backpressure.

import { Readable, Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createLineWriter, parseJsonObjectLine, readNumberedLines } from '../../src/io/jsonl.js';

async function collect(input: Readable): Promise<{ lineNumber: number; text: string; bytes: number }[]> {
  const lines = [];
  for await (const line of readNumberedLines(input)) lines.push(line);
  return lines;
}

describe('readNumberedLines', () => {
  it.each([
    ['LF endings', 'a\nb\nc\n', ['a', 'b', 'c']],
    ['CRLF endings', 'a\r\nb\r\n', ['a', 'b']],
    ['no final newline', 'a\nb', ['a', 'b']],
    ['blank lines in the middle', 'a\n\nb\n', ['a', '', 'b']],
  ])('numbers lines from 1 with %s', async (_name, input, expected) => {
    const lines = await collect(Readable.from([input]));
    expect(lines.map((line) => line.text)).toEqual(expected);
    expect(lines.map((line) => line.lineNumber)).toEqual(expected.map((_, index) => index + 1));
  });

  it('reassembles lines split across chunks, including a multi-byte character cut in half', async () => {
    const bytes = Buffer.from('{"text":"Жасур"}\n{"text":"ok"}\n');
    const cut = bytes.indexOf(Buffer.from('Ж')) + 1;
    const lines = await collect(Readable.from([bytes.subarray(0, cut), bytes.subarray(cut)]));
    expect(lines.map((line) => line.text)).toEqual(['{"text":"Жасур"}', '{"text":"ok"}']);
  });

  it('counts UTF-8 bytes per line, newline included', async () => {
    const lines = await collect(Readable.from(['Ол\nab\n']));
    expect(lines.map((line) => line.bytes)).toEqual([5, 3]);
  });
});

describe('parseJsonObjectLine', () => {
  it.each([
    ['', 'blank'],
    ['   ', 'blank'],
    ['{not json', 'not-json'],
    ['[1,2]', 'not-object'],
    ['"text"', 'not-object'],
    ['null', 'not-object'],
    ['{"id":1}', 'no-text'],
    ['{"id":1,"text":42}', 'text-not-string'],
    ['{"id":1,"text":null}', 'text-not-string'],
  ])('rejects %j as %s when text is required', (line, problem) => {
    expect(parseJsonObjectLine(line, { requireText: true })).toEqual({ ok: false, problem });
  });

  it.each([
    ['{"id":1,"text":"hi"}', true],
    ['{"id":1,"messages":[]}', false],
  ])('accepts %j (requireText: %s)', (line, requireText) => {
    const parsed = parseJsonObjectLine(line, { requireText });
    expect(parsed.ok).toBe(true);
  });
});

describe('createLineWriter', () => {
  it('waits for drain when the destination is slow and keeps every line in order', async () => {
    const received: string[] = [];
    let pendingCallbacks = 0;
    const slow = new Writable({
      highWaterMark: 16,
      write(chunk: Buffer, _encoding, callback) {
        received.push(chunk.toString());
        pendingCallbacks++;
        setTimeout(() => {
          pendingCallbacks--;
          callback();
        }, 1);
      },
    });
    const writer = createLineWriter(slow);
    let maxBuffered = 0;
    for (let i = 0; i < 50; i++) {
      await writer.write(`line ${i} ${'x'.repeat(10)}`);
      maxBuffered = Math.max(maxBuffered, slow.writableLength);
    }
    await writer.close();
    expect(received.join('').split('\n').filter(Boolean)).toHaveLength(50);
    expect(received[49]).toBe(`line 49 ${'x'.repeat(10)}\n`);
    // Never more than one line beyond the high-water mark is buffered: the writer awaited 'drain'.
    expect(maxBuffered).toBeLessThanOrEqual(16 + 20);
    expect(pendingCallbacks).toBe(0);
  });

  it('surfaces a destination error instead of hanging', async () => {
    const broken = new Writable({
      highWaterMark: 1,
      write(_chunk, _encoding, callback) {
        callback(new Error('EPIPE-like failure'));
      },
    });
    const writer = createLineWriter(broken);
    await expect(async () => {
      for (let i = 0; i < 5; i++) await writer.write('x');
    }).rejects.toThrow('EPIPE-like failure');
  });
});
