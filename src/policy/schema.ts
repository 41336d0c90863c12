// zod schema of the tenants YAML file: what a tenant may write, with every optional field marked as such.

import { isSupportedCountry } from 'libphonenumber-js';
import { z } from 'zod';
import { parseFieldPath } from '../payload/path.js';
import { ACTIONS } from '../types.js';
import { JURISDICTIONS } from './types.js';

const regionCode = z
  .string()
  .regex(/^[A-Za-z]{2}$/u, 'must be an ISO 3166 alpha-2 code such as UZ')
  .transform((code) => code.toUpperCase());

const phoneRegion = regionCode.refine((code) => isSupportedCountry(code), 'is not a region libphonenumber knows');

const action = z.enum(ACTIONS as [string, ...string[]], { error: `must be one of ${ACTIONS.join(', ')}` });

const fieldPath = z.string().superRefine((path, ctx) => {
  try {
    parseFieldPath(path);
  } catch (error) {
    ctx.addIssue({ code: 'custom', message: (error as Error).message });
  }
});

/** `env:NAME`, `env:NAME?demo-default` (examples only) or `file:relative/path` (relative to the YAML file). */
export const secretReferencePattern = /^(?:env:[A-Za-z_][A-Za-z0-9_]*(?:\?.+)?|file:.+)$/u;

export const tenantInputSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9][a-z0-9._-]{0,63}$/u, 'must be 1-64 of a-z 0-9 . _ - starting with a letter or digit'),
  jurisdiction: z.enum(JURISDICTIONS as [string, ...string[]], { error: `must be one of ${JURISDICTIONS.join(', ')}` }),
  phoneRegions: z.array(phoneRegion).min(1).optional(),
  residency: z
    .strictObject({
      region: regionCode.optional(),
      localize: z.boolean().optional(),
    })
    .optional(),
  consent: z
    .strictObject({
      storage: z.boolean().optional(),
      model: z.boolean().optional(),
      analytics: z.boolean().optional(),
    })
    .optional(),
  recordConsent: z.enum(['optional', 'required']).optional(),
  entities: z
    .strictObject({
      NAME: action.optional(),
      PHONE: action.optional(),
      EMAIL: action.optional(),
    })
    .optional(),
  allow: z.array(z.string().min(1)).optional(),
  deny: z.array(z.string().min(1)).optional(),
  threshold: z.number().min(0).max(1).optional(),
  apiKeys: z
    .array(z.string().regex(/^sha256:[0-9a-fA-F]{64}$/u, 'must be sha256:<64 hex digits> (hash of the key, never the key)'))
    .optional(),
  secret: z
    .string()
    .regex(secretReferencePattern, 'must be env:NAME or file:relative/path; inline secrets are not allowed')
    .optional(),
  replaceTemplate: z.string().min(1).optional(),
  fields: z.array(fieldPath).optional(),
});

export type TenantInput = z.infer<typeof tenantInputSchema>;

export const tenantsFileSchema = z.strictObject({
  version: z.literal(1).optional(),
  tenants: z.array(z.unknown()),
});
