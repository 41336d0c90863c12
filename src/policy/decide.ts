// decide(): for each entity type, what may reach this destination (raw, masked, pseudonymised or nothing), and why.

import type { Action, Destination, EntityType, Purpose } from '../types.js';
import { ENTITY_TYPES } from '../types.js';
import type { TenantPolicy } from './types.js';

export interface EntityDecision {
  action: Action;
  /** `policy` (configured action applied), `consent:<purpose>`, `record-consent`, `residency:<from>-><to>`; `deny-list` is added by the engine. */
  reasons: string[];
}

export type RecordConsentState = 'granted' | 'refused' | 'absent';

// Actions whose output is still personal data: the raw value, a partial value (mask keeps the calling code and
// last digits, the first letters), or a stable pseudonym that links records (personal data under GDPR recital 26
// and, as far as we know, under 152-FZ and ЗРУ-547 too). They need the same consent and residency as raw values.
const carriesPersonalData: Readonly<Record<Action, boolean>> = {
  keep: true,
  mask: true,
  pseudonymize: true,
  replace: false,
  remove: false,
};

/**
 * The configured action applies only if the purpose is consented (tenant level; record level when
 * `recordConsent: required` or when the record refuses) AND residency allows the destination region (with
 * `localize`, only the residency region). Otherwise every action that still leaves personal data (keep, mask,
 * pseudonymize) becomes `replace`, with every reason that blocked it; replace and remove always apply.
 * DESIGN.md states this for `keep`; issue 4 ("purpose model, region DE replaces all three" for demo-uz, whose
 * PHONE is mask and EMAIL pseudonymize) extends it to mask and pseudonymize.
 */
export function decide(policy: TenantPolicy, destination: Destination, recordConsent?: unknown): Record<EntityType, EntityDecision> {
  const blockers = personalDataBlockers(policy, destination, recordConsent);
  const decisions = {} as Record<EntityType, EntityDecision>;
  for (const type of ENTITY_TYPES) {
    const configured = policy.entities[type];
    decisions[type] =
      carriesPersonalData[configured] && blockers.length > 0
        ? { action: 'replace', reasons: [...blockers] }
        : { action: configured, reasons: ['policy'] };
  }
  return decisions;
}

function personalDataBlockers(policy: TenantPolicy, destination: Destination, recordConsent: unknown): string[] {
  const reasons: string[] = [];
  const { purpose } = destination;
  if (policy.consent[purpose] !== true) reasons.push(`consent:${purpose}`);
  const record = recordConsentState(recordConsent, purpose);
  // An explicit refusal on the record blocks raw even when record consent is optional: the subject said no.
  if (record === 'refused' || (policy.recordConsent === 'required' && record !== 'granted')) reasons.push('record-consent');
  const from = policy.residency.region.toUpperCase();
  const to = destination.region.toUpperCase();
  if (policy.residency.localize && from !== to) reasons.push(`residency:${from}->${to}`);
  return reasons;
}

/**
 * A record's own consent flag: `true`/`false` for every purpose, `{ storage: true, model: false }` per purpose,
 * or `['storage']` (listed purposes granted, others refused). Missing (`undefined`/`null`) is absent; anything
 * else cannot prove consent and counts as refused.
 */
export function recordConsentState(value: unknown, purpose: Purpose): RecordConsentState {
  if (value === undefined || value === null) return 'absent';
  if (typeof value === 'boolean') return value ? 'granted' : 'refused';
  if (Array.isArray(value)) return value.includes(purpose) ? 'granted' : 'refused';
  if (typeof value === 'object') {
    if (!Object.hasOwn(value, purpose)) return 'absent';
    const flag: unknown = (value as Record<string, unknown>)[purpose];
    if (flag === true) return 'granted';
    if (flag === undefined || flag === null) return 'absent';
    return 'refused';
  }
  return 'refused';
}
