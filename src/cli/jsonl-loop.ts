// The shared per-line loop of `detect` and `redact`: parse, transform, write in order, count what was skipped.

import type { Readable, Writable } from 'node:stream';
import type { RecordProblem } from '../io/jsonl.js';
import { createLineWriter, parseJsonObjectLine, readNumberedLines, recordProblemMessages } from '../io/jsonl.js';
import { InvalidLineError } from './errors.js';
import type { Progress } from './progress.js';

export interface LoopStats {
  lines: number;
  documents: number;
  /** Invalid lines skipped under --skip-invalid. */
  invalidLines: number;
  /** The first few of them by 1-based line number (numbers only: no content). */
  firstInvalidLines: number[];
  blankLines: number;
  bytes: number;
  seconds: number;
}

/** Thrown by a transform when a parsed object is still not a valid document; `problem` must not quote content. */
export class DocumentProblem extends Error {
  constructor(readonly problem: string) {
    super(problem);
    this.name = 'DocumentProblem';
  }
}

export interface LoopOptions {
  input: Readable;
  output: Writable;
  skipInvalid: boolean;
  /** `detect` needs a string `text`; `redact` also takes dialogues (`messages`) and lets the engine check shape. */
  requireText: boolean;
  progress: Progress;
  /** Returns the output line for a document. Throws DocumentProblem for a bad document; any other throw aborts. */
  transform(record: Record<string, unknown>, lineNumber: number): string;
}

// Kept in the summary so a huge bad file does not grow memory; the count stays exact.
const maxListedInvalidLines = 20;

export async function runJsonlLoop(options: LoopOptions): Promise<LoopStats> {
  const writer = createLineWriter(options.output);
  const stats: LoopStats = {
    lines: 0,
    documents: 0,
    invalidLines: 0,
    firstInvalidLines: [],
    blankLines: 0,
    bytes: 0,
    seconds: 0,
  };
  const startedAt = performance.now();
  const reject = (lineNumber: number, problem: string): void => {
    if (!options.skipInvalid) throw new InvalidLineError(lineNumber, problem);
    stats.invalidLines++;
    if (stats.firstInvalidLines.length < maxListedInvalidLines) stats.firstInvalidLines.push(lineNumber);
  };
  let failed = false;
  try {
    for await (const line of readNumberedLines(options.input)) {
      stats.lines = line.lineNumber;
      stats.bytes += line.bytes;
      const parsed = parseJsonObjectLine(line.text, { requireText: options.requireText });
      if (!parsed.ok) {
        if (parsed.problem === 'blank') stats.blankLines++;
        else reject(line.lineNumber, recordProblemMessages[parsed.problem satisfies RecordProblem]);
        continue;
      }
      let out: string;
      try {
        out = options.transform(parsed.value, line.lineNumber);
      } catch (error) {
        if (!(error instanceof DocumentProblem)) throw error;
        reject(line.lineNumber, error.problem);
        continue;
      }
      await writer.write(out);
      stats.documents++;
      options.progress.update(stats.bytes, stats.documents);
    }
  } catch (error) {
    failed = true;
    throw error;
  } finally {
    options.progress.stop();
    stats.seconds = (performance.now() - startedAt) / 1000;
    // Flush what was written even when a bad line stops the run: output lines are never silently lost.
    // A flush failure after another failure must not hide the first one.
    await writer.close().catch((error: unknown) => {
      if (!failed) throw error;
    });
  }
  return stats;
}
