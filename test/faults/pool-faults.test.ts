// Worker faults under concurrent load, over real HTTP with real workers: every request answered, nothing unredacted, recovery without restart.

import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FaultKind } from '../../src/pool/index.js';
import { createServer } from '../../src/http/server.js';
import type { PiiGateServer } from '../../src/http/server.js';
import { eventually } from '../helpers/app.js';
import { dialogue, review, SAMPLE } from '../helpers/documents.js';
import type { TempTenants } from '../helpers/tenants.js';
import { createTempTenants, TEST_KEYS } from '../helpers/tenants.js';
import type { Outcome } from './http-client.js';
import { countBy, leaks, postJson } from './http-client.js';

const storageKz = { purpose: 'storage', region: 'KZ' };
// demo-kz replaces every type: no planted value may come back in any response.
const PLANTED = [SAMPLE.phone, SAMPLE.email, SAMPLE.name];

async function startService(pool: Record<string, unknown>): Promise<{ service: PiiGateServer; tenants: TempTenants; url: string }> {
  const tenants = createTempTenants();
  const service = createServer({ tenants: tenants.path, pool: { faultInjection: true, ...pool }, defaultMetrics: false });
  await service.ready;
  const server = await service.listen(0, '127.0.0.1');
  const { port } = server.address() as AddressInfo;
  return { service, tenants, url: `http://127.0.0.1:${port}` };
}

function documentsFor(request: number, count: number): unknown[] {
  return Array.from({ length: count }, (_, index) => (index % 2 === 0 ? review(`q${request}-${index}`) : dialogue(`q${request}-${index}`)));
}

/** The fail-closed contract for one outcome: a redacted 200, or a problem+json 503 with Retry-After; never PII. */
function expectFailClosed(outcome: Outcome, allowedCodes: readonly string[]): void {
  expect(outcome.transportError).toBeUndefined();
  expect(leaks(outcome, PLANTED)).toEqual([]);
  if (outcome.status === 200) return;
  expect(outcome.status).toBe(503);
  expect(allowedCodes).toContain(outcome.code);
  expect(Number(outcome.retryAfter)).toBeGreaterThanOrEqual(1);
}

describe('worker faults with concurrent requests (2 workers)', () => {
  let setup: Awaited<ReturnType<typeof startService>>;

  beforeAll(async () => {
    setup = await startService({ threads: 2, taskTimeoutMs: 1_500, batchMaxDocuments: 4 });
  });
  afterAll(async () => {
    await setup.service.close();
    setup.tenants.remove();
  });

  const burst = (size: number, documents: number): Promise<Outcome[]> =>
    Promise.all(
      Array.from({ length: size }, (_, index) =>
        postJson(`${setup.url}/v1/redact`, TEST_KEYS.kz, { destination: storageKz, documents: documentsFor(index, documents) }),
      ),
    );

  it.each<[FaultKind, string]>([
    ['throw', 'ERR_PII_POOL_WORKER_CRASHED'],
    ['exit', 'ERR_PII_POOL_WORKER_CRASHED'],
    ['hang', 'ERR_PII_POOL_TIMEOUT'],
  ])('when a worker %ss mid-batch among 12 concurrent requests, each gets a redacted 200 or a 503 (%s for the faulty batch), and the service recovers', async (fault, code) => {
    setup.service.gate.pool.injectFault(fault);
    const outcomes = await burst(12, 3);
    expect(outcomes).toHaveLength(12);
    // On a loaded machine a healthy batch can also outlive the short task timeout: that is fail-closed too.
    for (const outcome of outcomes) expectFailClosed(outcome, [code, 'ERR_PII_POOL_TIMEOUT']);
    expect(outcomes.some((outcome) => outcome.code === code)).toBe(true);
    const statuses = countBy(outcomes, (outcome) => String(outcome.status));
    expect(statuses['503']).toBeGreaterThanOrEqual(1);
    expect(statuses['200']).toBeGreaterThanOrEqual(1);

    // Recovery without restart: once the replacement worker has started (slow on a loaded machine), all succeed.
    await eventually(async () => {
      const after = await burst(6, 2);
      expect(after.map((outcome) => outcome.status)).toEqual(Array(6).fill(200));
      for (const outcome of after) expect(leaks(outcome, PLANTED)).toEqual([]);
    }, 15_000, 250);
    expect((await fetch(`${setup.url}/readyz`)).status).toBe(200);
  });

  it('survives faults back to back (throw, exit, throw) and then serves normally', async () => {
    for (const fault of ['throw', 'exit', 'throw'] as const) {
      setup.service.gate.pool.injectFault(fault);
      const outcomes = await burst(4, 2);
      for (const outcome of outcomes) expectFailClosed(outcome, ['ERR_PII_POOL_WORKER_CRASHED', 'ERR_PII_POOL_TIMEOUT']);
    }
    await eventually(async () => {
      const after = await burst(4, 4);
      expect(after.map((outcome) => outcome.status)).toEqual([200, 200, 200, 200]);
    }, 15_000, 250);
  });
});

describe('pool saturation over HTTP (1 worker, queue of 2)', () => {
  let setup: Awaited<ReturnType<typeof startService>>;

  beforeAll(async () => {
    setup = await startService({ threads: 1, maxQueue: 2, batchMaxDocuments: 1, taskTimeoutMs: 2_000 });
  });
  afterAll(async () => {
    await setup.service.close();
    setup.tenants.remove();
  });

  it('answers every request of a 30-request flood with a 200 or a 503 + Retry-After, loses none, leaks nothing, and recovers', async () => {
    // A hung worker holds the only thread, so the bounded queue fills up behind it.
    setup.service.gate.pool.injectFault('hang');
    const first = postJson(`${setup.url}/v1/redact`, TEST_KEYS.kz, { destination: storageKz, documents: [review('blocker')] });
    await new Promise((resolve) => setTimeout(resolve, 100));
    const flood = await Promise.all(
      Array.from({ length: 30 }, (_, index) =>
        postJson(`${setup.url}/v1/redact`, TEST_KEYS.kz, { destination: storageKz, documents: documentsFor(index, 2) }),
      ),
    );
    const outcomes = [await first, ...flood];
    expect(outcomes).toHaveLength(31);
    for (const outcome of outcomes) expectFailClosed(outcome, ['ERR_PII_POOL_OVERLOADED', 'ERR_PII_POOL_TIMEOUT']);
    const codes = countBy(outcomes, (outcome) => outcome.code ?? String(outcome.status));
    expect(codes['ERR_PII_POOL_OVERLOADED']).toBeGreaterThanOrEqual(1);
    expect(codes['ERR_PII_POOL_TIMEOUT']).toBeGreaterThanOrEqual(1);

    await eventually(async () => {
      const after = await postJson(`${setup.url}/v1/redact`, TEST_KEYS.kz, { destination: storageKz, documents: documentsFor(99, 3) });
      expect(after.status).toBe(200);
      expect(leaks(after, PLANTED)).toEqual([]);
    }, 15_000, 250);
  });
});
