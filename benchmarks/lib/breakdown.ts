// Dev-corpus breakdowns the gold format cannot carry: scores per genre (review, dialogue, chat, negative) and
// NAME recall on rare versus common names (generalisation beyond the gazetteers).

import { readFileSync } from 'node:fs';
import type { GoldSpan, Scoreboard, ScoredRecord } from '../../src/eval/score.js';
import { coverageMask, createScoreAccumulator, isCaught } from '../../src/eval/score.js';

interface DevLabels {
  genre: string;
  /** `start:end` of NAME spans written with a part from the rare lists. */
  rare: Set<string>;
}

interface DevLine {
  id: string;
  genre?: string;
  spans: (GoldSpan & { rare?: boolean })[];
}

export interface RecallCount {
  entities: number;
  caught: number;
}

export interface DevBreakdown {
  onScored(record: ScoredRecord & { id: unknown }): void;
  byGenre(): Scoreboard;
  nameRecall(): { rare: RecallCount; common: RecallCount };
}

export function createDevBreakdown(corpusPath: string): DevBreakdown {
  const labels = new Map<string, DevLabels>();
  for (const line of readFileSync(corpusPath, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const record = JSON.parse(line) as DevLine;
    const rare = new Set(record.spans.filter((span) => span.rare).map((span) => `${span.start}:${span.end}`));
    labels.set(record.id, { genre: record.genre ?? 'unknown', rare });
  }
  const byGenre = createScoreAccumulator();
  const rare: RecallCount = { entities: 0, caught: 0 };
  const common: RecallCount = { entities: 0, caught: 0 };
  return {
    onScored(record) {
      const label = labels.get(String(record.id));
      if (!label) return;
      byGenre.add({ ...record, lang: label.genre });
      const covered = coverageMask(record.text.length, record.predicted);
      for (const span of record.gold) {
        if (span.type !== 'NAME') continue;
        const bucket = label.rare.has(`${span.start}:${span.end}`) ? rare : common;
        bucket.entities++;
        if (isCaught(record.text, span, covered)) bucket.caught++;
      }
    },
    byGenre: () => byGenre.result(),
    nameRecall: () => ({ rare, common }),
  };
}
