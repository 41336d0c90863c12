// RedactionPool options: one defaults object, validated once at construction (config errors throw at start-up).

import { availableParallelism } from 'node:os';
import { z } from 'zod';
import { PiiGateError } from '../errors.js';

export const poolOptionsSchema = z
  .object({
    /** Worker threads; all are started and warmed up front. */
    threads: z.number().int().positive(),
    /** Batches waiting for a worker before new work is refused with 503 (ERR_PII_POOL_OVERLOADED). */
    maxQueue: z.number().int().nonnegative(),
    /**
     * Time a worker may spend on one batch before the batch fails with 503 (ERR_PII_POOL_TIMEOUT) and the worker is
     * terminated and replaced. Measured from when the batch is handed to a free worker: time spent waiting in the
     * pool's queue does not count (see queueTimeoutMs).
     */
    taskTimeoutMs: z.number().int().positive(),
    /**
     * Time a request's documents may wait in the pool's queue for a free worker before the request fails with 503
     * (ERR_PII_POOL_TIMEOUT). Separate from taskTimeoutMs so a big request is not failed because its later batches
     * wait behind its earlier ones.
     */
    queueTimeoutMs: z.number().int().positive(),
    /** A batch holds at most this many documents… */
    batchMaxDocuments: z.number().int().positive(),
    /**
     * …and stops growing once it holds this many characters of string content, when it gathers small requests (or
     * request bodies) that travel whole: the longest a small request can wait inside someone else's batch.
     */
    batchMaxChars: z.number().int().positive(),
    /**
     * A request split across threads (see batchMinChars) is cut into parts of at most this many characters, in a
     * multiple of the threads so each gets an equal share: one part per thread up to threads × partMaxChars.
     */
    partMaxChars: z.number().int().positive(),
    /**
     * A request is split into one batch per thread (so every core works on it) when each part would still hold at
     * least this many characters; smaller requests travel in one batch, where messaging would cost more than it saves.
     */
    batchMinChars: z.number().int().positive(),
    /**
     * Kept for compatibility; no longer delays anything. Batches now wait in the pool's own queue while every worker
     * is busy (where later requests join them), and leave at the end of the current event-loop turn otherwise.
     */
    batchWindowMs: z.number().min(0).max(1),
    /**
     * Batches handed to one worker at a time: the one it runs, and the next, already in its inbox, so a worker never
     * idles while the main thread unpacks a result and sends the next batch. 1 = one batch per worker.
     */
    batchesPerWorker: z.number().int().min(1).max(4),
    /**
     * The caller's share: when a worker is idle and nothing is queued, the thread that called `redact()` redacts the
     * last documents of the request itself, synchronously (the same `redactDocument` the workers run), while the other
     * documents go to `threads - 1` workers; the cut is sized from measured speeds so both finish together, and a
     * request small enough that a worker's round trip would cost more than the work runs on the caller alone. The
     * caller's share is capped at this many characters (it cannot be preempted: its run deadline is this cap, ~10–30 ms
     * of work at 3.5–6.5 characters per µs); a request whose share would be larger goes to the workers only.
     * 0 = off (the default): a server's event loop should not run detection. For batch use README.md documents 128 000.
     * `redactBody()` (the HTTP server's path) never runs a share on the caller.
     */
    callerShareMaxChars: z.number().int().nonnegative(),
    /** Upper bound for the Retry-After estimate sent with 503s. */
    maxRetryAfterSeconds: z.number().int().positive(),
    /** Test-only fault hooks; refused unless NODE_ENV is 'test'. */
    faultInjection: z.boolean(),
    /** Worker entry override (absolute path or file URL), e.g. for bundlers. */
    workerFile: z.union([z.string().min(1), z.instanceof(URL)]).optional(),
  })
  .strict();

export type PoolConfig = z.infer<typeof poolOptionsSchema>;
export type PoolOptions = Partial<PoolConfig>;

export const defaultPoolOptions: Omit<PoolConfig, 'threads' | 'workerFile'> = {
  // In batches: 1024 of ≤ 12 000 characters is about as much queued work (≈ 2 s on 2 cores) as the 256 batches of
  // ≤ 64 000 characters this bound counted before batches were cut smaller.
  maxQueue: 1024,
  taskTimeoutMs: 10_000,
  queueTimeoutMs: 60_000,
  // 12 000 characters are ~100 short reviews, 4–7 ms of detection on this machine: large enough that the ~0.1 ms of
  // messaging per batch is noise, small enough that a big request spreads over every worker (RESULTS.md, Pool).
  batchMaxDocuments: 256,
  batchMaxChars: 12_000,
  // Every batch costs ~0.1 ms of CPU on each side whatever it holds (piscina's task bookkeeping, two wake-ups, our
  // deadline timer), against ~5 ms of detection for 24 000 characters (5 characters per µs). Larger parts cut the main
  // thread's CPU per document further (2 KB × 100: 28–35 µs at 12 000, 10.5 at 48 000, §32) but, on a quiet machine,
  // lost more to the slower worker finishing last than they saved: pool / single at 96 000 was ×1.08–1.50 for batches
  // ≥ 100 against ×1.16–1.71 at 24 000 (bench:pool back to back, RESULTS.md §32). A small request that arrives while
  // a big one has every worker waits for a part of up to ~5 ms.
  partMaxChars: 24_000,
  batchMinChars: 2_000,
  batchWindowMs: 1,
  batchesPerWorker: 2,
  callerShareMaxChars: 0,
  maxRetryAfterSeconds: 30,
  faultInjection: false,
};

/** Drops undefined values, fills defaults, validates; the message names the bad option. */
export function parsePoolOptions(options: PoolOptions = {}): PoolConfig {
  const given = Object.fromEntries(Object.entries(options).filter(([, value]) => value !== undefined));
  const parsed = poolOptionsSchema.safeParse({ threads: availableParallelism(), ...defaultPoolOptions, ...given });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const path = issue?.path.join('.') || '(root)';
    throw new PiiGateError('ERR_PII_CONFIG_INVALID', `pool options.${path}: ${issue?.message ?? 'invalid'}`);
  }
  if (parsed.data.faultInjection && process.env['NODE_ENV'] !== 'test') {
    throw new PiiGateError('ERR_PII_CONFIG_INVALID', 'pool options.faultInjection: only available when NODE_ENV is "test"');
  }
  return parsed.data;
}
