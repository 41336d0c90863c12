// Golden diff for PHONE and EMAIL: detect() of two repo roots over the same texts must give identical spans.
// Run: npx tsx benchmarks/phone-golden-diff.ts --base <root> [--head <root>] [--fuzz 40000] [--stream <jsonl>]
// Use it to prove that a speed change altered no output: every span (start, end, type, score, source, normalized),
// under several region lists, for PHONE + EMAIL alone and for all types (so overlap resolution is compared too),
// and with a tenant's allow and deny lists and threshold.

import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { goldenPaths, spanKey, type SpanLike } from './lib/golden.js';
import { adversarialInput, adversarialKinds } from './lib/scaling-inputs.js';
import { createRng, type Rng } from './lib/rng.js';

interface Options {
  regions?: readonly string[];
  types?: readonly string[];
  allow?: readonly string[];
  deny?: readonly string[];
  threshold?: number;
}
type Detect = (text: string, options: Options) => SpanLike[];

const { values } = parseArgs({
  options: {
    base: { type: 'string' },
    head: { type: 'string' },
    corpus: { type: 'string' },
    shared: { type: 'string' },
    stream: { type: 'string' },
    fuzz: { type: 'string' },
    seed: { type: 'string' },
  },
});
const { baseRoot, headRoot, corpusPath, sharedDir } = goldenPaths(values);
const streamPath = values.stream ?? resolve(headRoot, 'benchmarks/out/stream-5mb.jsonl');
const fuzzCount = Number(values.fuzz ?? 40_000);
const seed = Number(values.seed ?? 6_666);

async function loadDetect(root: string): Promise<Detect> {
  const module = (await import(pathToFileURL(`${root}/src/detect/index.ts`).href)) as { detect: Detect };
  return module.detect;
}

function readTexts(path: string): string[] {
  if (!existsSync(path)) return [];
  return readFileSync(path, 'utf8')
    .trim()
    .split('\n')
    .map((line) => (JSON.parse(line) as { text: string }).text);
}

// Pieces a phone or e-mail detector reacts to, glued at random: digit groups of every length, the separators
// people type (and a few they do not), `+`, `00`, calling codes, cue and id words in five languages, currency,
// dates, e-mail parts and obfuscations, invisible marks, emoji and Uzbek apostrophes.
const pieces = [
  '+', '+', '00', '8', '7', '998', '996', '992', '993', '1', '0', '(', ')', ' (', ') ', '-', ' - ', '.', '. ', ',', ':', '/', ' ',
  ' ', '  ', '\n', '\u00a0', '\u200b', '\u2011', '\u2013', '#', '№', '$', '₸', 'сум', 'тел', 'тел.', 'Тел:', 'phone', 'Phone: ',
  'call me', 'raqamim', 'номер', 'заказ', 'buyurtma', 'тапсырыс', 'order no.', 'x', 'ext. 12', 'доб. 7', 'RU', 'KZ-', 'AB',
  'qo‘ng‘iroq', 'ga', '@', '@', '.', 'user', 'mail.ru', 'gmail.com', 'почта.рф', '[at]', '(at)', ' at ', ' dot ', '[dot]',
  'info', 'a.b', '_', '😀', 'é', 'Алишер', 'Jane',
];

function digitsOf(rng: Rng): string {
  return rng.digits(rng.int(1, rng.chance(0.2) ? 12 : 4));
}

function fuzzText(rng: Rng): string {
  const count = rng.int(1, 28);
  let text = '';
  for (let i = 0; i < count; i++) text += rng.chance(0.5) ? digitsOf(rng) : rng.pick(pieces);
  return text;
}

interface Case {
  set: string;
  text: string;
}

function buildCases(): Case[] {
  const cases: Case[] = [];
  for (const text of readTexts(corpusPath)) cases.push({ set: 'dev', text });
  for (const file of ['factrueval2016_dev_ru.jsonl', 'kaznerd_valid_kk.jsonl', 'presidio_synth_v2_dev_en.jsonl', 'wnut17_dev_en.jsonl']) {
    for (const text of readTexts(resolve(sharedDir, file))) cases.push({ set: 'shared', text });
  }
  for (const text of readTexts(streamPath)) cases.push({ set: 'stream', text });
  const rng = createRng(seed);
  for (let i = 0; i < fuzzCount; i++) cases.push({ set: 'fuzz', text: fuzzText(rng) });
  // Long texts: every adversarial shape, two variants each, so run splitting and caches are exercised at length.
  for (const kind of adversarialKinds) for (const variant of [0, 1]) cases.push({ set: 'adversarial', text: adversarialInput(kind, 65_536, variant) });
  return cases;
}

// A tenant's lists: given names the generator uses in both scripts, a name as a whole, mixed case, an empty entry
// in a second list (it allows spans that open with white space), and deny words; the arrays are reused across
// calls, as the engine does, so list caches are exercised.
const allowWords = ['Alisher', 'dilnoza', 'ИВАН', 'Анна', 'Jasur', 'Айгүл', 'Navoi', 'ольга', 'Bobur', 'Azamat', 'John', 'Мария', 'Ivan Petrov'];
const denyWords = ['Bobur', 'алишер', 'Sardor'];
const settings: Array<{ label: string; options: Options }> = [
  { label: 'PHONE+EMAIL default regions', options: { types: ['PHONE', 'EMAIL'] } },
  { label: 'all types default regions', options: {} },
  { label: 'PHONE+EMAIL regions KZ,RU', options: { types: ['PHONE', 'EMAIL'], regions: ['KZ', 'RU'] } },
  { label: 'PHONE regions US,GB,DE', options: { types: ['PHONE'], regions: ['US', 'GB', 'DE'] } },
  { label: 'all types, allow and deny lists, threshold 0.4', options: { allow: allowWords, deny: denyWords, threshold: 0.4 } },
  { label: 'all types, allow list with an empty entry', options: { allow: [...allowWords, ''] } },
];


const cases = buildCases();
const base = await loadDetect(baseRoot);
const head = await loadDetect(headRoot);
let differences = 0;
let spans = 0;
for (const { label, options } of settings) {
  let settingDifferences = 0;
  let settingSpans = 0;
  // Base first over every text, then head: each side's caches see the texts in the same order.
  const baseKeys = cases.map((item) => spanKey(base(item.text, options)));
  cases.forEach((item, index) => {
    const headKey = spanKey(head(item.text, options));
    settingSpans += (JSON.parse(baseKeys[index]!) as unknown[]).length;
    if (headKey === baseKeys[index]) return;
    settingDifferences++;
    if (settingDifferences <= 10) {
      console.log(`${label} [${item.set}] ${JSON.stringify(item.text.slice(0, 200))}\n  base: ${baseKeys[index]!.slice(0, 400)}\n  head: ${headKey.slice(0, 400)}`);
    }
  });
  console.log(`${label}: ${cases.length} texts, ${settingSpans} spans, ${settingDifferences} differences`);
  differences += settingDifferences;
  spans += settingSpans;
}
const perSet = new Map<string, number>();
for (const item of cases) perSet.set(item.set, (perSet.get(item.set) ?? 0) + 1);
console.log(
  `phone golden diff ${baseRoot} → ${headRoot}: ${cases.length} texts (${[...perSet].map(([set, count]) => `${set} ${count}`).join(', ')}) × ${settings.length} settings, ${spans} spans: ${differences} differences`,
);
process.exitCode = differences === 0 ? 0 : 1;
