// A/B throughput of two repo roots in one process: NAME detector alone and full detect(), rounds interleaved so
// both see the same machine load; median and best MB per CPU-second for each.
// Run: npx tsx benchmarks/name-ab.ts --base <root> [--head <root>] [--corpus <jsonl>] [--rounds 8] [--full]

import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: { base: { type: 'string' }, head: { type: 'string' }, corpus: { type: 'string' }, rounds: { type: 'string' }, full: { type: 'boolean' } },
});
if (values.base === undefined) throw new Error('--base <repo root> is required');
const corpus = values.corpus ?? '/work/main/benchmarks/out/dev-corpus.jsonl';
const rounds = Number(values.rounds ?? 8);
const texts = readFileSync(corpus, 'utf8').trim().split('\n').map((line) => (JSON.parse(line) as { text: string }).text);
const megabytes = texts.reduce((sum, text) => sum + Buffer.byteLength(text), 0) / 1e6;

type Run = (text: string) => unknown;
async function load(root: string): Promise<{ name: Run; full: Run }> {
  const names = (await import(pathToFileURL(`${resolve(root)}/src/detect/name/index.ts`).href)) as {
    createNameDetector(): { detect(text: string, ctx: { regions: readonly string[]; knownNames: readonly string[] }): unknown };
  };
  const all = (await import(pathToFileURL(`${resolve(root)}/src/detect/index.ts`).href)) as { detect(text: string): unknown };
  const detector = names.createNameDetector();
  const ctx = { regions: [] as string[], knownNames: [] as string[] };
  return { name: (text) => detector.detect(text, ctx), full: (text) => all.detect(text) };
}

function cpuSecondsOf(run: Run): number {
  const started = process.cpuUsage();
  for (const text of texts) run(text);
  const used = process.cpuUsage(started);
  return (used.user + used.system) / 1e6;
}

const sides = { base: await load(values.base), head: await load(values.head ?? '.') };
const kinds = values.full ? (['name', 'full'] as const) : (['name'] as const);
for (const kind of kinds) {
  const seconds: Record<'base' | 'head', number[]> = { base: [], head: [] };
  for (const side of ['base', 'head'] as const) cpuSecondsOf(sides[side][kind]);
  for (let round = 0; round < rounds; round++) {
    for (const side of round % 2 === 0 ? (['base', 'head'] as const) : (['head', 'base'] as const)) seconds[side].push(cpuSecondsOf(sides[side][kind]));
  }
  const report = (side: 'base' | 'head'): string => {
    const sorted = [...seconds[side]].sort((a, b) => a - b);
    const median = sorted[Math.floor(sorted.length / 2)]!;
    return `${side} ${(megabytes / median).toFixed(1)} MB/CPU-s median, ${(megabytes / sorted[0]!).toFixed(1)} best`;
  };
  const ratio = [...seconds.base].sort((a, b) => a - b)[Math.floor(rounds / 2)]! / [...seconds.head].sort((a, b) => a - b)[Math.floor(rounds / 2)]!;
  console.log(`${kind === 'name' ? 'NAME detector' : 'full detect()'} (${texts.length} texts, ${megabytes.toFixed(2)} MB, ${rounds} rounds each): ${report('base')}; ${report('head')}; head/base ${ratio.toFixed(2)}x`);
}
