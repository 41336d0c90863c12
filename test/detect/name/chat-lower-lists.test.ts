// Lower-case chat, names in a list: a word joined to a found name by a conjunction, or by a comma in a list that has
// one, is a person too when a given-name list holds it (an everyday-word name too), or, on no list, when `both`
// closes the pair (chat-lower-lists.ts). Invented people.

import { describe, expect, it } from 'vitest';
import { names } from '../../helpers/names.js';

describe('a listed or unlisted name beside a found one in a lower-case list', () => {
  it.each([
    ['Kazakh, a comma list closed by `және`', 'ерасыл, мирас және томирис бізге көп көмектесті', ['ерасыл', 'мирас', 'томирис']],
    ['Uzbek Latin, an everyday-word name between', 'sanjar, aziz va kamola bizga yordam berishdi', ['sanjar', 'aziz', 'kamola']],
    ['Uzbek Cyrillic, an everyday-word name between', 'санжар, азиз ва камола бизга ёрдам беришди', ['санжар', 'азиз', 'камола']],
    ['English, an everyday-word name first', 'on shift were tom, greta and yusuf, all very kind', ['tom', 'greta', 'yusuf']],
    ['Kyrgyz, an unlisted name before `экөө тең`', 'медер менен калыйман экөө тең жардам беришти', ['медер', 'калыйман']],
    ['Kazakh, an everyday-word name before a found one', 'рахмет айгүлге, мейрам мен айгүл екеуі де көмектесті', ['айгүлге', 'мейрам', 'айгүл']],
    ['Kyrgyz, unlisted names shaped like given names beside a listed one', 'кызматкерлер эрмекбек, айдаяна жана айсулуу абдан жакшы', ['эрмекбек', 'айдаяна', 'айсулуу']],
    ['Uzbek Latin, an unlisted shaped name after one found at the start', 'dilshodbek va barnobonu keldi, rahmat', ['dilshodbek', 'barnobonu']],
    ['Kazakh, an unlisted shaped name after `мен`', 'бүгін жеңісбек пен сейілхан келді', ['жеңісбек', 'сейілхан']],
  ])('finds it (%s): %s', (_, text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});

describe('no name from a list without a found one, or in a firm', () => {
  it.each([
    ['Kazakh fruit before `екеуі де`', 'алма мен шие екеуі де тәтті екен', ['алма', 'шие']],
    ['Kyrgyz fruit before `экөө тең`', 'алма менен өрүк экөө тең арзан', ['алма', 'өрүк']],
    ['Uzbek food, no name found', 'non va sut keldi, rahmat', ['non', 'sut']],
    ['English everyday words before `both`', 'bread and butter were both fresh', ['bread', 'butter']],
    ['a firm named after people', 'the clark, romero and hall orchestra was founded in 1973', ['clark', 'hall']],
    ['a modal after `and`', 'ask priya and will call you back, thanks', ['will']],
    ['Uzbek Latin, a dish beside a found name', 'sardorjon va dasturxon tayyor edi', ['dasturxon']],
  ])('keeps it out (%s): %s', (_, text, words) => {
    const found = names(text);
    for (const word of words) expect(found).not.toContain(word);
  });
});
