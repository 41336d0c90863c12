import { describe, expect, it } from 'vitest';
import { decide, recordConsentState } from '../../src/policy/decide.js';
import type { TenantPolicy } from '../../src/policy/types.js';
import { ACTIONS, type Action, PURPOSES, type Purpose } from '../../src/types.js';

function policyWith(overrides: Partial<TenantPolicy>): TenantPolicy {
  return {
    id: 'test-tenant',
    jurisdiction: 'UZ',
    phoneRegions: ['UZ'],
    residency: { region: 'UZ', localize: true },
    consent: { storage: true, model: true, analytics: true },
    recordConsent: 'optional',
    entities: { NAME: 'keep', PHONE: 'keep', EMAIL: 'keep' },
    allow: [],
    deny: [],
    threshold: 0.5,
    apiKeys: [],
    ...overrides,
  };
}

describe('decide: the evidence cases for demo-uz', () => {
  const demoUz = policyWith({
    consent: { storage: true, model: false, analytics: false },
    entities: { NAME: 'keep', PHONE: 'mask', EMAIL: 'pseudonymize' },
  });

  it('for storage in UZ keeps names, masks phones, pseudonymises e-mails', () => {
    const decision = decide(demoUz, { purpose: 'storage', region: 'UZ' });
    expect([decision.NAME.action, decision.PHONE.action, decision.EMAIL.action]).toEqual(['keep', 'mask', 'pseudonymize']);
  });

  it('for a model in DE replaces all three, citing consent and residency', () => {
    const decision = decide(demoUz, { purpose: 'model', region: 'DE' });
    for (const type of ['NAME', 'PHONE', 'EMAIL'] as const) {
      expect(decision[type]).toEqual({ action: 'replace', reasons: ['consent:model', 'residency:UZ->DE'] });
    }
  });

  it('for storage in DE (abroad) does not keep names', () => {
    const decision = decide(demoUz, { purpose: 'storage', region: 'DE' });
    expect(decision.NAME).toEqual({ action: 'replace', reasons: ['residency:UZ->DE'] });
  });
});

// Every combination of the inputs that matter, checked against the rule as DESIGN.md and issue 4 state it.
type RecordValue = undefined | boolean | Record<string, boolean> | string[];
const recordValues = (purpose: Purpose): Array<[label: string, value: RecordValue, state: 'granted' | 'refused' | 'absent']> => [
  ['no record consent', undefined, 'absent'],
  ['record consent true', true, 'granted'],
  ['record consent false', false, 'refused'],
  [`record grants ${purpose}`, { [purpose]: true }, 'granted'],
  [`record refuses ${purpose}`, { [purpose]: false }, 'refused'],
  [`record lists ${purpose}`, [purpose], 'granted'],
];
const residencies = [
  ['localized, destination in region', { region: 'UZ', localize: true }, 'UZ', true],
  ['localized, destination abroad', { region: 'UZ', localize: true }, 'DE', false],
  ['localized, region given in lower case', { region: 'UZ', localize: true }, 'uz', true],
  ['not localized, destination abroad', { region: 'UZ', localize: false }, 'DE', true],
] as const;
const personalDataActions = new Set<Action>(['keep', 'mask', 'pseudonymize']);

const rows = PURPOSES.flatMap((purpose) =>
  [true, false].flatMap((tenantConsent) =>
    (['optional', 'required'] as const).flatMap((mode) =>
      recordValues(purpose).flatMap(([recordLabel, record, state]) =>
        residencies.flatMap(([residencyLabel, residency, region, residencyAllows]) =>
          ACTIONS.map((action) => {
            const recordAllows = state === 'granted' || (mode === 'optional' && state === 'absent');
            const allowed = tenantConsent && recordAllows && residencyAllows;
            const expected: Action = allowed || !personalDataActions.has(action) ? action : 'replace';
            const reasons = allowed || !personalDataActions.has(action)
              ? ['policy']
              : [
                  ...(tenantConsent ? [] : [`consent:${purpose}`]),
                  ...(recordAllows ? [] : ['record-consent']),
                  ...(residencyAllows ? [] : [`residency:UZ->${region.toUpperCase()}`]),
                ];
            const title = `${action} for ${purpose}, tenant consent ${tenantConsent}, record consent ${mode}, ${recordLabel}, ${residencyLabel} → ${expected}`;
            return { title, purpose, tenantConsent, mode, record, residency, region, action, expected, reasons };
          }),
        ),
      ),
    ),
  ),
);

describe('decide: every purpose × tenant consent × record consent × residency × action', () => {
  it.each(rows)('$title', ({ purpose, tenantConsent, mode, record, residency, region, action, expected, reasons }) => {
    const policy = policyWith({
      consent: { storage: !tenantConsent, model: !tenantConsent, analytics: !tenantConsent, [purpose]: tenantConsent },
      recordConsent: mode,
      residency: { ...residency },
      entities: { NAME: action, PHONE: action, EMAIL: action },
    });
    const decision = decide(policy, { purpose, region }, record);
    expect(decision.NAME).toEqual({ action: expected, reasons });
    expect(decision.PHONE).toEqual(decision.NAME);
    expect(decision.EMAIL).toEqual(decision.NAME);
  });

  it('covers hundreds of combinations', () => {
    expect(rows.length).toBe(3 * 2 * 2 * 6 * 4 * 5);
  });
});

describe('decide: each entity type is decided by its own action', () => {
  it('replaces a kept name abroad while a configured remove stays remove', () => {
    const policy = policyWith({ entities: { NAME: 'keep', PHONE: 'remove', EMAIL: 'replace' } });
    const decision = decide(policy, { purpose: 'storage', region: 'KZ' });
    expect(decision.NAME.action).toBe('replace');
    expect(decision.PHONE).toEqual({ action: 'remove', reasons: ['policy'] });
    expect(decision.EMAIL).toEqual({ action: 'replace', reasons: ['policy'] });
  });
});

describe('recordConsentState', () => {
  it.each([
    ['undefined', undefined, 'absent'],
    ['null', null, 'absent'],
    ['true', true, 'granted'],
    ['false', false, 'refused'],
    ['an object granting the purpose', { model: true }, 'granted'],
    ['an object refusing the purpose', { model: false }, 'refused'],
    ['an object silent on the purpose', { storage: true }, 'absent'],
    ['an object with a string flag', { model: 'yes' }, 'refused'],
    ['a list naming the purpose', ['model'], 'granted'],
    ['a list without the purpose', ['storage'], 'refused'],
    ['a string', 'yes', 'refused'],
    ['a number', 1, 'refused'],
    ['an inherited flag only', Object.create({ model: true }) as object, 'absent'],
  ])('reads %s as %s for purpose model', (_case, value, expected) => {
    expect(recordConsentState(value, 'model')).toBe(expected);
  });
});
