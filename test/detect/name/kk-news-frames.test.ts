import { describe, expect, it } from 'vitest';
import { names } from '../../helpers/names.js';

// Invented names (`Зарбике`, `Тоқмейір`, `Зорбіл`, `Бренаш`, `Бируни` after the article) in Kazakh news frames.
describe('Kazakh news frames around a name on no list', () => {
  it.each([
    ['a place word as the given name before -қызы', 'Бүгін Балқаш Бекқызы сөз алды.', ['Балқаш Бекқызы']],
    ['surname, place-word given name and patronymic', 'Бұл — облыс әкімі Серғазиев Алтай Мұхтарұлының жұмысы.', ['Серғазиев Алтай Мұхтарұлының']],
    ['a monarch after his title', 'Жапония императоры Хирокито сапармен келді.', ['Хирокито']],
    ['a copula subject before a student', 'Зарбике — университеттің үшінші курс студенті.', ['Зарбике']],
    ['a copula subject before a father', 'Тоқмейір — төрт баланың әкесі.', ['Тоқмейір']],
    ['addressed after a reply word', 'Иә, Зорбіл, бұл жаңалық бәрімізді қуантты.', ['Зорбіл']],
    ['addressed after a second-person verb', 'Сен дұрыс айтасың, Бренаш, мен де солай ойлаймын.', ['Бренаш']],
    ['a scholar with the Arabic article, declined', 'Ол әл-Бирунидің еңбегін оқыды.', ['әл-Бирунидің']],
    ['a scholar with the Arabic article, opening', 'Әл-Бируни көне ойшылдардың еңбектерін зерттеді.', ['Әл-Бируни']],
    ['a listed name with a possessive and a genitive', 'Қазақтың Ержанының жеңісі бәрін қуантты.', ['Ержанының']],
    ['a surname with -тікі', 'Ең үздік жоба Тұрсынбековтікі болды.', ['Тұрсынбековтікі']],
  ])('%s: %j', (_kind, text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    ['a city before a patronymic with a case ending', 'Алматыда Мұхтарұлы сөйледі.', ['Мұхтарұлы']],
  ])('%s: %j', (_kind, text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    ['a city as a copula subject', 'Алматы — еліміздің ең үлкен қаласы.'],
    ['a pronoun as a copula subject', 'Бұл — үлкен жетістік.'],
    ['a list of cities', 'Алматы, Астана, Шымкент қалаларында болдық.'],
    ['a city after a reply word', 'Иә, Алматы, бұл қала.'],
    ['the article before a lower-case word', 'Бұл әл-ауқат мәселесі.'],
    ['the article in a mosque\'s name', 'Әл-Ақса мешітінде болдық.'],
    ['the article in streets named after people', 'Қаладағы әл-Бируни, Тәуелсіздік даңғылдары жөнделеді.'],
    ['the article in an institution named after a person', 'Әл-Бируни атындағы мектеп.'],
  ])('%s: %j has no name', (_kind, text) => {
    expect(names(text)).toEqual([]);
  });
});
