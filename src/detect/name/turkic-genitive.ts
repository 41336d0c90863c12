// A capitalised possessor inside a Kazakh or Kyrgyz sentence: `Мен Ерқанаттың жұмысына ризамын`, `Айзирек­тин жардамы`.

import type { Token } from '../../text/tokenize.js';
import { onlySpaces } from './gaps.js';
import { analyzeWord } from './analyze.js';
import type { NameResources } from './resources.js';
import { personNoun } from './turkic-named.js';
import { EndingSet } from './suffixes.js';
import { foldedWordSet } from './folded-words.js';

// Kazakh and Kyrgyz genitive endings (every vowel-harmony and voicing variant). Source: standard grammars.
const genitive = new EndingSet(['ның', 'нің', 'дың', 'дің', 'тың', 'тің', 'нын', 'нин', 'нун', 'нүн', 'дын', 'дин', 'дун', 'дүн', 'тын', 'тин', 'тун', 'түн']);
// Third-person possessive on the thing possessed, alone or before a case ending (жұмысы, көмегі, жардамы; жұмысына,
// көмегін, жардамын, кызматына).
const possessed = new EndingSet(['ы', 'і', 'сы', 'сі', 'и', 'у', 'ү', 'су', 'сү', 'си', 'ын', 'ін', 'ун', 'үн', 'на', 'не', 'нда', 'нде', 'нан', 'нен', 'нен', 'мен', 'нын', 'нин', 'ның', 'нің', 'ндағы', 'ндегі']);
const longestGenitive = 3;
const possessiveGenitive = new EndingSet(['ының', 'інің', 'сының', 'сінің', 'ынын', 'инин', 'унун', 'үнүн', 'сынын', 'синин', 'сунун', 'сүнүн']);

/**
 * Token `i` is capitalised inside its sentence (the caller checked both), ends in a genitive after a stem of four
 * letters or more, and the next word, lower case and one space on, carries the possessive of what belongs to it:
 * the possessor named with a capital mid-sentence is a person or a place, and places are on the stop lists.
 */
export function capitalPossessor(text: string, tokens: readonly Token[], folded: readonly string[], i: number, resources: NameResources): boolean {
  const word = folded[i]!;
  const next = tokens[i + 1];
  if (next === undefined || word.length < 4 + longestGenitive - 1 || !genitive.test(word) || !next.cyrillic) return false;
  // `Республикасының`, `Әкімшілігінің`, `Төрағасының`: a possessive before the genitive makes an institution's title;
  // `Республиканың`: a Russian everyday word as the stem is a thing, not a person.
  if (possessiveGenitive.test(word) || resources.commonWords.has(word.slice(0, word.length - 3))) return false;
  if (text.charCodeAt(next.start) !== folded[i + 1]!.charCodeAt(0) || !onlySpaces(text, tokens[i]!.end, next.start, 1)) return false;
  const thing = folded[i + 1]!;
  return thing.length >= 4 && possessed.test(thing);
}

// What a person gives (help, advice, effort), as the stem of the thing possessed (`көмегі`, `кеңесі`, `жардамы`,
// `yordami`; typed without Kazakh letters too: `комегине`, `кенеси`). Not service or work (`Дүкеннің қызметі`,
// `Сайттың жұмысы`): shops and sites have those too.
const deedStems = ['көмег', 'комег', 'кеңес', 'кенес', 'кеңеш', 'кенеш', 'жардам', 'yordam', 'ёрдам', 'maslahat', 'маслаҳат', 'маслахат', 'еңбег', 'енбег', 'эмгег', 'mehnat', 'меҳнат', 'мехнат'];
// Uzbek genitive (Latin and Cyrillic).
const uzbekGenitive = new EndingSet(['ning', 'нинг']);
// A first-person possessive before the genitive (`Досымның`, `Анамның`, `Әпкемнің`): my friend's, my mother's.
const myVowels = new Set(['а', 'ә', 'е', 'ы', 'і', 'о', 'ө', 'у', 'ұ', 'ү', 'и', 'a', 'e', 'i', 'o', 'u']);

/**
 * Token `i` opens its sentence capitalised (the caller checked both; the capital says nothing there), ends in a
 * genitive after a stem of four letters or more that no list knows, and the next word carries the possessive of what
 * only a person gives: help, advice, effort (`Айбаланың кеңесі өте пайдалы болды`, `Бурулкандын кеңеши`,
 * `Orzigulning yordami`). Not a possessive or plural before the genitive (`Қызметкерлердің көмегі`, `Досымның
 * кеңесі`), nor a Russian everyday word as the stem (`Компанияның көмегі`).
 */
export function openingPossessor(text: string, tokens: readonly Token[], folded: readonly string[], i: number, resources: NameResources): boolean {
  const word = folded[i]!;
  const next = tokens[i + 1];
  if (next === undefined || word.length < 7) return false;
  const ending = genitive.test(word) ? 3 : uzbekGenitive.test(word) ? 4 : 0;
  if (ending === 0 || possessiveGenitive.test(word) || pluralGenitive.test(word)) return false;
  const stem = word.slice(0, word.length - ending);
  if (stem.length < 4 || ((stem.endsWith('м') || stem.endsWith('m')) && myVowels.has(stem.charAt(stem.length - 2)) && !ladyName.test(stem)) || resources.commonWords.has(stem)) return false;
  if (text.charCodeAt(next.start) !== folded[i + 1]!.charCodeAt(0) || !onlySpaces(text, tokens[i]!.end, next.start, 1)) return false;
  const thing = folded[i + 1]!;
  if (thing.length < 5 || !(possessed.test(thing) || thing.endsWith('i'))) return false;
  if (deedStems.some((deed) => thing.startsWith(deed))) return true;
  return possessionStems().some((owned) => thing.startsWith(owned)) && unknownStem(stem, next.cyrillic, resources);
}

// What a customer has and a chat asks about (`Шоҳсанамнинг рақами`, `Nodirabegimning buyurtmasi`, `Айкөркемнің
// тапсырысы`): phone, number, order, parcel, address, card, message. A shop has a phone and an address too, so the
// possessor's stem must be on no list (below). The stems: patterns/cues/name-turkic-possessions.txt.
let possessionStemWords: readonly string[] | undefined;
function possessionStems(): readonly string[] {
  possessionStemWords ??= [...foldedWordSet('cues/name-turkic-possessions.txt')];
  return possessionStemWords;
}
// Uzbek given names in -бегим, -хоним, -ойим, -санам end like a first-person possessive (`Nodirabegim`).
const ladyName = new EndingSet(['бегим', 'begim', 'хоним', 'xonim', 'ойим', 'oyim', 'санам', 'sanam']);

/**
 * The possessor's stem is on no list: no stoplist (shops, apps, places, things), no everyday Russian word, honorific,
 * role, cue word, person noun or kin word with "my" (`Синглимнинг`), no verbal noun or plural.
 */
function unknownStem(stem: string, cyrillic: boolean, resources: NameResources): boolean {
  if (resources.commonWords.has(stem) || resources.honorifics.has(stem) || resources.roles.has(stem) || resources.cueWords.has(stem) || personNoun(stem) || chatOpenerSet().has(stem)) return false;
  return analyzeWord(stem, cyrillic, resources, true).stopFlags === 0 && !everydayStem.test(stem);
}
// Verbal nouns (-ish, -ш: `yetkazib berishning`), abstract nouns (-lik, -лик, -лық) and plurals are things.
const everydayStem = new EndingSet(['ish', 'иш', 'ш', 'lik', 'лик', 'лық', 'лік', 'lar', 'лар', 'ler', 'лер']);
let chatOpeners: ReadonlySet<string> | undefined;
function chatOpenerSet(): ReadonlySet<string> {
  chatOpeners ??= foldedWordSet('stoplists/common-chat-openers.txt');
  return chatOpeners;
}

const pluralGenitive = new EndingSet(['лардың', 'лердің', 'дардың', 'дердің', 'тардың', 'тердің', 'лардын', 'лердин', 'дардын', 'дердин', 'тардын', 'тердин', 'лордун', 'лөрдүн', 'дордун', 'дөрдүн', 'larning', 'ларнинг']);
