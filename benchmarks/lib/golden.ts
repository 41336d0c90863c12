// Shared by the golden diffs: the span fields compared, and where the two roots and the input files are.

import { resolve } from 'node:path';

/** The fields of a span a golden diff compares (a structural copy: each root has its own Span type). */
export interface SpanLike {
  start: number;
  end: number;
  type: string;
  score: number;
  source: string;
  normalized?: string;
}

/** One comparable string per span list: every field, in order. */
export function spanKey(spans: readonly SpanLike[]): string {
  return JSON.stringify(spans.map((span) => [span.start, span.end, span.type, span.score, span.source, span.normalized ?? null]));
}

export interface GoldenPaths {
  readonly baseRoot: string;
  readonly headRoot: string;
  readonly corpusPath: string;
  /** ../shared/data beside the head root, with a trailing slash. */
  readonly sharedDir: string;
}

/** Roots and inputs from `--base` (required), `--head` (default: the current directory), `--corpus`, `--shared`. */
export function goldenPaths(values: { base?: string; head?: string; corpus?: string; shared?: string }): GoldenPaths {
  if (values.base === undefined) throw new Error('--base <repo root> is required');
  const headRoot = resolve(values.head ?? '.');
  return {
    baseRoot: resolve(values.base),
    headRoot,
    corpusPath: values.corpus ?? resolve(headRoot, 'benchmarks/out/dev-corpus.jsonl'),
    sharedDir: values.shared ?? `${resolve(headRoot, '../shared/data')}/`,
  };
}
