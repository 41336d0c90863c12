// Russian chat, the person a complaint or praise is about, with an adverb between the name and its verb (`ваш X
// вообще не отвечает`, `X очень помогла`) or a verb of rudeness (`нахамил`): ru-chat.ts. Invented sentences and names,
// written for pii-gate.

import { describe, expect, it } from 'vitest';
import { names } from '../../helpers/names.js';

const subjects: [frame: string, text: string, expected: string[]][] = [
  ['a man by an unlisted name after `ваш`, before `нахамил`', 'ваш рахмонкул мне нахамил', ['рахмонкул']],
  ['a woman by an unlisted name after `ваша`, before `нахамила`', 'ваша хумайра нахамила', ['хумайра']],
  ['an unlisted name before `вообще не` and a verb', 'ваш рахмонкул вообще не отвечает', ['рахмонкул']],
  ['an unlisted name before `очень` and a feminine verb', 'хумайра очень помогла спасибо', ['хумайра']],
];

const notPersons: [what: string, text: string, expected: string[]][] = [
  ['an everyday word before `очень` and a verb', 'товар очень понравился', []],
  ['an everyday word before `вообще не` and a verb', 'ваш курьер вообще не отвечает', []],
  ['an everyday word before `нахамил`', 'ваш оператор нахамил', []],
];

describe('the person of a complaint or praise in Russian chat', () => {
  it.each(subjects)('finds %s', (_frame, text, expected) => {
    expect(names(text)).toEqual(expected);
  });
  it.each(notPersons)('does not read %s as a person', (_what, text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});
