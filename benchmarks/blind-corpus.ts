// Writes the blind corpus (JSONL {"id","lang","genre","names","text","spans"}): NAME, PHONE and EMAIL in customer
// reviews, chats, support dialogues and hard negatives, from templates and names written without reading the
// detector or the other corpora, to measure how pii-gate does on text nobody tuned it on.
// Usage: npx tsx benchmarks/blind-corpus.ts [--seed 2026] [--count 3000] [--out benchmarks/out/blind-corpus.jsonl] [--check]
//
// A measuring instrument: fix classes of errors, never its sentences. `names` says which pool the record's names come
// from: "unlisted" (absent from the detector's lists, proved by --check), "listed" (everyday names, ~20%), or "none".
// --check lists the unlisted pool's given names, surnames and surname stems that the detector's lists know (there
// should be none).

import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { Group } from './lib/blind-fillers.js';
import { surnameStem, unlistedPools, feminineSurname, type NameLang, type PoolKind } from './lib/blind-names.js';
import { fillTemplate, type BlindSpan, type Genre } from './lib/blind-render.js';
import { templates } from './lib/blind-templates.js';
import { createRng } from './lib/rng.js';
import { onNameList } from './lib/on-list.js';

export interface BlindRecord {
  id: string;
  lang: Group;
  genre: Genre;
  names: PoolKind | 'none';
  text: string;
  spans: BlindSpan[];
}

export const blindDefaults = { seed: 2026, count: 3000, listedShare: 0.2 } as const;
export const defaultBlindPath = fileURLToPath(new URL('./out/blind-corpus.jsonl', import.meta.url));

export function generateBlind(seed: number, count: number): BlindRecord[] {
  const rng = createRng(seed);
  const groups = Object.keys(templates) as Group[];
  const records: BlindRecord[] = [];
  for (let n = 0; n < count; n++) {
    const group = groups[n % groups.length]!;
    const pool: PoolKind = rng.chance(blindDefaults.listedShare) ? 'listed' : 'unlisted';
    const filled = fillTemplate(rng, group, rng.pick(templates[group]), pool);
    const names = filled.spans.some((span) => span.type === 'NAME') ? pool : 'none';
    records.push({ id: `blind/${String(n + 1).padStart(5, '0')}`, lang: group, genre: filled.genre, names, text: filled.text, spans: filled.spans });
  }
  return records;
}

/** Every word of the unlisted pools that --check looks up: given names, surnames (both genders) and surname stems. */
export function unlistedWords(): { lang: NameLang; word: string }[] {
  const words: { lang: NameLang; word: string }[] = [];
  for (const [lang, pool] of Object.entries(unlistedPools) as [NameLang, (typeof unlistedPools)[NameLang]][]) {
    for (const word of [...pool.male, ...pool.female]) words.push({ lang, word });
    for (const surname of pool.surnames) {
      words.push({ lang, word: surname }, { lang, word: feminineSurname(lang, surname) });
      const stem = surnameStem(surname);
      if (stem) words.push({ lang, word: stem });
    }
  }
  return words;
}

/** Words of the unlisted pools that the detector's lists know (should be none). Same test as holdout-corpus.ts. */
export async function listedUnlistedWords(): Promise<string[]> {
  const { loadNameResources } = await import('../src/detect/name/resources.js');
  const { analyzeWord } = await import('../src/detect/name/analyze.js');
  const { foldWord } = await import('../src/text/normalize.js');
  const resources = loadNameResources();
  const listed: string[] = [];
  for (const { word } of unlistedWords()) {
    const folded = foldWord(word);
    const cyrillic = /[\u0400-\u04ff]/u.test(folded);
    if (onNameList(analyzeWord(folded, cyrillic, resources, true)) || onNameList(analyzeWord(folded, cyrillic, resources, false))) listed.push(word);
  }
  return [...new Set(listed)];
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const { values } = parseArgs({ options: { seed: { type: 'string' }, count: { type: 'string' }, out: { type: 'string' }, check: { type: 'boolean' } } });
  if (values.check) {
    const listed = await listedUnlistedWords();
    process.stdout.write(listed.length === 0 ? `no unlisted pool word is on the detector lists (${unlistedWords().length} checked)\n` : `listed (remove them from the unlisted pools): ${listed.join(' ')}\n`);
    process.exit(listed.length === 0 ? 0 : 1);
  }
  const seed = values.seed === undefined ? blindDefaults.seed : Number(values.seed);
  const count = values.count === undefined ? blindDefaults.count : Number(values.count);
  if (!Number.isInteger(seed) || !Number.isInteger(count) || count <= 0) throw new Error('--seed and --count must be integers, --count positive');
  const path = values.out ?? defaultBlindPath;
  const records = generateBlind(seed, count);
  const content = records.map((record) => JSON.stringify(record)).join('\n') + '\n';
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, content);
  process.stdout.write(`wrote ${records.length} records (${(Buffer.byteLength(content) / 1e6).toFixed(2)} MB) to ${relative(process.cwd(), path)}\n`);
}
