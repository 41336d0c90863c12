// Workload parallel capacity: the same documents redacted by two bare worker threads at once vs one alone. A pure-CPU
// loop says what the cores give; this says what this memory-heavy engine gets from them (shared caches, memory
// bandwidth, GC threads), which is the real ceiling of a two-thread pool.

import { Worker } from 'node:worker_threads';
import type { Destination } from '../../src/types.js';

export interface WorkloadSetup {
  /** file: URL of the compiled build's root (dist/), ending in '/'. */
  distUrl: string;
  tenantsPath: string;
  tenant: string;
  destination: Destination;
  /** Texts each thread redacts twice before it is measured (JIT warm-up, as the pool's workers get). */
  warmTexts: readonly string[];
  /** Documents by size in bytes: each thread loops over its share of them. */
  requests: Readonly<Record<number, ReadonlyArray<{ id: string; text: string }>>>;
}

interface RunResult {
  redacted: number;
  wallMs: number;
  cpuMs: number;
}

export interface CapacitySample {
  /** Documents per second of one thread alone. */
  alone: number;
  /** Documents per second of two threads at once, summed. */
  together: number;
  /** together / alone: 2.00 would be two threads with nothing shared. */
  capacity: number;
  /**
   * The same ratio from documents per CPU second of each thread: what two threads would give on two otherwise idle
   * cores (other jobs on the machine take wall time, not CPU time). NaN without /proc.
   */
  cpuCapacity: number;
}

/** Two warmed-up bare threads; `measure` runs one thread alone, then both at once, each for `durationMs`. */
export class WorkloadThreads {
  readonly #threads: Worker[];
  readonly #ready: Promise<unknown>;
  readonly #setup: WorkloadSetup;
  #aloneTurn = 0;

  constructor(setup: WorkloadSetup) {
    this.#setup = setup;
    const entry = new URL('./workload-thread.mjs', import.meta.url);
    this.#threads = [0, 1].map(() => new Worker(entry, { workerData: setup }));
    this.#ready = Promise.all(this.#threads.map((thread) => nextMessage(thread)));
  }

  get ready(): Promise<unknown> {
    return this.#ready;
  }

  /**
   * `durationMs` of one thread alone and as much of two at once, in `slices` alternating turns: load from other jobs
   * drifts within seconds on a shared machine, and short turns let both configurations see the same drift.
   */
  async measure(bytes: number, durationMs: number, slices = 4): Promise<CapacitySample> {
    const count = this.#setup.requests[bytes]?.length ?? 0;
    if (count < 2) throw new Error(`workload capacity: need at least 2 documents of ${bytes} B`);
    const turnMs = durationMs / slices;
    const solo: RunResult[] = [];
    const pair: RunResult[][] = [[], []];
    for (let slice = 0; slice < slices; slice++) {
      // Alternate the thread that runs alone, so neither thread's heap or placement decides the baseline.
      const soloist = this.#threads[this.#aloneTurn++ % 2]!;
      solo.push(await run(soloist, { bytes, offset: 0, stride: 1, durationMs: turnMs }));
      const [first, second] = await Promise.all([
        run(this.#threads[0]!, { bytes, offset: 0, stride: 2, durationMs: turnMs }),
        run(this.#threads[1]!, { bytes, offset: 1, stride: 2, durationMs: turnMs }),
      ]);
      pair[0]!.push(first!);
      pair[1]!.push(second!);
    }
    const alone = rate(total(solo));
    const [first, second] = pair.map(total) as [RunResult, RunResult];
    const together = rate(first) + rate(second);
    return { alone, together, capacity: together / alone, cpuCapacity: (cpuRate(first) + cpuRate(second)) / cpuRate(total(solo)) };
  }

  async close(): Promise<void> {
    await Promise.all(this.#threads.map((thread) => thread.terminate()));
  }
}

function total(results: readonly RunResult[]): RunResult {
  const sum = { redacted: 0, wallMs: 0, cpuMs: 0 };
  for (const result of results) {
    sum.redacted += result.redacted;
    sum.wallMs += result.wallMs;
    sum.cpuMs += result.cpuMs;
  }
  return sum;
}

function rate(result: RunResult): number {
  return (result.redacted * 1000) / result.wallMs;
}

function cpuRate(result: RunResult): number {
  return result.cpuMs > 0 ? (result.redacted * 1000) / result.cpuMs : Number.NaN;
}

function run(thread: Worker, message: { bytes: number; offset: number; stride: number; durationMs: number }): Promise<RunResult> {
  const reply = nextMessage(thread) as Promise<RunResult>;
  thread.postMessage(message);
  return reply;
}

function nextMessage(thread: Worker): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const onMessage = (message: unknown): void => {
      thread.off('error', onError);
      resolve(message);
    };
    const onError = (error: Error): void => {
      thread.off('message', onMessage);
      reject(error);
    };
    thread.once('message', onMessage);
    thread.once('error', onError);
  });
}
