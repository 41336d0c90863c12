import { describe, expect, it } from 'vitest';
import { names } from '../../helpers/names.js';

// Invented reporters (`Зарбике Тұмашқан`, `Ерсайлау Қожантай`) on no list, in a news report's sign-off line.
describe('a Kazakh news sign-off names its reporters', () => {
  it.each([
    ['a pair on no list beside a found one', 'Зарбике Тұмашқан, Ерсайлау Жақыпов, «Кешкі жаңалықтар».', ['Зарбике Тұмашқан', 'Ерсайлау Жақыпов']],
    ['three credited pairs', 'Мерген Қалдыбай, Әсем Ордабаева, Ерсайлау Жақыпов, «Түнгі хабар».', ['Мерген Қалдыбай', 'Әсем Ордабаева', 'Ерсайлау Жақыпов']],
    ['after the region reported from', 'Ақтөбе облысынан Зарбике Тұмашқан, Ерсайлау Жақыпов, «Жаңалықтар».', ['Зарбике Тұмашқан', 'Ерсайлау Жақыпов']],
  ])('%s: %j', (_kind, text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    ['single places', 'Алматы, Астана, Шымкент, «Қазақстан темір жолы».'],
    ['a pair with a place word', 'Батыс Қазақстан, Маңғыстау облысы, «Жаңалықтар».'],
    ['a clause before the title', 'Бүгін біз барып көрдік, «Жаңалықтар».'],
  ])('%s: %j has no name', (_kind, text) => {
    expect(names(text)).toEqual([]);
  });

  it('does not take a pair of nouns for a name because a pair of unknown capitals was found beside it', () => {
    expect(names('Ұлы Дала, Көк Аспан, «Әнұран».')).not.toContain('Ұлы Дала');
  });
});

describe('a Kazakh patronymic from a father\'s name ending in a vowel', () => {
  it.each([
    ['-қызы after -и', 'Жұмабике Әлиқызы бүгін келді.', ['Жұмабике Әлиқызы']],
  ])('%s: %j', (_kind, text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    ['-улы after a vowel is an adjective', 'Бұл атаулы күн еді.'],
  ])('%s: %j has no name', (_kind, text) => {
    expect(names(text)).toEqual([]);
  });
});
