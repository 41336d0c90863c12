// Totals of per-document redaction reports for the `redact` summary: counts and reason codes, never values.

import type { RedactionReport } from '../engine.js';
import type { Action, Destination, EntityType } from '../types.js';
import { ACTIONS, ENTITY_TYPES } from '../types.js';

/** Totals of many per-document reports: how many entities of each type were found and what was done to them. */
export interface RedactionTotals {
  entities: Record<EntityType, { found: number; actions: Partial<Record<Action, number>>; reasons: Set<string> }>;
}

export function createRedactionTotals(): RedactionTotals {
  const entities = {} as RedactionTotals['entities'];
  for (const type of ENTITY_TYPES) entities[type] = { found: 0, actions: {}, reasons: new Set() };
  return { entities };
}

export function addReport(totals: RedactionTotals, report: RedactionReport): void {
  for (const type of ENTITY_TYPES) {
    const from = report.entities[type];
    if (!from) continue;
    const into = totals.entities[type];
    into.found += from.found;
    for (const action of ACTIONS) {
      const count = from.actions[action];
      if (count) into.actions[action] = (into.actions[action] ?? 0) + count;
    }
    for (const reason of from.reasons) into.reasons.add(reason);
  }
}

export function formatRedactionTotals(tenant: string, destination: Destination, totals: RedactionTotals): string {
  const lines = [`  tenant ${tenant}, destination ${destination.purpose}/${destination.region}`];
  for (const type of ENTITY_TYPES) {
    const entry = totals.entities[type];
    const actions = ACTIONS.filter((action) => entry.actions[action])
      .map((action) => `${action} ${entry.actions[action]}`)
      .join(', ');
    const reasons = [...entry.reasons].sort().join(', ');
    lines.push(
      `  ${type.padEnd(5)} found ${String(entry.found).padStart(7)}` +
        (actions ? `  (${actions})` : '') +
        (reasons ? `  reasons: ${reasons}` : ''),
    );
  }
  return lines.join('\n');
}
