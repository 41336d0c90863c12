// Auth and tenant isolation: hashed keys compared in constant time, keys bound to one tenant, pseudonyms unlinkable across tenants, nothing revealed.

import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createServer } from '../../src/http/server.js';
import type { PiiGateServer } from '../../src/http/server.js';
import { hashApiKey, matchApiKey } from '../../src/policy/api-keys.js';
import { parseTenantsYaml } from '../../src/policy/parse.js';

vi.mock('node:crypto', async (importOriginal) => {
  const crypto = await importOriginal<typeof import('node:crypto')>();
  return { ...crypto, timingSafeEqual: vi.fn(crypto.timingSafeEqual) };
});
const { timingSafeEqual } = await import('node:crypto');

// Synthetic keys and secrets for this test only.
const KEYS = { alpha: 'alpha-test-key-0001', beta: 'beta-test-key-0002', gamma: 'gamma-test-key-0003' } as const;
const SECRETS = { alpha: 'alpha-test-secret-0000000001', beta: 'beta-test-secret-00000000002' } as const;
const EMAIL = 'zarina.test@example.com';
const PHONE = '+998 90 765 43 21';
const ALLOW_WORD = 'Qorasaroy';

function tenantsYaml(): string {
  const tenant = (id: string, key: string, secretFile: string, extra = ''): string => `  - id: ${id}
    jurisdiction: UZ
    residency: { region: UZ }
    consent: { storage: true, model: false, analytics: false }
    entities: { NAME: pseudonymize, PHONE: pseudonymize, EMAIL: pseudonymize }
    apiKeys: ['${hashApiKey(key)}']
    secret: file:${secretFile}
${extra}`;
  return `tenants:
${tenant('tenant-alpha', KEYS.alpha, 'alpha.secret', `    allow: [${ALLOW_WORD}]\n`)}${tenant('tenant-beta', KEYS.beta, 'beta.secret')}${tenant('tenant-gamma', KEYS.gamma, 'alpha.secret')}`;
}

describe('API keys at rest', () => {
  it('are stored as sha256 hashes in the policy, never as the key', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pii-gate-auth-'));
    try {
      writeFileSync(join(dir, 'alpha.secret'), SECRETS.alpha);
      writeFileSync(join(dir, 'beta.secret'), SECRETS.beta);
      const policies = parseTenantsYaml(tenantsYaml(), { baseDir: dir });
      const serialized = JSON.stringify(policies.map((policy) => policy.apiKeys));
      for (const key of Object.values(KEYS)) expect(serialized).not.toContain(key);
      for (const policy of policies) for (const hash of policy.apiKeys) expect(hash).toMatch(/^sha256:[0-9a-f]{64}$/u);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it.each([
    ['a plain key', 'apiKeys: [my-plain-key-123]'],
    ['an md5 hash', "apiKeys: ['md5:0123456789abcdef0123456789abcdef']"],
    ['a truncated sha256', "apiKeys: ['sha256:abcdef']"],
  ])('refuses a tenants file holding %s, at load time', (_label, line) => {
    const yaml = `tenants:\n  - id: t\n    jurisdiction: UZ\n    residency: { region: UZ }\n    ${line}\n`;
    expect(() => parseTenantsYaml(yaml)).toThrowError(expect.objectContaining({ code: 'ERR_PII_POLICY_INVALID' }) as Error);
  });
});

describe('matchApiKey', () => {
  const hashes = ['one', 'two', 'three', 'four', 'five'].map((key) => hashApiKey(`${key}-key`));

  it.each([
    ['the first entry', 'one-key', 0],
    ['the last entry', 'five-key', 4],
    ['no entry', 'six-key', -1],
    ['the hash itself presented as a key', hashes[0]!, -1],
  ])('compares in constant time against every stored hash when the key matches %s', (_label, key, index) => {
    vi.mocked(timingSafeEqual).mockClear();
    expect(matchApiKey(key, hashes)).toBe(index);
    // No early exit: the number of comparisons does not depend on which entry (if any) matched.
    expect(vi.mocked(timingSafeEqual)).toHaveBeenCalledTimes(hashes.length);
  });

  it('uses no string equality on keys or hashes in its source', () => {
    const source = readFileSync(new URL('../../src/policy/api-keys.ts', import.meta.url), 'utf8');
    expect(source).toContain('timingSafeEqual');
    expect(source).not.toMatch(/(stored|presented|hash|key)\w*\s*(===|!==|==)/u);
  });
});

describe('service isolation between tenants', () => {
  let service: PiiGateServer;
  let dir: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'pii-gate-auth-'));
    writeFileSync(join(dir, 'alpha.secret'), SECRETS.alpha);
    writeFileSync(join(dir, 'beta.secret'), SECRETS.beta);
    writeFileSync(join(dir, 'tenants.yaml'), tenantsYaml());
    service = createServer({ tenants: join(dir, 'tenants.yaml'), pool: { threads: 1 }, defaultMetrics: true });
    await service.ready;
  });
  afterAll(async () => {
    await service.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const storageUz = { purpose: 'storage', region: 'UZ' };
  const redactAs = (key: string, text: string, extra: Record<string, unknown> = {}): request.Test =>
    request(service.app)
      .post('/v1/redact')
      .set('authorization', `Bearer ${key}`)
      .send({ destination: storageUz, documents: [{ id: 'i', text }], ...extra });
  const textOf = (response: request.Response): string => (response.body as { documents: Array<{ text: string }> }).documents[0]!.text;
  const tokens = (text: string): string[] => text.match(/\b(?:NAME|PHONE|EMAIL)_[0-9a-f]{8}\b/gu) ?? [];

  it('gives the same pseudonym to the same value for one tenant, across requests', async () => {
    const first = tokens(textOf(await redactAs(KEYS.alpha, `почта ${EMAIL}, тел ${PHONE}`)));
    const second = tokens(textOf(await redactAs(KEYS.alpha, `пишите на ${EMAIL} или звоните ${PHONE}`)));
    expect(first).toHaveLength(2);
    expect(second).toEqual(first);
  });

  it.each([
    ['with different secrets', KEYS.beta],
    ['even when they (wrongly) share a secret', KEYS.gamma],
  ])('gives two tenants different pseudonyms for the same input %s', async (_label, otherKey) => {
    const text = `почта ${EMAIL}, тел ${PHONE}`;
    const mine = tokens(textOf(await redactAs(KEYS.alpha, text)));
    const theirs = tokens(textOf(await redactAs(otherKey, text)));
    expect(mine).toHaveLength(2);
    expect(theirs).toHaveLength(2);
    for (const token of theirs) expect(mine).not.toContain(token);
  });

  it("applies the key's own policy, not one named in the body: another tenant's id is refused with 403", async () => {
    const response = await redactAs(KEYS.beta, `${ALLOW_WORD} ${EMAIL}`, { tenant: 'tenant-alpha' });
    expect([response.status, response.body.code]).toEqual([403, 'ERR_PII_AUTH_FORBIDDEN']);
    expect(response.text).not.toContain('tenant-alpha');
    expect(response.text).not.toContain(EMAIL);
  });

  it("reports the key's own tenant on every document", async () => {
    const response = await redactAs(KEYS.beta, `почта ${EMAIL}`, { tenant: 'tenant-beta' });
    expect(response.status).toBe(200);
    expect((response.body as { reports: Array<{ tenant: string }> }).reports[0]!.tenant).toBe('tenant-beta');
  });

  it.each<[string, (call: request.Test) => request.Test, string]>([
    ['no Authorization header', (call) => call, 'ERR_PII_AUTH_MISSING'],
    ['an empty bearer token', (call) => call.set('authorization', 'Bearer '), 'ERR_PII_AUTH_MISSING'],
    ['a Basic credential holding a valid key', (call) => call.set('authorization', `Basic ${Buffer.from(`x:${KEYS.alpha}`).toString('base64')}`), 'ERR_PII_AUTH_MISSING'],
    ['an unknown key', (call) => call.set('authorization', 'Bearer not-a-tenant-key'), 'ERR_PII_AUTH_INVALID'],
    ['a valid key in another case', (call) => call.set('authorization', `Bearer ${KEYS.alpha.toUpperCase()}`), 'ERR_PII_AUTH_INVALID'],
    ['a valid key with a suffix', (call) => call.set('authorization', `Bearer ${KEYS.alpha}x`), 'ERR_PII_AUTH_INVALID'],
    ['a valid key prefix', (call) => call.set('authorization', `Bearer ${KEYS.alpha.slice(0, -1)}`), 'ERR_PII_AUTH_INVALID'],
    ["the stored hash instead of the key", (call) => call.set('authorization', `Bearer ${hashApiKey(KEYS.alpha)}`), 'ERR_PII_AUTH_INVALID'],
    ['two tokens', (call) => call.set('authorization', `Bearer ${KEYS.alpha} ${KEYS.beta}`), 'ERR_PII_AUTH_MISSING'],
    ['a 4 KB token', (call) => call.set('authorization', `Bearer ${'k'.repeat(4_096)}`), 'ERR_PII_AUTH_INVALID'],
  ])('answers %s with 401 and WWW-Authenticate, revealing no tenant', async (_label, authorize, code) => {
    const response = await authorize(request(service.app).post('/v1/redact')).send({ destination: storageUz, documents: [{ text: EMAIL }] });
    expect([response.status, response.body.code]).toEqual([401, code]);
    expect(response.headers['www-authenticate']).toMatch(/^Bearer/u);
    expect(response.text).not.toMatch(/tenant-(alpha|beta|gamma)/u);
    expect(response.text).not.toContain(EMAIL);
  });

  it('does not take the key from the query string', async () => {
    const response = await request(service.app).post(`/v1/redact?key=${KEYS.alpha}&access_token=${KEYS.alpha}`).send({ destination: storageUz, documents: [] });
    expect(response.status).toBe(401);
  });

  it.each(['/healthz', '/readyz', '/metrics', '/openapi.json', '/v1/redact', '/v1/tenants', '/admin', '/.env', '/tenants.yaml'])(
    'GET %s reveals no tenant id, key, key hash, secret, allow-list entry or file path',
    async (path) => {
      await redactAs(KEYS.alpha, `${ALLOW_WORD} почта ${EMAIL}`); // give /metrics something to count
      const response = await request(service.app).get(path).set('authorization', `Bearer ${KEYS.alpha}`);
      const body = `${JSON.stringify(response.headers)}\n${response.text}`;
      const secrets = [
        ...Object.values(KEYS),
        ...Object.values(KEYS).map((key) => hashApiKey(key).slice('sha256:'.length)),
        ...Object.values(SECRETS),
        'tenant-alpha',
        'tenant-beta',
        'tenant-gamma',
        ALLOW_WORD,
        dir,
        'alpha.secret',
        EMAIL,
      ];
      for (const secret of secrets) expect(body, `${path} contains ${secret.slice(0, 12)}…`).not.toContain(secret);
    },
  );

  it.each(['/healthz', '/v1/redact', '/metrics'])('sets helmet headers on %s', async (path) => {
    const response = await request(service.app).get(path);
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['content-security-policy']).toBeDefined();
    expect(response.headers['strict-transport-security']).toBeDefined();
    expect(response.headers['x-frame-options']).toBeDefined();
    expect(response.headers['x-powered-by']).toBeUndefined();
  });
});
