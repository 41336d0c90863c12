// Redaction reports packed into flat rows for the trip from a worker to the main thread, and unpacked there.

import type { EntityReport, RedactionReport } from '../engine.js';
import type { Action, Destination, EntityType } from '../types.js';
import { ENTITY_TYPES } from '../types.js';

/**
 * A batch's reports. Most of them share tenant, destination and reason lists, which travel once in the tables;
 * a row carries the rest. Measured per report (100 dev-corpus reports, v8 serialize/deserialize standing in for
 * postMessage): the report objects themselves 9–13 µs there and back, JSON 8.8 µs (4.1 in the worker, 4.7 on the
 * main thread), rows 4.2 µs (2.5 and 1.7).
 */
export interface PackedReports {
  /** `[tenant, purpose, region]` per distinct context. */
  readonly contexts: ReadonlyArray<readonly [string, string, string]>;
  /** Distinct reason lists. */
  readonly reasons: ReadonlyArray<readonly string[]>;
  /**
   * One entry per item: null for a failed item; a row `[id | null, context, fields, elapsedMs, ...per entity type in
   * ENTITY_TYPES order: found, reasons, action count, (action, count)…]`; or, for a report of a shape this codec does
   * not know (a field added to RedactionReport later), its JSON, so nothing is ever dropped.
   */
  readonly rows: ReadonlyArray<ReportRow | string | null>;
}

export type ReportRow = ReadonlyArray<string | number | null>;

const reportKeys = ['tenant', 'destination', 'entities', 'fields', 'elapsedMs'];
const reportKeysWithId = ['id', ...reportKeys];
const entityKeys = ['found', 'actions', 'reasons'];
const destinationKeys = ['purpose', 'region'];

/** Packs reports in the worker. */
export function packReports(reports: ReadonlyArray<RedactionReport | null>): PackedReports {
  const contexts: Array<readonly [string, string, string]> = [];
  const reasons: string[][] = [];
  const rows: Array<ReportRow | string | null> = [];
  // Interning compares with the tables directly: they hold a handful of entries per batch, and building string keys
  // cost more than the comparisons (measured).
  const contextOf = (tenant: string, { purpose, region }: Destination): number => {
    let index = contexts.findIndex((entry) => entry[0] === tenant && entry[1] === purpose && entry[2] === region);
    if (index === -1) index = contexts.push([tenant, purpose, region]) - 1;
    return index;
  };
  const reasonsOf = (list: readonly string[]): number => {
    let index = reasons.findIndex((entry) => entry.length === list.length && entry.every((reason, at) => reason === list[at]));
    if (index === -1) index = reasons.push([...list]) - 1;
    return index;
  };

  for (const report of reports) {
    if (report === null) {
      rows.push(null);
      continue;
    }
    if (!isPackable(report)) {
      rows.push(JSON.stringify(report));
      continue;
    }
    const row: Array<string | number | null> = [report.id ?? null, contextOf(report.tenant, report.destination), report.fields, report.elapsedMs];
    for (const type of ENTITY_TYPES) {
      const entity = report.entities[type];
      row.push(entity.found, reasonsOf(entity.reasons), 0);
      const countAt = row.length - 1;
      let count = 0;
      for (const action in entity.actions) {
        row.push(action, entity.actions[action as Action] as number);
        count += 1;
      }
      row[countAt] = count;
    }
    rows.push(row);
  }
  return { contexts, reasons, rows };
}

/** Unpacks on the main thread: equal to what the worker packed, key order included. Throws on a malformed pack. */
export function unpackReports(packed: PackedReports): Array<RedactionReport | null> {
  return packed.rows.map((row) => {
    if (row === null) return null;
    if (typeof row === 'string') return JSON.parse(row) as RedactionReport;
    return unpackRow(row, packed);
  });
}

function unpackRow(row: ReportRow, packed: PackedReports): RedactionReport {
  const [id, contextAt, fields, elapsedMs] = row;
  const context = packed.contexts[contextAt as number];
  if (context === undefined) throw new TypeError('report row names an unknown context');
  const destination = { purpose: context[1], region: context[2] } as Destination;
  const entities = {} as Record<EntityType, EntityReport>;
  let at = 4;
  for (const type of ENTITY_TYPES) {
    const found = row[at] as number;
    const reasons = packed.reasons[row[at + 1] as number];
    if (reasons === undefined) throw new TypeError('report row names an unknown reason list');
    const actionCount = row[at + 2] as number;
    at += 3;
    const actions: Partial<Record<Action, number>> = {};
    for (let n = 0; n < actionCount; n += 1, at += 2) actions[row[at] as Action] = row[at + 1] as number;
    entities[type] = { found, actions, reasons: [...reasons] };
  }
  const rest = { tenant: context[0], destination, entities, fields: fields as number, elapsedMs: elapsedMs as number };
  return id === null ? rest : { id: id as string, ...rest };
}

/** Exactly the shape this codec knows (same keys, same order); anything else travels as JSON. */
function isPackable(report: RedactionReport): boolean {
  if (!hasKeys(report, report.id === undefined ? reportKeys : reportKeysWithId)) return false;
  if (report.id !== undefined && typeof report.id !== 'string') return false;
  if (typeof report.tenant !== 'string' || typeof report.fields !== 'number' || typeof report.elapsedMs !== 'number') return false;
  const { destination, entities } = report;
  if (!hasKeys(destination, destinationKeys) || typeof destination.purpose !== 'string' || typeof destination.region !== 'string') {
    return false;
  }
  if (!hasKeys(entities, ENTITY_TYPES)) return false;
  for (const type of ENTITY_TYPES) {
    const entity = entities[type];
    if (!hasKeys(entity, entityKeys) || typeof entity.found !== 'number' || !Array.isArray(entity.reasons)) return false;
    for (const reason of entity.reasons) if (typeof reason !== 'string') return false;
    if (typeof entity.actions !== 'object' || entity.actions === null || Array.isArray(entity.actions)) return false;
    for (const action in entity.actions) {
      if (!Object.hasOwn(entity.actions, action) || typeof entity.actions[action as Action] !== 'number') return false;
    }
  }
  return true;
}

/** Own enumerable keys exactly `expected`, in that order (for…in: no array allocated per check). */
function hasKeys(value: unknown, expected: readonly string[]): boolean {
  if (typeof value !== 'object' || value === null || Object.getPrototypeOf(value) !== Object.prototype) return false;
  let index = 0;
  for (const key in value) {
    if (key !== expected[index]) return false;
    index += 1;
  }
  return index === expected.length;
}
