// Redaction reports packed into one array of numbers for the trip from a worker to the main thread, and unpacked there.

import type { EntityReport, RedactionReport } from '../engine.js';
import type { Action, Destination, EntityType } from '../types.js';
import { ACTIONS, ENTITY_TYPES } from '../types.js';

/**
 * A batch's reports. Most of them share tenant, destination and reason lists, which travel once in the tables; the
 * rest of a report is numbers, all of them in one Float64Array, which crosses threads as one block of bytes instead
 * of a cloned array per report. Per 200 B review report and document, cloned there and back: an array of mixed
 * rows ~1.2 µs to deserialise and unpack on the main thread, these numbers ~0.3–0.5 (RESULTS.md §32).
 */
export interface PackedReports {
  /** `[tenant, purpose, region]` per distinct context. */
  readonly contexts: ReadonlyArray<readonly [string, string, string]>;
  /** Distinct reason lists. */
  readonly reasons: ReadonlyArray<readonly string[]>;
  /** One entry per item: its report's id, or null (no id, no report, or a report sent as JSON). */
  readonly ids: ReadonlyArray<string | null>;
  /**
   * Per item, in order: `0` (no report: a failed item), or `1` and a row `context, fields, elapsedMs, ...per entity
   * type in ENTITY_TYPES order: found, reasons, action count, (action index in ACTIONS, count)…`, or `2` and an index
   * into `json`: a report of a shape this codec does not know (a field added to RedactionReport later) travels as
   * JSON, so nothing is ever dropped.
   */
  readonly numbers: Float64Array;
  readonly json: readonly string[];
}

const noReport = 0;
const row = 1;
const asJson = 2;

const reportKeys = ['tenant', 'destination', 'entities', 'fields', 'elapsedMs'];
const reportKeysWithId = ['id', ...reportKeys];
const entityKeys = ['found', 'actions', 'reasons'];
const destinationKeys = ['purpose', 'region'];
const actionIndex = new Map<string, number>(ACTIONS.map((action, index) => [action, index]));

/** Packs reports in the worker. */
export function packReports(reports: ReadonlyArray<RedactionReport | null>): PackedReports {
  const contexts: Array<readonly [string, string, string]> = [];
  const reasons: string[][] = [];
  const ids: Array<string | null> = [];
  const json: string[] = [];
  const numbers: number[] = [];
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
      ids.push(null);
      numbers.push(noReport);
      continue;
    }
    if (!isPackable(report)) {
      ids.push(null);
      numbers.push(asJson, json.push(JSON.stringify(report)) - 1);
      continue;
    }
    ids.push(report.id ?? null);
    numbers.push(row, contextOf(report.tenant, report.destination), report.fields, report.elapsedMs);
    for (const type of ENTITY_TYPES) {
      const entity = report.entities[type];
      numbers.push(entity.found, reasonsOf(entity.reasons), 0);
      const countAt = numbers.length - 1;
      let count = 0;
      for (const action in entity.actions) {
        numbers.push(actionIndex.get(action) as number, entity.actions[action as Action] as number);
        count += 1;
      }
      numbers[countAt] = count;
    }
  }
  return { contexts, reasons, ids, numbers: Float64Array.from(numbers), json };
}

/** Unpacks on the main thread: equal to what the worker packed, key order included. Throws on a malformed pack. */
export function unpackReports(packed: PackedReports): Array<RedactionReport | null> {
  const { ids, numbers } = packed;
  if (!Array.isArray(ids) || !(numbers instanceof Float64Array)) throw new TypeError('report pack has no ids or numbers');
  const reports = new Array<RedactionReport | null>(ids.length);
  const read = { at: 0 };
  for (let item = 0; item < ids.length; item += 1) {
    const kind = numbers[read.at];
    read.at += 1;
    if (kind === noReport) {
      reports[item] = null;
    } else if (kind === row) {
      reports[item] = unpackRow(ids[item] ?? null, packed, read);
    } else if (kind === asJson) {
      const text = packed.json[numbers[read.at] as number];
      read.at += 1;
      if (typeof text !== 'string') throw new TypeError('report pack names an unknown JSON report');
      reports[item] = JSON.parse(text) as RedactionReport;
    } else {
      throw new TypeError('report pack has an unknown entry');
    }
  }
  if (read.at !== numbers.length) throw new TypeError('report pack does not match its item count');
  return reports;
}

function unpackRow(id: string | null, packed: PackedReports, read: { at: number }): RedactionReport {
  const { numbers } = packed;
  let at = read.at;
  const context = packed.contexts[numbers[at] as number];
  if (context === undefined) throw new TypeError('report row names an unknown context');
  const fields = numbers[at + 1] as number;
  const elapsedMs = numbers[at + 2] as number;
  at += 3;
  const entities = {} as Record<EntityType, EntityReport>;
  for (const type of ENTITY_TYPES) {
    const found = numbers[at] as number;
    const reasons = packed.reasons[numbers[at + 1] as number];
    if (reasons === undefined) throw new TypeError('report row names an unknown reason list');
    const actionCount = numbers[at + 2] as number;
    at += 3;
    if (!(actionCount >= 0 && at + 2 * actionCount <= numbers.length)) throw new TypeError('report row is cut short');
    const actions: Partial<Record<Action, number>> = {};
    for (let n = 0; n < actionCount; n += 1, at += 2) {
      const action = ACTIONS[numbers[at] as number];
      if (action === undefined) throw new TypeError('report row names an unknown action');
      actions[action] = numbers[at + 1] as number;
    }
    entities[type] = { found, actions, reasons: [...reasons] };
  }
  if (at > numbers.length) throw new TypeError('report row is cut short');
  read.at = at;
  const destination = { purpose: context[1], region: context[2] } as Destination;
  return id === null
    ? { tenant: context[0], destination, entities, fields, elapsedMs }
    : { id, tenant: context[0], destination, entities, fields, elapsedMs };
}

/** Exactly the shape this codec knows (same keys, same order, known actions, numeric counts); anything else travels as JSON. */
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
      if (!Object.hasOwn(entity.actions, action) || !actionIndex.has(action) || typeof entity.actions[action as Action] !== 'number') {
        return false;
      }
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
