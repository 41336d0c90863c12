// The plain-data protocol between the main thread and redaction workers (structured-clone safe, no classes).

import type { ErrorCode } from '../errors.js';
import type { DocumentLimits } from '../http/limits.js';
import type { Destination } from '../types.js';
import type { PackedReports } from './report-codec.js';

/** Test-only faults a worker can be told to simulate (ignored unless fault injection is enabled, see pool options). */
/** 'delay' holds the batch 300 ms then completes normally (for drain tests). */
export type FaultKind = 'throw' | 'hang' | 'exit' | 'delay';

/**
 * Consecutive documents of a batch that share a policy and a destination (usually all of one request's part): one
 * object per run instead of one per document, which the main thread would build and both threads would clone.
 */
export interface DocumentRun {
  /** Key into `RedactionTask.policies`; one policy travels once per task however many items use it. */
  readonly policy: number;
  readonly destination: Destination;
  readonly documents: readonly unknown[];
}

/**
 * A whole POST /v1/redact body, as bytes (transferred, not cloned): the worker parses and validates it, redacts
 * every document and answers with the response body, so the main thread never touches the documents.
 */
export interface BodyItem {
  readonly policy: number;
  readonly body: Uint8Array;
  readonly limits: DocumentLimits;
}

export type WorkItem = DocumentRun | BodyItem;

export function isBodyItem(item: WorkItem): item is BodyItem {
  return (item as Partial<BodyItem>).body !== undefined;
}

/** Entity counts of a response, flat: `[type, action, count, type, action, count, …]` (for the metrics). */
export type EntityCounts = ReadonlyArray<string | number>;

export interface RedactionTask {
  /**
   * The policies the items use, as JSON. A string crosses threads as one copy (an object is cloned field by field,
   * ~45% of a one-document task's postMessage), and the worker keeps the parsed policy per string, so the engine's
   * per-policy caches (operator context, compiled allow/deny lists) survive from one batch to the next.
   */
  readonly policies: readonly string[];
  readonly items: readonly WorkItem[];
  readonly fault?: FaultKind;
}

/** A document that could not be redacted, or a request body's outcome. */
export type ItemResult = BodyResult | Failure;

export interface Failure {
  readonly ok: false;
  readonly code: ErrorCode;
  readonly detail?: string;
}

/** A body item's answer: the JSON response `{ documents, reports }` as UTF-8 bytes, and what metrics and logs need. */
export interface BodyResult {
  readonly ok: true;
  readonly body: Uint8Array;
  readonly documents: number;
  readonly entities: EntityCounts;
}

/**
 * A batch's results by position: a batch's positions are its documents, runs unrolled, and its bodies, in task order.
 * A failed position fails only the request it belongs to.
 */
export interface TaskResult {
  /** The redacted document at each document position; null at failed positions and at bodies. */
  readonly documents: readonly unknown[];
  /** `[position, outcome]` for each failed position and each body, in position order. */
  readonly outcomes: ReadonlyArray<readonly [number, ItemResult]>;
  /** The reports by position (none at failed positions and bodies), packed (see report-codec.ts). */
  readonly reports: PackedReports;
  /** When the worker finished the batch, in monotonic ms (caller-share.ts): sizes the caller's share. */
  readonly finishedAt?: number;
}

/** Posted once by each worker after it has loaded patterns and run one detection. */
export interface WarmMessage {
  readonly type: 'pii-gate:warm';
  readonly threadId: number;
  readonly warmupMs: number;
}

export function isWarmMessage(value: unknown): value is WarmMessage {
  return typeof value === 'object' && value !== null && (value as { type?: unknown }).type === 'pii-gate:warm';
}

export interface WorkerData {
  readonly faultInjection: boolean;
}
