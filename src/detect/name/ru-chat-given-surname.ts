// Russian chat, a lower-case full name as the subject (`кароче фрол котов так и не приехал`): the surname may be a
// form the lexicon knows (`котов`, the genitive plural of `кот`), a -ский one (`вишневский`), or no surname shape at
// all (`дьячко`), which ru-chat.ts alone does not take as a subject; the given name before it vouches for it.

import { WordFlag } from './lexicon.js';
import { Morph } from './morphology.js';
import type { NameResources } from './resources.js';
import { isRussianChatSlang } from './ru-vocatives.js';
import { unknownToRussian } from './ru-unlisted.js';
import type { WordInfo } from './vocabulary.js';

/**
 * `word` can be the surname after a given name: no stop word, cue or chat slang, no first name, and either of a
 * surname's shape (-ов/-ев/-ин and -ский/-цкий with their feminines; a -ский word only when it is no everyday
 * adjective, `русский`) or a word of five letters or more Russian does not know.
 */
export function surnameAfterGiven(word: string, info: WordInfo, resources: NameResources): boolean {
  const evidence = info.evidence(true, resources, false);
  if (evidence.stopFlags !== 0 || evidence.nameFlags & WordFlag.First || resources.cueWords.has(word) || isRussianChatSlang(word)) return false;
  if (evidence.morph === Morph.Surname || evidence.morph === Morph.Patronymic) return true;
  if (evidence.morph === Morph.WeakSurname) return !resources.commonWords.has(word);
  return word.length >= 5 && unknownToRussian(word, resources);
}

/**
 * The surname's own gender agrees with the past tense `verb` where its ending has one: -ова, -ева, -ина, -ская
 * feminine (`котова приехала`), -ов, -ев, -ин, -ский masculine; -о, -ук and other endings that do not decline
 * agree with either.
 */
export function surnameAgrees(word: string, verb: string): boolean {
  const feminineVerb = verb.endsWith('ла') || verb.endsWith('лась');
  const masculineVerb = verb.endsWith('л') || verb.endsWith('лся');
  if (feminine.test(word)) return !masculineVerb;
  if (masculine.test(word)) return !feminineVerb;
  return true;
}
const feminine = /(ова|ева|ёва|ина|ына|ская|цкая)$/u;
const masculine = /(ов|ев|ёв|ин|ын|ский|цкий)$/u;
