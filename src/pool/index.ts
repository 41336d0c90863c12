// Worker pool public surface.

export type { FaultKind } from './messages.js';
export { defaultPoolOptions, parsePoolOptions } from './options.js';
export type { PoolConfig, PoolOptions } from './options.js';
export { RedactionPool, resolveWorkerFile } from './pool.js';
export type { BodyOutput, RedactionOutput, TimingSummary } from './pool.js';
