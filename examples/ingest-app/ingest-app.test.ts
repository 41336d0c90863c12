// The example ingest app stores only redacted records: what lands on disk has no PII the destination forbids.

import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestGate } from '../../test/helpers/app.js';
import { startTestGate } from '../../test/helpers/app.js';
import { dialogue, leakedValues, review, SAMPLE } from '../../test/helpers/documents.js';
import { createIngestApp } from './app.js';
import { createJsonlStore } from './store.js';

const ALL_PII = [SAMPLE.phone, SAMPLE.email, SAMPLE.name, 'Каримов', 'Karimov'];

describe('ingest-app', () => {
  let testGate: TestGate;
  const dirs: string[] = [];

  beforeAll(async () => {
    testGate = await startTestGate({ faultInjection: true });
  });
  afterAll(async () => {
    await testGate.close();
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  });

  function appIn(storageRegion: string) {
    const dir = mkdtempSync(join(tmpdir(), 'pii-gate-ingest-'));
    dirs.push(dir);
    const app = createIngestApp({ gate: testGate.gate, store: createJsonlStore(dir), storageRegion });
    const stored = (collection: string): string => {
      try {
        return readFileSync(join(dir, `${collection}.jsonl`), 'utf8');
      } catch {
        return '';
      }
    };
    return { app, stored };
  }

  it.each([
    ['demo-uz', 'DE', 'stored abroad, so even the consented names are not kept'],
    ['demo-kz', 'KZ', 'whose policy replaces every entity'],
  ])('for %s storing in %s (%s), writes reviews and dialogues without any PII', async (tenant, region) => {
    const { app, stored } = appIn(region);
    const reviewResponse = await request(app).post('/reviews').set('x-tenant-id', tenant).send(review('r1'));
    const dialogueResponse = await request(app).post('/dialogues').set('x-tenant-id', tenant).send(dialogue('d1'));
    expect([reviewResponse.status, dialogueResponse.status]).toEqual([201, 201]);
    const onDisk = stored('reviews') + stored('dialogues');
    expect(onDisk.split('\n').filter(Boolean)).toHaveLength(2);
    expect(leakedValues(onDisk, ALL_PII)).toEqual([]);
    expect(onDisk).toContain('Доставка была быстрой.');
  });

  it('for demo-uz storing at home, keeps the consented names but still hides phones and e-mails', async () => {
    const { app, stored } = appIn('UZ');
    await request(app).post('/reviews').set('x-tenant-id', 'demo-uz').send(review('r2')).expect(201);
    expect(stored('reviews')).toContain('Каримов');
    expect(leakedValues(stored('reviews'))).toEqual([]);
  });

  it('redacts the analytics export of the same dialogue for its own destination (no analytics consent: no names)', async () => {
    const { app, stored } = appIn('UZ');
    await request(app).post('/dialogues').set('x-tenant-id', 'demo-uz').send(dialogue('d2')).expect(201);
    await request(app).post('/dialogues/analytics').set('x-tenant-id', 'demo-uz').send(dialogue('d2')).expect(202);
    expect(stored('dialogues')).toContain('Каримов');
    expect(leakedValues(stored('analytics'), ALL_PII)).toEqual([]);
  });

  it('stores nothing when the redaction worker dies mid-request, and answers 503', async () => {
    const { app, stored } = appIn('DE');
    testGate.gate.pool.injectFault('exit');
    const response = await request(app).post('/reviews').set('x-tenant-id', 'demo-uz').send(review('r3'));
    expect([response.status, response.body.code]).toEqual([503, 'ERR_PII_POOL_WORKER_CRASHED']);
    expect(stored('reviews')).toBe('');
  });

  it('refuses an unknown tenant with 403 and stores nothing', async () => {
    const { app, stored } = appIn('UZ');
    const response = await request(app).post('/reviews').set('x-tenant-id', 'someone-else').send(review('r4'));
    expect([response.status, response.body.code]).toEqual([403, 'ERR_PII_TENANT_UNKNOWN']);
    expect(stored('reviews')).toBe('');
  });
});
