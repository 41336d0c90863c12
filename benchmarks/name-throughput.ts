// Throughput of the NAME detector alone, single-threaded, over the real dev texts (warm, after one pass); with
// --full, of the whole detect() (names, phones, e-mails) too.
// Run: npx tsx benchmarks/name-throughput.ts [--corpus benchmarks/out/dev-corpus.jsonl] [--full]

import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { detect } from '../src/detect/index.js';
import { createNameDetector } from '../src/detect/name/index.js';

const dataDir = fileURLToPath(new URL('../../shared/data/', import.meta.url));
const files = ['factrueval2016_dev_ru.jsonl', 'kaznerd_valid_kk.jsonl', 'presidio_synth_v2_dev_en.jsonl', 'wnut17_dev_en.jsonl'];
const corpusArg = process.argv.indexOf('--corpus');
const paths = corpusArg === -1 ? files.map((file) => dataDir + file) : [process.argv[corpusArg + 1]!];
const texts = paths.flatMap((path) =>
  readFileSync(path, 'utf8').trim().split('\n').map((line) => (JSON.parse(line) as { text: string }).text),
);
const bytes = texts.reduce((sum, text) => sum + Buffer.byteLength(text), 0);
const loadStarted = performance.now();
const detector = createNameDetector();
const loadMs = performance.now() - loadStarted;
const ctx = { regions: [], knownNames: [] as string[] };
for (const text of texts) detector.detect(text, ctx);

const rounds = Number(process.env.ROUNDS ?? 5);
const started = performance.now();
const cpuStarted = process.cpuUsage();
for (let round = 0; round < rounds; round++) for (const text of texts) detector.detect(text, ctx);
const seconds = (performance.now() - started) / 1000;
// CPU time too: on a shared machine the wall clock also counts other processes' turns.
const cpu = process.cpuUsage(cpuStarted);
const cpuSeconds = (cpu.user + cpu.system) / 1e6;
console.log(`name detector: ${((bytes * rounds) / 1e6 / seconds).toFixed(1)} MB/s wall, ${((bytes * rounds) / 1e6 / cpuSeconds).toFixed(1)} MB per CPU-second (${texts.length} texts, ${(bytes / 1e6).toFixed(2)} MB x ${rounds}); lists loaded in ${loadMs.toFixed(0)} ms`);

if (process.argv.includes('--full')) {
  for (const text of texts) detect(text);
  const fullStarted = performance.now();
  const fullCpuStarted = process.cpuUsage();
  for (let round = 0; round < rounds; round++) for (const text of texts) detect(text);
  const fullSeconds = (performance.now() - fullStarted) / 1000;
  const fullCpu = process.cpuUsage(fullCpuStarted);
  const fullCpuSeconds = (fullCpu.user + fullCpu.system) / 1e6;
  console.log(`full detect(): ${((bytes * rounds) / 1e6 / fullSeconds).toFixed(1)} MB/s wall, ${((bytes * rounds) / 1e6 / fullCpuSeconds).toFixed(1)} MB per CPU-second`);
}
