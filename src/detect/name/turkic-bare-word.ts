// A word that Turkic chat could use as a bare given name and that no list or lexicon knows (`сабыркан`, `zarnigor`).

import type { Token } from '../../text/tokenize.js';
import { bareTurkicName } from './chat.js';
import { russianTypedInLatin } from './mixed-scripts.js';
import type { NameResources } from './resources.js';
import { EndingSet } from './suffixes.js';
import { personNoun } from './turkic-named.js';
import { typoOfCommonWord } from './typos.js';
import type { WordInfo } from './vocabulary.js';

// Endings of Turkic verbs, converbs, participles, first-person and second-person forms and derived adjectives that
// bareTurkicName() leaves through (`ауырып`, `айтамын`, `aytaman`, `кызматыңар`, `hurmatli`): an everyday word.
// Written for pii-gate from Kazakh, Kyrgyz and Uzbek grammar.
const everydayEnding = new EndingSet([
  'ып', 'іп', 'ип', 'уп', 'үп', 'ап', 'еп', 'оп', 'өп', 'ib', 'ub', 'ab',
  'мын', 'мін', 'аман', 'яман', 'man', 'пын', 'пін', 'быз', 'біз', 'биз', 'пыз', 'піз', 'miz', 'ам', 'ем', 'ойм', 'ейм',
  'ты', 'ті', 'ту', 'тү', 'ti', 'ду', 'дү', 'ган', 'ген', 'ған', 'қан', 'gan',
  'ңар', 'ңер', 'ңор', 'ңөр', 'ңуз', 'ңүз', 'ңиз', 'ngiz', 'ингиз', 'ңызшы', 'ңізші', 'ңызчы', 'ңизчи',
  'lik', 'лик', 'лық', 'лік', 'луу', 'лүү', 'дуу', 'дүү', 'туу', 'түү',
  'moq', 'мақ', 'мек', 'ish', 'иш', 'yap', 'яп', 'майт', 'мейт',
  // Locatives after a possessive: `рахмет уақытында жеткізгеніңіз үшін` ("on time").
  'ында', 'інде', 'унда', 'үндө',
]);
// Derived adjectives in -li/-лы (`hurmatli`, `сапалы`): the given-name ending -ali keeps its reading (`tursunali`).
const adjectiveEnding = new EndingSet(['li', 'лы', 'лі', 'ли']);
const givenAli = new EndingSet(['ali', 'али', 'алі']);
// -lik is also the end of the given names in -malik (`Abdulmalik`, `Temurmalik`).
const givenMalik = new EndingSet(['malik', 'малик']);

// Kazakh and Kyrgyz given names in -айым/-айим "my moon" (`Нурайым`, `Даткайым`, `Бегайым`) end like a first-person
// possessive; kin terms do too (`апайым`, `ағайым`), and their stem is an honorific.
const moonEnding = new EndingSet(['айым', 'айим', 'айім']);
function moonName(word: string, resources: NameResources): boolean {
  return word.length >= 6 && moonEnding.test(word) && !resources.honorifics.has(word.slice(0, -2));
}

/**
 * Token `i` is lower case, four letters or more, on no name list or stop list, no role, cue word or person noun,
 * with no case, plural, possessive, verb or derivational ending, and, in Cyrillic, no Russian word (or a typo of
 * one); in Latin letters, no Russian word typed in Latin.
 */
export function unlistedBareWord(text: string, tokens: readonly Token[], folded: readonly string[], words: readonly WordInfo[], i: number, resources: NameResources): boolean {
  const token = tokens[i]!;
  const word = folded[i]!;
  if (token.hasDigit || word.length < 4 || text.charCodeAt(token.start) !== word.charCodeAt(0)) return false;
  if (resources.roles.has(word) || resources.cueWords.has(word) || resources.honorifics.has(word) || personNoun(word) || (everydayEnding.test(word) && !givenMalik.test(word)) || (adjectiveEnding.test(word) && !givenAli.test(word))) return false;
  const evidence = words[i]!.evidence(token.cyrillic, resources, true);
  if (!bareTurkicName(moonName(word, resources) ? word.slice(0, -2) : word, evidence, resources)) return false;
  if (token.cyrillic) return !resources.commonWords.has(word) && !typoOfCommonWord(word, resources.commonWords);
  return !russianTypedInLatin(word, evidence, resources);
}
