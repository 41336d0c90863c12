// The tenants file replaced with garbage while requests flow: policies in force stay in force, no request fails or leaks, a later good file still loads.

import { randomBytes } from 'node:crypto';
import { renameSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer } from '../../src/http/server.js';
import type { PiiGateServer } from '../../src/http/server.js';
import { createLogger } from '../../src/log.js';
import { eventually } from '../helpers/app.js';
import { review, SAMPLE } from '../helpers/documents.js';
import type { TempTenants } from '../helpers/tenants.js';
import { createTempTenants, TEST_KEYS, tenantsYaml } from '../helpers/tenants.js';
import type { Outcome } from './http-client.js';
import { countBy, leaks, postJson } from './http-client.js';
import { MemoryLog } from '../helpers/memory-log.js';

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

describe('tenants file replaced with garbage mid-run', () => {
  let service: PiiGateServer;
  let tenants: TempTenants;
  let url: string;
  const log = new MemoryLog();

  beforeAll(async () => {
    tenants = createTempTenants();
    service = createServer({ tenants: tenants.path, pool: { threads: 1 }, logger: createLogger({ level: 'info', destination: log }), defaultMetrics: false });
    await service.ready;
    const server = await service.listen(0, '127.0.0.1');
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await service.close();
    tenants.remove();
  });

  const garbage: Array<[string, () => void]> = [
    ['random bytes', () => writeFileSync(tenants.path, randomBytes(2_048))],
    ['an empty file', () => writeFileSync(tenants.path, '')],
    ['YAML of the wrong shape', () => writeFileSync(tenants.path, 'tenants: 42\nsurprise: [1, 2\n')],
    ['a tenant without its keys and with a bad action', () => writeFileSync(tenants.path, 'tenants:\n  - id: demo-kz\n    entities: { NAME: shred }\n')],
    ['a file cut inside the first tenant', () => writeFileSync(tenants.path, tenantsYaml().slice(0, 120))],
    ['garbage moved over it atomically', () => {
      writeFileSync(`${tenants.path}.tmp`, randomBytes(512));
      renameSync(`${tenants.path}.tmp`, tenants.path);
    }],
    ['no file at all', () => rmSync(tenants.path, { force: true })],
  ];

  it('keeps serving both tenants with their last good policies, with no failed request and no leak', async () => {
    const outcomes: Outcome[] = [];
    let running = true;
    const loop = async (key: string, destination: Record<string, string>): Promise<void> => {
      for (let index = 0; running; index += 1) {
        outcomes.push(await postJson(`${url}/v1/redact`, key, { destination, documents: [review(`l${index}`)] }));
      }
    };
    const loops = [
      loop(TEST_KEYS.kz, { purpose: 'storage', region: 'KZ' }),
      loop(TEST_KEYS.kz, { purpose: 'model', region: 'DE' }),
      loop(TEST_KEYS.uz, { purpose: 'storage', region: 'DE' }),
    ];
    for (const [, replace] of garbage) {
      replace();
      await sleep(350); // longer than the store's 100 ms debounce: each bad version is really loaded and refused
    }
    running = false;
    await Promise.all(loops);

    expect(outcomes.length).toBeGreaterThan(garbage.length * 3);
    expect(countBy(outcomes, (outcome) => String(outcome.status))).toEqual({ '200': outcomes.length });
    for (const outcome of outcomes) expect(leaks(outcome, [SAMPLE.phone, SAMPLE.email, SAMPLE.name])).toEqual([]);
    expect(log.lines.filter((line) => line.includes('tenants reload failed')).length).toBeGreaterThanOrEqual(3);
  });

  it('treats a truncated file that still parses as the new config: tenants cut off or without keys get 401, nothing looser', async () => {
    // Why SECURITY.md asks for atomic replacement (write, then rename): a half-written file can be a valid one.
    const cut = tenantsYaml().slice(0, tenantsYaml().indexOf('    entities:'));
    writeFileSync(tenants.path, cut);
    await eventually(async () => {
      const dropped = await postJson(`${url}/v1/redact`, TEST_KEYS.kz, { destination: { purpose: 'storage', region: 'KZ' }, documents: [review('cut')] });
      expect([dropped.status, dropped.code]).toEqual([401, 'ERR_PII_AUTH_INVALID']);
    });
    // demo-uz lost its keys with the cut as well (they came after it): refused, never served under a looser policy.
    const uz = await postJson(`${url}/v1/redact`, TEST_KEYS.uz, { destination: { purpose: 'storage', region: 'UZ' }, documents: [review('cut')] });
    expect(uz.status).toBe(401);
    expect(leaks(uz, [SAMPLE.phone, SAMPLE.email, SAMPLE.name])).toEqual([]);
  });

  it('loads the next good file without a restart', async () => {
    tenants.write({ uzName: 'replace' });
    await eventually(async () => {
      const outcome = await postJson(`${url}/v1/redact`, TEST_KEYS.uz, { destination: { purpose: 'storage', region: 'UZ' }, documents: [review('good')] });
      expect(outcome.status).toBe(200);
      expect(outcome.text).not.toContain('Каримов');
      expect(outcome.text).toContain('[NAME]');
    });
  });
});
