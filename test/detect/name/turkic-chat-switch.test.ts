// A switch of script right after the person thanked closes the name (turkic-chat-switch.ts, turkic-thanks.ts):
// `rahmat zorvena очень помогли`. Everyday words, Russian typed in Latin and Uzbek adjectives stay words.

import { describe, expect, it } from 'vitest';
import { names } from '../../helpers/names.js';

describe('an unlisted word after Latin thanks, before a Russian word', () => {
  it.each([
    ['before "very"', "rahmat zorvena очень помогли, hammasi zo'r", ['zorvena']],
    ['before "today"', 'rahmat kelvash сегодня всё пришло', ['kelvash']],
    ['before "very" and an adjective', 'rahmat quenby очень вежливый', ['quenby']],
    ['Kyrgyz thanks in Cyrillic, before English', 'рахмат сабыркан good job', ['сабыркан']],
  ])('is the person thanked (%s): %s', (_, text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});

describe('an everyday word after thanks, before a word in the other script', () => {
  it.each([
    ['Russian typed in Latin', 'rahmat bolshoe за всё'],
    ['"to everyone" in Russian typed in Latin', 'rahmat vsem очень помогли'],
    ['a Russian noun typed in Latin', 'rahmat dostavka очень быстрая'],
    ['an Uzbek adjective before a Russian noun', 'rahmat tezkor доставка uchun'],
    ['"cheap" before a Russian noun', 'rahmat arzon доставка'],
    ['"new" before a Russian noun', 'rahmat yangi упаковка'],
    ['"all" in Kyrgyz before English', 'рахмат баарына good job'],
    ['"very" before a Russian word', 'rahmat juda очень'],
  ])('is no name (%s): %s', (_, text) => {
    expect(names(text)).toEqual([]);
  });

  it.each([
    ['a name followed by a Latin word', 'rahmat kelvash hammasi zo‘r'],
  ])('needs the switch or another sign (%s): %s', (_, text) => {
    expect(names(text)).toEqual([]);
  });
});
