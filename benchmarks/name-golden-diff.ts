// Golden diff: the NAME detector and full detect() of two repo roots over the same texts must give identical spans.
// Run: npx tsx benchmarks/name-golden-diff.ts --base <root> [--head <root>] [--corpus <dev-corpus.jsonl>] [--generated 3000] [--counts-only]
// --counts-only prints differences per set and no text; it is forced for the blind corpus, whose texts stay unread.
// Use it to prove that a speed change altered no output: every span (start, end, type, score, source, normalized).

import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { goldenPaths, spanKey, type SpanLike } from './lib/golden.js';
import { createRng } from './lib/rng.js';

interface Root {
  nameDetect(text: string, knownNames: readonly string[]): SpanLike[];
  detect(text: string, knownNames: readonly string[]): SpanLike[];
}
interface Case {
  set: string;
  text: string;
  knownNames: readonly string[];
}

const { values } = parseArgs({
  options: {
    base: { type: 'string' },
    head: { type: 'string' },
    corpus: { type: 'string' },
    generated: { type: 'string' },
    seed: { type: 'string' },
    shared: { type: 'string' },
    'counts-only': { type: 'boolean' },
  },
});
const { baseRoot, headRoot, corpusPath, sharedDir } = goldenPaths(values);
const generatedCount = Number(values.generated ?? 3000);
const seed = Number(values.seed ?? 424242);
const countsOnly = values['counts-only'] === true || /blind/.test(corpusPath);

async function loadRoot(root: string): Promise<Root> {
  const nameModule = (await import(pathToFileURL(`${root}/src/detect/name/index.ts`).href)) as {
    createNameDetector(): { detect(text: string, ctx: { regions: readonly string[]; knownNames: readonly string[] }): SpanLike[] };
  };
  const detectModule = (await import(pathToFileURL(`${root}/src/detect/index.ts`).href)) as {
    detect(text: string, options: { knownNames?: readonly string[] }): SpanLike[];
  };
  const detector = nameModule.createNameDetector();
  return {
    nameDetect: (text, knownNames) => detector.detect(text, { regions: [], knownNames }),
    detect: (text, knownNames) => detectModule.detect(text, { knownNames }),
  };
}

function readTexts(path: string): Array<{ text: string; names: string[] }> {
  return readFileSync(path, 'utf8')
    .trim()
    .split('\n')
    .map((line) => {
      const record = JSON.parse(line) as { text: string; spans?: Array<{ start: number; end: number; type: string }> };
      const names = (record.spans ?? []).filter((span) => span.type === 'NAME').map((span) => record.text.slice(span.start, span.end));
      return { text: record.text, names };
    });
}

// Deterministic word salad from the corpus vocabulary: odd neighbours, punctuation and casing the templates never make.
function saladTexts(words: readonly string[], count: number, seedValue: number): string[] {
  const { next } = createRng(seedValue);
  const gaps = [' ', ' ', ' ', ' ', ', ', '. ', '! ', '? ', '\n', ': ', ' - ', ' (', ') ', ' «', '» ', '  ', '.', '-', "'", ' & '];
  const texts: string[] = [];
  for (let i = 0; i < count; i++) {
    const length = 1 + Math.floor(next() * 25);
    let text = '';
    for (let w = 0; w < length; w++) {
      let word = words[Math.floor(next() * words.length)]!;
      const roll = next();
      if (roll < 0.15) word = word.toLowerCase();
      else if (roll < 0.25) word = word.charAt(0).toUpperCase() + word.slice(1).toLowerCase();
      else if (roll < 0.28) word = word.toUpperCase();
      text += (w > 0 ? gaps[Math.floor(next() * gaps.length)]! : '') + word;
    }
    texts.push(text);
  }
  return texts;
}

async function buildCases(): Promise<Case[]> {
  const cases: Case[] = [];
  const dev = readTexts(corpusPath);
  const { generateCorpus } = (await import(pathToFileURL(`${baseRoot}/benchmarks/lib/corpus.ts`).href)) as {
    generateCorpus(options: { seed: number; count: number }): Iterable<{ text: string; spans: Array<{ start: number; end: number; type: string }> }>;
  };
  const generated: Array<{ text: string; names: string[] }> = [];
  for (const record of generateCorpus({ seed, count: generatedCount })) {
    generated.push({ text: record.text, names: record.spans.filter((span) => span.type === 'NAME').map((span) => record.text.slice(span.start, span.end)) });
  }
  const shared = ['factrueval2016_dev_ru.jsonl', 'kaznerd_valid_kk.jsonl', 'presidio_synth_v2_dev_en.jsonl', 'wnut17_dev_en.jsonl']
    .map((file) => resolve(sharedDir, file))
    .filter((path) => existsSync(path))
    .flatMap((path) => readTexts(path));
  const none: readonly string[] = [];
  for (const { text } of dev) cases.push({ set: 'dev', text, knownNames: none });
  for (const { text } of shared) cases.push({ set: 'shared', text, knownNames: none });
  for (const { text } of generated) cases.push({ set: 'generated', text, knownNames: none });
  for (const { text } of [...dev, ...generated]) cases.push({ set: 'lower', text: text.toLowerCase(), knownNames: none });
  for (const { text } of shared.slice(0, 3000)) cases.push({ set: 'shared-lower', text: text.toLowerCase(), knownNames: none });
  // Known names: the labelled names of the record, as a dialogue engine would pass them, in the text as is and lower-cased.
  for (const { text, names } of [...dev, ...generated]) {
    if (names.length === 0) continue;
    cases.push({ set: 'known', text, knownNames: names });
    cases.push({ set: 'known-lower', text: text.toLowerCase(), knownNames: names });
  }
  // Known names from another record: mostly absent from the text, so the lookups must miss identically.
  for (let i = 1; i < dev.length; i += 3) cases.push({ set: 'known-other', text: dev[i]!.text, knownNames: dev[i - 1]!.names.length > 0 ? dev[i - 1]!.names : ['Алишер Навоий', 'jasur'] });
  // Folding edge cases: ё after a joiner, capitals that lower-case to two codes or by context, full-width letters.
  const crafted = [
    'Меня зовут Ким-Ёнг', 'Иван Петров-Ёлкин сказал', 'Спасибо, Алишер-ёжик', 'Ким-Ёнг сказал, что Ким-ёнг придёт', 'ким-ёнг позвонил', 'Пётр Ким-Ёнг', 'Ivan-Ёлкин и Иван Ёлкин', "O‘g‘li-Ёқуб", 'İlhom Karimov',
    'İLHOM KARIMOV keldi', 'ΣΟΦΙΑ Papadopoulou', 'Σοφία Παπαδοπούλου είπε', 'Ｊｏｈｎ Ｓｍｉｔｈ said', 'спасибо алишер ＡＢ', 'Алишер—Навоий',
    'спасибо, İ алишер', 'mr. Ǆoković and ǅoković', 'Ａлишер Навоий', 'Жасур ака ва Ёдгор ака', "jasur o'g'li va yo'ldosh",
  ];
  for (const text of crafted) cases.push({ set: 'crafted', text, knownNames: none }, { set: 'crafted', text: text.toLowerCase(), knownNames: ['Ёнг', 'Алишер'] });
  // Long documents: many names per document (the matchers switch from scanning to a map), repeated mentions.
  for (let i = 0; i + 200 <= dev.length; i += 500) cases.push({ set: 'long', text: dev.slice(i, i + 200).map(({ text }) => text).join('\n'), knownNames: none });
  for (let i = 0; i + 100 <= shared.length; i += 700) cases.push({ set: 'long', text: shared.slice(i, i + 100).map(({ text }) => text).join(' '), knownNames: none });
  const words = [...dev, ...generated, ...shared].flatMap(({ text }) => text.split(/[\s,.!?:;()«»"]+/u)).filter((word) => word.length > 0);
  for (const text of saladTexts(words, 4000, seed)) cases.push({ set: 'salad', text, knownNames: none });
  return cases;
}


const cases = await buildCases();
const base = await loadRoot(baseRoot);
const head = await loadRoot(headRoot);
const differences: string[] = [];
const differencesBySet = new Map<string, number>();
const counts = new Map<string, number>();
let spanCount = 0;
for (const kind of ['nameDetect', 'detect'] as const) {
  const baseKeys = cases.map((item) => spanKey(base[kind](item.text, item.knownNames)));
  const headKeys = cases.map((item) => spanKey(head[kind](item.text, item.knownNames)));
  cases.forEach((item, index) => {
    counts.set(item.set, (counts.get(item.set) ?? 0) + 1);
    spanCount += (JSON.parse(baseKeys[index]!) as unknown[]).length;
    if (baseKeys[index] !== headKeys[index]) {
      differencesBySet.set(item.set, (differencesBySet.get(item.set) ?? 0) + 1);
      differences.push(`${kind} [${item.set}] ${JSON.stringify(item.text.slice(0, 160))} known=${JSON.stringify(item.knownNames)}\n  base: ${baseKeys[index]}\n  head: ${headKeys[index]}`);
    }
  });
}
const perSet = [...counts].map(([set, count]) => `${set} ${count / 2}`).join(', ');
console.log(`golden diff ${baseRoot} → ${headRoot}: ${cases.length} texts (${perSet}), ${spanCount} spans, NAME detector and detect(): ${differences.length} differences`);
if (countsOnly) {
  if (differences.length > 0) console.log(`differences by set (texts not printed): ${[...differencesBySet].map(([set, count]) => `${set} ${count}`).join(', ')}`);
} else {
  for (const difference of differences.slice(0, Number(process.env.GOLDEN_SHOW ?? 20))) console.log(difference);
}
process.exitCode = differences.length === 0 ? 0 : 1;
