// Hostile bodies through the redact() middleware door: the handler sees only redacted data or nothing, prototypes stay clean.

import express from 'express';
import type { NextFunction, Request, Response } from 'express';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { redact } from '../../src/http/middleware.js';
import { problemHandler } from '../../src/http/problem.js';
import type { TestGate } from '../helpers/app.js';
import { startTestGate } from '../helpers/app.js';
import { leakedValues, SAMPLE } from '../helpers/documents.js';

const PLANTED = [SAMPLE.phone, SAMPLE.email, SAMPLE.name];

describe('redact() middleware with hostile bodies', () => {
  let testGate: TestGate;
  let app: express.Express;
  const handled: unknown[] = [];
  const bodiesOnError: unknown[] = [];

  beforeAll(async () => {
    testGate = await startTestGate();
    app = express();
    app.post(
      '/reviews',
      express.json({ limit: '64kb' }),
      redact({ gate: testGate.gate, tenant: 'demo-kz', destination: { purpose: 'storage', region: 'KZ' }, shape: 'review' }),
      (req: Request, res: Response) => {
        handled.push(req.body);
        res.json({ stored: req.body });
      },
    );
    app.use((error: unknown, req: Request, _res: Response, next: NextFunction) => {
      bodiesOnError.push(req.body);
      next(error);
    });
    app.use(problemHandler());
  });
  afterAll(() => testGate.close());

  const text = `Меня зовут ${SAMPLE.name}, тел ${SAMPLE.phone}, почта ${SAMPLE.email}`;

  it.each<[string, number, string]>([
    ['prototype keys next to the text', 200, `{"text":${JSON.stringify(text)},"__proto__":{"polluted":1},"constructor":{"prototype":{"polluted":1}}}`],
    ['prototype keys inside an author', 200, `{"text":"ok","author":{"__proto__":{"polluted":1},"name":${JSON.stringify(SAMPLE.name)}}}`],
    ['a text that is an array', 400, `{"text":[${JSON.stringify(text)}]}`],
    ['a body that is an array', 400, `[${JSON.stringify(text)}]`],
    ['malformed JSON', 400, `{"text":${JSON.stringify(text)}`],
    ['10 000-deep nesting', 400, `{"text":"ok","n":${'['.repeat(10_000)}${JSON.stringify(text)}${']'.repeat(10_000)}}`],
    ['invisible characters inside the PII', 200, JSON.stringify({ text: 'тел +998 90 123\u200d45 67, почта alisher.karimov\u200b@example.com' })],
  ])('handles %s: %i, with nothing unredacted reaching the handler, the error path or the client', async (_label, status, raw) => {
    handled.length = 0;
    bodiesOnError.length = 0;
    const response = await request(app).post('/reviews').set('content-type', 'application/json').send(raw);
    expect(response.status).toBe(status);
    if (status === 400) expect((response.body as { code: string }).code).toMatch(/^ERR_PII_INPUT_/u);
    expect(leakedValues(response.text.replace(/[\u200b-\u200d]|\\u200[bcd]/gu, ''), PLANTED)).toEqual([]);
    expect(leakedValues(JSON.stringify(handled).replace(/[\u200b-\u200d]|\\u200[bcd]/gu, ''), PLANTED)).toEqual([]);
    // On failure the original body is gone before the error handlers run.
    for (const body of bodiesOnError) expect(body).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });
});
