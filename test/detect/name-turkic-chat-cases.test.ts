// Turkic chat openers read from the case the next verb takes or from what they did with an object
// (turkic-contacted.ts case verbs, chat-addressed.ts): a lower-case name shaped like a given name before a verb of
// giving (dative) or waiting for (accusative), a listed name that is also an everyday word before an object and a
// deed, and a given name in -бай after a front-vowel stem, which no negative converb is. Invented names (checked
// against the lists), synthetic sentences written for pii-gate.

import { describe, expect, it } from 'vitest';
import { names } from '../helpers/names.js';

describe('a lower-case given name before a verb of giving or waiting (turkic-contacted.ts)', () => {
  it.each([
    ['uz-latn', 'a dative before "gave"', 'sardorbekka berdim', 'sardorbekka'],
    ['uz-latn', 'a dative before money and "transferred"', "ulfatbekka pul o'tkazdim", 'ulfatbekka'],
    ['uz-latn', 'an accusative before "waiting"', 'sitorabonuni kutyapman 2 soatdan beri', 'sitorabonuni'],
    ['uz-cyrl', 'a dative before "gave"', 'сардорбекка бердим', 'сардорбекка'],
    ['kk', 'a dative before money and "transferred"', 'бекзатханға ақша аудардым', 'бекзатханға'],
    ['kk', 'an accusative before "waiting"', 'дәуренбекті күтіп отырмын', 'дәуренбекті'],
    ['ky', 'a dative before "handed over"', 'таалайбекке тапшырдым', 'таалайбекке'],
    ['ky', 'a front-vowel accusative -ти before "waiting"', 'таалайбекти күтүп жатам', 'таалайбекти'],
  ])('%s, %s: %j', (_lang, _kind, text, name) => {
    expect(names(text)).toEqual([name]);
  });

  it.each([
    ['ky', 'a neighbour', 'кошунага бердим'],
    ['ky', 'a grandchild awaited', 'неберени күтөм'],
    ['kk', 'a turn in the queue', 'кезекті күтемін'],
    ['kk', 'a result', 'нәтижені күтіп отырмын'],
    ['kk', 'a daughter-in-law', 'келінге ақша аудардым'],
    ['uz-latn', 'a bazaar', 'bozorga berdim'],
    ['uz-latn', 'a friend', "do'stga pul o'tkazdim"],
    ['uz-latn', 'an answer awaited', 'javobni kutyapman'],
    ['uz-latn', 'a courier awaited', 'kuryerni kutyapman'],
    ['uz-latn', 'a Kyrgyz-looking past tense before "gave"', 'текширди берди'],
  ])('no name: %s, %s: %j', (_lang, _kind, text) => {
    expect(names(text)).toEqual([]);
  });
});

describe('a chat opener before an object and a deed (chat-addressed.ts)', () => {
  it.each([
    ['kk', 'a listed name that is also a word ("ray")', 'сәуле телефонды алмай жатыр', 'сәуле'],
    ['kk', 'a listed name that is also a word ("shining") before a picked-up phone', 'жанар телефонды көтермей жатыр', 'жанар'],
    ['uz-latn', 'a listed name that is also a word ("spring")', 'bahor buyurtmani olib keldi', 'bahor'],
    ['ky', '-бай after a front-vowel stem', 'кемелбай телефонду албай жатат', 'кемелбай'],
    ['ky', '-бай after a front rounded stem', 'төлөнбай заказды алып келди', 'төлөнбай'],
    ['ky', 'a name one vowel from a Russian word ("mosquito")', 'камар телефонду албай жатат', 'камар'],
  ])('%s, %s: %j', (_lang, _kind, text, name) => {
    expect(names(text)).toEqual([name]);
  });

  it.each([
    ['kk', 'a negative converb that agrees with its stem', 'алмай жатыр'],
    ['ky', 'a rounded negative converb', 'түшүнбөй жатат'],
    ['kk', 'a cash machine', 'банкомат картаны қайтармай жатыр'],
    ['kk', 'an order that came', 'тапсырыс бүгін келді'],
    ['ky', 'a Russian word misspelt, before an object and a deed', 'курер заказды алып келди'],
    ['ky', 'a name one vowel from a Russian word, before a thing\'s deed only', 'камар келди'],
  ])('no name: %s, %s: %j', (_lang, _kind, text) => {
    expect(names(text)).toEqual([]);
  });
});

describe('a listed name that is also an everyday word, after thanks or a word for a name (turkic-thanks.ts, turkic-name-words.ts)', () => {
  it.each([
    ['uz-latn', 'thanks, then what the person did', 'rahmat lola tez yetkazdi', ['lola']],
    ['uz-latn', 'thanks, an object, then what the person did', 'rahmat yulduz hammasini tushuntirdi', ['yulduz']],
    ['kk', 'thanks, an object, then what the person did', 'рахмет сәуле бәрін түсіндірді', ['сәуле']],
    ['uz-latn', '"her name is" at the end of a contact line', 'raqam 90 123 45 67 ismi lola', ['lola']],
    ['kk', '"the courier\'s name is"', 'курьердің аты сәуле екен', ['сәуле']],
    ['kk', 'a contact line closing with a participle-shaped name', '+7 701 234 56 78 аты мерген', ['мерген']],
    ['ky', 'a contact line closing with a name spelled like a Russian word ("diamond")', '0555 12 34 56 аты алмаз', ['алмаз']],
  ])('%s, %s: %j', (_lang, _kind, text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    ['uz-latn', '"spring came"', 'rahmat bahor keldi'],
    ['uz-latn', 'thanks and nothing done', 'rahmat lola'],
    ['uz-latn', '"I hope"', 'rahmat umid qilaman'],
    ['kk', 'a shop\'s name', 'дүкеннің аты сәуле'],
    ['kk', '"its name" alone', 'аты жанар'],
    ['kk', 'a contact line: "name mentioned" (a passive participle)', '+7 701 234 56 78 аты аталған'],
    ['kk', 'a contact line: "name unknown"', '+7 701 234 56 78 аты белгісіз'],
    ['kk', 'a contact line: a role', '+7 701 234 56 78 аты курьер'],
    ['kk', 'a contact line: "was not said" (a past tense)', '+7 701 234 56 78 аты айтылмады'],
  ])('no name: %s, %s: %j', (_lang, _kind, text) => {
    expect(names(text)).toEqual([]);
  });
});
