// detect(): runs every detector over a text and resolves the spans. Detectors are built once, lazily.

import type { DetectOptions, EntityType, Span } from '../types.js';
import { ENTITY_TYPES } from '../types.js';
import type { DetectContext, Detector } from './detector.js';
import { createEmailDetector } from './email.js';
import { createNameDetector } from './name/index.js';
import { plainDigitCount, visibleView, type VisibleView } from './invisible.js';
import { createPhoneDetector, mayHoldPhone } from './phone.js';
import { compileAllowList, resolveSpans } from './resolve.js';

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
  let raw: Span[] | undefined;
  for (const detector of builtinDetectors()) {
    if (!types.includes(detector.type)) continue;
    // Most texts have too few digits for a phone number: skipping the detector saves its scan and its call.
    if (detector.type === 'PHONE' && digits !== -1 && !mayHoldPhone(digits)) continue;
    raw = collect(raw, detector.detect(text, ctx));
  }
  return settle(text, raw ?? [], view, types, options);
}

/**
 * `texts.map((text) => detect(text, options))`, the same spans, with each detector run over every text before the
 * next one starts. Why: per text, the NAME detector and the PHONE and EMAIL detectors evict each other's code and
 * data from the CPU caches and branch predictors; on the dev corpus detect() one text at a time cost 1.09–1.16x the
 * CPU of detectMany() over 64–1024 texts (benchmarks/phone-interleave.ts, paired rounds). Batches of a handful of
 * texts gain nothing (4 texts: 0.93x): for callers holding dozens of texts or more.
 */
export function detectMany(originals: readonly string[], options: DetectOptions = {}): Span[][] {
  const types = typeList(options.types);
  const ctx = contextFor(options);
  const count = originals.length;
  const digits: number[] = [];
  const views: (VisibleView | undefined)[] = [];
  const texts: string[] = [];
  for (let i = 0; i < count; i++) {
    const original = originals[i]!;
    const found = plainDigitCount(original);
    const view = found === -1 ? visibleView(original) : undefined;
    digits.push(found);
    views.push(view);
    texts.push(view ? view.text : original);
  }
  const raw: (Span[] | undefined)[] = new Array<Span[] | undefined>(count).fill(undefined);
  for (const detector of builtinDetectors()) {
    if (!types.includes(detector.type)) continue;
    const isPhone = detector.type === 'PHONE';
    for (let i = 0; i < count; i++) {
      if (isPhone && digits[i] !== -1 && !mayHoldPhone(digits[i]!)) continue;
      raw[i] = collect(raw[i], detector.detect(texts[i]!, ctx));
    }
  }
  const settled: Span[][] = [];
  for (let i = 0; i < count; i++) settled.push(settle(texts[i]!, raw[i] ?? [], views[i], types, options));
  return settled;
}

/**
 * Adds one detector's spans to those collected so far. The built-in detectors return a new array per call: the
 * first non-empty one collects the others' spans (one copy fewer per text; resolveSpans() copies what it keeps).
 * One by one, not push(...found): a spread of ~120 000 spans overflows the call stack.
 */
function collect(raw: Span[] | undefined, found: Span[]): Span[] | undefined {
  if (found.length === 0) return raw;
  if (raw === undefined) return found;
  for (let i = 0; i < found.length; i++) raw.push(found[i]!);
  return raw;
}

/** Resolves one text's raw spans (threshold, allow and deny lists, overlaps) and maps them back to the original. */
function settle(text: string, raw: Span[], view: VisibleView | undefined, types: readonly EntityType[], options: DetectOptions): Span[] {
  const hasLists = Boolean(options.allow?.length || options.deny?.length);
  if (raw.length === 0 && !hasLists) return raw;
  const resolved = resolveSpans(text, raw, {
    threshold: options.threshold ?? defaultDetectOptions.threshold,
    allow: options.allow?.length ? allowSetFor(options.allow) : noWords,
    deny: types.includes('NAME') && options.deny?.length ? denyListFor(options.deny) : noEntries,
  });
  return view ? view.toOriginal(resolved) : resolved;
}

const noEntries: readonly string[] = [];

// Tenant lists are compiled once per array, not per call: the engine builds new options for every document but
// hands the policy's own arrays. Lower-casing them and building a Set on every call was ~10% of detect() for a
// tenant with an allow list. The copy kept beside each answer catches an array changed in place.
const allowSets = new WeakMap<readonly string[], { seen: readonly string[]; words: ReadonlySet<string> }>();
const denyLists = new WeakMap<readonly string[], { seen: readonly string[]; words: readonly string[] }>();

function allowSetFor(allow: readonly string[]): ReadonlySet<string> {
  const known = allowSets.get(allow);
  if (known && sameEntries(known.seen, allow)) return known.words;
  const words = compileAllowList(allow);
  allowSets.set(allow, { seen: [...allow], words });
  return words;
}

function denyListFor(deny: readonly string[]): readonly string[] {
  const known = denyLists.get(deny);
  if (known && sameEntries(known.seen, deny)) return known.words;
  const words = deny.map((word) => word.toLowerCase());
  denyLists.set(deny, { seen: [...deny], words });
  return words;
}

function sameEntries(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
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
