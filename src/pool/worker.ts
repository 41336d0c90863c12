// Worker thread entry: warms up once, then redacts batches of documents. The only code that runs in threads.

import { performance } from 'node:perf_hooks';
import { parentPort, threadId, workerData } from 'node:worker_threads';
import { detect } from '../detect/index.js';
import type { RedactionReport } from '../engine.js';
import { redactDocument } from '../engine.js';
import { isErrorCode, PiiGateError } from '../errors.js';
import type { FaultKind, ItemResult, RedactionTask, TaskResult, WarmMessage, WorkerData } from './messages.js';
import { packReports } from './report-codec.js';

// Synthetic warm-up text touching every detector, so patterns are loaded and regexes compiled before the first request.
const WARMUP_TEXT = 'Salom, men Test Testov. Tel: +998 90 000 00 00, pochta test@example.com. Меня зовут Тест.';

const faultInjection = (workerData as WorkerData | undefined)?.faultInjection === true && process.env['NODE_ENV'] === 'test';

function warmUp(): void {
  const started = performance.now();
  detect(WARMUP_TEXT);
  const message: WarmMessage = { type: 'pii-gate:warm', threadId, warmupMs: performance.now() - started };
  parentPort?.postMessage(message);
}

warmUp();

function redactItem(task: RedactionTask, index: number, reports: (RedactionReport | null)[]): ItemResult {
  const item = task.items[index];
  const policy = item === undefined ? undefined : task.policies[item.policy];
  reports.push(null);
  if (item === undefined || policy === undefined) return { ok: false, code: 'ERR_PII_INTERNAL', detail: 'malformed task' };
  try {
    const { document, report } = redactDocument(item.document, policy, item.destination);
    reports[reports.length - 1] = report;
    return { ok: true, document };
  } catch (error) {
    // Errors lose their class crossing threads, and a foreign error's message may quote document text:
    // only our own codes and details (which never carry text) go back.
    if (error instanceof PiiGateError && isErrorCode(error.code)) {
      return error.detail === undefined ? { ok: false, code: error.code } : { ok: false, code: error.code, detail: error.detail };
    }
    return { ok: false, code: 'ERR_PII_DETECT_FAILED' };
  }
}

function simulate(fault: FaultKind): void {
  if (fault === 'throw') throw new Error('injected worker fault');
  if (fault === 'exit') process.exit(1);
  const sleeper = new Int32Array(new SharedArrayBuffer(4));
  if (fault === 'delay') {
    Atomics.wait(sleeper, 0, 0, 300);
    return;
  }
  // 'hang': block the thread the way a runaway regex would, until the pool's timeout terminates it.
  Atomics.wait(sleeper, 0, 0, 60_000);
}

export default function redactBatch(task: RedactionTask): TaskResult {
  const results: ItemResult[] = [];
  const reports: (RedactionReport | null)[] = [];
  for (let index = 0; index < task.items.length; index += 1) {
    // Faults strike mid-batch, after some documents are done, to prove partial work never escapes.
    if (faultInjection && task.fault !== undefined && index === Math.floor(task.items.length / 2)) simulate(task.fault);
    results.push(redactItem(task, index, reports));
  }
  return { results, reports: packReports(reports) };
}
