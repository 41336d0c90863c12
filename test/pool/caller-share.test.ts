// The caller's share (pool option callerShareMaxChars): the calling thread redacts the last documents of a request while
// a worker redacts the others; the answer is the engine's own, byte for byte, and every failure still fails closed.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateCorpus } from '../../benchmarks/lib/corpus.js';
import type { RedactionReport } from '../../src/engine.js';
import { redactDocument } from '../../src/engine.js';
import { PiiGateError } from '../../src/errors.js';
import { parseTenantsYaml } from '../../src/policy/parse.js';
import type { ResolvedPolicy } from '../../src/policy/types.js';
import { callerShareStart, ShareSizer } from '../../src/pool/caller-share.js';
import type { ShareRun } from '../../src/pool/caller-share.js';
import type { FaultKind } from '../../src/pool/index.js';
import { parsePoolOptions, RedactionPool } from '../../src/pool/index.js';
import type { Destination } from '../../src/types.js';
import { leakedValues, review, SAMPLE } from '../helpers/documents.js';
import { failureOf } from '../helpers/failure.js';
import { tenantsYaml } from '../helpers/tenants.js';

const policies = parseTenantsYaml(tenantsYaml());
const uz = policies.find((policy) => policy.id === 'demo-uz') as ResolvedPolicy;
const kz = policies.find((policy) => policy.id === 'demo-kz') as ResolvedPolicy;
const modelAbroad: Destination = { purpose: 'model', region: 'DE' };
const storageKz: Destination = { purpose: 'storage', region: 'KZ' };

/** The engine's output on this thread, one document at a time, serialised without the reports' timings. */
function engineJson(policy: ResolvedPolicy, destination: Destination, documents: readonly unknown[]): string {
  const outputs = documents.map((document) => redactDocument(document, policy, destination));
  return json({ documents: outputs.map((output) => output.document), reports: outputs.map((output) => output.report) });
}

function json(output: { documents: unknown[]; reports: RedactionReport[] }): string {
  return JSON.stringify({ documents: output.documents, reports: output.reports.map(({ elapsedMs: _elapsedMs, ...rest }) => rest) });
}

describe('ShareSizer', () => {
  it.each<[string, number, number, number]>([
    // Starting guesses: 4000 characters per ms on the caller, a worker part lags 0.3 ms (1200 characters' worth).
    ['runs a request smaller than the lag on the caller alone', 1_000, 1, 1_000],
    ['gives the caller half of a big request plus half the lag', 100_000, 1, 50_600],
    ['gives the caller a quarter (plus the lag) with three worker parts', 90_000, 3, 23_400],
  ])('%s', (_title, total, parts, expected) => {
    expect(new ShareSizer().share(total, parts)).toBe(expected);
  });

  const run = (overrides: Partial<ShareRun>): ShareRun => ({
    callerChars: 10_000,
    partChars: 10_000,
    callerStartedAt: 1_000,
    callerMs: 2,
    workersDoneAt: 1_002,
    ...overrides,
  });

  it.each<[string, Partial<ShareRun>, (lag: number) => boolean]>([
    ['reads a worker that ended with the caller on the same work as no lag', {}, (lag) => lag < 0.3],
    ['reads a worker that ended 5 ms after the same work on the caller as lagging', { workersDoneAt: 1_007 }, (lag) => lag > 1],
    ["does not read the caller's own long run as a slow worker (the worker's stamp is its own)", { callerMs: 20, callerChars: 100_000, workersDoneAt: 1_002 }, (lag) => lag < 0.3],
  ])('%s', (_title, overrides, check) => {
    const sizer = new ShareSizer();
    sizer.record(run(overrides));
    expect(check(sizer.lagMs)).toBe(true);
  });

  it('follows the caller’s measured speed', () => {
    const sizer = new ShareSizer();
    sizer.record(run({ callerChars: 20_000, callerMs: 10, partChars: 0, workersDoneAt: 0 }));
    expect(sizer.rate).toBe(2_000);
  });
});

describe('callerShareStart', () => {
  it.each<[string, number[], number, number, number]>([
    ['takes the last documents up to the target', [100, 100, 100, 100], 200, 1_000, 2],
    ['takes a document when at least half of it fits', [100, 100, 100, 100], 150, 1_000, 2],
    ['leaves a document when less than half of it fits', [100, 100, 100, 100], 140, 1_000, 3],
    ['takes everything when the target is the whole request', [100, 100], 200, 1_000, 0],
    ['never passes the cap', [100, 100, 100, 100], 400, 250, 2],
    ['takes nothing when the last document alone passes the cap', [10, 10, 5_000], 3_000, 1_000, 3],
  ])('%s', (_title, chars, target, max, expected) => {
    expect(callerShareStart(chars, target, max)).toBe(expected);
  });
});

describe('RedactionPool with callerShareMaxChars', () => {
  let pool: RedactionPool;

  beforeAll(async () => {
    pool = new RedactionPool({ threads: 2, callerShareMaxChars: 200_000, faultInjection: true, taskTimeoutMs: 5_000 });
    await pool.ready;
  });
  afterAll(() => pool.close());

  it('gives back byte for byte what the engine gives for the dev corpus, in requests of 1 to 1000 documents', async () => {
    const corpus = [...generateCorpus({ seed: 20261125, count: 5000 })].map((record) => ({ id: record.id, text: record.text }));
    const callerBefore = pool.callerDocuments;
    const batchesBefore = pool.batchesSent;
    let offset = 0;
    for (const size of [1, 10, 100, 1000, 1, 100, 1000, 10]) {
      const documents = corpus.slice(offset, offset + size);
      offset += size;
      const output = await pool.redact(uz, modelAbroad, documents);
      expect(json(output)).toBe(engineJson(uz, modelAbroad, documents));
    }
    expect(pool.callerDocuments).toBeGreaterThan(callerBefore);
    expect(pool.batchesSent).toBeGreaterThan(batchesBefore);
  });

  it('redacts a lone document on the caller, without a round trip to a worker', async () => {
    const batchesBefore = pool.batchesSent;
    const output = await pool.redact(kz, storageKz, [review('lone')]);
    expect(pool.batchesSent).toBe(batchesBefore);
    expect(leakedValues(JSON.stringify(output), [SAMPLE.phone, SAMPLE.email])).toEqual([]);
  });

  it.each<[string, number]>([
    ["in the caller's share (the last document)", 99],
    ["in the worker's part (the first document)", 0],
  ])('fails the whole request when a document %s is invalid, naming it by index', async (_where, bad) => {
    const documents: unknown[] = Array.from({ length: 100 }, (_, index) => review(`r${index}`));
    documents[bad] = { id: 'no-text', text: 42 };
    const error = await failureOf(pool.redact(kz, storageKz, documents));
    expect(error.code).toBe('ERR_PII_INPUT_SCHEMA');
    expect(error.detail).toMatch(new RegExp(`^documents\\[${bad}\\]`));
    expect(leakedValues(JSON.stringify({ ...error.toJSON(), message: error.message }))).toEqual([]);
  });

  it.each<[FaultKind, string]>([
    ['throw', 'ERR_PII_POOL_WORKER_CRASHED'],
    ['exit', 'ERR_PII_POOL_WORKER_CRASHED'],
  ])("fails the whole request with %s when the worker's part %ss, though the caller's share succeeded", async (fault, code) => {
    const callerBefore = pool.callerDocuments;
    pool.injectFault(fault);
    const error = await failureOf(pool.redact(kz, storageKz, Array.from({ length: 100 }, (_, index) => review(`f${index}`))));
    expect([error.code, error.status]).toEqual([code, 503]);
    expect(pool.callerDocuments).toBeGreaterThan(callerBefore);
    expect(leakedValues(JSON.stringify({ ...error.toJSON(), message: error.message }))).toEqual([]);
    expect((await pool.redact(kz, storageKz, [review('after')])).documents).toHaveLength(1);
  });
});

describe('RedactionPool caller share limits', () => {
  it('times out a hung worker part with 503 ERR_PII_POOL_TIMEOUT, as without the caller share', async () => {
    const pool = new RedactionPool({ threads: 2, callerShareMaxChars: 200_000, faultInjection: true, taskTimeoutMs: 1_000 });
    try {
      await pool.ready;
      pool.injectFault('hang');
      const error = await failureOf(pool.redact(kz, storageKz, Array.from({ length: 100 }, (_, index) => review(`h${index}`))));
      expect([error.code, error.status]).toEqual(['ERR_PII_POOL_TIMEOUT', 503]);
      expect(error.retryAfter).toBeGreaterThanOrEqual(1);
    } finally {
      await pool.close();
    }
  });

  it.each<[string, number, number]>([
    ['sends a request whose share would pass the cap to the workers only', 1_000, 100],
    ['runs nothing on the caller when the option is 0 (the default)', 0, 1],
  ])('%s', async (_title, callerShareMaxChars, count) => {
    const pool = new RedactionPool({ threads: 2, ...(callerShareMaxChars === 0 ? {} : { callerShareMaxChars }) });
    try {
      await pool.ready;
      const output = await pool.redact(kz, storageKz, Array.from({ length: count }, (_, index) => review(`w${index}`)));
      expect(output.documents).toHaveLength(count);
      expect(pool.callerDocuments).toBe(0);
    } finally {
      await pool.close();
    }
  });

  it.each([[{ callerShareMaxChars: -1 }], [{ callerShareMaxChars: 1.5 }]])('rejects %o with ERR_PII_CONFIG_INVALID naming the option', (options) => {
    const attempt = (): unknown => parsePoolOptions(options);
    expect(attempt).toThrowError(PiiGateError);
    expect(attempt).toThrowError(/callerShareMaxChars/);
  });
});
