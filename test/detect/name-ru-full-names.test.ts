// Russian full names in reviews and dialogues as whole spans (ru-full-names.ts, ru-openers.ts): the surname after a
// patronymic whatever its origin, a woman's patronymic in every case, and no everyday word opening the sentence
// inside the name. Invented names, checked to be on no list in patterns/names/. Synthetic, written for pii-gate.

import { describe, expect, it } from 'vitest';
import { names } from '../helpers/names.js';

const surnameAfterPatronymic: [text: string, name: string][] = [
  ['Меня обслуживала Гоар Ашотовна Тигранян, очень вежливая девушка.', 'Гоар Ашотовна Тигранян'],
  ['Спасибо Мирзохиду Достоновичу Хегаю, очень помог.', 'Мирзохиду Достоновичу Хегаю'],
  ['Каролина Бехзодовна Ли оформила доставку без ошибок.', 'Каролина Бехзодовна Ли'],
  ['Со мной связалась Есения Радомировна Кимова-Тен.', 'Есения Радомировна Кимова-Тен'],
  ['Обслуживал Нугзар Ашотович Беридзе, рекомендую.', 'Нугзар Ашотович Беридзе'],
];

const femininePatronymics: [text: string, name: string][] = [
  ['Встретилась с Каролиной Бехзодовной, всё обсудили.', 'Каролиной Бехзодовной'],
  ['Благодарю Матлубу Абдурахмановну за помощь.', 'Матлубу Абдурахмановну'],
];

const openers: [text: string, name: string][] = [
  ['Звонила Назокат, сказала что заказ задерживается.', 'Назокат'],
  ['Без Алсу Ильнуровны мы бы не справились.', 'Алсу Ильнуровны'],
  ['Стоматолог Нурматов лечит хорошо.', 'Нурматов'],
  ['Инженер Петросян С. Г. приехал вовремя.', 'Петросян С. Г'],
  ['Звонила Тен Каролина, уточняла адрес.', 'Тен Каролина'],
];

describe('a Russian full name is masked whole, and only the name', () => {
  it.each(surnameAfterPatronymic)('the surname after given name and patronymic: %j masks %j', (text, name) => {
    expect(names(text)).toEqual([name]);
  });
  it.each(femininePatronymics)('a woman’s patronymic in an oblique case after her name: %j masks %j', (text, name) => {
    expect(names(text)).toEqual([name]);
  });
  it.each(openers)('an everyday word opening the sentence before the name stays out: %j masks %j', (text, name) => {
    expect(names(text)).toEqual([name]);
  });
});
