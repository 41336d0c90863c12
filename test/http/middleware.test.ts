// redact() middleware end to end with real workers: consent/residency variants, req.redaction, every failure fails closed.

import express from 'express';
import type { NextFunction, Request, Response } from 'express';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PiiGateError } from '../../src/errors.js';
import { redact } from '../../src/http/middleware.js';
import { problemHandler } from '../../src/http/problem.js';
import type { Destination } from '../../src/types.js';
import type { TestGate } from '../helpers/app.js';
import { startTestGate } from '../helpers/app.js';
import { leakedValues, review, SAMPLE } from '../helpers/documents.js';

interface Seen {
  handlerCalls: number;
  bodyOnError: unknown[];
}

function buildApp(testGate: TestGate, seen: Seen, options: { parseJson?: boolean } = {}): express.Express {
  const app = express();
  const pipeline = [
    ...(options.parseJson === false ? [] : [express.json()]),
    redact({
      gate: testGate.gate,
      tenant: (req) => String(req.headers['x-tenant'] ?? ''),
      // Async resolver, as an app reading routing rules from a database would write it.
      destination: async (req) => ({ purpose: req.query['purpose'], region: req.query['region'] }) as Destination,
      shape: 'review',
      fields: ['meta.comment'],
    }),
  ];
  app.post('/reviews', ...pipeline, (req: Request, res: Response) => {
    seen.handlerCalls += 1;
    res.json({ stored: req.body, redaction: req.redaction });
  });
  app.use((error: unknown, req: Request, _res: Response, next: NextFunction) => {
    seen.bodyOnError.push(req.body);
    next(error);
  });
  app.use(problemHandler());
  return app;
}

describe('redact() middleware', () => {
  let testGate: TestGate;
  let app: express.Express;
  const seen: Seen = { handlerCalls: 0, bodyOnError: [] };

  beforeAll(async () => {
    testGate = await startTestGate();
    app = buildApp(testGate, seen);
  });
  afterAll(() => testGate.close());

  const post = (tenant: string, purpose: string, region: string, body: unknown) =>
    request(app).post('/reviews').query({ purpose, region }).set('x-tenant', tenant).send(body as object);

  it.each([
    { tenant: 'demo-uz', purpose: 'storage', region: 'UZ', nameKept: true, phone: /\+998 \*\* \*\*\* \*\* 67/, email: /EMAIL_[0-9a-f]{8}/, reason: 'policy' },
    { tenant: 'demo-uz', purpose: 'model', region: 'UZ', nameKept: false, phone: /\[PHONE\]/, email: /\[EMAIL\]/, reason: 'consent:model' },
    { tenant: 'demo-uz', purpose: 'storage', region: 'DE', nameKept: false, phone: /\[PHONE\]/, email: /\[EMAIL\]/, reason: 'residency:UZ->DE' },
    { tenant: 'demo-kz', purpose: 'storage', region: 'KZ', nameKept: false, phone: /\[PHONE\]/, email: /\[EMAIL\]/, reason: 'policy' },
  ])('for $tenant sending to $purpose in $region, stores the body redacted as the policy says ($reason)', async ({ tenant, purpose, region, nameKept, phone, email, reason }) => {
    const response = await post(tenant, purpose, region, review('r1'));
    expect(response.status).toBe(200);
    const { stored, redaction } = response.body as { stored: { text: string }; redaction: { entities: Record<string, { reasons: string[] }> } };
    expect(stored.text.includes('Каримов')).toBe(nameKept);
    expect(leakedValues(stored.text)).toEqual([]);
    expect(stored.text).toMatch(phone);
    expect(stored.text).toMatch(email);
    expect(stored.text).toContain('Доставка была быстрой.');
    expect(redaction.entities['PHONE']?.reasons).toContain(reason);
  });

  it('sets req.redaction to a report with counts and reasons, never a raw value', async () => {
    const response = await post('demo-uz', 'model', 'DE', review('r2'));
    const report = (response.body as { redaction: Record<string, unknown> }).redaction;
    expect(report).toMatchObject({ tenant: 'demo-uz', destination: { purpose: 'model', region: 'DE' } });
    expect((report['entities'] as Record<string, { found: number }>)['PHONE']?.found).toBeGreaterThanOrEqual(1);
    expect(leakedValues(JSON.stringify(report), [SAMPLE.phone, SAMPLE.email, SAMPLE.name])).toEqual([]);
  });

  it('redacts the extra field paths given to the middleware', async () => {
    const response = await post('demo-kz', 'storage', 'KZ', review('r3', { meta: { comment: `звоните ${SAMPLE.phone}` } }));
    expect(response.status).toBe(200);
    expect(JSON.stringify(response.body)).not.toContain(SAMPLE.phone);
  });

  it.each([
    ['an unknown tenant', 'nobody', 'storage', 'UZ', review('x'), 403, 'ERR_PII_TENANT_UNKNOWN'],
    ['no tenant', '', 'storage', 'UZ', review('x'), 403, 'ERR_PII_TENANT_UNKNOWN'],
    ['a destination region that is not ISO alpha-2', 'demo-uz', 'storage', 'Uzbekistan', review('x'), 400, 'ERR_PII_INPUT_SCHEMA'],
    ['an unknown purpose', 'demo-uz', 'marketing', 'UZ', review('x'), 400, 'ERR_PII_INPUT_SCHEMA'],
    ['a body that is not a review', 'demo-uz', 'storage', 'UZ', { messages: 'nope' }, 400, 'ERR_PII_INPUT_SCHEMA'],
    ['an array body', 'demo-uz', 'storage', 'UZ', [review('x')], 400, 'ERR_PII_INPUT_SCHEMA'],
  ])('refuses %s with %i %s and never reaches the handler', async (_label, tenant, purpose, region, body, status, code) => {
    const before = seen.handlerCalls;
    const response = await post(tenant, purpose, region, body);
    expect(response.status).toBe(status);
    expect(response.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(response.body.code).toBe(code);
    expect(seen.handlerCalls).toBe(before);
    expect(seen.bodyOnError.at(-1)).toBeUndefined();
  });

  it('answers 415 for a non-JSON body and 400 for no body', async () => {
    const plain = await request(app).post('/reviews').query({ purpose: 'storage', region: 'UZ' }).set('x-tenant', 'demo-uz').set('content-type', 'text/plain').send(`hello ${SAMPLE.phone}`);
    expect([plain.status, plain.body.code]).toEqual([415, 'ERR_PII_INPUT_MEDIA_TYPE']);
    expect(JSON.stringify(plain.body)).not.toContain(SAMPLE.phone);
    const empty = await request(app).post('/reviews').query({ purpose: 'storage', region: 'UZ' }).set('x-tenant', 'demo-uz');
    expect([empty.status, empty.body.code]).toEqual([400, 'ERR_PII_INPUT_SCHEMA']);
  });

  it('tells the developer to mount express.json() when the JSON body was never parsed', async () => {
    const bare = buildApp(testGate, { handlerCalls: 0, bodyOnError: [] }, { parseJson: false });
    const response = await request(bare).post('/reviews').query({ purpose: 'storage', region: 'UZ' }).set('x-tenant', 'demo-uz').send(review('x'));
    expect([response.status, response.body.code]).toEqual([500, 'ERR_PII_INPUT_NO_BODY']);
    expect(response.body.detail).toMatch(/express\.json\(\)/);
  });
});

describe('redact() middleware when the pool fails', () => {
  it.each(['exit', 'throw'] as const)('answers 503 when the worker %ss mid-request, and nothing unredacted reaches the handler or the error path', async (fault) => {
    const testGate = await startTestGate({ faultInjection: true });
    const seen: Seen = { handlerCalls: 0, bodyOnError: [] };
    try {
      const app = buildApp(testGate, seen);
      testGate.gate.pool.injectFault(fault);
      const response = await request(app).post('/reviews').query({ purpose: 'storage', region: 'UZ' }).set('x-tenant', 'demo-kz').send(review('r'));
      expect([response.status, response.body.code]).toEqual([503, 'ERR_PII_POOL_WORKER_CRASHED']);
      expect(response.headers['retry-after']).toBeDefined();
      expect(leakedValues(response.text, [SAMPLE.phone, SAMPLE.email, SAMPLE.name])).toEqual([]);
      expect(seen.handlerCalls).toBe(0);
      expect(seen.bodyOnError).toEqual([undefined]);
    } finally {
      await testGate.close();
    }
  });

  it('works with a pool and a tenant store instead of a gate', async () => {
    const testGate = await startTestGate();
    try {
      const app = express();
      app.post(
        '/reviews',
        express.json(),
        redact({ pool: testGate.gate.pool, tenants: testGate.gate.tenants, tenant: 'demo-kz', destination: { purpose: 'storage', region: 'KZ' } }),
        (req: Request, res: Response) => {
          res.json(req.body);
        },
      );
      const response = await request(app).post('/reviews').send(review('p1'));
      expect(response.status).toBe(200);
      expect(leakedValues(JSON.stringify(response.body), [SAMPLE.phone, SAMPLE.email, SAMPLE.name])).toEqual([]);
    } finally {
      await testGate.close();
    }
  });

  it('answers 503 ERR_PII_POOL_CLOSED after the gate is closed', async () => {
    const testGate = await startTestGate();
    const app = buildApp(testGate, { handlerCalls: 0, bodyOnError: [] });
    await testGate.close();
    const response = await request(app).post('/reviews').query({ purpose: 'storage', region: 'UZ' }).set('x-tenant', 'demo-kz').send(review('r'));
    expect([response.status, response.body.code]).toEqual([503, 'ERR_PII_POOL_CLOSED']);
  });
});

describe('redact() options', () => {
  it.each([
    ['mounted without calling it', (): unknown => redact({ method: 'POST', headers: {}, url: '/' } as never)],
    ['no gate, pool or tenants', (): unknown => redact({ tenant: 'demo-uz', destination: { purpose: 'storage', region: 'UZ' } })],
    ['no tenant', (): unknown => redact({ gate: {} as never, destination: { purpose: 'storage', region: 'UZ' } } as never)],
    ['a bad fixed destination', (): unknown => redact({ gate: {} as never, tenant: 't', destination: { purpose: 'x', region: 'UZ' } as never })],
    ['an unknown shape', (): unknown => redact({ gate: {} as never, tenant: 't', destination: { purpose: 'storage', region: 'UZ' }, shape: 'tweet' as never })],
  ])('throws ERR_PII_CONFIG_INVALID at start-up when %s', (_label, build) => {
    expect(build).toThrowError(PiiGateError);
    expect(() => build()).toThrowError(expect.objectContaining({ code: 'ERR_PII_CONFIG_INVALID' }));
  });
});
