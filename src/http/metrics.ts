// Prometheus metrics (prom-client) on a private registry. Labels are routes, codes, entity types and actions: never PII.

import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { RedactionReport } from '../engine.js';
import type { Gate } from '../gate.js';
import type { EntityCounts } from '../pool/messages.js';
import type { Action, EntityType } from '../types.js';

export interface HttpMetrics {
  readonly registry: Registry;
  observeRequest(route: string, method: string, status: number, seconds: number): void;
  observeReports(reports: readonly RedactionReport[]): void;
  /** The same counts as observeReports, already summed by a worker: `[type, action, count, …]`. */
  observeCounts(documents: number, entities: EntityCounts): void;
}

export function createHttpMetrics(gate: Gate, options: { defaultMetrics?: boolean } = {}): HttpMetrics {
  const registry = new Registry();
  if (options.defaultMetrics !== false) collectDefaultMetrics({ register: registry, prefix: 'pii_gate_' });

  const requests = new Counter({
    name: 'pii_gate_http_requests_total',
    help: 'HTTP requests by route, method and status',
    labelNames: ['route', 'method', 'status'] as const,
    registers: [registry],
  });
  const latency = new Histogram({
    name: 'pii_gate_http_request_duration_seconds',
    help: 'HTTP request latency by route',
    labelNames: ['route'] as const,
    buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  });
  const entities = new Counter({
    name: 'pii_gate_entities_total',
    help: 'Entities redacted, by type and the action applied',
    labelNames: ['type', 'action'] as const,
    registers: [registry],
  });
  const documents = new Counter({
    name: 'pii_gate_documents_total',
    help: 'Documents redacted',
    registers: [registry],
  });
  new Gauge({
    name: 'pii_gate_pool_queue_size',
    help: 'Batches waiting for a worker',
    registers: [registry],
    collect() {
      this.set(gate.stats.queueSize);
    },
  });
  new Gauge({
    name: 'pii_gate_pool_utilization',
    help: 'Fraction of worker capacity in use since start',
    registers: [registry],
    collect() {
      this.set(gate.stats.utilization);
    },
  });
  new Gauge({
    name: 'pii_gate_pool_ready',
    help: '1 when every worker is warm',
    registers: [registry],
    collect() {
      this.set(gate.isReady ? 1 : 0);
    },
  });
  // The pool keeps running totals; the counter adds what is new since the last scrape.
  const rejectedSoFar = new Map<string, number>();
  new Counter({
    name: 'pii_gate_pool_rejections_total',
    help: 'Documents refused or failed by the pool (overload, timeout, worker crash, shutdown), by code',
    labelNames: ['code'] as const,
    registers: [registry],
    collect() {
      for (const [code, total] of gate.stats.rejections) {
        const delta = total - (rejectedSoFar.get(code) ?? 0);
        if (delta > 0) this.inc({ code }, delta);
        rejectedSoFar.set(code, total);
      }
    },
  });
  new Gauge({
    name: 'pii_gate_pool_run_time_p99_milliseconds',
    help: 'p99 time a worker spends on one batch',
    registers: [registry],
    collect() {
      this.set(gate.stats.runTime.p99);
    },
  });
  new Gauge({
    name: 'pii_gate_pool_wait_time_p99_milliseconds',
    help: 'p99 time a batch waits for a worker',
    registers: [registry],
    collect() {
      this.set(gate.stats.waitTime.p99);
    },
  });

  return {
    registry,
    observeRequest(route, method, status, seconds) {
      requests.inc({ route, method, status: String(status) });
      latency.observe({ route }, seconds);
    },
    observeReports(reports) {
      documents.inc(reports.length);
      for (const report of reports) {
        for (const [type, counts] of Object.entries(report.entities) as Array<[EntityType, RedactionReport['entities'][EntityType]]>) {
          for (const [action, count] of Object.entries(counts.actions) as Array<[Action, number | undefined]>) {
            if (count) entities.inc({ type, action }, count);
          }
        }
      }
    },
    observeCounts(count, counts) {
      documents.inc(count);
      for (let at = 0; at + 2 < counts.length; at += 3) {
        const total = counts[at + 2];
        if (typeof total === 'number' && total > 0) entities.inc({ type: String(counts[at]), action: String(counts[at + 1]) }, total);
      }
    },
  };
}
