// Worker thread entry: warms up once, then redacts batches of documents. The only code that runs in threads.

import { performance } from 'node:perf_hooks';
import { parentPort, threadId, workerData } from 'node:worker_threads';
import { move, transferableSymbol, valueSymbol } from 'piscina';
import { detect } from '../detect/index.js';
import type { RedactionReport } from '../engine.js';
import { redactDocument } from '../engine.js';
import { isErrorCode, PiiGateError } from '../errors.js';
import type { ErrorCode } from '../errors.js';
import { parseRedactRequest } from '../http/request-body.js';
import type { ResolvedPolicy } from '../policy/types.js';
import type { BodyItem, BodyResult, EntityCounts, Failure, FaultKind, ItemResult, RedactionTask, TaskResult, WarmMessage, WorkerData } from './messages.js';
import { monotonicMs } from './caller-share.js';
import { isBodyItem } from './messages.js';
import { packReports } from './report-codec.js';

// Synthetic warm-up text touching every detector, so patterns are loaded and regexes compiled before the first request.
const WARMUP_TEXT = 'Salom, men Test Testov. Tel: +998 90 000 00 00, pochta test@example.com. Меня зовут Тест.';

// Top-level await on purpose (issue 6): piscina loads a task file with require() first and import() only if that
// throws. Under a require hook that compiles ES modules to CommonJS (tsx, which runs bench:pool, bench:http and the
// examples), require() succeeded and the whole engine ran as esbuild's CommonJS output, at about half the speed per
// document. A module with top-level await cannot be required, so the engine always loads as the ES modules it is.
await Promise.resolve();

const faultInjection = (workerData as WorkerData | undefined)?.faultInjection === true && process.env['NODE_ENV'] === 'test';

function warmUp(): void {
  const started = performance.now();
  detect(WARMUP_TEXT);
  const message: WarmMessage = { type: 'pii-gate:warm', threadId, warmupMs: performance.now() - started };
  parentPort?.postMessage(message);
}

warmUp();

// Parsed policies by their JSON: the same tenant's policy is the same object batch after batch (see RedactionTask).
// Bounded because a reloaded tenants file brings new strings; the old ones are simply parsed again if still sent.
const policies = new Map<string, ResolvedPolicy>();
const maxCachedPolicies = 256;

function policyFrom(json: string): ResolvedPolicy {
  let policy = policies.get(json);
  if (policy === undefined) {
    if (policies.size >= maxCachedPolicies) policies.clear();
    policy = JSON.parse(json) as ResolvedPolicy;
    policies.set(json, policy);
  }
  return policy;
}

/**
 * Errors lose their class crossing threads, and a foreign error's message may quote document text: only our own
 * codes and details (which never carry text) go back.
 */
function failureOf(error: unknown, fallback: ErrorCode): Failure {
  if (error instanceof PiiGateError && isErrorCode(error.code)) {
    return error.detail === undefined ? { ok: false, code: error.code } : { ok: false, code: error.code, detail: error.detail };
  }
  return { ok: false, code: fallback };
}

const utf8 = new TextEncoder();

/**
 * A whole request: parse and validate (400/403/413 as the HTTP layer defines them), redact every document, and
 * serialise the answer exactly as Express's res.json would. The first failing document fails the request, naming its
 * index. `fault` (tests only) strikes half-way through the documents, after some are done.
 */
function redactBody(item: BodyItem, policy: ResolvedPolicy, fault: FaultKind | undefined): BodyResult | Failure {
  let request;
  try {
    request = parseRedactRequest(item.body, policy.id, item.limits);
  } catch (error) {
    return failureOf(error, 'ERR_PII_INPUT_SCHEMA');
  }
  const { destination, documents: input } = request;
  const documents = new Array<unknown>(input.length);
  const reports = new Array<RedactionReport>(input.length);
  for (let index = 0; index < input.length; index += 1) {
    if (fault !== undefined && index === Math.floor(input.length / 2)) simulate(fault);
    try {
      const output = redactDocument(input[index], policy, destination);
      documents[index] = output.document;
      reports[index] = output.report;
    } catch (error) {
      const failure = failureOf(error, 'ERR_PII_DETECT_FAILED');
      const detail = failure.detail === undefined ? `documents[${index}]` : `documents[${index}]: ${failure.detail}`;
      return { ok: false, code: failure.code, detail };
    }
  }
  let body: Uint8Array;
  try {
    body = utf8.encode(JSON.stringify({ documents, reports }));
  } catch {
    // Only this request fails (its neighbours in the batch are unaffected), and nothing of it is returned.
    return { ok: false, code: 'ERR_PII_INTERNAL', detail: 'response could not be serialised' };
  }
  return { ok: true, body, documents: input.length, entities: entityCounts(reports) };
}

function entityCounts(reports: readonly RedactionReport[]): EntityCounts {
  const totals = new Map<string, number>();
  for (const report of reports) {
    for (const type in report.entities) {
      const actions = report.entities[type as keyof RedactionReport['entities']].actions;
      for (const action in actions) {
        const count = actions[action as keyof typeof actions] ?? 0;
        if (count > 0) totals.set(`${type}\u0000${action}`, (totals.get(`${type}\u0000${action}`) ?? 0) + count);
      }
    }
  }
  const flat: Array<string | number> = [];
  for (const [key, count] of totals) {
    const [type, action] = key.split('\u0000') as [string, string];
    flat.push(type, action, count);
  }
  return flat;
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

/**
 * The task entry. The pool keeps a second batch in each worker's inbox; when both are already there as the worker
 * wakes, piscina starts both handlers before posting the first result, so a synchronous handler would hold the first
 * result back until the second batch is done (and the worker would then idle, waiting for two new ones). Running the
 * batch in its own macrotask lets piscina post each result as soon as its batch is done.
 */
export default function redactBatch(task: RedactionTask): Promise<unknown> {
  return new Promise((resolve, reject) => {
    setImmediate(() => {
      try {
        resolve(runBatch(task));
      } catch (error) {
        reject(error);
      }
    });
  });
}

/** What the worker sends back for a batch, gathered position by position (see TaskResult). */
class BatchResults {
  readonly documents: unknown[] = [];
  readonly outcomes: Array<readonly [number, ItemResult]> = [];
  readonly reports: (RedactionReport | null)[] = [];

  get position(): number {
    return this.documents.length;
  }

  done(document: unknown, report: RedactionReport): void {
    this.documents.push(document);
    this.reports.push(report);
  }

  /** A failed document, or a body's outcome (a body's documents and reports travel in its own response bytes). */
  other(outcome: ItemResult): void {
    this.outcomes.push([this.position, outcome]);
    this.documents.push(null);
    this.reports.push(null);
  }
}

const malformedTask: Failure = { ok: false, code: 'ERR_PII_INTERNAL', detail: 'malformed task' };

function runBatch(task: RedactionTask): unknown {
  const results = new BatchResults();
  const transfers: ArrayBuffer[] = [];
  const faultAt = faultInjection && task.fault !== undefined ? Math.floor(positionsOf(task) / 2) : -1;
  for (const item of task.items) {
    const json = task.policies[item.policy];
    const policy = json === undefined ? undefined : policyFrom(json);
    if (isBodyItem(item)) {
      // A request's fault strikes inside it, half-way through its documents, so partial work is what gets dropped.
      const result = policy === undefined ? malformedTask : redactBody(item, policy, results.position === faultAt ? task.fault : undefined);
      if (result.ok) transfers.push(result.body.buffer as ArrayBuffer);
      results.other(result);
      continue;
    }
    for (const document of item.documents) {
      // Faults strike mid-batch, after some documents are done, to prove partial work never escapes.
      if (results.position === faultAt && task.fault !== undefined) simulate(task.fault);
      if (policy === undefined) {
        results.other(malformedTask);
        continue;
      }
      try {
        const output = redactDocument(document, policy, item.destination);
        results.done(output.document, output.report);
      } catch (error) {
        results.other(failureOf(error, 'ERR_PII_DETECT_FAILED'));
      }
    }
  }
  const result: TaskResult = {
    documents: results.documents,
    outcomes: results.outcomes,
    reports: packReports(results.reports),
    finishedAt: monotonicMs(),
  };
  if (transfers.length === 0) return result;
  // Response bodies travel back transferred (piscina's move), not copied.
  return move({ [transferableSymbol]: transfers, [valueSymbol]: result } as never);
}

function positionsOf(task: RedactionTask): number {
  let positions = 0;
  for (const item of task.items) positions += isBodyItem(item) ? 1 : item.documents.length;
  return positions;
}
