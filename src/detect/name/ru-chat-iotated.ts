// Russian chat, a person after a preposition or a verb of telling whose name declines with a vowel before its case
// ending: a man's name in -ай/-ей/-ий (`у тахирбая`, `с тахирбаем`, `передайте тахирбаю`) or a woman's in -ия (`у
// есении`, `с есенией`), which ru-unlisted.ts obliquePerson() leaves out (it reads a consonant before the ending).

import type { NameResources } from './resources.js';
import { unknownToRussian } from './ru-unlisted.js';

// The endings each word before a person asks for, on a stem that ends in a vowel: the case forms of -Vй (-Vя, -Vю,
// -Vем) and of -ия (-ии, -ию, -ией). Prepositions as in ru-unlisted.ts caseEndings; any other word before the name
// is a verb of telling, giving, thanking or calling (dative or accusative).
const genitive = ['я', 'и'];
const endingsBefore: ReadonlyMap<string, readonly string[]> = new Map([
  ['у', genitive], ['от', genitive], ['для', genitive], ['без', genitive],
  ['с', ['ем', 'ей']], ['со', ['ем', 'ей']], ['к', ['ю', 'и']], ['ко', ['ю', 'и']], ['про', ['я', 'ю']],
]);
const afterVerb = ['ю', 'я', 'и'];
// Other prepositions (при, о, об: prepositional -Vе is as often a Russian noun's) take none of these.
const noIotated = new Set(['при', 'о', 'об']);

/**
 * The base form of `word` read as a name of the -Vй or -ия declension in the case `before` asks for, when the word
 * and that base are unknown to Russian and the stem before the vowel is three letters or more; undefined otherwise.
 * -ии and -ией come only from -ия (`есении`), and only `capital` (capitalised inside the sentence): the lexicon lacks
 * many abstract nouns in -ия (`с ксенофобией`). -Vя, -Vю and -Vем come from -Vй (`тахирбая`), -ию after про from -ия.
 */
export function iotatedPerson(word: string, before: string, resources: NameResources, capital: boolean, dictionary = false): string | undefined {
  if (noIotated.has(before)) return undefined;
  const endings = endingsBefore.get(before) ?? afterVerb;
  for (const ending of endings) {
    if (!word.endsWith(ending)) continue;
    const stem = word.slice(0, word.length - ending.length);
    if (stem.length < 4) return undefined;
    const vowel = stem.charCodeAt(stem.length - 1);
    // -ии, -ией: a woman's name in -ия; -ию after про is its accusative.
    const feminine = ending === 'и' || ending === 'ей' || (ending === 'ю' && before === 'про');
    // A woman's stem of five letters or more (`есени-`): shorter ones are as often brands (`к Нокии`).
    if (feminine ? vowel !== 0x438 /* и */ || !capital || stem.length < 5 : !iotatingVowel(vowel)) continue;
    // A vowel before the stem's last vowel (`-аия`) is no name's stem.
    if (isVowel(stem.charCodeAt(stem.length - 2))) return undefined;
    const base = stem + (feminine ? 'я' : 'й');
    // `dictionary`: the word is a proper noun of the lexicon (ru-chat-dictionary.ts) and its base is one with it.
    if (dictionary ? resources.commonWords.has(base) : !unknownToRussian(word, resources) || resources.commonWords.has(base) || resources.commonWords.isProperNoun(base)) return undefined;
    return base;
  }
  return undefined;
}

// а, е, и, у before -й (`тахирбай`, `андрей`, `исмаилий`); -ой is an adjective's ending.
function iotatingVowel(code: number): boolean {
  return code === 0x430 || code === 0x435 || code === 0x438 || code === 0x443;
}

function isVowel(code: number): boolean {
  return code === 0x430 || code === 0x435 || code === 0x438 || code === 0x43e || code === 0x443 || code === 0x44b || code === 0x44d || code === 0x44e || code === 0x44f || code === 0x451;
}
