// The blind corpus is a measuring instrument: its gold spans must be exactly the intended substrings (UTF-16),
// its output a pure function of the seed, and its unlisted names really absent from the detector's lists.

import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/max';
import { describe, expect, it } from 'vitest';
import { generateBlind, listedUnlistedWords, type BlindRecord } from '../../benchmarks/blind-corpus.js';
import { kazakhCase, kyrgyzCase, listedPools, russianCase, russianPatronymic, unlistedPools, uzbekLatinCase, uzLatinToCyrillic } from '../../benchmarks/lib/blind-names.js';
import { fillTemplate, parseTemplate } from '../../benchmarks/lib/blind-render.js';
import { templates } from '../../benchmarks/lib/blind-templates.js';
import type { Group } from '../../benchmarks/lib/blind-fillers.js';
import { createRng } from '../../benchmarks/lib/rng.js';

const records = generateBlind(2026, 1400);
const spansOf = (type: string) => records.flatMap((record) => record.spans.filter((span) => span.type === type).map((span) => ({ record, span, value: record.text.slice(span.start, span.end) })));
const regions: CountryCode[] = ['UZ', 'KZ', 'KG', 'TJ', 'TM', 'RU'];

describe('blind corpus templates', () => {
  const groups = Object.keys(templates) as Group[];

  it('has at least 250 templates in 7 language groups', () => {
    expect(groups).toHaveLength(7);
    expect(groups.reduce((sum, group) => sum + templates[group].length, 0)).toBeGreaterThanOrEqual(250);
  });

  it.each(groups)('%s has reviews, chats, dialogues and negatives', (group) => {
    expect(new Set(templates[group].map((template) => parseTemplate(template).genre))).toEqual(new Set(['review', 'chat', 'dialogue', 'negative']));
  });

  it.each(groups)('every %s template fills without an unknown slot, and negatives carry no span', (group) => {
    const rng = createRng(1);
    for (const template of templates[group]) {
      const filled = fillTemplate(rng, group, template, 'unlisted');
      expect(filled.text).not.toMatch(/[{}<>]/u);
      if (filled.genre === 'negative') expect(filled.spans).toEqual([]);
      else expect(filled.spans.length).toBeGreaterThan(0);
    }
  });
});

describe('blind corpus gold spans', () => {
  it('are sorted, disjoint, non-empty and never start or end with whitespace', () => {
    for (const record of records) {
      let previousEnd = 0;
      for (const span of record.spans) {
        expect(span.start).toBeGreaterThanOrEqual(previousEnd);
        expect(span.end).toBeGreaterThan(span.start);
        expect(record.text.slice(span.start, span.end)).toBe(record.text.slice(span.start, span.end).trim());
        previousEnd = span.end;
      }
    }
  });

  it('cover names only: letters, apostrophes, initials and spaces, no honorific, label colon or comma', () => {
    for (const { value } of spansOf('NAME')) {
      expect(value).toMatch(/^[\p{L}][\p{L}'‘ʻ’`. ]*$/u);
      expect(value).not.toMatch(/[ -](aka|opa|ака|опа|апа|аға|эже|байке|джон)$/iu);
      expect(value).not.toMatch(/^(Mr|Ms|Mrs|Dr)\./u);
    }
  });

  it('cover whole phone numbers that libphonenumber-js accepts as valid in one of the six regions (8 (371) read as +998 71)', () => {
    const phones = spansOf('PHONE');
    expect(phones.length).toBeGreaterThan(100);
    for (const { value } of phones) {
      expect(value).toMatch(/^[+(\d][\d\s().+-]*\d$/u);
      // The old Uzbek domestic form 8 (371) … has a trunk 8 that libphonenumber-js's UZ plan no longer knows.
      const dialled = value.replace(/^8 \(371\) /u, '+998 71 ');
      const valid = regions.some((region) => parsePhoneNumberFromString(dialled, region)?.isValid() === true);
      expect(valid, value).toBe(true);
    }
  });

  it('cover whole e-mail addresses, plain or obfuscated', () => {
    for (const { value } of spansOf('EMAIL')) {
      expect(value).toMatch(/^[a-z0-9][a-z0-9.+_]*(@| at |\(at\)|\[at\]| \[at\] | собака | \(собака\) )[a-z0-9.-]+((\(dot\)| dot | \[dot\] |\.)[a-z]{2,3})$/u);
    }
  });

  it('leave no pool name outside a span', () => {
    const poolWords = new Set<string>();
    for (const pools of [unlistedPools, listedPools]) {
      for (const pool of Object.values(pools)) for (const name of [...pool.male, ...pool.female, ...pool.surnames]) poolWords.add(name.toLowerCase());
    }
    for (const record of records) {
      let outside = record.text;
      for (const span of record.spans) outside = outside.slice(0, span.start) + ' '.repeat(span.end - span.start) + outside.slice(span.end);
      const leaked = (outside.toLowerCase().match(/[\p{L}'’‘ʻ`]+/gu) ?? []).filter((word) => poolWords.has(word));
      expect(leaked, record.id).toEqual([]);
    }
  });

  it('are UTF-16 offsets: after an emoji, code-point offsets would point elsewhere', () => {
    const afterEmoji = records.flatMap((record) => record.spans.filter((span) => /[\u{1F000}-\u{1FFFF}]/u.test(record.text.slice(0, span.start))).map((span) => ({ record, span })));
    expect(afterEmoji.length).toBeGreaterThan(10);
    for (const { record, span } of afterEmoji) {
      const codePoints = Array.from(record.text);
      const byCodePoint = codePoints.slice(span.start, span.end).join('');
      expect(record.text.slice(span.start, span.end)).toMatch(/^[\p{L}\d+(]/u);
      expect(byCodePoint).not.toBe(record.text.slice(span.start, span.end));
    }
  });
});

describe('blind corpus generation', () => {
  it('is a pure function of the seed', () => {
    expect(JSON.stringify(generateBlind(7, 300))).toBe(JSON.stringify(generateBlind(7, 300)));
    expect(JSON.stringify(generateBlind(8, 300))).not.toBe(JSON.stringify(generateBlind(7, 300)));
  });

  it('draws about a fifth of the named records from the listed pools', () => {
    const named = records.filter((record: BlindRecord) => record.names !== 'none');
    const listedShare = named.filter((record) => record.names === 'listed').length / named.length;
    expect(listedShare).toBeGreaterThan(0.15);
    expect(listedShare).toBeLessThan(0.25);
  });

  it('--check finds no unlisted pool word on the detector lists', async () => {
    expect(await listedUnlistedWords()).toEqual([]);
  });
});

describe('blind corpus morphology', () => {
  it.each([
    ['Сысой', 'dat', 'given', false, 'Сысою'],
    ['Акинфий', 'ins', 'given', false, 'Акинфием'],
    ['Лукерья', 'gen', 'given', true, 'Лукерьи'],
    ['Гликерия', 'dat', 'given', true, 'Гликерии'],
    ['Аглая', 'acc', 'given', true, 'Аглаю'],
    ['Пестрякова', 'ins', 'surname', true, 'Пестряковой'],
    ['Пестряков', 'ins', 'surname', false, 'Пестряковым'],
    ['Вержбицкий', 'dat', 'surname', false, 'Вержбицкому'],
    ['Загорулько', 'gen', 'surname', false, 'Загорулько'],
    ['Якимович', 'dat', 'patronymic', false, 'Якимовичу'],
    ['Якимовна', 'gen', 'patronymic', true, 'Якимовны'],
  ] as const)('Russian %s in the %s case is %s', (word, grammaticalCase, kind, female, expected) => {
    expect(russianCase(word, grammaticalCase, kind, female)).toBe(expected);
  });

  it.each([
    ['Сысой', false, 'Сысоевич'],
    ['Протас', true, 'Протасовна'],
    ['Хайрулло', false, 'Хайруллоевич'],
  ] as const)('the Russian patronymic of %s (female: %s) is %s', (father, female, expected) => {
    expect(russianPatronymic(father, female)).toBe(expected);
  });

  it.each([
    ['Ерсұлтан', 'dat', 'Ерсұлтанға'],
    ['Інжу', 'dat', 'Інжуге'],
    ['Өркен', 'gen', 'Өркеннің'],
    ['Ақберді', 'acc', 'Ақбердіні'],
    ['Ерқанат', 'gen', 'Ерқанаттың'],
    ['Толқын', 'loc', 'Толқында'],
  ] as const)('Kazakh %s + %s is %s', (word, grammaticalCase, expected) => {
    expect(kazakhCase(word, grammaticalCase)).toBe(expected);
  });

  it.each([
    ['Жибегүл', 'dat', 'Жибегүлгө'],
    ['Эмилбек', 'gen', 'Эмилбектин'],
    ['Айымкан', 'dat', 'Айымканга'],
    ['Мөлмөл', 'acc', 'Мөлмөлдү'],
  ] as const)('Kyrgyz %s + %s is %s', (word, grammaticalCase, expected) => {
    expect(kyrgyzCase(word, grammaticalCase)).toBe(expected);
  });

  it.each([
    ['Iskandarbek', 'dat', 'Iskandarbekka'],
    ['Zarnigor', 'gen', 'Zarnigorning'],
    ['Qunduz', 'acc', 'Qunduzni'],
  ] as const)('Uzbek %s + %s is %s', (word, grammaticalCase, expected) => {
    expect(uzbekLatinCase(word, grammaticalCase)).toBe(expected);
  });

  it.each([
    ["Qo'chqorov", 'Қўчқоров'],
    ['Shohruhmirzo', 'Шоҳруҳмирзо'],
    ['Eshqobilov', 'Эшқобилов'],
    ["Ne'matov", 'Неъматов'],
    ["Tog'ayev", 'Тоғаев'],
  ])('Uzbek Latin %s is %s in Cyrillic', (latin, cyrillic) => {
    expect(uzLatinToCyrillic(latin)).toBe(cyrillic);
  });
});
