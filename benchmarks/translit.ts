// Translit benchmark: NAME recall and character precision on a gold file's Russian records as written and typed in
// Latin letters (customers without a Cyrillic keyboard: `Menya zovut Denis`), gold spans remapped to the new text.
// Usage: npx tsx benchmarks/translit.ts [--corpus <gold.jsonl>] [--lower] [--out <dir>] [--misses]
// Two spellings: the common chat scheme (х kh, ц ts, ы y, й y, я ya, ъ ь dropped) and a looser one many users type
// (х h, ы i, й i, я ia, ю iu, ё e, ь '). `--out` writes each transliterated file (for `pii-gate eval` or the golden
// diff); `--misses` prints missed and false spans, and only for a dev file (held-out and blind: counts only).
// Never rewrites RESULTS.md.

import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { Readable } from 'node:stream';
import { detect } from '../src/detect/index.js';
import { evaluateGold } from '../src/eval/evaluate.js';
import { ensureDevCorpus } from './lib/dev-corpus.js';
import { optionValue } from './lib/args.js';

type Scheme = Readonly<Record<string, string>>;

const standard: Scheme = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'yo', ж: 'zh', з: 'z', и: 'i', й: 'y', к: 'k', л: 'l', м: 'm',
  н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'sch',
  ъ: '', ы: 'y', ь: '', э: 'e', ю: 'yu', я: 'ya',
};
const loose: Scheme = { ...standard, ё: 'e', й: 'i', х: 'h', ы: 'i', ю: 'iu', я: 'ia', ь: "'", ъ: "'" };

const spellings: ReadonlyArray<readonly [string, Scheme | undefined]> = [
  ['as written', undefined],
  ['translit (kh, y, ya)', standard],
  ['translit, loose (h, i, ia, \')', loose],
];

interface GoldRecord {
  id: string;
  lang: string;
  genre?: string;
  text: string;
  spans: Array<{ start: number; end: number; type: string }>;
}

/** The record in Latin letters, its spans moved to the new offsets (a span that vanishes is dropped). */
export function transliterate(record: GoldRecord, scheme: Scheme): GoldRecord {
  const { text } = record;
  const at = new Array<number>(text.length + 1);
  let out = '';
  for (let i = 0; i < text.length; i++) {
    at[i] = out.length;
    const letter = text[i]!;
    const lower = letter.toLowerCase();
    const latin = scheme[lower];
    if (latin === undefined) out += letter;
    else out += letter !== lower && latin.length > 0 ? latin[0]!.toUpperCase() + latin.slice(1) : latin;
  }
  at[text.length] = out.length;
  const spans = record.spans
    .map((span) => ({ ...span, start: at[span.start]!, end: at[span.end]! }))
    .filter((span) => span.end > span.start);
  return { ...record, text: out, spans };
}


const corpus = optionValue('--corpus') ?? ensureDevCorpus();
const outDir = optionValue('--out');
const lower = process.argv.includes('--lower');
const misses = process.argv.includes('--misses');
if (misses && !basename(corpus).startsWith('dev')) throw new Error('--misses prints texts: dev files only');

const russian = readFileSync(corpus, 'utf8')
  .split('\n')
  .filter((line) => line.length > 0)
  .map((line) => JSON.parse(line) as GoldRecord)
  .filter((record) => record.lang === 'ru');

process.stdout.write(`${corpus}: ${russian.length} Russian records, NAME only, full detect()${lower ? ', lower-cased' : ''}\n\n`);
process.stdout.write('| spelling | names | caught | recall | predicted chars | char precision |\n|---|---|---|---|---|---|\n');
for (const [label, scheme] of spellings) {
  const records = russian.map((record) => {
    const spelled = scheme === undefined ? record : transliterate(record, scheme);
    // Lower-casing keeps the length of Latin and Cyrillic letters.
    return lower ? { ...spelled, text: spelled.text.toLowerCase() } : spelled;
  });
  if (outDir !== undefined && scheme !== undefined) {
    mkdirSync(outDir, { recursive: true });
    const name = `${basename(corpus, '.jsonl')}-translit-${scheme === standard ? 'standard' : 'loose'}${lower ? '-lower' : ''}.jsonl`;
    writeFileSync(join(outDir, name), records.map((record) => JSON.stringify(record)).join('\n') + '\n');
  }
  const evaluation = await evaluateGold(Readable.from(records.map((record) => `${JSON.stringify(record)}\n`)), (text) => detect(text), {
    onInvalid(lineNumber, problem) {
      throw new Error(`${label} line ${lineNumber}: ${problem}`);
    },
    onScored(scored) {
      if (!misses || scheme === undefined) return;
      const gold = scored.gold.filter((span) => span.type === 'NAME');
      const found = scored.predicted.filter((span) => span.type === 'NAME');
      const show = (span: { start: number; end: number }) => scored.text.slice(span.start, span.end);
      const missed = gold.filter((span) => !found.some((hit) => hit.start < span.end && span.start < hit.end));
      const wrong = found.filter((hit) => !gold.some((span) => hit.start < span.end && span.start < hit.end));
      if (missed.length + wrong.length === 0) return;
      process.stderr.write(`[${label}] ${String(scored.id)} miss=${JSON.stringify(missed.map(show))} false=${JSON.stringify(wrong.map(show))}\n  ${scored.text.replace(/\n/g, ' ⏎ ')}\n`);
    },
  });
  const score = evaluation.scoreboard.byLang.ru?.NAME;
  if (score === undefined) continue;
  const recall = score.entities === 0 ? 1 : score.caught / score.entities;
  const precision = score.predictedChars === 0 ? 1 : score.correctChars / score.predictedChars;
  process.stdout.write(`| ${label} | ${score.entities} | ${score.caught} | ${recall.toFixed(3)} | ${score.predictedChars} | ${precision.toFixed(3)} |\n`);
}
