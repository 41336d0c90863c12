import { describe, expect, it } from 'vitest';
import { names } from '../../helpers/names.js';

// Invented nisba names (`Қасырауи`, `Тармизи`) and surnames (`Бекмұратов`) in Kazakh news sentences.
describe('Kazakh news: a nisba name in -и, and a listed given name that is also a word before a surname', () => {
  it.each([
    ['a nisba name before a possessed noun', 'Бүгінде Қасырауи хикметтері үш тілге аударылған.', ['Қасырауи']],
    ['a nisba name in the genitive', 'Жиында Тармизидің еңбектері талқыланды.', ['Тармизидің']],
    ['a listed given name that is also a word, before a surname', 'Спортшылар Серік Жантөлеов пен Әли Бекмұратовтың жеңісін құттықтады.', ['Серік Жантөлеов', 'Әли Бекмұратовтың']],
  ])('%s: %j', (_kind, text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    ['an Arabic adjective in a programme name', 'Бұл Рухани жаңғыру бағдарламасының жалғасы.'],
    ['an Arabic adjective in a body name', 'Бұл Ғылыми кеңестің шешімі.'],
    ['an eponym before "named after"', 'Біз Фараби атындағы университетте оқимыз.'],
    ['an acronym spelt in syllables', 'Бұл «Бэйкер Хьюс и ЭйДжи компани» басшысының пікірі.'],
    ['a listed place in the dative', 'Ол кеше Тбилисиге ұшып кетті.'],
    ['a Kyrgyz accusative opening a line after a label', 'Адис: Чекти дарегине жөнөттүк.'],
    ['a Kyrgyz past tense among Kazakh words', 'Олар әріптестікке Келди деп жазды.'],
  ])('%s: %j has no name', (_kind, text) => {
    expect(names(text)).toEqual([]);
  });
});
