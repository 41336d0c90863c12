// The pool's own FIFO of batches waiting for a free worker; small requests join the open tail batch, big ones are cut.

import { performance } from 'node:perf_hooks';
import type { RedactionReport } from '../engine.js';
import type { PiiGateError } from '../errors.js';
import type { DocumentLimits } from '../http/limits.js';
import type { ResolvedPolicy } from '../policy/types.js';
import type { Destination } from '../types.js';
import type { ShareRun } from './caller-share.js';

/**
 * One `redact()` call: its documents, the results gathered so far, and how to settle it (once). A `redactBody()` call
 * is a job of one unparsed request body (`body` set, `destination` undefined: the body names it).
 */
export interface Job {
  readonly policy: ResolvedPolicy;
  readonly destination: Destination | undefined;
  readonly documents: readonly unknown[];
  readonly body?: { readonly bytes: Uint8Array; readonly limits: DocumentLimits };
  readonly redacted: unknown[];
  readonly reports: RedactionReport[];
  /** Documents without a result yet. */
  remaining: number;
  /** Documents still in the queue (not yet handed to a worker). */
  waiting: number;
  settled: boolean;
  readonly resolve: () => void;
  readonly reject: (error: PiiGateError) => void;
  queueTimer: NodeJS.Timeout | undefined;
  /** Set when the caller redacts part of this request itself (see the pool option callerShareMaxChars). */
  share?: ShareRun;
}

/** Documents travelling to one worker together, possibly from several jobs: `jobs[i]`'s document `indexes[i]`. */
export interface Batch {
  readonly jobs: Job[];
  readonly indexes: number[];
  chars: number;
  /** Characters this batch may grow to (the largest limit of the requests in it). */
  limit: number;
  /** performance.now() when the batch was opened, for the queue-wait statistics. */
  readonly openedAt: number;
}

export interface CutLimits {
  readonly maxDocuments: number;
  /** A request too small to split may share a batch with others up to this many characters. */
  readonly maxChars: number;
  readonly minChars: number;
  /** A split request's parts hold at most this many characters. */
  readonly maxPartChars: number;
  readonly parts: number;
}

/**
 * Characters at which a batch of a request of `totalChars` stops growing. A request whose parts would stay ≥ minChars
 * is cut into `parts` equal parts (one per thread, so every core works on it), or into the smallest multiple of
 * `parts` that keeps each part ≤ maxPartChars (so a huge request spreads over the queue in steps of a few
 * milliseconds, and the threads still get equal shares). A request too small to split may share a batch up to maxChars.
 */
export function batchLimit(totalChars: number, limits: CutLimits): number {
  const perPart = Math.ceil(totalChars / limits.parts);
  if (perPart < limits.minChars) return limits.maxChars;
  const rounds = Math.ceil(perPart / limits.maxPartChars);
  return Math.max(Math.ceil(totalChars / (limits.parts * rounds)), 1);
}

/** How many batches a request would open, for the admission check (joining the open tail is not counted). */
export function batchesNeeded(totalChars: number, documents: number, limits: CutLimits): number {
  if (documents === 0) return 0;
  const byChars = Math.ceil(totalChars / batchLimit(totalChars, limits));
  return Math.min(documents, Math.max(byChars, Math.ceil(documents / limits.maxDocuments)));
}

export class BatchQueue {
  #batches: (Batch | undefined)[] = [];
  #head = 0;
  /** The tail batch, while it is still in the queue and may take more documents. */
  #open: Batch | undefined;

  get length(): number {
    return this.#batches.length - this.#head;
  }

  /**
   * Adds one document; it joins the open tail batch while that is under either request's limit (so a batch ends at
   * most one document past its limit, and a request halved for two threads is not left with a runt third batch).
   */
  push(job: Job, index: number, chars: number, limit: number, maxDocuments: number): void {
    const tail = this.#open;
    if (tail !== undefined && tail.jobs.length < maxDocuments && tail.chars < Math.max(tail.limit, limit)) {
      tail.jobs.push(job);
      tail.indexes.push(index);
      tail.chars += chars;
      tail.limit = Math.max(tail.limit, limit);
      return;
    }
    const batch: Batch = { jobs: [job], indexes: [index], chars, limit, openedAt: performance.now() };
    this.#batches.push(batch);
    this.#open = batch;
  }

  /** Whether the oldest batch has reached its limit, so letting later requests join it would gain nothing. */
  headIsFull(maxDocuments: number): boolean {
    const head = this.#batches[this.#head];
    return head !== undefined && (head.jobs.length >= maxDocuments || head.chars >= head.limit);
  }

  /**
   * Puts a batch back at the head, closed to new documents: a batch that waited in a worker's inbox behind one that
   * killed the worker never ran, and goes first to the next free worker.
   */
  unshift(batch: Batch): void {
    if (this.#head > 0) {
      this.#head -= 1;
      this.#batches[this.#head] = batch;
    } else {
      this.#batches.unshift(batch);
    }
  }

  /** The oldest batch, now closed to new documents. */
  shift(): Batch | undefined {
    if (this.#head >= this.#batches.length) return undefined;
    const batch = this.#batches[this.#head];
    this.#batches[this.#head] = undefined;
    this.#head += 1;
    if (batch === this.#open) this.#open = undefined;
    // Compact now and then so the array does not grow without bound under steady load.
    if (this.#head > 1024 && this.#head * 2 > this.#batches.length) {
      this.#batches = this.#batches.slice(this.#head);
      this.#head = 0;
    }
    return batch;
  }
}
