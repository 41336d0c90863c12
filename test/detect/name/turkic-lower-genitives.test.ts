// Kazakh, Kyrgyz and Uzbek chat typed without capitals: a person named in the genitive before what is theirs
// (turkic-lower-genitives.ts). Invented names.

import { describe, expect, it } from 'vitest';
import { names } from '../../helpers/names.js';

describe('a lower-case name in the genitive before what a person has', () => {
  it.each([
    ['before their help', 'нұрсаяның көмегі үшін үлкен рахмет', ['нұрсаяның']],
    ['before their phone', 'ерқанаттың телефоны өшірулі екен, хабарласа алмадым', ['ерқанаттың']],
    ['thanks to them', 'зерекенің арқасында бәрі тез шешілді', ['зерекенің']],
    ['before their answer', 'ақжүністің жауабы маған ұнады', ['ақжүністің']],
    ['before their advice', 'мөлдіргүлдің кеңесі көп көмектесті', ['мөлдіргүлдің']],
    ['Kyrgyz, a listed name ending in a vowel, before their number', 'айсулуунун номерин берип коюңузчу, рахмат', ['айсулуунун']],
    ['Uzbek Latin, a name on no list shaped like one, before their number', 'sardorjonning raqamini yuboring iltimos', ['sardorjonning']],
    ['Uzbek Cyrillic, a listed name, before their number', 'гулчеҳранинг рақамини бера оласизми', ['гулчеҳранинг']],
    ['Uzbek Cyrillic, a -бону name, before their help', 'барнобонунинг ёрдами билан ҳаммаси ҳал бўлди', ['барнобонунинг']],
    ['Uzbek Latin, an everyday-word name, before their work', "bahorning ishidan norozi bo'ldim", ['bahorning']],
    ['Kyrgyz, a name before their work', 'жылдыздын ишине абдан нааразымын', ['жылдыздын']],
  ])('finds it (%s): %s', (_, text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});

describe('no name in the genitive of a group, a thing or a role', () => {
  it.each([
    ['a plural', 'тілшілердің көмегімен бәрі шешілді'],
    ['a possessed noun', 'телерадиокешенінің көмегімен хабар тарады'],
    ['a shop', 'дүкеннің жұмысы маған ұнамады'],
    ['an order', 'тапсырыстың нөмірі қайда екен'],
    ['a service role', 'курьердің телефоны өшірулі екен'],
    ['a pronoun', 'сіздің көмегіңіз үшін рахмет'],
    ['a company', 'компанияның қызметі нашар екен'],
    ['Uzbek Latin, a shop', "do'konning raqamini yuboring iltimos"],
    ['Uzbek Latin, a branch', 'filialning raqami kerak edi'],
    ['Uzbek Latin, an app', 'ilovaning javobi kelmadi hali'],
    ['Uzbek Latin, a service role', 'kuryerning raqamini bering iltimos'],
    ['Uzbek Cyrillic, a department', 'бўлимнинг телефони ишламаяпти'],
  ])('finds none (%s): %s', (_, text) => {
    expect(names(text)).toEqual([]);
  });
});
