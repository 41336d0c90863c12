import { describe, expect, it } from 'vitest';
import { names } from '../helpers/names.js';

// Listed surnames (Hernandez, Garcia, Owens) with invented ones (Zorvitt, Brenley) that no list holds.
describe('three surnames in the partnership pattern name a firm', () => {
  it.each([
    ['a firm on its own line', 'Zorvitt, Hernandez and Brenley\n12 Main Street', []],
    ['a firm before a job title, the person after it kept', 'Owens, Zorvitt and Garcia songwriter Samantha Green employs irony', ['Samantha Green']],
    ['with an ampersand', 'I work for Garcia, Zorvitt & Brenley now.', []],
  ])('%s: %j', (_kind, text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    ['given names are people', 'Thanks to Anna, Maria and John for the help', ['Anna', 'Maria', 'John']],
    ['a given name that is also a surname, beside two unknown words, is a person', 'Shout out to Sarah, Quellin and Dovrik', ['Sarah', 'Quellin', 'Dovrik']],
    ['surnames announced after a colon are people', 'The shop is run by our founders: Hernandez, Garcia and Owens.', ['Hernandez', 'Garcia', 'Owens']],
  ])('%s: %j keeps its names', (_kind, text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});

describe('the firm pass always moves on', () => {
  it('finishes when the last surname of a firm runs on into a longer span', () => {
    const found = names('We hired Marshall, Hernandez and Simpson Smith yesterday.');
    expect(found.filter((name) => name.includes('Marshall') || name.includes('Hernandez'))).toEqual([]);
  });

  it('drops every firm of a long text of firms, one after another', () => {
    expect(names('Zorvitt, Hernandez and Brenley.\n'.repeat(2_000))).toEqual([]);
  });
});

describe('after `the` and a title, an everyday word completes the title', () => {
  it.each([
    ['the Princess Royal', 'The Princess Royal arrived at the station this morning.', []],
    ['a name that is only a name stays', 'The princess Olga arrived at the station this morning.', ['Olga']],
    ['an everyday-word name after a service role stays', 'The operator Rose helped me a lot.', ['Rose']],
  ])('%s: %j', (_kind, text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});
