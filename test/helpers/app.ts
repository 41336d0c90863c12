// Shared builders for HTTP tests: a gate on a temp tenants file with one warm worker, and a request body.

import type { Gate } from '../../src/gate.js';
import { createGate } from '../../src/gate.js';
import type { PoolOptions } from '../../src/pool/index.js';
import type { Destination } from '../../src/types.js';
import type { TempTenants, TenantsFileOptions } from './tenants.js';
import { createTempTenants } from './tenants.js';

export interface TestGate {
  readonly gate: Gate;
  readonly tenants: TempTenants;
  close(): Promise<void>;
}

/** One worker thread: the CI machine has two cores shared with other suites. */
export async function startTestGate(pool: PoolOptions = {}, tenantOptions: TenantsFileOptions = {}): Promise<TestGate> {
  const tenants = createTempTenants(tenantOptions);
  const gate = createGate({ tenants: tenants.path, pool: { threads: 1, ...pool } });
  await gate.ready;
  return {
    gate,
    tenants,
    async close() {
      await gate.close();
      tenants.remove();
    },
  };
}

export function redactBody(destination: Destination, documents: unknown[], extra: Record<string, unknown> = {}): Record<string, unknown> {
  return { destination, documents, ...extra };
}

/** Polls until `check` passes or `timeoutMs` elapses (for hot reload, which is asynchronous by nature). */
export async function eventually(check: () => Promise<void>, timeoutMs = 5_000, intervalMs = 100): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      await check();
      return;
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, intervalMs));
    }
  }
}
