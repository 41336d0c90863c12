// Core data types shared by every layer: entities, spans, actions, destinations, reports.

export type EntityType = 'NAME' | 'PHONE' | 'EMAIL';
export const ENTITY_TYPES: readonly EntityType[] = ['NAME', 'PHONE', 'EMAIL'];

/** A detected entity. Offsets are UTF-16 code-unit indices, `end` exclusive. */
export interface Span {
  start: number;
  end: number;
  type: EntityType;
  /** Confidence in [0, 1]. */
  score: number;
  /** Which detector (and rule) produced it, e.g. `phone`, `email:obfuscated`, `name:gazetteer`. */
  source: string;
  /** Normalised value for pseudonymisation (E.164 phone, lower-cased e-mail, case-folded base-form name). Never logged. */
  normalized?: string;
}

export type Action = 'keep' | 'replace' | 'mask' | 'pseudonymize' | 'remove';
export const ACTIONS: readonly Action[] = ['keep', 'replace', 'mask', 'pseudonymize', 'remove'];

export type Purpose = 'storage' | 'model' | 'analytics';
export const PURPOSES: readonly Purpose[] = ['storage', 'model', 'analytics'];

/** Where the redacted data goes: what it will be used for, and the ISO 3166 alpha-2 region it will live in. */
export interface Destination {
  purpose: Purpose;
  region: string;
}

export interface DetectOptions {
  /** Regions for phone numbers written without a country code, tried in order. Default `['UZ', 'KZ', 'KG', 'TJ', 'TM', 'RU']`. */
  regions?: readonly string[];
  /** Entity types to look for. Default: all. */
  types?: readonly EntityType[];
  /** Minimum score for a span to be reported. Default 0.5. */
  threshold?: number;
  /** Words never redacted (case-insensitive), e.g. streets and brands a tenant knows. */
  allow?: readonly string[];
  /** Words always redacted as NAME (case-insensitive). */
  deny?: readonly string[];
  /**
   * Names already known for this document (e.g. introduced earlier in a dialogue, or from author.name).
   * The NAME detector also finds them lower-cased or inflected.
   */
  knownNames?: readonly string[];
}
