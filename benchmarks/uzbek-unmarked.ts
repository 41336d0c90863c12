// Uzbek Latin typed without the mark of `o‘` and `g‘` (`kochasida` for `ko‘chasida`, `Gulomova` for `G‘ulomova`), as
// on a keyboard that lacks it: NAME recall and character precision on a gold file as written and with every such mark
// removed (spans moved to match). Prints only; no RESULTS.md section.
// Usage: npx tsx benchmarks/uzbek-unmarked.ts [--corpus <gold.jsonl>]  (default: the dev corpus)

import { readFileSync } from 'node:fs';
import { Readable } from 'node:stream';
import { detect } from '../src/detect/index.js';
import { evaluateGold } from '../src/eval/evaluate.js';
import { formatScoreTable } from '../src/eval/report.js';
import { ensureDevCorpus } from './lib/dev-corpus.js';

interface GoldRecord {
  readonly text: string;
  readonly spans: ReadonlyArray<{ readonly start: number; readonly end: number; readonly type: string }>;
}

/** The record without the marks, each span moved to the same letters; NAME spans only (the score is NAME's). */
export function withoutMarks(record: GoldRecord): GoldRecord {
  const moved = new Int32Array(record.text.length + 1);
  let text = '';
  for (let i = 0; i < record.text.length; i++) {
    moved[i] = text.length;
    if (isMarkAt(record.text, i)) continue;
    text += record.text[i];
  }
  moved[record.text.length] = text.length;
  const spans = record.spans.filter((span) => span.type === 'NAME');
  return { ...record, text, spans: spans.map((span) => ({ ...span, start: moved[span.start]!, end: moved[span.end]! })) };
}

// The mark src/patterns.ts reads too: after o or g, before a letter.
function isMarkAt(text: string, at: number): boolean {
  return at > 0 && /[oOgG]/u.test(text[at - 1]!) && /[`'‘’ʻʼ]/u.test(text[at]!) && /\p{L}/u.test(text[at + 1] ?? '');
}

const at = process.argv.indexOf('--corpus');
const corpus = at >= 0 ? process.argv[at + 1] : undefined;
if (at >= 0 && corpus === undefined) throw new Error('--corpus needs a value');
const lines = readFileSync(corpus ?? ensureDevCorpus(), 'utf8').split('\n').filter((line) => line.length > 0);

for (const [label, respell] of [['as written', (record: GoldRecord) => ({ ...record, spans: record.spans.filter((span) => span.type === 'NAME') })], ['o‘/g‘ marks left out', withoutMarks]] as const) {
  const respelled = lines.map((line) => `${JSON.stringify(respell(JSON.parse(line) as GoldRecord))}\n`);
  const evaluation = await evaluateGold(Readable.from(respelled), (text) => detect(text).filter((span) => span.type === 'NAME'), {
    onInvalid(lineNumber, problem) {
      throw new Error(`${label} line ${lineNumber}: ${problem}`);
    },
  });
  process.stdout.write(`\n== ${label}: ${evaluation.records} records\n${formatScoreTable(evaluation.scoreboard)}\n`);
}
