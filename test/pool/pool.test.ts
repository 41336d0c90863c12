// RedactionPool with real workers: order, batching, per-item errors, faults (throw, exit, hang), overload, shutdown.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PiiGateError } from '../../src/errors.js';
import { parseTenantsYaml } from '../../src/policy/parse.js';
import type { ResolvedPolicy } from '../../src/policy/types.js';
import type { FaultKind } from '../../src/pool/index.js';
import { parsePoolOptions, RedactionPool } from '../../src/pool/index.js';
import type { Destination } from '../../src/types.js';
import { eventually } from '../helpers/app.js';
import { leakedValues, review, SAMPLE } from '../helpers/documents.js';
import { tenantsYaml } from '../helpers/tenants.js';
import { failureOf } from '../helpers/failure.js';

const policies = parseTenantsYaml(tenantsYaml());
const kz = policies.find((policy) => policy.id === 'demo-kz') as ResolvedPolicy;
const storageKz: Destination = { purpose: 'storage', region: 'KZ' };

/** The pool sends batches at the end of an event-loop turn: after this, what was queued before is with a worker. */
function nextTurn(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

describe('RedactionPool', () => {
  let pool: RedactionPool;

  beforeAll(async () => {
    pool = new RedactionPool({ threads: 1, batchMaxDocuments: 4, faultInjection: true, taskTimeoutMs: 5_000 });
    await pool.ready;
  });
  afterAll(() => pool.close());

  it('is ready only after its workers have warmed up', () => {
    expect(pool.isReady).toBe(true);
  });

  it.each([1, 3, 4, 11])('redacts %i documents in order, one report each, across batches of 4', async (count) => {
    const documents = Array.from({ length: count }, (_, index) => review(`r${index}`));
    const output = await pool.redact(kz, storageKz, documents);
    expect(output.documents.map((document) => (document as { id: string }).id)).toEqual(documents.map((document) => document['id']));
    expect(output.reports).toHaveLength(count);
    expect(leakedValues(JSON.stringify(output), [SAMPLE.phone, SAMPLE.email])).toEqual([]);
    for (const report of output.reports) expect(report.tenant).toBe('demo-kz');
  });

  it('coalesces concurrent small requests into shared batches and keeps each answer with its request', async () => {
    const before = pool.completed;
    const outputs = await Promise.all(
      ['a', 'b', 'c', 'd', 'e', 'f'].map((id) => pool.redact(kz, storageKz, [review(id)])),
    );
    expect(outputs.map((output) => (output.documents[0] as { id: string }).id)).toEqual(['a', 'b', 'c', 'd', 'e', 'f']);
    expect(pool.completed - before).toBe(6);
  });

  it('keeps a small request in one batch, and splits a request of a few thousand characters per thread', async () => {
    const pool2 = new RedactionPool({ threads: 2 });
    try {
      await pool2.ready;
      const filler = 'Доставка была быстрой, курьер вежливый. '.repeat(15);
      const cases: Array<[string, unknown[], number]> = [
        ['one review', [review('one')], 1],
        ['twenty long reviews', Array.from({ length: 20 }, (_, index) => review(`long${index}`, { text: `${filler} ${SAMPLE.phone}` })), 2],
      ];
      for (const [, documents, batches] of cases) {
        const before = pool2.batchesSent;
        const output = await pool2.redact(kz, storageKz, documents);
        expect(output.documents).toHaveLength(documents.length);
        expect(pool2.batchesSent - before).toBe(batches);
      }
    } finally {
      await pool2.close();
    }
  });

  it('fails only the request whose document is invalid, naming the document by index', async () => {
    const [bad, good] = await Promise.allSettled([
      pool.redact(kz, storageKz, [review('ok'), { id: 'no-text', text: 42 }]),
      pool.redact(kz, storageKz, [review('neighbour')]),
    ]);
    expect(bad.status).toBe('rejected');
    const error = (bad as PromiseRejectedResult).reason as PiiGateError;
    expect(error.code).toBe('ERR_PII_INPUT_SCHEMA');
    expect(error.detail).toMatch(/^documents\[1\]/);
    expect(good.status).toBe('fulfilled');
  });

  describe('redactBody (a raw POST /v1/redact body, parsed in the worker)', () => {
    const limits = { maxDocuments: 5, maxTextChars: 2_000, maxDepth: 6 };
    const encode = (value: unknown): Uint8Array => new TextEncoder().encode(JSON.stringify(value));
    const withoutTimings = (json: string): unknown =>
      JSON.parse(json, (key, value: unknown) => (key === 'elapsedMs' ? 0 : value));

    it('answers with the JSON redact() results serialise to, and takes the input bytes (transferred, not copied)', async () => {
      const documents = [review('b1'), review('b2')];
      const bytes = encode({ destination: storageKz, documents });
      const output = await pool.redactBody(kz, bytes, limits);
      const expected = await pool.redact(kz, storageKz, documents);
      expect(withoutTimings(new TextDecoder().decode(output.body))).toEqual(withoutTimings(JSON.stringify(expected)));
      expect(output.documents).toBe(2);
      expect(output.entities).toEqual(expect.arrayContaining(['PHONE', 'replace', 2]));
      expect(bytes.byteLength).toBe(0);
      expect(leakedValues(new TextDecoder().decode(output.body), [SAMPLE.phone, SAMPLE.email])).toEqual([]);
    });

    it.each<[string, unknown, string, RegExp | undefined]>([
      ['malformed JSON', '{"destination": ', 'ERR_PII_INPUT_INVALID_JSON', undefined],
      ['too many documents', { destination: storageKz, documents: Array.from({ length: 6 }, (_, i) => review(`m${i}`)) }, 'ERR_PII_INPUT_TOO_MANY_DOCUMENTS', undefined],
      ['a document the engine refuses', { destination: storageKz, documents: [review('ok'), { id: 'no-text', text: 42 }] }, 'ERR_PII_INPUT_SCHEMA', /^documents\[1\]/],
    ])('refuses %s with %s, naming a bad document by index', async (_label, body, code, detail) => {
      const bytes = typeof body === 'string' ? new TextEncoder().encode(body) : encode(body);
      const error = await failureOf(pool.redactBody(kz, bytes, limits));
      expect(error.code).toBe(code);
      if (detail) expect(error.detail).toMatch(detail);
    });

    it('fails closed when the worker exits half-way through the documents of a body, then recovers', async () => {
      const warmed = pool.warmedWorkers;
      pool.injectFault('exit');
      const error = await failureOf(pool.redactBody(kz, encode({ destination: storageKz, documents: [review('x1'), review('x2'), review('x3')] }), limits));
      expect([error.code, error.status]).toEqual(['ERR_PII_POOL_WORKER_CRASHED', 503]);
      expect(leakedValues(JSON.stringify({ ...error.toJSON(), message: error.message }))).toEqual([]);
      await eventually(async () => expect(pool.warmedWorkers).toBe(warmed + 1), 15_000, 50);
      expect((await pool.redactBody(kz, encode({ destination: storageKz, documents: [review('after')] }), limits)).documents).toBe(1);
    });
  });

  it.each<[FaultKind, string]>([
    ['throw', 'ERR_PII_POOL_WORKER_CRASHED'],
    ['exit', 'ERR_PII_POOL_WORKER_CRASHED'],
  ])('when a worker %ss mid-batch, fails the batch with %s and nothing unredacted, then recovers', async (fault, code) => {
    pool.injectFault(fault);
    const documents = Array.from({ length: 4 }, (_, index) => review(`f${index}`));
    const error = await failureOf(pool.redact(kz, storageKz, documents));
    expect(error.code).toBe(code);
    expect(error.status).toBe(503);
    expect(leakedValues(JSON.stringify({ ...error.toJSON(), message: error.message }))).toEqual([]);
    const after = await pool.redact(kz, storageKz, [review('after')]);
    expect(after.documents).toHaveLength(1);
  });
});

describe('RedactionPool limits', () => {
  it('times out a hung worker with 503 ERR_PII_POOL_TIMEOUT and a Retry-After, and replaces the worker', async () => {
    const pool = new RedactionPool({ threads: 1, faultInjection: true, taskTimeoutMs: 1_000 });
    try {
      await pool.ready;
      pool.injectFault('hang');
      const error = await failureOf(pool.redact(kz, storageKz, [review('hang')]));
      expect(error.code).toBe('ERR_PII_POOL_TIMEOUT');
      expect(error.retryAfter).toBeGreaterThanOrEqual(1);
      // The replacement loads its patterns first; with a 1 s budget, a request sent during that warm-up could time out.
      await eventually(async () => expect(pool.warmedWorkers).toBe(2));
      const after = await pool.redact(kz, storageKz, [review('after-hang')]);
      expect(after.reports).toHaveLength(1);
    } finally {
      await pool.close();
    }
  });

  it('refuses work beyond the bounded queue with 503 ERR_PII_POOL_OVERLOADED and a Retry-After', async () => {
    const pool = new RedactionPool({ threads: 1, maxQueue: 1, batchMaxDocuments: 1, faultInjection: true, taskTimeoutMs: 1_500 });
    try {
      await pool.ready;
      pool.injectFault('hang');
      const blocked = pool.redact(kz, storageKz, [review('blocker')]).catch(() => undefined);
      await new Promise((resolve) => setTimeout(resolve, 50));
      const error = await failureOf(pool.redact(kz, storageKz, [review('q1'), review('q2'), review('q3')]));
      expect(error.code).toBe('ERR_PII_POOL_OVERLOADED');
      expect(error.retryAfter).toBeGreaterThanOrEqual(1);
      expect(pool.rejections.get('ERR_PII_POOL_OVERLOADED')).toBeGreaterThan(0);
      await blocked;
    } finally {
      await pool.close();
    }
  });

  it('times only a batch\'s own run: a request whose later batches wait longer than taskTimeoutMs still succeeds', async () => {
    const pool = new RedactionPool({ threads: 1, batchMaxDocuments: 1, faultInjection: true, taskTimeoutMs: 1_000 });
    try {
      await pool.ready;
      // Four batches of ~300 ms each on one thread: the last one waits ~900 ms and finishes ~1.2 s after submission.
      pool.injectFault('delay', 4);
      const documents = Array.from({ length: 4 }, (_, index) => review(`slow${index}`));
      const output = await pool.redact(kz, storageKz, documents);
      expect(output.reports).toHaveLength(4);
      expect(leakedValues(JSON.stringify(output), [SAMPLE.phone, SAMPLE.email])).toEqual([]);
      expect(pool.rejected).toBe(0);
      // Each batch waited in the queue for the ones before it (~300 ms each).
      expect(pool.waitTime.max).toBeGreaterThanOrEqual(250);
    } finally {
      await pool.close();
    }
  });

  it('fails a request that waits longer than queueTimeoutMs for a worker with 503 ERR_PII_POOL_TIMEOUT, and keeps serving', async () => {
    const pool = new RedactionPool({ threads: 1, faultInjection: true, queueTimeoutMs: 100 });
    try {
      await pool.ready;
      pool.injectFault('delay');
      const running = pool.redact(kz, storageKz, [review('running')]);
      await eventually(async () => expect(pool.inFlightTasks).toBe(1), 5_000, 5);
      const error = await failureOf(pool.redact(kz, storageKz, [review('queued')]));
      expect(error.code).toBe('ERR_PII_POOL_TIMEOUT');
      expect(error.status).toBe(503);
      expect(error.retryAfter).toBeGreaterThanOrEqual(1);
      expect(leakedValues(JSON.stringify({ ...error.toJSON(), message: error.message }))).toEqual([]);
      expect((await running).reports).toHaveLength(1);
      expect((await pool.redact(kz, storageKz, [review('after')])).reports).toHaveLength(1);
    } finally {
      await pool.close();
    }
  });

  it.each([1, 2])('hands each worker at most batchesPerWorker = %i batches at a time', async (batchesPerWorker) => {
    const pool = new RedactionPool({ threads: 1, batchesPerWorker, batchMaxDocuments: 1, faultInjection: true });
    try {
      await pool.ready;
      pool.injectFault('delay', 4);
      let most = 0;
      const watch = setInterval(() => (most = Math.max(most, pool.inFlightTasks)), 5);
      const documents = Array.from({ length: 4 }, (_, index) => review(`held${index}`));
      const output = await pool.redact(kz, storageKz, documents).finally(() => clearInterval(watch));
      expect(output.reports).toHaveLength(4);
      expect(most).toBe(batchesPerWorker);
    } finally {
      await pool.close();
    }
  });

  it.each<[FaultKind, string]>([
    ['hang', 'ERR_PII_POOL_TIMEOUT'],
    ['exit', 'ERR_PII_POOL_WORKER_CRASHED'],
  ])('when a worker %ss, the batch waiting in its inbox never ran: it goes to the replacement and its request succeeds', async (fault, code) => {
    const pool = new RedactionPool({ threads: 1, faultInjection: true, taskTimeoutMs: 1_000, batchMaxChars: 100_000 });
    try {
      await pool.ready;
      pool.injectFault(fault);
      // One batch of 150 documents: the fault strikes half-way, after the next request is in the worker's inbox.
      const faulty = failureOf(pool.redact(kz, storageKz, Array.from({ length: 150 }, (_, index) => review(`faulty${index}`))));
      await nextTurn();
      const waiting = pool.redact(kz, storageKz, [review('waiting')]);
      await nextTurn();
      expect(pool.inFlightTasks).toBe(2);
      expect((await faulty).code).toBe(code);
      const output = await waiting;
      expect(output.reports).toHaveLength(1);
      expect(leakedValues(JSON.stringify(output), [SAMPLE.phone, SAMPLE.email])).toEqual([]);
    } finally {
      await pool.close();
    }
  });

  it('fails closed a request body that waited in the inbox of a hung worker (its bytes went with the worker), as the hung batch', async () => {
    const pool = new RedactionPool({ threads: 1, faultInjection: true, taskTimeoutMs: 1_000 });
    const limits = { maxDocuments: 5, maxTextChars: 2_000, maxDepth: 6 };
    try {
      await pool.ready;
      pool.injectFault('hang');
      const hung = failureOf(pool.redact(kz, storageKz, [review('hung')]));
      await eventually(async () => expect(pool.inFlightTasks).toBe(1), 5_000, 5);
      const bytes = new TextEncoder().encode(JSON.stringify({ destination: storageKz, documents: [review('body')] }));
      const body = failureOf(pool.redactBody(kz, bytes, limits));
      await eventually(async () => expect(pool.inFlightTasks).toBe(2), 5_000, 5);
      const [first, second] = await Promise.all([hung, body]);
      expect([first.code, second.code]).toEqual(['ERR_PII_POOL_TIMEOUT', 'ERR_PII_POOL_TIMEOUT']);
      expect(second.retryAfter).toBeGreaterThanOrEqual(1);
      expect(leakedValues(JSON.stringify({ ...second.toJSON(), message: second.message }))).toEqual([]);
    } finally {
      await pool.close();
    }
  });

  it('sends a request body to an idle worker, not into the inbox of a worker whose batch overran its estimate', async () => {
    const pool = new RedactionPool({ threads: 2, faultInjection: true, taskTimeoutMs: 3_000 });
    const limits = { maxDocuments: 5, maxTextChars: 2_000, maxDepth: 6 };
    try {
      await pool.ready;
      await pool.redact(kz, storageKz, [review('warm')]); // sets the measured rate the estimates use
      pool.injectFault('hang');
      const hung = failureOf(pool.redact(kz, storageKz, [review('hung')]));
      // Long past its estimate, the hung batch looks "about done", as an idle worker does.
      await new Promise((resolve) => setTimeout(resolve, 300));
      const bytes = new TextEncoder().encode(JSON.stringify({ destination: storageKz, documents: [review('body')] }));
      const output = JSON.parse(new TextDecoder().decode((await pool.redactBody(kz, bytes, limits)).body)) as unknown;
      expect(leakedValues(JSON.stringify(output), [SAMPLE.phone, SAMPLE.email])).toEqual([]);
      expect((await hung).code).toBe('ERR_PII_POOL_TIMEOUT');
    } finally {
      await pool.close();
    }
  });

  it('puts the batch from a dead worker\'s inbox back ahead of batches that queued after it', async () => {
    const pool = new RedactionPool({ threads: 1, faultInjection: true, taskTimeoutMs: 1_000 });
    const order: string[] = [];
    const track = (name: string, promise: Promise<unknown>) => promise.then(() => order.push(`${name} ok`), (error: PiiGateError) => order.push(`${name} ${error.code}`));
    try {
      await pool.ready;
      pool.injectFault('hang');
      const running = track('A', pool.redact(kz, storageKz, [review('A')]));
      await nextTurn();
      const inInbox = track('B', pool.redact(kz, storageKz, [review('B')]));
      await nextTurn();
      const queued = track('C', pool.redact(kz, storageKz, [review('C')]));
      await nextTurn();
      await Promise.all([running, inInbox, queued]);
      expect(order).toEqual(['A ERR_PII_POOL_TIMEOUT', 'B ok', 'C ok']);
    } finally {
      await pool.close();
    }
  });

  it('refuses new work once closed with ERR_PII_POOL_CLOSED', async () => {
    const pool = new RedactionPool({ threads: 1 });
    await pool.ready;
    await pool.close();
    expect((await failureOf(pool.redact(kz, storageKz, [review('late')]))).code).toBe('ERR_PII_POOL_CLOSED');
    expect(pool.isReady).toBe(false);
  });
});

describe('pool options', () => {
  it.each([
    [{ threads: 0 }, /threads/],
    [{ maxQueue: -1 }, /maxQueue/],
    [{ batchWindowMs: 5 }, /batchWindowMs/],
    [{ taskTimeoutMs: 1.5 }, /taskTimeoutMs/],
    [{ nope: true } as object, /nope|Unrecognized/i],
  ])('rejects %o with ERR_PII_CONFIG_INVALID naming the option', (options, pattern) => {
    const attempt = (): unknown => parsePoolOptions(options);
    expect(attempt).toThrowError(PiiGateError);
    expect(attempt).toThrowError(pattern);
  });

  it('refuses fault injection outside NODE_ENV=test', () => {
    const previous = process.env['NODE_ENV'];
    process.env['NODE_ENV'] = 'production';
    try {
      expect(() => parsePoolOptions({ faultInjection: true })).toThrowError(/faultInjection/);
    } finally {
      process.env['NODE_ENV'] = previous;
    }
  });

  it('refuses the fault hook on a pool created without fault injection', async () => {
    const pool = new RedactionPool({ threads: 1 });
    try {
      expect(() => pool.injectFault('exit')).toThrowError(PiiGateError);
    } finally {
      await pool.close();
    }
  });
});
