// Heap flags the CLI sets for itself: V8's defaults let a long-running process grow to several times its live data.

import { setFlagsFromString } from 'node:v8';

/**
 * `pii-gate redact` keeps a fixed live heap (patterns, compiled detectors: 25–50 MB as the gazetteers grow) however
 * long the input, but with V8's defaults the old generation grows to several times that between full GCs and the
 * young generation to 3 × 16 MB: 164–200 MB peak RSS on 23 MB of JSONL (and 201 MB on 100 MB). With these two flags,
 * 145–153 MB at the same CPU time (alternating runs; RESULTS.md, Memory).
 * - heap-growing-percent=50: the next full GC comes when the old generation has grown by half of what the last one
 *   kept. 20% held 139–142 MB but cost ~11% more CPU once the live heap passed 50 MB (a full GC every second);
 * - semi-space-growth-factor=1: the young generation stays at its initial size (a per-line loop keeps few survivors).
 * V8 reads both at every GC, so setting them at run time works: users need no node flags (`npx pii-gate redact`).
 */
export const batchHeapFlags: readonly string[] = ['--heap-growing-percent=50', '--semi-space-growth-factor=1'];

/** The flags the user has not set on the command line or in NODE_OPTIONS (theirs win). */
export function heapFlagsToApply(flags: readonly string[], execArgv: readonly string[], nodeOptions: string): string[] {
  // V8 accepts `--heap_growing_percent` and `--heap-growing-percent` alike.
  const given = [...execArgv, ...nodeOptions.split(/\s+/u)].map((arg) => arg.replaceAll('_', '-'));
  return flags.filter((flag) => {
    const name = flag.slice(0, flag.indexOf('='));
    return !given.some((arg) => arg === name || arg.startsWith(`${name}=`));
  });
}

/** Sets `flags` for this process (before the engine and workers allocate); returns the ones applied. */
export function boundHeap(flags: readonly string[]): string[] {
  const applied = heapFlagsToApply(flags, process.execArgv, process.env['NODE_OPTIONS'] ?? '');
  for (const flag of applied) setFlagsFromString(flag);
  return applied;
}
