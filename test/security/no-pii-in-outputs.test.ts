// No PII at rest in our own outputs: logs, /metrics, error bodies, headers, reports and CLI stderr are scanned for every planted value.

import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer } from '../../src/http/server.js';
import type { PiiGateServer } from '../../src/http/server.js';
import { createLogger } from '../../src/log.js';
import type { TempTenants } from '../helpers/tenants.js';
import { createTempTenants, TEST_KEYS } from '../helpers/tenants.js';
import { MemoryLog } from '../helpers/memory-log.js';

// Synthetic values, planted everywhere a client can put text.
const PLANTED = {
  name: 'Дилноза Юсупова',
  surname: 'Юсупова',
  phone: '+998 93 555 12 34',
  phoneNsn: '935551234',
  email: 'dilnoza.yusupova@example.com',
  local: 'dilnoza.yusupova',
  obfuscated: 'dilnoza[at]example.uz',
} as const;
const plantedText = `Меня зовут ${PLANTED.name}, тел ${PLANTED.phone}, почта ${PLANTED.email}, запасная ${PLANTED.obfuscated}`;
const plantedValues = [PLANTED.name, PLANTED.surname, PLANTED.phone, PLANTED.email, PLANTED.local, PLANTED.obfuscated];

/** Every planted value (and the phone's digits in order) found in `output`, with what it was found in. */
function hits(label: string, output: string, extra: readonly string[] = []): string[] {
  const found = [...plantedValues, ...extra].filter((value) => output.includes(value)).map((value) => `${label}: ${value}`);
  if (output.replace(/\D+/gu, '').includes(PLANTED.phoneNsn)) found.push(`${label}: phone digits`);
  return found;
}

describe('the service writes no planted PII to logs, metrics, errors, headers or reports', () => {
  let service: PiiGateServer;
  let tenants: TempTenants;
  const log = new MemoryLog();
  const outputs: Array<[string, string]> = [];

  beforeAll(async () => {
    tenants = createTempTenants();
    service = createServer({
      tenants: tenants.path,
      pool: { threads: 1, faultInjection: true, taskTimeoutMs: 1_500 },
      limits: { bodyBytes: '32kb', maxDocuments: 3, maxTextChars: 1_000, maxDepth: 8 },
      rateLimit: { windowMs: 60_000, limit: 1_000 },
      // The most verbose level: whatever any layer logs, it is captured.
      logger: createLogger({ level: 'trace', destination: log }),
    });
    await service.ready;
  });
  afterAll(async () => {
    await service.close();
    tenants.remove();
  });

  const storageUz = { purpose: 'storage', region: 'UZ' };
  const post = (key: string | null = TEST_KEYS.kz): request.Test => {
    const call = request(service.app).post('/v1/redact');
    return key === null ? call : call.set('authorization', `Bearer ${key}`);
  };
  const record = (label: string, response: request.Response): void => {
    outputs.push([`${label} body`, response.text], [`${label} headers`, JSON.stringify(response.headers)]);
  };

  const failing: Array<[string, () => request.Test]> = [
    ['no key, PII body', () => post(null).send({ destination: storageUz, documents: [{ text: plantedText }] })],
    ['PII as the bearer token', () => post(PLANTED.email).send({ destination: storageUz, documents: [{ text: plantedText }] })],
    ['malformed JSON quoting PII', () => post().set('content-type', 'application/json').send(`{"documents":[{"text":"${plantedText}"`)],
    ['PII in a text/plain body', () => post().set('content-type', 'text/plain').send(plantedText)],
    ['PII as a non-string text', () => post().send({ destination: storageUz, documents: [{ text: [plantedText] }] })],
    ['PII as an unknown top-level key', () => post().set('content-type', 'application/json').send(`{"destination":{"purpose":"storage","region":"UZ"},"documents":[],"${PLANTED.email}":1}`)],
    ['PII as the destination region', () => post().send({ destination: { purpose: 'storage', region: PLANTED.phone }, documents: [{ text: plantedText }] })],
    ['PII as the purpose', () => post().send({ destination: { purpose: PLANTED.name, region: 'UZ' }, documents: [{ text: plantedText }] })],
    ['PII as a tenant id in the body', () => post().send({ destination: storageUz, documents: [{ text: plantedText }], tenant: PLANTED.email })],
    ['PII in a text over the length limit', () => post().send({ destination: storageUz, documents: [{ text: `${plantedText} ${'слово '.repeat(300)}` }] })],
    ['PII in a body over the size limit', () => post().send({ destination: storageUz, documents: [{ text: plantedText, pad: 'x'.repeat(40_000) }] })],
    ['PII nested too deep', () => post().send({ destination: storageUz, documents: [{ text: 'ok', a: { b: { c: { d: { e: { f: { g: { h: { i: { j: plantedText } } } } } } } } } }] })],
    ['PII in too many documents', () => post().send({ destination: storageUz, documents: Array.from({ length: 4 }, () => ({ text: plantedText })) })],
    ['PII in a route', () => request(service.app).get(`/v1/${encodeURIComponent(PLANTED.email)}`)],
    ['PII in a query string', () => request(service.app).post(`/v1/redact?email=${encodeURIComponent(PLANTED.email)}`)],
    ['PII in a request-id header that is not an id', () => post().set('x-request-id', `${PLANTED.email} ${PLANTED.phone}`).send({ destination: storageUz })],
  ];

  it.each(failing)('refuses %s without echoing it', async (label, send) => {
    const response = await send();
    expect(response.status).toBeGreaterThanOrEqual(400);
    record(label, response);
    expect(hits(label, `${response.text}${JSON.stringify(response.headers)}`)).toEqual([]);
  });

  it.each<[string, string, Record<string, unknown>]>([
    ['demo-kz (replace)', TEST_KEYS.kz, { purpose: 'storage', region: 'KZ' }],
    ['demo-uz to a model abroad (keep falls back)', TEST_KEYS.uz, { purpose: 'model', region: 'DE' }],
  ])('redacts for %s, and the reports carry counts only', async (label, key, destination) => {
    const response = await post(key).send({
      destination,
      documents: [
        { id: 'r1', text: plantedText, author: { name: PLANTED.name, phone: PLANTED.phone, email: PLANTED.email } },
        { id: 'd1', messages: [{ role: 'customer', text: plantedText }, { role: 'agent', text: `Спасибо, ${PLANTED.name}!` }] },
      ],
    });
    expect(response.status).toBe(200);
    record(label, response);
    const body = response.body as { documents: unknown[]; reports: unknown[] };
    expect(hits(`${label} documents`, JSON.stringify(body.documents))).toEqual([]);
    expect(hits(`${label} reports`, JSON.stringify(body.reports))).toEqual([]);
  });

  it('keeps names the policy keeps in the document, yet out of reports, logs and metrics', async () => {
    // demo-uz keeps names for storage in UZ: the raw name in the document is the policy working, not a leak.
    const response = await post(TEST_KEYS.uz).send({ destination: storageUz, documents: [{ id: 'k', text: plantedText }] });
    expect(response.status).toBe(200);
    const body = response.body as { documents: Array<{ text: string }>; reports: unknown[] };
    expect(body.documents[0]!.text).toContain(PLANTED.name);
    expect(hits('kept report', JSON.stringify(body.reports))).toEqual([]);
  });

  it('logs no planted value when a tenants reload fails', async () => {
    writeFileSync(tenants.path, `tenants:\n  - id: demo-uz\n    deny: [${PLANTED.name}, 5]\n    apiKeys: [${PLANTED.email}]\n  - {{{ ${PLANTED.phone}\n`);
    await new Promise((resolve) => setTimeout(resolve, 600));
    tenants.write();
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect(log.lines.some((line) => line.includes('tenants reload failed'))).toBe(true);
  });

  // Faults last: a replaced worker takes a moment to start, which the redaction tests above should not wait for.
  it.each(['throw', 'exit', 'hang'] as const)('fails closed with a 503 that quotes nothing when the worker faults (%s)', async (fault) => {
    service.gate.pool.injectFault(fault);
    const response = await post().send({ destination: storageUz, documents: [{ text: plantedText }, { messages: [{ text: plantedText }] }] });
    expect(response.status).toBe(503);
    record(`fault ${fault}`, response);
    expect(hits(fault, response.text)).toEqual([]);
  });

  it('has no planted value, key or secret in any captured output', async () => {
    const metrics = await request(service.app).get('/metrics');
    const everything: Array<[string, string]> = [...outputs, ['metrics', metrics.text], ['log', log.lines.join('')]];
    expect(log.lines.length).toBeGreaterThan(20);
    const secrets = [TEST_KEYS.uz, TEST_KEYS.kz, 'test-only-secret-not-real-0001'];
    // Kept names legitimately sit in the redacted document of the keep test, which is not recorded as an output.
    expect(everything.flatMap(([label, output]) => hits(label, output, secrets))).toEqual([]);
  });
});

const cliEntry = fileURLToPath(new URL('../../dist/cli/main.js', import.meta.url));

function runCli(args: readonly string[], stdin: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cliEntry, ...args], { stdio: ['pipe', 'pipe', 'pipe'], env: { ...process.env, PII_GATE_DEBUG: '' } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(stdin);
  });
}

describe('the CLI writes no planted PII to stderr', () => {
  let dir: string;
  let tenantsPath: string;

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'pii-gate-cli-'));
    tenantsPath = join(dir, 'tenants.yaml');
    const tenants = createTempTenants();
    writeFileSync(tenantsPath, readFileSync(tenants.path, 'utf8'));
    tenants.remove();
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const badLines = [
    `{"id":"a","text":"${plantedText}"`, // not JSON
    JSON.stringify({ id: 'b', text: [plantedText] }), // text not a string
    JSON.stringify({ id: 'c', body: plantedText }), // no text
    JSON.stringify([plantedText]), // not an object
    JSON.stringify({ id: 'd', text: plantedText, author: 7 }),
  ];
  const goodLine = JSON.stringify({ id: 'ok', text: plantedText });

  it.each<[string, string[], string]>([
    ['redact stopping at a bad line', ['redact', '--tenants', '<tenants>', '--tenant', 'demo-kz'], [goodLine, badLines[1]!].join('\n')],
    ['redact skipping bad lines', ['redact', '--tenants', '<tenants>', '--tenant', 'demo-kz', '--skip-invalid'], [goodLine, ...badLines, goodLine].join('\n')],
    ['redact with an unknown tenant', ['redact', '--tenants', '<tenants>', '--tenant', 'nobody'], goodLine],
    ['detect stopping at a bad line', ['detect'], [goodLine, badLines[0]!].join('\n')],
    ['detect skipping bad lines', ['detect', '--skip-invalid'], [goodLine, ...badLines].join('\n')],
  ])('%s', async (_label, args, stdin) => {
    const result = await runCli(args.map((arg) => (arg === '<tenants>' ? tenantsPath : arg)), `${stdin}\n`);
    expect(result.stderr.length).toBeGreaterThan(0);
    expect(hits('stderr', result.stderr)).toEqual([]);
    if (args[0] === 'redact') expect(hits('stdout', result.stdout)).toEqual([]);
  });

  it('prints no planted value when the tenants file is broken around a deny list', async () => {
    const broken = join(dir, 'broken.yaml');
    writeFileSync(broken, `tenants:\n  - id: t\n    jurisdiction: UZ\n    deny: [${PLANTED.name}, {x: ${PLANTED.email}}]\n    secret: ${PLANTED.phone}\n  - [[[ ${PLANTED.email}\n`);
    const result = await runCli(['redact', '--tenants', broken, '--tenant', 't'], `${goodLine}\n`);
    expect(result.code).toBe(4);
    expect(hits('stderr', result.stderr)).toEqual([]);
  });
});
