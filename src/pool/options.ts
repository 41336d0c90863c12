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
    /** Time a batch may take from submission (queue wait included) before it fails with 503 (ERR_PII_POOL_TIMEOUT). */
    taskTimeoutMs: z.number().int().positive(),
    /** A batch is sent as soon as it holds this many documents… */
    batchMaxDocuments: z.number().int().positive(),
    /** …or this many characters of string content… */
    batchMaxChars: z.number().int().positive(),
    /**
     * …or when this window closes. The window applies only while every worker is busy; with a worker idle a batch
     * leaves at the end of the current event-loop turn. 0 always sends at the end of the turn.
     */
    batchWindowMs: z.number().min(0).max(1),
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
  maxQueue: 256,
  taskTimeoutMs: 10_000,
  batchMaxDocuments: 32,
  batchMaxChars: 64_000,
  batchWindowMs: 1,
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
