import { mkdtempSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { PiiGateError } from '../../src/errors.js';
import {
  type FileTenantStore,
  createFileTenantStore,
  createMemoryTenantStore,
  decide,
  hashApiKey,
  isTenantStore,
  parseTenantsYaml,
} from '../../src/policy/index.js';

const examplePath = new URL('../../examples/tenants.yaml', import.meta.url).pathname;
const opened: FileTenantStore[] = [];
afterEach(() => {
  for (const store of opened.splice(0)) store.close();
});

function tenantsFile(ids: readonly string[]): string {
  return `tenants:\n${ids.map((id) => `  - { id: ${id}, jurisdiction: UZ, apiKeys: [${hashApiKey(`${id}-key`)}] }`).join('\n')}\n`;
}

function tempTenants(ids: readonly string[]): string {
  const path = join(mkdtempSync(join(tmpdir(), 'pii-gate-store-')), 'tenants.yaml');
  writeFileSync(path, tenantsFile(ids));
  return path;
}

function open(path: string, options: Parameters<typeof createFileTenantStore>[1] = {}): FileTenantStore {
  const store = createFileTenantStore(path, options);
  opened.push(store);
  return store;
}

async function until(condition: () => boolean, timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

describe('examples/tenants.yaml', () => {
  const store = createFileTenantStore(examplePath, { watch: false, env: {} });

  it('loads demo-uz and demo-kz', () => {
    expect(store.list()).toEqual(['demo-uz', 'demo-kz']);
  });

  it.each([
    ['demo-uz-key', 'demo-uz'],
    ['demo-kz-key', 'demo-kz'],
    ['demo-xx-key', undefined],
    ['', undefined],
  ])('maps API key %j to tenant %s', (key, tenant) => {
    expect(store.findByApiKey(key)?.id).toBe(tenant);
  });

  it('gives demo-uz the documented demo secret when DEMO_UZ_SECRET is unset', () => {
    expect(store.get('demo-uz')?.secret).toBe('demo-only-not-a-secret');
  });

  it('replaces every entity for demo-kz whatever the destination', () => {
    const policy = store.get('demo-kz');
    if (!policy) throw new Error('demo-kz missing');
    const actions = Object.values(decide(policy, { purpose: 'storage', region: 'KZ' })).map((decision) => decision.action);
    expect(actions).toEqual(['replace', 'replace', 'replace']);
  });
});

describe('createFileTenantStore', () => {
  it('throws at start-up on a bad file', () => {
    const path = tempTenants(['start']);
    writeFileSync(path, 'tenants: [ { id: start, jurisdiction: XX } ]');
    expect(() => createFileTenantStore(path, { watch: false })).toThrowError(expect.objectContaining({ code: 'ERR_PII_POLICY_INVALID' }));
  });

  it('reloads on demand, bumps the version and tells listeners', () => {
    const path = tempTenants(['first']);
    const store = open(path, { watch: false });
    let notified = 0;
    store.onChange(() => {
      notified += 1;
    });
    writeFileSync(path, tenantsFile(['first', 'second']));
    expect(store.reload()).toBeUndefined();
    expect([store.list(), store.version, notified]).toEqual([['first', 'second'], 2, 1]);
  });

  it('keeps the old policies when the new file is bad, and says why', () => {
    const path = tempTenants(['kept']);
    const errors: PiiGateError[] = [];
    const store = open(path, { watch: false, onReloadError: (error) => errors.push(error) });
    writeFileSync(path, 'tenants: [ { id: kept, jurisdiction: UZ, residency: { localize: false } } ]');
    expect(store.reload()?.code).toBe('ERR_PII_POLICY_INVALID');
    expect(store.list()).toEqual(['kept']);
    expect(store.version).toBe(1);
    expect(errors[0]?.detail).toContain('kept: residency.localize');
  });

  it('picks up an edited file by itself', async () => {
    const path = tempTenants(['before']);
    const store = open(path, { debounceMs: 20 });
    writeFileSync(path, tenantsFile(['before', 'after']));
    await until(() => store.list().includes('after'));
    expect(store.findByApiKey('after-key')?.id).toBe('after');
  });

  it('picks up a file replaced by rename, as editors and deploy scripts do', async () => {
    const path = tempTenants(['old']);
    const store = open(path, { debounceMs: 20 });
    const staged = `${path}.new`;
    writeFileSync(staged, tenantsFile(['new']));
    renameSync(staged, path);
    await until(() => store.list().includes('new'));
    expect(store.get('old')).toBeUndefined();
  });
});

describe('createMemoryTenantStore', () => {
  const store = createMemoryTenantStore(parseTenantsYaml(tenantsFile(['mem-a', 'mem-b'])));

  it.each([
    ['mem-a-key', 'mem-a'],
    ['mem-b-key', 'mem-b'],
    ['mem-c-key', undefined],
  ])('finds the tenant of %s', (key, tenant) => {
    expect(store.findByApiKey(key)?.id).toBe(tenant);
  });

  it.each([
    ['a memory store', store, true],
    ['a plain object', { get: () => undefined }, false],
    ['null', null, false],
  ])('recognises %s as a tenant store: %s', (_case, value, expected) => {
    expect(isTenantStore(value)).toBe(expected);
  });

  it('does not find tenants through prototype keys', () => {
    expect(store.get('constructor')).toBeUndefined();
    expect(store.get('__proto__')).toBeUndefined();
  });
});
