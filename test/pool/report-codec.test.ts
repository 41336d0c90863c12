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
    expect(typeof packed.rows[0]).toBe('string');
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

  it.each([
    ['an unknown context', { contexts: [], reasons: [[]], rows: [['id', 0, 1, 0.1, 0, 0, 0, 0, 0, 0, 0, 0, 0]] }],
    ['an unknown reason list', { contexts: [['t', 'storage', 'KZ']], reasons: [], rows: [['id', 0, 1, 0.1, 0, 0, 0, 0, 0, 0, 0, 0, 0]] }],
  ])('refuses a pack naming %s', (_title, packed) => {
    expect(() => unpackReports(packed as never)).toThrow(TypeError);
  });
});
