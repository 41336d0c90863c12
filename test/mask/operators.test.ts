import { describe, expect, it } from 'vitest';
import { type OperatorContext, maskEmail, maskName, maskPhone, operators, pseudonym } from '../../src/mask/index.js';
import type { EntityType, Span } from '../../src/types.js';

const codePoints = (text: string): number => [...text].length;

describe('maskPhone', () => {
  it.each([
    ['+998 90 123-45-67', '+998 ** ***-**-67'],
    ['+998 90 123 45 67', '+998 ** *** ** 67'],
    ['+998(90)1234567', '+998(**)*****67'],
    ['+7 (701) 234-56-78', '+7 (***) ***-**-78'],
    ['+996 555 123 456', '+996 *** *** *56'],
    ['+992 93 123 4567', '+992 ** *** **67'],
    ['+993 65 123456', '+993 ** ****56'],
    ['998901234567', '**********67'],
    ['8 701 234 56 78', '* *** *** ** 78'],
    ['90 123 45 67', '** *** ** 67'],
    ['+1 202 555 0100', '+1 *** *** **00'],
    ['+44 20 7946 0000', '+44 ** **** **00'],
    ['12345', '*****'],
  ])('masks %s as %s', (input, expected) => {
    expect(maskPhone(input)).toBe(expected);
  });
});

describe('maskEmail', () => {
  it.each([
    ['anvar@mail.ru', 'a****@mail.ru'],
    ['a@mail.ru', 'a@mail.ru'],
    ['test.user+tag@sub.example.uz', 't***.****+***@sub.example.uz'],
    ['иван@почта.рф', 'и***@почта.рф'],
    ['ivan at mail dot ru', 'i*** ** **** *** **'],
    ['ivan[at]mail.ru', 'i***[**]****.**'],
  ])('masks %s as %s', (input, expected) => {
    expect(maskEmail(input)).toBe(expected);
  });
});

describe('maskName', () => {
  it.each([
    ['Дилшод', 'Д*****'],
    ['Алишер Каримов', 'А***** К******'],
    ['Анна-Мария', 'А***-М****'],
    ["Gʻulom", 'G*****'],
    ["O'tkir", "O'****"],
    ['Жанар Әбілқызы', 'Ж**** Ә*******'],
    ['Й\u0306ohn', 'Й\u0306***'],
    ['e\u0301mile', 'e\u0301****'],
  ])('masks %s as %s, keeping its length in code points', (input, expected) => {
    const masked = maskName(input);
    expect(masked).toBe(expected);
    expect(codePoints(masked)).toBe(codePoints(input));
  });
});

describe('pseudonym', () => {
  const secret = 'test-secret-0123456789';

  it('is TYPE_ followed by 8 hex digits', () => {
    expect(pseudonym('NAME', 'алишер', secret)).toMatch(/^NAME_[0-9a-f]{8}$/u);
  });

  it.each([
    ['the same value twice', ['NAME', 'алишер', secret, 't1'], ['NAME', 'алишер', secret, 't1'], true],
    ['a different value', ['NAME', 'алишер', secret, 't1'], ['NAME', 'дилшод', secret, 't1'], false],
    ['a different type', ['NAME', 'x', secret, 't1'], ['EMAIL', 'x', secret, 't1'], false],
    ['a different secret', ['NAME', 'алишер', secret, 't1'], ['NAME', 'алишер', 'other-secret-0123456', 't1'], false],
    ['a different tenant with the same secret', ['NAME', 'алишер', secret, 't1'], ['NAME', 'алишер', secret, 't2'], false],
  ] as const)('for %s gives equal tokens: %s', (_case, a, b, equal) => {
    const left = pseudonym(a[0], a[1], a[2], a[3]);
    const right = pseudonym(b[0], b[1], b[2], b[3]);
    expect(left === right).toBe(equal);
  });

  it('matches the documented formula: HMAC-SHA256(secret, type:normalized) without a tenant', async () => {
    const { createHmac } = await import('node:crypto');
    const expected = createHmac('sha256', secret).update('PHONE:+998901234567').digest('hex').slice(0, 8);
    expect(pseudonym('PHONE', '+998901234567', secret)).toBe(`PHONE_${expected}`);
  });
});

describe('replace', () => {
  const span = (type: EntityType): Span => ({ start: 0, end: 1, type, score: 1, source: 'test' });
  const contexts: ReadonlyArray<readonly [OperatorContext, EntityType, string]> = [
    [{ tenantId: 'a' }, 'NAME', '[NAME]'],
    [{ tenantId: 'b', replaceTemplate: '<{type}/{type}>' }, 'PHONE', '<PHONE/PHONE>'],
    [{ tenantId: 'a' }, 'EMAIL', '[EMAIL]'],
    [{ tenantId: 'c', replaceTemplate: '***' }, 'NAME', '***'],
    [{ tenantId: 'b', replaceTemplate: '<{type}/{type}>' }, 'EMAIL', '<EMAIL/EMAIL>'],
  ];

  it('uses each context\'s own template when tenants alternate', () => {
    // Twice over, so every template follows a different one at least once.
    for (const [ctx, type, expected] of [...contexts, ...contexts]) expect(operators.replace.apply('x', span(type), ctx)).toBe(expected);
  });
});
