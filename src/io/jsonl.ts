// JSONL streaming: numbered lines in (never the whole input in memory), lines out with backpressure.

import { once } from 'node:events';
import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';

export interface NumberedLine {
  /** 1-based line number in the input. */
  lineNumber: number;
  text: string;
  /** UTF-8 bytes this line took in the input, newline included (drives progress and rate). */
  bytes: number;
}

/**
 * Yields the input line by line. readline pauses the source while the consumer is busy, so a slow consumer
 * (or a slow output) holds memory to about one chunk, whatever the input size.
 */
export async function* readNumberedLines(input: Readable): AsyncGenerator<NumberedLine> {
  const lines = createInterface({ input, crlfDelay: Infinity });
  let lineNumber = 0;
  try {
    for await (const text of lines) {
      lineNumber++;
      yield { lineNumber, text, bytes: Buffer.byteLength(text, 'utf8') + 1 };
    }
  } finally {
    lines.close();
  }
}

export interface LineWriter {
  /** Writes one line (a newline is appended); resolves once the stream can take more. */
  write(line: string): Promise<void>;
  /** Flushes; ends the stream unless it is stdout/stderr. */
  close(): Promise<void>;
}

export function createLineWriter(output: Writable): LineWriter {
  let failure: Error | undefined;
  output.on('error', (error: Error) => {
    failure ??= error;
  });
  const isStdio = output === process.stdout || output === process.stderr;
  return {
    async write(line) {
      if (failure) throw failure;
      if (!output.write(line + '\n')) await waitForDrain(output, () => failure);
    },
    async close() {
      if (failure) throw failure;
      if (isStdio) {
        if (output.writableNeedDrain) await waitForDrain(output, () => failure);
        return;
      }
      output.end();
      if (!output.writableFinished) await once(output, 'finish');
      if (failure) throw failure;
    },
  };
}

async function waitForDrain(output: Writable, failed: () => Error | undefined): Promise<void> {
  // `once` rejects on 'error', so a closed pipe surfaces instead of hanging forever.
  await once(output, 'drain');
  const error = failed();
  if (error) throw error;
}

export type RecordProblem = 'blank' | 'not-json' | 'not-object' | 'no-text' | 'text-not-string';

/** Human-readable problem descriptions. They never quote the line: it may hold PII. */
export const recordProblemMessages: Record<RecordProblem, string> = {
  blank: 'empty line',
  'not-json': 'not valid JSON',
  'not-object': 'not a JSON object',
  'no-text': 'no "text" field',
  'text-not-string': '"text" is not a string',
};

export type ParsedLine =
  | { ok: true; value: Record<string, unknown> }
  | { ok: false; problem: RecordProblem };

/** Parses one JSONL line as an object; with `requireText`, also checks `text` is a string. */
export function parseJsonObjectLine(line: string, options: { requireText: boolean }): ParsedLine {
  if (line.trim() === '') return { ok: false, problem: 'blank' };
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    return { ok: false, problem: 'not-json' };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { ok: false, problem: 'not-object' };
  const record = value as Record<string, unknown>;
  if (options.requireText) {
    if (!('text' in record)) return { ok: false, problem: 'no-text' };
    if (typeof record.text !== 'string') return { ok: false, problem: 'text-not-string' };
  }
  return { ok: true, value: record };
}
