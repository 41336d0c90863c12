// Scores masked ranges against gold spans with the project's scorer; ranges with no known type get their own precision.

import type { GoldSpan, Scoreboard } from '../../../src/eval/score.js';
import { scoreRecords } from '../../../src/eval/score.js';
import type { EntityType } from '../../../src/types.js';
import type { MaskedRange } from './align.js';

export interface GoldRecord {
  id: string;
  lang: string;
  text: string;
  spans: GoldSpan[];
}

export interface PeerAccuracy {
  /** Entity recall counts every masked range, whatever its label (masked is masked). */
  recall: Scoreboard;
  /** Character precision per type, from ranges whose replacement token named that type. */
  precision: Scoreboard;
  /** Letters/digits inside unlabelled ranges (DIGITS, ZIPCODE, …), and how many of them were inside gold spans. */
  unlabelledChars: number;
  unlabelledCorrect: number;
}

const significant = /[\p{L}\p{N}]/u;

export function scoreMaskedRanges(records: readonly GoldRecord[], ranges: readonly (readonly MaskedRange[])[]): PeerAccuracy {
  let unlabelledChars = 0;
  let unlabelledCorrect = 0;
  const labelled = (range: MaskedRange): range is MaskedRange & { type: EntityType } => range.type !== undefined;
  records.forEach((record, index) => {
    const inGold = new Uint8Array(record.text.length);
    for (const span of record.spans) inGold.fill(1, span.start, span.end);
    for (const range of ranges[index] ?? []) {
      if (range.type !== undefined) continue;
      for (let i = range.start; i < range.end; i++) {
        if (!significant.test(record.text[i] ?? '')) continue;
        unlabelledChars++;
        if (inGold[i]) unlabelledCorrect++;
      }
    }
  });
  // For recall the label is irrelevant (scoreRecords covers with spans of any type), so unlabelled ranges ride as NAME.
  const recall = scoreRecords(
    records.map((record, index) => ({
      lang: record.lang,
      text: record.text,
      gold: record.spans,
      predicted: (ranges[index] ?? []).map((range) => ({ start: range.start, end: range.end, type: range.type ?? 'NAME' })),
    })),
  );
  const precision = scoreRecords(
    records.map((record, index) => ({
      lang: record.lang,
      text: record.text,
      gold: record.spans,
      predicted: (ranges[index] ?? []).filter(labelled),
    })),
  );
  return { recall, precision, unlabelledChars, unlabelledCorrect };
}
