// A person reached in Turkic chat (turkic-contacted.ts): a lower-case name on no list, in the dative or accusative,
// right before a verb or request of writing, calling, telling or asking; and the places, roles, apps and relatives
// that stand there in name-free messages. Written by hand for pii-gate, synthetic.

import { describe, expect, it } from 'vitest';
import { names } from '../helpers/names.js';

const reached: [lang: string, text: string, name: string][] = [
  ['ky', 'темирканга жазыңыз', 'темирканга'],
  ['ky', 'кечээ асылканга чалдым', 'асылканга'],
  ['kk', 'жанәбілге хабарласыңыз', 'жанәбілге'],
  ['kk', 'ақсәулеге жаздым бірақ жауап жоқ', 'ақсәулеге'],
  ['uz-latn', 'sohibqironga yozdim', 'sohibqironga'],
  ['uz-latn', 'mehroshga aytib qoying', 'mehroshga'],
  ['uz-cyrl', 'мехрошага айтинг', 'мехрошага'],
  ['uz-cyrl', 'зиябидинга ёздим', 'зиябидинга'],
  ['uz-latn', "sohibqirondan so'radim", 'sohibqirondan'],
];

const nobody: [lang: string, text: string][] = [
  ['ky', 'кассага жазыңыз'],
  ['ky', 'операторго жазыңыз'],
  ['kk', 'дүкенге хабарласыңыз'],
  ['uz-latn', 'adminga yozing'],
  ['uz-latn', 'supportga yozdim'],
  ['ky', 'директорго айтыңыз'],
  ['kk', 'менеджерге жаздым'],
  ['uz-latn', 'telegramga yozing'],
  ['ky', 'вотсапка жазыңыз'],
  ['kk', 'инстаграмға жаздым'],
  ['ky', 'банкка чалдым'],
  ['uz-latn', 'hamkasbimga aytdim'],
  ['kk', 'досыма жаздым'],
  ['uz-latn', 'onamga aytdim'],
  ['uz-latn', "do'stimga yozdim"],
  ['kk', 'бекетке хабарластым, автобус келмеді'],
  ['ky', 'коңшуга айттым'],
  ['kk', 'операторыңызға жаздым'],
  ['uz-latn', 'Ismingizni ayting'],
  ['kk', 'Атыңызды айтыңыз'],
  ['mixed', 'дважды айтинг'],
  ['kk', 'Саппортқа жаздым, жауап жоқ'],
  ['ky', 'Филиалга жаздым'],
  ['uz-latn', 'Telegramga yozdim'],
  ['ky', 'Кызматыңарга ыраазымын.'],
];

describe('Turkic chat: a lower-case name on no list before a verb of contacting', () => {
  it.each(reached)('%s: finds the person in "%s"', (_lang, text, name) => {
    expect(names(text)).toContain(name);
  });
});

describe('Turkic chat: places, roles, apps and relatives before a verb of contacting', () => {
  it.each(nobody)('%s: masks nothing in "%s"', (_lang, text) => {
    expect(names(text)).toEqual([]);
  });
});
