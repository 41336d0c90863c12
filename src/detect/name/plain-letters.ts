// Kazakh, Kyrgyz, Uzbek Cyrillic and Tajik typed on a Russian keyboard ("plain letters": қ→к, ғ→г, ң→н, ә→а, ө→о,
// ұ ү ў ӯ→у, һ ҳ→х, і ӣ→и, ҷ→ч): `Кужатка Ахметова Г. кол койды`, `Гулнора Каримова кизи`. Such a text loses the
// letters that tell it from Russian, and the lists, which spell these words with their own letters, miss them: Russian
// rules then read `Кызметкер` or `Дукендеги` as names. A text with no letter of its own but with everyday Turkic words
// in plain letters is read a second time with the words our lists know given their letters back, one for one (same
// length, so spans carry over): the lists, the markers and the Turkic rules then read it as they read it written out.

import { readPatternList } from '../../patterns.js';
import { foldWord } from '../../text/normalize.js';
import { uzbekLatinToCyrillic } from '../../text/translit.js';
import type { Token } from '../../text/tokenize.js';
import type { Lexicon } from './lexicon.js';

const turkicLetters = 'әғқңөұүһіўҳҷӣӯ';
const russianLetters = 'агкноуухиухчиу';
const plainOf = new Map([...turkicLetters].map((letter, at) => [letter.charCodeAt(0), russianLetters.charCodeAt(at)]));

/** Whether `folded` has none of the Kazakh, Kyrgyz, Uzbek or Tajik letters a Russian keyboard lacks. */
export function typedPlain(folded: string): boolean {
  return !hasTurkicLetter.test(folded);
}

/** `word` (folded) with every Turkic letter typed as the Russian one; the same length. */
export function plainFold(folded: string): string {
  let out = '';
  for (let i = 0; i < folded.length; i++) {
    const code = folded.charCodeAt(i);
    out += String.fromCharCode(plainOf.get(code) ?? code);
  }
  return out;
}

// Lists whose words with Turkic letters are given back (everyday words, cue words, names). Words of several letters
// only: a two-letter plain form is too often another word.
const sourceFiles = [
  'cues/turkic-markers.txt',
  'stoplists/common-kk.txt',
  'stoplists/common-uz.txt',
  'stoplists/common-tg.txt',
  'stoplists/everyday-turkic.txt',
  'stoplists/greetings.txt',
  'stoplists/months.txt',
  'stoplists/holidays.txt',
  'stoplists/job-titles.txt',
  'stoplists/street-words.txt',
  'stoplists/places.txt',
  'names/kk/first.txt',
  'names/ky/first.txt',
  'names/tg/first.txt',
  'names/ambiguous.txt',
];

export interface PlainLetters {
  /** Plain folded word → the folded word our lists spell with Turkic letters (one answer only). */
  readonly restore: ReadonlyMap<string, string>;
  /**
   * The same for a lower-case word, where a plain form that is also a listed name still gives the everyday word back
   * (`али` → `әлі` "still"): names typed in lower case are far rarer than these words.
   */
  readonly restoreLower: ReadonlyMap<string, string>;
  /** Plain forms of everyday Turkic words that are no Russian word and no name: a text with one reads Turkic. */
  readonly markers: ReadonlySet<string>;
  /** Plain forms of everyday Kazakh words Kyrgyz may write the same way (`калды`): a text with one reads Turkic. */
  readonly looseMarkers: ReadonlySet<string>;
  /** Words and names our lists hold as typed (no Turkic letter), Russian ones included: no letters guessed for them. */
  readonly listed: ReadonlySet<string>;
}

// `кызы` is Kyrgyz as it stands (words.ts reads it); Kyrgyz writes neither of these plain.
const patronymicWords = ['ўғли', 'қизи'];
// Kyrgyz patronymic words as written: never a sign of Kazakh typed plain (PlainLetters.looseMarkers).
const kyrgyzPatronymics: ReadonlySet<string> = new Set(['кызы', 'уулу']);

// A marker's own spelling has a letter Kyrgyz never writes plain the same way: Kazakh `қалды` typed plain is Kyrgyz
// `калды` as written, and Kyrgyz has no ә і ұ ў ҳ (`бәрі` → `бари`, Kyrgyz `баары`).
const notKyrgyz = /[әіұһўҳҷӣӯ]/u;
const kazakhConsonant = /[қғ]/u;

const wordPattern = /[\u0400-\u04ff]+/gu;
const hasTurkicLetter = /[әғқңөұүһіўҳҷӣӯ]/u;
const uzbekLatinFiles = ['names/uz/first.txt', 'names/uz/faker-first.txt', 'names/uz/faker-last.txt'];
// Russian lists: a plain form one of them holds is a Russian word or name as typed.
const russianFiles = ['stoplists/common-ru.txt', 'stoplists/common-ru-chat.txt', 'names/ru/first.txt', 'names/ru/faker-first.txt', 'names/ru/faker-last.txt'];

/** `cueFiles`: the file names under patterns/cues/; `isRussianWord`: an everyday Russian word form (hunspell). */
export function loadPlainLetters(cueFiles: readonly string[], names: Lexicon, isRussianWord: (folded: string) => boolean): PlainLetters {
  const answers = new Map<string, Set<string>>();
  const everyday = new Set<string>();
  const listed = new Set<string>();
  const listedNames = new Set<string>();
  // The files each plain form is listed in as typed, and each plain form of a Turkic-letter word comes from.
  const typedIn = new Map<string, Set<string>>();
  const spelledIn = new Map<string, Set<string>>();
  const note = (map: Map<string, Set<string>>, word: string, file: string): void => {
    const files = map.get(word) ?? new Set<string>();
    files.add(file);
    map.set(word, files);
  };
  const listedRussian = new Set<string>();
  for (const file of [...sourceFiles, ...uzbekLatinFiles, ...cueFiles.filter((name) => name.startsWith('name-')).map((name) => `cues/${name}`), ...russianFiles]) {
    const isName = file.startsWith('names/');
    const russian = russianFiles.includes(file);
    // Uzbek names are listed in Latin letters: their Cyrillic spelling has the letters (`Gulbahor` → `Гулбаҳор`).
    const latin = uzbekLatinFiles.includes(file);
    for (const line of readPatternList(file)) {
      for (const match of (latin ? uzbekLatinToCyrillic(foldWord(line)) : line).matchAll(wordPattern)) {
        const folded = foldWord(match[0]);
        if (!hasTurkicLetter.test(folded)) {
          (isName ? listedNames : listed).add(folded);
          if (russian && !isName) listedRussian.add(folded);
          note(typedIn, folded, file);
          continue;
        }
        if (folded.length < 3) continue;
        const plain = plainFold(folded);
        const set = answers.get(plain) ?? new Set<string>();
        set.add(folded);
        answers.set(plain, set);
        note(spelledIn, plain, file);
        if (!isName) everyday.add(plain);
      }
    }
  }
  // The patronymic words (words.ts patronymicWords) live in code, not in a list.
  for (const word of patronymicWords) {
    const set = answers.get(plainFold(word)) ?? new Set<string>();
    set.add(word);
    answers.set(plainFold(word), set);
    everyday.add(plainFold(word));
  }
  const restore = new Map<string, string>();
  const restoreLower = new Map<string, string>();
  const markers = new Set<string>();
  const looseMarkers = new Set<string>();
  for (const [plain, spellings] of answers) {
    // Two spellings (`дўкон`/`дүкөн`), or a plain form some list holds as typed: the letters stay as typed. In lower
    // case a Russian word stays, but an everyday Kazakh word wins over a name, or over the same word in another
    // language of the same list (`али`, Kyrgyz for `әлі`; not Kyrgyz `кол` "hand" for `көл` "lake").
    if (spellings.size !== 1 || listedRussian.has(plain)) continue;
    const spelling = [...spellings][0]!;
    const sameList = [...(typedIn.get(plain) ?? [])].every((file) => file.startsWith('names/') || spelledIn.get(plain)!.has(file));
    // A long everyday word listed both ways is one word typed two ways (`салеметсиз`, `сәлеметсіз`): the letters back.
    const sameWord = everyday.has(plain) && !listedNames.has(plain) && plain.length >= 6;
    if (!(listed.has(plain) || listedNames.has(plain)) || (everyday.has(plain) && sameList) || sameWord) restoreLower.set(plain, spelling);
    if ((listed.has(plain) || listedNames.has(plain)) && !sameWord) continue;
    restore.set(plain, spelling);
    if (everyday.has(plain) && !listed.has(plain) && plain.length >= 4 && !isRussianWord(plain) && names.getStem(plain) === undefined) {
      if (notKyrgyz.test(spelling) || patronymicWords.includes(spelling)) markers.add(plain);
      else if (!kyrgyzPatronymics.has(plain)) looseMarkers.add(plain);
    }
  }
  return { restore, restoreLower, markers, looseMarkers, listed: new Set([...listed, ...listedNames]) };
}

/** How far restorePlainLetters() gives letters back. */
export const PlainReading = {
  /**
   * A word Kyrgyz never types plain is in the text (PlainLetters.markers): listed words and stems with endings, and
   * lower-case words' letters guessed.
   */
  Guess: 0,
  /**
   * Everyday Kazakh words typed plain that Kyrgyz may write so too (PlainLetters.looseMarkers), and no Kyrgyz or
   * Uzbek marker as written: the whole listed words only (`Кеше Акбота келди` → `Ақбота келді`).
   */
  Listed: 1,
  /** A Turkic marker as written, which may be Kyrgyz: only letters Kyrgyz would not type as к г. */
  NotKyrgyz: 2,
} as const;
export type PlainReading = (typeof PlainReading)[keyof typeof PlainReading];

/**
 * `text` with the Turkic letters of the words `plain` knows given back (capitals kept), or undefined when no word
 * changed. Same length as `text`.
 */
export function restorePlainLetters(text: string, tokens: readonly Token[], folded: readonly string[], plain: PlainLetters, reading: PlainReading): string | undefined {
  let out = '';
  let copied = 0;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    const word = folded[i]!;
    if (word.length !== token.end - token.start) continue;
    const restored = restoredWord(word, text.charCodeAt(token.start) === word.charCodeAt(0), plain, reading);
    if (restored === undefined) continue;
    out += text.slice(copied, token.start);
    for (let k = 0; k < restored.length; k++) {
      const written = text[token.start + k]!;
      const letter = restored[k]!;
      out += written === word[k] ? letter : letter.toUpperCase();
    }
    copied = token.end;
  }
  if (copied === 0) return undefined;
  return out + text.slice(copied);
}

/**
 * A capitalised word as our lists spell it with Turkic letters, the whole word or a listed stem with up to five
 * letters of ending (`Казакстаннын` → `қазақстанның`); undefined when no list knows it.
 */
export function restoredListedWord(word: string, plain: PlainLetters): string | undefined {
  return restoredWord(word, false, plain, PlainReading.Guess);
}

// Endings a listed stem may carry (`құжатқа`, `қизига`, `мерекесінде`): up to five letters after four or more.
const maxEnding = 5;
const minStem = 4;

function restoredWord(word: string, lowerCase: boolean, plain: PlainLetters, reading: PlainReading): string | undefined {
  const restore = lowerCase ? plain.restoreLower : plain.restore;
  const exact = restore.get(word);
  if (reading === PlainReading.Listed) return exact;
  // Without a word Kyrgyz never types plain, the text may be Kyrgyz as written: only letters Kyrgyz would not type
  // as к г are given back (`номуруңуз`, `бәрі`), not those of `бақыт`, `қызы`, `аға`, which Kyrgyz spells plain.
  if (reading === PlainReading.NotKyrgyz) return exact !== undefined && (notKyrgyz.test(exact) || !kazakhConsonant.test(exact)) ? exact : undefined;
  if (exact !== undefined) return exact;
  if (plain.listed.has(word) || word.length < minStem) return undefined;
  for (let stem = word.length - 1; stem >= Math.max(minStem, word.length - maxEnding); stem--) {
    const restored = restore.get(word.slice(0, stem));
    if (restored !== undefined) return lowerCase ? withPatronymic(restored + harmonised(word.slice(stem), restored)) : restored + harmonised(word.slice(stem), restored);
  }
  if (!lowerCase) return undefined;
  const guessed = withPatronymic(harmonisedWord(word) ?? word);
  return guessed === word ? undefined : guessed;
}

const backVowel = /[аоуыұ]/u;
const frontVowel = /[еэиәөүію]/u;

/** A Kazakh ending after `stem`: к г after a back-vowel stem are қ ғ (not in Uzbek `-ига`, whose vowels are front). */
function harmonised(ending: string, stem: string): string {
  if (frontVowel.test(ending)) return ending;
  let last = '';
  for (const letter of stem) if (backVowel.test(letter) || frontVowel.test(letter)) last = letter;
  return backVowel.test(last) ? ending.replaceAll('к', 'қ').replaceAll('г', 'ғ') : ending;
}

/**
 * A word our lists do not know, in Kazakh letters: к г of a word whose vowels are all back ones are қ ғ (`кайта` →
 * `қайта`); и of a front word (е, no ы) is і; the polite "your" is -ңыз/-ңіз (`комектескенинизге` →
 * `комектескеніңізге`). ң and і change no name key (skeletons read them as n and i) but mark the word as no Russian one.
 */
function harmonisedWord(word: string): string | undefined {
  let out = word;
  if (!frontVowel.test(word)) {
    if (backVowel.test(word)) out = out.replaceAll('к', 'қ').replaceAll('г', 'ғ');
  } else if (word.includes('е') && word.includes('и') && !word.includes('ы')) out = out.replaceAll('и', 'і');
  out = out.replace(politeYour, '$1ң$2');
  return out === word ? undefined : out;
}

/**
 * A lower-case word with the Kazakh -ұлы/-қызы on a father's name ending in a consonant, with the genitive or up to
 * four letters of another case ending (`ержанкызы`, `толегенулынын` → `толегенұлының`); after a vowel -улы makes
 * adjectives (`атаулы`). Capitalised, the lists' suffix tables read the plain spelling as it is.
 */
function withPatronymic(word: string): string {
  return word.replace(kazakhPatronymic, (_all, suffix: string, ending: string) => (suffix === 'улы' ? 'ұлы' : suffix === 'кызы' ? 'қызы' : suffix) + (ending === 'нын' ? 'ның' : ending));
}
const kazakhPatronymic = /(?<=[а-яәғқңөұүі]{2}[бвгджзйклмнпрстфхцчшщңғқ])(улы|ұлы|кызы|қызы)([а-я]{0,4})$/u;

// The polite "your" after a vowel: -ныз, -низ, -ніз (Kazakh, Kyrgyz).
const politeYour = /([аеиоуыэәөүұі])н([ыиі]з)/gu;
