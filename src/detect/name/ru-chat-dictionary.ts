// Russian chat, given names the Russian dictionary holds as proper nouns and no name list does (`пантелей`,
// `степанида`, `федосья`): unknownToRussian() (ru-unlisted.ts) leaves every proper noun out, since in running text
// such a word is a place more often than a person, so chat could name these people in no place at all.

import { commonWordKey } from './common-words.js';
import type { NameResources } from './resources.js';
import { isRussianChatSlang } from './ru-vocatives.js';
import { compoundOfCommonWord } from './ru-unlisted.js';

/**
 * A word of four letters or more that the hunspell lexicon knows only as a proper noun (its capitalised entries, in
 * any case form: `пантелеем`), no chat slang and no cue word. The caller has checked the place stoplists (a listed
 * place or brand has stop flags) and must bring the place in the sentence a person stands in: such a word is as
 * often a town the stoplists lack (`вязьма`) as a rare given name.
 */
export function dictionaryName(word: string, resources: NameResources): boolean {
  if (word.length < 4 || word.includes('-')) return false;
  const common = resources.commonWords;
  if (!common.isProperNoun(word) || common.has(word) || resources.cueWords.has(word) || isRussianChatSlang(word)) return false;
  // The key strips what ends like a case ending, of a base form too (`иерусалим` → `иерусал`): both stems are tried.
  const key = commonWordKey(word);
  // `евросоюз`: a compound of an everyday word names a body or a brand.
  return !placeAdjective(key, resources) && (key.length === word.length || !placeAdjective(word, resources)) && !compoundOfCommonWord(key, resources);
}

/**
 * The lexicon derives an adjective in -ский from the proper noun (`иерусалим` → `иерусалимский`, `молдавия` →
 * `молдавский`, `марс` → `марсианский`, `вязьма` → `вяземский`): a place's mark. Given names have none
 * (`пантелей`, `степанида`, `илларион`). `key`: the proper noun's stem without a case ending.
 */
function placeAdjective(key: string, resources: NameResources): boolean {
  const common = resources.commonWords;
  const stem = key.endsWith('и') ? key.slice(0, -1) : key;
  for (const suffix of placeSuffixes) if (common.has(key + suffix) || common.has(stem + suffix)) return true;
  // A vowel between the stem's last two consonants, or in place of its soft sign (`коломенский`, `вяземский`).
  const last = key.length - 1;
  const fleeting = key[last - 1] === 'ь' ? key.slice(0, last - 1) + 'е' + key[last] : key.slice(0, last) + 'е' + key[last];
  return common.has(fleeting + 'ский');
}
const placeSuffixes = ['ский', 'ьский', 'йский', 'ианский', 'анский', 'инский'];
