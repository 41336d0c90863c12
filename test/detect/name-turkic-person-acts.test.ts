// Lower-case Uzbek, Kazakh and Kyrgyz given names on no list and of no name-forming shape, read from what the person
// did (turkic-person-acts.ts): a deed only a person does after the sentence's opening word, a service role before
// the word and "very" after it, "thank you" after it, or an elder's honorific after the opening word. Invented names (checked against the lists), synthetic sentences for pii-gate.

import { describe, expect, it } from 'vitest';
import { names } from '../helpers/names.js';

describe('lower-case unlisted Turkic names read from a person’s deed', () => {
  it.each([
    ['an Uzbek subject before "explained", after two adverbs', 'muhayyo juda yaxshi tushuntirdi rahmat', ['muhayyo']],
    ['an Uzbek subject before "called", the apostrophes dropped', 'eshmat kecha qongiroq qildi lekin hech narsa demadi', ['eshmat']],
    ['an Uzbek subject after "today"', 'bugun ruxsora javob berdi muammo hal boldi', ['ruxsora']],
    ['an Uzbek Cyrillic subject before "helped"', 'ёдгор ёрдам берди катта раҳмат', ['ёдгор']],
    ['an Uzbek Cyrillic subject before "was late"', 'холмат кечикиб келди икки соат кутдим', ['холмат']],
    ['a Kazakh subject before "helped"', 'еркеназ көмектесті үлкен рахмет', ['еркеназ']],
    ['a Kazakh subject before "called", after "yesterday"', 'толқын кеше қоңырау шалды бірақ ештеңе айтпады', ['толқын']],
    ['a Kyrgyz subject before "called"', 'жекшен кечээ чалды бирок эч нерсе айткан жок', ['жекшен']],
    ['a Kyrgyz subject before "helped"', 'зуура жардам берди чоң рахмат', ['зуура']],
    ['an Uzbek Cyrillic name after a courier, before "very"', 'курьер ойниса жуда хушмуомала экан раҳмат', ['ойниса']],
    ['an Uzbek name after an operator, before "very"', 'operator mashhura juda xushmuomala ekan', ['mashhura']],
    ['a Kazakh name after a courier, before "very"', 'курьер ерсұлтан өте сыпайы екен рахмет', ['ерсұлтан']],
    ['a Kyrgyz name after an operator, before "very"', 'оператор айзирек абдан сылык болду рахмат', ['айзирек']],
    ['a Kyrgyz name after a seller, before "very"', 'дүкөндөгү сатуучу сыймык абдан жакшы түшүндүрдү', ['сыймык']],
    ['an Uzbek vocative before "thank you"', 'yodgor, rahmat sizga hammasi joyida', ['yodgor']],
    ['a Kyrgyz vocative before "thank you"', 'айзирек, сизге рахмат баары жакшы', ['айзирек']],
    ['a Kyrgyz name opening the message before ага', 'жекшен ага чалды бирок мен уктап жаткам', ['жекшен']],
    ['a Kyrgyz name opening the message before байке', 'эрнис байке жардам берди баары жакшы', ['эрнис']],
    ['a Kazakh name opening the message before аға', 'ардақ аға хабарласты бірақ түсінбедім', ['ардақ']],
    ['an Uzbek name opening the message before aka', 'ergash aka kechikdi ikki soat kutdim', ['ergash']],
  ])('%s: %j', (_kind, text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    ['"everyone" before "helped"', 'hamma yordam berdi hammasi joyida'],
    ['"all" before "helped", in Uzbek Cyrillic', 'ҳамма ёрдам берди раҳмат сизларга'],
    ['"OK" before "thank you", in Kazakh', 'мақұл, рахмет сізге бәрі түсінікті'],
    ['"super" before "thank you", in Uzbek Cyrillic', 'супер, раҳмат сизга ҳаммаси тушунарли'],
    ['"answer" after a role word', 'operator javob bermadi hali ham kutyapman'],
    ['"still" after a role word, before a verb', 'kuryer hali kelmadi hali ham kutyapman'],
    ['a Russian adjective after a role word, in Turkic chat', 'рахмат калон! доставка быстрая, оператор вежливый.'],
    ['an order before "came late"', 'buyurtma juda kech keldi ikki soat kutdim'],
    ['a verb opening the sentence before "helped"', 'keldi yordam berdi hammasi joyida'],
    ['a possessive noun before "explained"', 'onam juda yaxshi tushuntirdi rahmat'],
    ['a teacher before "explained", in Kazakh', 'мұғалім жақсы түсіндірді рахмет сізге'],
    ['a case-ended noun after a role word', 'kuryer telefonni kotarmadi hali ham kutyapman'],
    ['an adverb after a role word, before a deed', 'курьер шамалы кешікті екі сағат күттім'],
    ['"always" after a role word, before "very"', 'operator doim juda xushmuomala rahmat'],
    ['a copula after a role word, before a comma', 'менеджер экен, жардам берди баары жакшы'],
    ['"sorry" before an honorific', 'кечирасиз опа буюртма кечикди'],
    ['"good" before an honorific', 'жакшы эже рахмат сизге баары'],
    ['"OK" before an honorific', 'xop aka tushundim rahmat sizga'],
  ])('not a name: %s: %j', (_kind, text) => {
    expect(names(text)).toEqual([]);
  });
});
