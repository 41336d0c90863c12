// A/B of redactDocument between two builds, by CPU time, on the pool benchmark's request shapes (200 B, 2 KB, 20 KB).
// Usage: npx tsx benchmarks/lib/engine-ab.ts --base /tmp/base-engine/dist [--head dist] [--rounds 15]
// Both builds run in one process, rounds alternating, so background load falls on both alike; CPU time is
// process.cpuUsage() (all threads, GC included), reported per document as the minimum and the median of the rounds.

import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import type { ResolvedPolicy } from '../../src/policy/types.js';
import type { Destination } from '../../src/types.js';
import { ensureDevCorpus, readCorpusTexts } from './dev-corpus.js';

type Redact = (document: unknown, policy: ResolvedPolicy, destination: Destination) => unknown;
type LoadStore = (path: string, options: { watch: boolean; env?: Record<string, string> }) => { get(id: string): ResolvedPolicy | undefined };

const { values } = parseArgs({
  options: {
    base: { type: 'string' },
    head: { type: 'string', default: 'dist' },
    rounds: { type: 'string', default: '15' },
    tenant: { type: 'string', default: 'demo-uz' },
    purpose: { type: 'string', default: 'model' },
    region: { type: 'string', default: 'DE' },
  },
});
if (values.base === undefined) throw new Error('--base <dist dir of a pristine build> is required');
const rounds = Number(values.rounds);
if (!(rounds > 0)) throw new Error('--rounds must be a positive number');

async function load(dist: string): Promise<{ redact: Redact; store: LoadStore }> {
  const root = pathToFileURL(`${resolve(dist)}/`);
  const engine = (await import(new URL('engine.js', root).href)) as { redactDocument: Redact };
  const policy = (await import(new URL('policy/store.js', root).href)) as { createFileTenantStore: LoadStore };
  return { redact: engine.redactDocument, store: policy.createFileTenantStore };
}

const sides = { base: await load(values.base), head: await load(values.head) };
const tenantsPath = fileURLToPath(new URL('../../examples/tenants.yaml', import.meta.url));
const policy = sides.base.store(tenantsPath, { watch: false, env: {} }).get(values.tenant);
if (policy === undefined) throw new Error(`examples/tenants.yaml has no ${values.tenant}`);
const destination = { purpose: values.purpose, region: values.region } as Destination;

const corpus = readCorpusTexts(ensureDevCorpus()).map((record) => record.text);
let cursor = 0;
/** As benchmarks/pool.ts builds its reviews: consecutive corpus texts joined with '\n' until ≥ `bytes`. */
function review(bytes: number, id: number): { id: string; text: string } {
  let text = '';
  while (Buffer.byteLength(text, 'utf8') < bytes) {
    text += (text ? '\n' : '') + corpus[cursor % corpus.length]!;
    cursor++;
  }
  return { id: `bench-${id}`, text };
}

// Same documents for both sides; ~200 KB of text per request size, so every size gets a similar share of the time.
const requests = [200, 2_000, 20_000].map((bytes) => ({ bytes, documents: Array.from({ length: Math.round(200_000 / bytes) }, (_, i) => review(bytes, i)) }));

const warmUp = corpus.map((text, i) => ({ id: `warm-${i}`, text }));
for (let pass = 0; pass < 2; pass++) {
  for (const side of Object.values(sides)) for (const document of warmUp) side.redact(document, policy, destination);
}

const cpuMicros = (): number => {
  const usage = process.cpuUsage();
  return usage.user + usage.system;
};
const samples = new Map<string, number[]>();
for (let round = 0; round < rounds; round++) {
  for (const { bytes, documents } of requests) {
    // Alternate which side goes first, so neither always runs right after the other's garbage.
    const order = round % 2 === 0 ? (['base', 'head'] as const) : (['head', 'base'] as const);
    for (const name of order) {
      const side = sides[name];
      const started = cpuMicros();
      for (const document of documents) side.redact(document, policy, destination);
      const key = `${bytes} ${name}`;
      samples.set(key, [...(samples.get(key) ?? []), (cpuMicros() - started) / documents.length]);
    }
  }
}

const median = (values: readonly number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
process.stdout.write(`redactDocument, ${values.tenant} → ${values.purpose}/${values.region}, CPU µs per document (${rounds} alternating rounds)\n`);
process.stdout.write('| review size | documents | base min | head min | base median | head median | head / base (median) |\n|---:|---:|---:|---:|---:|---:|---:|\n');
for (const { bytes, documents } of requests) {
  const base = samples.get(`${bytes} base`)!;
  const head = samples.get(`${bytes} head`)!;
  process.stdout.write(
    `| ${bytes} B | ${documents.length} | ${Math.min(...base).toFixed(1)} | ${Math.min(...head).toFixed(1)} | ` +
      `${median(base).toFixed(1)} | ${median(head).toFixed(1)} | ${(median(head) / median(base)).toFixed(3)} |\n`,
  );
}
