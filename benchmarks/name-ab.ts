// A/B throughput of two repo roots: NAME detector alone and full detect(), median and best MB per CPU-second each.
// Default: rounds interleaved in one process, so both see the same machine load. --processes N: every measurement in
// its own child process (N per side, alternating), because two builds in one process can differ by ~10% with
// identical code (V8 optimises the second copy differently); each child warms up, then times --rounds passes.
// --chunk N: in one process, the sides alternate every N texts (both orders, by round) and each round gives one paired
// ratio of CPU seconds; prints the median ratio and its quartiles. On a host shared by many jobs (load 10-16 on 2
// cores) whole-pass alternation moved ±10% between identical trees; paired chunks of 100 texts, ±2% (quartiles) and
// ~0.5% on the median of 50 rounds. Run it in both load orders (--base and --head swapped): the copy loaded first
// can be optimised differently.
// Run: npx tsx benchmarks/name-ab.ts --base <root> [--head <root>] [--corpus <jsonl>] [--rounds 8] [--full] [--processes 6 | --chunk 100]

import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: {
    base: { type: 'string' },
    head: { type: 'string' },
    corpus: { type: 'string' },
    rounds: { type: 'string' },
    full: { type: 'boolean' },
    processes: { type: 'string' },
    chunk: { type: 'string' },
    // Internal: run as one side's child process and print its CPU seconds per pass as JSON.
    child: { type: 'string' },
    kind: { type: 'string' },
  },
});
const corpus = values.corpus ?? fileURLToPath(new URL('out/dev-corpus.jsonl', import.meta.url));
const rounds = Number(values.rounds ?? 8);
const texts = readFileSync(corpus, 'utf8').trim().split('\n').map((line) => (JSON.parse(line) as { text: string }).text);
const megabytes = texts.reduce((sum, text) => sum + Buffer.byteLength(text), 0) / 1e6;

type Run = (text: string) => unknown;
type Kind = 'name' | 'full';
async function load(root: string): Promise<Record<Kind, Run>> {
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

const median = (values: readonly number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const best = (values: readonly number[]): number => Math.min(...values);

if (values.child !== undefined) {
  // One side in a process of its own: three untimed warm-up passes (V8 settles its optimisations), then the timed ones.
  const run = (await load(values.child))[(values.kind ?? 'name') as Kind];
  for (let pass = 0; pass < 3; pass++) cpuSecondsOf(run);
  const seconds: number[] = [];
  for (let round = 0; round < rounds; round++) seconds.push(cpuSecondsOf(run));
  console.log(JSON.stringify(seconds));
  process.exit(0);
}

if (values.base === undefined) throw new Error('--base <repo root> is required');
const roots = { base: resolve(values.base), head: resolve(values.head ?? '.') };
const kinds: readonly Kind[] = values.full ? ['name', 'full'] : ['name'];
const processes = values.processes === undefined ? 0 : Number(values.processes);
if (!Number.isInteger(processes) || processes < 0) throw new Error('--processes must be a non-negative integer');
const chunk = values.chunk === undefined ? 0 : Number(values.chunk);
if (!Number.isInteger(chunk) || chunk < 0) throw new Error('--chunk must be a non-negative integer');
if (chunk > 0 && processes > 0) throw new Error('--chunk and --processes exclude each other');

// --chunk: per round, base CPU seconds / head CPU seconds over the whole corpus, the sides alternating every `chunk`
// texts (base first in even rounds, head first in odd ones): both sides see the same load, a few ms apart.
async function pairedRatios(kind: Kind): Promise<number[]> {
  const sides = { base: (await load(roots.base))[kind], head: (await load(roots.head))[kind] };
  for (let pass = 0; pass < 3; pass++) for (const side of ['base', 'head'] as const) cpuSecondsOf(sides[side]);
  const ratios: number[] = [];
  for (let round = 0; round < rounds; round++) {
    const used = { base: 0, head: 0 };
    const order = round % 2 === 0 ? (['base', 'head'] as const) : (['head', 'base'] as const);
    for (let from = 0; from < texts.length; from += chunk) {
      const to = Math.min(from + chunk, texts.length);
      for (const side of order) {
        const run = sides[side];
        const started = process.cpuUsage();
        for (let k = from; k < to; k++) run(texts[k]!);
        const spent = process.cpuUsage(started);
        used[side] += spent.user + spent.system;
      }
    }
    ratios.push(used.base / used.head);
  }
  return ratios.sort((a, b) => a - b);
}

// Each side's CPU seconds per pass: per child process its median pass, or per round in one shared process.
async function measure(kind: Kind): Promise<Record<'base' | 'head', number[]>> {
  const seconds: Record<'base' | 'head', number[]> = { base: [], head: [] };
  if (processes > 0) {
    const script = fileURLToPath(import.meta.url);
    for (let round = 0; round < processes; round++) {
      for (const side of round % 2 === 0 ? (['base', 'head'] as const) : (['head', 'base'] as const)) {
        const args = ['--import', 'tsx', script, '--child', roots[side], '--kind', kind, '--corpus', corpus, '--rounds', String(rounds)];
        const passes = JSON.parse(execFileSync(process.execPath, args, { encoding: 'utf8' })) as number[];
        seconds[side].push(median(passes));
      }
    }
    return seconds;
  }
  const sides = { base: await load(roots.base), head: await load(roots.head) };
  for (const side of ['base', 'head'] as const) cpuSecondsOf(sides[side][kind]);
  for (let round = 0; round < rounds; round++) {
    for (const side of round % 2 === 0 ? (['base', 'head'] as const) : (['head', 'base'] as const)) seconds[side].push(cpuSecondsOf(sides[side][kind]));
  }
  return seconds;
}

for (const kind of kinds) {
  if (chunk > 0) {
    const ratios = await pairedRatios(kind);
    const at = (fraction: number): string => ratios[Math.floor((ratios.length - 1) * fraction)]!.toFixed(3);
    console.log(
      `${kind === 'name' ? 'NAME detector' : 'full detect()'} (${texts.length} texts, ${megabytes.toFixed(2)} MB, ${rounds} rounds, sides alternating every ${chunk} texts): head/base ${at(0.5)}x median CPU time ratio, quartiles ${at(0.25)}-${at(0.75)}, range ${at(0)}-${at(1)}`,
    );
    continue;
  }
  const seconds = await measure(kind);
  const report = (side: 'base' | 'head'): string =>
    `${side} ${(megabytes / median(seconds[side])).toFixed(1)} MB/CPU-s median, ${(megabytes / best(seconds[side])).toFixed(1)} best`;
  const ratio = median(seconds.base) / median(seconds.head);
  const bestRatio = best(seconds.base) / best(seconds.head);
  const how = processes > 0 ? `${processes} processes x ${rounds} passes each` : `${rounds} rounds each`;
  console.log(
    `${kind === 'name' ? 'NAME detector' : 'full detect()'} (${texts.length} texts, ${megabytes.toFixed(2)} MB, ${how}): ${report('base')}; ${report('head')}; head/base ${ratio.toFixed(2)}x median, ${bestRatio.toFixed(2)}x best`,
  );
}
