// pseudonymize: `TYPE_` + 8 hex of HMAC-SHA256(tenant secret, tenant + type + normalised value). Stable, one-way without the secret.

import { createHmac } from 'node:crypto';
import { PiiGateError } from '../errors.js';
import type { EntityType } from '../types.js';
import { normalizeValue } from './normalize.js';
import type { Operator } from './operator.js';

/**
 * `NAME_1f3c9a2b`. The HMAC input is `type:normalized`, prefixed with `tenantId` + NUL when given, so two tenants
 * that (wrongly) share a secret still get unlinkable tokens. 32 bits of tag: enough to tell people apart
 * inside one tenant's texts, too short to be a useful join key across datasets.
 */
export function pseudonym(type: EntityType, normalized: string, secret: Buffer | string, tenantId?: string): string {
  const input = `${tenantId === undefined ? '' : `${tenantId}\u0000`}${type}:${normalized}`;
  const tag = createHmac('sha256', secret).update(input, 'utf8').digest('hex').slice(0, 8);
  return `${type}_${tag}`;
}

export const pseudonymizeOperator: Operator = {
  name: 'pseudonymize',
  apply: function pseudonymize(value, span, ctx) {
    if (ctx.secret === undefined || ctx.secret.length === 0) {
      throw new PiiGateError('ERR_PII_POLICY_SECRET_MISSING', `${ctx.tenantId}: pseudonymize needs a secret`);
    }
    const normalized = span.normalized ?? normalizeValue(span.type, value);
    return pseudonym(span.type, normalized, ctx.secret, ctx.tenantId);
  },
};
