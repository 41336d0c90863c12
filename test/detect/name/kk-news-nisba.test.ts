import { describe, expect, it } from 'vitest';
import { names } from '../../helpers/names.js';

// Invented nisba names (`Қасырауи`, `Тармизи`) and surnames (`Бекмұратов`) in Kazakh news sentences.
describe('Kazakh news: a nisba name in -и, a genitive before "himself", and a listed given name that is also a word before a surname', () => {
  it.each([
    ['a nisba name before a possessed noun', 'Бүгінде Қасырауи хикметтері үш тілге аударылған.', ['Қасырауи']],
    ['a nisba name in the genitive', 'Жиында Тармизидің еңбектері талқыланды.', ['Тармизидің']],
    ['an unlisted name in the genitive before "herself"', 'Барлық қиындықты жеңген Зерденің өзі осылай деді.', ['Зерденің']],
    ['a listed given name that is also a word, before a surname', 'Спортшылар Серік Жантөлеов пен Әли Бекмұратовтың жеңісін құттықтады.', ['Серік Жантөлеов', 'Әли Бекмұратовтың']],
  ])('%s: %j', (_kind, text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    ['a topic in the genitive opening a sentence before "itself"', 'Саясаттың өзі екі жақты.'],
    ['a body in the genitive before "itself"', 'Мұны министрліктің өзі мойындады.'],
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
