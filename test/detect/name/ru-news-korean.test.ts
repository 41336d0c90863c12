// Russian news prose (ru-news-korean.ts): a Korean name as a one-syllable surname and two capitalised syllables,
// whole, in its case forms, and apart from the name next to it. Invented names and sentences, written for pii-gate.

import { describe, expect, it } from 'vitest';
import { names } from '../../helpers/names.js';

const found: [frame: string, text: string, expected: string[]][] = [
  ['a president, a syllable with ё (no Kazakh `мен`)', 'Президент Ли Мён Хак посетил Москву.', ['Ли Мён Хак']],
  ['a surname that is also a Russian word, inside the sentence', 'Бывший президент Но Тэ Хён выступил в парламенте.', ['Но Тэ Хён']],
  ['a sentence opener before a verb of speech', 'Пак Чан Мин сообщил о решении.', ['Пак Чан Мин']],
  ['a name no list holds, opening the sentence', 'Юн Сок Ёль заявил о реформе.', ['Юн Сок Ёль']],
  ['the last syllable in the instrumental', 'Встреча с Мун Чжэ Ином прошла в Сеуле.', ['Мун Чжэ Ином']],
  ['a father after his son, two names apart', 'Отец Кима Тэ Ира Ким Ын Сон основал партию.', ['Кима Тэ Ира', 'Ким Ын Сон']],
];

const notPersons: [what: string, text: string, expected: string[]][] = [
  ['the conjunction Но opening a sentence', 'Но Тэ Ун уже не придёт.', []],
];

describe('a Korean name in Russian news', () => {
  it.each(found)('finds %s', (_frame, text, expected) => {
    expect(names(text)).toEqual(expected);
  });
  it.each(notPersons)('does not read %s as a person', (_what, text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});
