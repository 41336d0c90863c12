// createGate: tenant policies + worker pool behind one call, the object every door (middleware, server, CLI) uses.

import type { ErrorCode } from './errors.js';
import { PiiGateError } from './errors.js';
import { maxDocumentDepth } from './payload/clone.js';
import type { TenantStore } from './policy/store.js';
import { createFileTenantStore } from './policy/store.js';
import type { ResolvedPolicy } from './policy/types.js';
import type { PoolOptions, RedactionOutput, TimingSummary } from './pool/index.js';
import { RedactionPool } from './pool/index.js';
import { parseDestination } from './destination.js';
import type { Destination } from './types.js';

// Moved to destination.ts (workers parse request bodies too, without loading the pool); re-exported for callers.
export { describeIssue, destinationSchema, parseDestination } from './destination.js';

export interface GateOptions {
  /** A tenant store, or the path of a tenants YAML file (watched and hot-reloaded). */
  tenants: TenantStore | string;
  /** An existing pool (shared, not closed by the gate), or options for a pool the gate owns. */
  pool?: RedactionPool | PoolOptions;
  /** Told when a changed tenants file cannot be loaded (the previous policies stay in force). Only with a path. */
  onTenantsReloadError?(error: PiiGateError): void;
}

export interface RedactOptions {
  /** Extra JSON paths to redact on top of the tenant's own `fields` (e.g. `meta.comment`, `messages[*].note`). */
  fields?: readonly string[];
}

export interface GateStats {
  ready: boolean;
  threads: number;
  queueSize: number;
  utilization: number;
  waitTime: TimingSummary;
  runTime: TimingSummary;
  completed: number;
  rejected: number;
  rejections: ReadonlyMap<ErrorCode, number>;
}

export interface Gate {
  redactDocuments(
    tenantId: string,
    destination: Destination,
    documents: readonly unknown[],
    options?: RedactOptions,
  ): Promise<RedactionOutput>;
  /** Resolves when every worker is warm. */
  readonly ready: Promise<void>;
  readonly isReady: boolean;
  readonly stats: GateStats;
  readonly tenants: TenantStore;
  readonly pool: RedactionPool;
  close(): Promise<void>;
}

/**
 * Checked before the pool, iteratively: the structured clone that carries a document to a worker overflows the stack
 * on deep input (10 000 levels) and used to surface as a 503 "worker crashed" instead of this 400.
 */
function nestedDeeperThan(value: unknown, limit: number): boolean {
  const stack: Array<{ node: unknown; depth: number }> = [{ node: value, depth: 0 }];
  while (stack.length > 0) {
    const { node, depth } = stack.pop()!;
    if (depth > limit) return true;
    if (typeof node !== 'object' || node === null) continue;
    for (const child of Array.isArray(node) ? node : Object.values(node)) stack.push({ node: child, depth: depth + 1 });
  }
  return false;
}

function isTenantStore(value: unknown): value is TenantStore {
  if (typeof value !== 'object' || value === null) return false;
  const store = value as Partial<TenantStore>;
  return typeof store.get === 'function' && typeof store.findByApiKey === 'function' && typeof store.list === 'function';
}

export function createGate(options: GateOptions): Gate {
  if (typeof options !== 'object' || options === null) {
    throw new PiiGateError('ERR_PII_CONFIG_INVALID', 'createGate(options): options must be an object with `tenants`');
  }
  const ownsStore = typeof options.tenants === 'string';
  let tenants: TenantStore;
  if (typeof options.tenants === 'string') {
    const onReloadError = options.onTenantsReloadError;
    tenants = createFileTenantStore(options.tenants, { watch: true, ...(onReloadError ? { onReloadError } : {}) });
  }
  else if (isTenantStore(options.tenants)) tenants = options.tenants;
  else {
    throw new PiiGateError(
      'ERR_PII_CONFIG_INVALID',
      'options.tenants must be a TenantStore (get, findByApiKey, list) or the path of a tenants YAML file',
    );
  }
  const ownsPool = !(options.pool instanceof RedactionPool);
  const pool = options.pool instanceof RedactionPool ? options.pool : new RedactionPool(options.pool ?? {});
  // Per-policy memo so requests with the same extra fields share one policy object (one clone per batch).
  const extended = new WeakMap<ResolvedPolicy, Map<string, ResolvedPolicy>>();

  function withFields(policy: ResolvedPolicy, fields: readonly string[] | undefined): ResolvedPolicy {
    if (fields === undefined || fields.length === 0) return policy;
    const key = fields.join('\n');
    let byFields = extended.get(policy);
    if (byFields === undefined) extended.set(policy, (byFields = new Map()));
    let merged = byFields.get(key);
    if (merged === undefined) {
      merged = { ...policy, fields: [...new Set([...(policy.fields ?? []), ...fields])] };
      byFields.set(key, merged);
    }
    return merged;
  }

  return {
    async redactDocuments(tenantId, destination, documents, redactOptions = {}) {
      const policy = tenants.get(tenantId);
      if (policy === undefined) throw new PiiGateError('ERR_PII_TENANT_UNKNOWN', 'no tenant with that id');
      if (!Array.isArray(documents)) throw new PiiGateError('ERR_PII_INPUT_SCHEMA', 'documents: must be an array');
      const tooDeep = documents.findIndex((document) => nestedDeeperThan(document, maxDocumentDepth));
      if (tooDeep !== -1) {
        throw new PiiGateError('ERR_PII_INPUT_TOO_DEEP', `documents[${tooDeep}]: nesting deeper than ${maxDocumentDepth}`);
      }
      return pool.redact(withFields(policy, redactOptions.fields), parseDestination(destination), documents);
    },
    ready: pool.ready,
    get isReady() {
      return pool.isReady;
    },
    get stats(): GateStats {
      return {
        ready: pool.isReady,
        threads: pool.threads,
        queueSize: pool.queueSize,
        utilization: pool.utilization,
        waitTime: pool.waitTime,
        runTime: pool.runTime,
        completed: pool.completed,
        rejected: pool.rejected,
        rejections: pool.rejections,
      };
    },
    tenants,
    pool,
    async close() {
      if (ownsPool) await pool.close();
      if (ownsStore) tenants.close?.();
    },
  };
}
