// The one interface every entity detector implements: text in, scored spans out.

import type { EntityType, Span } from '../types.js';

export interface DetectContext {
  /** Phone regions in order (ISO 3166 alpha-2). */
  readonly regions: readonly string[];
  /** Known names for this document (see DetectOptions.knownNames); empty when none. */
  readonly knownNames: readonly string[];
}

export interface Detector {
  readonly type: EntityType;
  /** Stable name, used as the prefix of Span.source. */
  readonly name: string;
  /** Pure and synchronous; must be linear in text length. Spans may overlap; the resolver settles them. */
  detect(text: string, ctx: DetectContext): Span[];
}

/** Runtime guard for user-supplied detectors. */
export function isDetector(value: unknown): value is Detector {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as Partial<Detector>;
  return (
    typeof candidate.name === 'string' &&
    (candidate.type === 'NAME' || candidate.type === 'PHONE' || candidate.type === 'EMAIL') &&
    typeof candidate.detect === 'function'
  );
}
