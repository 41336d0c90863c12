// Progress bar on stderr (rate and ETA from bytes read) for long runs; silent when stderr is not a terminal.

import { SingleBar } from 'cli-progress';

export interface Progress {
  update(bytesRead: number, documents: number): void;
  stop(): void;
}

const silent: Progress = { update() {}, stop() {} };

// Redrawing costs far more than detecting a short review, so the bar is refreshed at most this often.
const refreshMs = 200;

/**
 * A bar needs a total: with a file input it is the file size, so ETA = bytes left / byte rate. With stdin
 * there is no total and no honest ETA, so no bar (the summary still reports the rate).
 */
export function createProgress(options: { totalBytes: number | undefined; enabled: boolean }): Progress {
  const { totalBytes } = options;
  if (!options.enabled || totalBytes === undefined || totalBytes === 0) return silent;
  const bar = new SingleBar({
    stream: process.stderr,
    format: '{bar} {percentage}% | {documents} docs | {docsPerSecond} docs/s | {megabytesPerSecond} MB/s | ETA {eta_formatted}',
    hideCursor: true,
    clearOnComplete: true,
    etaBuffer: 50,
  });
  const startedAt = performance.now();
  let lastDraw = 0;
  bar.start(totalBytes, 0, { documents: 0, docsPerSecond: 0, megabytesPerSecond: '0.00' });
  return {
    update(bytesRead, documents) {
      const now = performance.now();
      if (now - lastDraw < refreshMs) return;
      lastDraw = now;
      const seconds = Math.max((now - startedAt) / 1000, 1e-3);
      bar.update(Math.min(bytesRead, totalBytes), {
        documents,
        docsPerSecond: Math.round(documents / seconds),
        megabytesPerSecond: (bytesRead / 1e6 / seconds).toFixed(2),
      });
    },
    stop() {
      bar.stop();
    },
  };
}
