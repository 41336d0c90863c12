// Scores full detect() on the blind corpus by language, genre and name pool (listed vs unlisted), which the eval
// CLI cannot split; --misses N prints up to N missed entities and N false positives per type for error analysis.
// Usage: npx tsx benchmarks/lib/blind-score.ts [--corpus benchmarks/out/blind-corpus.jsonl] [--misses N]

import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { detect } from '../../src/detect/index.js';
import { formatScoreTable } from '../../src/eval/report.js';
import { coverageMask, isCaught, scoreRecords, type ScoredRecord } from '../../src/eval/score.js';
import type { BlindRecord } from '../blind-corpus.js';
import { defaultBlindPath } from '../blind-corpus.js';

const { values } = parseArgs({ options: { corpus: { type: 'string' }, misses: { type: 'string' } } });
const path = values.corpus ?? defaultBlindPath;
const showMisses = values.misses === undefined ? 0 : Number(values.misses);

const records = readFileSync(path, 'utf8').split('\n').filter((line) => line.trim()).map((line) => JSON.parse(line) as BlindRecord);
const byLang: ScoredRecord[] = [];
const byGenre: ScoredRecord[] = [];
const byPool: ScoredRecord[] = [];
const misses: string[] = [];
const falsePositives: string[] = [];
// Negatives have no gold span, so their precision row says only 0 or 1: count the records that got a prediction.
const negatives = { records: 0, NAME: 0, PHONE: 0, EMAIL: 0 };
const context = (text: string, start: number, end: number): string => `«${text.slice(Math.max(0, start - 40), end + 30).replace(/\n/g, ' ⏎ ')}»`;

for (const record of records) {
  const predicted = detect(record.text);
  const scored = { text: record.text, gold: record.spans, predicted };
  byLang.push({ ...scored, lang: record.lang });
  byGenre.push({ ...scored, lang: record.genre });
  byPool.push({ ...scored, lang: `names ${record.names}` });
  if (record.genre === 'negative') {
    negatives.records++;
    for (const type of ['NAME', 'PHONE', 'EMAIL'] as const) if (predicted.some((span) => span.type === type)) negatives[type]++;
  }
  if (!showMisses) continue;
  const covered = coverageMask(record.text.length, predicted);
  for (const span of record.spans) {
    if (!isCaught(record.text, span, covered)) misses.push(`${span.type} ${record.lang}/${record.genre}/${record.names}: ${record.text.slice(span.start, span.end)}  ${context(record.text, span.start, span.end)}`);
  }
  for (const span of predicted) {
    const inside = record.spans.some((gold) => gold.start <= span.start && gold.end >= span.end);
    if (!inside) falsePositives.push(`${span.type} ${record.lang}/${record.genre}: ${record.text.slice(span.start, span.end)}  ${context(record.text, span.start, span.end)}`);
  }
}

console.log(`blind corpus: ${records.length} records, full detect()\n`);
console.log(formatScoreTable(scoreRecords(byLang), 'lang'));
console.log('\n' + formatScoreTable(scoreRecords(byGenre), 'genre'));
console.log('\n' + formatScoreTable(scoreRecords(byPool), 'names'));
console.log(`\nnegative records: ${negatives.records}; with a NAME prediction ${negatives.NAME}, PHONE ${negatives.PHONE}, EMAIL ${negatives.EMAIL}`);
if (showMisses) {
  console.log(`\nmissed (${misses.length}):`);
  for (const line of misses.slice(0, showMisses)) console.log('  - ' + line);
  console.log(`false positives (${falsePositives.length}):`);
  for (const line of falsePositives.slice(0, showMisses)) console.log('  + ' + line);
}
