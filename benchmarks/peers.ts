// Peers side by side: pii-gate detect (+ splice) vs redact-pii, @redactpii/node and openredaction on the dev corpus,
// single thread, one run: MB/s, docs/s, and accuracy from aligning each tool's redacted output to its input.
// Usage: npm run bench:peers [-- --rounds 5] [-- --slow-rounds 1] [-- --only pii-gate] [-- --no-write]

import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { detect } from '../src/detect/index.js';
import type { EntityType, Span } from '../src/types.js';
import { ENTITY_TYPES } from '../src/types.js';
import { ensureDevCorpus } from './lib/dev-corpus.js';
import type { GoldRecord, PeerAccuracy } from './lib/peers/accuracy.js';
import { scoreMaskedRanges } from './lib/peers/accuracy.js';
import type { AlignmentMethod, MaskedRange, TokenVocabulary } from './lib/peers/align.js';
import { alignOutput } from './lib/peers/align.js';
import { peers } from './lib/peers/adapters.js';
import { runStamp, updateResultsSection } from './lib/results.js';

interface Contestant {
  name: string;
  version: string;
  vocabulary: TokenVocabulary;
  redact: (text: string) => string | Promise<string>;
  /** openredaction needs ~2 ms per short review: it gets fewer rounds so the run stays near two minutes. */
  slow: boolean;
}

interface Timing {
  roundsSeconds: number[];
  medianSeconds: number;
  outputs: string[];
}

const { values } = parseArgs({
  options: {
    rounds: { type: 'string', default: '5' },
    'slow-rounds': { type: 'string', default: '1' },
    only: { type: 'string' },
    'no-write': { type: 'boolean' },
  },
});
const rounds = Number(values.rounds);
const slowRounds = Number(values['slow-rounds']);
for (const [name, value] of [['--rounds', rounds], ['--slow-rounds', slowRounds]] as const) {
  if (!Number.isInteger(value) || value < 1) throw new Error(`${name} must be a positive integer`);
}
// Stamped now: the date and load average describe the start of the run.
const stamp = runStamp(`npm run bench:peers -- --rounds ${rounds} --slow-rounds ${slowRounds}`);

// Read from node_modules directly: some peers do not export their package.json.
const versionOf = (packageName: string): string =>
  (JSON.parse(readFileSync(new URL(`../node_modules/${packageName}/package.json`, import.meta.url), 'utf8')) as { version: string }).version;

// pii-gate writes `[TYPE]` like the peers write their tokens, so every tool is timed producing redacted text.
const piiGateVocabulary: TokenVocabulary = {
  pattern: /\[(?:NAME|PHONE|EMAIL)\]/g,
  labelOf: (token) => token.slice(1, -1) as EntityType,
};

function spliceTokens(text: string, spans: readonly Span[]): string {
  let out = '';
  let last = 0;
  for (const span of spans) {
    out += `${text.slice(last, span.start)}[${span.type}]`;
    last = span.end;
  }
  return out + text.slice(last);
}

const piiGateVersion = (JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }).version;
const piiGate: Contestant = {
  name: 'pii-gate detect',
  version: piiGateVersion,
  vocabulary: piiGateVocabulary,
  redact: (text) => spliceTokens(text, detect(text)),
  slow: false,
};
// Like for like with the regex peers, which find no names in these languages: what phones and e-mails alone cost.
const phoneAndEmailTypes = ['PHONE', 'EMAIL'] as const;
const piiGateNoNames: Contestant = {
  name: 'pii-gate detect (PHONE + EMAIL only)',
  version: piiGateVersion,
  vocabulary: piiGateVocabulary,
  redact: (text) => spliceTokens(text, detect(text, { types: phoneAndEmailTypes })),
  slow: false,
};

function readGold(path: string): GoldRecord[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const { id, lang, text, spans } = JSON.parse(line) as GoldRecord;
      return { id, lang, text, spans };
    });
}

const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

/** Warm-up pass, then timed passes; outputs of the last pass are kept for scoring (kept in every pass alike). */
async function time(contestant: Contestant, texts: readonly string[], passes: number): Promise<Timing> {
  const pass = async (): Promise<string[]> => {
    const outputs: string[] = new Array<string>(texts.length);
    for (let i = 0; i < texts.length; i++) {
      const result = contestant.redact(texts[i]!);
      outputs[i] = typeof result === 'string' ? result : await result;
    }
    return outputs;
  };
  // The slow peer warms up on a tenth of the corpus: its JIT settles long before that.
  if (contestant.slow) {
    for (const text of texts.slice(0, Math.ceil(texts.length / 10))) await contestant.redact(text);
  } else {
    // Two passes: pii-gate's detectors (and the peers' regexes) are still being optimised by V8 during the first.
    await pass();
    await pass();
  }
  const roundsSeconds: number[] = [];
  let outputs: string[] = [];
  for (let round = 0; round < passes; round++) {
    const startedAt = process.hrtime.bigint();
    outputs = await pass();
    roundsSeconds.push(Number(process.hrtime.bigint() - startedAt) / 1e9);
  }
  return { roundsSeconds, medianSeconds: median(roundsSeconds), outputs };
}

const corpusPath = ensureDevCorpus();
const records = readGold(corpusPath);
const texts = records.map((record) => record.text);
const bytes = texts.reduce((sum, text) => sum + Buffer.byteLength(text, 'utf8'), 0);
const contestants: Contestant[] = [
  piiGate,
  piiGateNoNames,
  ...peers.map((peer) => ({ name: peer.name, version: versionOf(peer.packageName), vocabulary: peer.vocabulary, redact: peer.create(), slow: peer.packageName === 'openredaction' })),
].filter((contestant) => values.only === undefined || contestant.name.startsWith(values.only));
process.stdout.write(`dev corpus: ${texts.length} documents, ${(bytes / 1e6).toFixed(2)} MB UTF-8; ${rounds} rounds (${slowRounds} for openredaction) after two warm-up passes\n`);

interface Row {
  contestant: Contestant;
  timing: Timing;
  megabytesPerSecond: number;
  docsPerSecond: number;
  accuracy: PeerAccuracy;
  /** How each output was aligned: unchanged, anchored on unchanged segments, or by the diff fallback. */
  methods: Record<AlignmentMethod, number>;
}

const rows: Row[] = [];
for (const contestant of contestants) {
  const timing = await time(contestant, texts, contestant.slow ? slowRounds : rounds);
  const methods: Record<AlignmentMethod, number> = { unchanged: 0, anchored: 0, diff: 0 };
  const ranges: MaskedRange[][] = texts.map((text, index) => {
    const aligned = alignOutput(text, timing.outputs[index]!, contestant.vocabulary);
    methods[aligned.method]++;
    return aligned.ranges;
  });
  const row: Row = {
    contestant,
    timing,
    megabytesPerSecond: bytes / 1e6 / timing.medianSeconds,
    docsPerSecond: texts.length / timing.medianSeconds,
    accuracy: scoreMaskedRanges(records, ranges),
    methods,
  };
  rows.push(row);
  const all = row.accuracy.recall.byLang['all']!;
  process.stdout.write(
    `${contestant.name.padEnd(26)} ${row.megabytesPerSecond.toFixed(3).padStart(8)} MB/s ${Math.round(row.docsPerSecond).toString().padStart(7)} docs/s  ` +
      `recall N/P/E ${ENTITY_TYPES.map((type) => all[type].recall.toFixed(3)).join('/')}  (rounds: ${timing.roundsSeconds.map((s) => s.toFixed(3)).join(', ')} s)\n`,
  );
}

// Alignment self-check: pii-gate's own spans, scored directly, must give the same numbers as its aligned output.
const gateRow = rows.find((row) => row.contestant === piiGate);
let selfCheck = '';
if (gateRow !== undefined) {
  const direct = scoreMaskedRanges(
    records,
    texts.map((text) => detect(text).map((span) => ({ start: span.start, end: span.end, type: span.type }))),
  );
  const differences = ENTITY_TYPES.flatMap((type) => {
    const aligned = gateRow.accuracy;
    return [
      Math.abs(direct.recall.byLang['all']![type].recall - aligned.recall.byLang['all']![type].recall),
      Math.abs(direct.precision.byLang['all']![type].precision - aligned.precision.byLang['all']![type].precision),
    ];
  });
  // Two entities separated only by a space or comma cannot be told apart from the output alone, so a few
  // precision points may move between adjacent types; recall cannot change.
  selfCheck = `largest difference in any per-type recall or char precision: ${Math.max(...differences).toFixed(4)}`;
  process.stdout.write(`alignment self-check on pii-gate output: ${selfCheck}\n`);
}

const fmt = (value: number, digits = 3): string => value.toFixed(digits);
const peerRows = rows.filter((row) => row !== gateRow && row.contestant !== piiGateNoNames);
const fastestPeer = [...peerRows].sort((a, b) => b.megabytesPerSecond - a.megabytesPerSecond)[0];
const openRow = peerRows.find((row) => row.contestant.name === 'openredaction');

function verdicts(): string[] {
  if (gateRow === undefined) return [];
  const lines: string[] = [];
  if (fastestPeer !== undefined) {
    const ratio = gateRow.megabytesPerSecond / fastestPeer.megabytesPerSecond;
    lines.push(`- ${ratio >= 1 ? 'met' : '**not met**'}: pii-gate ≥ fastest peer (${fastestPeer.contestant.name}): ratio ${fmt(ratio, 2)}×`);
  }
  if (openRow !== undefined) {
    const ratio = gateRow.megabytesPerSecond / openRow.megabytesPerSecond;
    lines.push(`- ${ratio >= 10 ? 'met' : '**not met**'}: pii-gate ≥ 10× openredaction: ratio ${fmt(ratio, 1)}×`);
  }
  return lines;
}
process.stdout.write(`${verdicts().join('\n')}\n`);

if (!values['no-write'] && values.only === undefined) {
  const speed = [
    '| tool | version | MB/s (median) | docs/s | pii-gate / tool | rounds (s) |',
    '|---|---|---:|---:|---:|---|',
    ...rows.map(
      (row) =>
        `| ${row.contestant.name} | ${row.contestant.version} | ${fmt(row.megabytesPerSecond)} | ${Math.round(row.docsPerSecond)} | ` +
        `${gateRow === undefined ? '—' : `${fmt(gateRow.megabytesPerSecond / row.megabytesPerSecond, 2)}×`} | ${row.timing.roundsSeconds.map((s) => s.toFixed(3)).join(', ')} |`,
    ),
  ];
  const accuracy = [
    '| tool | NAME recall | NAME char prec. | PHONE recall | PHONE char prec. | EMAIL recall | EMAIL char prec. | unlabelled masked chars in gold | outputs unchanged / anchored / diff |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|',
    ...rows.map((row) => {
      const recall = row.accuracy.recall.byLang['all']!;
      const precision = row.accuracy.precision.byLang['all']!;
      const cells = ENTITY_TYPES.flatMap((type) => [
        fmt(recall[type].recall),
        precision[type].predictedChars === 0 ? '— (none)' : fmt(precision[type].precision),
      ]);
      const unlabelled =
        row.accuracy.unlabelledChars === 0 ? '—' : `${fmt(row.accuracy.unlabelledCorrect / row.accuracy.unlabelledChars)} of ${row.accuracy.unlabelledChars}`;
      return `| ${row.contestant.name} | ${cells.join(' | ')} | ${unlabelled} | ${row.methods.unchanged} / ${row.methods.anchored} / ${row.methods.diff} |`;
    }),
  ];
  const langs = Object.keys(rows[0]?.accuracy.recall.byLang ?? {}).filter((lang) => lang !== 'all').sort();
  const byLang = [
    `| tool | ${langs.join(' | ')} |`,
    `|---|${langs.map(() => '---:').join('|')}|`,
    ...rows.map((row) => {
      const cells = langs.map((lang) => {
        const counts = row.accuracy.recall.byLang[lang]!;
        const entities = ENTITY_TYPES.reduce((sum, type) => sum + counts[type].entities, 0);
        const caught = ENTITY_TYPES.reduce((sum, type) => sum + counts[type].caught, 0);
        return fmt(entities === 0 ? 1 : caught / entities);
      });
      return `| ${row.contestant.name} | ${cells.join(' | ')} |`;
    }),
  ];
  updateResultsSection(
    'Peers',
    [
      stamp,
      '',
      `Dev corpus (${texts.length} documents, ${(bytes / 1e6).toFixed(2)} MB UTF-8), single thread, one process, default options of ` +
        'every tool. Each tool is timed producing redacted text: pii-gate runs `detect()` (NAME + PHONE + EMAIL, default regions) and ' +
        'splices `[TYPE]` tokens (the targets use this row; a second row limits it to PHONE + EMAIL, for comparison with the regex-only peers); the peers run their own redact call (openredaction: `await detect()`, placeholder mode). ' +
        `Two warm-up passes, then ${rounds} timed passes (openredaction: ${slowRounds}, after a warm-up on a tenth of the corpus), median reported. ` +
        'The machine is shared with other jobs: absolute numbers are noisy, ratios within one run less so.',
      '',
      ...speed,
      '',
      ...verdicts(),
      '',
      '### Accuracy of each tool on the same run',
      '',
      'Masked input ranges are recovered from each redacted output (benchmarks/lib/peers/align.ts): the output is split into ' +
        'replacement tokens and the unchanged text between them; those unchanged segments are anchored in the input, in order ' +
        '(first at the start, last at the end, each at its leftmost possible place), and each token covers the input between ' +
        'its two anchors. Outputs that are not tokens over unchanged text fall back to a Myers diff with each token as one ' +
        'unit (counted in the last column). A range takes its type from the token (`PERSON_NAME`, `[NAME_…]` → NAME, ' +
        '`PHONE_NUMBER`, `[PHONE_…]` → PHONE, `EMAIL_ADDRESS`, `[EMAIL_…]` → EMAIL). Entity recall counts a gold entity as caught ' +
        'when every letter and digit of it is masked by any range; char precision per type uses only ranges labelled with that ' +
        'type; ranges with other tokens (`DIGITS`, `ZIPCODE`, `CREDIT_CARD_NUMBER`, …) are scored together in the last column. ' +
        `Alignment self-check (pii-gate's spans scored directly vs. its redacted output aligned): ${selfCheck || 'not run'}.`,
      '',
      ...accuracy,
      '',
      'Entity recall by language, all types together:',
      '',
      ...byLang,
    ].join('\n'),
  );
  process.stdout.write('updated the Peers section of benchmarks/RESULTS.md\n');
}
