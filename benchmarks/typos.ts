// Typos benchmark: NAME recall and character precision on a gold file as written and with the slips customers make
// inside words: two neighbouring letters swapped (`спаисбо`), a letter typed twice (`Шифоккор`), one left out
// (`Dilnza`); spans moved to match. Prints only; no RESULTS.md section.
// Usage: npx tsx benchmarks/typos.ts [--corpus <gold.jsonl>] [--rate <0..1>] [--seed <n>] [--slips swap,double,drop]
//   (default: the dev corpus, rate 0.2, all three slips)
//   words: about `rate` of the words of 4+ letters outside names get one slip (precision: a misspelt everyday word is
//     on no list; recall: a misspelt cue or role no longer points at the name);
//   names: every name word of 4+ letters gets one slip (recall: a misspelt name is on no list);
//   punctuation: commas, colons, `!`, `?`, `;`, dashes and ellipses left out (a given name then meets the next
//     sentence's capital: `Спасибо Мадина Хорошего дня`);
//   stretched: the last vowel of about `rate` of the words outside names typed four times (`спасибоооо`).

import { readFileSync } from 'node:fs';
import { Readable } from 'node:stream';
import { detect } from '../src/detect/index.js';
import { evaluateGold } from '../src/eval/evaluate.js';
import { formatScoreTable } from '../src/eval/report.js';
import { ensureDevCorpus } from './lib/dev-corpus.js';
import { createRng, type Rng } from './lib/rng.js';
import { withoutPunctuation, withTypos, type GoldRecord, type Slip } from './lib/typos.js';
import { optionValue } from './lib/args.js';



const rate = Number(optionValue('--rate') ?? '0.2');
const seed = Number(optionValue('--seed') ?? '7');
if (!(rate >= 0 && rate <= 1)) throw new Error('--rate must be between 0 and 1');
const slips = (optionValue('--slips') ?? 'swap,double,drop').split(',') as Slip[];
if (slips.some((slip) => !['swap', 'double', 'drop', 'stretch'].includes(slip))) throw new Error('--slips takes swap, double, drop, stretch');
const lines = readFileSync(optionValue('--corpus') ?? ensureDevCorpus(), 'utf8').split('\n').filter((line) => line.length > 0);
const records = lines.map((line) => JSON.parse(line) as GoldRecord);

const variants: ReadonlyArray<readonly [string, (record: GoldRecord, rng: Rng) => GoldRecord]> = [
  ['as written', (record) => ({ ...record, spans: record.spans.filter((span) => span.type === 'NAME') })],
  [`a slip (${slips.join('/')}) in ${Math.round(rate * 100)}% of the words outside names`, (record, rng) => withTypos(record, 'words', rate, rng, slips)],
  [`a slip (${slips.join('/')}) in every name word of 4+ letters`, (record, rng) => withTypos(record, 'names', rate, rng, slips)],
  ['commas, colons, ! ? ; — … left out', (record) => withoutPunctuation(record)],
  [`the last vowel stretched (×4) in ${Math.round(rate * 100)}% of the words outside names`, (record, rng) => withTypos(record, 'words', rate, rng, ['stretch'])],
];
for (const [label, respell] of variants) {
  const rng = createRng(seed);
  const respelled = records.map((record) => respell(record, rng));
  let nameFree = 0;
  let falseInNameFree = 0;
  for (const record of respelled) {
    if (record.spans.length > 0) continue;
    nameFree++;
    if (detect(record.text).some((span) => span.type === 'NAME')) falseInNameFree++;
  }
  const evaluation = await evaluateGold(Readable.from(respelled.map((record) => `${JSON.stringify(record)}\n`)), (text) => detect(text).filter((span) => span.type === 'NAME'), {
    onInvalid(lineNumber, problem) {
      throw new Error(`${label} line ${lineNumber}: ${problem}`);
    },
  });
  process.stdout.write(`\n== ${label}: ${evaluation.records} records; name-free records with a false NAME: ${falseInNameFree} of ${nameFree}\n${formatScoreTable(evaluation.scoreboard)}\n`);
}
