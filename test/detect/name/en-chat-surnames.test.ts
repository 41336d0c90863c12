// Lower-case English chat full names whose surname is an everyday word, a town or on no list (en-chat-surnames.ts): the
// pair opening a clause as the subject of a person's verb, or after a service role, is one name; places, things and
// Uzbek text after a role word stay as they were. Invented names.

import { describe, expect, it } from 'vitest';
import { names } from '../../helpers/names.js';

describe('a lower-case English full name whose surname is an everyday word', () => {
  it.each([
    ['a given name and a colour surname opening the message before never called', 'gordon black never called back', ['gordon black']],
    ['two listed everyday words as given name and surname', 'frank hill never called back', ['frank hill']],
    ['a pair after a comma', 'hi, frank hill never called back', ['frank hill']],
    ['a pair after a conjunction', 'i called twice but rosalind wright never picked up', ['rosalind wright']],
    ['a pair after a capitalised opener', 'Sadly gordon black never called back', ['gordon black']],
    ['a listed surname after a capitalised opener', 'Honestly emily johnson never showed up', ['emily johnson']],
    ['a pair before mixed up', 'hello\nmarisol green mixed up my order again', ['marisol green']],
    ['a pair before an auxiliary', 'nathan brown was very rude to me', ['nathan brown']],
    ['an unlisted given name and an everyday surname', 'ugh quillon marsh never called back', ['quillon marsh']],
    ['an unlisted given name and a town as surname after an emoji', '🙏 quillon denver never called back', ['quillon denver']],
    ['a pair after a service role', 'my courier frank hill never called back', ['frank hill']],
  ])('masks the whole name (%s): %s', (_, text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    ['a hill after an article', 'the black hill was steep'],
    ['a place opening the message', 'summer hill never changes'],
    ['a place after a verb', 'we went to rose hill and it was closed'],
    ['a thing before never', 'the green house never called back'],
    ['a street', 'my order from hill street never came'],
    ['a city after an emoji', '😡 new york never sleeps'],
  ])('masks nothing for %s: %s', (_, text) => {
    expect(names(text)).toEqual([]);
  });

  it('leaves an Uzbek role word and the words after it alone', () => {
    expect(names('Sherali: kuryer hali kelmadi, soat 20:39da kelishi kerak edi. Buyurtma raqamini ayting, the order is late')).not.toContain('hali kelmadi');
  });
});
