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
  ['an Uzbek surname, given name, father and o‘g‘li', 'shifokor toshpulatov zarmir bekmurod o`g`li juda yaxshi ko`rdi.', ['toshpulatov zarmir bekmurod o`g`li']],
  ['an Uzbek Cyrillic surname, given name, father and ўғли', 'шифокор тошпўлатов зармир бекмурод ўғли жуда яхши кўрди.', ['тошпўлатов зармир бекмурод ўғли']],
  ['a Kyrgyz surname, given name, father in -дин and уулу', 'сатып алуучу: буйрутма төлтаев зармир нурдин уулу атына.', ['төлтаев зармир нурдин уулу']],
  ['a Kyrgyz father, кызы and an unlisted given name after them', 'төлтай кызы зарлина бизге жардам берди.', ['төлтай кызы зарлина']],
];

const notFound: [what: string, text: string, expected: string[]][] = [
  ['a short adjective in -овна after an adverb', 'эта договорённость вполне условна и всё', []],
  ['an adjective in -овной after an everyday word', 'подарок очень любовной тематики и духовной направленности', []],
  ['a Kazakh adjective in -улы after a vowel', 'бұл өте атаулы күн болды', []],
  ['a Kyrgyz daughter after a genitive', 'досумдун кызы мектепке барды.', []],
  ['an Uzbek son after a genitive and an adjective', "uning katta o'g'li keldi.", []],
  ['a Kazakh place starting like қызы after a greeted name', 'сәлем, жазира қызылорда қаласына жеткізу қымбат', ['жазира']],
  ['a short adjective in -овна after a negation', 'сказали что она ни в чём не виновна была', []],
];

describe('a lower-case full name found through its patronymic', () => {
  it.each(found)('finds %s', (_frame, text, expected) => {
    expect(names(text)).toEqual(expected);
  });
  it.each(notFound)('does not read %s as a name (or adds no word to one)', (_what, text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});
