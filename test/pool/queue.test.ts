// Batch cutting and the pool's own queue: pure functions and the FIFO, no workers.

import { describe, expect, it } from 'vitest';
import type { CutLimits, Job } from '../../src/pool/queue.js';
import { BatchQueue, batchesNeeded, batchLimit } from '../../src/pool/queue.js';

const limits: CutLimits = { maxDocuments: 256, maxChars: 12_000, minChars: 2_000, maxPartChars: 96_000, parts: 2 };

function job(documents: number): Job {
  return {
    policy: {} as Job['policy'],
    destination: { purpose: 'storage', region: 'KZ' },
    documents: Array.from({ length: documents }, () => ({})),
    redacted: [],
    reports: [],
    remaining: documents,
    waiting: documents,
    settled: false,
    resolve: () => undefined,
    reject: () => undefined,
    queueTimer: undefined,
  };
}

/** Queues `sizes` (characters per document) as one request and returns the documents per batch. */
function cut(sizes: readonly number[], queue = new BatchQueue(), cutLimits = limits): number[][] {
  const request = job(sizes.length);
  const total = sizes.reduce((sum, size) => sum + size, 0);
  sizes.forEach((size, index) => queue.push(request, index, size, batchLimit(total, cutLimits), cutLimits.maxDocuments));
  const batches: number[][] = [];
  for (let batch = queue.shift(); batch !== undefined; batch = queue.shift()) batches.push(batch.indexes);
  return batches;
}

describe('batchLimit', () => {
  it.each([
    ['a lone 120-character review is not split, and may share a batch of up to 12 000', 120, 12_000],
    ['a 3 000-character request is not split: halves would be under 2 000', 3_000, 12_000],
    ['a 13 000-character request is halved, one part per thread', 13_000, 6_500],
    ['a 192 000-character request is halved: parts of 96 000 are allowed', 192_000, 96_000],
    ['a 240 000-character request is cut in four equal parts of at most 96 000, two per thread', 240_000, 60_000],
    ['a 2 000 000-character request is cut in 22 parts, an even number', 2_000_000, 90_910],
  ])('%s', (_title, total, expected) => {
    expect(batchLimit(total, limits)).toBe(expected);
  });
});

describe('batchesNeeded', () => {
  it.each([
    ['no documents need no batch', 0, 0, 0],
    ['one small document needs one', 120, 1, 1],
    ['twenty 650-character reviews need one per thread', 13_000, 20, 2],
    ['1 000 reviews of 240 characters need four of 60 000', 240_000, 1_000, 4],
    ['never more batches than documents', 500_000, 3, 3],
  ])('%s', (_title, total, documents, expected) => {
    expect(batchesNeeded(total, documents, limits)).toBe(expected);
  });

  it('counts the document cap when documents are tiny', () => {
    expect(batchesNeeded(1_000, 1_000, { ...limits, maxDocuments: 100 })).toBe(10);
  });
});

describe('BatchQueue', () => {
  it('cuts a big request into batches in document order, each ending at the character limit', () => {
    const sizes = Array.from({ length: 200 }, () => 1_000);
    const batches = cut(sizes);
    expect(batches.flat()).toEqual(sizes.map((_, index) => index));
    expect(batches.map((batch) => batch.length)).toEqual([50, 50, 50, 50]);
  });

  it('cuts a request whose parts would pass maxPartChars into an even number of equal parts', () => {
    const sizes = Array.from({ length: 100 }, () => 1_000);
    const batches = cut(sizes, new BatchQueue(), { ...limits, maxPartChars: 12_000 });
    expect(batches.map((batch) => batch.length)).toEqual([10, 10, 10, 10, 10, 10, 10, 10, 10, 10]);
  });

  it.each([
    ['twenty 650-character reviews', Array.from({ length: 20 }, () => 650), [10, 10]],
    ['nineteen 700-character reviews', Array.from({ length: 19 }, () => 700), [10, 9]],
  ])('halves %s into two batches, one per thread', (_title, sizes, expected) => {
    expect(cut(sizes).map((batch) => batch.length)).toEqual(expected);
  });

  it('closes a batch as soon as a document takes it past the limit', () => {
    expect(cut([100, 50_000, 100])).toEqual([[0, 1], [2]]);
  });

  it('lets a small request join the open tail batch of an earlier one', () => {
    const queue = new BatchQueue();
    const first = job(1);
    const second = job(1);
    queue.push(first, 0, 120, batchLimit(120, limits), 256);
    queue.push(second, 0, 120, batchLimit(120, limits), 256);
    expect(queue.length).toBe(1);
    expect(queue.shift()?.jobs).toEqual([first, second]);
  });

  it('does not add to a batch once it has left the queue', () => {
    const queue = new BatchQueue();
    queue.push(job(1), 0, 120, 12_000, 256);
    queue.shift();
    queue.push(job(1), 0, 120, 12_000, 256);
    expect(queue.length).toBe(1);
  });

  it.each([
    ['a lone small review: later requests may still join it', [120], 256, false],
    ['a 20 000-character request body: over the character limit', [20_000], 256, true],
    ['two documents under a cap of two', [10, 10], 2, true],
    ['an empty queue', [], 256, false],
  ])('says whether its head batch is full: %s', (_title, sizes, maxDocuments, expected) => {
    const queue = new BatchQueue();
    const request = job(sizes.length);
    sizes.forEach((size, index) => queue.push(request, index, size, 12_000, maxDocuments));
    expect(queue.headIsFull(maxDocuments)).toBe(expected);
  });

  it('puts a batch given back in front of the others, closed to new documents', () => {
    const queue = new BatchQueue();
    const [first, second, late] = [job(1), job(1), job(1)];
    // A cap of one document per batch for the first two, so each opens its own.
    queue.push(first, 0, 120, 12_000, 1);
    queue.push(second, 0, 120, 12_000, 1);
    const returned = queue.shift();
    if (returned === undefined) throw new Error('expected a batch');
    queue.unshift(returned);
    queue.push(late, 0, 120, 12_000, 256);
    expect([queue.shift(), queue.shift(), queue.shift()].map((batch) => batch?.jobs)).toEqual([[first], [second, late], undefined]);
  });

  it('respects the document cap of a batch', () => {
    expect(cut(Array.from({ length: 5 }, () => 10), new BatchQueue(), { ...limits, maxDocuments: 2 })).toEqual([[0, 1], [2, 3], [4]]);
  });
});
