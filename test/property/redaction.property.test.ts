// Properties of redaction over random documents with planted PII in every supported format (fast-check).

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detect } from '../../src/detect/index.js';
import { redactDocument } from '../../src/engine.js';
import { parseTenantsYaml } from '../../src/policy/parse.js';
import type { ResolvedPolicy } from '../../src/policy/types.js';
import type { Span } from '../../src/types.js';
import { orderWords, plantedDocument, plantedPhoneStrongCue, plantedPhoneWeakCue } from './planted.js';
import type { PlantedDocument } from './planted.js';

// Every type replaced, every region of issue 2 tried for national numbers.
const [policy] = parseTenantsYaml(`tenants:
  - id: property-tenant
    jurisdiction: UZ
    residency: { region: UZ }
    phoneRegions: [UZ, KZ, RU, KG, TJ, TM]
    entities: { NAME: replace, PHONE: replace, EMAIL: replace }
`) as [ResolvedPolicy];
const destination = { purpose: 'storage', region: 'UZ' } as const;
const detectOptions = { regions: policy.phoneRegions, threshold: policy.threshold, allow: policy.allow, deny: policy.deny };
const TOKEN = { NAME: '[NAME]', PHONE: '[PHONE]', EMAIL: '[EMAIL]' } as const;

// Seeded so a failure reproduces; fast-check prints the seed and the shrunk counterexample.
const runs = { numRuns: 250, seed: 20_261_125 };

function redactText(text: string): string {
  return (redactDocument({ id: 'p', text }, policy, destination).document as { text: string }).text;
}

/** What the planted values left behind in `output`: the value itself, an e-mail's address, a phone's digits in order. */
function survivors(document: PlantedDocument, output: string): string[] {
  const outputDigits = output.replace(/\D+/gu, '');
  return document.planted.flatMap((planted) => {
    const found: string[] = [];
    if (output.includes(planted.raw)) found.push(planted.raw);
    if (planted.nsn !== undefined && outputDigits.includes(planted.nsn)) found.push(`digits of ${planted.raw}`);
    return found;
  });
}

function expectValidSpans(text: string, spans: readonly Span[]): void {
  let previousEnd = 0;
  for (const span of spans) {
    expect(Number.isInteger(span.start) && Number.isInteger(span.end)).toBe(true);
    expect(span.start).toBeGreaterThanOrEqual(previousEnd);
    expect(span.end).toBeGreaterThan(span.start);
    expect(span.end).toBeLessThanOrEqual(text.length);
    // A span never cuts a surrogate pair.
    for (const edge of [span.start, span.end]) {
      const before = text.charCodeAt(edge - 1);
      expect(edge > 0 && edge < text.length && before >= 0xd800 && before <= 0xdbff).toBe(false);
    }
    previousEnd = span.end;
  }
}

describe('redaction properties (replace policy, random documents with planted PII)', () => {
  it('never returns a planted value, nor a planted phone number as digits in order', () => {
    fc.assert(
      fc.property(plantedDocument, (document) => {
        expect(survivors(document, redactText(document.text))).toEqual([]);
      }),
      runs,
    );
  });

  it('reports spans with valid, ordered, non-overlapping UTF-16 offsets that cover every planted value', () => {
    fc.assert(
      fc.property(plantedDocument, (document) => {
        const spans = detect(document.text, detectOptions);
        expectValidSpans(document.text, spans);
        let from = 0;
        for (const planted of document.planted) {
          const start = document.text.indexOf(planted.raw, from);
          from = start + planted.raw.length;
          const covered = spans.some((span) => span.type === planted.type && span.start <= start && span.end >= start + planted.raw.length);
          expect(covered, `${planted.type} ${planted.raw} not covered`).toBe(true);
        }
      }),
      runs,
    );
  });

  it('leaves text outside the spans unchanged: the output is the input with each span replaced by its token', () => {
    fc.assert(
      fc.property(plantedDocument, (document) => {
        const spans = detect(document.text, detectOptions);
        let expected = document.text;
        for (const span of [...spans].reverse()) expected = `${expected.slice(0, span.start)}${TOKEN[span.type]}${expected.slice(span.end)}`;
        expect(redactText(document.text)).toBe(expected);
      }),
      runs,
    );
  });

  it('counts in the report exactly the spans it replaced', () => {
    fc.assert(
      fc.property(plantedDocument, (document) => {
        const spans = detect(document.text, detectOptions);
        const { report } = redactDocument({ id: 'p', text: document.text }, policy, destination);
        for (const type of ['NAME', 'PHONE', 'EMAIL'] as const) {
          const count = spans.filter((span) => span.type === type).length;
          expect(report.entities[type].found).toBe(count);
          expect(report.entities[type].actions.replace ?? 0).toBe(count);
        }
        expect(JSON.stringify(report)).not.toContain(document.planted[0]!.raw);
      }),
      runs,
    );
  });

  it('is idempotent: redacting the redacted text changes nothing more', () => {
    fc.assert(
      fc.property(plantedDocument, (document) => {
        const once = redactText(document.text);
        expect(redactText(once)).toBe(once);
      }),
      runs,
    );
  });

  it('redacts the same planted values in a dialogue, turn by turn', () => {
    fc.assert(
      fc.property(fc.array(plantedDocument, { minLength: 1, maxLength: 3 }), (turns) => {
        const dialogue = { id: 'd', messages: turns.map((turn, index) => ({ role: index % 2 === 0 ? 'customer' : 'agent', text: turn.text })) };
        const output = JSON.stringify(redactDocument(dialogue, policy, destination).document);
        expect(turns.flatMap((turn) => survivors(turn, output))).toEqual([]);
      }),
      { ...runs, numRuns: 100 },
    );
  });
});

describe.each(['mask', 'pseudonymize', 'remove'] as const)('with every type set to %s', (action) => {
  const [actionPolicy] = parseTenantsYaml(`tenants:
  - id: property-${action}
    jurisdiction: UZ
    residency: { region: UZ }
    phoneRegions: [UZ, KZ, RU, KG, TJ, TM]
    entities: { NAME: ${action}, PHONE: ${action}, EMAIL: ${action} }
    secret: env:PII_GATE_PROPERTY_SECRET?property-test-secret-0001
`) as [ResolvedPolicy];

  it('never returns a planted value, nor a planted phone number as digits in order', () => {
    fc.assert(
      fc.property(plantedDocument, (document) => {
        const output = (redactDocument({ id: 'p', text: document.text }, actionPolicy, destination).document as { text: string }).text;
        expect(survivors(document, output)).toEqual([]);
      }),
      { ...runs, numRuns: 150 },
    );
  });
});

describe('phones next to order words (the phone detector\'s negative cues)', () => {
  it('redacts a number whose own cue is a phone word, even with an order word in the same sentence', () => {
    fc.assert(
      fc.property(fc.constantFrom(...orderWords), plantedPhoneStrongCue, (orderWord, phone) => {
        const text = `${orderWord} пришёл, ${phone.written}`;
        expect(survivors({ text, planted: [phone.planted] }, redactText(text))).toEqual([]);
      }),
      runs,
    );
  });

  // Was a known gap (`заказ пришёл, номер 99 421 14 70` passed raw); an order word now rules out a valid or
  // phone-grouped number only when it names the number directly (`заказ 901234567`).
  it('redacts a national number cued only by a number word when an order word is in the same sentence', () => {
    fc.assert(
      fc.property(fc.constantFrom(...orderWords), plantedPhoneWeakCue, (orderWord, phone) => {
        const text = `${orderWord} пришёл, ${phone.written}`;
        expect(survivors({ text, planted: [phone.planted] }, redactText(text))).toEqual([]);
      }),
      runs,
    );
  });
});
