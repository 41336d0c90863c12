import { describe, expect, it } from 'vitest';
import { names } from '../helpers/names.js';

describe('capitalised everyday words opening a short code-switched review are no names', () => {
  it.each([
    ['Russian typed in Latin letters, before a Russian adjective', 'Upakovka rvanaya'],
    ['Russian typed in Latin letters, before a Russian verb', 'Upakovka prishla mokraya'],
    ['a Russian everyday word before an Uzbek adjective', 'Упаковка Chiroyli'],
    ['a Russian everyday word before an English word', 'Доставка Express'],
    ['Uzbek food before praise', "Plov zo'r"],
    ['Uzbek food before an adjective', 'Manti mazali'],
    ['an Uzbek address word before thanks', 'Dostim rahmat'],
    ['an Uzbek address word before praise', "Jigar zo'r"],
    ['an app word before an Uzbek verb', 'Login qilolmayapman'],
    ['"everything" after Russian thanks', 'Спасибо, Hammasi yaxshi'],
  ])('%s: %j', (_kind, text) => {
    expect(names(text)).toEqual([]);
  });

  it.each([
    ['a Latin surname before a Russian verb', 'Kuznetsov pomog', ['Kuznetsov']],
    ['a listed Latin name before a Russian verb', 'Roza prinesla zakaz', ['Roza']],
    ['a listed Cyrillic name before a Latin word', 'Роза Chiroyli', ['Роза Chiroyli']],
    ['an unlisted Cyrillic name before an English verb', 'Лукерья helped a lot', ['Лукерья']],
  ])('%s: %j', (_kind, text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});
