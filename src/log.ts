// pino logger factory. Log lines carry ids, counts, codes and timings only: never document text or keys.

import type { DestinationStream, Logger, LoggerOptions } from 'pino';
import { pino } from 'pino';

export type { Logger } from 'pino';

export interface LoggerSettings {
  level?: LoggerOptions['level'];
  /** Where lines go; default stdout. Tests pass a memory stream to assert that no PII is logged. */
  destination?: DestinationStream;
}

// Belt and braces: fields that could hold a secret or PII are censored even if a caller passes them by mistake.
const REDACTED_PATHS = [
  'req.headers.authorization',
  'headers.authorization',
  'authorization',
  'apiKey',
  'secret',
  'body',
  'text',
  'document',
  'documents',
];

export function createLogger(settings: LoggerSettings = {}): Logger {
  const options: LoggerOptions = {
    name: 'pii-gate',
    level: settings.level ?? process.env['PII_GATE_LOG_LEVEL'] ?? 'info',
    redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
    base: { pid: process.pid },
  };
  return settings.destination === undefined ? pino(options) : pino(options, settings.destination);
}

/** A logger that writes nothing (library default: the embedding app decides about logging). */
export function silentLogger(): Logger {
  return pino({ level: 'silent' });
}
