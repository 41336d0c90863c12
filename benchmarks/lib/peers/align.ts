// Recovers which input ranges a peer masked from its redacted output: anchor the unchanged segments between
// replacement tokens in the input; when the output is not tokens-over-unchanged-text, fall back to a Myers diff.

import type { EntityType } from '../../../src/types.js';

/** A masked input range; `type` is undefined when no replacement token says what the peer thought it was. */
export interface MaskedRange {
  start: number;
  end: number;
  type: EntityType | undefined;
}

export interface TokenVocabulary {
  /** Matches one replacement token the peer writes (global flag required). */
  readonly pattern: RegExp;
  /** The entity type a token stands for, or undefined for types we do not score (credit cards, dates…). */
  labelOf(token: string): EntityType | undefined;
}

interface Units {
  /** Char codes for plain characters; -(k + 1) for the k-th replacement token, so a token never equals an input char. */
  readonly codes: Int32Array;
  readonly tokens: readonly string[];
}

/** Splits the output into characters and whole replacement tokens (a token is one unit, so its letters cannot align). */
function toUnits(output: string, vocabulary: TokenVocabulary): Units {
  const codes: number[] = [];
  const tokens: string[] = [];
  let last = 0;
  for (const match of output.matchAll(vocabulary.pattern)) {
    for (let i = last; i < match.index; i++) codes.push(output.charCodeAt(i));
    codes.push(-(tokens.length + 1));
    tokens.push(match[0]);
    last = match.index + match[0].length;
  }
  for (let i = last; i < output.length; i++) codes.push(output.charCodeAt(i));
  return { codes: Int32Array.from(codes), tokens };
}

interface Hunk {
  aStart: number;
  aEnd: number;
  tokens: string[];
}

/**
 * Myers' greedy shortest edit script between input chars `a` and output units `b`, returned as hunks: maximal
 * runs of deleted input chars and inserted output units between two matched characters.
 */
function diffHunks(a: string, b: Int32Array, tokens: readonly string[]): Hunk[] {
  const n = a.length;
  const m = b.length;
  // Common prefix and suffix are matched trivially; the edit search only runs on the middle.
  let prefix = 0;
  while (prefix < n && prefix < m && a.charCodeAt(prefix) === b[prefix]) prefix++;
  let suffix = 0;
  while (suffix < n - prefix && suffix < m - prefix && a.charCodeAt(n - 1 - suffix) === b[m - 1 - suffix]) suffix++;
  const aLen = n - prefix - suffix;
  const bLen = m - prefix - suffix;
  if (aLen === 0 && bLen === 0) return [];
  const max = aLen + bLen;
  const offset = max + 1;
  const v = new Int32Array(2 * max + 3);
  const trace: Int32Array[] = [];
  const equal = (x: number, y: number): boolean => a.charCodeAt(prefix + x) === b[prefix + y];
  let found = false;
  for (let d = 0; d <= max && !found; d++) {
    trace.push(v.slice(offset - d - 1, offset + d + 2));
    for (let k = -d; k <= d; k += 2) {
      let x = k === -d || (k !== d && v[offset + k - 1]! < v[offset + k + 1]!) ? v[offset + k + 1]! : v[offset + k - 1]! + 1;
      let y = x - k;
      while (x < aLen && y < bLen && equal(x, y)) {
        x++;
        y++;
      }
      v[offset + k] = x;
      if (x >= aLen && y >= bLen) {
        found = true;
        break;
      }
    }
  }
  // Walk the trace back from the end, collecting edits (x = chars of a consumed, y = units of b consumed).
  const edits: { kind: 'delete' | 'insert'; at: number; unit: number }[] = [];
  let x = aLen;
  let y = bLen;
  for (let d = trace.length - 1; d > 0; d--) {
    const snapshot = trace[d]!; // v before step d, indices shifted by (d + 1)
    const at = (k: number): number => snapshot[k + d + 1]!;
    const k = x - y;
    const down = k === -d || (k !== d && at(k - 1) < at(k + 1));
    const prevK = down ? k + 1 : k - 1;
    const prevX = at(prevK);
    const prevY = prevX - prevK;
    while (x > prevX && y > prevY) {
      x--;
      y--;
    }
    if (down) edits.push({ kind: 'insert', at: prevX, unit: prevY });
    else edits.push({ kind: 'delete', at: prevX, unit: prevY });
    x = prevX;
    y = prevY;
  }
  edits.reverse();
  const hunks: Hunk[] = [];
  let current: Hunk | undefined;
  let lastX = -1;
  let lastY = -1;
  for (const edit of edits) {
    // Contiguous when this edit starts where the previous one left off (no matched char in between).
    const contiguous = current !== undefined && edit.at === lastX && edit.unit === lastY;
    if (!contiguous) {
      current = { aStart: prefix + edit.at, aEnd: prefix + edit.at, tokens: [] };
      hunks.push(current);
    }
    if (edit.kind === 'delete') {
      current!.aEnd = prefix + edit.at + 1;
      lastX = edit.at + 1;
      lastY = edit.unit;
    } else {
      const code = b[prefix + edit.unit]!;
      if (code < 0) current!.tokens.push(tokens[-code - 1]!);
      lastX = edit.at;
      lastY = edit.unit + 1;
    }
  }
  return hunks;
}

const significant = /[\p{L}\p{N}]/u;

/**
 * A pure deletion next to a token hunk, separated only by punctuation or spaces, is one masked entity the diff
 * split at a coincidentally equal character (e.g. the '.' inside `a.b@x.ru` matched the sentence's final '.').
 */
function mergeSplitHunks(input: string, hunks: readonly Hunk[]): Hunk[] {
  const merged: Hunk[] = [];
  for (const hunk of hunks) {
    const previous = merged[merged.length - 1];
    if (previous !== undefined && hunk.aStart - previous.aEnd <= 2 && (previous.tokens.length === 0 || hunk.tokens.length === 0)) {
      const gap = input.slice(previous.aEnd, hunk.aStart);
      if (![...gap].some((char) => significant.test(char))) {
        previous.aEnd = hunk.aEnd;
        previous.tokens.push(...hunk.tokens);
        continue;
      }
    }
    merged.push({ ...hunk, tokens: [...hunk.tokens] });
  }
  return merged;
}

/**
 * The output is literal₀ token₁ literal₁ … tokenₙ literalₙ; each literal must occur in the input, in order, the first
 * at the start and the last at the end, and each token replaced the (non-empty) input between its two literals.
 * Each literal is placed at its leftmost possible position (which never makes a later literal unplaceable), so a
 * token covers no more input than it must. Undefined when the literals cannot be placed (the tool changed other text).
 */
function anchoredRanges(input: string, output: string, vocabulary: TokenVocabulary): MaskedRange[] | undefined {
  const literals: string[] = [];
  const tokens: string[] = [];
  let last = 0;
  for (const match of output.matchAll(vocabulary.pattern)) {
    literals.push(output.slice(last, match.index));
    tokens.push(match[0]);
    last = match.index + match[0].length;
  }
  const tail = output.slice(last);
  const head = literals[0] ?? tail;
  if (!input.startsWith(head) || !input.endsWith(tail) || head.length + tail.length > input.length) return undefined;
  const ranges: MaskedRange[] = [];
  let cursor = head.length;
  for (let i = 0; i < tokens.length; i++) {
    const isLast = i === tokens.length - 1;
    const literal = isLast ? tail : literals[i + 1]!;
    const at = isLast ? input.length - tail.length : input.indexOf(literal, cursor + 1);
    if (at < cursor + 1) return undefined;
    ranges.push({ start: cursor, end: at, type: vocabulary.labelOf(tokens[i]!) });
    cursor = at + literal.length;
  }
  return ranges;
}

export type AlignmentMethod = 'unchanged' | 'anchored' | 'diff';

/** The input ranges a redactor replaced or removed, each labelled from its replacement token(s) where they agree. */
export function maskedRanges(input: string, output: string, vocabulary: TokenVocabulary): MaskedRange[] {
  return alignOutput(input, output, vocabulary).ranges;
}

/** Like maskedRanges, and says which method recovered them (the diff is the fallback for outputs that are not tokens over unchanged text). */
export function alignOutput(
  input: string,
  output: string,
  vocabulary: TokenVocabulary,
): { ranges: MaskedRange[]; method: AlignmentMethod } {
  if (input === output) return { ranges: [], method: 'unchanged' };
  const anchored = anchoredRanges(input, output, vocabulary);
  if (anchored !== undefined) return { ranges: anchored, method: 'anchored' };
  return { ranges: diffRanges(input, output, vocabulary), method: 'diff' };
}

function diffRanges(input: string, output: string, vocabulary: TokenVocabulary): MaskedRange[] {
  const { codes, tokens } = toUnits(output, vocabulary);
  const ranges: MaskedRange[] = [];
  for (const hunk of mergeSplitHunks(input, diffHunks(input, codes, tokens))) {
    if (hunk.aEnd <= hunk.aStart) continue; // pure insertion: nothing of the input was hidden
    const types = new Set(hunk.tokens.map((token) => vocabulary.labelOf(token)));
    const type = types.size === 1 ? [...types][0] : undefined;
    ranges.push({ start: hunk.aStart, end: hunk.aEnd, type });
  }
  return ranges;
}
