// SIGTERM with requests in flight, against the real `pii-gate serve` process: in-flight requests finish redacted, late ones are refused, the process exits 0.

import type { ChildProcessWithoutNullStreams } from 'node:child_process';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { leakedValues, SAMPLE } from '../helpers/documents.js';
import type { TempTenants } from '../helpers/tenants.js';
import { createTempTenants, TEST_KEYS } from '../helpers/tenants.js';
import type { Outcome } from './http-client.js';
import { countBy, postJson } from './http-client.js';

const cliEntry = fileURLToPath(new URL('../../dist/cli/main.js', import.meta.url));
const PLANTED = [SAMPLE.phone, SAMPLE.email, SAMPLE.name];

interface Served {
  readonly child: ChildProcessWithoutNullStreams;
  readonly url: string;
  readonly lines: () => Array<Record<string, unknown>>;
  readonly stderr: () => string;
  readonly exited: Promise<number | null>;
}

/** Starts `pii-gate serve` on a free loopback port and resolves once it logs 'ready'. */
function serve(tenantsPath: string): Promise<Served> {
  const child = spawn(process.execPath, [cliEntry, 'serve', '--tenants', tenantsPath, '--port', '0', '--host', '127.0.0.1', '--threads', '1'], {
    stdio: ['pipe', 'pipe', 'pipe'],
    env: { ...process.env, NODE_ENV: 'production' },
  });
  const lines: Array<Record<string, unknown>> = [];
  let stdout = '';
  let stderr = '';
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return new Promise((resolve, reject) => {
    let port: number | undefined;
    const timer = setTimeout(() => reject(new Error(`serve did not get ready: ${stderr.slice(0, 500)}`)), 20_000);
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString('utf8');
      let newline = stdout.indexOf('\n');
      while (newline !== -1) {
        const line = JSON.parse(stdout.slice(0, newline)) as Record<string, unknown>;
        stdout = stdout.slice(newline + 1);
        lines.push(line);
        if (line['msg'] === 'listening') port = Number(line['port']);
        if (line['msg'] === 'ready' && port !== undefined) {
          clearTimeout(timer);
          resolve({ child, url: `http://127.0.0.1:${port}`, lines: () => lines, stderr: () => stderr, exited });
        }
        newline = stdout.indexOf('\n');
      }
    });
    void exited.then((code) => reject(new Error(`serve exited early with ${code}: ${stderr.slice(0, 500)}`)));
  });
}

/** A request heavy enough to still be in the worker when SIGTERM arrives: 40 documents with PII in each. */
function heavyBody(request: number): unknown {
  const filler = 'Доставка была быстрой, упаковка целая, курьер вежливый, всё понравилось. '.repeat(60);
  return {
    destination: { purpose: 'storage', region: 'KZ' },
    documents: Array.from({ length: 40 }, (_, index) => ({
      id: `s${request}-${index}`,
      text: `${filler} Меня зовут ${SAMPLE.name}, тел ${SAMPLE.phone}, почта ${SAMPLE.email}. ${filler}`,
    })),
  };
}

describe('pii-gate serve on SIGTERM', () => {
  let tenants: TempTenants;
  let served: Served;

  beforeAll(async () => {
    tenants = createTempTenants();
    served = await serve(tenants.path);
  });
  afterAll(() => {
    if (served.child.exitCode === null) served.child.kill('SIGKILL');
    tenants.remove();
  });

  it('answers every in-flight request with a redacted 200, refuses later ones, and exits 0 having logged the drain', async () => {
    const inFlight: Array<Promise<Outcome>> = Array.from({ length: 8 }, (_, index) =>
      postJson(`${served.url}/v1/redact`, TEST_KEYS.kz, heavyBody(index)),
    );
    // Let the requests reach the server (bodies sent, batches queued) before the signal.
    await new Promise((resolve) => setTimeout(resolve, 250));
    const sentAt = Date.now();
    served.child.kill('SIGTERM');
    await new Promise((resolve) => setTimeout(resolve, 50));
    const late = await postJson(`${served.url}/v1/redact`, TEST_KEYS.kz, heavyBody(99), 5_000);

    const outcomes = await Promise.all(inFlight);
    expect(countBy(outcomes, (outcome) => String(outcome.status))).toEqual({ '200': 8 });
    for (const outcome of outcomes) {
      expect(leakedValues(outcome.text, PLANTED)).toEqual([]);
      expect((JSON.parse(outcome.text) as { documents: unknown[] }).documents).toHaveLength(40);
    }
    // After the signal: refused at the socket (listener closed) or with a 503; never served unredacted.
    expect(late.status === 0 || late.status === 503).toBe(true);
    expect(leakedValues(late.text, PLANTED)).toEqual([]);

    expect(await served.exited).toBe(0);
    expect(Date.now() - sentAt).toBeLessThan(15_000);
    const messages = served.lines().map((line) => line['msg']);
    expect(messages).toContain('draining');
    expect(messages).toContain('closed');
    const requestLines = served.lines().filter((line) => line['msg'] === 'request' && line['status'] === 200);
    expect(requestLines.length).toBeGreaterThanOrEqual(8);
    // The point of the test: some of those requests were still being redacted when the drain began.
    const drainAt = messages.indexOf('draining');
    expect(messages.slice(drainAt).filter((message) => message === 'request').length).toBeGreaterThanOrEqual(1);
    expect(leakedValues(JSON.stringify(served.lines()) + served.stderr(), [...PLANTED, TEST_KEYS.kz])).toEqual([]);
  });
});
