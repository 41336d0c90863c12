// Gold records for evaluation: {"id","lang","text","spans":[{start,end,type}]}, checked so scores mean something.

import { z } from 'zod';
import { ENTITY_TYPES } from '../types.js';
import type { GoldSpan } from './score.js';

const goldSpanSchema = z.object({
  start: z.int().nonnegative(),
  end: z.int().nonnegative(),
  type: z.enum(ENTITY_TYPES as ['NAME', 'PHONE', 'EMAIL']),
});

const goldRecordSchema = z.object({
  id: z.unknown().optional(),
  lang: z.string().min(1).optional(),
  text: z.string(),
  spans: z.array(goldSpanSchema),
});

export interface GoldRecord {
  id: unknown;
  /** `und` when the record has no `lang`. */
  lang: string;
  text: string;
  spans: GoldSpan[];
}

export type GoldParse = { ok: true; record: GoldRecord } | { ok: false; problem: string };

/** Validates a parsed JSON value as a gold record. Problems name the field, never its content. */
export function toGoldRecord(value: unknown): GoldParse {
  const parsed = goldRecordSchema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const path = issue?.path.map((part) => (typeof part === 'number' ? `[${part}]` : `.${String(part)}`)).join('') ?? '';
    return { ok: false, problem: `${path.replace(/^\./, '') || 'record'}: ${issue?.message ?? 'invalid'}` };
  }
  const { text, spans } = parsed.data;
  for (const [index, span] of spans.entries()) {
    if (span.start >= span.end || span.end > text.length) {
      return { ok: false, problem: `spans[${index}]: offsets out of range (need 0 <= start < end <= text length)` };
    }
  }
  return { ok: true, record: { id: parsed.data.id ?? null, lang: parsed.data.lang ?? 'und', text, spans } };
}
