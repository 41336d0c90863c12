// redactDocument: one document and one tenant policy in, the redacted document and a report out. Pure and synchronous.

import { performance } from 'node:perf_hooks';
import { detect } from './detect/index.js';
import { PiiGateError } from './errors.js';
import { type OperatorContext, type PlannedSpan, applyActions } from './mask/index.js';
import { NameMemory, cloneDocument, documentShape, textSlots, wholeValueSpan } from './payload/index.js';
import { type EntityDecision, decide } from './policy/decide.js';
import type { ResolvedPolicy } from './policy/types.js';
import { type Action, type DetectOptions, type Destination, ENTITY_TYPES, type EntityType, PURPOSES, type Span } from './types.js';

export interface EntityReport {
  /** Entities found (structured author fields count one each). */
  found: number;
  /** How the found entities were treated. */
  actions: Partial<Record<Action, number>>;
  /** Why: `policy`, `consent:<purpose>`, `record-consent`, `residency:<from>-><to>`, `deny-list`. */
  reasons: string[];
}

/** What happened to one document. Counts, actions and reason codes only: never a raw value. */
export interface RedactionReport {
  id?: string;
  tenant: string;
  destination: Destination;
  entities: Record<EntityType, EntityReport>;
  /** Text fields examined. */
  fields: number;
  elapsedMs: number;
}

/**
 * Redacts every text field of a review (`text`) or dialogue (`messages`) as the tenant's policy decides for this
 * destination. The input is not modified; the output has the same shape, every other field byte for byte.
 * Throws PiiGateError (ERR_PII_INPUT_SCHEMA, ERR_PII_INPUT_TOO_DEEP, ...) instead of returning partly redacted text.
 */
export function redactDocument(
  document: unknown,
  policy: ResolvedPolicy,
  destination: Destination,
): { document: unknown; report: RedactionReport } {
  const started = performance.now();
  const target = checkedDestination(destination);
  const shape = documentShape(document);
  const copy = cloneDocument(document as Record<string, unknown>);
  const decisions = decide(policy, target, copy['consent']);
  const ctx = operatorContext(policy);
  const entities = emptyEntityReports(decisions);
  // Created at the first remembered name: most documents never remember one (see below).
  let names: NameMemory | undefined;

  const slots = textSlots(copy, shape, policy.fields);
  // Name memory serves two readers: later text fields (names seen earlier help detect them) and pseudonyms (one key
  // per person). A review's only field under any other action needs neither, and remembering cost ~8% of a worker's
  // time per document (profile of the 20 × 1 KB HTTP load, RESULTS.md).
  const pseudonymizesNames = decisions.NAME.action === 'pseudonymize';
  for (let slotIndex = 0; slotIndex < slots.length; slotIndex += 1) {
    const slot = slots[slotIndex]!;
    const remembersNames = pseudonymizesNames || slotIndex < slots.length - 1;
    const holder = slot.holder as Record<string | number, unknown>;
    const text = holder[slot.key] as string;
    const spans = slot.wholeAs
      ? wholeValueSpans(text, slot.wholeAs, policy.phoneRegions, slot.path)
      : detectOrFail(text, detectOptionsFor(policy, names === undefined ? noKnownNames : names.knownNames), slot.path);
    if (spans.length === 0) continue;
    // A plain loop rather than map() with a closure: this runs for every span of every document.
    const planned: PlannedSpan[] = [];
    for (let i = 0; i < spans.length; i += 1) {
      const span = spans[i]!;
      const decision = decisions[span.type];
      const entity = entities[span.type];
      entity.found += 1;
      entity.actions[decision.action] = (entity.actions[decision.action] ?? 0) + 1;
      if (span.source === 'deny-list' && !entity.reasons.includes('deny-list')) entity.reasons.push('deny-list');
      const remembered = span.type === 'NAME' && remembersNames ? withPersonKey(span, text, (names ??= new NameMemory())) : span;
      planned.push({ span: remembered, action: decision.action });
    }
    holder[slot.key] = applyActions(text, planned, ctx);
  }

  const id = copy['id'];
  const report: RedactionReport =
    typeof id === 'string' || typeof id === 'number'
      ? { id: String(id), tenant: policy.id, destination: target, entities, fields: slots.length, elapsedMs: 0 }
      : { tenant: policy.id, destination: target, entities, fields: slots.length, elapsedMs: 0 };
  report.elapsedMs = performance.now() - started;
  return { document: copy, report };
}

// Object literals with a fixed shape rather than spreads of optional parts: the spreads (one set per document and
// one per text field) were ~12% of redactDocument's own time on the dev corpus (profile, RESULTS.md).
const operatorContexts = new WeakMap<ResolvedPolicy, OperatorContext>();

/** One operator context per policy object (a worker receives one policy object per batch). */
function operatorContext(policy: ResolvedPolicy): OperatorContext {
  let ctx = operatorContexts.get(policy);
  // Rebuilt if the caller changed the policy object in place since the last document.
  const stale = ctx !== undefined && (ctx.tenantId !== policy.id || ctx.secret !== policy.secret || ctx.replaceTemplate !== policy.replaceTemplate);
  if (ctx === undefined || stale) {
    ctx = { tenantId: policy.id };
    if (policy.secret !== undefined) ctx.secret = policy.secret;
    if (policy.replaceTemplate !== undefined) ctx.replaceTemplate = policy.replaceTemplate;
    operatorContexts.set(policy, ctx);
  }
  return ctx;
}

// Shared by every document until it remembers a name (the detector compiles known names once per array it sees).
const noKnownNames: readonly string[] = Object.freeze([]);

function detectOptionsFor(policy: ResolvedPolicy, knownNames: readonly string[]): DetectOptions {
  return { regions: policy.phoneRegions, threshold: policy.threshold, allow: policy.allow, deny: policy.deny, knownNames };
}

/** A detector bug must not surface its message (it may quote the text): a coded error naming the field instead. */
function detectOrFail(text: string, options: DetectOptions, path: string): Span[] {
  try {
    return detect(text, options);
  } catch (error) {
    if (error instanceof PiiGateError) throw error;
    throw new PiiGateError('ERR_PII_DETECT_FAILED', `${path}: detection failed`, { cause: error });
  }
}

/** One person, one key: a name seen before (in any form) takes its first key, so it gets one pseudonym. */
function withPersonKey(span: Span, text: string, names: NameMemory): Span {
  const normalized = names.remember(text.slice(span.start, span.end), span.normalized);
  return normalized === span.normalized ? span : { ...span, normalized };
}

function checkedDestination(destination: Destination): Destination {
  if (typeof destination !== 'object' || destination === null) {
    throw new PiiGateError('ERR_PII_INPUT_SCHEMA', 'destination: must be an object with purpose and region');
  }
  const { purpose, region } = destination as { purpose: unknown; region: unknown };
  if (typeof purpose !== 'string' || !(PURPOSES as readonly string[]).includes(purpose)) {
    throw new PiiGateError('ERR_PII_INPUT_SCHEMA', `destination.purpose: must be one of ${PURPOSES.join(', ')}`);
  }
  if (typeof region !== 'string' || !/^[A-Za-z]{2}$/u.test(region)) {
    throw new PiiGateError('ERR_PII_INPUT_SCHEMA', 'destination.region: must be an ISO 3166 alpha-2 code such as UZ');
  }
  return { purpose: purpose as Destination['purpose'], region: region.toUpperCase() };
}

function emptyEntityReports(decisions: Record<EntityType, EntityDecision>): Record<EntityType, EntityReport> {
  const reports = {} as Record<EntityType, EntityReport>;
  for (const type of ENTITY_TYPES) reports[type] = { found: 0, actions: {}, reasons: [...decisions[type].reasons] };
  return reports;
}

function wholeValueSpans(text: string, type: EntityType, regions: readonly string[], path: string): Span[] {
  const span = wholeValueSpan(text, type, regions, path);
  return span === undefined ? [] : [span];
}
