// Settles raw detector output: deny-list hits added, allow-listed and low-score spans dropped, overlaps resolved.

import type { EntityType, Span } from '../types.js';

export interface ResolveOptions {
  threshold: number;
  /** Lower-cased allow-list entries. */
  allow: ReadonlySet<string>;
  /** Lower-cased deny-list entries. */
  deny: readonly string[];
}

// An e-mail beats a name inside its local part; a phone beats digits or names inside it.
const typePriority: Record<EntityType, number> = { EMAIL: 3, PHONE: 2, NAME: 1 };

export function resolveSpans(text: string, spans: readonly Span[], options: ResolveOptions): Span[] {
  const candidates: Span[] = [];
  for (const span of spans) {
    if (span.score < options.threshold) continue;
    if (options.allow.size > 0 && isAllowed(text, span, options.allow)) continue;
    candidates.push(span);
  }
  if (options.deny.length > 0) candidates.push(...findDenied(text, options.deny));

  candidates.sort(
    (a, b) =>
      typePriority[b.type] - typePriority[a.type] ||
      b.end - b.start - (a.end - a.start) ||
      b.score - a.score ||
      a.start - b.start,
  );
  const accepted: Span[] = [];
  for (const span of candidates) {
    if (!accepted.some((kept) => span.start < kept.end && kept.start < span.end)) accepted.push(span);
  }
  return accepted.sort((a, b) => a.start - b.start);
}

function isAllowed(text: string, span: Span, allow: ReadonlySet<string>): boolean {
  const value = text.slice(span.start, span.end).toLowerCase();
  if (allow.has(value)) return true;
  if (span.type !== 'NAME') return false;
  const words = value.split(/\s+/u);
  return words.every((word) => allow.has(word));
}

/** Whole-word, case-insensitive occurrences of deny-list entries. Linear: one indexOf scan per entry. */
function findDenied(text: string, deny: readonly string[]): Span[] {
  const lower = text.toLowerCase();
  // toLowerCase keeps UTF-16 length for the scripts we handle; fall back to no deny hits if it did not.
  if (lower.length !== text.length) return [];
  const found: Span[] = [];
  for (const entry of deny) {
    if (!entry) continue;
    let from = 0;
    for (;;) {
      const at = lower.indexOf(entry, from);
      if (at === -1) break;
      const end = at + entry.length;
      if (!isWordChar(lower, at - 1) && !isWordChar(lower, end)) {
        found.push({ start: at, end, type: 'NAME', score: 1, source: 'deny-list' });
      }
      from = at + 1;
    }
  }
  return found;
}

function isWordChar(text: string, index: number): boolean {
  if (index < 0 || index >= text.length) return false;
  return /[\p{L}\p{N}\p{M}]/u.test(text[index] ?? '');
}
