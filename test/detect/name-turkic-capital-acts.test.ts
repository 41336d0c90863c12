// A capitalised word on no list opening a Turkic sentence before a deed only a person does is the subject's given
// name (turkic-person-acts.ts findCapitalPersonActs). Invented names (checked against the lists), synthetic sentences
// written for pii-gate.

import { describe, expect, it } from 'vitest';
import { names } from '../helpers/names.js';

describe('capitalised unlisted Turkic subjects before a deed', () => {
  it.each([
    ['a Kazakh subject before "explained"', 'Кәусар бәрін жақсы түсіндірді, рахмет оған.', ['Кәусар']],
    ['a Kazakh subject before "was late"', 'Ерсұлтан кешікті, бір сағат күттік.', ['Ерсұлтан']],
    ['a Kazakh subject in a second sentence', 'Тапсырыс кешікті. Ақтілек сыпайы жауап берді.', ['Ақтілек']],
    ['a Kyrgyz subject before "answered"', 'Сагынай тез жооп берди, рахмат.', ['Сагынай']],
    ['a Kyrgyz subject that is also a word', 'Касиет жакшы түшүндүрдү, ыраазымын.', ['Касиет']],
    ['a Kyrgyz subject before "polite"', 'Жолболот абдан сылык, баарын түшүндүрдү.', ['Жолболот']],
    ['an Uzbek Latin subject before "answered"', 'Sabohat tez javob berdi, rahmat.', ['Sabohat']],
    ['an Uzbek Latin subject before "was late"', 'Toshmat kechikdi, bir soat kutdik.', ['Toshmat']],
    ['an Uzbek Cyrillic subject before "was late"', 'Тошмат кечикди, бир соат кутдик.', ['Тошмат']],
  ])('%s: %j', (_kind, text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    ['Kazakh support did not answer', 'Қолдау қызметі жауап бермеді, екі күн күттім.'],
    ['Kazakh delivery was late', 'Жеткізу кешікті, бірақ тауар жақсы екен.'],
    ['the Kyrgyz app does not respond', 'Тиркеме жооп бербей жатат, жаңыртууну күтөм.'],
    ['a Kyrgyz department was late', 'Бөлүм кечикти, кезек узун болду.'],
    ['a Kazakh branch office was late', 'Бөлімше кешікті, кезек ұзын болды.'],
    ['a Kazakh restaurant was late', 'Мейрамхана кешікті, тамақ суып қалды.'],
    ['Kyrgyz sellers helped', 'Сатуучулар жардам беришти, баары түшүнүктүү.'],
    ['the Uzbek centre did not answer', "Markaz javob bermadi, pulni qaytarmadi."],
    ['an Uzbek waiter', 'Ofitsiant xushmuomala edi, rahmat.'],
    ['financial help as a thing (Kazakh news)', 'Қаржылай көмек алып қайтарымсыз, сол арқылы өз кәсібіңізді бастап кетуге болады.'],
    ['a quick answer with the subject left out', 'Жылдам жауап берді, рахмет.'],
    ['a Kazakh person noun', 'Жігіт өте сыпайы, бәрін түсіндірді.'],
  ])('no name: %s: %j', (_kind, text) => {
    expect(names(text)).toEqual([]);
  });
});
