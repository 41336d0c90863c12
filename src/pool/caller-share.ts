// The caller's share of a request: how many characters the calling thread redacts itself so it ends with the workers.

/**
 * Milliseconds on the process-wide monotonic clock (uv_hrtime, the same in every thread of the process, unlike
 * `performance.now()`, whose origin is each thread's start): a worker stamps when it finished a batch with it.
 */
export function monotonicMs(): number {
  return Number(process.hrtime.bigint()) / 1e6;
}

/** One request run partly on the caller: what each side did, filled in as it happens. */
export interface ShareRun {
  readonly callerChars: number;
  /** Characters of the largest part sent to a worker. */
  readonly partChars: number;
  /** Monotonic ms when the caller began its share (after the workers' parts were posted). */
  callerStartedAt: number;
  callerMs: number;
  /** Monotonic ms when the last worker part was done, as the worker stamped it (0 until one lands). */
  workersDoneAt: number;
}

/**
 * Sizes the caller's share from two measured quantities: how fast the caller redacts (characters per ms, time-weighted
 * over recent shares), and a worker part's lag, how much longer a part takes than the same characters take the
 * caller (posting, waking the worker, a core shared with other jobs). With k parts on k other workers, the caller's c
 * of T characters ends with them when c / rate = lag + (T - c) / (k · rate), so c = (T + k · lag · rate) / (k + 1); a
 * request smaller than lag · rate is done sooner by the caller alone. Both start from guesses and follow the
 * measurements: a lag sample uses the worker's own end stamp, so a caller that ran long does not read as a slow worker.
 */
export class ShareSizer {
  #chars = 0;
  #ms = 0;
  #lag: number;

  constructor(
    readonly initialRate = 4_000,
    initialLagMs = 0.3,
  ) {
    this.#lag = initialLagMs;
  }

  /** Characters per ms the caller redacts. */
  get rate(): number {
    return this.#ms > 0 ? this.#chars / this.#ms : this.initialRate;
  }

  get lagMs(): number {
    return this.#lag;
  }

  /** The caller's characters out of `total` when `workerParts` equal parts go to other workers; `total` = all of it. */
  share(total: number, workerParts: number): number {
    const parts = Math.max(1, workerParts);
    return Math.min(total, Math.ceil((total + parts * this.#lag * this.rate) / (parts + 1)));
  }

  /** A finished share: the caller's speed, and, when workers took parts, their lag. */
  record(run: ShareRun): void {
    if (run.callerMs <= 0 || run.callerChars <= 0) return;
    // Time-weighted: long shares count more than a one-document share timed at the clock's resolution.
    this.#chars = this.#chars * 0.8 + run.callerChars;
    this.#ms = this.#ms * 0.8 + run.callerMs;
    if (run.partChars <= 0 || run.workersDoneAt <= 0) return;
    const sameWorkOnCaller = (run.partChars * run.callerMs) / run.callerChars;
    const lag = Math.min(Math.max(run.workersDoneAt - run.callerStartedAt - sameWorkOnCaller, 0), 20);
    this.#lag = 0.8 * this.#lag + 0.2 * lag;
  }
}

/**
 * Where the caller's share starts: the last documents, about `target` characters (a document goes to the caller when
 * at least half of it fits), never more than `max` in all. `chars.length` means no share.
 */
export function callerShareStart(chars: readonly number[], target: number, max: number): number {
  let sum = 0;
  let start = chars.length;
  while (start > 0) {
    const next = chars[start - 1] ?? 0;
    if (sum + next > max || sum + next / 2 > target) break;
    sum += next;
    start -= 1;
  }
  return start;
}
