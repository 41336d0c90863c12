import { describe, expect, it } from 'vitest';
import { PiiGateError } from '../../src/errors.js';
import { applyActions, type PlannedSpan } from '../../src/mask/index.js';
import type { Action, EntityType } from '../../src/types.js';

const ctx = { tenantId: 'test-tenant', secret: 'test-secret-0123456789' };

/** Plans `action` on every occurrence of `value` in `text`. */
function plan(text: string, marks: ReadonlyArray<readonly [value: string, type: EntityType, action: Action]>): PlannedSpan[] {
  return marks.map(([value, type, action]) => {
    const start = text.indexOf(value);
    if (start === -1) throw new Error(`test setup: ${value} not in text`);
    return { span: { start, end: start + value.length, type, score: 1, source: 'test' }, action };
  });
}

describe('applyActions', () => {
  it.each([
    ['a name at the start', 'Алишер пишет', [['Алишер', 'NAME', 'replace']], '[NAME] пишет'],
    ['a phone at the end', 'звоните +998 90 123 45 67', [['+998 90 123 45 67', 'PHONE', 'mask']], 'звоните +998 ** *** ** 67'],
    ['a span covering the whole text', 'anvar@mail.ru', [['anvar@mail.ru', 'EMAIL', 'mask']], 'a****@mail.ru'],
    ['two adjacent spans', 'АлишерКаримов', [['Алишер', 'NAME', 'replace'], ['Каримов', 'NAME', 'mask']], '[NAME]К******'],
    ['a removed name', 'привет, Алишер!', [['Алишер', 'NAME', 'remove']], 'привет, !'],
    ['a kept name', 'привет, Алишер!', [['Алишер', 'NAME', 'keep']], 'привет, Алишер!'],
    ['spans after an emoji', '😀 Дилшод 😀 a@b.uz', [['Дилшод', 'NAME', 'replace'], ['a@b.uz', 'EMAIL', 'replace']], '😀 [NAME] 😀 [EMAIL]'],
    ['an Uzbek name with an apostrophe', "Men Gʻulomjon, tel 90 123 45 67", [['Gʻulomjon', 'NAME', 'mask'], ['90 123 45 67', 'PHONE', 'mask']], "Men G********, tel ** *** ** 67"],
  ] as const)('rewrites %s', (_case, text, marks, expected) => {
    expect(applyActions(text, plan(text, marks), ctx)).toBe(expected);
  });

  it('applies spans given in any order', () => {
    const text = 'Алишер и Дилшод';
    const planned = plan(text, [['Дилшод', 'NAME', 'replace'], ['Алишер', 'NAME', 'mask']]);
    expect(applyActions(text, planned, ctx)).toBe('А***** и [NAME]');
  });

  it('uses the tenant replace template', () => {
    const text = 'Алишер';
    expect(applyActions(text, plan(text, [['Алишер', 'NAME', 'replace']]), { ...ctx, replaceTemplate: '<{type}>' })).toBe('<NAME>');
  });

  it('gives the same pseudonym to the same normalised value', () => {
    const text = 'Anvar@Mail.ru и anvar@mail.ru';
    const planned: PlannedSpan[] = [
      { span: { start: 0, end: 13, type: 'EMAIL', score: 1, source: 'test' }, action: 'pseudonymize' },
      { span: { start: 16, end: 29, type: 'EMAIL', score: 1, source: 'test' }, action: 'pseudonymize' },
    ];
    const [first, second] = applyActions(text, planned, ctx).split(' и ');
    expect(first).toMatch(/^EMAIL_[0-9a-f]{8}$/u);
    expect(second).toBe(first);
  });

  it.each([
    ['an end inside a surrogate pair', 'x 😀y', 2, 3, 'x [NAME]y'],
    ['a start inside a surrogate pair', 'x 😀y', 3, 5, 'x [NAME]'],
    ['combining marks left after the end', 'Zoe\u0301 hi', 0, 3, '[NAME] hi'],
  ])('widens %s so no half character survives', (_case, text, start, end, expected) => {
    const planned: PlannedSpan[] = [{ span: { start, end, type: 'NAME', score: 1, source: 'test' }, action: 'replace' }];
    expect(applyActions(text, planned, ctx)).toBe(expected);
  });

  it.each([
    ['overlapping spans', [[0, 4], [2, 6]]],
    ['an end past the text', [[0, 99]]],
    ['an empty span', [[2, 2]]],
    ['a negative start', [[-1, 2]]],
    ['a fractional offset', [[0.5, 2]]],
  ] as const)('throws instead of returning text for %s', (_case, bounds) => {
    const planned: PlannedSpan[] = bounds.map(([start, end]) => ({ span: { start, end, type: 'NAME', score: 1, source: 'test' }, action: 'replace' }));
    expect(() => applyActions('Алишер Каримов', planned, ctx)).toThrowError(PiiGateError);
  });

  it('refuses to pseudonymize without a secret', () => {
    const planned = plan('Алишер', [['Алишер', 'NAME', 'pseudonymize']]);
    expect(() => applyActions('Алишер', planned, { tenantId: 't' })).toThrowError(
      expect.objectContaining({ code: 'ERR_PII_POLICY_SECRET_MISSING' }),
    );
  });
});

describe('applyActions with touching spans that split a character', () => {
  it('gives the shared character to the earlier span instead of failing', () => {
    const text = 'a😀b';
    const planned: PlannedSpan[] = [
      { span: { start: 0, end: 2, type: 'NAME', score: 1, source: 'test' }, action: 'replace' },
      { span: { start: 2, end: 4, type: 'EMAIL', score: 1, source: 'test' }, action: 'replace' },
    ];
    expect(applyActions(text, planned, ctx)).toBe('[NAME][EMAIL]');
  });
});
