// RedactionPool: piscina workers fed from our own batch queue; run and queue-wait deadlines, bounded queue, fail closed.

import { existsSync } from 'node:fs';
import { createHistogram, performance } from 'node:perf_hooks';
import type { RecordableHistogram } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { Piscina, queueOptionsSymbol } from 'piscina';
import type { PiscinaTask } from 'piscina';
import { shareRussianCommonWords } from '../detect/name/common-words.js';
import type { RedactionReport } from '../engine.js';
import type { redactDocument } from '../engine.js';
import type { ErrorCode } from '../errors.js';
import { isErrorCode, PiiGateError } from '../errors.js';
import type { ResolvedPolicy } from '../policy/types.js';
import type { Destination } from '../types.js';
import type { DocumentLimits } from '../http/limits.js';
import type { BodyResult, EntityCounts, FaultKind, ItemResult, RedactionTask, TaskResult, WorkerData, WorkItem } from './messages.js';
import { isWarmMessage } from './messages.js';
import type { PoolConfig, PoolOptions } from './options.js';
import { parsePoolOptions } from './options.js';
import type { ShareRun } from './caller-share.js';
import { callerShareStart, monotonicMs, ShareSizer } from './caller-share.js';
import type { Batch, CutLimits, Job } from './queue.js';
import { BatchQueue, batchesNeeded, batchLimit } from './queue.js';
import { unpackReports } from './report-codec.js';
import { countChars } from './weigh.js';

export interface RedactionOutput {
  documents: unknown[];
  reports: RedactionReport[];
}

/** A request body redacted by a worker: the response JSON `{ documents, reports }` as UTF-8, and counts for metrics. */
export interface BodyOutput {
  readonly body: Uint8Array;
  readonly documents: number;
  /** `[type, action, count, …]`, summed over the documents. */
  readonly entities: EntityCounts;
}

export interface TimingSummary {
  /** Milliseconds. */
  mean: number;
  p50: number;
  p99: number;
  max: number;
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

/** A worker as piscina shows it to a load balancer. */
interface PiscinaWorkerView {
  readonly id: number;
  readonly terminating: boolean;
  readonly destroyed: boolean;
}

/**
 * One worker's batches, in the order it runs them: `flights[0]` runs, the rest wait in its inbox. A worker answers in
 * order, so a batch starts (its run deadline starts) when the one before it lands.
 */
interface WorkerSlot {
  readonly flights: Flight[];
  /** Terminated or exited: its waiting batches never ran. */
  retired: boolean;
  /** Its running batch passed the run deadline, so piscina terminates it. */
  timedOut: boolean;
}

/** A batch handed to piscina. */
interface Flight {
  readonly batch: Batch;
  /** Nothing of it was transferred, so it can be sent again if its worker dies before starting it. */
  readonly resendable: boolean;
  /** Aborting a running task makes piscina terminate its worker and start a replacement (piscina 5.3). */
  readonly abort: AbortController;
  slot: WorkerSlot | undefined;
  /** Its worker has begun it: from here the run deadline counts, and a failure is this batch's own. */
  started: boolean;
  startedAt: number;
  runTimer: NodeJS.Timeout | undefined;
}

type TaggedTask = RedactionTask & { readonly [queueOptionsSymbol]: Flight };

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
  readonly #queue = new BatchQueue();
  /** Cutting limits when a worker is idle (split a big request per thread) and when all are busy (do not split). */
  readonly #limits: CutLimits;
  readonly #busyLimits: CutLimits;
  readonly #countCap: number;
  #dispatchScheduled: NodeJS.Immediate | undefined;
  #drained: (() => void) | undefined;
  #inFlightTasks = 0;
  /** Live workers by thread id, as the load balancer has met them. */
  readonly #slots = new Map<number, WorkerSlot>();
  /** Microseconds from a batch starting on its worker to its result landing here. */
  readonly #runTimes: RecordableHistogram = createHistogram();
  /** Characters a worker redacts per millisecond (moving average of finished batches): how far a running batch is. */
  #charsPerMs = 0;
  #completed = 0;
  #workerErrors = 0;
  #closed = false;
  #isReady = false;
  #nextFault: FaultKind | undefined;
  #faultBatches = 0;
  /** Microseconds from a batch opening in our queue to a worker taking it. */
  readonly #queueWait: RecordableHistogram = createHistogram();
  #batchesSent = 0;
  /** Sizes the caller's share of a request (callerShareMaxChars > 0). */
  readonly #sizer = new ShareSizer();
  #callerDocuments = 0;
  /**
   * The engine's redactDocument, for the caller's share only. Imported when the pool starts with callerShareMaxChars
   * > 0, never otherwise: the engine brings every detector's module (~11 MB of heap, ~15 MB of the service's RSS at
   * rest), which a server whose workers do all the detection does not need on its main thread.
   */
  #redactDocument: typeof redactDocument | undefined;

  constructor(options: PoolOptions = {}) {
    this.config = parsePoolOptions(options);
    this.#limits = {
      maxDocuments: this.config.batchMaxDocuments,
      maxChars: this.config.batchMaxChars,
      minChars: this.config.batchMinChars,
      maxPartChars: this.config.partMaxChars,
      parts: this.config.threads,
    };
    this.#busyLimits = { ...this.#limits, parts: 1 };
    // A document is counted only as far as it could matter to a cut: past the larger limit it fills a batch anyway.
    // A document counted at the cap is also too big for the caller's share.
    this.#countCap = Math.max(this.config.batchMaxChars, this.config.partMaxChars, this.config.callerShareMaxChars + 1);
    const workerData: WorkerData = { faultInjection: this.config.faultInjection };
    // The Russian common-word table (7.6 MB) is read-only: built once here on shared memory, every worker (replacements
    // too) maps the same pages instead of building a 13 MB copy of its own.
    shareRussianCommonWords();
    this.#piscina = new Piscina<RedactionTask, TaskResult>({
      filename: resolveWorkerFile(this.config.workerFile),
      minThreads: this.config.threads,
      maxThreads: this.config.threads,
      // Warm workers are the point of the pool: never let them idle out.
      idleTimeout: Number.MAX_SAFE_INTEGER,
      // Up to batchesPerWorker batches per worker: the next one waits in the worker's inbox, so the worker goes
      // straight on to it instead of idling until this thread has unpacked a result and sent more. Piscina's own
      // balancer never stacks a task that carries an AbortSignal (ours all do, for the run deadline) on a busy worker
      // (piscina 5.3), so ours chooses, counting the batches it has given each worker.
      concurrentTasksPerWorker: this.config.batchesPerWorker,
      loadBalancer: (task, workers) => this.#chooseWorker(task, workers),
      // No piscina maxQueue: the bound is ours (see #hasCapacity). piscina parks tasks that carry an AbortSignal in a
      // side queue its maxQueue does not count (checked on piscina 5.3.2), so its own bound would never trip.
      workerData,
      // Each worker is a V8 isolate with its own young generation (32 MB by default on 64-bit); batches are small and
      // short-lived, so a smaller nursery keeps the service's RSS down at a negligible cost in scavenges. 16 MB was
      // tried (RESULTS.md, "Pool: the workers' young generation"): +22 MB service peak, no CPU gain beyond noise. Note
      // that a process-wide --max-semi-space-size (npm start's =4) overrides this in every isolate V8 creates, so
      // under `npm start` the workers' young generation is the flag's (8 MB with =4, the same as here).
      // A ceiling on the old generation also makes V8 grow it more slowly: a worker redacting the dev corpus peaks at
      // 49-50 MB of heap instead of 67-73 MB, at the same CPU (alternating runs). 128 MB still leaves room for the
      // largest document a batch can hold within taskTimeoutMs (1 MiB of text needs 62-81 MB); a worker that runs out
      // fails its batch with 503 ERR_PII_POOL_WORKER_CRASHED and is replaced. A process-wide --max-old-space-size
      // overrides this ceiling too (npm start's =512, for the main thread's sake: docs/http.md).
      resourceLimits: { maxYoungGenerationSizeMb: 8, maxOldGenerationSizeMb: 128 },
    });
    // Loading while the workers warm up; ready waits for both.
    const engine =
      this.config.callerShareMaxChars > 0
        ? import('../engine.js').then((module) => {
            this.#redactDocument = module.redactDocument;
          })
        : undefined;
    this.ready = new Promise<void>((resolve, reject) => {
      let warm = false;
      const settleIfReady = (): void => {
        if (!this.#isReady && warm && (engine === undefined || this.#redactDocument !== undefined)) {
          this.#isReady = true;
          resolve();
        }
      };
      engine?.then(settleIfReady, (error: unknown) => reject(new PiiGateError('ERR_PII_INTERNAL', 'the engine failed to load', { cause: error })));
      this.#piscina.on('message', (message: unknown) => {
        if (!isWarmMessage(message)) return;
        this.#warmThreads.add(message.threadId);
        if (this.#warmThreads.size >= this.config.threads) {
          warm = true;
          settleIfReady();
        }
      });
      this.#piscina.on('workerDestroy', (worker: PiscinaWorkerView) => this.#retireSlots(worker.id));
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

  /** Batches waiting for a worker. */
  get queueSize(): number {
    return this.#queue.length;
  }

  /** Fraction of worker capacity used since start (piscina's utilization). */
  get utilization(): number {
    return this.#piscina.utilization;
  }

  /** Time batches waited for a worker: in the pool's queue, from the first document in until a worker took the batch. */
  get waitTime(): TimingSummary {
    const waits = this.#queueWait;
    if (waits.count === 0) return summarize({ mean: 0, p50: 0, p99: 0, max: 0 });
    return summarize({ mean: waits.mean / 1000, p50: waits.percentile(50) / 1000, p99: waits.percentile(99) / 1000, max: waits.max / 1000 });
  }

  /** Time workers spent on a batch: from its start on the worker (not its wait in the worker's inbox) to its result. */
  get runTime(): TimingSummary {
    const runs = this.#runTimes;
    if (runs.count === 0) return summarize({ mean: 0, p50: 0, p99: 0, max: 0 });
    return summarize({ mean: runs.mean / 1000, p50: runs.percentile(50) / 1000, p99: runs.percentile(99) / 1000, max: runs.max / 1000 });
  }

  /** Documents the calling thread redacted itself (its share, see the pool option callerShareMaxChars). */
  get callerDocuments(): number {
    return this.#callerDocuments;
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
  redact(policy: ResolvedPolicy, destination: Destination, documents: readonly unknown[]): Promise<RedactionOutput> {
    if (this.#closed) return Promise.reject(this.#reject('ERR_PII_POOL_CLOSED', documents.length));
    if (documents.length === 0) return Promise.resolve({ documents: [], reports: [] });
    const chars = documents.map((document) => countChars(document, this.#countCap));
    let totalChars = 0;
    for (const count of chars) totalChars += count;
    // Splitting a request per thread buys latency only when threads are free to take the parts; with work already
    // queued every worker is busy anyway, and whole requests make fewer, fuller batches (less messaging per document).
    const busyWorkers = this.#busyWorkers();
    const idle = this.#queue.length === 0 && busyWorkers < this.config.threads;
    if (idle && this.#redactDocument !== undefined) {
      const shared = this.#redactSharing(policy, destination, documents, chars, totalChars, this.config.threads - busyWorkers);
      if (shared !== undefined) return shared;
    }
    const limits = idle ? this.#limits : this.#busyLimits;
    if (!this.#admits(batchesNeeded(totalChars, documents.length, limits))) {
      return Promise.reject(this.#reject('ERR_PII_POOL_OVERLOADED', documents.length, { retryAfter: this.#retryAfter() }));
    }
    return new Promise<RedactionOutput>((resolve, reject) => {
      const job = documentJob(policy, destination, documents, documents.length, resolve, reject);
      const limit = batchLimit(totalChars, limits);
      for (let index = 0; index < documents.length; index += 1) {
        this.#queue.push(job, index, chars[index] ?? 0, limit, this.config.batchMaxDocuments);
      }
      job.queueTimer = setTimeout(() => this.#queueTimedOut(job), this.config.queueTimeoutMs);
      this.#scheduleDispatch();
    });
  }

  /**
   * The caller's share (pool option callerShareMaxChars): the request's last documents are redacted here, synchronously,
   * while its first ones go to the idle workers (on 2 threads: the caller and one worker, instead of waking two workers
   * while this thread waits). Undefined when the caller's share would pass the cap (the workers take it all). The
   * workers' parts are posted before the caller starts; their queue and run deadlines apply as to any batch. A failure
   * on either side fails the whole request, as a worker's failed document does; nothing partly redacted is returned.
   */
  #redactSharing(
    policy: ResolvedPolicy,
    destination: Destination,
    documents: readonly unknown[],
    chars: readonly number[],
    totalChars: number,
    idleWorkers: number,
  ): Promise<RedactionOutput> | undefined {
    // One part per idle worker, leaving one core for this thread when every worker is idle.
    const parts = Math.max(1, Math.min(this.config.threads - 1, idleWorkers));
    const target = this.#sizer.share(totalChars, parts);
    if (target > this.config.callerShareMaxChars) return undefined;
    const split = callerShareStart(chars, target, this.config.callerShareMaxChars);
    if (split === documents.length) return undefined;
    let callerChars = 0;
    for (let index = split; index < documents.length; index += 1) callerChars += chars[index] ?? 0;
    const workerChars = totalChars - callerChars;
    const partLimit = Math.max(Math.ceil(workerChars / parts), 1);
    return new Promise<RedactionOutput>((resolve, reject) => {
      const share: ShareRun = { callerChars, partChars: split === 0 ? 0 : partLimit, callerStartedAt: 0, callerMs: 0, workersDoneAt: 0 };
      const job = documentJob(policy, destination, documents, split, resolve, reject);
      job.share = share;
      if (split > 0) {
        // The queue is empty and a worker idle, so the bound (maxQueue) admits these parts, as it would any request.
        // The parts ignore batchMaxDocuments: one part per worker is the point (a second would wake another thread).
        for (let index = 0; index < split; index += 1) this.#queue.push(job, index, chars[index] ?? 0, partLimit, Number.MAX_SAFE_INTEGER);
        job.queueTimer = setTimeout(() => this.#queueTimedOut(job), this.config.queueTimeoutMs);
        // Posted now, so the workers run while this thread redacts its share.
        this.#dispatch();
      }
      share.callerStartedAt = monotonicMs();
      const redactDocument = this.#redactDocument!;
      for (let index = split; index < documents.length; index += 1) {
        let output: ReturnType<typeof redactDocument>;
        try {
          output = redactDocument(documents[index], policy, destination);
        } catch (error) {
          // As a worker reports a failed document: our own code and detail (never text), else ERR_PII_DETECT_FAILED.
          const own = error instanceof PiiGateError && isErrorCode(error.code);
          fail(job, withIndex(new PiiGateError(own ? error.code : 'ERR_PII_DETECT_FAILED', own ? error.detail : undefined), index));
          return;
        }
        job.redacted[index] = output.document;
        job.reports[index] = output.report;
      }
      share.callerMs = monotonicMs() - share.callerStartedAt;
      const done = documents.length - split;
      this.#callerDocuments += done;
      this.#completed += done;
      job.remaining -= done;
      if (split === 0) this.#sizer.record(share);
      // Only a caller-only request can be complete here: worker results land in a later turn.
      if (job.remaining === 0 && !job.settled) settle(job);
    });
  }

  /**
   * Redacts a whole POST /v1/redact body without parsing it here: the worker parses and validates it (rejecting with
   * the HTTP layer's 400/403/413 codes), redacts it and returns the response JSON as bytes. `body` is transferred to
   * the worker (its ArrayBuffer is detached here): pass bytes that own their buffer (not a slice of Node's pool).
   * A request is never split across workers; concurrent requests still share batches. (Tried: the first worker cut a
   * big body in two and two workers redacted the halves. 20 × 1 KB alone through a 2-thread pool, alternating with
   * this version on a loaded machine: median 29–34 vs 24–30 ms, best 9–10 vs 7–8 ms: the extra round trip and
   * wake-ups cost more than the second core gave. Commit bab1624, reverted.)
   */
  redactBody(policy: ResolvedPolicy, body: Uint8Array, limits: DocumentLimits): Promise<BodyOutput> {
    if (this.#closed) return Promise.reject(this.#reject('ERR_PII_POOL_CLOSED', 1));
    if (!this.#admits(1)) return Promise.reject(this.#reject('ERR_PII_POOL_OVERLOADED', 1, { retryAfter: this.#retryAfter() }));
    return new Promise<BodyOutput>((resolve, reject) => {
      const job: Job = {
        policy,
        destination: undefined,
        documents: [undefined],
        body: { bytes: body, limits },
        redacted: [undefined],
        reports: [],
        remaining: 1,
        waiting: 1,
        settled: false,
        resolve: () => resolve(job.redacted[0] as BodyOutput),
        reject,
        queueTimer: undefined,
      };
      this.#queue.push(job, 0, body.byteLength, this.config.batchMaxChars, this.config.batchMaxDocuments);
      job.queueTimer = setTimeout(() => this.#queueTimedOut(job), this.config.queueTimeoutMs);
      this.#scheduleDispatch();
    });
  }

  /**
   * Test hook: the next batch (or the next `batches` batches) makes its worker throw, hang, exit or stall half-way.
   * Only with `faultInjection: true` under NODE_ENV=test.
   */
  injectFault(kind: FaultKind, batches = 1): void {
    if (!this.config.faultInjection) throw new PiiGateError('ERR_PII_CONFIG_INVALID', 'fault injection is disabled for this pool');
    this.#nextFault = kind;
    this.#faultBatches = batches;
  }

  /** Batches handed to workers since the pool started. */
  get batchesSent(): number {
    return this.#batchesSent;
  }

  /** Sends what is batched, lets running batches finish, then stops the workers. New work is refused with 503. */
  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    if (this.#queue.length > 0 || this.#inFlightTasks > 0) {
      await new Promise<void>((resolve) => {
        this.#drained = resolve;
        this.#dispatch();
      });
    }
    await this.#piscina.close();
  }

  /**
   * Bounded queue: a request is refused when its batches would push the queue past maxQueue. A pool with a worker
   * idle and nothing queued takes any request, however big (it would otherwise be refused on every retry).
   */
  #admits(newBatches: number): boolean {
    const queued = this.#queue.length;
    if (queued === 0 && this.#busyWorkers() < this.config.threads) return true;
    return queued + newBatches <= this.config.maxQueue;
  }

  /**
   * With a worker free, send at the end of this event-loop turn, so requests arriving in the same turn share batches;
   * a batch that is already full (a 20-document request body, a big request's parts) goes now.
   */
  #scheduleDispatch(): void {
    if (this.#inFlightTasks >= this.#capacity()) return;
    if (this.#queue.headIsFull(this.config.batchMaxDocuments)) {
      this.#dispatch();
      return;
    }
    if (this.#dispatchScheduled !== undefined) return;
    this.#dispatchScheduled = setImmediate(() => {
      this.#dispatchScheduled = undefined;
      this.#dispatch();
    });
  }

  /**
   * Hands queued batches to free workers. Batches enter piscina only then, so its timeout measures a batch's run
   * (and, after a crash, the replacement worker's start), never a wait in the queue.
   */
  #dispatch(): void {
    while (this.#inFlightTasks < this.#capacity() && this.#queue.length > 0) {
      // An idle worker takes the next batch. A busy worker's inbox takes one only while at least as many batches wait
      // as there are workers: every worker then has more to do after its current batch anyway, and the batch in its
      // inbox saves it the round trip through this thread. With fewer waiting, a batch stays here for whichever worker
      // frees first (committed to one inbox, it could wait behind a long batch while another worker idles).
      if (this.#busyWorkers() >= this.config.threads && this.#queue.length < this.config.threads) break;
      const batch = this.#queue.shift();
      if (batch === undefined) break;
      const live = liveEntries(batch);
      if (live.jobs.length > 0) void this.#runBatch(live);
    }
    if (this.#drained !== undefined && this.#queue.length === 0 && this.#inFlightTasks === 0) this.#drained();
  }

  async #runBatch(batch: Batch): Promise<void> {
    const policies: string[] = [];
    const policyIndex = new Map<ResolvedPolicy, number>();
    const transferList: ArrayBuffer[] = [];
    const items: WorkItem[] = [];
    let run: { readonly policy: number; readonly destination: Destination; readonly documents: unknown[] } | undefined;
    for (let position = 0; position < batch.jobs.length; position += 1) {
      const job = batch.jobs[position] as Job;
      let index = policyIndex.get(job.policy);
      if (index === undefined) {
        index = policies.length;
        policies.push(policyJson(job.policy));
        policyIndex.set(job.policy, index);
      }
      if (job.body !== undefined) {
        transferList.push(job.body.bytes.buffer as ArrayBuffer);
        items.push({ policy: index, body: job.body.bytes, limits: job.body.limits });
        run = undefined;
        continue;
      }
      const destination = job.destination as Destination;
      if (run === undefined || run.policy !== index || run.destination !== destination) {
        run = { policy: index, destination, documents: [] };
        items.push(run);
      }
      run.documents.push(job.documents[batch.indexes[position] ?? -1]);
    }
    const fault = this.#nextFault;
    this.#faultBatches -= 1;
    if (this.#faultBatches <= 0) this.#nextFault = undefined;
    this.#batchesSent += 1;
    const flight: Flight = {
      batch,
      resendable: transferList.length === 0,
      abort: new AbortController(),
      slot: undefined,
      started: false,
      startedAt: 0,
      runTimer: undefined,
    };
    // The flight rides along under piscina's queue-options symbol so that #chooseWorker knows which batch it places;
    // symbol keys are not cloned by postMessage.
    const task: TaggedTask = { policies, items, ...(fault === undefined ? {} : { fault }), [queueOptionsSymbol]: flight };

    let result: TaskResult;
    this.#inFlightTasks += 1;
    try {
      result = await this.#piscina.run(task, {
        signal: flight.abort.signal,
        // piscina hands this to postMessage as its transfer list (its type names the options overload).
        ...(transferList.length === 0 ? {} : { transferList: transferList as never }),
      });
    } catch (error) {
      this.#land(flight, false);
      // Only a batch whose worker is known gone is put back; any other failure fails closed (never a second run).
      if (!flight.started && flight.slot?.retired === true && wasCutShort(error)) {
        // It waited in the inbox of a worker that the batch ahead of it hung or killed: it never ran. Documents go
        // first to the next free worker (their requests' queue deadlines still run); request bodies were transferred
        // to the dead worker and are gone, so their requests fail as the batch ahead did.
        if (flight.resendable) {
          this.#queue.unshift(batch);
        } else if (flight.slot?.timedOut === true) {
          this.#failBatch(batch, this.#timedOut(batch.jobs.length, 'the batch ahead of it on its worker had no result'));
        } else {
          this.#failBatch(batch, this.#toPoolError(error, batch.jobs.length));
        }
      } else {
        this.#failBatch(batch, this.#toPoolError(error, batch.jobs.length));
      }
      // When the worker died, piscina rejects its inbox batch right after this one: dispatch a microtask later,
      // so that batch is back at the head of the queue before the next one is sent.
      if (flight.slot?.retired === true) {
        this.#inFlightTasks -= 1;
        queueMicrotask(() => this.#dispatch());
      } else {
        this.#taskDone();
      }
      return;
    }
    this.#land(flight, true);
    this.#taskDone();

    let reports: Array<RedactionReport | null> | undefined;
    try {
      reports = unpackReports(result.reports);
    } catch {
      reports = undefined;
    }
    const positions = batch.jobs.length;
    if (
      !Array.isArray(result?.documents) ||
      result.documents.length !== positions ||
      !Array.isArray(result.outcomes) ||
      reports?.length !== positions
    ) {
      this.#failBatch(batch, this.#reject('ERR_PII_INTERNAL', positions, { detail: 'worker returned a malformed result' }));
      return;
    }
    // Outcomes come in position order: one cursor walks them alongside the positions.
    let nextOutcome = 0;
    for (let position = 0; position < positions; position += 1) {
      const job = batch.jobs[position] as Job;
      const index = batch.indexes[position] as number;
      const outcome = result.outcomes[nextOutcome];
      let item: ItemResult | undefined;
      if (Array.isArray(outcome) && outcome[0] === position) {
        item = outcome[1];
        nextOutcome += 1;
      }
      if (job.body !== undefined) {
        this.#settleBody(job, item);
        continue;
      }
      const report = reports[position];
      if (item === undefined && report !== null && report !== undefined) {
        this.#completed += 1;
        if (job.settled) continue;
        job.redacted[index] = result.documents[position];
        job.reports[index] = report;
        job.remaining -= 1;
        if (job.share !== undefined && typeof result.finishedAt === 'number') {
          job.share.workersDoneAt = Math.max(job.share.workersDoneAt, result.finishedAt);
        }
        if (job.remaining === 0) {
          if (job.share !== undefined) this.#sizer.record(job.share);
          settle(job);
        }
      } else {
        const code = item?.ok === false ? item.code : 'ERR_PII_INTERNAL';
        const detail = item?.ok === false ? item.detail : undefined;
        fail(job, withIndex(new PiiGateError(code, detail), index));
      }
    }
  }

  #settleBody(job: Job, item: ItemResult | undefined): void {
    if (item?.ok === true && 'body' in item && item.body instanceof Uint8Array) {
      this.#completed += item.documents;
      if (job.settled) return;
      job.redacted[0] = item satisfies BodyResult;
      job.remaining = 0;
      settle(job);
      return;
    }
    // The worker already named the document (`documents[3]: …`) where one failed.
    if (item?.ok === false) fail(job, new PiiGateError(item.code, item.detail));
    else fail(job, this.#reject('ERR_PII_INTERNAL', 1, { detail: 'worker returned a malformed result' }));
  }

  /** Workers with at least one of our batches. */
  #busyWorkers(): number {
    let busy = 0;
    for (const slot of this.#slots.values()) if (slot.flights.length > 0) busy += 1;
    return busy;
  }

  /** Batches that may be with workers at once: the running ones and those waiting in the workers' inboxes. */
  #capacity(): number {
    return this.config.threads * this.config.batchesPerWorker;
  }

  /**
   * piscina's load balancer: an idle worker, else the one likely to finish its batches first (characters it still has,
   * less what it has done of the running batch at the measured rate), below batchesPerWorker. Null: piscina keeps the
   * task until a worker frees up or a replacement is ready, and asks again. Records where the batch went.
   */
  #chooseWorker<Worker extends PiscinaWorkerView>(task: PiscinaTask, workers: readonly Worker[]): Worker | null {
    let best: Worker | null = null;
    let bestSlot: WorkerSlot | undefined;
    let bestWork = Number.POSITIVE_INFINITY;
    const now = performance.now();
    for (const worker of workers) {
      if (worker.terminating || worker.destroyed) continue;
      let slot = this.#slots.get(worker.id);
      if (slot === undefined) {
        slot = { flights: [], retired: false, timedOut: false };
        this.#slots.set(worker.id, slot);
      }
      if (slot.flights.length >= this.config.batchesPerWorker) continue;
      // An idle worker wins outright: a busy one whose batch overran its estimate (a hung one, too) also scores 0.
      if (slot.flights.length === 0) {
        best = worker;
        bestSlot = slot;
        break;
      }
      const work = this.#workLeft(slot, now);
      if (work < bestWork) {
        best = worker;
        bestSlot = slot;
        bestWork = work;
      }
    }
    const flight = (task as unknown as Partial<Record<typeof queueOptionsSymbol, Flight>>)[queueOptionsSymbol];
    if (best === null || bestSlot === undefined || flight === undefined) return best;
    flight.slot = bestSlot;
    bestSlot.flights.push(flight);
    if (bestSlot.flights.length === 1) this.#start(flight);
    return best;
  }

  /** Characters a worker still has to redact: its batches, less the estimated progress on the running one. */
  #workLeft(slot: WorkerSlot, now: number): number {
    let chars = 0;
    for (const flight of slot.flights) chars += flight.batch.chars;
    const running = slot.flights[0];
    if (running?.started === true) chars -= Math.min(running.batch.chars, (now - running.startedAt) * this.#charsPerMs);
    return chars;
  }

  /** The batch's worker begins it: its queue wait ends and its run deadline starts. */
  #start(flight: Flight): void {
    flight.started = true;
    flight.startedAt = performance.now();
    const { batch } = flight;
    this.#queueWait.record(Math.max(1, Math.round((flight.startedAt - batch.openedAt) * 1000)));
    for (const job of batch.jobs) job.waiting -= 1;
    for (const job of new Set(batch.jobs)) {
      // Every document of this job has started on a worker: from here on only the run deadline applies.
      if (job.waiting === 0 && job.queueTimer !== undefined) {
        clearTimeout(job.queueTimer);
        job.queueTimer = undefined;
      }
    }
    // On expiry piscina rejects the task with an AbortError and terminates the worker (a hung regex cannot be
    // interrupted any other way), which also fails the batches waiting in its inbox: they are sent again.
    flight.runTimer = setTimeout(() => {
      if (flight.slot !== undefined) flight.slot.timedOut = true;
      flight.abort.abort();
    }, this.config.taskTimeoutMs);
  }

  /**
   * A worker is gone (terminated or exited). piscina names it by thread id, which is already -1 for a worker that
   * exited, so every slot whose worker is no longer among piscina's threads is retired too.
   */
  #retireSlots(threadId: number): void {
    const live = new Set(this.#piscina.threads.map((thread) => thread.threadId));
    live.delete(threadId);
    live.delete(-1);
    for (const [id, slot] of this.#slots) {
      if (live.has(id)) continue;
      slot.retired = true;
      this.#slots.delete(id);
    }
  }

  /** The batch's result (`answered`) or failure is here: the next batch in its worker's inbox starts. */
  #land(flight: Flight, answered: boolean): void {
    if (flight.runTimer !== undefined) clearTimeout(flight.runTimer);
    if (flight.started) {
      const ms = performance.now() - flight.startedAt;
      this.#runTimes.record(Math.max(1, Math.round(ms * 1000)));
      if (answered && ms > 0 && flight.batch.chars > 0) {
        const rate = flight.batch.chars / ms;
        this.#charsPerMs = this.#charsPerMs === 0 ? rate : 0.8 * this.#charsPerMs + 0.2 * rate;
      }
    }
    const slot = flight.slot;
    if (slot === undefined) return;
    const at = slot.flights.indexOf(flight);
    if (at !== -1) slot.flights.splice(at, 1);
    const next = slot.flights[0];
    if (!slot.retired && next !== undefined && !next.started) this.#start(next);
  }

  /** A worker is free: hand it the next batch before this result is unpacked, so it never waits for the main thread. */
  #taskDone(): void {
    this.#inFlightTasks -= 1;
    this.#dispatch();
  }

  #failBatch(batch: Batch, error: PiiGateError): void {
    for (const job of batch.jobs) fail(job, error);
  }

  #queueTimedOut(job: Job): void {
    job.queueTimer = undefined;
    if (job.settled || job.waiting === 0) return;
    fail(
      job,
      this.#reject('ERR_PII_POOL_TIMEOUT', job.waiting, {
        detail: `no free worker within ${this.config.queueTimeoutMs} ms`,
        retryAfter: this.#retryAfter(),
      }),
    );
  }

  #toPoolError(error: unknown, documents: number): PiiGateError {
    const name = error instanceof Error ? error.name : '';
    if (name === 'DataCloneError') {
      return new PiiGateError('ERR_PII_INPUT_SCHEMA', 'documents must be plain JSON values');
    }
    if (name === 'AbortError') {
      if (this.#closed) return this.#reject('ERR_PII_POOL_CLOSED', documents, { cause: error });
      return this.#timedOut(documents, 'no result', error);
    }
    // Worker exit, uncaught throw, or termination: piscina has already started a replacement.
    return this.#reject('ERR_PII_POOL_WORKER_CRASHED', documents, { retryAfter: 1, cause: error });
  }

  /** `what` had no result within taskTimeoutMs. */
  #timedOut(documents: number, what: string, cause?: unknown): PiiGateError {
    return this.#reject('ERR_PII_POOL_TIMEOUT', documents, {
      detail: `${what} within ${this.config.taskTimeoutMs} ms`,
      retryAfter: this.#retryAfter(),
      ...(cause === undefined ? {} : { cause }),
    });
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

  /** Seconds until the queue ahead is likely drained, from the measured batch run time; at least 1. */
  #retryAfter(): number {
    const meanRunMs = this.runTime.mean || 50;
    const waiting = this.#queue.length + 1;
    const seconds = Math.ceil((waiting * meanRunMs) / this.config.threads / 1000);
    return Math.min(Math.max(seconds, 1), this.config.maxRetryAfterSeconds);
  }
}

// Policies are long-lived objects (one per tenant, replaced on reload), so each is serialised once.
const policyJsons = new WeakMap<ResolvedPolicy, string>();

function policyJson(policy: ResolvedPolicy): string {
  let json = policyJsons.get(policy);
  if (json === undefined) {
    json = JSON.stringify(policy);
    policyJsons.set(policy, json);
  }
  return json;
}

/** A failure that is not the batch's own: its worker was terminated or exited (not a clone error or a deadline). */
function wasCutShort(error: unknown): boolean {
  const name = error instanceof Error ? error.name : '';
  return name !== 'DataCloneError' && name !== 'AbortError';
}

/** Keeps only the documents of requests still waiting for an answer (a failed request's other batches are dropped). */
function liveEntries(batch: Batch): Batch {
  if (!batch.jobs.some((job) => job.settled)) return batch;
  const live: Batch = { jobs: [], indexes: [], chars: batch.chars, limit: batch.limit, openedAt: batch.openedAt };
  batch.jobs.forEach((job, position) => {
    if (job.settled) {
      job.waiting -= 1;
      return;
    }
    live.jobs.push(job);
    live.indexes.push(batch.indexes[position] as number);
  });
  return live;
}

/** A `redact()` request's job: result slots for every document, `waiting` of them still to queue. */
function documentJob(
  policy: ResolvedPolicy,
  destination: Destination,
  documents: readonly unknown[],
  waiting: number,
  resolve: (output: RedactionOutput) => void,
  reject: (error: PiiGateError) => void,
): Job {
  const job: Job = {
    policy,
    destination,
    documents,
    redacted: new Array<unknown>(documents.length),
    reports: new Array<RedactionReport>(documents.length),
    remaining: documents.length,
    waiting,
    settled: false,
    resolve: () => resolve({ documents: job.redacted, reports: job.reports }),
    reject,
    queueTimer: undefined,
  };
  return job;
}

function settle(job: Job): void {
  job.settled = true;
  if (job.queueTimer !== undefined) clearTimeout(job.queueTimer);
  job.resolve();
}

/** The first failure fails the whole request at once (its other documents are not waited for). */
function fail(job: Job, error: PiiGateError): void {
  if (job.settled) return;
  job.settled = true;
  if (job.queueTimer !== undefined) clearTimeout(job.queueTimer);
  job.reject(error);
}

function withIndex(error: PiiGateError, index: number): PiiGateError {
  // Pool-level failures concern the whole request; item failures say which document (never what it contained).
  if (error.code.startsWith('ERR_PII_POOL_')) return error;
  const detail = error.detail === undefined ? `documents[${index}]` : `documents[${index}]: ${error.detail}`;
  return new PiiGateError(error.code, detail, error.retryAfter === undefined ? {} : { retryAfter: error.retryAfter });
}
