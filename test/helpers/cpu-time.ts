// Linear-cost guards read this process's CPU time (user + system), not the wall clock: on a machine shared with
// other jobs the wall clock measures their load (guards failed at load 14-21 with the code unchanged). vitest runs
// each test file in its own process, so no other file's work is counted.

/** Milliseconds of CPU this process spends running `work`. */
export function cpuMilliseconds(work: () => void): number {
  const started = process.cpuUsage();
  work();
  const used = process.cpuUsage(started);
  return (used.user + used.system) / 1000;
}
