// Writes the seeded, labelled dev corpus (JSONL {"id","lang","genre","text","spans"}) to benchmarks/out/.
// Usage: npx tsx benchmarks/generate-corpus.ts [--seed 20261125] [--count 5000] [--out benchmarks/out/dev-corpus.jsonl]

import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { generateCorpus } from './lib/corpus.js';

export const defaultCorpusPath = fileURLToPath(new URL('./out/dev-corpus.jsonl', import.meta.url));
export const defaultCorpusOptions = { seed: 20261125, count: 5000 };

export function writeDevCorpus(path = defaultCorpusPath, options = defaultCorpusOptions): { records: number; bytes: number } {
  const lines: string[] = [];
  for (const record of generateCorpus(options)) {
    lines.push(JSON.stringify({ id: record.id, lang: record.lang, genre: record.genre, text: record.text, spans: record.spans }));
  }
  const content = lines.join('\n') + '\n';
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, content);
  return { records: lines.length, bytes: Buffer.byteLength(content) };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const { values } = parseArgs({
    options: { seed: { type: 'string' }, count: { type: 'string' }, out: { type: 'string' } },
  });
  const seed = values.seed === undefined ? defaultCorpusOptions.seed : Number(values.seed);
  const count = values.count === undefined ? defaultCorpusOptions.count : Number(values.count);
  if (!Number.isInteger(seed) || !Number.isInteger(count) || count <= 0) {
    throw new Error('--seed and --count must be integers, --count positive');
  }
  const path = values.out ?? defaultCorpusPath;
  const written = writeDevCorpus(path, { seed, count });
  process.stdout.write(`wrote ${written.records} records (${(written.bytes / 1e6).toFixed(2)} MB) to ${relative(process.cwd(), path)}\n`);
}
