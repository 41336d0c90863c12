// Lower-case names beside thanks in Turkic chat (turkic-thanks.ts): after the thanks with a comma, a wish or a person
// noun after them; before the thanks after a reply opener or with the dative written apart. Everyday words in the
// same places stay words.

import { describe, expect, it } from 'vitest';
import { names } from '../../helpers/names.js';

describe('a lower-case name beside thanks', () => {
  it.each([
    ['after thanks and an emoji, before a comma', 'рахмет🌹 балауса, тапсырыс келді', ['балауса']],
    ['after thanks, before a wish', 'рахмет балауса денсаулық тілеймін', ['балауса']],
    ['after thanks, judged a good young man', 'рахмет 🌹 дәнеш жақсы жігіт', ['дәнеш']],
    ['after "ok", before thanks', 'xop zulxumor rahmat', ['zulxumor']],
    ['after an honorific, before thanks', 'opa zulxumor rahmat', ['zulxumor']],
    ['Kyrgyz, after "alright", before thanks', 'макул сайкал рахмат', ['сайкал']],
    ['with the dative written apart', 'sabohat ga katta rahmat', ['sabohat']],
    ['Kyrgyz, with the dative written apart', 'сайкал га чоң рахмат', ['сайкал']],
  ])('is a name (%s): %s', (_, text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});

describe('an everyday word beside thanks', () => {
  it.each([
    ['"all" before a comma', 'рахмет бәрі, жақсы'],
    ['"order" before a comma', 'rahmat buyurtma, keldi'],
    ['a wish with no name', 'рахмет денсаулық тілеймін'],
    ['Kyrgyz "health" written in two words', 'рахмат ден соолук каалайм'],
    ['"understood" after "ok"', 'xop tushunarli rahmat'],
    ['"we agreed" after "ok"', 'xop kelishdik rahmat'],
    ['"understood" in Kyrgyz', 'макул түшүндүм рахмат'],
    ['help in the dative written apart', 'yordam ga rahmat'],
    ['"to you all" written apart', 'sizlar ga katta rahmat'],
    ['"luck" after "to you"', 'rahmat sizga, omad'],
  ])('is no name (%s): %s', (_, text) => {
    expect(names(text)).toEqual([]);
  });
});
