// EMAIL detection: plain, IDN and obfuscated addresses in every language, and the '@' that is not an address.

import fc from 'fast-check';
import validator from 'validator';
import { describe, expect, it } from 'vitest';
import { createEmailDetector } from '../../src/detect/email.js';
import { isPlainAddress } from '../../src/detect/email-valid.js';
import { detect } from '../../src/detect/index.js';
import { cpuMilliseconds } from '../helpers/cpu-time.js';

const emailDetector = createEmailDetector();

/** Reported e-mails (score ≥ 0.5, overlaps resolved), as the text they cover and their normalised form. */
function emailsIn(text: string): Array<{ text: string; normalized: string | undefined }> {
  return detect(text, { types: ['EMAIL'] }).map((span) => ({ text: text.slice(span.start, span.end), normalized: span.normalized }));
}

function rawEmails(text: string) {
  return emailDetector.detect(text, { regions: [], knownNames: [] });
}

describe('e-mail addresses people write', () => {
  it.each([
    ['Russian', 'ivan.petrov@mail.ru', 'Пишите на ivan.petrov@mail.ru, отвечу вечером', 'ivan.petrov@mail.ru'],
    ['Russian', 'shop+orders@mail.ru', 'Адрес: shop+orders@mail.ru.', 'shop+orders@mail.ru'],
    ['Uzbek Latin', 'a_1@sub.domain.co.uz', 'Pochtam a_1@sub.domain.co.uz, yozing', 'a_1@sub.domain.co.uz'],
    ['Uzbek Cyrillic', 'user2024@inbox.uz', 'Почтам: user2024@inbox.uz!', 'user2024@inbox.uz'],
    ['Kazakh', 'Aigerim.K@Gmail.com', 'Менің поштам (Aigerim.K@Gmail.com) жазыңыз', 'aigerim.k@gmail.com'],
    ['Russian', 'иван@почта.рф', 'Мой адрес иван@почта.рф — пишите', 'иван@почта.рф'],
    ['Russian', 'ivan@почта.рф', 'Почта ivan@почта.рф', 'ivan@почта.рф'],
    ['English', 'support@help-desk.example.com', 'Contact support@help-desk.example.com?', 'support@help-desk.example.com'],
    ['English', "o'brien@example.com", "Write to o'brien@example.com", "o'brien@example.com"],
    ['Uzbek Latin', "g'ulom@mail.uz", "Manzil: g'ulom@mail.uz", "g'ulom@mail.uz"],
    ['English', 'test@example.com', 'mailto:test@example.com', 'test@example.com'],
    ['Russian', 'ivan@mail.ru', 'Пишите ivan@mail.ruпожалуйста', 'ivan@mail.ru'],
  ])('finds %s `%s` in %j', (_language, address, text, normalized) => {
    expect(emailsIn(text)).toEqual([{ text: address, normalized }]);
  });

  it.each([
    ['English', 'ivan at mail dot ru', 'Email me: ivan at mail dot ru', 'ivan@mail.ru'],
    ['English', 'ivan[at]mail.ru', 'ivan[at]mail.ru is my address', 'ivan@mail.ru'],
    ['English', 'ivan(at)mail.ru', 'Send it to ivan(at)mail.ru', 'ivan@mail.ru'],
    ['English', 'ivan [at] gmail [dot] com', 'ivan [at] gmail [dot] com', 'ivan@gmail.com'],
    ['English', 'IVAN AT MAIL DOT RU', 'IVAN AT MAIL DOT RU', 'ivan@mail.ru'],
    ['Russian', 'ivan (собака) mail.ru', 'Пишите ivan (собака) mail.ru', 'ivan@mail.ru'],
    ['Russian', 'ivan собака mail точка ru', 'Мой адрес ivan собака mail точка ru', 'ivan@mail.ru'],
    ['Russian', 'shop собака yandex.ru', 'Заявки: shop собака yandex.ru', 'shop@yandex.ru'],
    ['Uzbek Latin', 'ali [at] gmail nuqta com', 'Pochta: ali [at] gmail nuqta com', 'ali@gmail.com'],
    ['English', 'ivan at mail.ru', 'My email: ivan at mail.ru', 'ivan@mail.ru'],
    ['Russian', 'ali @ gmail.com', 'Почта: ali @ gmail.com', 'ali@gmail.com'],
    ['English', 'john.doe at gmail.com', 'john.doe at gmail.com', 'john.doe@gmail.com'],
    ['Russian', 'ivan.@mail.ru', 'Пишите на ivan.@mail.ru', 'ivan@mail.ru'],
    ['Russian', 'ivan..petrov@mail.ru', 'Пишите на ivan..petrov@mail.ru', 'ivan.petrov@mail.ru'],
  ])('finds the obfuscated %s form `%s`', (_language, address, text, normalized) => {
    expect(emailsIn(text)).toEqual([{ text: address, normalized }]);
    expect(rawEmails(text)[0]?.source).toBe('email:obfuscated');
  });

  it('covers the invisible character that was meant to hide an address', () => {
    const text = 'Пишите ivan\u200b@mail.ru';
    expect(emailsIn(text).map((email) => email.text)).toEqual(['ivan\u200b@mail.ru']);
  });

  it('finds several addresses in one text, in order', () => {
    expect(emailsIn('a@x.uz, b@y.kz; c[at]z.kg').map((email) => email.normalized)).toEqual(['a@x.uz', 'b@y.kz', 'c@z.kg']);
  });

  it('reports UTF-16 offsets after emoji and combining marks', () => {
    const text = '😀 Йо\u0301 — ivan@mail.ru';
    const [span] = detect(text, { types: ['EMAIL'] });
    expect(span?.start).toBe(text.indexOf('ivan'));
    expect(span?.end).toBe(text.length);
  });
});

describe('an @ that is not an e-mail address', () => {
  it.each([
    ['a handle', 'Follow @ivan_shop for news'],
    ['a handle in Russian text', 'Подписывайтесь на @magazin_uz'],
    ['a user with no domain', 'user@ and nothing else'],
    ['a timestamp', 'at @ 1: 53 pm'],
    ['a price', '2 @ $5 each'],
    ['a domain without a dot', 'admin@localhost is internal'],
    ['a local part over 64 characters', `${'a'.repeat(70)}@mail.ru`],
    ['an English "at" in prose', 'I work at mail.ru now'],
    ['an English "at" before a name', 'See you at Tashkent City'],
    ['prose around an @ with spaces', 'dinner @ cafe.uz tonight'],
  ])('ignores %s: %j', (_what, text) => {
    expect(emailsIn(text)).toEqual([]);
  });

  it('keeps the prose-like candidates below the threshold rather than dropping them', () => {
    const [span] = rawEmails('I work at mail.ru now');
    expect(span?.score).toBeGreaterThan(0);
    expect(span?.score).toBeLessThan(0.5);
  });
});

describe('scores', () => {
  it.each([
    ['ivan@mail.ru', 0.9],
    ['ivan[at]mail.ru', 0.85],
    ['ivan at mail dot ru', 0.8],
  ])('scores `%s` at least %s', (text, atLeast) => {
    const [span] = rawEmails(text);
    expect(span?.score).toBeGreaterThanOrEqual(atLeast);
    expect(span?.score).toBeLessThanOrEqual(1);
  });
});

describe('hostile input', () => {
  it.each([
    ['100 000 @ signs', 'a@'.repeat(100_000)],
    ['100 000 addresses', 'x@y.uz '.repeat(100_000)],
    ['one 1 MB token with an @ in the middle', `${'a'.repeat(500_000)}@${'b'.repeat(500_000)}`],
    ['a megabyte of spelled-out markers', 'a at b dot '.repeat(100_000)],
    ['a megabyte of bracketed markers', 'x[at]'.repeat(200_000)],
  ])('stays fast on %s', (_what, text) => {
    // Linear work is well under a second; anything quadratic takes minutes.
    expect(cpuMilliseconds(() => rawEmails(text))).toBeLessThan(8_000);
  });
});

describe('the fast path for plain addresses', () => {
  // Strings built from the characters that matter at the edges of the rules: dots, hyphens, digits, `_%+`,
  // Cyrillic letters at both ends of the fast path's block (and a sign, a combining mark and a letter just past
  // it), and characters validator rejects.
  const unit = fc.oneof(
    { arbitrary: fc.constantFrom('a', 'Z', '0', '9'), weight: 8 },
    { arbitrary: fc.constantFrom('я', 'Ё', 'Ѐ', 'ӿ', 'Қ', 'ў'), weight: 3 },
    { arbitrary: fc.constantFrom('.', '-', '_', '+', '%', '҂', '\u0483', 'ԁ', 'é', '!', ' '), weight: 2 },
  );
  const piece = fc.string({ unit, minLength: 1, maxLength: 12 });
  // Long enough to cross the 63-character label and the 64- and 254-byte limits (Cyrillic is 2 bytes in UTF-8).
  const longPiece = fc.string({ unit, minLength: 20, maxLength: 70 });
  const longHost = fc.array(longPiece, { minLength: 1, maxLength: 5 }).map((labels) => labels.join('.'));
  const tld = fc.constantFrom('ru', 'uz', 'c', 'com', '12', 'рф', 'қаз', 'р', 'рф1', 'xn--p1ai', 'r-u', '');

  it.each([
    ['short parts', piece, piece],
    ['long parts', longPiece, longHost],
  ])('accepts only addresses validator.isEmail accepts (%s)', (_what, localPart, hostPart) => {
    fc.assert(
      fc.property(localPart, hostPart, tld, (local, host, top) => {
        const domain = top ? `${host}.${top}` : host;
        if (isPlainAddress(local, domain)) expect(validator.isEmail(`${local}@${domain}`)).toBe(true);
      }),
      { numRuns: 20_000, seed: 20261125 },
    );
  });

  it.each([
    ['ivan.petrov', 'mail.ru', true],
    ['a_1+tag', 'sub.domain.co.uz', true],
    ['иван', 'почта.рф', true],
    ['zarina.k', 'магазин.рф', true],
    ['ivan.', 'mail.ru', false],
    ['ivan', '-mail.ru', false],
    ['ivan', 'mail.r', false],
    ['ivan', 'localhost', false],
    ['иван', 'почта.р', false],
    ['я'.repeat(33), 'почта.рф', false],
    ['ivan', `${'я'.repeat(63)}.${'я'.repeat(63)}.рф`, false],
  ])('takes %s@%s on the fast path: %s', (local, domain, fast) => {
    expect(isPlainAddress(local, domain)).toBe(fast);
  });
});
