// parseTenantsYaml: YAML text → validated, preset-filled, secret-resolved tenant policies (or one error naming every problem).

import { YAMLParseError, parse as parseYaml } from 'yaml';
import type { z } from 'zod';
import { PiiGateError } from '../errors.js';
import type { Action, EntityType } from '../types.js';
import { defaultPhoneRegions, jurisdictionPresets } from './presets.js';
import { resolveSecret } from './secret.js';
import { type TenantInput, tenantInputSchema, tenantsFileSchema } from './schema.js';
import { findLoosenings } from './tighten.js';
import type { Jurisdiction, ResolvedPolicy, TenantPolicy } from './types.js';

export interface ParseTenantsOptions {
  /** Where `env:` secrets are read. Default `process.env`. */
  env?: NodeJS.ProcessEnv;
  /** Directory `file:` secrets are relative to. Default the working directory. */
  baseDir?: string;
}

interface Problem {
  message: string;
  secret: boolean;
}

// Everything a tenant leaves out. Missing entity actions are `replace`: an unconfigured type never passes raw.
const tenantDefaults = {
  consent: { storage: false, model: false, analytics: false },
  entities: { NAME: 'replace', PHONE: 'replace', EMAIL: 'replace' } as Record<EntityType, Action>,
  threshold: 0.5,
} as const;

/**
 * Throws PiiGateError('ERR_PII_POLICY_INVALID', '<tenant>: <field path>: <problem>[; …]') listing every problem
 * found, or 'ERR_PII_POLICY_SECRET_MISSING' when the only problems are unresolvable secrets.
 */
export function parseTenantsYaml(yamlText: string, options: ParseTenantsOptions = {}): ResolvedPolicy[] {
  const env = options.env ?? process.env;
  const baseDir = options.baseDir ?? process.cwd();
  const file = tenantsFileSchema.safeParse(readYaml(yamlText));
  if (!file.success) throw policyError(file.error.issues.map((issue) => ({ message: formatIssue('file', issue), secret: false })));

  const problems: Problem[] = [];
  const policies: ResolvedPolicy[] = [];
  const seenIds = new Set<string>();
  const keyOwners = new Map<string, string>();

  file.data.tenants.forEach((raw, index) => {
    const label = tenantLabel(raw, index);
    const parsed = tenantInputSchema.safeParse(raw);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) problems.push({ message: formatIssue(label, issue), secret: false });
      return;
    }
    const input = parsed.data;
    if (seenIds.has(input.id)) {
      problems.push({ message: `${label}: id: duplicate tenant id`, secret: false });
      return;
    }
    seenIds.add(input.id);

    const region = input.residency?.region ?? jurisdictionPresets[input.jurisdiction as Jurisdiction].country;
    if (region === undefined) {
      problems.push({ message: `${label}: residency.region: required when jurisdiction is DEFAULT`, secret: false });
      return;
    }
    const policy = fillDefaults(input, region);
    for (const loosening of findLoosenings(policy)) {
      problems.push({ message: `${label}: ${loosening.field}: ${loosening.problem}`, secret: false });
    }
    for (const key of policy.apiKeys) {
      const owner = keyOwners.get(key);
      if (owner !== undefined) problems.push({ message: `${label}: apiKeys: key already used by tenant ${owner}`, secret: false });
      keyOwners.set(key, policy.id);
    }

    const needsSecret = Object.values(policy.entities).includes('pseudonymize');
    let secret: string | undefined;
    if (input.secret !== undefined) {
      const resolved = resolveSecret(input.secret, { env, baseDir });
      if (resolved.ok) secret = resolved.value;
      else if (needsSecret) problems.push({ message: `${label}: secret: ${resolved.problem}`, secret: true });
    } else if (needsSecret) {
      problems.push({ message: `${label}: secret: required because entities use pseudonymize (env:NAME or file:path)`, secret: true });
    }
    policies.push(deepFreeze(secret === undefined ? policy : { ...policy, secret }));
  });

  if (problems.length > 0) throw policyError(problems);
  return policies;
}

function fillDefaults(input: TenantInput, region: string): TenantPolicy {
  const jurisdiction = input.jurisdiction as Jurisdiction;
  const preset = jurisdictionPresets[jurisdiction];
  return {
    id: input.id,
    jurisdiction,
    phoneRegions: input.phoneRegions ?? defaultPhoneRegions(jurisdiction),
    residency: { region, localize: input.residency?.localize ?? preset.localize },
    consent: { ...tenantDefaults.consent, ...dropUndefined(input.consent ?? {}) },
    recordConsent: input.recordConsent ?? preset.recordConsent,
    entities: { ...tenantDefaults.entities, ...(dropUndefined(input.entities ?? {}) as Partial<Record<EntityType, Action>>) },
    allow: input.allow ?? [],
    deny: input.deny ?? [],
    threshold: input.threshold ?? tenantDefaults.threshold,
    apiKeys: (input.apiKeys ?? []).map((key) => key.toLowerCase()),
    ...(input.replaceTemplate === undefined ? {} : { replaceTemplate: input.replaceTemplate }),
    ...(input.fields === undefined ? {} : { fields: input.fields }),
  };
}

function readYaml(text: string): unknown {
  try {
    return parseYaml(text);
  } catch (error) {
    // Only the position and code: the YAML parser's own message quotes the file.
    if (error instanceof YAMLParseError) {
      const line = error.linePos?.[0]?.line;
      throw new PiiGateError('ERR_PII_POLICY_INVALID', `YAML${line === undefined ? '' : ` line ${line}`}: ${error.code}`);
    }
    throw new PiiGateError('ERR_PII_POLICY_INVALID', 'YAML: cannot parse', { cause: error });
  }
}

function tenantLabel(raw: unknown, index: number): string {
  if (typeof raw === 'object' && raw !== null && Object.hasOwn(raw, 'id')) {
    const id = (raw as { id: unknown }).id;
    if (typeof id === 'string' && /^[\w.-]{1,64}$/u.test(id)) return id;
  }
  return `tenants[${index}]`;
}

function formatIssue(label: string, issue: z.core.$ZodIssue): string {
  // A typo'd field (`consnet`) is reported at the field itself, not at its parent object.
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((key) => `${label}: ${formatPath([...issue.path, key])}: unknown field`).join('; ');
  }
  return `${label}: ${formatPath(issue.path)}: ${issue.message}`;
}

function formatPath(path: readonly PropertyKey[]): string {
  if (path.length === 0) return '(root)';
  return path.map((part) => (typeof part === 'number' ? `[${part}]` : String(part))).join('.').replaceAll('.[', '[');
}

function policyError(problems: readonly Problem[]): PiiGateError {
  const code = problems.every((problem) => problem.secret) ? 'ERR_PII_POLICY_SECRET_MISSING' : 'ERR_PII_POLICY_INVALID';
  return new PiiGateError(code, problems.map((problem) => problem.message).join('; '));
}

function dropUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, entry]) => entry !== undefined)) as Partial<T>;
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}
