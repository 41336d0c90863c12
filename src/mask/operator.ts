// The Operator interface: one entity value in, its replacement out (Presidio's operator model).

import type { Action, Span } from '../types.js';

export interface OperatorContext {
  /** Tenant pseudonymisation key; required by `pseudonymize` only. */
  secret?: Buffer | string;
  /** Mixed into every pseudonym so two tenants sharing a secret still get different tokens. */
  tenantId: string;
  /** Replacement for `replace`; `{type}` becomes the entity type. Default `[{type}]`. */
  replaceTemplate?: string;
}

export interface Operator {
  readonly name: Action;
  /** `value` is `text.slice(span.start, span.end)`. Pure; may throw PiiGateError (never with the value in it). */
  apply(value: string, span: Span, ctx: OperatorContext): string;
}
