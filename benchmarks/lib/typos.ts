// Typos for the typos benchmark: the slips customers make inside a word, with the gold spans moved to match.
// Three kinds, one per chosen word: two neighbouring letters swapped (`спаисбо`), a letter typed twice (`Шифоккор`),
// a letter left out (`Шифкор`). The first letter never changes, so a word keeps its case and its start. A fourth,
// asked for on its own, stretches the word's last vowel for emphasis (`спасибоооо`).

import type { Rng } from './rng.js';

export interface GoldSpan {
  readonly start: number;
  readonly end: number;
  readonly type: string;
}
export interface GoldRecord {
  readonly text: string;
  readonly spans: readonly GoldSpan[];
}
/** `words`: words outside names, each with chance `rate`; `names`: every name word of 4+ letters. */
export type Where = 'words' | 'names';
export type Slip = 'swap' | 'double' | 'drop' | 'stretch';

const word = /\p{L}+/gu;
const lastVowel = /[aeiouyаеёиоуыэюяәөүұі](?=[^aeiouyаеёиоуыэюяәөүұі]*$)/u;
const surrogate = /[\uD800-\uDFFF]/u;

/** The record with slips in the words `where` says; only NAME spans kept (the score is NAME's). */
export function withTypos(record: GoldRecord, where: Where, rate: number, rng: Rng, slips: readonly Slip[] = ['swap', 'double', 'drop']): GoldRecord {
  const spans = record.spans.filter((span) => span.type === 'NAME');
  const inName = (at: number): boolean => spans.some((span) => at >= span.start && at < span.end);
  // edits[i]: what replaces the letter at i (itself, doubled, or nothing).
  const edits = record.text.split('');
  for (const match of record.text.matchAll(word)) {
    const start = match.index;
    const length = match[0].length;
    if (length < 4 || surrogate.test(match[0]) || inName(start) !== (where === 'names')) continue;
    if (where === 'words' && !rng.chance(rate)) continue;
    const slip = rng.pick(slips);
    if (slip === 'stretch') {
      const vowel = lastVowel.exec(match[0]);
      if (vowel !== null && vowel.index > 0) edits[start + vowel.index] = vowel[0].repeat(4);
      continue;
    }
    const at = start + rng.int(1, length - 2);
    const [a, b] = [record.text[at]!, record.text[at + 1]!];
    if (a.toLowerCase() !== a || b.toLowerCase() !== b) continue;
    if (slip === 'swap') {
      if (a === b) continue;
      edits[at] = b;
      edits[at + 1] = a;
    } else if (slip === 'double') {
      edits[at] = a + a;
    } else {
      edits[at] = '';
    }
  }
  const moved = new Int32Array(record.text.length + 1);
  let text = '';
  for (let i = 0; i < record.text.length; i++) {
    moved[i] = text.length;
    text += edits[i];
  }
  moved[record.text.length] = text.length;
  return { ...record, text, spans: spans.map((span) => ({ ...span, start: moved[span.start]!, end: moved[span.end]! })) };
}

// Punctuation chat leaves out: commas, colons, `!`, `?`, `;`, dashes and ellipses (not dots, which also end initials).
const leftOut = /[,!?;:—…]/u;

/** The record with that punctuation left out (`Спасибо Мадина Хорошего дня`), NAME spans moved to match. */
export function withoutPunctuation(record: GoldRecord): GoldRecord {
  const moved = new Int32Array(record.text.length + 1);
  let text = '';
  for (let i = 0; i < record.text.length; i++) {
    moved[i] = text.length;
    if (!leftOut.test(record.text[i]!)) text += record.text[i];
  }
  moved[record.text.length] = text.length;
  const spans = record.spans.filter((span) => span.type === 'NAME').map((span) => ({ ...span, start: moved[span.start]!, end: moved[span.end]! }));
  return { ...record, text, spans: spans.filter((span) => span.end > span.start) };
}
