// detect(): runs every detector over a text and resolves the spans. Detectors are built once, lazily.

import type { DetectOptions, EntityType, Span } from '../types.js';
import { ENTITY_TYPES } from '../types.js';
import type { DetectContext, Detector } from './detector.js';
import { createEmailDetector } from './email.js';
import { createNameDetector } from './name/index.js';
import { plainDigitCount, visibleView } from './invisible.js';
import { createPhoneDetector, mayHoldPhone } from './phone.js';
import { resolveSpans } from './resolve.js';

export const defaultDetectOptions = {
  regions: ['UZ', 'KZ', 'KG', 'TJ', 'TM', 'RU'] as readonly string[],
  types: ENTITY_TYPES,
  threshold: 0.5,
  allow: [] as readonly string[],
  deny: [] as readonly string[],
  knownNames: [] as readonly string[],
} satisfies Required<DetectOptions>;

// Shared by every call without an allow list: most calls have none, and this path runs once per text.
const noWords: ReadonlySet<string> = new Set();

let cachedDetectors: readonly Detector[] | undefined;

/** The built-in detectors, created on first use (patterns are read and compiled once per process/worker). */
export function builtinDetectors(): readonly Detector[] {
  cachedDetectors ??= [createEmailDetector(), createPhoneDetector(), createNameDetector()];
  return cachedDetectors;
}

/**
 * Finds names, phone numbers and e-mail addresses in `text`. Pure and synchronous. Invisible characters do not hide
 * an entity: detection reads the text without them and each span covers the invisible characters inside it.
 */
export function detect(original: string, options: DetectOptions = {}): Span[] {
  const digits = plainDigitCount(original);
  // -1: the text hides characters, and detection reads the view without them.
  const view = digits === -1 ? visibleView(original) : undefined;
  const text = view ? view.text : original;
  const types = typeList(options.types);
  const ctx = contextFor(options);
  const raw: Span[] = [];
  for (const detector of builtinDetectors()) {
    if (!types.includes(detector.type)) continue;
    // Most texts have too few digits for a phone number: skipping the detector saves its scan and its call.
    if (detector.type === 'PHONE' && digits !== -1 && !mayHoldPhone(digits)) continue;
    for (const span of detector.detect(text, ctx)) raw.push(span);
  }
  const hasLists = Boolean(options.allow?.length || options.deny?.length);
  if (raw.length === 0 && !hasLists) return raw;
  const resolved = resolveSpans(text, raw, {
    threshold: options.threshold ?? defaultDetectOptions.threshold,
    allow: options.allow?.length ? new Set(options.allow.map((word) => word.toLowerCase())) : noWords,
    deny: types.includes('NAME') && options.deny?.length ? options.deny.map((word) => word.toLowerCase()) : [],
  });
  return view ? view.toOriginal(resolved) : resolved;
}

/** The requested types as an array: `includes` on up to three entries costs less than a Set per call. */
function typeList(types: DetectOptions['types']): readonly EntityType[] {
  if (types === undefined) return defaultDetectOptions.types;
  // Untyped callers may hand any iterable, as the Set this replaced accepted.
  return Array.isArray(types) ? types : [...(types as Iterable<EntityType>)];
}

// Shared by every call with the default regions and no known names (most calls): no context object per call.
const defaultContext: DetectContext = { regions: defaultDetectOptions.regions, knownNames: defaultDetectOptions.knownNames };

function contextFor(options: DetectOptions): DetectContext {
  if (options.regions === undefined && options.knownNames === undefined) return defaultContext;
  return {
    regions: options.regions ?? defaultDetectOptions.regions,
    knownNames: options.knownNames ?? defaultDetectOptions.knownNames,
  };
}
