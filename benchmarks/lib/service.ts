// Child processes for the load benchmarks: the pii-gate service (dist/cli/main.js serve), a bare Express echo
// server, and peak-RSS sampling from /proc (Linux).

import type { ChildProcess } from 'node:child_process';
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';

export const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

export interface Service {
  readonly url: string;
  readonly pid: number;
  stop(): Promise<void>;
}

/** A port the OS says is free right now (the child binds it a moment later; fine on a quiet loopback). */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address !== null ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

async function waitFor(url: string, child: ChildProcess, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${url}: process exited with code ${child.exitCode}`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${url} not ready within ${timeoutMs} ms`);
}

function stopper(child: ChildProcess): () => Promise<void> {
  return () =>
    new Promise((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    });
}

/**
 * `pii-gate serve` on examples/tenants.yaml with the node flags of `npm start` (a 4 MB young-generation semi-space:
 * ~30 MB less peak RSS under load; a 512 MB old-generation ceiling, which makes V8 grow the old generations
 * more slowly: ~25-35 MB less; docs/http.md), request logs discarded.
 */
export async function startPiiGate(extraArgs: readonly string[] = [], options: { oldSpaceCap?: boolean } = {}): Promise<Service> {
  const port = await freePort();
  // `oldSpaceCap: false` drops --max-old-space-size=512 (an A/B of the flag's CPU cost: bench:http --no-old-space-cap).
  const heapFlags = options.oldSpaceCap === false ? ['--max-semi-space-size=4'] : ['--max-semi-space-size=4', '--max-old-space-size=512'];
  const child = spawn(
    process.execPath,
    [...heapFlags, 'dist/cli/main.js', 'serve', '--tenants', 'examples/tenants.yaml', '--host', '127.0.0.1', '--port', String(port), ...extraArgs],
    { cwd: repoRoot, stdio: ['ignore', 'ignore', 'inherit'] },
  );
  const url = `http://127.0.0.1:${port}`;
  await waitFor(`${url}/readyz`, child);
  return { url, pid: child.pid!, stop: stopper(child) };
}

// The baseline: what any Express JSON endpoint costs on this machine (parse, serialise, respond), nothing else.
const echoSource = `
import express from 'express';
const app = express();
app.post('/echo', express.json({ limit: '1mb' }), (req, res) => { res.json(req.body); });
app.get('/healthz', (req, res) => { res.send('ok'); });
app.listen(Number(process.env.ECHO_PORT), '127.0.0.1');
`;

export async function startEcho(): Promise<Service> {
  const port = await freePort();
  const child = spawn(process.execPath, ['--input-type=module', '-e', echoSource], {
    cwd: repoRoot,
    env: { ...process.env, ECHO_PORT: String(port) },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}`;
  await waitFor(`${url}/healthz`, child);
  return { url, pid: child.pid!, stop: stopper(child) };
}

/** CPU milliseconds (user + system) used so far by a process's main thread (its thread id is its pid); NaN without /proc. */
export function mainThreadCpuMs(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/task/${pid}/stat`, 'utf8');
    // Fields after the `(comm)` field: utime is [11], stime [12], in clock ticks (USER_HZ = 100).
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return Number.NaN;
  }
}

/** VmRSS and VmHWM (peak resident set) of a process, in MB; undefined when /proc is not there. */
export function memoryOf(pid: number): { rssMB: number; peakMB: number } | undefined {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const field = (name: string): number => Number(new RegExp(`^${name}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? Number.NaN) / 1024;
    return { rssMB: field('VmRSS'), peakMB: field('VmHWM') };
  } catch {
    return undefined;
  }
}

/** Samples RSS every `everyMs` until stopped; returns the largest VmRSS seen and the last VmHWM read. */
export function sampleMemory(pid: number, everyMs = 100): () => { maxRssMB: number; peakMB: number } {
  let maxRssMB = 0;
  let peakMB = 0;
  const read = (): void => {
    const memory = memoryOf(pid);
    // A process that has exited but is not yet reaped still has a status file, without the Vm* lines.
    if (memory === undefined || Number.isNaN(memory.rssMB) || Number.isNaN(memory.peakMB)) return;
    maxRssMB = Math.max(maxRssMB, memory.rssMB);
    peakMB = Math.max(peakMB, memory.peakMB);
  };
  read();
  const timer = setInterval(read, everyMs);
  return () => {
    clearInterval(timer);
    read();
    return { maxRssMB, peakMB };
  };
}
