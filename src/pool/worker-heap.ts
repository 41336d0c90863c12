// The pool workers' V8 heap limits, and keeping a process-wide young-generation flag from overriding them.

import { setFlagsFromString } from 'node:v8';

/**
 * Each worker is a V8 isolate with its own heap.
 * - Young generation 16 MB (V8's default is 32): a worker allocates a few KB per short document, all of it dead by the
 *   end of its batch, so the nursery's size sets how often it is scavenged. At 8 MB the scavenges cost ~10% of the
 *   pool's CPU at 200 B documents. 16 MB gets most of what 32 MB saves (CPU pool / single for 8 / 16 / 32 MB,
 *   interleaved in one process: 200 B × 100 1.53 / 1.37 / 1.37, 2 KB × 100 1.42 / 1.36 / 1.34, 200 B × 1000
 *   1.33 / 1.32 / 1.26) for half the memory: ~20 MB more RSS for the service's two workers, where 32 MB would add
 *   ~45 MB and take its peak under load past 270 MB (benchmarks/RESULTS.md, "Pool: the workers' young generation").
 * - Old generation 128 MB: the ceiling also makes V8 grow that heap more slowly (a worker redacting the dev corpus
 *   peaks at 49–50 MB instead of 67–73, same CPU), and still leaves room for the largest document a batch can hold
 *   within taskTimeoutMs (1 MiB of text needs 62–81 MB). A worker that runs out fails its batch with 503
 *   ERR_PII_POOL_WORKER_CRASHED and is replaced.
 */
export const workerResourceLimits = { maxYoungGenerationSizeMb: 16, maxOldGenerationSizeMb: 128 } as const;

const semiSpaceFlag = '--max-semi-space-size';

/** Whether `--max-semi-space-size` was given to node, on its command line or in NODE_OPTIONS (`_` spelling too). */
export function semiSpaceFlagGiven(execArgv: readonly string[], nodeOptions: string): boolean {
  return [...execArgv, ...nodeOptions.split(/\s+/u)].some((arg) => {
    const flag = arg.replaceAll('_', '-');
    return flag === semiSpaceFlag || flag.startsWith(`${semiSpaceFlag}=`);
  });
}

/**
 * V8 sizes every new isolate's young generation from `--max-semi-space-size` when that flag is set, over the size a
 * Worker asks for in resourceLimits: under `node --max-semi-space-size=4` (`npm start`, which keeps the main thread's
 * nursery small) the workers would get 8 MB whatever the pool asks. The main thread's heap was sized when the process
 * started and keeps the flag's size; clearing it (0 is V8's "not set") only affects isolates created from now on: the
 * pool's workers, their replacements, and any other worker the process starts later (V8's default for those).
 * Returns whether the flag was cleared.
 */
export function releaseSemiSpaceFlag(execArgv: readonly string[] = process.execArgv, nodeOptions = process.env['NODE_OPTIONS'] ?? ''): boolean {
  if (!semiSpaceFlagGiven(execArgv, nodeOptions)) return false;
  setFlagsFromString(`${semiSpaceFlag}=0`);
  return true;
}
