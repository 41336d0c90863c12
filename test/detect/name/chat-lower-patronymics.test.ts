// Full names in lower-case writing found through the patronymic (chat-lower-patronymics.ts): the given name before a
// Russian -ович/-овна in the same case, a Kazakh -ұлы/-қызы, an Uzbek Latin -ovich/-ovna, with a surname before them,
// whether or not a list holds the names. Invented names and sentences, written for pii-gate.

import { describe, expect, it } from 'vitest';
import { names } from '../../helpers/names.js';

const found: [frame: string, text: string, expected: string[]][] = [
  ['a Russian full name in the accusative after на', 'заказ оформлен на турдыкулова зармата бекмуратовича.', ['турдыкулова зармата бекмуратовича']],
  ['a given name and patronymic in the instrumental after с', 'поговорите с зармирой бекмуратовной, она всё объяснит.', ['зармирой бекмуратовной']],
  ['a given name and patronymic in the dative after thanks', 'огромное спасибо зармиру бекмуратовичу за помощь.', ['зармиру бекмуратовичу']],
  ['a surname, given name and patronymic after a role word', 'пациент турдыкулова зармина тулкуновна, 1995 г.р., записан на среду.', ['турдыкулова зармина тулкуновна']],
  ['a listed given name that is also a word before a patronymic', 'поговорите с верой зармировной, она всё объяснит.', ['верой зармировной']],
  ['a Kazakh given name and -ұлы addressed after a label', 'менеджер: зармир төлтайұлы, тапсырысыңыз курьерге берілді.', ['зармир төлтайұлы']],
  ['a Kazakh surname, given name and -ұлы with a genitive', 'жүк төлтаев зармир бекұлының атына жазылған.', ['төлтаев зармир бекұлының']],
  ['a Kazakh -қызы before the given name', 'төлтайқызы зармина бізге көмектесті.', ['төлтайқызы зармина']],
  ['an Uzbek Latin surname, given name and -ovich', 'shifokor toshpulatov zarmir bekmurodovich juda yaxshi ko‘rdi.', ['toshpulatov zarmir bekmurodovich']],
];

const notFound: [what: string, text: string, expected: string[]][] = [
  ['a short adjective in -овна after an adverb', 'эта договорённость вполне условна и всё', []],
  ['an adjective in -овной after an everyday word', 'подарок очень любовной тематики и духовной направленности', []],
  ['a Kazakh adjective in -улы after a vowel', 'бұл өте атаулы күн болды', []],
  ['a short adjective in -овна after a negation', 'сказали что она ни в чём не виновна была', []],
];

describe('a lower-case full name found through its patronymic', () => {
  it.each(found)('finds %s', (_frame, text, expected) => {
    expect(names(text)).toEqual(expected);
  });
  it.each(notFound)('does not read %s as a name', (_what, text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});
