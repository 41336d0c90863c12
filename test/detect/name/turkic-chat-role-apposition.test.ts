// A lower-case name opening a message before a service role in apposition and a deed (turkic-person-acts.ts:
// `дәнеш курьер тез жеткізді`); ordinals, attributives and demonstratives before the role stay words, as do
// sentence-opening adverbs before a judgement.

import { describe, expect, it } from 'vitest';
import { names } from '../../helpers/names.js';

describe('a lower-case name before a role and a deed', () => {
  it.each([
    ['Kazakh', 'дәнеш курьер тез жеткізді', ['дәнеш']],
    ['Kyrgyz, late', 'айкөкүл курьер кечигип келди', ['айкөкүл']],
    ['Uzbek', 'qunduz kuryer tez yetkazdi', ['qunduz']],
    ['Uzbek, "a lot" before the deed', "sabohat ko'p yordam berdi katta rahmat", ['sabohat']],
    ['Kyrgyz, "a lot" before the deed', 'сайкал көп жардам берди чоң рахмат', ['сайкал']],
  ])('is a name (%s): %s', (_, text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});

describe('a word describing the role', () => {
  it.each([
    ['"new"', 'yangi kuryer tez yetkazdi'],
    ['"today\'s"', 'бүгінгі курьер кешікті'],
    ['"that"', 'тиги курьер орой сүйлөдү'],
    ['"first"', 'birinchi kuryer tez keldi'],
    ['"next"', 'keyingi kuryer tez keldi'],
    ['Kazakh "first"', 'бірінші курьер тез келді'],
    ['Kyrgyz "previous"', 'мурунку курьер тез келди'],
    ['an adverb before a judgement', 'haqiqatan yaxshi inson ekan'],
    ['a Kazakh adverb before a judgement', 'шынымен жақсы адам екен'],
    ['"a lot" opening', "ko'p yordam berdi"],
  ])('is no name (%s): %s', (_, text) => {
    expect(names(text)).toEqual([]);
  });
});
