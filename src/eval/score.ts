// Scores predicted spans against gold spans: entity recall and character precision per type and language.

import type { EntityType } from '../types.js';
import { ENTITY_TYPES } from '../types.js';

export interface GoldSpan {
  start: number;
  end: number;
  type: EntityType;
}

export interface ScoredRecord {
  lang: string;
  text: string;
  gold: readonly GoldSpan[];
  predicted: readonly GoldSpan[];
}

export interface TypeScore {
  entities: number;
  caught: number;
  recall: number;
  predictedChars: number;
  correctChars: number;
  precision: number;
  f1: number;
}

export interface Scoreboard {
  /** Per language (plus `all`), per entity type. */
  byLang: Record<string, Record<EntityType, TypeScore>>;
}

// Only letters and digits count: masking the space or quote next to a name neither helps nor hurts.
const significant = /[\p{L}\p{N}]/u;

function emptyCounts(): Record<EntityType, TypeScore> {
  const counts = {} as Record<EntityType, TypeScore>;
  for (const type of ENTITY_TYPES) {
    counts[type] = { entities: 0, caught: 0, recall: 1, predictedChars: 0, correctChars: 0, precision: 1, f1: 1 };
  }
  return counts;
}

/** 1 for every UTF-16 index inside one of the spans. */
export function coverageMask(length: number, spans: readonly GoldSpan[]): Uint8Array {
  const mask = new Uint8Array(length);
  for (const span of spans) mask.fill(1, span.start, span.end);
  return mask;
}

/** True when every letter and digit of `span` is covered (see coverageMask). */
export function isCaught(text: string, span: GoldSpan, covered: Uint8Array): boolean {
  for (let i = span.start; i < span.end; i++) {
    if (!covered[i] && significant.test(text[i] ?? '')) return false;
  }
  return true;
}

export interface ScoreAccumulator {
  add(record: ScoredRecord): void;
  /** Ratios computed from the counts so far; the accumulator can keep going afterwards. */
  result(): Scoreboard;
}

/** Scores records one at a time, so a gold stream never has to be held in memory (counts only). */
export function createScoreAccumulator(): ScoreAccumulator {
  const byLang: Record<string, Record<EntityType, TypeScore>> = { all: emptyCounts() };
  return {
    add(record) {
      const langCounts = (byLang[record.lang] ??= emptyCounts());
      const covered = coverageMask(record.text.length, record.predicted);
      const inGold = coverageMask(record.text.length, record.gold);

      for (const span of record.gold) {
        const caught = isCaught(record.text, span, covered);
        for (const counts of [langCounts, byLang.all!]) {
          counts[span.type].entities++;
          if (caught) counts[span.type].caught++;
        }
      }
      for (const span of record.predicted) {
        let chars = 0;
        let correct = 0;
        for (let i = span.start; i < span.end; i++) {
          if (!significant.test(record.text[i] ?? '')) continue;
          chars++;
          if (inGold[i]) correct++;
        }
        for (const counts of [langCounts, byLang.all!]) {
          counts[span.type].predictedChars += chars;
          counts[span.type].correctChars += correct;
        }
      }
    },
    result() {
      const board: Scoreboard = { byLang: {} };
      for (const [lang, counts] of Object.entries(byLang)) {
        const scored = {} as Record<EntityType, TypeScore>;
        for (const type of ENTITY_TYPES) scored[type] = withRatios(counts[type]);
        board.byLang[lang] = scored;
      }
      return board;
    },
  };
}

function withRatios(counts: TypeScore): TypeScore {
  const recall = counts.entities === 0 ? 1 : counts.caught / counts.entities;
  const precision = counts.predictedChars === 0 ? 1 : counts.correctChars / counts.predictedChars;
  const f1 = recall + precision === 0 ? 0 : (2 * recall * precision) / (recall + precision);
  return { ...counts, recall, precision, f1 };
}

/**
 * An entity is caught only when every letter and digit of it is covered by some predicted span (of any type:
 * masked is masked). Character precision of type T: letters/digits inside predicted T spans that lie inside a
 * gold span, over all letters/digits inside predicted T spans.
 */
export function scoreRecords(records: Iterable<ScoredRecord>): Scoreboard {
  const accumulator = createScoreAccumulator();
  for (const record of records) accumulator.add(record);
  return accumulator.result();
}
