// "Its name is X" and thanks + name in Kazakh, Kyrgyz and Uzbek chat (turkic-name-words.ts, turkic-thanks.ts): the
// names are on no list; the negatives are the same words used for a horse, a shop, a product, or thanks + a word.
// Written by hand for pii-gate, synthetic.

import { describe, expect, it } from 'vitest';
import { names } from '../helpers/names.js';

const named: [lang: string, text: string, name: string][] = [
  ['kk', 'курьердің аты ақсәуле екен', 'ақсәуле'],
  ['kk', 'кеңесшінің аты жанәбіл', 'жанәбіл'],
  ['kk', 'оператор қыздың есімі айнамкөз еді', 'айнамкөз'],
  ['ky', 'менеджердин аты темиркан', 'темиркан'],
  ['ky', 'айдоочунун аты жылдызкан эле абдан сылык', 'жылдызкан'],
  ['ky', 'кеңешчинин ысымы эркайым болчу', 'эркайым'],
  ['ky', 'кечээ келген курьердин аты умут экен', 'умут'],
  ['uz-latn', 'operatorning ismi sohibqiron edi', 'sohibqiron'],
  ['uz-latn', 'haydovchining ismi mehrosh ekan', 'mehrosh'],
  ['uz-cyrl', 'сотувчининг исми мехроша эди', 'мехроша'],
  ['uz-cyrl', 'курьерни исми зиябидин', 'зиябидин'],
  ['mixed', 'курьердин аты асылкан очень быстро привез', 'асылкан'],
];

const thanked: [lang: string, text: string, name: string][] = [
  ['ky', 'рахмат темиркан', 'темиркан'],
  ['kk', 'рахмет ақсәуле 🌹', 'ақсәуле'],
  ['ky', 'рахмат 🙏 асылкан', 'асылкан'],
  ['kk', 'үлкен рахмет жанәбіл', 'жанәбіл'],
  ['uz-latn', 'rahmat 😊 mehrosh', 'mehrosh'],
  ['uz-latn', 'rahmat sohibqiron tez yetkazdingiz', 'sohibqiron'],
  ['kk', 'рахмет айнамкөз тез жеткіздіңіз', 'айнамкөз'],
  ['ky', 'рахмат эркайым', 'эркайым'],
  ['mixed', 'рахмат ырыскелди спасибо большое', 'ырыскелди'],
  ['mixed', 'рахмат ырыскелди за помощь', 'ырыскелди'],
  ['uz-latn', 'rahmat sizga mehrosh', 'mehrosh'],
  ['ky', 'рахмат сабыркан эжеке', 'сабыркан'],
  // Every spelling of cues/name-before.txt's `## turkic-thanks` blocks opens the message, and every one of its thanks
  // follows the name as thanks in another language.
  ['kk', 'rahmet mehrosh', 'mehrosh'],
  ['uz-latn', 'rakhmat mehrosh', 'mehrosh'],
  ['ky', 'рахмэт темиркан', 'темиркан'],
  ['mixed', 'rahmat sohibqiron blagodaryu', 'sohibqiron'],
  ['mixed', 'рахмат ырыскелди thx', 'ырыскелди'],
];

// Short messages (under 20 characters) with a name hyphenated to its honorific.
const hyphenated: [lang: string, text: string, name: string][] = [
  ['ky', 'темиркан-ака келди', 'темиркан'],
  ['ky', 'умут-эже жакшы', 'умут'],
  ['kk', 'жанәбіл-аға келді', 'жанәбіл'],
  ['uz-latn', 'mehrosh-opa keldi', 'mehrosh'],
];

const nameless: [lang: string, text: string][] = [
  ['kk', 'дүкеннің аты қандай'],
  ['kk', 'тауардың аты дұрыс жазылмаған'],
  ['kk', 'аты белгісіз курьер келді'],
  ['kk', 'оның аты шықты'],
  ['kk', 'кафенің аты әдемі екен'],
  ['ky', 'товардын аты туура эмес'],
  ['ky', 'кафенин аты сонун экен'],
  ['ky', 'дүкөндүн аты эсимде жок'],
  ['ky', 'курьердин аты жазылган эмес'],
  ['uz-latn', "mahsulotning ismi noto'g'ri yozilgan"],
  ['uz-latn', 'ismi nima edi'],
  ['uz-latn', "operatorning ismi esimda yo'q"],
  ['uz-cyrl', 'маҳсулотнинг исми нотўғри'],
  ['uz-cyrl', 'курьернинг исми ёзилмаган экан'],
  ['mixed', 'менеджердин аты не помню'],
  ['ky', 'рахмат баары'],
  ['uz-latn', "rahmat hammasi zo'r"],
  ['kk', 'рахмет бәрі жақсы'],
  ['ky', 'рахмат алдым'],
  ['uz-latn', 'rahmat oldim'],
  ['uz-latn', 'rahmat aytaman'],
  ['ky', 'рахмат айтам'],
  ['uz-latn', 'rahmat tez yetkazdingiz'],
  ['kk', 'рахмет көмегіңізге'],
  ['ky', 'рахмат кызматыңар үчүн'],
  ['uz-latn', 'rahmat kattakon'],
  ['uz-latn', 'rahmat hurmatli mijoz'],
  ['kk', 'рахмет достарға'],
  ['ky', 'рахмат тамак даамдуу экен'],
  ['uz-cyrl', 'раҳмат ҳаммаси яхши'],
  ['uz-latn', 'raxmat. yetkazildi'],
  ['mixed', 'колл-центр жакшы'],
  ['mixed', 'кто-то звонил'],
  ['ky', 'рахмат сизге дагы'],
  ['mixed', 'рахмат вам за помощь'],
  ['kk', 'rahmet bari jaksy'],
  ['uz-latn', "rakhmat hammasi zo'r"],
];

describe('Turkic "its name is X" in chat', () => {
  it.each(named)('%s: finds the name in "%s"', (_lang, text, name) => {
    expect(names(text)).toContain(name);
  });
});

describe('Turkic thanks + name in chat', () => {
  it.each(thanked)('%s: finds the person thanked in "%s"', (_lang, text, name) => {
    expect(names(text)).toContain(name);
  });
});

describe('Turkic chat: a name hyphenated to its honorific in a short message', () => {
  it.each(hyphenated)('%s: finds the name in "%s"', (_lang, text, name) => {
    expect(names(text)).toContain(name);
  });
});

describe('Turkic chat with a name word or thanks and no name', () => {
  it.each(nameless)('%s: masks nothing in "%s"', (_lang, text) => {
    expect(names(text)).toEqual([]);
  });
});
