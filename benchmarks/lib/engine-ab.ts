// A/B of redactDocument between two builds, by CPU time, on the pool benchmark's request shapes (200 B, 2 KB, 20 KB).
// Usage: npx tsx benchmarks/lib/engine-ab.ts --base /tmp/base-engine/dist [--head dist] [--pairs 4] [--rounds 10]
// Each build runs in its own child processes, alternating base, head, head, base, ... so background load falls on
// both alike. Two builds in one process were not comparable: the build loaded second measured up to ~10% faster
// with identical code (checked both ways). CPU time is process.cpuUsage() (all threads: GC and JIT helpers
// included), per document; the first two rounds of every child are dropped (the JIT is still compiling then).

import { execFileSync } from 'node:child_process';
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
    rounds: { type: 'string', default: '10' },
    pairs: { type: 'string', default: '4' },
    child: { type: 'string' },
    tenant: { type: 'string', default: 'demo-uz' },
    purpose: { type: 'string', default: 'model' },
    region: { type: 'string', default: 'DE' },
  },
});
const rounds = Number(values.rounds);
if (!(rounds > 2)) throw new Error('--rounds must be a number above 2');
const pairs = Number(values.pairs);
if (!(pairs > 0)) throw new Error('--pairs must be a positive number');
const sizes = [200, 2_000, 20_000];

async function load(dist: string): Promise<{ redact: Redact; store: LoadStore }> {
  const root = pathToFileURL(`${resolve(dist)}/`);
  const engine = (await import(new URL('engine.js', root).href)) as { redactDocument: Redact };
  const policy = (await import(new URL('policy/store.js', root).href)) as { createFileTenantStore: LoadStore };
  return { redact: engine.redactDocument, store: policy.createFileTenantStore };
}

/** Child mode: CPU µs per document of one build, per size, for every round after the first two. */
async function measureChild(dist: string): Promise<Record<number, number[]>> {
  const { redact, store } = await load(dist);
  const tenantsPath = fileURLToPath(new URL('../../examples/tenants.yaml', import.meta.url));
  const policy = store(tenantsPath, { watch: false, env: {} }).get(values.tenant);
  if (policy === undefined) throw new Error(`examples/tenants.yaml has no ${values.tenant}`);
  const destination = { purpose: values.purpose, region: values.region } as Destination;

  const corpus = readCorpusTexts(ensureDevCorpus()).map((record) => record.text);
  let cursor = 0;
  /** As benchmarks/pool.ts builds its reviews: consecutive corpus texts joined with '\n' until ≥ `bytes`. */
  const review = (bytes: number, id: number): { id: string; text: string } => {
    let text = '';
    while (Buffer.byteLength(text, 'utf8') < bytes) {
      text += (text ? '\n' : '') + corpus[cursor % corpus.length]!;
      cursor++;
    }
    return { id: `bench-${id}`, text };
  };
  // ~200 KB of text per size, so every size gets a similar share of the time.
  const requests = sizes.map((bytes) => ({ bytes, documents: Array.from({ length: Math.round(200_000 / bytes) }, (_, i) => review(bytes, i)) }));
  for (let pass = 0; pass < 2; pass++) for (const [i, text] of corpus.entries()) redact({ id: `warm-${i}`, text }, policy, destination);

  const cpuMicros = (): number => {
    const usage = process.cpuUsage();
    return usage.user + usage.system;
  };
  const samples: Record<number, number[]> = {};
  for (let round = 0; round < rounds; round++) {
    for (const { bytes, documents } of requests) {
      const started = cpuMicros();
      for (const document of documents) redact(document, policy, destination);
      if (round >= 2) (samples[bytes] ??= []).push((cpuMicros() - started) / documents.length);
    }
  }
  return samples;
}

if (values.child !== undefined) {
  process.stdout.write(JSON.stringify(await measureChild(values.child)));
} else {
  if (values.base === undefined) throw new Error('--base <dist dir of a pristine build> is required');
  const builds = { base: values.base, head: values.head };
  const collected = { base: [] as Record<number, number[]>[], head: [] as Record<number, number[]>[] };
  const script = fileURLToPath(import.meta.url);
  for (let pair = 0; pair < pairs; pair++) {
    const order = pair % 2 === 0 ? (['base', 'head'] as const) : (['head', 'base'] as const);
    for (const side of order) {
      const args = [...process.execArgv, script, '--child', builds[side], '--rounds', String(rounds), '--tenant', values.tenant, '--purpose', values.purpose, '--region', values.region];
      collected[side].push(JSON.parse(execFileSync(process.execPath, args, { encoding: 'utf8' })) as Record<number, number[]>);
    }
  }
  const all = (side: 'base' | 'head', bytes: number): number[] => collected[side].flatMap((run) => run[bytes] ?? []);
  const median = (list: readonly number[]): number => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)]!;
  process.stdout.write(
    `redactDocument, ${values.tenant} → ${values.purpose}/${values.region}, CPU µs per document (${pairs} child processes per build, ${rounds - 2} rounds each)\n`,
  );
  process.stdout.write('| review size | base min | head min | base median | head median | head / base (median) |\n|---:|---:|---:|---:|---:|---:|\n');
  for (const bytes of sizes) {
    const base = all('base', bytes);
    const head = all('head', bytes);
    process.stdout.write(
      `| ${bytes} B | ${Math.min(...base).toFixed(1)} | ${Math.min(...head).toFixed(1)} | ` +
        `${median(base).toFixed(1)} | ${median(head).toFixed(1)} | ${(median(head) / median(base)).toFixed(3)} |\n`,
    );
  }
}
