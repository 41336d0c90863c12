// Report packing between worker and main thread: what is unpacked equals what was packed, key order included.

import { describe, expect, it } from 'vitest';
import type { RedactionReport } from '../../src/engine.js';
import { redactDocument } from '../../src/engine.js';
import { parseTenantsYaml } from '../../src/policy/parse.js';
import type { ResolvedPolicy } from '../../src/policy/types.js';
import { packReports, unpackReports } from '../../src/pool/report-codec.js';
import type { Destination } from '../../src/types.js';
import { dialogue, review } from '../helpers/documents.js';
import { tenantsYaml } from '../helpers/tenants.js';

const policies = parseTenantsYaml(tenantsYaml({ uzConsent: { model: true }, uzRecordConsent: 'required' }));
const policy = (id: string): ResolvedPolicy => policies.find((candidate) => candidate.id === id) as ResolvedPolicy;

function reportOf(tenant: string, destination: Destination, document: unknown): RedactionReport {
  return redactDocument(document, policy(tenant), destination).report;
}

const storageKz: Destination = { purpose: 'storage', region: 'KZ' };
const modelAbroad: Destination = { purpose: 'model', region: 'DE' };

/** Round trip through structured clone, as postMessage does. */
function roundTrip(reports: ReadonlyArray<RedactionReport | null>): Array<RedactionReport | null> {
  return unpackReports(structuredClone(packReports(reports)));
}

describe('packReports / unpackReports', () => {
  it.each<[string, () => Array<RedactionReport | null>]>([
    ['one review report', () => [reportOf('demo-kz', storageKz, review('r1'))]],
    ['reports without an id, with a numeric id, and of dialogues', () => [
      reportOf('demo-kz', storageKz, { text: 'Меня зовут Тест Тестов.' }),
      reportOf('demo-kz', storageKz, review('x', { id: 42 })),
      reportOf('demo-uz', modelAbroad, dialogue('d1')),
    ]],
    ['a batch mixing tenants, destinations and failed items', () => [
      reportOf('demo-uz', storageKz, review('a')),
      null,
      reportOf('demo-kz', modelAbroad, review('b')),
      reportOf('demo-uz', { purpose: 'storage', region: 'UZ' }, review('c', { consent: { storage: false } })),
      null,
    ]],
  ])('gives back %s exactly, key order included', (_title, make) => {
    const reports = make();
    const back = roundTrip(reports);
    expect(back).toEqual(reports);
    expect(JSON.stringify(back)).toBe(JSON.stringify(reports));
  });

  it.each<[string, (report: RedactionReport) => unknown]>([
    ['a field it does not know', (report) => ({ ...report, detector: 'v2' })],
    ['a field missing', ({ fields: _fields, ...rest }) => rest],
    ['keys in another order', ({ tenant, ...rest }) => ({ ...rest, tenant })],
    ['a non-numeric count', (report) => ({ ...report, entities: { ...report.entities, NAME: { ...report.entities.NAME, found: '1' } } })],
  ])('sends a report with %s as JSON, so nothing is dropped or changed', (_title, change) => {
    const odd = change(reportOf('demo-kz', storageKz, review('odd'))) as RedactionReport;
    const packed = packReports([odd]);
    expect(packed.json).toHaveLength(1);
    expect(JSON.stringify(unpackReports(structuredClone(packed)))).toBe(JSON.stringify([odd]));
  });

  it('shares tables between reports in the pack, but never objects between unpacked reports', () => {
    const reports = [reportOf('demo-kz', storageKz, review('s1')), reportOf('demo-kz', storageKz, review('s2'))];
    const packed = packReports(reports);
    expect(packed.contexts).toHaveLength(1);
    const [first, second] = unpackReports(packed) as RedactionReport[];
    first!.entities.NAME.reasons.push('changed');
    first!.destination.region = 'XX';
    expect(second!.entities.NAME.reasons).not.toContain('changed');
    expect(second!.destination.region).toBe('KZ');
  });

  it.each<[string, { readonly context?: number; readonly reasons?: number; readonly action?: number; readonly kind?: number; readonly cut?: number; readonly extra?: boolean }]>([
    ['an unknown context', { context: 1 }],
    ['an unknown reason list', { reasons: 1 }],
    ['an unknown action', { action: 9 }],
    ['an unknown kind of entry', { kind: 7 }],
    ['fewer numbers than its items need', { cut: 2 }],
    ['more numbers than its items need', { extra: true }],
  ])('refuses a pack with %s', (_title, fault) => {
    // One report with one NAME action: kind, context, fields, elapsedMs, then NAME found, reasons, 1, (action, count),
    // PHONE and EMAIL found, reasons, 0.
    const numbers = [fault.kind ?? 1, fault.context ?? 0, 1, 0.1, 1, fault.reasons ?? 0, 1, fault.action ?? 1, 1, 0, 0, 0, 0, 0, 0];
    if (fault.extra === true) numbers.push(0);
    const packed = {
      contexts: [['t', 'storage', 'KZ']],
      reasons: [[]],
      ids: ['id'],
      numbers: Float64Array.from(numbers.slice(0, numbers.length - (fault.cut ?? 0))),
      json: [],
    };
    expect(() => unpackReports(packed as never)).toThrow(TypeError);
  });

  it('reads back a well-formed pack of the same numbers', () => {
    const packed = {
      contexts: [['t', 'storage', 'KZ']],
      reasons: [['policy']],
      ids: ['id', null],
      numbers: Float64Array.from([1, 0, 1, 0.1, 1, 0, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0]),
      json: [],
    };
    expect(unpackReports(packed as never)).toEqual([
      {
        id: 'id',
        tenant: 't',
        destination: { purpose: 'storage', region: 'KZ' },
        entities: { NAME: { found: 1, actions: { replace: 1 }, reasons: ['policy'] }, PHONE: { found: 0, actions: {}, reasons: ['policy'] }, EMAIL: { found: 0, actions: {}, reasons: ['policy'] } },
        fields: 1,
        elapsedMs: 0.1,
      },
      null,
    ]);
  });
});
