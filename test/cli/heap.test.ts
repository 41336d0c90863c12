// The CLI's heap flags: applied unless the user chose their own value on the command line or in NODE_OPTIONS.

import { describe, expect, it } from 'vitest';
import { batchHeapFlags, heapFlagsToApply } from '../../src/cli/heap.js';

describe('heapFlagsToApply', () => {
  it('applies every batch heap flag when the user set none', () => {
    expect(heapFlagsToApply(batchHeapFlags, [], '')).toEqual(batchHeapFlags);
  });

  it.each([
    { where: 'the command line', execArgv: ['--heap-growing-percent=75'], nodeOptions: '' },
    { where: 'the command line, with underscores', execArgv: ['--heap_growing_percent=75'], nodeOptions: '' },
    { where: 'NODE_OPTIONS', execArgv: [], nodeOptions: '--max-old-space-size=512 --heap-growing-percent=75' },
  ])('leaves the heap growing percent alone when the user set it in $where', ({ execArgv, nodeOptions }) => {
    const applied = heapFlagsToApply(batchHeapFlags, execArgv, nodeOptions);
    expect(applied.some((flag) => flag.startsWith('--heap-growing-percent'))).toBe(false);
    expect(applied).toEqual(batchHeapFlags.filter((flag) => !flag.startsWith('--heap-growing-percent')));
  });

  it('does not mistake a flag with a longer name for one of ours', () => {
    expect(heapFlagsToApply(batchHeapFlags, ['--heap-growing-percentile=5'], '')).toEqual(batchHeapFlags);
  });
});
