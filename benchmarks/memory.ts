// Memory: peak RSS of the service under HTTP load, and of `pii-gate redact` streaming a generated 100 MB JSONL file
// (it must stream, not load the file); rewrites the "Memory" section of RESULTS.md.
// Usage: npm run build && npm run bench:memory [-- --megabytes 100] [-- --load-seconds 10] [-- --no-write]
// A/B: [-- --base /work/base-s14 --runs 5] alternates this tree and a built tree (its own dist/ and service launcher)
// run after run on the same input, prints every run and writes nothing (the machine is shared: interleave).
// [-- --requests 18000,5000]: a fixed number of 1 × 1 KB and 20 × 1 KB requests instead of --load-seconds, so runs on
// a loaded machine do the same work as one on a quiet machine (which serves ~25 000 in the 10 s).
// [-- --service-only]: only the service under load (no 100 MB CLI pass; writes nothing), e.g. with --base and --runs.

import { spawn } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, statSync } from 'node:fs';
import { once } from 'node:events';
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { checkBuild } from './lib/build-check.js';
import { ensureDevCorpus, readCorpusTexts } from './lib/dev-corpus.js';
import { runStamp, updateResultsSection } from './lib/results.js';
import type { Service } from './lib/service.js';
import { memoryOf, repoRoot, sampleMemory, startPiiGate } from './lib/service.js';

const { values } = parseArgs({
  options: {
    megabytes: { type: 'string', default: '100' },
    'load-seconds': { type: 'string', default: '10' },
    'no-write': { type: 'boolean' },
    base: { type: 'string' },
    requests: { type: 'string' },
    runs: { type: 'string', default: '5' },
    'service-only': { type: 'boolean' },
  },
});
const megabytes = Number(values.megabytes);
const loadSeconds = Number(values['load-seconds']);
if (!(megabytes > 0) || !(loadSeconds > 0)) throw new Error('--megabytes and --load-seconds must be positive');
const requestCounts = values.requests?.split(',').map(Number);
if (requestCounts !== undefined && (requestCounts.length !== 2 || !requestCounts.every((count) => Number.isInteger(count) && count > 0))) {
  throw new Error('--requests must be two positive integers: <1 × 1 KB requests>,<20 × 1 KB requests>');
}
// Stamped now: the date and load average describe the start of the run.
const stamp = runStamp(`npm run bench:memory -- --megabytes ${megabytes} ${values.requests === undefined ? `--load-seconds ${loadSeconds}` : `--requests ${values.requests}`}`);

checkBuild();
const corpus = readCorpusTexts(ensureDevCorpus());

/** benchmarks/out/stream-<N>mb.jsonl: dev-corpus reviews repeated with fresh ids (kept between runs; gitignored). */
async function streamFile(): Promise<{ path: string; bytes: number; documents: number }> {
  const dir = join(repoRoot, 'benchmarks', 'out');
  mkdirSync(dir, { recursive: true });
  const path = join(dir, `stream-${megabytes}mb.jsonl`);
  const target = megabytes * 1e6;
  const lineOf = (index: number): string => {
    const record = corpus[index % corpus.length]!;
    return `${JSON.stringify({ id: `stream/${index}`, lang: record.lang, text: record.text })}\n`;
  };
  if (!existsSync(path) || statSync(path).size < target) {
    const out = createWriteStream(path);
    let bytes = 0;
    for (let index = 0; bytes < target; index++) {
      const line = lineOf(index);
      bytes += Buffer.byteLength(line, 'utf8');
      if (!out.write(line)) await once(out, 'drain');
    }
    out.end();
    await once(out, 'finish');
  }
  const bytes = statSync(path).size;
  // Every line is one document: count them without reading the file into memory.
  let documents = 0;
  for (let size = 0; size < bytes; documents++) size += Buffer.byteLength(lineOf(documents), 'utf8');
  return { path, bytes, documents };
}

interface CliRun {
  seconds: number;
  peakMB: number;
  exitCode: number | null;
}

/** `pii-gate redact` under /usr/bin/time -v (its "Maximum resident set size" is the exact peak), output discarded. */
async function runCli(input: string, root = repoRoot): Promise<CliRun> {
  const args = ['dist/cli/main.js', 'redact', '--tenants', 'examples/tenants.yaml', '--tenant', 'demo-uz', '--purpose', 'model', '--region', 'DE', '--input', input, '--output', '/dev/null'];
  const timed = existsSync('/usr/bin/time');
  const child = timed
    ? spawn('/usr/bin/time', ['-v', process.execPath, ...args], { cwd: root, stdio: ['ignore', 'ignore', 'pipe'] })
    : spawn(process.execPath, args, { cwd: root, stdio: ['ignore', 'ignore', 'pipe'] });
  const stopSampling = timed ? undefined : sampleMemory(child.pid!);
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const started = process.hrtime.bigint();
  const [exitCode] = (await once(child, 'exit')) as [number | null];
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const fromTime = /Maximum resident set size \(kbytes\): (\d+)/.exec(stderr)?.[1];
  const peakMB = fromTime === undefined ? (stopSampling?.().peakMB ?? Number.NaN) : Number(fromTime) / 1024;
  if (exitCode !== 0) process.stderr.write(stderr);
  return { seconds, peakMB, exitCode };
}

/** The service under the http benchmark's load shapes (1 and 20 reviews per request), 50 connections to fill queues. */
async function serviceUnderLoad(start: () => Promise<Service> = startPiiGate): Promise<{ restMB: number; maxRssMB: number; peakMB: number; requests: number; non2xx: number }> {
  const gate = await start();
  // Ready means every worker has loaded its lists: what the service holds before any request (the fixed share).
  const restMB = memoryOf(gate.pid)?.rssMB ?? Number.NaN;
  const stop = sampleMemory(gate.pid);
  let requests = 0;
  let non2xx = 0;
  let sampled = { maxRssMB: Number.NaN, peakMB: Number.NaN };
  try {
    for (const documentsPerRequest of [1, 20]) {
      const body = JSON.stringify({
        destination: { purpose: 'model', region: 'DE' },
        documents: corpus.slice(0, documentsPerRequest * 8).filter((_, i) => i % 8 === 0).map((record, i) => ({ id: `m${i}`, text: record.text.repeat(Math.ceil(1000 / record.text.length)) })),
      });
      const result = await autocannon({
        url: `${gate.url}/v1/redact`,
        connections: 50,
        ...(requestCounts === undefined ? { duration: loadSeconds / 2 } : { amount: requestCounts[documentsPerRequest === 1 ? 0 : 1] }),
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: 'Bearer demo-uz-key' },
        body,
      });
      requests += result.requests.total;
      non2xx += result.non2xx;
    }
  } finally {
    sampled = stop();
    await gate.stop();
  }
  return { restMB, ...sampled, requests, non2xx };
}

if (values.base !== undefined) {
  // The base tree's own launcher starts its own dist/ with the node flags of its own time.
  const base = resolve(values.base);
  const baseService = (await import(pathToFileURL(join(base, 'benchmarks', 'lib', 'service.ts')).href)) as { startPiiGate: () => Promise<Service> };
  const stream = values['service-only'] ? undefined : await streamFile();
  const trees = [
    { name: 'head', root: repoRoot, start: startPiiGate },
    { name: 'base', root: base, start: baseService.startPiiGate },
  ];
  for (let run = 1; run <= Number(values.runs); run++) {
    // Who goes first alternates too, so neither always runs right after the other's CLI pass.
    for (const tree of run % 2 === 1 ? trees : [...trees].reverse()) {
      const service = await serviceUnderLoad(tree.start);
      const cli = stream === undefined ? undefined : await runCli(stream.path, tree.root);
      const load = loadavg()[0]!.toFixed(1);
      process.stdout.write(
        `run ${run} ${tree.name}: service at rest ${service.restMB.toFixed(0)} MB, VmHWM ${service.peakMB.toFixed(0)} MB (${service.requests} requests, ${service.non2xx} non-2xx)` +
          (stream === undefined || cli === undefined
            ? ''
            : `; redact ${(stream.bytes / 1e6).toFixed(0)} MB: peak RSS ${cli.peakMB.toFixed(0)} MB, ${cli.seconds.toFixed(1)} s, exit ${cli.exitCode}`) +
          `; load ${load}\n`,
      );
    }
  }
  process.exit(0);
}

const service = await serviceUnderLoad();
process.stdout.write(`service: RSS at rest ${service.restMB.toFixed(0)} MB; ${service.requests} requests (${service.non2xx} non-2xx), max sampled RSS ${service.maxRssMB.toFixed(0)} MB, VmHWM ${service.peakMB.toFixed(0)} MB\n`);
if (values['service-only']) process.exit(0);
const stream = await streamFile();
process.stdout.write(`redacting ${(stream.bytes / 1e6).toFixed(1)} MB (${stream.documents} documents) from ${stream.path}\n`);
const cli = await runCli(stream.path);
process.stdout.write(`pii-gate redact: exit ${cli.exitCode}, ${cli.seconds.toFixed(1)} s (${(stream.bytes / 1e6 / cli.seconds).toFixed(2)} MB/s), peak RSS ${cli.peakMB.toFixed(0)} MB\n`);

const verdicts = [
  `- ${service.peakMB <= 300 ? 'met' : '**not met**'}: service peak RSS ≤ 300 MB: ${service.peakMB.toFixed(0)} MB (VmHWM; largest sampled VmRSS ${service.maxRssMB.toFixed(0)} MB)`,
  `- ${cli.exitCode === 0 && cli.peakMB <= 200 ? 'met' : '**not met**'}: \`pii-gate redact\` on ${(stream.bytes / 1e6).toFixed(0)} MB ≤ 200 MB RSS: ${cli.peakMB.toFixed(0)} MB` +
    (cli.exitCode === 0 ? '' : ` (exit code ${cli.exitCode})`),
];
process.stdout.write(`${verdicts.join('\n')}\n`);

if (!values['no-write']) {
  updateResultsSection(
    'Memory',
    [
      stamp,
      `- Load average when the run ended: ${loadavg().map((value) => value.toFixed(2)).join(', ')} (other jobs share the 2 cores)`,
      '',
      '| process | work | time | RSS at rest | peak RSS |',
      '|---|---|---:|---:|---:|',
      `| \`pii-gate serve --tenants examples/tenants.yaml\` (2 workers) | autocannon, 50 connections, ${requestCounts === undefined ? `${loadSeconds / 2} s of 1 × 1 KB then ${loadSeconds / 2} s of 20 × 1 KB` : `${requestCounts[0]} requests of 1 × 1 KB then ${requestCounts[1]} of 20 × 1 KB`} reviews per request: ${service.requests} requests, ${service.non2xx} non-2xx | ${requestCounts === undefined ? `${loadSeconds} s` : ''} | ${service.restMB.toFixed(0)} MB | ${service.peakMB.toFixed(0)} MB |`,
      `| \`pii-gate redact --tenants examples/tenants.yaml --tenant demo-uz --purpose model --region DE --input benchmarks/out/stream-${megabytes}mb.jsonl --output /dev/null\` | ${(stream.bytes / 1e6).toFixed(1)} MB, ${stream.documents} JSONL reviews (dev corpus repeated) | ${cli.seconds.toFixed(1)} s (${(stream.bytes / 1e6 / cli.seconds).toFixed(2)} MB/s) | | ${cli.peakMB.toFixed(0)} MB |`,
      '',
      'Service: RSS at rest is VmRSS once /readyz answers (every worker has loaded its lists), before the load; peak RSS is the VmHWM of the server process (main thread and worker threads share it) read from /proc every 100 ms. ' +
        'CLI: "Maximum resident set size" from `/usr/bin/time -v`. The input file is generated once into benchmarks/out/ (gitignored).',
      '',
      ...verdicts,
    ].join('\n'),
  );
  process.stdout.write('updated the Memory section of benchmarks/RESULTS.md\n');
}
