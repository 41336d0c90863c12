// Runs a detector over a gold JSONL stream and scores it (shared by `pii-gate eval` and the accuracy benchmark).

import type { Readable } from 'node:stream';
import { parseJsonObjectLine, readNumberedLines, recordProblemMessages } from '../io/jsonl.js';
import { toGoldRecord } from './gold.js';
import type { GoldSpan, Scoreboard, ScoredRecord } from './score.js';
import { createScoreAccumulator } from './score.js';

export type SpanFinder = (text: string) => readonly GoldSpan[];

export interface EvaluateOptions {
  /** Called for a bad line; it throws to stop (the default behaviour of the CLI) or returns to skip. */
  onInvalid(lineNumber: number, problem: string): void;
  /** Sees every scored record (e.g. to collect misses); must not log text. */
  onScored?(record: ScoredRecord & { id: unknown }): void;
}

export interface Evaluation {
  scoreboard: Scoreboard;
  records: number;
  invalidLines: number;
  /** Detection time only (parsing and scoring excluded), in seconds. */
  detectSeconds: number;
  characters: number;
}

export async function evaluateGold(input: Readable, findSpans: SpanFinder, options: EvaluateOptions): Promise<Evaluation> {
  // Counts only: a gold file larger than memory streams through like any other input.
  const accumulator = createScoreAccumulator();
  let records = 0;
  let invalidLines = 0;
  let detectSeconds = 0;
  let characters = 0;
  for await (const line of readNumberedLines(input)) {
    const parsed = parseJsonObjectLine(line.text, { requireText: true });
    if (!parsed.ok && parsed.problem === 'blank') continue;
    const gold = parsed.ok ? toGoldRecord(parsed.value) : { ok: false as const, problem: recordProblemMessages[parsed.problem] };
    if (!gold.ok) {
      invalidLines++;
      options.onInvalid(line.lineNumber, gold.problem);
      continue;
    }
    const { record } = gold;
    const startedAt = performance.now();
    const predicted = findSpans(record.text);
    detectSeconds += (performance.now() - startedAt) / 1000;
    characters += record.text.length;
    const entry: ScoredRecord = { lang: record.lang, text: record.text, gold: record.spans, predicted };
    accumulator.add(entry);
    records++;
    options.onScored?.({ ...entry, id: record.id });
  }
  return { scoreboard: accumulator.result(), records, invalidLines, detectSeconds, characters };
}
