// Lower-case names in English posts (en-lower-social.ts): a listed given name that is no SCOWL everyday word, typed
// in lower case as the subject of a verb, before `'s`, after a greeting, thanks or preposition that takes a person; a
// listed surname in the strong frames only, a given name that is a word too in the strongest only; and the everyday
// words, determiners and non-English texts that keep such words unmasked. Sentences written for pii-gate.

import { describe, expect, it } from 'vitest';
import { englishCommonWords, englishWordForm } from '../../../src/detect/name/en-common-words.js';
import { names } from '../../helpers/names.js';

const people: [frame: string, text: string, expected: string[]][] = [
  ['the subject of a verb in a short post with no function word', 'Wait lucian wears glasses', ['lucian']],
  ['the subject before an adverb', 'i think rupert never reads the comments', ['rupert']],
  ['the subject before an adverb, after an interjection', 'Wow evander never misses a beat', ['evander']],
  ['after `with`', 'I went out with leopold tonight, best night ever', ['leopold']],
  ['before `should`', 'Who else thinks lucian should win?', ['lucian']],
  ['before `and` opening the post', 'THE BEST DUO EVER!!!! gideon and his brother', ['gideon']],
  ["before `'s` split from it", "So proud of cosima ' s progress", ['cosima']],
  ['a listed surname SCOWL lacks, thanked at the end of the clause', 'thanks kowalczyk!', ['kowalczyk']],
  ['a listed surname SCOWL lacks, before a verb', 'kowalczyk is the best coach this club ever had', ['kowalczyk']],
  ['a given name that is an everyday word too, greeted before a verb', 'hey grace is the new video out yet', ['grace']],
];

const notPeople: [what: string, text: string][] = [
  ['a given name that SCOWL holds as a word, after a greeting but before a noun', 'hey mason jars are cheap at the store'],
  ['a given name that is a word, after thanks, before a verb no list gives', 'thanks for the tip, will do'],
  ['a listed surname SCOWL lacks, in a weak frame', 'we went there with kowalczyk and his wife'],
  ['a given name that is a word, after `to`', 'She gave the whole job to mason.'],
  ['a given name that is a word, before a noun', 'the sterling silver ring looks great on her'],
  ['a listed given name after an article', 'I think the florian is a kind of flower or something'],
  ['Uzbek chat', 'katta umid bilan kutamiz, rahmat hammaga'],
];

describe('lower-case given names in English posts', () => {
  it.each(people)('masks a given name %s: %s', (_frame, text, expected) => {
    expect(names(text)).toEqual(expected);
  });
  it.each(notPeople)('leaves %s unmasked: %s', (_what, text) => {
    expect(names(text)).toEqual([]);
  });
});

describe('SCOWL everyday words', () => {
  it.each([
    ['mason', true],
    ['glasses', true],
    ['lucian', false],
    ['zorvek', false],
  ])('knows whether `%s` is an everyday word', (word, expected) => {
    expect(englishCommonWords().has(word)).toBe(expected);
  });
  it.each([
    ['wears', true],
    ['stopped', true],
    ['colours', true],
    ['carries', true],
    ['lucians', false],
  ])('reads `%s` as an everyday word form or not', (word, expected) => {
    expect(englishWordForm(word)).toBe(expected);
  });
});
