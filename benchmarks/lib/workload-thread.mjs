// Worker entry for the workload parallel capacity (benchmarks/lib/workload-capacity.ts): a bare thread that redacts
// its share of documents in a loop. No pool, no per-request messages: what two threads can do with this engine at
// most. Plain JavaScript because tsx does not load TypeScript in worker threads; it runs the compiled engine (dist/).

import { readFileSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';

const { distUrl, tenantsPath, tenant, destination, warmTexts, requests } = workerData;
const { redactDocument } = await import(new URL('engine.js', distUrl).href);
const { createFileTenantStore } = await import(new URL('policy/store.js', distUrl).href);
const policy = createFileTenantStore(tenantsPath, { watch: false }).get(tenant);
if (policy === undefined) throw new Error(`no tenant ${tenant} in ${tenantsPath}`);

// Same warm-up as the pool's workers get in benchmarks/pool.ts: the dev corpus twice, then ~1 MB of text of each size
// (V8 keeps optimising for the joined reviews well after the corpus passes).
for (let pass = 0; pass < 2; pass++) {
  for (const [i, text] of warmTexts.entries()) redactDocument({ id: `warm-${i}`, text }, policy, destination);
}
for (const documents of Object.values(requests)) {
  for (let chars = 0, i = 0; chars < 1_000_000; i++) {
    const document = documents[i % documents.length];
    redactDocument(document, policy, destination);
    chars += document.text.length;
  }
}

/** CPU milliseconds of this thread so far (Linux; 10 ms ticks), or NaN without /proc. */
function threadCpuMs() {
  try {
    const stat = readFileSync('/proc/thread-self/stat', 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return Number.NaN;
  }
}

parentPort.on('message', (message) => {
  // Every stride-th document from offset: the soloist (stride 1) and each of two threads (stride 2) start on the same
  // stretch of the request, so a short run of large documents compares like with like.
  const documents = requests[message.bytes].filter((_, index) => index % message.stride === message.offset);
  const cpuBefore = threadCpuMs();
  const started = performance.now();
  let redacted = 0;
  // Whole documents until the time is up; the count, not the time, varies between threads.
  while (performance.now() - started < message.durationMs) {
    redactDocument(documents[redacted % documents.length], policy, destination);
    redacted += 1;
  }
  parentPort.postMessage({ redacted, wallMs: performance.now() - started, cpuMs: threadCpuMs() - cpuBefore });
});
parentPort.postMessage({ ready: true });
