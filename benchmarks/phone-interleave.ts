// Why full detect() costs more than NAME plus PHONE + EMAIL measured alone: the same calls, ordered differently.
// Run: npx tsx benchmarks/phone-interleave.ts [--root <repo root>] [--rounds 12] [--corpus <jsonl>]
// Scenarios, all in one process (same JIT state), rounds interleaved, timed by this process's CPU time:
//   name, pe         each half alone over the whole corpus (the "parts")
//   batch k          NAME over k documents, then PHONE + EMAIL over the same k (k = 1 is one document at a time)
//   full             detect() with every type (one call per document)
//   many k           detectMany() with every type over k documents at a time
// Every batch size does the same calls on the same texts, so any cost that falls with k is locality (caches, branch
// predictors), not work. Prints µs per document, best and median round.

import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

type Detect = (text: string, options?: { types?: readonly string[] }) => unknown[];
type DetectMany = (texts: readonly string[]) => unknown[][];

const { values } = parseArgs({
  options: {
    root: { type: 'string' },
    rounds: { type: 'string', default: '12' },
    corpus: { type: 'string' },
  },
});
const root = resolve(values.root ?? '.');
const rounds = Number(values.rounds);
const corpus = values.corpus ?? fileURLToPath(new URL('out/dev-corpus.jsonl', import.meta.url));
const { detect, detectMany } = (await import(pathToFileURL(`${root}/src/detect/index.ts`).href)) as {
  detect: Detect;
  detectMany?: DetectMany;
};
const texts = readFileSync(corpus, 'utf8')
  .trim()
  .split('\n')
  .map((line) => (JSON.parse(line) as { text: string }).text);

const nameOnly = { types: ['NAME'] };
const phoneEmail = { types: ['PHONE', 'EMAIL'] };

/** NAME over `k` texts, then PHONE + EMAIL over the same `k`, through the corpus. */
function batched(k: number): () => void {
  return () => {
    for (let from = 0; from < texts.length; from += k) {
      const to = Math.min(texts.length, from + k);
      for (let i = from; i < to; i++) detect(texts[i]!, nameOnly);
      for (let i = from; i < to; i++) detect(texts[i]!, phoneEmail);
    }
  };
}

/** detectMany() over `k` texts at a time (absent in roots from before it existed). */
function many(k: number): () => void {
  return () => {
    for (let from = 0; from < texts.length; from += k) detectMany!(texts.slice(from, from + k));
  };
}

const scenarios: [string, () => void][] = [
  ['name', () => texts.forEach((text) => detect(text, nameOnly))],
  ['pe', () => texts.forEach((text) => detect(text, phoneEmail))],
  ['batch 1', batched(1)],
  ['batch 16', batched(16)],
  ['batch 256', batched(256)],
  ['batch all', batched(texts.length)],
  ['full', () => texts.forEach((text) => detect(text))],
  ...(detectMany ? ([['many 16', many(16)], ['many 256', many(256)]] as [string, () => void][]) : []),
];

function cpuMicroseconds(): number {
  const usage = process.cpuUsage();
  return usage.user + usage.system;
}

const perDocument = new Map<string, number[]>();
for (let round = -2; round < rounds; round++) {
  for (const [label, run] of scenarios) {
    const started = cpuMicroseconds();
    run();
    if (round < 0) continue; // warm-up
    const list = perDocument.get(label) ?? [];
    list.push((cpuMicroseconds() - started) / texts.length);
    perDocument.set(label, list);
  }
}

const median = (list: readonly number[]): number => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)]!;
const best = (list: readonly number[]): number => Math.min(...list);
console.log(`${texts.length} texts, ${rounds} rounds, µs of CPU per document (best / median round)`);
for (const [label, list] of perDocument) console.log(`${label.padEnd(10)} ${best(list).toFixed(2).padStart(7)} / ${median(list).toFixed(2)}`);
const parts = best(perDocument.get('name')!) + best(perDocument.get('pe')!);
console.log(`name + pe (best rounds): ${parts.toFixed(2)}`);
// Paired by round (both ran within seconds of each other), so load that comes and goes mostly cancels out.
const pairedRatio = (slow: string, fast: string): string => {
  const a = perDocument.get(slow);
  const b = perDocument.get(fast);
  if (!a || !b) return 'n/a';
  return `${median(a.map((value, round) => value / b[round]!)).toFixed(2)}x`;
};
console.log(`median of per-round ratios: batch 1 / batch all ${pairedRatio('batch 1', 'batch all')}, full / many 256 ${pairedRatio('full', 'many 256')}`);
