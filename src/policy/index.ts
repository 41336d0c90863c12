// Tenant policy: schema, jurisdiction presets, decide(), stores.

export type { Jurisdiction, RecordConsentMode, Residency, ResolvedPolicy, TenantPolicy } from './types.js';
export { JURISDICTIONS } from './types.js';
export { type JurisdictionPreset, defaultPhoneRegions, jurisdictionPresets } from './presets.js';
export { type EntityDecision, type RecordConsentState, decide, recordConsentState } from './decide.js';
export { type ParseTenantsOptions, parseTenantsYaml } from './parse.js';
export {
  type FileTenantStore,
  type FileTenantStoreOptions,
  type TenantStore,
  createFileTenantStore,
  createMemoryTenantStore,
  isTenantStore,
} from './store.js';
export { hashApiKey, matchApiKey } from './api-keys.js';
export { minimumSecretLength } from './secret.js';
