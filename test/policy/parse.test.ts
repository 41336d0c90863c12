import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PiiGateError } from '../../src/errors.js';
import { hashApiKey, parseTenantsYaml } from '../../src/policy/index.js';

const env = { TEST_SECRET: 'test-secret-0123456789', SHORT_SECRET: 'q7Zx9' };

function yamlFor(...tenants: string[]): string {
  return `tenants:\n${tenants.map((tenant) => `  - ${tenant.trim().split('\n').join('\n    ')}`).join('\n')}\n`;
}

function parseError(text: string, options = { env }): PiiGateError {
  try {
    parseTenantsYaml(text, options);
  } catch (error) {
    if (error instanceof PiiGateError) return error;
    throw error;
  }
  throw new Error('expected parseTenantsYaml to throw');
}

describe('parseTenantsYaml: defaults', () => {
  const [policy] = parseTenantsYaml(yamlFor('id: minimal-uz\njurisdiction: UZ'), { env });

  it.each([
    ['residency from the UZ preset', policy?.residency, { region: 'UZ', localize: true }],
    ['phone regions with UZ first', policy?.phoneRegions, ['UZ', 'KZ', 'KG', 'TJ', 'TM', 'RU']],
    ['no consent for any purpose', policy?.consent, { storage: false, model: false, analytics: false }],
    ['replace for every entity', policy?.entities, { NAME: 'replace', PHONE: 'replace', EMAIL: 'replace' }],
    ['optional record consent', policy?.recordConsent, 'optional'],
    ['threshold 0.5', policy?.threshold, 0.5],
    ['no secret', policy?.secret, undefined],
  ])('fills %s', (_case, actual, expected) => {
    expect(actual).toEqual(expected);
  });

  it('returns frozen policies so a worker cannot change them for everyone', () => {
    expect(Object.isFrozen(policy)).toBe(true);
    expect(Object.isFrozen(policy?.entities)).toBe(true);
  });

  it('lets a DEFAULT tenant send data anywhere when it does not localize', () => {
    const [open] = parseTenantsYaml(yamlFor('id: open\njurisdiction: DEFAULT\nresidency: { region: de }'), { env });
    expect(open?.residency).toEqual({ region: 'DE', localize: false });
  });

  it('lets a tenant tighten its preset', () => {
    const [strict] = parseTenantsYaml(yamlFor('id: strict\njurisdiction: DEFAULT\nresidency: { region: DE, localize: true }\nrecordConsent: required'), { env });
    expect(strict?.residency.localize).toBe(true);
    expect(strict?.recordConsent).toBe('required');
  });
});

describe('parseTenantsYaml: errors name the tenant and the field', () => {
  it.each([
    ['a loosened localisation', 'id: loose\njurisdiction: UZ\nresidency: { region: UZ, localize: false }', 'loose: residency.localize:'],
    ['a residency abroad under a localizing preset', 'id: abroad\njurisdiction: KZ\nresidency: { region: DE }', 'abroad: residency.region:'],
    ['an unknown action', 'id: bad-action\njurisdiction: UZ\nentities: { NAME: hide }', 'bad-action: entities.NAME:'],
    ['a misspelt field', 'id: typo\njurisdiction: UZ\nconsnet: { storage: true }', 'typo: consnet: unknown field'],
    ['an unknown jurisdiction', 'id: nowhere\njurisdiction: XX', 'nowhere: jurisdiction:'],
    ['an inline secret', 'id: inline\njurisdiction: UZ\nsecret: hunter2-hunter2-hunter2', 'inline: secret:'],
    ['a plain API key', 'id: plain-key\njurisdiction: UZ\napiKeys: [demo-key]', 'plain-key: apiKeys[0]:'],
    ['an unknown phone region', 'id: phones\njurisdiction: UZ\nphoneRegions: [QQ]', 'phones: phoneRegions[0]:'],
    ['a prototype-polluting field path', 'id: proto\njurisdiction: UZ\nfields: [meta.__proto__.x]', 'proto: fields[0]:'],
    ['a threshold above 1', 'id: thresh\njurisdiction: UZ\nthreshold: 2', 'thresh: threshold:'],
    ['a DEFAULT tenant without a region', 'id: unplaced\njurisdiction: DEFAULT', 'unplaced: residency.region:'],
    ['a tenant without an id', 'jurisdiction: UZ', 'tenants[0]: id:'],
  ])('rejects %s', (_case, tenant, expectedPrefix) => {
    const error = parseError(yamlFor(tenant));
    expect(error.code).toBe('ERR_PII_POLICY_INVALID');
    expect(error.detail).toContain(expectedPrefix);
  });

  it('rejects duplicate tenant ids', () => {
    const error = parseError(yamlFor('id: twin\njurisdiction: UZ', 'id: twin\njurisdiction: KZ'));
    expect(error.detail).toContain('twin: id: duplicate');
  });

  it('rejects one API key shared by two tenants', () => {
    const key = hashApiKey('shared-key');
    const error = parseError(yamlFor(`id: first\njurisdiction: UZ\napiKeys: [${key}]`, `id: second\njurisdiction: KZ\napiKeys: [${key}]`));
    expect(error.detail).toContain('second: apiKeys: key already used by tenant first');
  });

  it.each([
    ['broken YAML', 'tenants: [\n  - id: x'],
    ['no tenants list', 'tenant: []'],
    ['a list at the top', '- id: x'],
  ])('rejects a file with %s', (_case, text) => {
    expect(parseError(text).code).toBe('ERR_PII_POLICY_INVALID');
  });
});

describe('parseTenantsYaml: secrets', () => {
  const pseudonymizing = (secretLine: string): string =>
    yamlFor(`id: pseudo\njurisdiction: UZ\nentities: { EMAIL: pseudonymize }${secretLine ? `\n${secretLine}` : ''}`);

  it('reads a secret from the environment', () => {
    expect(parseTenantsYaml(pseudonymizing('secret: env:TEST_SECRET'), { env })[0]?.secret).toBe(env.TEST_SECRET);
  });

  it('reads a secret from a file next to the YAML', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pii-gate-secret-'));
    writeFileSync(join(dir, 'pseudo.key'), 'file-secret-0123456789\n');
    expect(parseTenantsYaml(pseudonymizing('secret: file:pseudo.key'), { env, baseDir: dir })[0]?.secret).toBe('file-secret-0123456789');
  });

  it('uses the demo default only when the variable is unset', () => {
    const text = pseudonymizing('secret: env:UNSET_SECRET?demo-default-0123456789');
    expect(parseTenantsYaml(text, { env })[0]?.secret).toBe('demo-default-0123456789');
    expect(parseTenantsYaml(text, { env: { UNSET_SECRET: 'real-secret-0123456789' } })[0]?.secret).toBe('real-secret-0123456789');
  });

  it.each([
    ['no secret at all', ''],
    ['an unset variable', 'secret: env:UNSET_SECRET'],
    ['a missing file', 'secret: file:missing.key'],
    ['a secret that is too short', 'secret: env:SHORT_SECRET'],
  ])('refuses pseudonymize with %s, without printing the secret', (_case, secretLine) => {
    const error = parseError(pseudonymizing(secretLine));
    expect(error.code).toBe('ERR_PII_POLICY_SECRET_MISSING');
    expect(error.detail).toMatch(/^pseudo: secret: /u);
    expect(error.message).not.toContain(env.SHORT_SECRET);
  });

  it('ignores an unresolvable secret when nothing is pseudonymised', () => {
    const [policy] = parseTenantsYaml(yamlFor('id: plain\njurisdiction: UZ\nsecret: env:UNSET_SECRET'), { env });
    expect(policy?.secret).toBeUndefined();
  });
});
