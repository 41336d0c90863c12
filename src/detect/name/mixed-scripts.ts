// Code-switched chat: which lexicon judges a word written in the other script (`рахмет ilnara`, `spasibo zarema`).

import type { Token } from '../../text/tokenize.js';
import { russianFromLatin } from '../../text/translit.js';
import type { WordEvidence } from './analyze.js';
import { unlistedEnglishName } from './english.js';
import type { NameResources } from './resources.js';
import { isRussianChatSlang } from './ru-vocatives.js';
import { Morph } from './morphology.js';
import { typoOfCommonWord } from './typos.js';
import { WordAnswers } from './word-answers.js';

// Russian greetings and thanks as Latin-script chat types them (cues/name-before.txt holds them as cues): after one,
// the writer is writing Russian in Latin letters, so the Russian lexicon judges the next word.
const russianLatinCues = new Set([
  'spasibo', 'spasiba', 'sposibo', 'spasibki', 'spasib', 'spsb', 'sps', 'bolshoe', 'ogromnoe', 'vam', 'blagodaryu',
  'privet', 'privetik', 'zdravstvuyte', 'zdravstvuite', 'zdrastvuyte', 'zdrastvuite', 'zdraste', 'den', 'utro', 'vecher', 'izvinite', 'prostite',
  // Requests, reports and self-introductions (cues/name-before.txt, name-intro.txt, name-opening-intros.txt).
  'peredayte', 'peredaite', 'skazhite', 'skajite', 'sprosite', 'pozovite', 'pozvonite', 'obsluzhivala', 'obsluzhival',
  'obslujivala', 'obslujival', 's', 'zvonila', 'zvonil', 'pomogla', 'pomog', 'blagodarya', 'zovut', 'menya', 'imya', 'eto',
  // Service roles only Russian spells so (`operator`, also Uzbek, is not here).
  'kurer', 'kurera', 'kureru', 'operatoru', 'operatora', 'menedzher', 'menedzhera', 'menedzheru', 'menedjer', 'konsultantu',
]);

/**
 * The greeting or thanks right before token `i` tells how to read a lower-case Latin word on no list: it is Russian
 * typed in Latin letters (`spasibo`), or it is written in Cyrillic while the word is not (`рахмет ilnara`, `спасибо
 * zarema`: the switch of script is itself evidence). Uzbek Latin greetings (`rahmat`, `salom`) are neither: their
 * replies are Uzbek words no lexicon here knows (`rahmat, tushunarli`).
 */
export function russianOrCyrillicCueBefore(tokens: readonly Token[], folded: readonly string[], i: number): boolean {
  if (i === 0) return false;
  return tokens[i - 1]!.cyrillic || russianLatinCues.has(folded[i - 1]!);
}

/**
 * `operator nafosat pomogla`, `оператор zarema очень помогла`: after a service role the next word must read as Russian
 * too (Cyrillic, or Latin the Russian lexicon knows), since Uzbek adjectives follow a role bare (`оператор
 * xushmuomala`).
 */
export function russianWordAfter(tokens: readonly Token[], folded: readonly string[], i: number, turkic: boolean, resources: NameResources): boolean {
  let k = i + 1;
  let next = tokens[k];
  if (next === undefined) return false;
  if (next.cyrillic) return !turkic;
  // Two-letter Latin words read as too many Russian ones (`uz`, `ok`): the word after one decides (`ne otvechaet`).
  if (next.end - next.start < 3) next = tokens[++k];
  return next !== undefined && !next.cyrillic && next.end - next.start >= 3 && russianInLatin(folded[k]!, resources);
}

/**
 * After such a cue, a lower-case Latin word is the name when no lexicon explains it: not English (the common-word
 * list), not Russian written in Latin letters (the hunspell lexicon through transliteration, with the soft sign chat
 * drops: `kurer`, `ochen`), and no Uzbek inflection (the caller's `inflected`).
 */
export function latinNameAfterRussianCue(word: string, evidence: WordEvidence, resources: NameResources, inflected: boolean): boolean {
  return !inflected && unlistedEnglishName(word, evidence, resources) && !russianTypedInLatin(word, evidence, resources);
}

// Answers per word (chat repeats its words; each answer costs up to a dozen lexicon lookups), cleared when full, and
// begun afresh when other resources ask (the answer reads their lexicons).
const answerLimit = 4096;
let russianAnswers = new WordAnswers(answerLimit);
let answersFor: NameResources | undefined;

/** The Russian lexicon knows this lower-case Latin word read as transliterated Russian (`zakaz`, `kurer`, `eto`). */
export function russianInLatin(word: string, resources: NameResources): boolean {
  if (answersFor !== resources) {
    russianAnswers = new WordAnswers(answerLimit);
    answersFor = resources;
  }
  return russianAnswers.get(word) ?? russianAnswers.remember(word, readsAsRussian(word, resources));
}

/**
 * This lower-case Latin word, transliterated, is a word of the Russian lexicon as it stands (`upakovka` = упаковка): no
 * typo or soft-sign reading, which surnames meet (`aliyev`).
 */
export function russianWordInLatin(word: string, resources: NameResources): boolean {
  const cyrillic = russianFromLatin(word);
  return cyrillic !== undefined && resources.commonWords.has(cyrillic);
}

/**
 * The one answer to "is this Latin word Russian typed in Latin letters, not a surname?". When a surname or patronymic
 * ending reads the word, only through a case ending, and only when the exact transliteration is a Russian word
 * (`upakovka` is not Upakov + -ka); a word that is a surname as it stands stays one, however Russian its stem
 * (`sultanov`, `laptev`: genitive plurals too). When no surname ending reads it, a typo-tolerant reading
 * (`spasiba`, `dostavka`, `magazin`).
 */
export function russianTypedInLatin(word: string, evidence: WordEvidence, resources: NameResources): boolean {
  if (evidence.morph !== Morph.None) return evidence.base !== word && russianWordInLatin(word, resources);
  return russianInLatin(word, resources);
}

function readsAsRussian(word: string, resources: NameResources): boolean {
  const cyrillic = russianFromLatin(word);
  if (cyrillic === undefined) return false;
  const known = (candidate: string): boolean => resources.commonWords.hasCandidate(candidate) || isRussianChatSlang(candidate) || typoOfCommonWord(candidate, resources.commonWords);
  if (known(cyrillic)) return true;
  // `eto`, `etot`: a first e is often э.
  if (cyrillic.charCodeAt(0) === 0x435 && known('э' + cyrillic.slice(1))) return true;
  // Chat drops the soft sign (`kurer` = курьер, `ochen` = очень): try it after each consonant but the first.
  for (let k = 2; k <= cyrillic.length; k++) {
    if (!softenable.has(cyrillic[k - 1]!)) continue;
    if (known(cyrillic.slice(0, k) + 'ь' + cyrillic.slice(k))) return true;
  }
  return false;
}

const softenable = new Set(['л', 'н', 'т', 'р', 'с', 'д', 'з', 'м', 'в', 'п', 'б', 'ч', 'ш']);
