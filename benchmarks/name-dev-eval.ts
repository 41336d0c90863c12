// Scores the NAME detector (and, with --full, the whole detect()) on the real dev data in ../shared/data.
// Run: npx tsx benchmarks/name-dev-eval.ts [--full] [--misses N] [--file substring] [--corpus PATH (per language and genre)] [--only LANG_OR_GENRE]

import { readFileSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { coverageMask, isCaught, scoreRecords, type GoldSpan, type ScoredRecord } from '../src/eval/score.js';
import { createNameDetector } from '../src/detect/name/index.js';
import { resolveSpans } from '../src/detect/resolve.js';
import type { Span } from '../src/types.js';

const dataDir = fileURLToPath(new URL('../../shared/data/', import.meta.url));
const files = ['factrueval2016_dev_ru.jsonl', 'kaznerd_valid_kk.jsonl', 'presidio_synth_v2_dev_en.jsonl', 'wnut17_dev_en.jsonl'];
const args = process.argv.slice(2);
const full = args.includes('--full');
const missesArg = args.indexOf('--misses');
const showMisses = missesArg === -1 ? 0 : Number(args[missesArg + 1] ?? 20);
const corpusArg = args.indexOf('--corpus');
const corpusPath = corpusArg === -1 ? undefined : args[corpusArg + 1];
const fileArg = args.indexOf('--file');
const onlyFile = fileArg === -1 ? undefined : args[fileArg + 1];
// --only LANG_OR_GENRE keeps the records of one language or genre (to print its misses).
const onlyArg = args.indexOf('--only');
const onlyGroup = onlyArg === -1 ? undefined : args[onlyArg + 1];

interface GoldRecord {
  id: string;
  lang: string;
  genre?: string;
  text: string;
  spans: GoldSpan[];
}

const nameDetector = createNameDetector();
const detectAll = full ? (await import('../src/detect/index.js')).detect : undefined;
const ctx = { regions: ['UZ', 'KZ', 'RU'], knownNames: [] as string[] };

function predict(text: string): Span[] {
  if (detectAll) return detectAll(text);
  return resolveSpans(text, nameDetector.detect(text, ctx), { threshold: 0.5, allow: new Set(), deny: [] });
}

console.log(`mode: ${full ? 'full detect()' : 'name detector'} (threshold 0.5)`);
console.log('file                               records  NAMEs  recall  precision  F1     ms');
// --corpus PATH scores one other gold JSONL (e.g. the synthetic dev corpus) and prints it per language.
const inputs = corpusPath ? [corpusPath] : files.filter((file) => !onlyFile || file.includes(onlyFile)).map((file) => dataDir + file);
for (const path of inputs) {
  const file = path.split('/').pop()!;
  if (!existsSync(path)) continue;
  const records = readFileSync(path, 'utf8')
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as GoldRecord)
    .filter((record) => onlyGroup === undefined || record.lang === onlyGroup || record.genre === onlyGroup);
  const scored: ScoredRecord[] = [];
  // The same records keyed by genre instead of language (the synthetic corpora carry a genre).
  const byGenre: ScoredRecord[] = [];
  const missed: string[] = [];
  const falsePositives: string[] = [];
  const started = performance.now();
  for (const record of records) {
    const predicted = predict(record.text);
    scored.push({ lang: record.lang, text: record.text, gold: record.spans, predicted });
    if (record.genre !== undefined) byGenre.push({ lang: record.genre, text: record.text, gold: record.spans, predicted });
    if (showMisses) {
      for (const gold of record.spans.filter((span) => span.type === 'NAME')) {
        // The scorer's rule: every letter and digit covered (a trailing initial's dot need not be).
        if (!isCaught(record.text, gold, coverageMask(record.text.length, predicted))) missed.push(`${record.text.slice(gold.start, gold.end)}  «${record.text.slice(Math.max(0, gold.start - 40), gold.end + 30).replace(/\n/g, ' ')}»`);
      }
      for (const span of predicted.filter((p) => p.type === 'NAME')) {
        const inside = record.spans.some((gold) => gold.start <= span.start && gold.end >= span.end);
        if (!inside) falsePositives.push(`${record.text.slice(span.start, span.end)} [${span.source} ${span.score}]  «${record.text.slice(Math.max(0, span.start - 30), span.end + 30).replace(/\n/g, ' ')}»`);
      }
    }
  }
  const elapsed = performance.now() - started;
  const board = scoreRecords(scored).byLang;
  const name = board.all!.NAME;
  console.log(
    `${file.padEnd(35)}${String(records.length).padStart(7)}${String(name.entities).padStart(7)}  ${name.recall.toFixed(3)}   ${name.precision.toFixed(3)}     ${name.f1.toFixed(3)}  ${elapsed.toFixed(0)}`,
  );
  if (corpusPath) {
    const genres = byGenre.length > 0 ? Object.entries(scoreRecords(byGenre).byLang).map(([genre, counts]) => [`genre ${genre}`, counts] as const) : [];
    for (const [lang, counts] of [...Object.entries(board), ...genres]) {
      if (lang === 'all' || lang === 'genre all') continue;
      const score = counts.NAME;
      console.log(`  ${lang.padEnd(33)}${''.padStart(7)}${String(score.entities).padStart(7)}  ${score.recall.toFixed(3)}   ${score.precision.toFixed(3)}     ${score.f1.toFixed(3)}`);
    }
  }
  if (showMisses) {
    console.log(`  missed (${missed.length}):`);
    for (const line of missed.slice(0, showMisses)) console.log('   - ' + line);
    console.log(`  false positives (${falsePositives.length}):`);
    for (const line of falsePositives.slice(0, showMisses)) console.log('   + ' + line);
  }
}
