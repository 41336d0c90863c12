// Tenant policy types: what a tenant configured (TenantPolicy) and what the engine receives (ResolvedPolicy).

import type { Action, EntityType, Purpose } from '../types.js';

export type Jurisdiction = 'UZ' | 'KZ' | 'KG' | 'TJ' | 'TM' | 'RU' | 'DEFAULT';
export const JURISDICTIONS: readonly Jurisdiction[] = ['UZ', 'KZ', 'KG', 'TJ', 'TM', 'RU', 'DEFAULT'];

export type RecordConsentMode = 'optional' | 'required';

export interface Residency {
  /** ISO 3166 alpha-2 region where this tenant's data may live. */
  region: string;
  /** When true, raw PII may only go to destinations in `region`. */
  localize: boolean;
}

/** A tenant's policy with every default filled in. Plain data: safe to structured-clone to a worker. */
export interface TenantPolicy {
  id: string;
  jurisdiction: Jurisdiction;
  /** Regions for phone numbers written without a country code, in order. */
  phoneRegions: string[];
  residency: Residency;
  /** Purposes the data subjects consented to (tenant level). */
  consent: Record<Purpose, boolean>;
  /** 'required': a record's own consent must also grant the purpose before raw PII passes. */
  recordConsent: RecordConsentMode;
  entities: Record<EntityType, Action>;
  /** Never redacted (streets, brands). */
  allow: string[];
  /** Always redacted as NAME. */
  deny: string[];
  /** Minimum detector score. */
  threshold: number;
  /** `sha256:<hex>` of each API key; the keys themselves are never stored. */
  apiKeys: string[];
  /** `replace` template; `{type}` becomes the entity type. */
  replaceTemplate?: string;
  /** Extra JSON paths holding free text, e.g. `meta.comment`, `messages[*].note`. */
  fields?: string[];
}

/** TenantPolicy plus its resolved pseudonymisation secret. In memory only: never logged or put in a report. */
export interface ResolvedPolicy extends TenantPolicy {
  secret?: string;
}
