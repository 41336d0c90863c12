// Builds synthetic tenants YAML files in a temp dir for tests (demo-only keys and secrets, no real data).

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { hashApiKey } from '../../src/policy/api-keys.js';

export const TEST_KEYS = { uz: 'test-uz-key', kz: 'test-kz-key' } as const;

export interface TenantsFileOptions {
  /** Action for NAME in the demo-uz tenant (changed in hot-reload tests). */
  uzName?: 'keep' | 'replace' | 'mask' | 'pseudonymize' | 'remove';
  uzConsent?: { storage?: boolean; model?: boolean; analytics?: boolean };
  uzRecordConsent?: 'optional' | 'required';
}

export function tenantsYaml(options: TenantsFileOptions = {}): string {
  const consent = { storage: true, model: false, analytics: false, ...options.uzConsent };
  return `tenants:
  - id: demo-uz
    jurisdiction: UZ
    phoneRegions: [UZ, KZ, RU]
    residency: { region: UZ }
    consent: { storage: ${consent.storage}, model: ${consent.model}, analytics: ${consent.analytics} }
    recordConsent: ${options.uzRecordConsent ?? 'optional'}
    entities: { NAME: ${options.uzName ?? 'keep'}, PHONE: mask, EMAIL: pseudonymize }
    apiKeys: ['${hashApiKey(TEST_KEYS.uz)}']
    secret: env:PII_GATE_TEST_UZ_SECRET?test-only-secret-not-real-0001
  - id: demo-kz
    jurisdiction: KZ
    phoneRegions: [KZ, RU]
    consent: { storage: true, model: false, analytics: false }
    entities: { NAME: replace, PHONE: replace, EMAIL: replace }
    apiKeys: ['${hashApiKey(TEST_KEYS.kz)}']
`;
}

export interface TempTenants {
  readonly path: string;
  write(options?: TenantsFileOptions): void;
  remove(): void;
}

export function createTempTenants(options: TenantsFileOptions = {}): TempTenants {
  const dir = mkdtempSync(join(tmpdir(), 'pii-gate-tenants-'));
  const path = join(dir, 'tenants.yaml');
  const write = (next: TenantsFileOptions = {}): void => writeFileSync(path, tenantsYaml(next));
  write(options);
  return { path, write, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
