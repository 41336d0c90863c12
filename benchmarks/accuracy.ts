// Accuracy benchmark: entity recall, character precision and F1 per language and type, on the dev corpus and on
// each annotated file in ../shared/data; rewrites the "Accuracy" section of benchmarks/RESULTS.md.
// Usage: npm run bench:accuracy [-- --no-write] (PII_GATE_EVAL_DATA overrides the data directory)

import { createReadStream, existsSync, readdirSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { detect } from '../src/detect/index.js';
import type { Evaluation } from '../src/eval/evaluate.js';
import { evaluateGold } from '../src/eval/evaluate.js';
import { formatScoreMarkdown, formatScoreTable } from '../src/eval/report.js';
import type { EntityType } from '../src/types.js';
import type { DevBreakdown, RecallCount } from './lib/breakdown.js';
import { createDevBreakdown } from './lib/breakdown.js';
import { ensureDevCorpus } from './lib/dev-corpus.js';
import { runStamp, updateResultsSection } from './lib/results.js';

const repoRoot = fileURLToPath(new URL('../', import.meta.url));
const dataDir = process.env.PII_GATE_EVAL_DATA ?? resolve(repoRoot, '../shared/data');

interface Target {
  type: EntityType;
  recall: number;
  precision: number;
}

// Targets from issues 2 and 3: dev corpus for every type; real data for names, per language.
const devTargets: Target[] = [
  { type: 'NAME', recall: 0.97, precision: 0.95 },
  { type: 'PHONE', recall: 0.99, precision: 0.98 },
  { type: 'EMAIL', recall: 0.99, precision: 0.98 },
];
const realDataTargets: Target[] = [{ type: 'NAME', recall: 0.9, precision: 0.9 }];

async function evaluateFile(path: string, breakdown?: DevBreakdown): Promise<Evaluation> {
  return evaluateGold(createReadStream(path), (text) => detect(text), {
    onInvalid(lineNumber, problem) {
      throw new Error(`${basename(path)} line ${lineNumber}: ${problem}`);
    },
    ...(breakdown ? { onScored: breakdown.onScored } : {}),
  });
}

/** Per-genre table and rare-versus-common name recall, for the dev corpus only. */
function breakdownSections(breakdown: DevBreakdown): { text: string; markdown: string[] } {
  const { rare, common } = breakdown.nameRecall();
  const recall = (count: RecallCount): string => (count.entities === 0 ? '—' : (count.caught / count.entities).toFixed(3));
  const rareLine =
    `NAME recall on names with a part from the rare lists: ${recall(rare)} (${rare.caught}/${rare.entities}); ` +
    `on common names: ${recall(common)} (${common.caught}/${common.entities}).`;
  const genres = breakdown.byGenre();
  return {
    text: `${formatScoreTable(genres, 'genre')}
${rareLine}`,
    markdown: ['', 'By genre (chat = lower-case, typos, no punctuation):', '', formatScoreMarkdown(genres, 'genre'), '', rareLine],
  };
}

function targetLines(evaluation: Evaluation, targets: readonly Target[], perLanguage: boolean): string[] {
  const lines: string[] = [];
  for (const [lang, byType] of Object.entries(evaluation.scoreboard.byLang)) {
    if (perLanguage ? lang === 'all' : lang !== 'all') continue;
    for (const target of targets) {
      const score = byType[target.type];
      if (score.entities === 0) continue;
      const met = score.recall >= target.recall && score.precision >= target.precision;
      lines.push(
        `- ${met ? 'met' : '**not met**'}: ${lang} ${target.type} recall ${score.recall.toFixed(3)} (target ≥ ${target.recall}), ` +
          `char precision ${score.precision.toFixed(3)} (target ≥ ${target.precision})`,
      );
    }
  }
  return lines;
}

function dataFiles(): string[] {
  if (!existsSync(dataDir)) {
    process.stderr.write(`no evaluation data at ${dataDir}; only the dev corpus is scored\n`);
    return [];
  }
  return readdirSync(dataDir)
    .filter((name) => name.endsWith('.jsonl'))
    .sort()
    .map((name) => join(dataDir, name));
}

const write = !process.argv.includes('--no-write');
const sections: string[] = [runStamp('npm run bench:accuracy')];
sections.push(
  '',
  'Entity recall: an entity counts as caught only when every letter and digit of it is inside a predicted span. ' +
    'Char precision: letters and digits inside predicted spans of a type that are inside a gold span. ' +
    'Full `detect()` with default options (all types, regions UZ, KZ, KG, TJ, TM, RU), single thread.',
);

interface EvaluatedFile {
  path: string;
  label: string;
  targets: readonly Target[];
  perLanguage: boolean;
  breakdown?: DevBreakdown;
}

const devCorpus = ensureDevCorpus();
const files: EvaluatedFile[] = [
  {
    path: devCorpus,
    label: 'Dev corpus (synthetic, benchmarks/generate-corpus.ts, seed 20261125)',
    targets: devTargets,
    perLanguage: false,
    breakdown: createDevBreakdown(devCorpus),
  },
  ...dataFiles().map((path) => ({ path, label: `../shared/data/${basename(path)}`, targets: realDataTargets, perLanguage: true })),
];

for (const file of files) {
  const evaluation = await evaluateFile(file.path, file.breakdown);
  const rate = evaluation.characters / 1e6 / Math.max(evaluation.detectSeconds, 1e-9);
  process.stdout.write(`\n== ${file.label}: ${evaluation.records} records\n${formatScoreTable(evaluation.scoreboard)}\n`);
  const targets = targetLines(evaluation, file.targets, file.perLanguage);
  if (targets.length > 0) process.stdout.write(`${targets.join('\n')}\n`);
  const extra = file.breakdown ? breakdownSections(file.breakdown) : undefined;
  if (extra) process.stdout.write(`\n${extra.text}\n`);
  sections.push(
    '',
    `### ${file.label}`,
    '',
    `${evaluation.records} records; detection ${evaluation.detectSeconds.toFixed(2)} s (${rate.toFixed(2)} M chars/s, cold start included).`,
    '',
    formatScoreMarkdown(evaluation.scoreboard),
    ...(targets.length > 0 ? ['', ...targets] : []),
    ...(extra ? extra.markdown : []),
  );
}

if (write) {
  updateResultsSection('Accuracy', sections.join('\n'));
  process.stdout.write('\nupdated the Accuracy section of benchmarks/RESULTS.md\n');
}
