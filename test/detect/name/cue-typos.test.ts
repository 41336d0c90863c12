// Misspelt cue words (cue-typos.ts, respelled-cues.ts): a role, thanks or self-introduction with one slip in it
// (`воодитель`, `үлкеен`, `атыым`, `naem`) still points at the name beside it; the text is read with the cue word
// spelt right. Without a name beside it, a misspelt cue word is no name itself.

import { describe, expect, it } from 'vitest';
import { names } from '../../helpers/names.js';

describe('a misspelt role before a lower-case name that is also a word', () => {
  it.each([
    ['Russian driver, a doubled letter', 'воодитель надежда довезла до адреса', ['надежда']],
    ['Russian driver, another doubled letter', 'водиттель любовь довезла быстро', ['любовь']],
    ['Russian consultant, swapped letters, as a label', 'консультнат надежда: уточните номер', ['надежда']],
    ['Kazakh seller, a doubled letter', 'дүкендегі сатушшы гауһар көмектесті', ['гауһар']],
  ])('marks the name (%s): %s', (_, text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});

describe('a misspelt word after a name', () => {
  it.each([
    ['Kazakh big thanks, a letter left out', 'нұрға үкен рақмет, тез жеткізді', ['нұрға']],
    ['Kazakh big thanks, a doubled letter', 'гауһарға үлкеен рақмет, тез жеткізді', ['гауһарға']],
    ['English explained, a letter left out', 'grace explaned everything to me', ['grace']],
  ])('marks the name before it (%s): %s', (_, text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});

describe('a self-introduction with one misspelt word', () => {
  it.each([
    ['Kazakh, the last word with a doubled letter', 'менің атыым гауһар, тапсырыс бойынша жазамын', ['гауһар']],
    ['Kazakh, the last word with swapped letters', 'менің аытм гауһар, тапсырыс бойынша жазамын', ['гауһар']],
    ['Kyrgyz, the last word with a doubled letter', 'менин атыым бермет, буйрутма боюнча жазып жатам', ['бермет']],
    ['English, the middle word with swapped letters', 'my naem is hope, i ordered yesterday', ['hope']],
    ['English, the middle word with other swapped letters', 'my nmae is grace and my order is late', ['grace']],
  ])('marks the name (%s): %s', (_, text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});

describe('a misspelt cue word with no name beside it', () => {
  it.each([
    ['English operator before a verb', 'Operattor was very polite, thanks.'],
    ['Russian operator before a verb', 'Опертаор ответил быстро, спасибо за помощь.'],
    ['Kyrgyz operator before an adverb', 'опеератор абдан сылык болду'],
    ['Kyrgyz courier before a time', 'курььер убагында келди, рахмат'],
    ['Russian self-introduction that is an invitation', 'меня зовуут на собеседование завтра'],
    ['a misspelt role as the subject', 'меннеджер позвонил, курьеер приехал вовремя'],
    ['English self-introduction with no name', 'my naem is not important here'],
    ['a word one letter from a greeting is itself', 'Привез курьер вовремя, всё хорошо.'],
  ])('finds no name (%s): %s', (_, text) => {
    expect(names(text)).toEqual([]);
  });
});
