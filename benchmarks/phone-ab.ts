// A/B speed of detect() in two repo roots, in one process, alternating, timed by this process's CPU time.
// Run: npx tsx benchmarks/phone-ab.ts --base <root> [--head <root>] [--rounds 6] [--only <scenario substring>]
// Scenarios: PHONE + EMAIL on the dev corpus (repeated passes: verdict caches warm), on freshly seeded corpora (every
// number unseen: caches cold), full detect() on both, and 1 Mi chars of digits and separators (a new text per round).
// Prints MB per CPU-second per scenario (best and median round) and the median of the per-round head/base ratios.

import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { generateCorpus } from './lib/corpus.js';
import { ensureDevCorpus, readCorpusTexts } from './lib/dev-corpus.js';
import { adversarialInput } from './lib/scaling-inputs.js';

type Detect = (text: string, options: { types?: readonly string[] }) => unknown[];

const { values } = parseArgs({
  options: {
    base: { type: 'string' },
    head: { type: 'string' },
    rounds: { type: 'string', default: '6' },
    only: { type: 'string' },
  },
});
if (values.base === undefined) throw new Error('--base <repo root> is required');
const rounds = Number(values.rounds);
const roots = { base: resolve(values.base), head: resolve(values.head ?? '.') };
const detectors = {
  base: ((await import(pathToFileURL(`${roots.base}/src/detect/index.ts`).href)) as { detect: Detect }).detect,
  head: ((await import(pathToFileURL(`${roots.head}/src/detect/index.ts`).href)) as { detect: Detect }).detect,
};

const phoneEmail = ['PHONE', 'EMAIL'] as const;
const all = ['NAME', 'PHONE', 'EMAIL'] as const;

/** Texts for one timed round: `round` -1 is warm-up. Every call of `texts` within a round gives the same texts. */
interface Scenario {
  label: string;
  types: readonly string[];
  texts(round: number): readonly string[];
}

const devTexts = readCorpusTexts(ensureDevCorpus()).map((record) => record.text);
// Fresh corpora: the same generator with other seeds, so every phone number and address is new to both roots.
const freshCorpora = new Map<number, string[]>();
function freshCorpus(round: number): string[] {
  let texts = freshCorpora.get(round);
  if (!texts) {
    texts = [...generateCorpus({ seed: 91_000 + round, count: 5000 })].map((record) => record.text);
    freshCorpora.clear();
    freshCorpora.set(round, texts);
  }
  return texts;
}
const digitTexts = new Map<number, string[]>();
function digitRun(round: number): string[] {
  let texts = digitTexts.get(round);
  if (!texts) {
    texts = [adversarialInput('digits and separators', 1_048_576, 100 + round)];
    digitTexts.clear();
    digitTexts.set(round, texts);
  }
  return texts;
}

const scenarios: Scenario[] = [
  { label: 'PHONE + EMAIL, dev corpus (repeated)', types: phoneEmail, texts: () => devTexts },
  { label: 'PHONE + EMAIL, unseen numbers', types: phoneEmail, texts: freshCorpus },
  { label: 'PHONE, unseen numbers', types: ['PHONE'], texts: freshCorpus },
  { label: 'full, dev corpus (repeated)', types: all, texts: () => devTexts },
  { label: 'full, unseen numbers', types: all, texts: freshCorpus },
  { label: 'PHONE + EMAIL, 1 Mi digits and separators', types: phoneEmail, texts: digitRun },
  { label: 'full, 1 Mi digits and separators', types: all, texts: digitRun },
].filter((scenario) => values.only === undefined || scenario.label.includes(values.only));

function cpuSeconds(): number {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1e6;
}

function timed(detect: Detect, texts: readonly string[], types: readonly string[]): number {
  const started = cpuSeconds();
  let spans = 0;
  for (const text of texts) spans += detect(text, { types }).length;
  if (spans < 0) throw new Error('unreachable');
  return cpuSeconds() - started;
}

const median = (list: readonly number[]): number => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)]!;

// Load on a shared machine changes within seconds: each round is cut into chunks of about this many UTF-8 bytes,
// and base and head take turns chunk by chunk, so both see the same background load.
const chunkBytes = 64_000;

function chunksOf(texts: readonly string[]): string[][] {
  const chunks: string[][] = [];
  let chunk: string[] = [];
  let bytes = 0;
  for (const text of texts) {
    chunk.push(text);
    bytes += Buffer.byteLength(text);
    if (bytes >= chunkBytes) {
      chunks.push(chunk);
      chunk = [];
      bytes = 0;
    }
  }
  if (chunk.length > 0) chunks.push(chunk);
  return chunks;
}

for (const scenario of scenarios) {
  const megabytesOf = (texts: readonly string[]): number => texts.reduce((sum, text) => sum + Buffer.byteLength(text), 0) / 1e6;
  // Warm-up: three passes each on texts no timed round uses, so the JIT has settled before the first round.
  for (let pass = 0; pass < 3; pass++) for (const side of ['base', 'head'] as const) timed(detectors[side], scenario.texts(-1 - pass), scenario.types);
  const rates = { base: [] as number[], head: [] as number[] };
  const ratios: number[] = [];
  for (let round = 0; round < rounds; round++) {
    const texts = scenario.texts(round);
    const megabytes = megabytesOf(texts);
    const seconds = { base: 0, head: 0 };
    chunksOf(texts).forEach((chunk, index) => {
      // Alternate which side goes first, so neither always runs right after the other's garbage.
      const order = (round + index) % 2 === 0 ? (['base', 'head'] as const) : (['head', 'base'] as const);
      for (const side of order) seconds[side] += timed(detectors[side], chunk, scenario.types);
    });
    rates.base.push(megabytes / seconds.base);
    rates.head.push(megabytes / seconds.head);
    ratios.push(seconds.base / seconds.head);
  }
  const line = (side: 'base' | 'head'): string => `${Math.max(...rates[side]).toFixed(1)} / ${median(rates[side]).toFixed(1)}`;
  console.log(
    `${scenario.label.padEnd(44)} base ${line('base').padStart(13)}  head ${line('head').padStart(13)} MB per CPU-s (best / median)  head/base ×${median(ratios).toFixed(2)} (rounds ${ratios.map((r) => r.toFixed(2)).join(' ')})`,
  );
}
