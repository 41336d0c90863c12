// Throughput of the NAME detector alone, single-threaded, over the real dev texts (warm, after one pass).
// Run: npx tsx benchmarks/name-throughput.ts

import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createNameDetector } from '../src/detect/name/index.js';

const dataDir = fileURLToPath(new URL('../../shared/data/', import.meta.url));
const files = ['factrueval2016_dev_ru.jsonl', 'kaznerd_valid_kk.jsonl', 'presidio_synth_v2_dev_en.jsonl', 'wnut17_dev_en.jsonl'];
const texts = files.flatMap((file) =>
  readFileSync(dataDir + file, 'utf8').trim().split('\n').map((line) => (JSON.parse(line) as { text: string }).text),
);
const bytes = texts.reduce((sum, text) => sum + Buffer.byteLength(text), 0);
const detector = createNameDetector();
const ctx = { regions: [], knownNames: [] as string[] };
for (const text of texts) detector.detect(text, ctx);

const rounds = 5;
const started = performance.now();
for (let round = 0; round < rounds; round++) for (const text of texts) detector.detect(text, ctx);
const seconds = (performance.now() - started) / 1000;
console.log(`name detector: ${((bytes * rounds) / 1e6 / seconds).toFixed(1)} MB/s (${texts.length} texts, ${(bytes / 1e6).toFixed(2)} MB x ${rounds})`);
