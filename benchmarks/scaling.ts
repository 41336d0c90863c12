// Linear cost: detect() time versus text length (1 KB … 1 MB) on real corpus text and on adversarial inputs;
// log-log fitted exponent per input; rewrites the "Scaling" section of RESULTS.md.
// Usage: npm run bench:scaling [-- --no-write]

import { parseArgs } from 'node:util';
import { detect } from '../src/detect/index.js';
import { ensureDevCorpus, readCorpusTexts } from './lib/dev-corpus.js';
import { runStamp, updateResultsSection } from './lib/results.js';
import type { AdversarialKind } from './lib/scaling-inputs.js';
import { adversarialInput, adversarialKinds } from './lib/scaling-inputs.js';

const { values } = parseArgs({ options: { 'no-write': { type: 'boolean' } } });
// Stamped now: the date and load average describe the start of the run.
const stamp = runStamp('npm run bench:scaling');

const KB = 1024;
const corpusSizes = [KB, 4 * KB, 16 * KB, 64 * KB, 256 * KB, 1024 * KB];
const adversarialSizes = [16 * KB, 64 * KB, 100_000, 256 * KB, 1024 * KB];
// Below this the fixed per-call cost dominates and would flatter the exponent; the fit uses larger inputs only.
const fitFrom = 16 * KB;
/** A single call slower than this ends that input's sweep (it is already far over the 1 s target). */
const giveUpSeconds = 10;
/** Each size is repeated until this much time is spent (at least 3 calls), then the median call is kept. */
const budgetSeconds = 0.3;

interface Point {
  length: number;
  seconds: number;
  spans: number;
}

interface Series {
  label: string;
  points: Point[];
  exponent: number;
  gaveUp: boolean;
}

function timeOnce(text: string): { seconds: number; spans: number } {
  const startedAt = process.hrtime.bigint();
  const spans = detect(text).length;
  return { seconds: Number(process.hrtime.bigint() - startedAt) / 1e9, spans };
}

function measure(text: string): Point {
  const samples: number[] = [];
  let spent = 0;
  let spans = 0;
  while (samples.length < 3 || spent < budgetSeconds) {
    const once = timeOnce(text);
    samples.push(once.seconds);
    spent += once.seconds;
    spans = once.spans;
    if (once.seconds > giveUpSeconds / 3) break;
  }
  samples.sort((a, b) => a - b);
  return { length: text.length, seconds: samples[Math.floor(samples.length / 2)]!, spans };
}

/** Least-squares slope of log(seconds) over log(length). */
export function fittedExponent(points: readonly Point[]): number {
  const xs = points.map((point) => Math.log(point.length));
  const ys = points.map((point) => Math.log(point.seconds));
  const meanX = xs.reduce((a, b) => a + b, 0) / xs.length;
  const meanY = ys.reduce((a, b) => a + b, 0) / ys.length;
  let numerator = 0;
  let denominator = 0;
  xs.forEach((x, i) => {
    numerator += (x - meanX) * (ys[i]! - meanY);
    denominator += (x - meanX) ** 2;
  });
  return denominator === 0 ? Number.NaN : numerator / denominator;
}

function sweep(label: string, sizes: readonly number[], make: (length: number) => string): Series {
  const points: Point[] = [];
  let gaveUp = false;
  for (const length of sizes) {
    const point = measure(make(length));
    points.push(point);
    process.stdout.write(
      `${label.padEnd(26)} ${String(length).padStart(8)} chars ${(point.seconds * 1000).toFixed(2).padStart(9)} ms  ${point.spans} spans\n`,
    );
    if (point.seconds > giveUpSeconds) {
      gaveUp = true;
      break;
    }
  }
  return { label, points, exponent: fittedExponent(points.filter((point) => point.length >= fitFrom)), gaveUp };
}

const corpusText = readCorpusTexts(ensureDevCorpus())
  .map((record) => record.text)
  .join('\n');
const corpusOf = (length: number): string => corpusText.repeat(Math.ceil(length / corpusText.length)).slice(0, length);

detect(corpusOf(4 * KB)); // warm-up: patterns loaded, JIT settled
const series: Series[] = [
  sweep('dev corpus text', corpusSizes, corpusOf),
  ...adversarialKinds.map((kind: AdversarialKind) => sweep(kind, adversarialSizes, (length) => adversarialInput(kind, length))),
];

const largest = (s: Series): Point => s.points[s.points.length - 1]!;
const verdict = (s: Series): string => {
  const problems: string[] = [];
  if (!(s.exponent <= 1.1)) problems.push(`exponent ${s.exponent.toFixed(2)} > 1.1`);
  if (s.gaveUp || largest(s).seconds > 1) problems.push(`${largest(s).length} chars took ${largest(s).seconds.toFixed(2)} s`);
  return problems.length === 0 ? 'met' : `**not met**: ${problems.join('; ')}`;
};
for (const s of series) process.stdout.write(`${s.label.padEnd(26)} exponent ${s.exponent.toFixed(3)}  ${verdict(s)}\n`);

if (!values['no-write']) {
  const allLengths = [...new Set(series.flatMap((s) => s.points.map((point) => point.length)))].sort((a, b) => a - b);
  const table = [
    `| input | ${allLengths.map((length) => (length % KB === 0 ? `${length / KB} Ki` : `${length / 1000} k`)).join(' | ')} | exponent (≥ 16 Ki) | 1 Mi chars MB/s | target (≤ 1.1, 1 Mi ≤ 1 s) |`,
    `|---|${allLengths.map(() => '---:').join('|')}|---:|---:|---|`,
    ...series.map((s) => {
      const cells = allLengths.map((length) => {
        const point = s.points.find((candidate) => candidate.length === length);
        return point === undefined ? '' : `${(point.seconds * 1000).toFixed(point.seconds < 0.01 ? 2 : 0)} ms`;
      });
      const top = largest(s);
      const text = s.label === 'dev corpus text' ? corpusOf(top.length) : adversarialInput(s.label as AdversarialKind, top.length);
      const megabytesPerSecond = Buffer.byteLength(text, 'utf8') / 1e6 / top.seconds;
      return `| ${s.label} | ${cells.join(' | ')} | ${s.exponent.toFixed(3)} | ${megabytesPerSecond.toFixed(2)} | ${verdict(s)} |`;
    }),
  ];
  updateResultsSection(
    'Scaling',
    [
      stamp,
      '',
      'Single thread, one `detect(text)` call (all types, default options) per input; lengths in UTF-16 code units ' +
        '(Ki = 1024). Each length is repeated until 0.3 s is spent (at least 3 calls) and the median call is reported. ' +
        'The exponent is the least-squares slope of log(time) over log(length) for lengths ≥ 16 Ki (below that the fixed ' +
        'per-call cost flatters the slope). Inputs: the dev corpus joined with newlines and repeated; seeded adversarial ' +
        "texts from benchmarks/lib/scaling-inputs.ts (digit groups with `space - ( ) + .`; a run of '@'; one token of " +
        '`[a-z0-9._-]` with no spaces; capitalised Latin and Cyrillic pseudo-words; lower-case Cyrillic chat words). ' +
        'test/perf/linear.test.ts guards the same inputs with generous bounds (1 Mi < 5 s, 1 Mi / 100 k < 30).',
      '',
      ...table,
    ].join('\n'),
  );
  process.stdout.write('updated the Scaling section of benchmarks/RESULTS.md\n');
}
