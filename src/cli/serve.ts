// `pii-gate serve`: runs the HTTP service on a tenants file, with JSON logs and graceful shutdown on SIGTERM/SIGINT.

import type { Command } from 'commander';
import { InvalidArgumentError } from 'commander';
import { pino } from 'pino';
import { createLogger } from '../log.js';
import { createServer } from '../http/server.js';

function positiveInteger(value: string): number {
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed <= 0) throw new InvalidArgumentError('must be a positive integer');
  return parsed;
}

function port(value: string): number {
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 0 || parsed > 65_535) throw new InvalidArgumentError('must be a port number (0-65535)');
  return parsed;
}

interface ServeFlags {
  tenants: string;
  port: number;
  host: string;
  threads?: number;
  maxQueue?: number;
  timeoutMs?: number;
  queueTimeoutMs?: number;
  rateLimit?: number;
  bodyLimit?: string;
  maxDocuments?: number;
  logLevel: string;
}

export function registerServeCommand(program: Command): void {
  program
    .command('serve')
    .description('Start the HTTP redaction service (POST /v1/redact, /healthz, /readyz, /metrics, /openapi.json)')
    .requiredOption('--tenants <file>', 'tenants YAML file (hot-reloaded on change)')
    .option('--port <port>', 'port to listen on', port, Number(process.env['PORT'] ?? 8080))
    .option('--host <host>', 'interface to bind', '127.0.0.1')
    .option('--threads <n>', 'worker threads (default: available parallelism)', positiveInteger)
    .option('--max-queue <n>', 'batches waiting for a worker before 503', positiveInteger)
    .option('--timeout-ms <ms>', 'time a batch may run before 503', positiveInteger)
    .option('--queue-timeout-ms <ms>', 'time a request may wait for a worker before 503', positiveInteger)
    .option('--rate-limit <n>', 'requests per tenant per minute (default: off)', positiveInteger)
    .option('--body-limit <size>', "maximum request body, e.g. '1mb'")
    .option('--max-documents <n>', 'documents per request', positiveInteger)
    .option('--log-level <level>', 'pino log level', process.env['PII_GATE_LOG_LEVEL'] ?? 'info')
    .action(async (flags: ServeFlags) => {
      // Asynchronous log writes: lines written while one write is in flight go out together, and the write itself
      // runs off the event loop. The default (one synchronous write per request line) took ~12% of the main thread's
      // busy time under the 20 × 1 KB HTTP load. On shutdown the stream is ended and waited for (up to a second), so
      // the last lines ('closed') are not lost.
      // Lines are also gathered up to 4 KB per write (flushed at least every 500 ms, so a quiet service's lines still
      // appear promptly): one write per request line cost ~40 µs of main-thread CPU per 1 × 1 KB request under load.
      const destination = pino.destination({ dest: 1, sync: false, minLength: 4096, periodicFlush: 500 });
      const logger = createLogger({ level: flags.logLevel, destination });
      const exit = (code: number): void => {
        const giveUp = setTimeout(() => process.exit(code), 1_000);
        destination.once('close', () => {
          clearTimeout(giveUp);
          process.exit(code);
        });
        destination.end();
      };
      const service = createServer({
        tenants: flags.tenants,
        logger,
        pool: { threads: flags.threads, maxQueue: flags.maxQueue, taskTimeoutMs: flags.timeoutMs, queueTimeoutMs: flags.queueTimeoutMs },
        limits: { bodyBytes: flags.bodyLimit, maxDocuments: flags.maxDocuments },
        rateLimit: flags.rateLimit === undefined ? false : { windowMs: 60_000, limit: flags.rateLimit },
      });
      let stopping = false;
      const stop = (signal: NodeJS.Signals): void => {
        if (stopping) return;
        stopping = true;
        logger.info({ signal }, 'draining');
        service.close().then(
          () => exit(0),
          (error: unknown) => {
            logger.error({ err: error instanceof Error ? error.name : 'unknown' }, 'shutdown failed');
            exit(1);
          },
        );
      };
      process.once('SIGTERM', stop);
      process.once('SIGINT', stop);
      await service.listen(flags.port, flags.host);
      const started = Date.now();
      await service.ready;
      logger.info({ threads: service.gate.stats.threads, warmupMs: Date.now() - started }, 'ready');
    });
}
