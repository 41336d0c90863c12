// Loads every name list, cue list and stoplist from patterns/ once, into lexicons and sets.

import { readdirSync } from 'node:fs';
import { patternsDir, readPatternList, readPatternWords } from '../../patterns.js';
import { foldWord } from '../../text/normalize.js';
import { skeleton, uzbekCyrillicToLatin, uzbekLatinToCyrillic } from '../../text/translit.js';
import type { WordEvidence } from './analyze.js';
import { loadChatCueWords, type ChatCueWords } from './chat-cue-words.js';
import { RussianCommonWords } from './common-words.js';
import { loadEnglishSocialWords, type EnglishSocialWords } from './en-social-words.js';
import { inflectingStems, Lexicon, WordFlag } from './lexicon.js';
import { loadPlainLetters, type PlainLetters } from './plain-letters.js';

export interface NameResources {
  /** Central Asian and Russian names, keyed by script-neutral skeletons. */
  readonly names: Lexicon;
  /** English and other Latin-script names (and the English common words that make some of them ambiguous). */
  readonly latinNames: Lexicon;
  /** Places, brands, months, greetings, titles, holidays, common words (skeleton keys, inflection-aware). */
  readonly stops: Lexicon;
  /** Latin-list given names (folded) that only a Cyrillic Kazakh or Russian everyday word stops (`адам` → Adam): analyze.ts, scan.ts. */
  readonly cyrillicLookalikeNames: ReadonlySet<string>;
  /** Phrases (folded words) after which a name follows, by their last word; strong ones allow lower-case names. */
  readonly cuesBefore: ReadonlyMap<string, readonly CuePhrase[]>;
  /** Words written right after a name (aka, мырза). */
  readonly cuesAfter: ReadonlySet<string>;
  /** The honorifics among cuesAfter (aka, opa, мырза): after-words that only ever follow a person's name. */
  readonly honorifics: ReadonlySet<string>;
  /** Requests to call or write (позвоните, хабарлассын, call) after the person asked. */
  readonly callVerbs: ReadonlySet<string>;
  /** cuesAfter grouped by first UTF-16 code, to find an honorific with an ending (`атаның`) by prefix. */
  readonly cuesAfterByInitial: ReadonlyMap<number, readonly string[]>;
  /** Reporting verbs right after a name (заявил, said, айтты). */
  readonly verbs: ReadonlySet<string>;
  /** Reporting verbs that may also come right before a name (сказал Хоровитц). */
  readonly verbsBefore: ReadonlySet<string>;
  /** Role words before a name (оператор, министр). */
  readonly roles: ReadonlySet<string>;
  /** Role words and job titles (оператор, mijoz, customer): the labels of a dialogue's lines. */
  readonly speakerLabels: ReadonlySet<string>;
  /** Service roles in chats (оператор, kuryer): the capitalised word after one is a name even when unlisted. */
  readonly serviceRoles: ReadonlySet<string>;
  /** Titles of heads of state and government (президент, premier): likewise before an unlisted capitalised name. */
  readonly headTitles: ReadonlySet<string>;
  /** Street/district words before or after a capitalised word that make it a place. */
  /** The places of stoplists/places.txt as written (folded, no case forms): place-case-forms.ts reads case forms off them. */
  readonly placeWords: ReadonlySet<string>;
  readonly streetWords: ReadonlySet<string>;
  /** Words that end an organisation name (Ltd, Orchestra, Research) or open one before `of` (University). */
  readonly orgWords: ReadonlySet<string>;
  /** Beginnings of such words in agglutinative forms (`облысынан`, `атындағы`): checked on the word after. */
  readonly streetStems: readonly string[];
  /** streetStems grouped by their first UTF-16 code. */
  readonly streetStemsByInitial: ReadonlyMap<number, readonly string[]>;
  /** Skeleton endings and beginnings that form Central Asian given names (-bek, -jon, Abdu-). */
  readonly nameEndings: readonly string[];
  readonly nameBeginnings: readonly string[];
  /** Everyday Kazakh/Kyrgyz/Uzbek words that switch on the Turkic case endings for a text. */
  readonly turkicMarkers: ReadonlySet<string>;
  readonly turkicMarkerShapes: WordShapes;
  /** Every cue word with its CueWord flags. */
  readonly cueWords: ReadonlyMap<string, number>;
  /** Cheap pre-check before the cueWords lookup: (first letter, length) pairs that some cue word has. */
  readonly cueShapes: WordShapes;
  /** Per-process caches of word analyses, for texts without and with Turkic endings (bounded; see analyze.ts). */
  readonly wordCache: Map<string, WordEvidence>;
  readonly turkicWordCache: Map<string, WordEvidence>;
  /** Every inflected form of everyday Russian words (hunspell ru_RU), asked only about unknown capitalised words. */
  readonly commonWords: RussianCommonWords;
  /** The words of the curated everyday-word lists (stoplists/common-*.txt, everyday-turkic.txt), folded, as written: title-case.ts. */
  readonly everydayWords: ReadonlySet<string>;
  /** Chat cue words around a name (`ok X cheers`, `its X here`, `X pls call`): english.ts. */
  readonly chatWords: ChatCueWords;
  /** Every Latin-script name as listed (folded): tells a listed name from a bare inflecting stem (social.ts). */
  readonly latinBaseNames: ReadonlySet<string>;
  /** English word classes around a Latin-script run (articles, place openers, thing nouns): social.ts. */
  readonly englishSocial: EnglishSocialWords;
  /** Kazakh/Uzbek words typed with Russian letters, and their letters back (plain-letters.ts). */
  readonly plainLetters: PlainLetters;
}

/** What a word can cue (bit flags), so the scan needs one lookup per word. */
export const CueWord = { PhraseEnd: 1, Role: 2, Verb: 4, VerbBefore: 8, After: 16, QuestionEnd: 32, CallVerb: 64 } as const;

/**
 * (first UTF-16 code, length) pairs and last codes of a word set: integer tests that rule out most words before a
 * string hash (on the fresh per-text slices, hashing is the expensive part of a Set lookup). Codes above the
 * Cyrillic block share one slot, so the filter never rejects a word of the set.
 */
export class WordShapes {
  readonly #seen = new Uint8Array(0x531 * 32);
  readonly #lastSeen = new Uint8Array(0x531);
  constructor(words: Iterable<string>) {
    for (const word of words) {
      if (word.length === 0) continue;
      this.#seen[WordShapes.#slot(word)] = 1;
      this.#lastSeen[Math.min(word.charCodeAt(word.length - 1), 0x530)] = 1;
    }
  }
  static #slot(word: string): number {
    return Math.min(word.charCodeAt(0), 0x530) * 32 + Math.min(word.length, 31);
  }
  mayContain(word: string): boolean {
    return this.#seen[WordShapes.#slot(word)] === 1 && this.#lastSeen[Math.min(word.charCodeAt(word.length - 1), 0x530)] === 1;
  }
}

export interface CuePhrase {
  /** Folded words, in order; the last one is the map key. */
  readonly words: readonly string[];
  readonly strong: boolean;
  /** A self-introduction: even an everyday-word or lower-case name after it counts. */
  readonly intro: boolean;
  /** A question asking for a name (`what's your name?`): cues the word after the question mark, and only that. */
  readonly question: boolean;
  /** A weak self-introduction that cues a lower-case word strongly when it opens the message (chat-openings.ts). */
  readonly opening: boolean;
}

const latinNameFiles = ['names/en/faker-first.txt', 'names/en/compromise-first.txt', 'names/intl/faker-first.txt', 'names/en/faker-last.txt', 'names/en/compromise-last.txt', 'names/intl/faker-last.txt'];

// Uzbek case endings on a place: dative, locative, ablative, genitive, accusative, limitative, and -lik (`toshkentlik`).
// Case endings, `-lik` ("from X"), and both with the first-person copula (`Toshkentdanman` "I am from Tashkent",
// `Samarqandlikman`, `Buxorodaman` "I am in Bukhara").
const uzbekPlaceEndings = ['ga', 'da', 'dan', 'ning', 'ni', 'gacha', 'lik', 'liklar', 'dagi', 'danman', 'danmiz', 'likman', 'likmiz', 'daman', 'damiz'];

// Uzbek is typed in both scripts: a Latin everyday word serves Cyrillic text too (`bera` → `бера`), and an Uzbek
// Cyrillic one Latin text. Kazakh and Kyrgyz words (their own letters) and Russian ones stay as they are.
const latinLetter = /^[a-z'‘’ʻʼ`-]+$/u;
const uzbekCyrillic = /[ўқғҳ]/u;
function inBothUzbekScripts(word: string): string[] {
  const folded = foldWord(word);
  if (latinLetter.test(folded)) return [folded, uzbekLatinToCyrillic(folded)];
  if (uzbekCyrillic.test(folded) && !/[әөүұіңһ]/u.test(folded)) return [folded, uzbekCyrillicToLatin(folded)];
  return [folded];
}

function foldedSet(entries: Iterable<string>): Set<string> {
  const set = new Set<string>();
  for (const entry of entries) set.add(foldWord(entry));
  return set;
}

function groupByInitial(entries: readonly string[]): Map<number, string[]> {
  const groups = new Map<number, string[]>();
  for (const entry of entries) {
    const group = groups.get(entry.charCodeAt(0)) ?? [];
    group.push(entry);
    groups.set(entry.charCodeAt(0), group);
  }
  return groups;
}

const koreanWords = new Set(['пак', 'шин', 'тян', 'ким']);

// Stop lists whose Cyrillic words may spell an English given name in Latin letters (cyrillicLookalikeNames).
const lookalikeFiles = ['stoplists/common-kk.txt', 'stoplists/common-ru.txt', 'stoplists/months.txt'];

export function loadNameResources(): NameResources {
  const names = new Lexicon(true);
  for (const file of ['names/ru/first.txt', 'names/ru/faker-first.txt', 'names/uz/first.txt', 'names/uz/faker-first.txt', 'names/kk/first.txt', 'names/ky/first.txt', 'names/tg/first.txt']) {
    for (const word of readPatternWords(file)) names.add(foldWord(word), WordFlag.First);
  }
  for (const file of ['names/ru/faker-last.txt', 'names/uz/faker-last.txt']) {
    for (const word of readPatternWords(file)) names.add(foldWord(word), WordFlag.Surname);
  }
  // Korean surnames of the Koryo-saram (`Пак Вероника`, `Цой Виктора`, `Югая Нурлана`). Base forms only (the case
  // forms of Цой in the file are for lower-case chat); those that are also Russian words (пак, шин, тян) or already a
  // given name (ким) are ambiguous: a given name beside them decides.
  for (const word of readPatternWords('names/ru/korean-surnames.txt')) {
    if (/(?:я|ю|ем|его|ого)$/u.test(word)) continue;
    names.add(foldWord(word), koreanWords.has(word) ? WordFlag.Surname | WordFlag.Ambiguous : WordFlag.Surname);
  }

  const latinNames = new Lexicon(false);
  for (const file of ['names/en/faker-first.txt', 'names/en/compromise-first.txt', 'names/intl/faker-first.txt']) {
    for (const word of readPatternWords(file)) latinNames.add(foldWord(word), WordFlag.First);
  }
  for (const file of ['names/en/faker-last.txt', 'names/en/compromise-last.txt', 'names/intl/faker-last.txt']) {
    for (const word of readPatternWords(file)) latinNames.add(foldWord(word), WordFlag.Surname);
  }
  for (const word of readPatternWords('names/en/surnames-words.txt')) latinNames.add(foldWord(word), WordFlag.Surname | WordFlag.Ambiguous);
  const latinBaseNames = new Set<string>();
  for (const file of [...latinNameFiles, 'names/en/surnames-words.txt', 'names/ambiguous.txt', 'names/uz/first.txt', 'names/uz/faker-first.txt', 'names/uz/faker-last.txt']) {
    for (const word of readPatternWords(file)) if (/^[a-z]/iu.test(word)) latinBaseNames.add(foldWord(word));
  }
  for (const word of readPatternWords('names/ambiguous.txt')) {
    const folded = foldWord(word);
    names.add(folded, WordFlag.First | WordFlag.Ambiguous);
    if (/^[a-z]/u.test(folded)) latinNames.add(folded, WordFlag.First | WordFlag.Ambiguous);
  }
  // An English everyday word that is also a listed name becomes ambiguous; one that is not is never a name alone.
  for (const word of readPatternWords('stoplists/derived/common-en.txt')) {
    const folded = foldWord(word);
    const entry = latinNames.getStem(folded);
    if (entry) entry.flags |= WordFlag.Ambiguous;
    else latinNames.add(folded, WordFlag.NotName);
  }

  // Names that are above all English words (names/en-words-on-lists.txt): ambiguous, never added as names.
  for (const word of readPatternWords('names/en-words-on-lists.txt')) {
    const entry = latinNames.getStem(foldWord(word));
    if (entry) entry.flags |= WordFlag.Ambiguous;
  }

  const stops = new Lexicon(true);
  // The skeleton keys every stop word gives (with its declension stems) but the Cyrillic words of lookalikeFiles:
  // cyrillicLookalikeNames below.
  const otherStopKeys = new Set<string>();
  let lookalikeFile = false;
  // Latin brands and places are not declined (`Baraka` must not make `Barak` a stop word).
  const addStop = (word: string, flags: number): void => {
    const folded = foldWord(word);
    const cyrillic = /[\u0400-\u052f]/u.test(folded);
    stops.add(folded, flags, cyrillic);
    if (!(lookalikeFile && cyrillic)) for (const stem of cyrillic ? inflectingStems(folded) : [folded]) otherStopKeys.add(skeleton(stem));
  };
  for (const word of readPatternWords('stoplists/places.txt')) {
    addStop(word, WordFlag.Place);
    // Latin stops are not declined (see addStop), but Uzbek Latin writes places with case endings (`Denovga`,
    // `Nurafshondan`): list those forms of the listed places, not of brands.
    if (/^[a-z]/iu.test(word)) for (const ending of uzbekPlaceEndings) addStop(word + ending, WordFlag.Place);
  }
  // compromise lists some cities that are first names too (Vladimir): the name wins for those.
  for (const line of readPatternList('stoplists/derived/places-en.txt')) {
    if (!names.getStem(foldWord(line))) addStop(line, WordFlag.Place);
  }
  for (const file of ['stoplists/brands.txt', 'stoplists/months.txt', 'stoplists/greetings.txt', 'stoplists/job-titles.txt', 'stoplists/holidays.txt', 'stoplists/common-ru.txt', 'stoplists/common-kk.txt', 'stoplists/common-uz.txt', 'stoplists/common-en-curated.txt', 'stoplists/common-en-social.txt']) {
    lookalikeFile = lookalikeFiles.includes(file);
    for (const word of readPatternWords(file)) addStop(word, WordFlag.NotName);
    lookalikeFile = false;
  }
  // Tajik and Turkmen words as written: short Tajik stems declined the Russian way would swallow names (`дар` → Дарьи).
  for (const word of readPatternWords('stoplists/common-tg.txt')) stops.add(foldWord(word), WordFlag.NotName, false);

  // `адам`, `және`, `әлі`, `мира`, `марта` transliterate to the English given names Adam, Jane, Ali, Mira, Marta: in
  // Latin text without a Turkic marker these stop no English given name (analyze.ts), unless the text reads no English
  // (scan.ts). Spellings that a Latin-written stop word or another list also gives (Uzbek Latin `kim`) stay stop words;
  // Russian ones need four letters (`ты`, `лён` are chat words typed in Latin letters).
  const cyrillicLookalikeNames = new Set<string>();
  for (const file of lookalikeFiles) {
    for (const word of readPatternWords(file)) {
      const key = skeleton(foldWord(word));
      if (key.length < (file === 'stoplists/common-kk.txt' ? 3 : 4) || otherStopKeys.has(key) || !/[\u0400-\u052f]/u.test(word)) continue;
      const latin = latinNames.getStem(key);
      if (latin !== undefined && latin.flags & WordFlag.First && !(latin.flags & (WordFlag.NotName | WordFlag.Ambiguous))) cyrillicLookalikeNames.add(key);
    }
  }

  const serviceRoles = foldedSet([...readPatternWords('cues/name-service-roles.txt'), ...readPatternWords('cues/name-turkic-roles.txt')]);
  const headTitles = foldedSet(readPatternWords('cues/name-head-titles.txt'));
  const roles = foldedSet([...readPatternWords('cues/name-roles.txt'), ...serviceRoles, ...headTitles]);
  const speakerLabels = new Set([...roles, ...foldedSet(readPatternWords('stoplists/job-titles.txt'))]);
  for (const role of roles) addStop(role, WordFlag.NotName);

  const cuesBefore = new Map<string, CuePhrase[]>();
  const cueFiles = [
    ['cues/name-intro.txt', true, true, false, false],
    ['cues/name-question.txt', true, true, true, false],
    ['cues/name-before.txt', true, false, false, false],
    ['cues/name-before-weak.txt', false, false, false, false],
    ['cues/name-english-credits.txt', false, false, false, false],
    ['cues/name-opening-intros.txt', false, false, false, true],
  ] as const;
  for (const [file, strong, intro, question, opening] of cueFiles) {
    for (const line of readPatternList(file)) {
      const phrase = line.split(/\s+/u).map(foldWord);
      const last = phrase[phrase.length - 1]!;
      const list = cuesBefore.get(last) ?? [];
      list.push({ words: phrase, strong, intro, question, opening });
      cuesBefore.set(last, list);
      if (phrase.length === 1) addStop(last, WordFlag.NotName);
    }
  }

  const honorifics = foldedSet(readPatternWords('cues/name-honorifics.txt'));
  const callVerbs = foldedSet(readPatternWords('cues/name-call-verbs.txt'));
  const cuesAfter = new Set([...honorifics, ...foldedSet(readPatternWords('cues/name-after.txt'))]);
  const verbs = foldedSet(readPatternWords('cues/name-verbs.txt').map((word) => word.replace(/^~/u, '')));
  const verbsBefore = foldedSet(readPatternWords('cues/name-verbs.txt').filter((word) => word.startsWith('~')).map((word) => word.slice(1)));
  const cueWords = new Map<string, number>();
  const mark = (entries: Iterable<string>, flag: number): void => {
    for (const entry of entries) cueWords.set(entry, (cueWords.get(entry) ?? 0) | flag);
  };
  mark(cuesBefore.keys(), CueWord.PhraseEnd);
  // Words ending a question that asks for a name: only these look for the answer on the next speaker's line.
  mark([...cuesBefore].filter(([, phrases]) => phrases.some((phrase) => phrase.question)).map(([word]) => word), CueWord.QuestionEnd);
  mark(roles, CueWord.Role);
  mark(verbs, CueWord.Verb);
  mark(verbsBefore, CueWord.VerbBefore);
  mark(cuesAfter, CueWord.After);
  mark(callVerbs, CueWord.CallVerb);

  const turkicMarkers = foldedSet(readPatternWords('cues/turkic-markers.txt'));
  const commonWords = RussianCommonWords.load();
  names.markEverydayShortStemForms((folded) => commonWords.has(folded));
  const streetStems = readPatternWords('stoplists/street-words.txt').filter((word) => word.startsWith('~')).map((word) => foldWord(word.slice(1)));
  return {
    cueShapes: new WordShapes(cueWords.keys()),
    turkicMarkerShapes: new WordShapes(turkicMarkers),
    names,
    latinNames,
    stops,
    cyrillicLookalikeNames,
    cuesBefore,
    cuesAfter,
    honorifics,
    callVerbs,
    cuesAfterByInitial: groupByInitial([...cuesAfter]),
    verbs,
    verbsBefore,
    roles,
    speakerLabels,
    serviceRoles,
    headTitles,
    cueWords,
    placeWords: foldedSet(readPatternWords('stoplists/places.txt')),
    streetWords: foldedSet(readPatternWords('stoplists/street-words.txt').filter((word) => !word.startsWith('~'))),
    orgWords: foldedSet(readPatternWords('stoplists/org-words.txt')),
    streetStems,
    streetStemsByInitial: groupByInitial(streetStems),
    nameEndings: readPatternWords('names/morphemes.txt').map((entry) => skeleton(foldWord(entry))),
    nameBeginnings: readPatternWords('names/prefixes.txt').map((entry) => skeleton(foldWord(entry))),
    turkicMarkers,
    wordCache: new Map(),
    turkicWordCache: new Map(),
    commonWords,
    everydayWords: foldedSet([...['ru', 'ru-chat', 'kk', 'uz', 'tg'].map((list) => `stoplists/common-${list}.txt`), 'stoplists/everyday-turkic.txt'].flatMap((file) => readPatternWords(file)).flatMap(inBothUzbekScripts)),
    chatWords: loadChatCueWords(),
    latinBaseNames,
    englishSocial: loadEnglishSocialWords(),
    plainLetters: loadPlainLetters(readdirSync(`${patternsDir}cues`), names, (folded) => commonWords.has(folded)),
  };
}
