// The workers' young generation: a process-wide --max-semi-space-size must not override what the pool asks for.

import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { semiSpaceFlagGiven, workerResourceLimits } from '../../src/pool/worker-heap.js';

const run = promisify(execFile);
const moduleUrl = new URL('../../src/pool/worker-heap.ts', import.meta.url).href;

describe('semiSpaceFlagGiven', () => {
  it.each([
    ['on the command line', ['--max-semi-space-size=4'], '', true],
    ['in NODE_OPTIONS among other flags', [], '--enable-source-maps --max-semi-space-size=8', true],
    ['spelled with underscores', ['--max_semi_space_size=4'], '', true],
    ['nowhere', ['--enable-source-maps'], '--max-old-space-size=512', false],
    ['only as a longer flag that starts the same', ['--max-semi-space-size-other=4'], '', false],
    ['only as the minimum size', ['--min-semi-space-size=4'], '', false],
  ])('finds the flag %s', (_where, execArgv, nodeOptions, expected) => {
    expect(semiSpaceFlagGiven(execArgv, nodeOptions)).toBe(expected);
  });
});

/**
 * A child process started as `npm start` starts the service (`node --max-semi-space-size=4`), optionally releases the
 * flag, then starts a worker with the pool's resourceLimits and fills its nursery: the largest new space it reaches.
 */
async function workerNewSpaceMb(release: boolean): Promise<number> {
  const script = `
    import { Worker } from 'node:worker_threads';
    const { releaseSemiSpaceFlag, workerResourceLimits } = await import(${JSON.stringify(moduleUrl)});
    if (${release}) releaseSemiSpaceFlag();
    const churn = \`
      const { getHeapSpaceStatistics } = await import('node:v8');
      let kept = []; let largest = 0;
      for (let i = 0; i < 2e6; i++) {
        kept.push({ i, s: 'x' + i });
        if (kept.length > 20000) kept = [];
        if (i % 10000 === 0) largest = Math.max(largest, getHeapSpaceStatistics().find((s) => s.space_name === 'new_space').space_size);
      }
      (await import('node:worker_threads')).parentPort.postMessage(largest);
    \`;
    const worker = new Worker(churn, { eval: true, resourceLimits: workerResourceLimits });
    worker.once('message', (bytes) => { console.log(bytes / 1048576); void worker.terminate(); });
  `;
  const { stdout } = await run(process.execPath, ['--max-semi-space-size=4', '--import', 'tsx', '--input-type=module', '-e', script], {
    timeout: 30_000,
  });
  return Number(stdout.trim());
}

describe('releaseSemiSpaceFlag under node --max-semi-space-size=4', () => {
  it.each([
    ['gets the young generation the pool asks for once the flag is released', true, workerResourceLimits.maxYoungGenerationSizeMb],
    ['is held to the flag (two 4 MB semi-spaces) while it is set', false, 8],
  ])('a worker %s', async (_case, release, expectedMb) => {
    expect(await workerNewSpaceMb(release)).toBe(expectedMb);
  }, 40_000);
});
