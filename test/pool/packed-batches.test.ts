// The batch protocol: documents travel in runs (one per policy and destination), results come back by position with
// the reports as numbers; what a request gets back equals the engine's own output, and failures stay closed.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RedactionReport } from '../../src/engine.js';
import { redactDocument } from '../../src/engine.js';
import { PiiGateError } from '../../src/errors.js';
import { parseTenantsYaml } from '../../src/policy/parse.js';
import type { ResolvedPolicy } from '../../src/policy/types.js';
import { RedactionPool } from '../../src/pool/index.js';
import type { Destination } from '../../src/types.js';
import { dialogue, leakedValues, review, SAMPLE } from '../helpers/documents.js';
import { tenantsYaml } from '../helpers/tenants.js';
import { failureOf } from '../helpers/failure.js';

const policies = parseTenantsYaml(tenantsYaml());
const kz = policies.find((policy) => policy.id === 'demo-kz') as ResolvedPolicy;
const uz = policies.find((policy) => policy.id === 'demo-uz') as ResolvedPolicy;
const storageKz: Destination = { purpose: 'storage', region: 'KZ' };
const modelAbroad: Destination = { purpose: 'model', region: 'DE' };

/** Texts whose UTF-16 offsets are easy to get wrong: surrogate pairs, combining marks, apostrophes, nothing at all. */
const awkwardTexts = [
  '',
  `😀👍🏽 ${SAMPLE.name} 📞 ${SAMPLE.phone} ✉️ ${SAMPLE.email} 🇺🇿`,
  `Й (и\u0306) ё (е\u0308): ${SAMPLE.name}, ${SAMPLE.phone}`,
  `Oʻgʻil, gʻalaba, o‘qish, o'zbek, oʼrik: ${SAMPLE.phone} 😀`,
  '𝒜𝒷𝒸 \u{1F9D1}\u200D\u{1F4BB} без данных',
];

function expectedOutput(policy: ResolvedPolicy, destination: Destination, documents: readonly unknown[]): { documents: unknown[]; reports: RedactionReport[] } {
  const outputs = documents.map((document) => redactDocument(document, policy, destination));
  return { documents: outputs.map((output) => output.document), reports: outputs.map((output) => output.report) };
}

/** Reports without their timings, which differ from run to run. */
function withoutTimings(output: { documents: unknown[]; reports: RedactionReport[] }): unknown {
  return { documents: output.documents, reports: output.reports.map(({ elapsedMs: _elapsedMs, ...rest }) => rest) };
}

describe('packed batches', () => {
  let pool: RedactionPool;

  beforeAll(async () => {
    pool = new RedactionPool({ threads: 2, faultInjection: true, taskTimeoutMs: 5_000 });
    await pool.ready;
  });
  afterAll(() => pool.close());

  it.each<[string, () => unknown[]]>([
    ['no documents', () => []],
    ['one document', () => [review('one')]],
    ['texts with emoji, surrogate pairs, combining marks, Uzbek apostrophes and an empty text', () => awkwardTexts.map((text, index) => review(`awkward${index}`, { text }))],
    ['a request split across both threads, dialogues and reviews mixed', () => Array.from({ length: 60 }, (_, index) => (index % 3 === 0 ? dialogue(`d${index}`) : review(`r${index}`, { text: `${awkwardTexts[index % awkwardTexts.length] ?? ''} ${SAMPLE.email}` })))],
  ])('gives back exactly what the engine gives for %s, in order', async (_title, make) => {
    const documents = make();
    const output = await pool.redact(uz, modelAbroad, documents);
    expect(withoutTimings(output)).toEqual(withoutTimings(expectedOutput(uz, modelAbroad, documents)));
    expect(JSON.stringify(output.reports.map(({ elapsedMs: _elapsedMs, ...rest }) => rest))).toBe(
      JSON.stringify(expectedOutput(uz, modelAbroad, documents).reports.map(({ elapsedMs: _elapsedMs, ...rest }) => rest)),
    );
    expect(leakedValues(JSON.stringify(output.documents), [SAMPLE.phone, SAMPLE.email])).toEqual([]);
  });

  it('keeps each answer with its request when requests of two tenants and two destinations share a batch', async () => {
    const requests: Array<[ResolvedPolicy, Destination, unknown[]]> = [
      [kz, storageKz, [review('k1'), review('k2')]],
      [uz, modelAbroad, [review('u1'), dialogue('u2')]],
      [kz, modelAbroad, [review('k3')]],
      [kz, storageKz, [review('k4', { text: awkwardTexts[1] })]],
    ];
    const before = pool.batchesSent;
    const outputs = await Promise.all(requests.map(([policy, destination, documents]) => pool.redact(policy, destination, documents)));
    expect(pool.batchesSent - before).toBe(1);
    outputs.forEach((output, index) => {
      const [policy, destination, documents] = requests[index] as [ResolvedPolicy, Destination, unknown[]];
      expect(withoutTimings(output)).toEqual(withoutTimings(expectedOutput(policy, destination, documents)));
    });
  });

  it('fails only the request with a bad document in the middle of a shared run, naming it by index', async () => {
    const bad = Array.from({ length: 9 }, (_, index) => (index === 4 ? { id: 'no-text', text: 42 } : review(`b${index}`)));
    const [failed, neighbour] = await Promise.allSettled([
      pool.redact(kz, storageKz, bad),
      pool.redact(kz, storageKz, [review('n1'), review('n2')]),
    ]);
    expect(failed.status).toBe('rejected');
    const error = (failed as PromiseRejectedResult).reason as PiiGateError;
    expect([error.code, error.detail]).toEqual(['ERR_PII_INPUT_SCHEMA', expect.stringMatching(/^documents\[4\]/)]);
    expect(neighbour.status).toBe('fulfilled');
    expect((neighbour as PromiseFulfilledResult<{ reports: unknown[] }>).value.reports).toHaveLength(2);
  });

  it('fails the whole request closed when a worker throws half-way through its packed batch, and recovers', async () => {
    pool.injectFault('throw');
    const documents = Array.from({ length: 30 }, (_, index) => review(`t${index}`));
    const error = await failureOf(pool.redact(kz, storageKz, documents));
    expect([error.code, error.status]).toEqual(['ERR_PII_POOL_WORKER_CRASHED', 503]);
    expect(leakedValues(JSON.stringify({ ...error.toJSON(), message: error.message }))).toEqual([]);
    const after = await pool.redact(kz, storageKz, documents);
    expect(after.reports).toHaveLength(30);
  });
});
