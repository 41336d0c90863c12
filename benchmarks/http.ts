// HTTP overhead: autocannon against POST /v1/redact (1 and 20 reviews of ~1 KB per request) and, in the same run,
// a bare Express express.json() echo of the same bodies; then p99 at half the measured maximum rate.
// Rewrites the "HTTP" section of RESULTS.md. Loopback only, bounded duration.
// Usage: npm run build && npm run bench:http [-- --duration 10] [-- --connections 10] [-- --no-write]
//   [-- --documents 20] [-- --rate 165 (offered req/s of the latency row instead of half the measured max)]
//   [-- --results FILE (write the section there instead of RESULTS.md)]
//   [-- --no-old-space-cap (start the service without npm start's --max-old-space-size=512; implies --no-write)]

import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { checkBuild } from './lib/build-check.js';
import { ensureDevCorpus, readCorpusTexts } from './lib/dev-corpus.js';
import { resultsPath, runStamp, updateResultsSection } from './lib/results.js';
import type { Service } from './lib/service.js';
import { mainThreadCpuMs, sampleMemory, startEcho, startPiiGate } from './lib/service.js';

const { values } = parseArgs({
  options: {
    duration: { type: 'string', default: '10' },
    connections: { type: 'string', default: '10' },
    'no-write': { type: 'boolean' },
    /** Documents per request, comma-separated (default both shapes); quick A/B runs can take one. */
    documents: { type: 'string', default: '1,20' },
    /** Offered req/s of the latency row (default: half the max rate just measured); A/B runs compare at one rate. */
    rate: { type: 'string' },
    // Another file to write the section to (a trial run that leaves RESULTS.md alone).
    results: { type: 'string', default: resultsPath },
    'no-old-space-cap': { type: 'boolean' },
  },
});
const fixedRate = values.rate === undefined ? undefined : Number(values.rate);
if (fixedRate !== undefined && !(fixedRate > 0)) throw new Error('--rate must be a positive number of requests per second');
const shapes = values.documents.split(',').map(Number);
if (!shapes.every((count) => count === 1 || count === 20)) throw new Error('--documents takes 1, 20 or 1,20');
const duration = Number(values.duration);
const connections = Number(values.connections);
if (!(duration > 0) || !Number.isInteger(connections) || connections < 1) throw new Error('--duration and --connections must be positive');
// Stamped now: the date and load average describe the start of the run.
const stamp = runStamp(
  `npm run bench:http -- --duration ${duration} --connections ${connections}` +
    (values.documents === '1,20' ? '' : ` --documents ${values.documents}`) +
    (fixedRate === undefined ? '' : ` --rate ${fixedRate}`),
);

const apiKey = 'demo-uz-key'; // demo-only key of examples/tenants.yaml
const corpus = readCorpusTexts(ensureDevCorpus()).map((record) => record.text);
let cursor = 0;
function review(id: number): { id: string; text: string } {
  let text = '';
  while (Buffer.byteLength(text, 'utf8') < 1_000) text += (text ? '\n' : '') + corpus[cursor++ % corpus.length]!;
  return { id: `r${id}`, text };
}
/** 50 different bodies per shape, cycled by every connection, so no request repeats back to back. */
function bodies(documentsPerRequest: number): string[] {
  return Array.from({ length: 50 }, () =>
    JSON.stringify({
      destination: { purpose: 'model', region: 'DE' },
      documents: Array.from({ length: documentsPerRequest }, (_, i) => review(i)),
    }),
  );
}

interface Load {
  label: string;
  requestsPerSecond: number;
  throughputMBps: number;
  p50: number;
  p99: number;
  non2xx: number;
  errors: number;
  overallRate?: number;
  /** CPU of the server's main (event-loop) thread per request, µs: what the req/s ratio is made of, and far less noisy. */
  mainCpuUs: number;
}

async function load(label: string, server: Service, path: string, payloads: readonly string[], overallRate?: number): Promise<Load> {
  const url = `${server.url}${path}`;
  const cpuBefore = mainThreadCpuMs(server.pid);
  const headers = { 'content-type': 'application/json', authorization: `Bearer ${apiKey}` };
  const result = await autocannon({
    url,
    connections,
    duration,
    ...(overallRate === undefined ? {} : { overallRate }),
    requests: payloads.map((body) => ({ method: 'POST' as const, path, headers, body })),
  });
  const cpuMs = mainThreadCpuMs(server.pid) - cpuBefore;
  const row: Load = {
    label,
    requestsPerSecond: result.requests.average,
    throughputMBps: result.throughput.average / 1e6,
    p50: result.latency.p50,
    p99: result.latency.p99,
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
    ...(overallRate === undefined ? {} : { overallRate }),
    mainCpuUs: result.requests.total > 0 ? (1000 * cpuMs) / result.requests.total : Number.NaN,
  };
  process.stdout.write(
    `${label.padEnd(44)} ${row.requestsPerSecond.toFixed(0).padStart(6)} req/s  p50 ${row.p50} ms  p99 ${row.p99} ms  ` +
      `main thread ${row.mainCpuUs.toFixed(0)} µs/req  non-2xx ${row.non2xx}  errors ${row.errors}\n`,
  );
  return row;
}

/** One request through each endpoint before timing: the service must answer 200 with a redacted copy. */
async function checkEndpoints(gate: Service, echo: Service, body: string): Promise<void> {
  const headers = { 'content-type': 'application/json', authorization: `Bearer ${apiKey}` };
  const redacted = await fetch(`${gate.url}/v1/redact`, { method: 'POST', headers, body });
  const echoed = await fetch(`${echo.url}/echo`, { method: 'POST', headers, body });
  if (redacted.status !== 200 || echoed.status !== 200) throw new Error(`warm-up failed: redact ${redacted.status}, echo ${echoed.status}`);
  const answer = (await redacted.json()) as { documents: { text: string }[] };
  if (JSON.stringify(answer.documents) === JSON.stringify((JSON.parse(body) as { documents: unknown[] }).documents)) {
    throw new Error('the service returned the documents unchanged: is the tenant policy redacting?');
  }
}

checkBuild();
const gate = await startPiiGate([], { oldSpaceCap: values['no-old-space-cap'] !== true });
const echo = await startEcho();
const stopSampling = sampleMemory(gate.pid);
let memory = { maxRssMB: Number.NaN, peakMB: Number.NaN };
const rows: Load[] = [];
try {
  for (const documents of shapes) {
    const payloads = bodies(documents);
    await checkEndpoints(gate, echo, payloads[0]!);
    // Untimed warm-up of the service (JIT in every worker) at full load.
    await load(`warm-up, ${documents} × 1 KB`, gate, '/v1/redact', payloads);
    rows.push(await load(`echo, ${documents} × 1 KB`, echo, '/echo', payloads));
    const max = await load(`/v1/redact, ${documents} × 1 KB, max rate`, gate, '/v1/redact', payloads);
    rows.push(max);
    const rate = fixedRate ?? Math.max(1, Math.floor(max.requestsPerSecond / 2));
    rows.push(await load(`/v1/redact, ${documents} × 1 KB, half max rate`, gate, '/v1/redact', payloads, rate));
  }
} finally {
  memory = stopSampling();
  await Promise.all([gate.stop(), echo.stop()]);
}
process.stdout.write(`service memory: max sampled RSS ${memory.maxRssMB.toFixed(0)} MB, VmHWM ${memory.peakMB.toFixed(0)} MB\n`);

const find = (label: string): Load => rows.find((row) => row.label === label)!;
const verdicts: string[] = [];
for (const documents of shapes) {
  const echoRow = find(`echo, ${documents} × 1 KB`);
  const maxRow = find(`/v1/redact, ${documents} × 1 KB, max rate`);
  const halfRow = find(`/v1/redact, ${documents} × 1 KB, half max rate`);
  const ratio = maxRow.requestsPerSecond / echoRow.requestsPerSecond;
  if (documents === 1) verdicts.push(`- ${ratio >= 0.5 ? 'met' : '**not met**'}: redaction ≥ 50% of echo for 1 KB reviews: ${(100 * ratio).toFixed(1)}%`);
  else verdicts.push(`- (no target) redaction / echo for 20 reviews per request: ${(100 * ratio).toFixed(1)}%`);
  verdicts.push(
    `- main-thread CPU per request, ${documents} × 1 KB: echo ${echoRow.mainCpuUs.toFixed(0)} µs, /v1/redact ${maxRow.mainCpuUs.toFixed(0)} µs ` +
      `(redaction / echo ${(maxRow.mainCpuUs / echoRow.mainCpuUs).toFixed(2)}; both at full load)`,
  );
  verdicts.push(`- ${halfRow.p99 <= 20 ? 'met' : '**not met**'}: p99 ≤ 20 ms at half max rate (${halfRow.overallRate} req/s), ${documents} per request: p99 ${halfRow.p99} ms`);
}
const failures = rows.filter((row) => row.non2xx > 0 || row.errors > 0);
if (failures.length > 0) verdicts.push(`- non-2xx or errors in: ${failures.map((row) => row.label).join('; ')}`);
verdicts.push(`- ${memory.peakMB <= 300 ? 'met' : '**not met**'}: service peak RSS (VmHWM, main thread + workers) ≤ 300 MB: ${memory.peakMB.toFixed(0)} MB`);
process.stdout.write(`${verdicts.join('\n')}\n`);

if (!values['no-write'] && !values['no-old-space-cap']) {
  const table = [
    '| endpoint, body | req/s | docs/s | p50 ms | p99 ms | redaction / echo | main-thread CPU µs/request | non-2xx | errors |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|',
    ...rows.map((row) => {
      const documents = row.label.includes('20 ×') ? 20 : 1;
      const echoRow = find(`echo, ${documents} × 1 KB`);
      const ratio = row.label.startsWith('/v1') && row.overallRate === undefined ? `${(100 * (row.requestsPerSecond / echoRow.requestsPerSecond)).toFixed(1)}%` : '';
      const label = row.overallRate === undefined ? row.label : `${row.label} (${row.overallRate} req/s offered)`;
      return `| ${label} | ${row.requestsPerSecond.toFixed(0)} | ${(row.requestsPerSecond * documents).toFixed(0)} | ${row.p50} | ${row.p99} | ${ratio} | ${row.mainCpuUs.toFixed(0)} | ${row.non2xx} | ${row.errors} |`;
    }),
  ];
  updateResultsSection(
    'HTTP',
    [
      stamp,
      `- Load average when the run ended: ${loadavg().map((value) => value.toFixed(2)).join(', ')} (other jobs share the 2 cores)`,
      '',
      '`pii-gate serve --tenants examples/tenants.yaml` (as `npm start`: 2 worker threads, info-level JSON request logs, ' +
        'sent to /dev/null) and a bare Express 5 `express.json()` echo of the same body, each in its own process on 127.0.0.1; ' +
        `autocannon runs in the benchmark process (so it takes CPU from the servers too), ${connections} connections, ` +
        `${duration} s per row, cycling through 50 different bodies. Body: \`{ destination: { purpose: model, region: DE }, ` +
        'documents: [...] }` with 1 or 20 reviews of ~1 KB (UTF-8) cut from the dev corpus; tenant demo-uz, so names, ' +
        'phones and e-mails are all redacted. Each /v1/redact row is preceded by an untimed warm-up run; "half max rate" ' +
        'offers half the req/s measured on the row above with autocannon `overallRate`. "Main-thread CPU" is the utime + ' +
        'stime of the server process\'s main thread (/proc/<pid>/task/<pid>/stat, 10 ms ticks) over the row, divided by the ' +
        'requests answered: the server\'s event loop is what saturates first, so this is the cost the req/s ratio is made of.',
      '',
      ...table,
      '',
      ...verdicts,
    ].join('\n'),
    values.results,
  );
  process.stdout.write(`updated the HTTP section of ${values.results}\n`);
}
