// Bearer-key authentication: the key (stored hashed in the tenants file) names exactly one tenant.

import type { Request } from 'express';
import { PiiGateError } from '../errors.js';
import type { TenantStore } from '../policy/store.js';
import type { ResolvedPolicy } from '../policy/types.js';

const BEARER = /^Bearer[ \t]+([^\s]+)[ \t]*$/i;

/** The bearer token, or undefined when the header is absent or not a Bearer credential. */
export function bearerToken(req: Pick<Request, 'headers'>): string | undefined {
  const header = req.headers.authorization;
  if (typeof header !== 'string') return undefined;
  return BEARER.exec(header)?.[1];
}

/** The tenant policy the request's key belongs to; 401 otherwise. Hashing and constant-time compare live in the store. */
export function authenticate(req: Pick<Request, 'headers'>, store: TenantStore): ResolvedPolicy {
  const token = bearerToken(req);
  if (token === undefined) throw new PiiGateError('ERR_PII_AUTH_MISSING', 'send Authorization: Bearer <api key>');
  const policy = store.findByApiKey(token);
  if (policy === undefined) throw new PiiGateError('ERR_PII_AUTH_INVALID');
  return policy;
}

/** A body may name its tenant; it must be the key's own (403 otherwise). */
export function assertOwnTenant(policy: Pick<ResolvedPolicy, 'id'>, requested: string | undefined): void {
  if (requested !== undefined && requested !== policy.id) {
    throw new PiiGateError('ERR_PII_AUTH_FORBIDDEN', 'this API key belongs to another tenant');
  }
}
