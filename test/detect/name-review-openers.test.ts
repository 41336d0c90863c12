// Capitalised Kyrgyz, Kazakh and Uzbek given names on no list opening a review, read from the rest of the sentence
// (review-openers.ts via turkic-person-acts.ts): a deed further on, a person's praise adjective, a benefactive, a
// person noun said of the opener, a one-word clause before a deed, a role + "as", thanks in the dative and "asked" in
// the ablative. Invented names (checked against
// the lists), synthetic sentences for pii-gate.

import { describe, expect, it } from 'vitest';
import { names } from '../helpers/names.js';

describe('an unlisted name opening a review, read from its sentence', () => {
  it.each([
    ['a Kyrgyz subject, the deed after an object', 'Бурулкан менин суроолорума жооп берди.', ['Бурулкан']],
    ['a Kyrgyz subject before "very modest"', 'Мөлдүркан дүкөндө абдан кичипейил.', ['Мөлдүркан']],
    ['a Kyrgyz subject before a benefactive', 'Чолпонкул телефонду алмаштырып берди.', ['Чолпонкул']],
    ['a Kyrgyz subject before "welcomed"', 'Сейтек бизди жылуу тосуп алды.', ['Сейтек']],
    ['a Kyrgyz subject before a converb clause and a deed', 'Үмүтай кассада туруп, баарын көрсөттү.', ['Үмүтай']],
    ['a Kyrgyz subject before a role word in apposition', 'Жаркынай кызматкер абдан сылык экен.', ['Жаркынай']],
    ['a Kyrgyz subject ending like "my …"', 'Айсезим биздин буйрутманы текшерип берди.', ['Айсезим']],
    ['a Kyrgyz subject before a role + "as"', 'Жылдызкан консультант катары абдан мыкты.', ['Жылдызкан']],
    ['a Kyrgyz subject in a second sentence', 'Дүкөн жакшы. Тынарбек баарын түшүндүрдү, рахмат!', ['Тынарбек']],
    ['a Kazakh subject before "delivered"', 'Айкөркем тапсырысты уақытында жеткізді.', ['Айкөркем']],
    ['a Kazakh subject before "got in touch"', 'Айбарша кеше маған хабарласты.', ['Айбарша']],
    ['a Kazakh subject before "knows"', 'Дәулетияр өз ісін жақсы біледі.', ['Дәулетияр']],
    ['a Kazakh subject before "wonderful specialist"', 'Назгүлім керемет маман, бәрін түсіндірді.', ['Назгүлім']],
    ['a Kyrgyz subject, a one-word clause before the deed', 'Жаркынай керемет, баарын түшүндүрдү.', ['Жаркынай']],
    ['a Kazakh subject, a one-word clause before the deed', 'Айкөркем тамаша, бәрін түсіндірді.', ['Айкөркем']],
    ['an Uzbek subject, a one-word clause before the deed', 'Sabohat ajoyib, hammasini tushuntirdi.', ['Sabohat']],
    ['an Uzbek subject before "well done"', 'Sabohat molodets, tez yetkazdi.', ['Sabohat']],
    ['an Uzbek subject before "well-mannered"', 'Muxlisa juda odobli qiz.', ['Muxlisa']],
    ['an Uzbek subject before a benefactive', 'Sabohat pulni qaytarib berdi.', ['Sabohat']],
    ['an Uzbek subject before "welcomed"', 'Oydinoy bizni iliq kutib oldi.', ['Oydinoy']],
    ['an Uzbek Cyrillic subject before "well-mannered"', 'Мухлиса жуда одобли қиз.', ['Мухлиса']],
    ['a Kyrgyz subject in a review typed without Kyrgyz letters', 'Сейтек бизди жылуу тосуп алды, рахмат.', ['Сейтек']],
    ['two subjects joined by "and"', 'Ақбөпе мен Салтанат екеуі де көмектесті.', ['Ақбөпе', 'Салтанат']],
    ['a Kyrgyz opener thanked in the dative', 'Бурулканга ыраазычылык билдирем, баары жакшы болду.', ['Бурулканга']],
    ['a Kazakh opener thanked in the dative, ending like "my …"', 'Назгүлімге ризамын.', ['Назгүлімге']],
    ['a Kyrgyz opener asked in the ablative', 'Сагынайдан сурадым, баарын түшүндүрдү.', ['Сагынайдан']],
  ])('%s: %j', (_kind, text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    ['a cook before "explained"', 'Ашпозчу бизге баарын түшүндүрдү.'],
    ['a Kazakh cook before "explained"', 'Аспаз бәрін түсіндірді.'],
    ['an Uzbek cook before "explained"', 'Oshpaz hammasini tushuntirdi.'],
    ['the management before "answered"', 'Rahbariyat tez javob berdi.'],
    ['the shop’s staff before "polite"', 'Дүкөн кызматкерлери абдан сылык.'],
    ['food before "tasty", then a waiter', 'Тамак даамдуу, официант сылык экен.'],
    ['"the one in the shop" before a seller', 'Дүкөндөгү сатуучу баарын түшүндүрдү.'],
    ['"the one in the shop", typed with a doubled vowel', 'Дүкендеегі сатушы бәрін түсіндірді.'],
    ['a possessor before "all"', 'Жұрттың барлығы тек қана оған алғыс айтты.'],
    ['an honoured guest whom the president welcomed', 'Мәртебелі қонақты Ақордада Президент қарсы алды.'],
    ['a hyphenated title before a name', 'Өнертапқыш-ғалым жол құрылысын жақсы біледі.'],
    ['"my husband" before a benefactive', 'Жолдошум баарын текшерип берди.'],
    ['a Russian opener before "well done"', 'Вообще молодец, всё быстро.'],
    ['a shop before "delivered"', 'Доставка тез жеткирди.'],
    ['"today’s" before a courier', 'Бүгүнкү курьер абдан сылык экен.'],
    ['"I asked" opening a sentence', 'Сурадым бирок эч нерсе айтты.'],
    ['the staff thanked in the dative', 'Кызматкерлерге ыраазычылык билдирем.'],
    ['a courier thanked in the dative, no Kyrgyz letters', 'Курьерге ыраазычылык билдирем.'],
    ['the administration thanked in the dative', 'Администрацияга ыраазымын.'],
    ['"your service" thanked in the dative', 'Кызматыңарга ыраазымын.'],
    ['the shop asked in the ablative', "Do'kondan so'radim, javob berishdi."],
    ['the staff asked in the ablative', "Xodimlardan so'radim."],
  ])('%s: %j masks nothing', (_kind, text) => {
    expect(names(text)).toEqual([]);
  });
});
