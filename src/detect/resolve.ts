// Settles raw detector output: deny-list hits added, allow-listed and low-score spans dropped, overlaps resolved.

import type { EntityType, Span } from '../types.js';

export interface ResolveOptions {
  threshold: number;
  /** Lower-cased allow-list entries. */
  allow: ReadonlySet<string>;
  /** Lower-cased deny-list entries. */
  deny: readonly string[];
}

// An e-mail beats a name inside its local part; a phone beats digits or names inside it.
// A comparison, not a lookup object: `object[type]` with three different keys at one site is a megamorphic keyed
// load in V8 (seen in perf under byPriority).
function typePriority(type: EntityType): number {
  return type === 'EMAIL' ? 3 : type === 'PHONE' ? 2 : 1;
}

// A typical review has a handful of candidates: comparing pairwise allocates nothing and wins below this count.
const pairwiseLimit = 32;

export function resolveSpans(text: string, spans: readonly Span[], options: ResolveOptions): Span[] {
  const candidates: Span[] = [];
  const allow = options.allow.size > 0 ? options.allow : undefined;
  const index = allow && allowIndexes.get(allow);
  for (const span of spans) {
    if (span.score < options.threshold) continue;
    if (allow && isAllowed(text, span, allow, index)) continue;
    candidates.push(span);
  }
  if (options.deny.length > 0) for (const span of findDenied(text, options.deny)) candidates.push(span);
  // Most texts have at most one entity: nothing to order or settle.
  if (candidates.length <= 1) return candidates;
  // Most texts with several entities have them side by side: ordered by start, with no overlap, every span is kept
  // and the answer is that order (starts strictly increase, so it is the only one). No priority sort, no search.
  if (sortIfDisjoint(candidates)) return candidates;

  const accepted: Span[] = [];
  if (candidates.length <= pairwiseLimit) {
    insertionSort(candidates, byPriority, 1);
    for (const span of candidates) {
      if (!accepted.some((kept) => span.start < kept.end && kept.start < span.end)) accepted.push(span);
    }
    return insertionSort(accepted, byStart, 1);
  }
  candidates.sort(byPriority);
  const occupied = new DisjointSpans(text.length);
  for (const span of candidates) {
    if (occupied.tryAdd(span.start, span.end)) accepted.push(span);
  }
  return accepted.sort(byStart);
}

/**
 * Sorts `spans` by start in place and says whether the starts strictly increase and no span overlaps another.
 * Each detector reports in text order, so the list is a few sorted runs one after another: V8's sort (TimSort,
 * stable like the insertion sort it replaces) merges them in O(n log runs), where inserting the second detector's
 * spans among the first's one by one cost O(n²) on long texts (27% of detect() on 1 Mi of reviews). With `a.start < b.start`, the two
 * overlap iff `b.start < a.end` (the test above, `b.start < a.end && a.start < b.end`, empty spans included), so
 * one pass against the largest end so far decides. When it answers false the order of `spans` does not matter:
 * the caller sorts them by priority.
 */
function sortIfDisjoint(spans: Span[]): boolean {
  for (let i = 1; i < spans.length; i++) {
    if (spans[i]!.start < spans[i - 1]!.start) {
      if (spans.length <= pairwiseLimit) insertionSort(spans, byStart, i);
      else spans.sort(byStart);
      break;
    }
  }
  let furthestEnd = spans[0]!.end;
  for (let i = 1; i < spans.length; i++) {
    const span = spans[i]!;
    if (span.start <= spans[i - 1]!.start || span.start < furthestEnd) return false;
    if (span.end > furthestEnd) furthestEnd = span.end;
  }
  return true;
}

/**
 * Accepted spans are disjoint, so [start, end) is free iff `start` is not inside one and no accepted span starts in
 * (start, end). A coverage bitmap answers the first (its fills total at most the text length, since spans are
 * disjoint) and a Fenwick tree over start positions the second in O(log n): O(k log n) for k candidates, where
 * checking each candidate against every accepted span was O(k²) (measured: 0.37 s of a 1.6 s detect() on 64 Ki of
 * digit groups). Same answers as the pairwise test `a.start < b.end && b.start < a.end`, empty spans included.
 */
class DisjointSpans {
  readonly #length: number;
  /** 1 where a non-empty accepted span covers the position. */
  readonly #covered: Uint8Array;
  /** 1 where a non-empty accepted span starts. */
  readonly #isStart: Uint8Array;
  /** Fenwick tree counting accepted span starts (empty spans too) per position, 1-based. */
  readonly #starts: Int32Array;

  constructor(length: number) {
    this.#length = length;
    this.#covered = new Uint8Array(length + 1);
    this.#isStart = new Uint8Array(length + 1);
    this.#starts = new Int32Array(length + 2);
  }

  tryAdd(start: number, end: number): boolean {
    const from = clamp(start, 0, this.#length);
    const to = clamp(end, from, this.#length);
    if (to === from) {
      // An empty span overlaps only a span that strictly contains its position.
      if (this.#covered[from] && !this.#isStart[from]) return false;
      this.#countStart(from);
      return true;
    }
    if (this.#covered[from] || this.#startsBefore(to) - this.#startsBefore(from + 1) > 0) return false;
    this.#covered.fill(1, from, to);
    this.#isStart[from] = 1;
    this.#countStart(from);
    return true;
  }

  #countStart(position: number): void {
    for (let i = position + 1; i < this.#starts.length; i += i & -i) this.#starts[i]! += 1;
  }

  /** Accepted spans starting at positions < `position`. */
  #startsBefore(position: number): number {
    let sum = 0;
    for (let i = position; i > 0; i -= i & -i) sum += this.#starts[i]!;
    return sum;
  }
}

/**
 * Stable in-place sort of `spans`, whose first `sorted` entries are already in order; returns `spans`. Stable like
 * Array.sort, so the order is the same. For the few spans of a typical text (a phone or e-mail ahead of the names)
 * it costs less than Array.sort's calls into the comparator; it is quadratic, so only for at most pairwiseLimit.
 */
function insertionSort(spans: Span[], compare: (a: Span, b: Span) => number, sorted: number): Span[] {
  for (let i = sorted; i < spans.length; i++) {
    const span = spans[i]!;
    let j = i - 1;
    while (j >= 0 && compare(spans[j]!, span) > 0) {
      spans[j + 1] = spans[j]!;
      j--;
    }
    spans[j + 1] = span;
  }
  return spans;
}

/** Who wins an overlap: e-mail, then phone, then name; then the longer span, the higher score, the earlier start. */
function byPriority(a: Span, b: Span): number {
  return (
    typePriority(b.type) - typePriority(a.type) ||
    b.end - b.start - (a.end - a.start) ||
    b.score - a.score ||
    a.start - b.start
  );
}

function byStart(a: Span, b: Span): number {
  return a.start - b.start;
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(Math.max(value, min), max);
}

/** What rules a span out of an allow list cheaply: the first code unit each entry starts with. */
interface AllowIndex {
  readonly firstUnits: ReadonlySet<number>;
  /** An empty entry matches a span that opens with white space (its first word is empty): no unit rules it out. */
  readonly hasEmpty: boolean;
}

// Only for the Sets compileAllowList() made: nobody else holds them, so they never change after the index is built.
const allowIndexes = new WeakMap<ReadonlySet<string>, AllowIndex>();

/** The lower-cased allow list as resolveSpans() wants it, with an index that lets most spans skip the slice. */
export function compileAllowList(entries: readonly string[]): ReadonlySet<string> {
  const words = new Set(entries.map((word) => word.toLowerCase()));
  const firstUnits = new Set<number>();
  let hasEmpty = false;
  for (const word of words) {
    if (word.length === 0) hasEmpty = true;
    else firstUnits.add(word.charCodeAt(0));
  }
  allowIndexes.set(words, { firstUnits, hasEmpty });
  return words;
}

/**
 * The span's text, lower-cased, is on the list, or (names) each of its words is. Neither can hold unless the first
 * unit of the lower-cased text starts some entry (every word of a name must be on the list, its first word too;
 * a span that opens with white space has an empty first word): most spans are ruled out without a slice.
 */
function isAllowed(text: string, span: Span, allow: ReadonlySet<string>, index: AllowIndex | undefined): boolean {
  if (index && !index.hasEmpty) {
    if (span.end <= span.start || span.start >= text.length || !index.firstUnits.has(firstLowerUnit(text, span.start, span.end))) return false;
  }
  const value = text.slice(span.start, span.end).toLowerCase();
  if (allow.has(value)) return true;
  if (span.type !== 'NAME') return false;
  const words = value.split(/\s+/u);
  return words.every((word) => allow.has(word));
}

/**
 * The first UTF-16 unit of `text.slice(at, end).toLowerCase()`. Lower-casing is per code point except for Greek
 * final sigma, which depends on a preceding letter: the first character of a slice has none, alone or not.
 */
function firstLowerUnit(text: string, at: number, end: number): number {
  const code = text.charCodeAt(at);
  if (code < 0x80) return code >= 0x41 && code <= 0x5a ? code + 0x20 : code;
  // A surrogate pair cut by the span's end is a lone surrogate in the slice, and lower-cases as itself.
  const point = at + 1 < end ? text.codePointAt(at)! : code;
  return String.fromCodePoint(point).toLowerCase().charCodeAt(0);
}

/** Whole-word, case-insensitive occurrences of deny-list entries. Linear: one indexOf scan per entry. */
function findDenied(text: string, deny: readonly string[]): Span[] {
  const lower = text.toLowerCase();
  // toLowerCase keeps UTF-16 length for the scripts we handle; fall back to no deny hits if it did not.
  if (lower.length !== text.length) return [];
  const found: Span[] = [];
  for (const entry of deny) {
    if (!entry) continue;
    let from = 0;
    for (;;) {
      const at = lower.indexOf(entry, from);
      if (at === -1) break;
      const end = at + entry.length;
      if (!isWordChar(lower, at - 1) && !isWordChar(lower, end)) {
        found.push({ start: at, end, type: 'NAME', score: 1, source: 'deny-list' });
      }
      from = at + 1;
    }
  }
  return found;
}

function isWordChar(text: string, index: number): boolean {
  if (index < 0 || index >= text.length) return false;
  return /[\p{L}\p{N}\p{M}]/u.test(text[index] ?? '');
}
