// Tighten-only rules: a tenant's policy may be stricter than its jurisdiction preset, never looser.

import { jurisdictionPresets } from './presets.js';
import type { TenantPolicy } from './types.js';

export interface Loosening {
  /** Field path inside the tenant, e.g. `residency.localize`. */
  field: string;
  problem: string;
}

export function findLoosenings(policy: TenantPolicy): Loosening[] {
  const preset = jurisdictionPresets[policy.jurisdiction];
  const found: Loosening[] = [];
  if (preset.localize && !policy.residency.localize) {
    found.push({ field: 'residency.localize', problem: `false loosens the ${policy.jurisdiction} preset, which requires localisation` });
  }
  if (preset.localize && preset.country !== undefined && policy.residency.region !== preset.country) {
    found.push({
      field: 'residency.region',
      problem: `${policy.residency.region} loosens the ${policy.jurisdiction} preset: citizens' data must reside in ${preset.country}`,
    });
  }
  if (preset.recordConsent === 'required' && policy.recordConsent === 'optional') {
    found.push({ field: 'recordConsent', problem: `optional loosens the ${policy.jurisdiction} preset, which requires record consent` });
  }
  return found;
}
