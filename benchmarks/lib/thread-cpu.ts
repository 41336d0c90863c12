// CPU time per thread of this process from /proc/self/task (Linux): lets a benchmark on a shared machine tell
// "slow because starved of CPU" from "slow because it does more work".

import { readdirSync, readFileSync } from 'node:fs';

// utime and stime are in clock ticks; USER_HZ is 100 on Linux x86 and arm64 (`getconf CLK_TCK`).
const msPerTick = 10;

/** CPU milliseconds used so far by each thread (by thread id); empty where /proc is not available. */
export function threadCpuMs(): Map<string, number> {
  return perThread('stat', (stat) => {
    // Fields after the `(comm)` field: state is [0], utime [11], stime [12].
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) * msPerTick;
  });
}

/**
 * Time each thread has run so far, in ms, from /proc/self/task/<id>/schedstat (nanoseconds, brought up to date on
 * every read, unlike stat's 10 ms ticks): fine enough to split a 200 B request's CPU by thread. Empty without /proc.
 */
export function threadRunMs(): Map<string, number> {
  return perThread('schedstat', (schedstat) => Number(schedstat.split(' ')[0]) / 1e6);
}

// One /proc/self/task/<id>/<file> read per thread, turned into milliseconds.
function perThread(file: string, toMs: (content: string) => number): Map<string, number> {
  const threads = new Map<string, number>();
  let ids: string[];
  try {
    ids = readdirSync('/proc/self/task');
  } catch {
    return threads;
  }
  for (const id of ids) {
    try {
      threads.set(id, toMs(readFileSync(`/proc/self/task/${id}/${file}`, 'utf8')));
    } catch {
      // the thread ended between the listing and the read
    }
  }
  return threads;
}

/** Adds the CPU each thread used between two snapshots to `into`. */
export function addCpuDelta(into: Map<string, number>, before: ReadonlyMap<string, number>, after: ReadonlyMap<string, number>): void {
  for (const [id, ms] of after) {
    const delta = ms - (before.get(id) ?? 0);
    if (delta > 0) into.set(id, (into.get(id) ?? 0) + delta);
  }
}

/** CPU of the busiest thread: on enough free cores, the wall time of parallel work is bounded by it. */
export function busiestThreadMs(usage: ReadonlyMap<string, number>): number {
  let busiest = 0;
  for (const ms of usage.values()) busiest = Math.max(busiest, ms);
  return busiest;
}

export function totalCpuMs(usage: ReadonlyMap<string, number>): number {
  let total = 0;
  for (const ms of usage.values()) total += ms;
  return total;
}
