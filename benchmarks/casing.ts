// Casing benchmark: NAME recall and character precision on the dev corpus as written and re-cased the ways customers
// type (every word capitalised, all capitals, no capitals, Kazakh/Kyrgyz/Uzbek/Tajik letters typed as Russian ones);
// rewrites the "Casing" section of benchmarks/RESULTS.md.
// Usage: npm run bench:casing [-- --no-write] [--corpus <gold.jsonl>] [--only <title|caps|lower|plain|written>]
// Another corpus or one re-spelling never rewrites RESULTS.md (the section is the dev corpus in all of them).

import { readFileSync } from 'node:fs';
import { Readable } from 'node:stream';
import { detect } from '../src/detect/index.js';
import { evaluateGold } from '../src/eval/evaluate.js';
import { formatScoreMarkdown, formatScoreTable } from '../src/eval/report.js';
import type { Scoreboard, TypeScore } from '../src/eval/score.js';
import { ensureDevCorpus } from './lib/dev-corpus.js';
import { runStamp, updateResultsSection } from './lib/results.js';
import { optionValue } from './lib/args.js';

/** Same-length re-casings: a letter whose other case has another length (`İ`, `ß`) stays as written. */
const casings: ReadonlyArray<readonly [string, string, (text: string) => string]> = [
  ['written', 'as written', (text) => text],
  ['title', 'Title Case (every word capitalised)', (text) => text.replace(wordStart, (letter) => sameLength(letter, letter.toUpperCase()))],
  ['caps', 'ALL CAPS', (text) => text.replace(/\p{Ll}/gu, (letter) => sameLength(letter, letter.toUpperCase()))],
  ['lower', 'lower case', (text) => text.replace(/\p{Lu}/gu, (letter) => sameLength(letter, letter.toLowerCase()))],
  ['plain', 'Russian keyboard letters (Kazakh, Kyrgyz, Uzbek, Tajik letters typed as Russian ones)', (text) => text.replace(turkicLetter, (letter) => russianKeyboard[letter] ?? letter)],
];
// The first letter of a word: not after a letter, digit, apostrophe, hyphen, `@` or `.` (`o'g'li`, `mail.ru` stay).
const wordStart = /(?<![\p{L}\p{N}@.`'‘ʻ’ʼ-])\p{L}/gu;

// What a Russian keyboard leaves of each Kazakh, Kyrgyz, Uzbek Cyrillic and Tajik letter: one letter for one letter.
const russianKeyboard: Readonly<Record<string, string>> = Object.fromEntries(
  [...'әғқңөұүһіўҳҷӣӯ'].flatMap((letter, at) => {
    const plain = 'агкноуухиухчиу'[at] ?? letter;
    return [[letter, plain], [letter.toUpperCase(), plain.toUpperCase()]];
  }),
);
const turkicLetter = /[әғқңөұүһіўҳҷӣӯӘҒҚҢӨҰҮҺІЎҲҶӢӮ]/gu;

function sameLength(letter: string, recased: string): string {
  return recased.length === letter.length ? recased : letter;
}

/** Only NAME (the report leaves out types with nothing found and nothing to find): casing is no evidence for the others. */
function namesOnly(scoreboard: Scoreboard): Scoreboard {
  const nothing = (score: TypeScore): TypeScore => ({ ...score, entities: 0, caught: 0, predictedChars: 0, correctChars: 0 });
  const byLang = Object.fromEntries(
    Object.entries(scoreboard.byLang).map(([lang, byType]) => [lang, { NAME: byType.NAME, PHONE: nothing(byType.PHONE), EMAIL: nothing(byType.EMAIL) }]),
  );
  return { byLang };
}


const corpus = optionValue('--corpus');
const only = optionValue('--only');
if (only !== undefined && !casings.some(([key]) => key === only)) {
  throw new Error(`--only must be one of ${casings.map(([key]) => key).join(', ')}`);
}
const write = !process.argv.includes('--no-write') && corpus === undefined && only === undefined;
const lines = readFileSync(corpus ?? ensureDevCorpus(), 'utf8').split('\n').filter((line) => line.length > 0);
const sections: string[] = [
  runStamp('npm run bench:casing'),
  '',
  'The dev corpus re-cased, spans unchanged (every re-casing keeps the text length). NAME only; full `detect()`.',
];
for (const [key, label, recase] of casings) {
  if (only !== undefined && key !== only) continue;
  const recased = lines.map((line) => {
    const record = JSON.parse(line) as { text: string };
    return JSON.stringify({ ...record, text: recase(record.text) });
  });
  const evaluation = await evaluateGold(Readable.from(recased.map((line) => `${line}\n`)), (text) => detect(text), {
    onInvalid(lineNumber, problem) {
      throw new Error(`${label} line ${lineNumber}: ${problem}`);
    },
  });
  const scoreboard = namesOnly(evaluation.scoreboard);
  process.stdout.write(`\n== ${label}: ${evaluation.records} records\n${formatScoreTable(scoreboard)}\n`);
  sections.push('', `### ${label}`, '', formatScoreMarkdown(scoreboard));
}

if (write) {
  updateResultsSection('Casing', sections.join('\n'));
  process.stdout.write('\nupdated the Casing section of benchmarks/RESULTS.md\n');
}
