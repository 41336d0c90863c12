// Hostile requests against the real service (one real worker): each gets a clear 4xx with a stable code or a correct redaction, and the process stays up.

import request from 'supertest';
import type { Response } from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isErrorCode } from '../../src/errors.js';
import { createServer } from '../../src/http/server.js';
import type { PiiGateServer } from '../../src/http/server.js';
import { leakedValues } from '../helpers/documents.js';
import type { TempTenants } from '../helpers/tenants.js';
import { createTempTenants, TEST_KEYS } from '../helpers/tenants.js';

// demo-kz replaces every entity type, so after redaction none of these may remain in any form.
const PHONE = '+998 90 123 45 67';
const PHONE_NSN = '901234567';
const EMAIL = 'ivan.petrov@example.com';
const NAME = 'Алишер Каримов';
const planted = [PHONE, EMAIL, NAME, 'Каримов', 'ivan.petrov'];
const storageKz = { purpose: 'storage', region: 'KZ' } as const;

/** Fullwidth and Arabic-Indic digits as ASCII, so a digits-in-order check sees them. */
function asciiDigits(text: string): string {
  return text
    .replace(/[\uff10-\uff19]/gu, (digit) => String.fromCharCode(digit.charCodeAt(0) - 0xff10 + 0x30))
    .replace(/[\u0660-\u0669]/gu, (digit) => String.fromCharCode(digit.charCodeAt(0) - 0x0660 + 0x30))
    .replace(/[\u06f0-\u06f9]/gu, (digit) => String.fromCharCode(digit.charCodeAt(0) - 0x06f0 + 0x30));
}

function problemOf(response: Response): { status: number; code: unknown } {
  return { status: response.status, code: (response.body as { code?: unknown }).code };
}

/** No planted value, and no phone digits in order, anywhere in the response text (after removing invisible characters). */
function expectNoPlantedPii(response: Response, values: readonly string[] = planted): void {
  const visible = response.text.replace(/\\u[0-9a-fA-F]{4}|[\u0000-\u001f\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff]/gu, '');
  expect(leakedValues(visible, values)).toEqual([]);
  expect(visible.replace(/\D+/gu, '')).not.toContain(PHONE_NSN);
}

describe('hostile input to POST /v1/redact', () => {
  let service: PiiGateServer;
  let tenants: TempTenants;

  beforeAll(async () => {
    tenants = createTempTenants();
    service = createServer({ tenants: tenants.path, pool: { threads: 1, taskTimeoutMs: 20_000 }, defaultMetrics: false });
    await service.ready;
  });
  afterAll(async () => {
    await service.close();
    tenants.remove();
  });

  const post = (): request.Test => request(service.app).post('/v1/redact').set('authorization', `Bearer ${TEST_KEYS.kz}`);
  const sendJson = (raw: string): request.Test => post().set('content-type', 'application/json').send(raw);
  const redactOne = (document: unknown): request.Test => post().send({ destination: storageKz, documents: [document] });

  /** A refusal must be problem+json with a catalogued 4xx code; anything else must be a 200 without PII. */
  function expectClearOutcome(response: Response, allowed: readonly number[]): void {
    expect(allowed).toContain(response.status);
    if (response.status >= 400) {
      expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(isErrorCode(problemOf(response).code)).toBe(true);
      expect(response.status).toBeLessThan(500);
    }
    expectNoPlantedPii(response);
  }

  const deepArray = (levels: number): string => `${'['.repeat(levels)}${JSON.stringify(PHONE)}${']'.repeat(levels)}`;
  const deepObject = (levels: number): string => `${'{"a":'.repeat(levels)}${JSON.stringify(PHONE)}${'}'.repeat(levels)}`;

  it.each<[string, string, number, string]>([
    ['an unterminated object', `{"destination":{"purpose":"storage","region":"KZ"},"documents":[{"text":"${PHONE}"`, 400, 'ERR_PII_INPUT_INVALID_JSON'],
    ['a trailing comma', `{"destination":{"purpose":"storage","region":"KZ"},"documents":[{"text":"${EMAIL}"},]}`, 400, 'ERR_PII_INPUT_INVALID_JSON'],
    ['single-quoted JSON', `{'destination':{},'documents':[{'text':'${EMAIL}'}]}`, 400, 'ERR_PII_INPUT_INVALID_JSON'],
    ['a bare string', JSON.stringify(`${NAME} ${PHONE}`), 400, 'ERR_PII_INPUT_INVALID_JSON'],
    ['a bare number', '42', 400, 'ERR_PII_INPUT_INVALID_JSON'],
    ['null', 'null', 400, 'ERR_PII_INPUT_INVALID_JSON'],
    ['a top-level array', `[{"text":"${PHONE}"}]`, 400, 'ERR_PII_INPUT_SCHEMA'],
    ['a raw NUL byte in a string', `{"destination":{"purpose":"storage","region":"KZ"},"documents":[{"text":"a\u0000${PHONE}"}]}`, 400, 'ERR_PII_INPUT_INVALID_JSON'],
    ['a broken \\u escape', `{"destination":{"purpose":"storage","region":"KZ"},"documents":[{"text":"\\uZZZZ ${PHONE}"}]}`, 400, 'ERR_PII_INPUT_INVALID_JSON'],
    ['10 000-deep arrays in a document', `{"destination":{"purpose":"storage","region":"KZ"},"documents":[{"text":"x","extra":${deepArray(10_000)}}]}`, 400, 'ERR_PII_INPUT_TOO_DEEP'],
    ['10 000-deep objects in a document', `{"destination":{"purpose":"storage","region":"KZ"},"documents":[{"text":"x","extra":${deepObject(10_000)}}]}`, 400, 'ERR_PII_INPUT_TOO_DEEP'],
    ['10 000-deep documents array', `{"destination":{"purpose":"storage","region":"KZ"},"documents":${deepArray(10_000)}}`, 400, 'ERR_PII_INPUT_TOO_DEEP'],
    ['10 000-deep destination', `{"destination":${deepObject(10_000)},"documents":[]}`, 400, 'ERR_PII_INPUT_SCHEMA'],
    ['200 000-deep arrays', `{"destination":{"purpose":"storage","region":"KZ"},"documents":${deepArray(200_000)}}`, 400, 'ERR_PII_INPUT_TOO_DEEP'],
  ])('answers %s with a stable 400 problem code', async (_label, raw, status, code) => {
    const response = await sendJson(raw);
    expect(problemOf(response)).toEqual({ status, code });
    expectClearOutcome(response, [status]);
  });

  it.each<[string, string | undefined, string]>([
    ['text/plain', 'text/plain', `{"documents":[{"text":"${PHONE}"}]}`],
    ['a form', 'application/x-www-form-urlencoded', `text=${encodeURIComponent(PHONE)}`],
    ['multipart', 'multipart/form-data; boundary=x', `--x\r\nContent-Disposition: form-data; name="text"\r\n\r\n${PHONE}\r\n--x--`],
    ['XML', 'application/xml', `<text>${PHONE}</text>`],
    ['an octet stream', 'application/octet-stream', PHONE],
  ])('answers a %s body with 415 ERR_PII_INPUT_MEDIA_TYPE', async (_label, type, body) => {
    const call = post();
    if (type !== undefined) call.set('content-type', type);
    const response = await call.send(body);
    expect(problemOf(response)).toEqual({ status: 415, code: 'ERR_PII_INPUT_MEDIA_TYPE' });
    expectClearOutcome(response, [415]);
  });

  it('answers a JSON body in an unsupported charset with 415', async () => {
    const response = await post().set('content-type', 'application/json; charset=koi8-r').send(`{"documents":[{"text":"${PHONE}"}]}`);
    expect(problemOf(response)).toEqual({ status: 415, code: 'ERR_PII_INPUT_MEDIA_TYPE' });
  });

  it('answers a body over the 1 MB limit with 413 before parsing it', async () => {
    const response = await post().send({ destination: storageKz, documents: [{ text: `${PHONE} ${'слово '.repeat(200_000)}` }] });
    expect(problemOf(response)).toEqual({ status: 413, code: 'ERR_PII_INPUT_TOO_LARGE' });
    expectClearOutcome(response, [413]);
  });

  it('answers a body that lies about its length without hanging', async () => {
    const response = await post().set('content-type', 'application/json').set('content-length', '10').send('{"destination":{}}');
    expect(response.status).toBeGreaterThanOrEqual(400);
    expect(response.status).toBeLessThan(500);
  });

  it.each<[string, unknown]>([
    ['a number', 42],
    ['null', null],
    ['an array', [PHONE]],
    ['an object', { value: PHONE }],
    ['a boolean', true],
  ])('refuses a text field that is %s with 400 ERR_PII_INPUT_SCHEMA, naming the field only', async (_label, text) => {
    const response = await redactOne({ id: 'x', text });
    expect(problemOf(response)).toEqual({ status: 400, code: 'ERR_PII_INPUT_SCHEMA' });
    expect((response.body as { detail?: string }).detail).toMatch(/^documents\[0\]/);
    expectClearOutcome(response, [400]);
  });

  it.each<[string, unknown]>([
    ['messages as a string', { messages: PHONE }],
    ['a message that is a number', { messages: [7] }],
    ['a message text that is an object', { messages: [{ text: { phone: PHONE } }] }],
    ['an author that is a number', { text: 'ok', author: 12 }],
    ['a document that is a string', PHONE],
    ['a document that is null', null],
  ])('refuses %s with 400 ERR_PII_INPUT_SCHEMA', async (_label, document) => {
    const response = await redactOne(document);
    expect(problemOf(response)).toEqual({ status: 400, code: 'ERR_PII_INPUT_SCHEMA' });
    expectClearOutcome(response, [400]);
  });

  it.each<[string, string]>([
    ['a top-level key', `{"destination":{"purpose":"storage","region":"KZ"},"documents":[],"${PHONE}":1}`],
    ['a destination key', `{"destination":{"purpose":"storage","region":"KZ","${EMAIL}":1},"documents":[]}`],
  ])('does not echo an unknown %s (which may be PII) in the error', async (_label, raw) => {
    const response = await sendJson(raw);
    expect(problemOf(response)).toEqual({ status: 400, code: 'ERR_PII_INPUT_SCHEMA' });
    expectNoPlantedPii(response);
  });

  describe('prototype keys', () => {
    const pollutionKeys = ['__proto__', 'constructor', 'prototype'];
    const pristine = (): void => {
      expect(Object.prototype).not.toHaveProperty('polluted');
      expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
      expect(Object.getOwnPropertyNames(Object.prototype)).not.toContain('polluted');
    };

    it.each([
      ['a document', `{"destination":{"purpose":"storage","region":"KZ"},"documents":[{"id":"p","text":"Звоните ${PHONE}","__proto__":{"polluted":"yes"},"constructor":{"prototype":{"polluted":"yes"}},"prototype":{"polluted":"yes"}}]}`],
      ['a nested field', `{"destination":{"purpose":"storage","region":"KZ"},"documents":[{"id":"p","text":"ok","meta":{"__proto__":{"polluted":"yes"},"constructor":{"prototype":{"polluted":"yes"}}}}]}`],
      ['a message', `{"destination":{"purpose":"storage","region":"KZ"},"documents":[{"id":"p","messages":[{"text":"пишите ${EMAIL}","__proto__":{"polluted":"yes"}}]}]}`],
      ['an author', `{"destination":{"purpose":"storage","region":"KZ"},"documents":[{"id":"p","text":"ok","author":{"__proto__":{"polluted":"yes"},"name":"${NAME}"}}]}`],
    ])('in %s pass through as plain data without polluting Object.prototype', async (_label, raw) => {
      const response = await sendJson(raw);
      expect(response.status).toBe(200);
      pristine();
      expectNoPlantedPii(response);
      // The keys survive as ordinary own properties of the redacted copy.
      expect(pollutionKeys.some((key) => response.text.includes(`"${key}"`))).toBe(true);
    });

    it.each([
      ['the body', `{"destination":{"purpose":"storage","region":"KZ"},"documents":[],"__proto__":{"polluted":"yes"}}`],
      ['the destination', `{"destination":{"purpose":"storage","region":"KZ","__proto__":{"polluted":"yes"}},"documents":[]}`],
      ['the destination constructor', `{"destination":{"purpose":"storage","region":"KZ","constructor":{"prototype":{"polluted":"yes"}}},"documents":[]}`],
    ])('in %s are refused with 400 ERR_PII_INPUT_SCHEMA and pollute nothing', async (_label, raw) => {
      const response = await sendJson(raw);
      expect(problemOf(response)).toEqual({ status: 400, code: 'ERR_PII_INPUT_SCHEMA' });
      pristine();
    });
  });

  describe('text tricks', () => {
    it.each<[string, string, readonly string[]]>([
      ['a lone high surrogate next to a phone', `тел \ud800${PHONE}\ud800`, [PHONE]],
      ['a lone low surrogate inside an e-mail sentence', `\udc00пишите ${EMAIL}\udc00`, [EMAIL]],
      ['a NUL byte before a phone', `тел\u0000${PHONE}`, [PHONE]],
      ['a NUL byte inside a phone', 'тел +998 90 123\u000045 67', []],
      ['a NUL byte inside an e-mail', 'пишите ivan.petrov\u0000@example.com', ['ivan.petrov']],
      ['a zero-width joiner inside a phone', 'тел +998 90 123\u200d45 67', []],
      ['a zero-width space inside a phone', 'тел +998 90\u200b123 45 67', []],
      ['a right-to-left override inside a phone', 'тел +998\u202e90 123 45 67', []],
      ['a left-to-right isolate inside a phone', 'тел +998 90 \u2066123 45\u2069 67', []],
      ['a soft hyphen inside a phone', 'тел +998 90 12\u00ad3 45 67', []],
      ['a zero-width space before the @', 'пишите ivan.petrov\u200b@example.com', ['ivan.petrov']],
      ['a zero-width space after the @', 'пишите ivan.petrov@\u200bexample.com', ['ivan.petrov']],
      ['a zero-width joiner in the domain', 'пишите ivan.petrov@exam\u200dple.com', ['ivan.petrov']],
      ['a byte-order mark inside an e-mail', 'пишите ivan.petrov\ufeff@example.com', ['ivan.petrov']],
      ['a Latin a inside a Cyrillic surname', 'Меня зовут Алишер Кaримов', ['Алишер', 'Кaримов']],
      ['a Latin A starting a Cyrillic name', 'Меня зовут Aлишер Каримов', ['Aлишер', 'Каримов']],
      ['a Latin o and e inside a Cyrillic surname', 'Меня зовут Алишер Кaримoв', ['Алишер', 'Кaримoв']],
      ['a zero-width space inside a name', 'Меня зовут Алишер Кари\u200bмов', ['Алишер']],
      ['a phone in fullwidth digits', 'тел ＋９９８ ９０ １２３ ４５ ６７', []],
      ['a phone in Arabic-Indic digits', 'тел +٩٩٨ ٩٠ ١٢٣ ٤٥ ٦٧', []],
      ['an e-mail with a fullwidth @', 'пишите ivan.petrov＠example.com', ['ivan.petrov']],
      ['an e-mail with an ideographic full stop', 'пишите ivan.petrov@example。com', ['ivan.petrov']],
    ])('redacts %s (or refuses it), never returning it', async (_label, text, alsoAbsent) => {
      const response = await redactOne({ id: 't', text });
      expectClearOutcome(response, [200, 400]);
      if (response.status === 200) {
        const redacted = (response.body as { documents: Array<{ text: string }> }).documents[0]!.text;
        const visible = asciiDigits(redacted.replace(/[\u0000-\u001f\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/gu, ''));
        for (const value of alsoAbsent) expect(visible).not.toContain(value);
        expect(visible.replace(/\D+/gu, '')).not.toContain(PHONE_NSN);
        expect(visible.replace(/\D+/gu, '')).not.toMatch(/1234567/u);
      }
    });
  });

  it('keeps serving after all of the above', async () => {
    expect((await request(service.app).get('/healthz')).status).toBe(200);
    const response = await redactOne({ id: 'after', text: `Меня зовут ${NAME}, тел ${PHONE}, почта ${EMAIL}` });
    expect(response.status).toBe(200);
    expectNoPlantedPii(response);
  });
});

describe('1 MB texts', () => {
  let service: PiiGateServer;
  let tenants: TempTenants;

  beforeAll(async () => {
    tenants = createTempTenants();
    service = createServer({
      tenants: tenants.path,
      pool: { threads: 1, taskTimeoutMs: 25_000 },
      limits: { bodyBytes: '4mb', maxTextChars: 1_100_000 },
      defaultMetrics: false,
    });
    await service.ready;
  });
  afterAll(async () => {
    await service.close();
    tenants.remove();
  });

  it('refuses a 1 MB text under the default limits with 413', async () => {
    const defaults = createServer({ gate: service.gate, defaultMetrics: false });
    const response = await request(defaults.app)
      .post('/v1/redact')
      .set('authorization', `Bearer ${TEST_KEYS.kz}`)
      .send({ destination: storageKz, documents: [{ text: 'а'.repeat(1_000_000) }] });
    expect(response.status).toBe(413);
    expect(['ERR_PII_INPUT_TOO_LARGE', 'ERR_PII_INPUT_TEXT_TOO_LONG']).toContain((response.body as { code: string }).code);
  });

  it('redacts PII planted at the start, middle and end of a 1 MB text when the limits allow it', async () => {
    const filler = 'Доставка была быстрой, упаковка целая, курьер вежливый. '.repeat(9_000);
    const half = Math.floor(filler.length / 2);
    const text = `${PHONE} ${filler.slice(0, half)} пишите ${EMAIL} ${filler.slice(half)} Меня зовут ${NAME}.`;
    expect(text.length).toBeGreaterThan(500_000);
    const response = await request(service.app)
      .post('/v1/redact')
      .set('authorization', `Bearer ${TEST_KEYS.kz}`)
      .send({ destination: storageKz, documents: [{ id: 'big', text: text.repeat(2) }] });
    expect(response.status).toBe(200);
    expectNoPlantedPii(response);
    const redacted = (response.body as { documents: Array<{ text: string }> }).documents[0]!.text;
    // Outside the spans the text is unchanged: the filler survives whole.
    expect(redacted).toContain(filler.slice(1_000, 2_000));
  });
});
