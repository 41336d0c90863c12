import { describe, expect, it } from 'vitest';
import { NameMemory, cloneDocument, documentShape, textSlots } from '../../src/payload/index.js';

describe('documentShape', () => {
  it.each([
    ['a review', { id: 1, text: 'hello' }, 'review'],
    ['a dialogue', { id: 1, messages: [{ role: 'user', text: 'hi' }] }, 'dialogue'],
    ['a dialogue with a message without text', { messages: [{ role: 'system' }] }, 'dialogue'],
    ['a review with a string author', { text: 'x', author: 'Test' }, 'review'],
    ['a review with null fields', { text: 'x', title: null, author: { name: null } }, 'review'],
  ])('recognises %s', (_case, document, shape) => {
    expect(documentShape(document)).toBe(shape);
  });

  it.each([
    ['null', null, 'document:'],
    ['an array', [{ text: 'x' }], 'document:'],
    ['a string', 'text', 'document:'],
    ['an object with neither text nor messages', { id: 1, body: 'x' }, 'document:'],
    ['a number text', { text: 42 }, 'text:'],
    ['messages that are not an array', { messages: 'hi' }, 'messages:'],
    ['a message that is not an object', { messages: ['hi'] }, 'messages[0]:'],
    ['a message text that is not a string', { messages: [{ text: 'ok' }, { text: ['x'] }] }, 'messages[1].text:'],
    ['a numeric author phone', { text: 'x', author: { phone: 998901234567 } }, 'author.phone:'],
    ['an author that is a list', { text: 'x', author: ['a'] }, 'author:'],
    ['a numeric title', { text: 'x', title: 5 }, 'title:'],
  ])('rejects %s, naming the field', (_case, document, field) => {
    expect(() => documentShape(document)).toThrowError(expect.objectContaining({ code: 'ERR_PII_INPUT_SCHEMA', detail: expect.stringMatching(new RegExp(`^${field.replace(/[[\]]/gu, '\\$&')}`, 'u')) }));
  });

  it('never echoes the text in the error', () => {
    expect(() => documentShape({ text: { nested: 'Synthetic Secretname' } })).toThrowError(
      expect.objectContaining({ message: expect.not.stringContaining('Secretname') }),
    );
  });
});

describe('cloneDocument', () => {
  it('copies deeply without sharing objects', () => {
    const original = { a: { b: [1, { c: 'x' }] } };
    const copy = cloneDocument(original);
    expect(copy).toEqual(original);
    expect(copy.a).not.toBe(original.a);
    expect(copy.a.b[1]).not.toBe(original.a.b[1]);
  });

  it('keeps a __proto__ key as data and pollutes nothing', () => {
    const original = JSON.parse('{"text":"x","__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}}}') as Record<string, unknown>;
    const copy = cloneDocument(original);
    expect(Object.getPrototypeOf(copy)).toBe(Object.prototype);
    expect(Object.keys(copy)).toEqual(['text', '__proto__', 'constructor']);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect(JSON.stringify(copy)).toBe(JSON.stringify(original));
  });

  it.each(['toString', 'hasOwnProperty', 'valueOf', 'constructor', '__proto__', 'text'])(
    'copies a %s key as a writable, enumerable own data property',
    (key) => {
      const original = JSON.parse(`{${JSON.stringify(key)}:"value"}`) as Record<string, unknown>;
      const descriptor = Object.getOwnPropertyDescriptor(cloneDocument(original), key);
      expect(descriptor).toEqual({ value: 'value', writable: true, enumerable: true, configurable: true });
    },
  );

  it('refuses documents nested deeper than the limit', () => {
    let deep: unknown = 'leaf';
    for (let level = 0; level < 100; level += 1) deep = { deeper: deep };
    expect(() => cloneDocument(deep)).toThrowError(expect.objectContaining({ code: 'ERR_PII_INPUT_TOO_DEEP' }));
  });
});

describe('textSlots', () => {
  it.each([
    [
      'a review: author fields, then title, then text',
      { text: 't', title: 'h', author: { name: 'n', phone: 'p', email: 'e', city: 'c' }, rating: 5 },
      'review',
      [],
      ['author.name:NAME', 'author.phone:PHONE', 'author.email:EMAIL', 'title:', 'text:'],
    ],
    [
      'a dialogue turn by turn, each author before its text',
      { messages: [{ role: 'user', author: { name: 'a' }, text: 't0' }, { role: 'agent', author: 'b', text: 't1' }] },
      'dialogue',
      [],
      ['messages[0].author.name:NAME', 'messages[0].text:', 'messages[1].author:NAME', 'messages[1].text:'],
    ],
    [
      'tenant paths last, without repeating a slot',
      { text: 't', meta: { comment: 'c' }, messages: [{ text: 'm', note: 'n' }] },
      'review',
      ['meta.comment', 'messages[*].note', 'text'],
      ['text:', 'messages[0].text:', 'meta.comment:', 'messages[0].note:'],
    ],
  ] as const)('lists %s', (_case, document, shape, paths, expected) => {
    const slots = textSlots(document as Record<string, unknown>, shape, paths);
    expect(slots.map((slot) => `${slot.path}:${slot.wholeAs ?? ''}`)).toEqual(expected);
  });
});

describe('NameMemory', () => {
  const cases: Array<[string, string, string, boolean]> = [
    ['a lower-cased mention', 'Алишер', 'алишер', true],
    ['a Russian dative', 'Алишер', 'Алишеру', true],
    ['a Russian instrumental', 'Алишер', 'Алишером', true],
    ['a feminine name in the prepositional', 'Дилшода', 'Дилшоде', true],
    ['an Uzbek dative', 'Nilufar', 'nilufarga', true],
    ['an Uzbek genitive', 'Alisher', 'Alisherning', true],
    ['an apostrophe variant', "Gʻulom", "G'ulomga", true],
    ['a family name built on the first name', 'Иван', 'Иванов', false],
    ['a longer, different name', 'Анна', 'Аннабелла', false],
    ['an unrelated name', 'Алишер', 'Дилшод', false],
  ];

  it.each(cases)('treats %s as the same person: %s / %s → %s', (_case, first, later, same) => {
    const memory = new NameMemory();
    const key = memory.remember(first, undefined);
    expect(memory.lookup(later) === key).toBe(same);
  });

  it('gives each word of a full name the full name key', () => {
    const memory = new NameMemory();
    const key = memory.remember('Алишер Каримов', undefined);
    expect([memory.lookup('Алишеру'), memory.lookup('Каримова')]).toEqual([key, key]);
    expect(memory.knownNames).toEqual(['Алишер Каримов', 'Алишер', 'Каримов']);
  });

  it('hands the detector the same knownNames array until a new name arrives', () => {
    const memory = new NameMemory();
    memory.remember('Алишер', undefined);
    const first = memory.knownNames;
    memory.remember('алишеру', undefined);
    expect(memory.knownNames).toBe(first);
    memory.remember('Дилшод', undefined);
    expect(memory.knownNames).not.toBe(first);
    expect(memory.knownNames).toEqual(['Алишер', 'Дилшод']);
  });

  it('keeps the first key when the detector normalises a later form differently', () => {
    const memory = new NameMemory();
    const key = memory.remember('Алишер', 'detector-form-1');
    expect(memory.remember('алишеру', 'detector-form-2')).toBe(key);
  });
});
