// Public API of pii-gate: detection, policy, the document engine, the pool and the HTTP doors.

export type { Action, DetectOptions, Destination, EntityType, Purpose, Span } from './types.js';
export { ACTIONS, ENTITY_TYPES, PURPOSES } from './types.js';
export type { DetectContext, Detector } from './detect/detector.js';
export { isDetector } from './detect/detector.js';
export { builtinDetectors, defaultDetectOptions, detect, detectMany } from './detect/index.js';
export { createEmailDetector } from './detect/email.js';
export { createNameDetector, nameKey, nameWeights } from './detect/name/index.js';
export { createPhoneDetector } from './detect/phone.js';
export { type ErrorCode, PiiGateError, errorCatalogue, isErrorCode } from './errors.js';

export {
  type Operator,
  type OperatorContext,
  type PlannedSpan,
  applyActions,
  isOperator,
  operators,
  pseudonym,
} from './mask/index.js';
export {
  type EntityDecision,
  type FileTenantStore,
  type Jurisdiction,
  type ResolvedPolicy,
  type TenantPolicy,
  type TenantStore,
  createFileTenantStore,
  createMemoryTenantStore,
  decide,
  hashApiKey,
  isTenantStore,
  jurisdictionPresets,
  parseTenantsYaml,
} from './policy/index.js';
export { type EntityReport, type RedactionReport, redactDocument } from './engine.js';

export {
  type PoolConfig,
  type PoolOptions,
  type BodyOutput,
  type RedactionOutput,
  type TimingSummary,
  RedactionPool,
  defaultPoolOptions,
} from './pool/index.js';
export { type Gate, type GateOptions, type GateStats, type RedactOptions, createGate, parseDestination } from './gate.js';
export { type DocumentShape, type RedactMiddlewareOptions, type ValueOrResolver, redact } from './http/middleware.js';
export {
  type PiiGateServer,
  type RateLimitOptions,
  type ServerOptions,
  createServer,
  defaultServerOptions,
} from './http/server.js';
export { type ProblemDetails, problemFor, problemHandler, toPiiGateError } from './http/problem.js';
export { type Limits, defaultLimits } from './http/limits.js';
export { type Logger, createLogger } from './log.js';
export { type GoldSpan, type Scoreboard, type TypeScore, scoreRecords } from './eval/score.js';
