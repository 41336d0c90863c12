// RedactionPool: piscina workers, micro-batching, per-task timeout, bounded queue, typed fail-closed errors.

import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Piscina } from 'piscina';
import type { RedactionReport } from '../engine.js';
import type { ErrorCode } from '../errors.js';
import { PiiGateError } from '../errors.js';
import type { ResolvedPolicy } from '../policy/types.js';
import type { Destination } from '../types.js';
import type { FaultKind, RedactionTask, TaskResult, WorkerData, WorkItem } from './messages.js';
import { isWarmMessage } from './messages.js';
import type { PoolConfig, PoolOptions } from './options.js';
import { parsePoolOptions } from './options.js';
import { countChars } from './weigh.js';

export interface RedactionOutput {
  documents: unknown[];
  reports: RedactionReport[];
}

export interface TimingSummary {
  /** Milliseconds. */
  mean: number;
  p50: number;
  p99: number;
  max: number;
}

interface Pending {
  readonly policy: ResolvedPolicy;
  readonly destination: Destination;
  readonly document: unknown;
  readonly chars: number;
  readonly resolve: (value: { document: unknown; report: RedactionReport }) => void;
  readonly reject: (error: PiiGateError) => void;
}


/** Where the compiled worker lives: next to this file in dist/, or dist/ itself when this file runs from src/ (vitest, tsx). */
export function resolveWorkerFile(override?: string | URL): string {
  if (override !== undefined) return override instanceof URL ? fileURLToPath(override) : override;
  const candidates = [new URL('./worker.js', import.meta.url), new URL('../../dist/pool/worker.js', import.meta.url)];
  for (const candidate of candidates) if (existsSync(candidate)) return fileURLToPath(candidate);
  throw new PiiGateError(
    'ERR_PII_CONFIG_INVALID',
    `pool worker entry not found (looked for ${candidates.map((url) => fileURLToPath(url)).join(', ')}): run \`npm run build\``,
  );
}

function summarize(summary: { mean: number; p50: number; p99: number; max: number }): TimingSummary {
  const finite = (value: number): number => (Number.isFinite(value) ? value : 0);
  return { mean: finite(summary.mean), p50: finite(summary.p50), p99: finite(summary.p99), max: finite(summary.max) };
}

export class RedactionPool {
  readonly config: PoolConfig;
  /** Resolves once every initial worker has loaded its patterns and run one detection. */
  readonly ready: Promise<void>;

  readonly #piscina: Piscina<RedactionTask, TaskResult>;
  readonly #warmThreads = new Set<number>();
  readonly #rejections = new Map<ErrorCode, number>();
  #pending: Pending[] = [];
  #pendingChars = 0;
  #timer: NodeJS.Timeout | NodeJS.Immediate | undefined;
  #inFlightTasks = 0;
  #completed = 0;
  #workerErrors = 0;
  #closed = false;
  #isReady = false;
  #nextFault: FaultKind | undefined;

  constructor(options: PoolOptions = {}) {
    this.config = parsePoolOptions(options);
    const workerData: WorkerData = { faultInjection: this.config.faultInjection };
    this.#piscina = new Piscina<RedactionTask, TaskResult>({
      filename: resolveWorkerFile(this.config.workerFile),
      minThreads: this.config.threads,
      maxThreads: this.config.threads,
      // Warm workers are the point of the pool: never let them idle out.
      idleTimeout: Number.MAX_SAFE_INTEGER,
      concurrentTasksPerWorker: 1,
      // No piscina maxQueue: the bound is ours (see #hasCapacity). piscina parks tasks that carry an AbortSignal in a
      // side queue its maxQueue does not count (checked on piscina 5.3.2), so its own bound would never trip.
      workerData,
    });
    this.ready = new Promise<void>((resolve, reject) => {
      this.#piscina.on('message', (message: unknown) => {
        if (!isWarmMessage(message)) return;
        this.#warmThreads.add(message.threadId);
        if (!this.#isReady && this.#warmThreads.size >= this.config.threads) {
          this.#isReady = true;
          resolve();
        }
      });
      this.#piscina.on('error', (error: unknown) => {
        // Emitted for worker failures no task is waiting on (e.g. a crash at start-up). Before warm-up that is fatal.
        this.#workerErrors += 1;
        if (!this.#isReady) reject(new PiiGateError('ERR_PII_POOL_WORKER_CRASHED', 'a worker failed while starting', { cause: error }));
      });
    });
    // Callers that never await `ready` must not see an unhandled rejection.
    this.ready.catch(() => undefined);
  }

  get isReady(): boolean {
    return this.#isReady && !this.#closed;
  }

  /** Workers that have finished warming up since the pool started, replacements included. */
  get warmedWorkers(): number {
    return this.#warmThreads.size;
  }

  get threads(): number {
    return this.config.threads;
  }

  /** Batches waiting for a worker, plus the one still open in the batching window. */
  get queueSize(): number {
    return Math.max(this.#inFlightTasks - this.config.threads, 0) + (this.#pending.length > 0 ? 1 : 0);
  }

  /** Fraction of worker capacity used since start (piscina's utilization). */
  get utilization(): number {
    return this.#piscina.utilization;
  }

  /** Time batches waited for a worker. */
  get waitTime(): TimingSummary {
    return summarize(this.#piscina.histogram.waitTime);
  }

  /** Time workers spent on a batch. */
  get runTime(): TimingSummary {
    return summarize(this.#piscina.histogram.runTime);
  }

  /** Documents redacted successfully. */
  get completed(): number {
    return this.#completed;
  }

  /** Documents refused or failed by the pool itself (overload, timeout, crash, closed), all codes together. */
  get rejected(): number {
    let total = 0;
    for (const count of this.#rejections.values()) total += count;
    return total;
  }

  /** Pool failures by error code. */
  get rejections(): ReadonlyMap<ErrorCode, number> {
    return this.#rejections;
  }

  get workerErrors(): number {
    return this.#workerErrors;
  }

  get inFlightTasks(): number {
    return this.#inFlightTasks;
  }

  /**
   * Redacts `documents` with one resolved policy. Resolves with results in order, or rejects with a PiiGateError:
   * never with (part of) the input.
   */
  async redact(policy: ResolvedPolicy, destination: Destination, documents: readonly unknown[]): Promise<RedactionOutput> {
    if (this.#closed) throw this.#reject('ERR_PII_POOL_CLOSED', documents.length);
    if (!this.#hasCapacity()) {
      throw this.#reject('ERR_PII_POOL_OVERLOADED', documents.length, { retryAfter: this.#retryAfter() });
    }
    const settled = documents.map(
      (document, index) =>
        new Promise<{ document: unknown; report: RedactionReport }>((resolve, reject) => {
          this.#enqueue({
            policy,
            destination,
            document,
            chars: countChars(document, this.config.batchMaxChars),
            resolve,
            reject: (error) => reject(withIndex(error, index)),
          });
        }),
    );
    // The first failure fails the request at once (a refused batch should not wait for a queued one to time out).
    const results = await Promise.all(settled);
    return { documents: results.map((result) => result.document), reports: results.map((result) => result.report) };
  }

  /** Test hook: the next batch makes its worker throw, hang or exit half-way. Only with `faultInjection: true` under NODE_ENV=test. */
  injectFault(kind: FaultKind): void {
    if (!this.config.faultInjection) throw new PiiGateError('ERR_PII_CONFIG_INVALID', 'fault injection is disabled for this pool');
    this.#nextFault = kind;
  }

  /** Sends what is batched, lets running batches finish, then stops the workers. New work is refused with 503. */
  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    this.#flush();
    await this.#piscina.close();
  }

  #enqueue(entry: Pending): void {
    this.#pending.push(entry);
    this.#pendingChars += entry.chars;
    if (this.#pending.length >= this.config.batchMaxDocuments || this.#pendingChars >= this.config.batchMaxChars) {
      this.#flush();
    } else if (this.#timer === undefined) {
      // Adaptive window: with a worker idle, send at the end of this event-loop turn (latency first); with every
      // worker busy the batch could only wait anyway, so let it fill for up to batchWindowMs, or until a worker frees.
      const flush = (): void => this.#flush();
      const idleWorker = this.#inFlightTasks < this.config.threads;
      this.#timer = idleWorker || this.config.batchWindowMs === 0 ? setImmediate(flush) : setTimeout(flush, this.config.batchWindowMs);
    }
  }

  #flush(): void {
    if (this.#timer !== undefined) {
      clearTimeout(this.#timer as NodeJS.Timeout);
      clearImmediate(this.#timer as NodeJS.Immediate);
      this.#timer = undefined;
    }
    if (this.#pending.length === 0) return;
    const batch = this.#pending;
    this.#pending = [];
    this.#pendingChars = 0;
    void this.#runBatch(batch);
  }

  async #runBatch(batch: readonly Pending[]): Promise<void> {
    if (!this.#hasCapacity()) {
      const failure = this.#reject('ERR_PII_POOL_OVERLOADED', batch.length, { retryAfter: this.#retryAfter() });
      for (const entry of batch) entry.reject(failure);
      return;
    }
    const policies: ResolvedPolicy[] = [];
    const policyIndex = new Map<ResolvedPolicy, number>();
    const items = batch.map((entry): WorkItem => {
      let index = policyIndex.get(entry.policy);
      if (index === undefined) {
        index = policies.length;
        policies.push(entry.policy);
        policyIndex.set(entry.policy, index);
      }
      return { policy: index, destination: entry.destination, document: entry.document };
    });
    const fault = this.#nextFault;
    this.#nextFault = undefined;
    const task: RedactionTask = fault === undefined ? { policies, items } : { policies, items, fault };

    let result: TaskResult;
    this.#inFlightTasks += 1;
    try {
      result = await this.#piscina.run(task, { signal: AbortSignal.timeout(this.config.taskTimeoutMs) });
    } catch (error) {
      const failure = this.#toPoolError(error, batch.length);
      for (const entry of batch) entry.reject(failure);
      return;
    } finally {
      this.#inFlightTasks -= 1;
      // A worker just freed up: hand it whatever has been waiting in the window.
      if (this.#pending.length > 0) this.#flush();
    }

    if (!Array.isArray(result?.results) || result.results.length !== batch.length) {
      const failure = this.#reject('ERR_PII_INTERNAL', batch.length, { detail: 'worker returned a malformed result' });
      for (const entry of batch) entry.reject(failure);
      return;
    }
    batch.forEach((entry, index) => {
      const item = result.results[index];
      if (item?.ok === true) {
        this.#completed += 1;
        entry.resolve({ document: item.document, report: item.report });
      } else {
        entry.reject(new PiiGateError(item?.code ?? 'ERR_PII_INTERNAL', item?.detail));
      }
    });
  }

  #toPoolError(error: unknown, documents: number): PiiGateError {
    const name = error instanceof Error ? error.name : '';
    if (name === 'DataCloneError') {
      return new PiiGateError('ERR_PII_INPUT_SCHEMA', 'documents must be plain JSON values');
    }
    if (name === 'AbortError') {
      if (this.#closed) return this.#reject('ERR_PII_POOL_CLOSED', documents, { cause: error });
      return this.#reject('ERR_PII_POOL_TIMEOUT', documents, {
        detail: `no result within ${this.config.taskTimeoutMs} ms`,
        retryAfter: this.#retryAfter(),
        cause: error,
      });
    }
    // Worker exit, uncaught throw, or termination: piscina has already started a replacement.
    return this.#reject('ERR_PII_POOL_WORKER_CRASHED', documents, { retryAfter: 1, cause: error });
  }

  #reject(
    code: ErrorCode,
    documents: number,
    options: { detail?: string; retryAfter?: number; cause?: unknown } = {},
  ): PiiGateError {
    this.#rejections.set(code, (this.#rejections.get(code) ?? 0) + documents);
    const { detail, ...rest } = options;
    return new PiiGateError(code, detail, rest);
  }

  /** Room for one more batch: every thread busy plus `maxQueue` batches waiting is full. */
  #hasCapacity(): boolean {
    return this.#inFlightTasks < this.config.threads + this.config.maxQueue;
  }

  /** Seconds until the queue ahead is likely drained, from the measured batch run time; at least 1. */
  #retryAfter(): number {
    const meanRunMs = this.runTime.mean || 50;
    const waiting = Math.max(this.#inFlightTasks - this.config.threads, 0) + 1;
    const seconds = Math.ceil((waiting * meanRunMs) / this.config.threads / 1000);
    return Math.min(Math.max(seconds, 1), this.config.maxRetryAfterSeconds);
  }
}

function withIndex(error: PiiGateError, index: number): PiiGateError {
  // Pool-level failures concern the whole request; item failures say which document (never what it contained).
  if (error.code.startsWith('ERR_PII_POOL_')) return error;
  const detail = error.detail === undefined ? `documents[${index}]` : `documents[${index}]: ${error.detail}`;
  return new PiiGateError(error.code, detail, error.retryAfter === undefined ? {} : { retryAfter: error.retryAfter });
}
