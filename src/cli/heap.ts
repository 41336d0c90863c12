// A small heap for the streaming batch commands: V8's defaults let a long run's heap grow to several times its live data.

import { setFlagsFromString } from 'node:v8';

/**
 * `pii-gate redact` keeps ~26 MB live (patterns, compiled detectors) however long the input, but with V8's defaults
 * the old generation grows to ~90 MB between full GCs and the young generation to 3 × 16 MB: 193 MB peak RSS on 23 MB
 * of JSONL. With these two flags, 102 MB at the same CPU time (RESULTS.md, Memory). Both are read by V8 at every
 * GC, so they take effect when set at run time: users need no node flags (`npx pii-gate redact` is bounded).
 * - heap-growing-percent: the next full GC comes when the old generation has grown 20% past what the last one kept;
 * - semi-space-growth-factor=1: the young generation stays at its initial size (survivors are few in a per-line loop).
 */
export const batchHeapFlags: readonly string[] = ['--heap-growing-percent=20', '--semi-space-growth-factor=1'];

/** The batchHeapFlags the user has not set on the command line or in NODE_OPTIONS (theirs win). */
export function heapFlagsToApply(execArgv: readonly string[], nodeOptions: string): string[] {
  // V8 accepts `--heap_growing_percent` and `--heap-growing-percent` alike.
  const given = [...execArgv, ...nodeOptions.split(/\s+/u)].map((arg) => arg.replaceAll('_', '-'));
  return batchHeapFlags.filter((flag) => {
    const name = flag.slice(0, flag.indexOf('='));
    return !given.some((arg) => arg === name || arg.startsWith(`${name}=`));
  });
}

/** Sets the batch heap flags for this process; returns the ones applied. */
export function boundBatchHeap(): string[] {
  const flags = heapFlagsToApply(process.execArgv, process.env['NODE_OPTIONS'] ?? '');
  for (const flag of flags) setFlagsFromString(flag);
  return flags;
}
