// Throughput benchmark: single-threaded `detect()` over the dev corpus for PHONE+EMAIL, NAME, and all three types;
// warm-up, several timed rounds, median MB/s (UTF-8 bytes of text) and docs/s; rewrites the "Throughput" section.
// Usage: npm run bench:throughput [-- --rounds 7] [-- --no-write] [-- --warmup SECONDS] [-- --cpu]
// --warmup: warm-up passes until SECONDS have passed (default: one pass); the JIT needs ~10 passes to settle here.
// --cpu: time rounds by this process's CPU time (MB per CPU-second), not wall time: steadier on a shared machine.

import { parseArgs } from 'node:util';
import { detect, detectMany } from '../src/detect/index.js';
import type { EntityType } from '../src/types.js';
import type { CorpusText } from './lib/dev-corpus.js';
import { ensureDevCorpus, readCorpusTexts } from './lib/dev-corpus.js';
import { runStamp, updateResultsSection } from './lib/results.js';

interface Scenario {
  label: string;
  types: readonly EntityType[];
  /** Target MB/s from the issues, when there is one. */
  targetMBps?: number;
  /** Texts per `detectMany()` call; without it, one `detect()` call per text. */
  batch?: number;
}

const scenarios: Scenario[] = [
  // detect() with no detector: the per-call floor (option handling, resolver), the ceiling for every row below.
  { label: 'no types (call overhead)', types: [] },
  { label: 'PHONE + EMAIL', types: ['PHONE', 'EMAIL'], targetMBps: 30 },
  // Each half alone, so a miss on the line above shows which detector to look at.
  { label: 'PHONE', types: ['PHONE'] },
  { label: 'EMAIL', types: ['EMAIL'] },
  { label: 'NAME', types: ['NAME'] },
  { label: 'NAME + PHONE + EMAIL (full)', types: ['NAME', 'PHONE', 'EMAIL'], targetMBps: 15 },
  // The same spans through the batch API (each detector over 256 texts before the next): what batching callers get.
  { label: 'full, detectMany × 256 texts', types: ['NAME', 'PHONE', 'EMAIL'], batch: 256 },
];

interface Measurement {
  scenario: Scenario;
  /** Seconds per pass over the corpus, one entry per round. */
  roundsSeconds: number[];
  medianSeconds: number;
  /** The least disturbed round: closest to the detector's own cost when other jobs share the CPUs. */
  bestSeconds: number;
  passes: number;
  megabytesPerSecond: number;
  docsPerSecond: number;
  spans: number;
}

const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

/** One pass over every document; the span count is returned so the work cannot be optimised away. */
function pass(texts: readonly string[], types: readonly EntityType[], batch: number | undefined): number {
  let spans = 0;
  if (batch === undefined) for (const text of texts) spans += detect(text, { types }).length;
  else for (let i = 0; i < texts.length; i += batch) for (const found of detectMany(texts.slice(i, i + batch), { types })) spans += found.length;
  return spans;
}

// Rounds shorter than this are dominated by timer and scheduler noise on a shared machine.
const minimumRoundSeconds = 0.5;

/** Seconds now, on the clock rounds are timed by: wall time, or this process's CPU time (user + system) with --cpu. */
function clockSeconds(): number {
  if (!useCpuClock) return Number(process.hrtime.bigint()) / 1e9;
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1e6;
}

function timePasses(texts: readonly string[], scenario: Scenario, passes: number): { seconds: number; spans: number } {
  const startedAt = clockSeconds();
  let spans = 0;
  for (let i = 0; i < passes; i++) spans = pass(texts, scenario.types, scenario.batch);
  return { seconds: clockSeconds() - startedAt, spans };
}

function measure(scenario: Scenario, texts: readonly string[], bytes: number, rounds: number): Measurement {
  // Warm-up: one pass (or passes for --warmup seconds) to settle the JIT, then one, timed, to size a round to at
  // least minimumRoundSeconds.
  const warmUpUntil = Number(process.hrtime.bigint()) / 1e9 + warmUpSeconds;
  do timePasses(texts, scenario, 1);
  while (Number(process.hrtime.bigint()) / 1e9 < warmUpUntil);
  const warmUp = timePasses(texts, scenario, 1);
  const passes = Math.max(1, Math.ceil(minimumRoundSeconds / Math.max(warmUp.seconds, 1e-3)));
  const roundsSeconds: number[] = [];
  let spans = 0;
  for (let round = 0; round < rounds; round++) {
    const timed = timePasses(texts, scenario, passes);
    roundsSeconds.push(timed.seconds / passes);
    spans = timed.spans;
  }
  const medianSeconds = median(roundsSeconds);
  return {
    scenario,
    roundsSeconds,
    medianSeconds,
    bestSeconds: Math.min(...roundsSeconds),
    passes,
    megabytesPerSecond: bytes / 1e6 / medianSeconds,
    docsPerSecond: texts.length / medianSeconds,
    spans,
  };
}

function verdict(measurement: Measurement): string {
  const target = measurement.scenario.targetMBps;
  if (target === undefined) return '—';
  return measurement.megabytesPerSecond >= target ? `≥ ${target}: met` : `≥ ${target}: **not met**`;
}

const { values } = parseArgs({
  options: {
    rounds: { type: 'string', default: '7' },
    'no-write': { type: 'boolean' },
    warmup: { type: 'string', default: '0' },
    cpu: { type: 'boolean' },
  },
});
const rounds = Number(values.rounds);
if (!Number.isInteger(rounds) || rounds < 1) throw new Error('--rounds must be a positive integer');
const warmUpSeconds = Number(values.warmup);
if (!Number.isFinite(warmUpSeconds) || warmUpSeconds < 0) throw new Error('--warmup must be a number of seconds ≥ 0');
const useCpuClock = values.cpu === true;

const corpus: CorpusText[] = readCorpusTexts(ensureDevCorpus());
const texts = corpus.map((record) => record.text);
const bytes = texts.reduce((sum, text) => sum + Buffer.byteLength(text, 'utf8'), 0);
process.stdout.write(
  `dev corpus: ${texts.length} documents, ${(bytes / 1e6).toFixed(2)} MB UTF-8; ${rounds} rounds after a warm-up` +
    `${warmUpSeconds > 0 ? ` of ${warmUpSeconds} s` : ''}${useCpuClock ? '; timed by CPU time (MB/s = MB per CPU-second)' : ''}\n`,
);

// detect() builds every detector (pattern lists, gazetteers) on its first call, whatever the types: pay it here,
// not inside the first scenario.
detect('Салом, Алишер! +998 90 123 45 67, a.b@mail.uz', {});

const measurements = scenarios.map((scenario) => {
  const measurement = measure(scenario, texts, bytes, rounds);
  process.stdout.write(
    `${scenario.label.padEnd(28)} ${measurement.megabytesPerSecond.toFixed(2).padStart(7)} MB/s ` +
      `${Math.round(measurement.docsPerSecond).toString().padStart(7)} docs/s  ` +
      `best ${(bytes / 1e6 / measurement.bestSeconds).toFixed(2)} MB/s  (${measurement.passes} passes/round)  ${verdict(measurement)}\n`,
  );
  return measurement;
});

if (!values['no-write']) {
  const table = [
    '| types | MB/s (median) | docs/s (median) | MB/s (best round) | seconds per pass, each round | target (on the median) |',
    '|---|---:|---:|---:|---|---|',
    ...measurements.map(
      (m) =>
        `| ${m.scenario.label} | ${m.megabytesPerSecond.toFixed(2)} | ${Math.round(m.docsPerSecond)} | ` +
        `${(bytes / 1e6 / m.bestSeconds).toFixed(2)} | ${m.roundsSeconds.map((seconds) => seconds.toFixed(3)).join(', ')} | ${verdict(m)} |`,
    ),
  ];
  updateResultsSection(
    'Throughput',
    [
      runStamp(`npm run bench:throughput -- --rounds ${rounds}${warmUpSeconds > 0 ? ` --warmup ${warmUpSeconds}` : ''}${useCpuClock ? ' --cpu' : ''}`),
      '',
      `Single thread, \`detect(text, { types })\` over every document of the dev corpus (${texts.length} documents, ` +
        `${(bytes / 1e6).toFixed(2)} MB of UTF-8 text), ${warmUpSeconds > 0 ? `warm-up passes for ${warmUpSeconds} s` : 'one warm-up pass'}, ` +
        `then ${rounds} timed rounds of whole passes (as many passes as fill ${minimumRoundSeconds} s` +
        `${useCpuClock ? ' of CPU time; rounds are timed by the process CPU time, so MB/s means MB per CPU-second' : ''}); ` +
        'MB/s counts UTF-8 bytes of the texts. The machine is shared with ' +
        'other jobs (see the load average), so rounds are noisy: targets are judged on the median; the best round shows ' +
        'the cost with the least interference. The last row gives the same spans through `detectMany()` over slices of ' +
        '256 documents (each detector over the slice before the next); the 15 MB/s target is judged on `detect()`.',
      '',
      ...table,
    ].join('\n'),
  );
  process.stdout.write('updated the Throughput section of benchmarks/RESULTS.md\n');
}
