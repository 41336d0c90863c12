// Soak: the real `pii-gate serve` on loopback under a bounded mix of valid and hostile requests. Counts unexpected
// statuses and 5xx, scans every response for planted PII, samples the server's RSS; rewrites the "Soak" section.
// Usage: npm run bench:soak [-- --minutes 2] [-- --concurrency 8] [-- --threads 2] [-- --no-write]

import type { ChildProcessWithoutNullStreams } from 'node:child_process';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { hashApiKey } from '../src/policy/api-keys.js';
import { runStamp, updateResultsSection } from './lib/results.js';

const { values: args } = parseArgs({
  options: {
    minutes: { type: 'string', default: '2' },
    concurrency: { type: 'string', default: '8' },
    threads: { type: 'string', default: '2' },
    'sample-seconds': { type: 'string', default: '5' },
    'no-write': { type: 'boolean', default: false },
  },
});
const minutes = Number(args.minutes);
const concurrency = Number(args.concurrency);
const threads = Number(args.threads);
const sampleMs = Number(args['sample-seconds']) * 1000;
if (!(minutes > 0 && minutes <= 60) || !(concurrency >= 1 && concurrency <= 64) || !(threads >= 1)) {
  throw new Error('--minutes must be in (0, 60], --concurrency in [1, 64], --threads >= 1');
}

const cliEntry = fileURLToPath(new URL('../dist/cli/main.js', import.meta.url));
if (!existsSync(cliEntry)) throw new Error('dist/cli/main.js not found: run `npm run build` first');

// Synthetic keys and PII: fictional values only.
const KEYS = { replace: 'soak-replace-key-0001', mixed: 'soak-mixed-key-0002' } as const;
const PII = {
  names: ['Алишер Каримов', 'Дильноза Юсупова', 'Jasur Toshmatov', 'Айгүл Нұрланқызы', 'John Smith'],
  phones: [
    { written: '+998 90 123-45-67', nsn: '901234567' },
    { written: '+7 (701) 234-56-78', nsn: '7012345678' },
    { written: '+996 555 123 456', nsn: '555123456' },
    { written: 'тел 93 765 43 21', nsn: '937654321' },
  ],
  emails: ['dilnoza.soak@example.com', 'jasur.soak@mail.ru', 'aigul.soak[at]inbox.kz'],
};

function tenantsYaml(): string {
  return `tenants:
  - id: soak-replace
    jurisdiction: KZ
    residency: { region: KZ }
    phoneRegions: [UZ, KZ, RU]
    entities: { NAME: replace, PHONE: replace, EMAIL: replace }
    apiKeys: ['${hashApiKey(KEYS.replace)}']
  - id: soak-mixed
    jurisdiction: UZ
    residency: { region: UZ }
    phoneRegions: [UZ, KZ, RU]
    consent: { storage: true, model: false, analytics: false }
    entities: { NAME: keep, PHONE: mask, EMAIL: pseudonymize }
    apiKeys: ['${hashApiKey(KEYS.mixed)}']
    secret: env:PII_GATE_SOAK_SECRET?soak-only-secret-not-real-01
`;
}

interface Server {
  readonly child: ChildProcessWithoutNullStreams;
  readonly url: string;
  readonly exited: Promise<number | null>;
}

function startServer(tenantsPath: string): Promise<Server> {
  const child = spawn(
    process.execPath,
    [cliEntry, 'serve', '--tenants', tenantsPath, '--host', '127.0.0.1', '--port', '0', '--threads', String(threads), '--log-level', 'info'],
    { stdio: ['pipe', 'pipe', 'pipe'], env: { ...process.env, NODE_ENV: 'production' } },
  );
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return new Promise((resolve, reject) => {
    let buffered = '';
    let port: number | undefined;
    let errors = '';
    child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString('utf8')));
    child.stdout.on('data', (chunk: Buffer) => {
      buffered += chunk.toString('utf8');
      for (let newline = buffered.indexOf('\n'); newline !== -1; newline = buffered.indexOf('\n')) {
        const line = buffered.slice(0, newline);
        buffered = buffered.slice(newline + 1);
        logLines.push(line);
        const parsed = JSON.parse(line) as { msg?: string; port?: number };
        if (parsed.msg === 'listening') port = parsed.port;
        if (parsed.msg === 'ready' && port !== undefined) resolve({ child, url: `http://127.0.0.1:${port}`, exited });
      }
    });
    void exited.then((code) => reject(new Error(`server exited with ${code} before it was ready: ${errors.slice(0, 400)}`)));
    setTimeout(() => reject(new Error(`server not ready after 30 s: ${errors.slice(0, 400)}`)), 30_000).unref();
  });
}

// Everything the server logs (pino JSON lines at info: one per request) is kept and scanned for planted values.
const logLines: string[] = [];

interface Kind {
  readonly name: string;
  readonly weight: number;
  /** Statuses this request may get; anything else is counted as unexpected. */
  readonly expected: readonly number[];
  build(): { key: string | undefined; contentType: string; body: string };
}

const pick = <T>(items: readonly T[]): T => items[Math.floor(Math.random() * items.length)]!;
const phone = (): (typeof PII.phones)[number] => pick(PII.phones);

function reviewText(): string {
  const person = pick(PII.names);
  return `Меня зовут ${person}, ${phone().written}, почта ${pick(PII.emails)}. Доставка была быстрой, курьер вежливый.`;
}

const json = (key: string | undefined, body: unknown): ReturnType<Kind['build']> => ({ key, contentType: 'application/json', body: JSON.stringify(body) });
const kz = { purpose: 'storage', region: 'KZ' };
const abroad = { purpose: 'model', region: 'DE' };

const kinds: Kind[] = [
  { name: 'valid reviews (replace)', weight: 30, expected: [200], build: () => json(KEYS.replace, { destination: kz, documents: Array.from({ length: 1 + Math.floor(Math.random() * 20) }, (_, i) => ({ id: `r${i}`, text: reviewText() })) }) },
  { name: 'valid dialogues (mixed policy, abroad)', weight: 20, expected: [200], build: () => json(KEYS.mixed, { destination: abroad, documents: [{ id: 'd', messages: [{ role: 'customer', text: reviewText() }, { role: 'agent', text: 'Rahmat, tekshiryapman.' }, { role: 'customer', text: reviewText() }] }] }) },
  { name: 'invisible characters in PII', weight: 5, expected: [200], build: () => json(KEYS.replace, { destination: kz, documents: [{ text: `тел +998 90 123\u200d45 67, почта dilnoza.soak\u200b@example.com, ${reviewText()}` }] }) },
  { name: 'prototype keys', weight: 3, expected: [200], build: () => ({ key: KEYS.replace, contentType: 'application/json', body: `{"destination":{"purpose":"storage","region":"KZ"},"documents":[{"text":${JSON.stringify(reviewText())},"__proto__":{"polluted":1},"constructor":{"prototype":{"polluted":1}}}]}` }) },
  { name: 'malformed JSON', weight: 5, expected: [400], build: () => ({ key: KEYS.replace, contentType: 'application/json', body: `{"destination":{"purpose":"storage","region":"KZ"},"documents":[{"text":${JSON.stringify(reviewText())}` }) },
  { name: 'wrong content type', weight: 4, expected: [415], build: () => ({ key: KEYS.replace, contentType: 'text/plain', body: reviewText() }) },
  { name: 'non-string text', weight: 4, expected: [400], build: () => json(KEYS.replace, { destination: kz, documents: [{ text: [reviewText()] }] }) },
  { name: 'deep nesting', weight: 3, expected: [400], build: () => ({ key: KEYS.replace, contentType: 'application/json', body: `{"destination":{"purpose":"storage","region":"KZ"},"documents":[{"text":"x","n":${'['.repeat(10_000)}${JSON.stringify(reviewText())}${']'.repeat(10_000)}}]}` }) },
  { name: 'oversize body', weight: 2, expected: [413], build: () => json(KEYS.replace, { destination: kz, documents: [{ text: reviewText(), pad: 'ы'.repeat(700_000) }] }) },
  { name: 'too many documents', weight: 2, expected: [413], build: () => json(KEYS.replace, { destination: kz, documents: Array.from({ length: 501 }, () => ({ text: 'ok' })) }) },
  { name: 'unknown key', weight: 4, expected: [401], build: () => json('not-a-soak-key', { destination: kz, documents: [{ text: reviewText() }] }) },
  { name: 'no key', weight: 3, expected: [401], build: () => json(undefined, { destination: kz, documents: [{ text: reviewText() }] }) },
  { name: 'PII in an unknown field name', weight: 2, expected: [400], build: () => ({ key: KEYS.replace, contentType: 'application/json', body: `{"destination":{"purpose":"storage","region":"KZ"},"documents":[],${JSON.stringify(pick(PII.emails))}:1}` }) },
];
const totalWeight = kinds.reduce((sum, kind) => sum + kind.weight, 0);
function pickKind(): Kind {
  let roll = Math.random() * totalWeight;
  for (const kind of kinds) if ((roll -= kind.weight) < 0) return kind;
  return kinds[0]!;
}

interface Tally {
  requests: number;
  byStatus: Map<number, number>;
  unexpected: Map<string, number>;
  serverErrors: number;
  transportErrors: number;
  leaks: number;
  latencies: number[];
}
const tally: Tally = { requests: 0, byStatus: new Map(), unexpected: new Map(), serverErrors: 0, transportErrors: 0, leaks: 0, latencies: [] };
const bump = <K>(map: Map<K, number>, key: K): void => void map.set(key, (map.get(key) ?? 0) + 1);

const plantedStrings = [...PII.names, ...PII.phones.map((entry) => entry.written), ...PII.emails, 'dilnoza.soak'];
const plantedDigits = PII.phones.map((entry) => entry.nsn);

/** Planted values in a response. The mixed tenant keeps names for storage in UZ only, and the soak never asks for that. */
function leaksIn(text: string): number {
  const digits = text.replace(/\D+/gu, '');
  return plantedStrings.filter((value) => text.includes(value)).length + plantedDigits.filter((nsn) => digits.includes(nsn)).length;
}

async function clientLoop(url: string, deadline: number): Promise<void> {
  while (Date.now() < deadline) {
    const kind = pickKind();
    const { key, contentType, body } = kind.build();
    const headers: Record<string, string> = { 'content-type': contentType };
    if (key !== undefined) headers['authorization'] = `Bearer ${key}`;
    const started = performance.now();
    tally.requests += 1;
    try {
      const response = await fetch(`${url}/v1/redact`, { method: 'POST', headers, body, signal: AbortSignal.timeout(30_000) });
      const text = await response.text();
      tally.latencies.push(performance.now() - started);
      bump(tally.byStatus, response.status);
      if (response.status >= 500) tally.serverErrors += 1;
      if (!kind.expected.includes(response.status)) bump(tally.unexpected, `${kind.name} → ${response.status}`);
      tally.leaks += leaksIn(text);
    } catch {
      tally.transportErrors += 1;
    }
  }
}

function rssOf(pid: number): number | undefined {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = /VmRSS:\s+(\d+)\s+kB/u.exec(status)?.[1];
    return kb === undefined ? undefined : Number(kb) * 1024;
  } catch {
    return undefined;
  }
}

async function rssFromMetrics(url: string): Promise<number | undefined> {
  const text = await (await fetch(`${url}/metrics`)).text();
  const value = /^pii_gate_process_resident_memory_bytes (\d+(?:\.\d+)?)/mu.exec(text)?.[1];
  return value === undefined ? undefined : Number(value);
}

const mib = (bytes: number): string => (bytes / 2 ** 20).toFixed(1);
const percentile = (sorted: readonly number[], p: number): number => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'pii-gate-soak-'));
  const tenantsPath = join(dir, 'tenants.yaml');
  writeFileSync(tenantsPath, tenantsYaml());
  // Stamped before the run: the load average it records is the one the run started under.
  const stamp = runStamp(`npm run bench:soak -- --minutes ${minutes} --concurrency ${concurrency} --threads ${threads}`);
  const server = await startServer(tenantsPath);
  const pid = server.child.pid!;
  const samples: Array<{ atSeconds: number; rss: number }> = [];
  const started = Date.now();
  const sample = async (): Promise<void> => {
    const rss = rssOf(pid) ?? (await rssFromMetrics(server.url));
    if (rss !== undefined) samples.push({ atSeconds: Math.round((Date.now() - started) / 1000), rss });
  };
  await sample();
  const sampler = setInterval(() => void sample(), sampleMs);
  const deadline = started + minutes * 60_000;
  const progress = setInterval(() => process.stderr.write(`soak: ${Math.round((Date.now() - started) / 1000)} s, ${tally.requests} requests, ${tally.serverErrors} 5xx, ${tally.leaks} leaks\n`), 15_000);
  try {
    await Promise.all(Array.from({ length: concurrency }, () => clientLoop(server.url, deadline)));
    await sample();
  } finally {
    clearInterval(sampler);
    clearInterval(progress);
  }
  const health = (await fetch(`${server.url}/healthz`)).status;
  server.child.kill('SIGTERM');
  const exitCode = await server.exited;
  rmSync(dir, { recursive: true, force: true });

  const logLeaks = leaksIn(logLines.join('\n'));
  const seconds = (Date.now() - started) / 1000;
  const sorted = [...tally.latencies].sort((a, b) => a - b);
  const rss = samples.map((entry) => entry.rss);
  const first = rss[0] ?? 0;
  const last = rss[rss.length - 1] ?? 0;
  const max = Math.max(...rss);
  // "Flat": after warm-up, the last sample is within 25 % (or 32 MiB) of the sample taken a quarter into the run.
  const settled = rss[Math.floor(rss.length / 4)] ?? first;
  const flat = last <= Math.max(settled * 1.25, settled + 32 * 2 ** 20);
  const statusRows = [...tally.byStatus.entries()].sort(([a], [b]) => a - b).map(([status, count]) => `${status}: ${count}`).join(', ');
  const unexpectedRows = [...tally.unexpected.entries()].map(([what, count]) => `${what} (${count})`).join('; ') || 'none';
  const pass = tally.serverErrors === 0 && tally.leaks === 0 && logLeaks === 0 && tally.transportErrors === 0 && tally.unexpected.size === 0 && flat && exitCode === 0 && health === 200;

  const body = `Bounded soak of the real service (\`pii-gate serve\`, ${threads} worker threads, loopback only): ${concurrency} clients
send a weighted mix of valid requests (reviews for a replace-all tenant, dialogues for a keep/mask/pseudonymize tenant
sent abroad for a model) and hostile ones (malformed JSON, wrong content type, oversize, 10 000-deep nesting,
prototype keys, non-string text, unknown or missing keys, invisible characters inside PII, PII as a field name). Every
response and every server log line is scanned for the planted names, phones (also as digits in order) and e-mails.

${stamp}

| | |
|---|---|
| Duration | ${seconds.toFixed(0)} s |
| Requests | ${tally.requests} (${(tally.requests / seconds).toFixed(1)}/s) |
| Statuses | ${statusRows} |
| Unexpected 5xx | ${tally.serverErrors} |
| Unexpected statuses (kind → status) | ${unexpectedRows} |
| Transport errors | ${tally.transportErrors} |
| Leaks in responses / in server logs | ${tally.leaks} / ${logLeaks} |
| Latency p50 / p99 / max | ${percentile(sorted, 50).toFixed(1)} / ${percentile(sorted, 99).toFixed(1)} / ${(sorted[sorted.length - 1] ?? 0).toFixed(1)} ms |
| Server RSS first / last / max | ${mib(first)} / ${mib(last)} / ${mib(max)} MiB (${samples.length} samples every ${sampleMs / 1000} s; ${flat ? 'flat' : 'GROWING'} after warm-up) |
| /healthz at the end, exit code after SIGTERM | ${health}, ${exitCode} |
| Verdict | ${pass ? 'pass' : 'FAIL'} |

RSS over time (s → MiB): ${samples.map((entry) => `${entry.atSeconds}→${mib(entry.rss)}`).join(', ')}
`;
  process.stdout.write(`${body}\n`);
  if (!args['no-write']) updateResultsSection('Soak', body);
  process.exitCode = pass ? 0 : 1;
}

await main();
