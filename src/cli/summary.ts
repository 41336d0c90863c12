// Run summaries for stderr: counts, rates and line numbers only, never a document value.

import type { LoopStats } from './jsonl-loop.js';

export function formatLoopSummary(command: string, stats: LoopStats): string {
  const seconds = Math.max(stats.seconds, 1e-6);
  const parts = [
    `pii-gate ${command}: ${stats.documents} documents`,
    `${stats.invalidLines} invalid lines skipped`,
    `${stats.blankLines} blank lines`,
    `${stats.seconds.toFixed(2)} s`,
    `${Math.round(stats.documents / seconds)} docs/s`,
    `${(stats.bytes / 1e6 / seconds).toFixed(2)} MB/s`,
  ];
  let summary = parts.join(', ');
  if (stats.invalidLines > 0) {
    const more = stats.invalidLines > stats.firstInvalidLines.length ? ', …' : '';
    summary += `\n  invalid lines: ${stats.firstInvalidLines.join(', ')}${more}`;
  }
  return summary;
}
