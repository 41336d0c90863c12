import fc from 'fast-check';
import examples from 'libphonenumber-js/examples.mobile.json';
import metadata from 'libphonenumber-js/metadata.max.json';
import { describe, expect, it } from 'vitest';
import { DigitAutomaton } from '../../src/detect/phone-automaton.js';

/** What the automaton must answer: bit i set when pattern i, anchored, matches the whole string. */
function regexMask(patterns: readonly string[], digits: string): number {
  let mask = 0;
  patterns.forEach((pattern, index) => {
    if (new RegExp(`^(?:${pattern})$`).test(digits)) mask |= 1 << index;
  });
  return mask;
}

function planPatterns(fields: readonly unknown[]): string[] {
  const types = Array.isArray(fields[11]) ? (fields[11] as unknown[]) : [];
  const typePatterns = types.filter(Array.isArray).map((type) => (type as unknown[])[0]);
  return [fields[2], ...typePatterns].filter((pattern): pattern is string => typeof pattern === 'string' && pattern !== '');
}

const countries = Object.entries(metadata.countries as Record<string, unknown[]>);

describe('DigitAutomaton', () => {
  it.each([
    ['a digit class with ranges', ['[2-46-9]\\d{2}'], '612', 1],
    ['a digit class with ranges, a digit between them', ['[2-46-9]\\d{2}'], '512', 0],
    ['an optional group', ['8(?:0[1-5])?\\d{3}'], '8123', 1],
    ['an optional group taken', ['8(?:0[1-5])?\\d{3}'], '803123', 1],
    ['a bounded repeat at its upper bound', ['\\d{2,4}'], '1234', 1],
    ['a bounded repeat past its upper bound', ['\\d{2,4}'], '12345', 0],
    ['an unbounded repeat', ['9\\d+'], '9000000000', 1],
    ['the second of two patterns only', ['1\\d', '[02-9]\\d'], '55', 2],
    ['both of two patterns', ['\\d\\d', '5\\d'], '55', 3],
    ['a prefix of a match (not a whole match)', ['123'], '12', 0],
  ])('answers %s', (_label, patterns, digits, mask) => {
    expect(DigitAutomaton.compile(patterns).run(digits, 0, digits.length)).toBe(mask);
    expect(regexMask(patterns, digits)).toBe(mask);
  });

  it.each([
    ['a negated class', '[^0]\\d'],
    ['a lookahead', '(?=1)\\d'],
    ['a letter', 'a\\d'],
    ['an escape other than \\d', '\\s\\d'],
  ])('refuses %s, so the caller keeps its regex', (_label, pattern) => {
    expect(() => DigitAutomaton.compile([pattern])).toThrow();
  });

  it('reads only text[from, to) and answers 0 for anything but digits there', () => {
    const automaton = DigitAutomaton.compile(['90\\d{7}']);
    expect(automaton.run('+998901234567x', 4, 13)).toBe(1);
    expect(automaton.run('90123 4567', 0, 10)).toBe(0);
  });

  it("agrees with the anchored regexes of every country's plan in libphonenumber-js's metadata", () => {
    const examplesByRegion = examples as Record<string, string>;
    for (const [region, fields] of countries) {
      const patterns = planPatterns(fields);
      const automaton = DigitAutomaton.compile(patterns);
      const example = examplesByRegion[region] ?? '5551234567';
      // Examples and their neighbours (one digit changed, one cut, one added) sit on the patterns' edges.
      const near = [example, example.slice(0, -1), `${example}0`];
      for (let i = 0; i < example.length; i++) near.push(`${example.slice(0, i)}${(Number(example[i]) + 1) % 10}${example.slice(i + 1)}`);
      for (const digits of near) expect([region, digits, automaton.run(digits, 0, digits.length)]).toEqual([region, digits, regexMask(patterns, digits)]);
    }
  });

  it('agrees with the regexes on random digit strings for the plans the default regions use', () => {
    const plans = ['UZ', 'KZ', 'KG', 'TJ', 'TM', 'RU', 'US'].map((region) => planPatterns((metadata.countries as Record<string, unknown[]>)[region]!));
    const automata = plans.map((patterns) => DigitAutomaton.compile(patterns));
    fc.assert(
      fc.property(fc.integer({ min: 0, max: plans.length - 1 }), fc.stringMatching(/^[0-9]{1,16}$/), (index, digits) => {
        expect(automata[index]!.run(digits, 0, digits.length)).toBe(regexMask(plans[index]!, digits));
      }),
      { numRuns: 3000 },
    );
  });
});
