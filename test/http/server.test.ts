// createServer end to end with real workers: auth, variants, every error status, OpenAPI conformance, metrics, logs, hot reload, drain.

import type { AddressInfo } from 'node:net';
import request from 'supertest';
import type { Response } from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer } from '../../src/http/server.js';
import type { PiiGateServer } from '../../src/http/server.js';
import { createLogger } from '../../src/log.js';
import { eventually, redactBody } from '../helpers/app.js';
import { dialogue, leakedValues, review, SAMPLE } from '../helpers/documents.js';
import { responseSchema, validateSchema } from '../helpers/json-schema.js';
import type { TempTenants } from '../helpers/tenants.js';
import { createTempTenants, TEST_KEYS } from '../helpers/tenants.js';
import { MemoryLog } from '../helpers/memory-log.js';

const storageUz = { purpose: 'storage', region: 'UZ' } as const;
const bearer = (key: string): string => `Bearer ${key}`;

describe('createServer', () => {
  let service: PiiGateServer;
  let tenants: TempTenants;
  let openApi: Record<string, unknown>;
  const log = new MemoryLog();

  beforeAll(async () => {
    tenants = createTempTenants();
    service = createServer({
      tenants: tenants.path,
      pool: { threads: 1, faultInjection: true, taskTimeoutMs: 2_000 },
      limits: { bodyBytes: '64kb', maxDocuments: 5, maxTextChars: 2_000, maxDepth: 6 },
      // No rate limit here, so `service.handler` takes its direct path (the limiter has its own test below).
      logger: createLogger({ level: 'info', destination: log }),
      defaultMetrics: false,
    });
    await service.ready;
    openApi = (await request(service.app).get('/openapi.json')).body as Record<string, unknown>;
  });
  afterAll(async () => {
    await service.close();
    tenants.remove();
  });

  /** Every response must be what /openapi.json promises for its path, method and status. */
  function expectConforms(response: Response, path: string, method = 'post'): void {
    const { schema, mediaType } = responseSchema(openApi, path, method, response.status);
    if (mediaType) expect(response.headers['content-type']).toContain(mediaType);
    if (schema) expect(validateSchema(response.body, schema, openApi)).toEqual([]);
  }

  // Every POST /v1/redact case runs through both doors: the Express app, and the listener's direct path.
  type Door = 'the Express app' | 'the direct handler';
  const doors: Door[] = ['the Express app', 'the direct handler'];
  const target = (door: Door) => (door === 'the Express app' ? service.app : service.handler);

  const redactCall = (key: string | undefined, body: unknown, door: Door = 'the Express app') => {
    const call = request(target(door)).post('/v1/redact');
    if (key !== undefined) call.set('authorization', bearer(key));
    return call.send(body as object);
  };

  it.each([
    { tenant: 'demo-uz', key: TEST_KEYS.uz, purpose: 'storage', region: 'UZ', nameKept: true },
    { tenant: 'demo-uz', key: TEST_KEYS.uz, purpose: 'model', region: 'DE', nameKept: false },
    { tenant: 'demo-uz', key: TEST_KEYS.uz, purpose: 'storage', region: 'DE', nameKept: false },
    { tenant: 'demo-kz', key: TEST_KEYS.kz, purpose: 'storage', region: 'KZ', nameKept: false },
  ].flatMap((variant) => doors.map((door) => ({ ...variant, door }))))('redacts for $tenant to $purpose in $region (names kept: $nameKept) through $door, never leaking phone or e-mail', async ({ tenant, key, purpose, region, nameKept, door }) => {
    const response = await redactCall(key, redactBody({ purpose, region } as never, [review('r1'), dialogue('d1')]), door);
    expect(response.status).toBe(200);
    expectConforms(response, '/v1/redact');
    const serialized = JSON.stringify(response.body.documents);
    expect(serialized.includes('Каримов')).toBe(nameKept);
    expect(leakedValues(serialized)).toEqual([]);
    expect(response.body.reports.map((report: { tenant: string }) => report.tenant)).toEqual([tenant, tenant]);
  });

  it.each(doors)('keeps documents in request order through %s', async (door) => {
    const documents = Array.from({ length: 5 }, (_, index) => review(`order-${index}`));
    const response = await redactCall(TEST_KEYS.kz, redactBody({ purpose: 'storage', region: 'KZ' }, documents), door);
    expect(response.body.documents.map((document: { id: string }) => document.id)).toEqual(documents.map((document) => document['id']));
  });

  const deep = (levels: number): Record<string, unknown> => {
    let node: Record<string, unknown> = { leaf: 'x' };
    for (let level = 0; level < levels; level += 1) node = { child: node };
    return { id: 'deep', text: 'ok', extra: node };
  };

  type ErrorCase = [label: string, send: (door: Door) => request.Test, status: number, code: string];
  const errorCases: ErrorCase[] = [
    ['no key', (door) => redactCall(undefined, redactBody(storageUz, [review('a')]), door), 401, 'ERR_PII_AUTH_MISSING'],
    ['a non-bearer credential', (door) => request(target(door)).post('/v1/redact').set('authorization', 'Basic dXNlcjpwYXNz').send(redactBody(storageUz, [])), 401, 'ERR_PII_AUTH_MISSING'],
    ['an unknown key', (door) => redactCall('not-a-key', redactBody(storageUz, [review('a')]), door), 401, 'ERR_PII_AUTH_INVALID'],
    ["another tenant's id in the body", (door) => redactCall(TEST_KEYS.kz, redactBody(storageUz, [review('a')], { tenant: 'demo-uz' }), door), 403, 'ERR_PII_AUTH_FORBIDDEN'],
    ['malformed JSON', (door) => request(target(door)).post('/v1/redact').set('authorization', bearer(TEST_KEYS.uz)).set('content-type', 'application/json').send('{"destination": '), 400, 'ERR_PII_INPUT_INVALID_JSON'],
    ['no documents field', (door) => redactCall(TEST_KEYS.uz, { destination: storageUz }, door), 400, 'ERR_PII_INPUT_SCHEMA'],
    ['an unknown top-level field', (door) => redactCall(TEST_KEYS.uz, redactBody(storageUz, [], { extra: 1 }), door), 400, 'ERR_PII_INPUT_SCHEMA'],
    ['a bad destination', (door) => redactCall(TEST_KEYS.uz, redactBody({ purpose: 'storage', region: 'UZB' } as never, [review('a')]), door), 400, 'ERR_PII_INPUT_SCHEMA'],
    ['a document without text or messages', (door) => redactCall(TEST_KEYS.uz, redactBody(storageUz, [{ id: 'x', body: 'hi' }]), door), 400, 'ERR_PII_INPUT_SCHEMA'],
    ['a document nested too deep', (door) => redactCall(TEST_KEYS.uz, redactBody(storageUz, [deep(8)]), door), 400, 'ERR_PII_INPUT_TOO_DEEP'],
    ['a body over the size limit', (door) => redactCall(TEST_KEYS.uz, redactBody(storageUz, [review('a', { padding: 'x'.repeat(70_000) })]), door), 413, 'ERR_PII_INPUT_TOO_LARGE'],
    ['too many documents', (door) => redactCall(TEST_KEYS.uz, redactBody(storageUz, Array.from({ length: 6 }, (_, i) => review(`m${i}`))), door), 413, 'ERR_PII_INPUT_TOO_MANY_DOCUMENTS'],
    ['a text over the length limit', (door) => redactCall(TEST_KEYS.uz, redactBody(storageUz, [review('a', { text: 'слово '.repeat(400) })]), door), 413, 'ERR_PII_INPUT_TEXT_TOO_LONG'],
    ['a non-JSON content type', (door) => request(target(door)).post('/v1/redact').set('authorization', bearer(TEST_KEYS.uz)).set('content-type', 'text/plain').send(`call ${SAMPLE.phone}`), 415, 'ERR_PII_INPUT_MEDIA_TYPE'],
  ];

  it.each(errorCases.flatMap((row) => doors.map((door): [...ErrorCase, Door] => [...row, door])))('answers %s with %i %s as problem+json through %s', async (_label, send, status, code, door) => {
    const response = await send(door);
    expect(response.status).toBe(status);
    expect(response.body.code).toBe(code);
    expect(response.body.type).toBe(`urn:pii-gate:error:${code}`);
    expectConforms(response, '/v1/redact');
    expect(leakedValues(response.text, [SAMPLE.phone, SAMPLE.email, SAMPLE.name])).toEqual([]);
    if (status === 401) expect(response.headers['www-authenticate']).toMatch(/^Bearer/);
  });

  it.each((['exit', 'throw'] as const).flatMap((fault) => doors.map((door) => [fault, door] as const)))('answers 503 with Retry-After when the worker %ss mid-request (through %s), with nothing unredacted', async (fault, door) => {
    const warmed = service.gate.pool.warmedWorkers;
    service.gate.pool.injectFault(fault);
    const response = await redactCall(TEST_KEYS.uz, redactBody(storageUz, [review('a'), review('b'), dialogue('c')]), door);
    expect([response.status, response.body.code]).toEqual([503, 'ERR_PII_POOL_WORKER_CRASHED']);
    expect(Number(response.headers['retry-after'])).toBeGreaterThanOrEqual(1);
    expectConforms(response, '/v1/redact');
    expect(leakedValues(response.text, [SAMPLE.phone, SAMPLE.email, SAMPLE.name])).toEqual([]);
    // An exited worker is replaced; its start-up (seconds on a loaded machine) must not count against the next request.
    if (fault === 'exit') await eventually(async () => expect(service.gate.pool.warmedWorkers).toBe(warmed + 1), 15_000, 50);
    expect((await redactCall(TEST_KEYS.uz, redactBody(storageUz, [review('after')]))).status).toBe(200);
  });

  it.each(doors)('answers 503 ERR_PII_POOL_TIMEOUT when a worker hangs past the task timeout (through %s)', async (door) => {
    const warmed = service.gate.pool.warmedWorkers;
    service.gate.pool.injectFault('hang');
    const response = await redactCall(TEST_KEYS.kz, redactBody({ purpose: 'storage', region: 'KZ' }, [review('slow')]), door);
    expect([response.status, response.body.code]).toEqual([503, 'ERR_PII_POOL_TIMEOUT']);
    expect(Number(response.headers['retry-after'])).toBeGreaterThanOrEqual(1);
    expectConforms(response, '/v1/redact');
    expect(leakedValues(response.text)).toEqual([]);
    // The hung worker is terminated and replaced: later tests need the replacement warm.
    await eventually(async () => expect(service.gate.pool.warmedWorkers).toBe(warmed + 1), 15_000, 50);
  });

  it.each([
    ['/healthz', 200, { status: 'ok' }],
    ['/readyz', 200, { status: 'ready' }],
  ])('GET %s answers %i', async (path, status, body) => {
    const response = await request(service.app).get(path);
    expect([response.status, response.body]).toEqual([status, body]);
    expectConforms(response, path, 'get');
  });

  it('sets the same security headers on the direct path as helmet does through Express', async () => {
    const viaExpress = await request(service.app).get('/healthz');
    const direct = await redactCall(TEST_KEYS.kz, redactBody({ purpose: 'storage', region: 'KZ' }, [review('headers')]), 'the direct handler');
    const helmetNames = ['content-security-policy', 'strict-transport-security', 'x-content-type-options', 'x-frame-options', 'referrer-policy', 'cross-origin-opener-policy'];
    for (const name of helmetNames) {
      expect(viaExpress.headers[name]).toBeDefined();
      expect(direct.headers[name]).toBe(viaExpress.headers[name]);
    }
    expect(direct.headers['x-request-id']).toMatch(/^[\w.-]+$/);
    expect(direct.headers['content-type']).toBe('application/json; charset=utf-8');
  });

  it('hands a gzip-compressed body to body-parser, which decodes it, and redacts it', async () => {
    const { gzipSync } = await import('node:zlib');
    const { createServer: createHttpServer } = await import('node:http');
    // Over a real socket with fetch: superagent does not send a pre-compressed body as it is.
    const listener = createHttpServer(service.handler);
    await new Promise<void>((resolve) => listener.listen(0, '127.0.0.1', resolve));
    try {
      const { port } = listener.address() as AddressInfo;
      const response = await fetch(`http://127.0.0.1:${port}/v1/redact`, {
        method: 'POST',
        headers: { authorization: bearer(TEST_KEYS.kz), 'content-type': 'application/json', 'content-encoding': 'gzip' },
        body: gzipSync(JSON.stringify(redactBody({ purpose: 'storage', region: 'KZ' }, [review('gzip')]))),
      });
      const text = await response.text();
      expect(response.status).toBe(200);
      expect((JSON.parse(text) as { documents: Array<{ id: string }> }).documents[0]?.id).toBe('gzip');
      expect(leakedValues(text)).toEqual([]);
    } finally {
      await new Promise((resolve) => listener.close(resolve));
    }
  });

  it('answers unknown routes with 404 problem+json', async () => {
    const response = await request(service.app).get('/v2/nothing');
    expect([response.status, response.body.code]).toEqual([404, 'ERR_PII_NOT_FOUND']);
  });

  it('sets helmet security headers', async () => {
    const response = await request(service.app).get('/healthz');
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['x-powered-by']).toBeUndefined();
  });

  it('exposes request, latency, entity and pool metrics without PII in labels', async () => {
    await redactCall(TEST_KEYS.kz, redactBody({ purpose: 'storage', region: 'KZ' }, [review('metrics')]));
    const response = await request(service.app).get('/metrics');
    expect(response.status).toBe(200);
    for (const name of [
      'pii_gate_http_requests_total{route="/v1/redact",method="POST",status="200"}',
      'pii_gate_http_request_duration_seconds_bucket',
      'pii_gate_entities_total{type="PHONE",action="replace"}',
      'pii_gate_pool_queue_size',
      'pii_gate_pool_rejections_total{code="ERR_PII_POOL_WORKER_CRASHED"}',
    ]) {
      expect(response.text).toContain(name);
    }
    expect(leakedValues(response.text, [SAMPLE.phone, SAMPLE.email, SAMPLE.name, TEST_KEYS.uz])).toEqual([]);
  });

  it('logs ids, counts, codes and timings, and no PII or keys', () => {
    const lines = log.lines.map((line) => JSON.parse(line) as Record<string, unknown>);
    const requests = lines.filter((line) => line['msg'] === 'request');
    expect(requests.length).toBeGreaterThan(10);
    expect(requests.some((line) => line['tenant'] === 'demo-uz' && line['status'] === 200 && line['documentCount'] === 2 && typeof line['ms'] === 'number')).toBe(true);
    expect(requests.some((line) => line['code'] === 'ERR_PII_POOL_WORKER_CRASHED')).toBe(true);
    expect(leakedValues(log.lines.join('\n'), [SAMPLE.phone, SAMPLE.email, SAMPLE.name, 'Каримов', TEST_KEYS.uz, TEST_KEYS.kz])).toEqual([]);
  });

  it('applies a changed tenants file while serving (hot reload)', async () => {
    const send = () => redactCall(TEST_KEYS.uz, redactBody(storageUz, [review('reload')]));
    expect(JSON.stringify((await send()).body.documents)).toContain('Каримов');
    tenants.write({ uzName: 'replace' });
    await eventually(async () => {
      const serialized = JSON.stringify((await send()).body.documents);
      expect(serialized).not.toContain('Каримов');
      expect(serialized).toContain('[NAME]');
    });
  });
});

describe('createServer rate limit and lifecycle', () => {
  it('answers 429 with Retry-After once a tenant spends its budget, without affecting other tenants', async () => {
    const tenants = createTempTenants();
    const service = createServer({ tenants: tenants.path, pool: { threads: 1 }, rateLimit: { windowMs: 60_000, limit: 2 }, defaultMetrics: false });
    try {
      await service.ready;
      const send = (key: string) => request(service.app).post('/v1/redact').set('authorization', bearer(key)).send(redactBody(storageUz, []));
      expect((await send(TEST_KEYS.uz)).status).toBe(200);
      expect((await send(TEST_KEYS.uz)).status).toBe(200);
      const limited = await send(TEST_KEYS.uz);
      expect([limited.status, limited.body.code]).toEqual([429, 'ERR_PII_RATE_LIMITED']);
      expect(Number(limited.headers['retry-after'])).toBeGreaterThanOrEqual(1);
      expect((await send(TEST_KEYS.kz)).status).toBe(200);
    } finally {
      await service.close();
      tenants.remove();
    }
  });

  it('answers /readyz 503 until the workers are warm', async () => {
    const tenants = createTempTenants();
    const service = createServer({ tenants: tenants.path, pool: { threads: 1 }, defaultMetrics: false });
    try {
      const early = await request(service.app).get('/readyz');
      expect([early.status, early.body.status]).toEqual([503, 'starting']);
      await service.ready;
      expect((await request(service.app).get('/readyz')).status).toBe(200);
    } finally {
      await service.close();
      tenants.remove();
    }
  });

  it('drains in-flight requests on close, then refuses new connections', async () => {
    const tenants = createTempTenants();
    const service = createServer({ tenants: tenants.path, pool: { threads: 1, faultInjection: true }, defaultMetrics: false });
    try {
      await service.ready;
      const server = await service.listen(0, '127.0.0.1');
      const { port } = server.address() as AddressInfo;
      const base = `http://127.0.0.1:${port}`;
      service.gate.pool.injectFault('delay');
      const inFlight = request(base).post('/v1/redact').set('authorization', bearer(TEST_KEYS.kz)).send(redactBody({ purpose: 'storage', region: 'KZ' }, [review('drain')]));
      const pending = inFlight.then((response) => response);
      await eventually(async () => expect(service.gate.pool.inFlightTasks).toBe(1), 5_000, 10);
      const closing = service.close();
      const response = await pending;
      expect(response.status).toBe(200);
      expect(leakedValues(JSON.stringify(response.body))).toEqual([]);
      await closing;
      await expect(request(base).get('/healthz')).rejects.toThrow();
    } finally {
      await service.close();
      tenants.remove();
    }
  });
});
