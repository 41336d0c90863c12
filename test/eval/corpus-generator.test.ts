// The dev corpus generator: deterministic, labels that point at what they claim, valid phones, unlabelled negatives.

import { isValidPhoneNumber } from 'libphonenumber-js/max';
import { describe, expect, it } from 'vitest';
import { generateCorpus } from '../../benchmarks/lib/corpus.js';
import type { CorpusRecord } from '../../benchmarks/lib/corpus.js';
import {
  declineRussianFirstName,
  declineRussianPatronymic,
  declineRussianSurname,
  kazakhSuffix,
  kyrgyzSuffix,
  russianPatronymic,
  uzbekLatinSuffix,
  uzbekLatinToCyrillic,
} from '../../benchmarks/lib/morphology.js';
import { createPerson } from '../../benchmarks/lib/people.js';
import { isPhoneLike } from '../../benchmarks/lib/phones.js';
import { createRng } from '../../benchmarks/lib/rng.js';

const sample: CorpusRecord[] = [...generateCorpus({ seed: 7, count: 1500 })];
const valuesOf = (type: string): string[] =>
  sample.flatMap((record) => record.spans.filter((span) => span.type === type).map((span) => record.text.slice(span.start, span.end)));

describe('generateCorpus', () => {
  it('produces the same records for the same seed and different ones for another', () => {
    const again = [...generateCorpus({ seed: 7, count: 50 })];
    const other = [...generateCorpus({ seed: 8, count: 50 })];
    expect(again).toEqual(sample.slice(0, 50));
    expect(other).not.toEqual(again);
  });

  it('covers every language and genre', () => {
    expect(new Set(sample.map((record) => record.lang))).toEqual(new Set(['ru', 'uz-latn', 'uz-cyrl', 'kk', 'ky', 'en', 'mixed']));
    expect(new Set(sample.map((record) => record.genre))).toEqual(new Set(['review', 'dialogue', 'chat', 'negative']));
  });

  it('writes spans that are in range, sorted, non-overlapping and never start or end with whitespace', () => {
    for (const record of sample) {
      let previousEnd = 0;
      for (const span of record.spans) {
        expect(span.start).toBeGreaterThanOrEqual(previousEnd);
        expect(span.end).toBeLessThanOrEqual(record.text.length);
        const value = record.text.slice(span.start, span.end);
        expect(value).toBe(value.trim());
        expect(value.length).toBeGreaterThan(0);
        previousEnd = span.end;
      }
    }
  });

  it('labels only valid phone numbers (libphonenumber-js, with the home region for national formats)', () => {
    const regions = ['UZ', 'KZ', 'KG', 'TJ', 'TM', 'RU'] as const;
    for (const phone of valuesOf('PHONE')) {
      const digits = phone.replace(/\D/gu, '');
      const valid =
        isValidPhoneNumber(`+${digits}`) ||
        regions.some((region) => isValidPhoneNumber(phone, region)) ||
        isValidPhoneNumber(`+998${digits}`);
      expect(valid, phone).toBe(true);
    }
  });

  it.each([
    ['+998 NN NNN-NN-NN', /^\+998 \d\d \d{3}-\d\d-\d\d$/u],
    ['(NN) NNN-NN-NN', /^\(\d\d\) \d{3}-\d\d-\d\d$/u],
    ['8 NNN NNN NN NN', /^8 \d{3} \d{3} \d\d \d\d$/u],
    ['+7 (NNN) NNN-NN-NN', /^\+7 \(\d{3}\) \d{3}-\d\d-\d\d$/u],
    ['+996 NNN NNN NNN', /^\+996 \d{3} \d{3} \d{3}$/u],
    ['+992 NN NNN NNNN', /^\+992 \d\d \d{3} \d{4}$/u],
    ['+993 NN NNNNNN', /^\+993 \d\d \d{6}$/u],
  ])('writes phones in the format %s', (_format, pattern) => {
    expect(valuesOf('PHONE').some((phone) => pattern.test(phone))).toBe(true);
  });

  it.each([
    ['plus-addressing', /\+\w+@/u],
    ['an IDN domain', /@\p{Script=Cyrillic}+\.рф$/u],
    ['"at … dot" obfuscation', / at \w+ dot \w+$/u],
    ['[at] obfuscation', /\[at\]/u],
    ['(собака) obfuscation', /\(собака\)/u],
  ])('writes e-mails with %s', (_form, pattern) => {
    expect(valuesOf('EMAIL').some((email) => pattern.test(email))).toBe(true);
  });

  it.each([
    ['Uzbek o‘g‘li with a non-ASCII apostrophe', /o[‘ʻ’]g[‘ʻ’]li/u],
    ['Uzbek o‘g‘li with an ASCII apostrophe or backtick', /o['`]g['`]li/u],
    ['Kazakh -ұлы', /ұлы/u],
    ['Kyrgyz уулу', / уулу/u],
    ['Tajik -зода', /зода/u],
    ['Russian initials', /^\p{Lu}\p{Ll}+ \p{Lu}\. ?\p{Lu}\.$/u],
    ['Latin initial first', /^[A-Z]\. [A-Z][a-z]+$/u],
    ['lower-case chat names', /^\p{Ll}+$/u],
  ])('writes names with %s', (_form, pattern) => {
    expect(valuesOf('NAME').some((name) => pattern.test(name))).toBe(true);
  });

  it.each([
    ['улица Навои', /улица Навои/u],
    ['проспект Амира Темура', /проспект Амира Темура/u],
    ['prices in so‘m', /\d so.m/u],
    ['card numbers', /\b(?:8600|9860)[ *\d]{12,}/u],
  ])('keeps the hard negative %s out of every span', (_negative, pattern) => {
    const hits = sample.filter((record) => pattern.test(record.text));
    expect(hits.length).toBeGreaterThan(0);
    for (const record of hits) {
      const match = pattern.exec(record.text)!;
      const overlaps = record.spans.some((span) => span.start < match.index + match[0].length && match.index < span.end);
      expect(overlaps, record.id).toBe(false);
    }
  });

  it('draws about 15% of people from the rare-name lists, to measure generalisation', () => {
    const rng = createRng(11);
    const people = Array.from({ length: 2000 }, () => createPerson(rng, rng.pick(['ru', 'uz-latn', 'kk', 'ky', 'en'] as const)));
    const rare = people.filter((person) => person.rare).length / people.length;
    expect(rare).toBeGreaterThan(0.1);
    expect(rare).toBeLessThan(0.2);
  });

  it('flags the NAME spans that show a rare part, so generalisation can be scored apart', () => {
    const names = sample.flatMap((record) => record.spans.filter((span) => span.type === 'NAME'));
    const flagged = names.filter((span) => span.rare).length / names.length;
    expect(flagged).toBeGreaterThan(0.08);
    expect(flagged).toBeLessThan(0.25);
    expect(sample.flatMap((record) => record.spans).every((span) => !span.rare || span.type === 'NAME')).toBe(true);
  });

  it('keeps a share of records without any PII', () => {
    const negatives = sample.filter((record) => record.spans.length === 0).length / sample.length;
    expect(negatives).toBeGreaterThan(0.08);
    expect(negatives).toBeLessThan(0.3);
  });
});

describe('generator morphology', () => {
  it.each([
    [declineRussianFirstName('Иван', 'm', 'dat'), 'Ивану'],
    [declineRussianPatronymic(russianPatronymic('Пётр', 'm'), 'm', 'dat'), 'Петровичу'],
    [declineRussianFirstName('Ольга', 'f', 'ins'), 'Ольгой'],
    [declineRussianPatronymic(russianPatronymic('Сергей', 'f'), 'f', 'ins'), 'Сергеевной'],
    [declineRussianFirstName('Алишер', 'm', 'gen'), 'Алишера'],
    [declineRussianSurname('Петрова', 'f', 'gen'), 'Петровой'],
    [declineRussianSurname('Иванов', 'm', 'ins'), 'Ивановым'],
    [declineRussianSurname('Рахмонзода', 'm', 'dat'), 'Рахмонзода'],
    ['Jasur' + uzbekLatinSuffix('Jasur', 'dat'), 'Jasurga'],
    ['Dilnoza' + uzbekLatinSuffix('Dilnoza', 'gen'), 'Dilnozaning'],
    ['Akmal' + uzbekLatinSuffix('Akmal', 'acc'), 'Akmalni'],
    [uzbekLatinToCyrillic('Jasur') + 'га', 'Жасурга'],
    [uzbekLatinToCyrillic('Yo‘ldoshev'), 'Йўлдошев'],
    [uzbekLatinToCyrillic('Shahnoza'), 'Шаҳноза'],
    ['Айгүл' + kazakhSuffix('Айгүл', 'dat'), 'Айгүлге'],
    ['Ерлан' + kazakhSuffix('Ерлан', 'gen'), 'Ерланның'],
    ['Бакыт' + kyrgyzSuffix('Бакыт', 'dat'), 'Бакытка'],
    ['Атамбаев' + kyrgyzSuffix('Атамбаев', 'dat'), 'Атамбаевге'],
    ['уулу' + kyrgyzSuffix('уулу', 'dat'), 'уулуна'],
    ['кызы' + kyrgyzSuffix('кызы', 'gen'), 'кызынын'],
    ['Нұрланұлы' + kazakhSuffix('Нұрланұлы', 'dat'), 'Нұрланұлына'],
    ['Назарбаев' + kazakhSuffix('Назарбаев', 'dat'), 'Назарбаевқа'],
    [declineRussianPatronymic(russianPatronymic('Павел', 'f'), 'f', 'dat'), 'Павловне'],
    ['Айгерим' + kyrgyzSuffix('Айгерим', 'gen'), 'Айгеримдин'],
  ])('inflects to %s', (actual, expected) => {
    expect(actual).toBe(expected);
  });

  it.each(['150000', '123456789012', '30123456789012'])('tells a non-phone digit string %s from a phone', (digits) => {
    expect(isPhoneLike(digits)).toBe(false);
  });

  it('recognises a real mobile number as phone-like', () => {
    expect(isPhoneLike('998901234567')).toBe(true);
  });
});
