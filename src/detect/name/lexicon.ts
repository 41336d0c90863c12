// A word list keyed by stems: base forms go in once, inflected forms are found by stripping a listed ending.

import { foldWord } from '../../text/normalize.js';
import { keyFilterCell, prefixSkeletons, skeleton, uzbekCyrillicToLatin, uzbekLatinToCyrillic } from '../../text/translit.js';
import { endsWithListed, forEachSplit, type SuffixTable } from './suffixes.js';

/** What a list says about a word. Bit flags, so one key can carry several (a first name that is also a surname). */
export const WordFlag = {
  First: 1,
  Surname: 2,
  Patronymic: 4,
  /** Also an everyday word (`Вера`, `Will`, `Bahor`): needs more evidence than capitalisation. */
  Ambiguous: 8,
  Place: 16,
  /** Brand, month, weekday, greeting, job title, holiday, common word: never a name by itself. */
  NotName: 32,
} as const;

export interface LexiconEntry {
  flags: number;
  /** Base form, folded, in Cyrillic and in Latin (the one matching the text's script becomes `normalized`). */
  baseCyrillic: string;
  baseLatin: string;
}

export interface LexiconHit {
  entry: LexiconEntry;
  /** Length of the stem inside the folded word (the rest is a case ending). */
  stemLength: number;
}

const cyrillicLetter = /[\u0400-\u052f]/u;

export class Lexicon {
  readonly #entries = new Map<string, LexiconEntry>();
  // Case forms of names whose stem is too short to be a key (`аня` → `ан`): the whole folded form (`аней`) to its
  // hit. Read only for a word as it stands, never as a stem under another ending.
  readonly #shortStemForms = new Map<string, LexiconHit>();
  readonly #transliterate: boolean;

  /**
   * @param transliterate true: keys are script-neutral skeletons (Central Asian and Russian lists); false: keys are
   * the folded words as written (English and other Latin lists, which must not match Cyrillic words).
   */
  constructor(transliterate: boolean) {
    this.#transliterate = transliterate;
  }

  get size(): number {
    return this.#entries.size;
  }

  #key(folded: string): string {
    return this.#transliterate ? skeleton(folded) : folded;
  }

  /** Adds a folded base form; inflecting stems (`ольга` → `ольг`, `юрий` → `юри`) are added too. */
  add(folded: string, flags: number, inflect = true): void {
    const isCyrillic = cyrillicLetter.test(folded);
    const entry: LexiconEntry = {
      flags,
      baseCyrillic: isCyrillic ? folded : uzbekLatinToCyrillic(folded),
      baseLatin: isCyrillic ? uzbekCyrillicToLatin(folded) : folded,
    };
    const stems = inflect ? inflectingStems(folded) : [folded];
    stems.forEach((stem, index) => this.#put(this.#key(stem), entry, index === 0 ? 2 : 3));
    if (stems.length > 1 && this.#key(stems[1]!).length < 3) for (const form of shortStemCaseForms(folded)) this.#putShortStemForm(form, entry, folded.length - 1);
    // Uzbek Latin `yo` is Cyrillic `ё`, which folding turns into `е`: `Doniyor` must also meet `Дониёр` → `дониер`.
    if (this.#transliterate && !isCyrillic && folded.includes('yo')) {
      const cyrillicFolded = foldWord(entry.baseCyrillic);
      (inflect ? inflectingStems(cyrillicFolded) : [cyrillicFolded]).forEach((stem, index) => this.#put(this.#key(stem), entry, index === 0 ? 2 : 3));
    }
  }

  // Derived stems shorter than 3 letters (`мая` → `ма`) would match far too much.
  #put(key: string, entry: LexiconEntry, minLength: number): void {
    if (key.length < minLength) return;
    const existing = this.#entries.get(key);
    if (existing) existing.flags |= entry.flags;
    else {
      this.#entries.set(key, { ...entry });
      const index = keyFilterIndex(key);
      this.#filter[index >> 3] = this.#filter[index >> 3]! | (1 << (index & 7));
    }
  }

  #putShortStemForm(form: string, entry: LexiconEntry, stemLength: number): void {
    const listed = this.#entries.get(this.#key(form));
    // A listed word of that spelling is itself (`али` is Али, not Аля in the genitive).
    if (listed !== undefined || this.#shortStemForms.has(form)) return;
    this.#shortStemForms.set(form, { entry: { ...entry }, stemLength });
  }

  /** Marks the short-stem case forms that are everyday words (`але` "hello?", `раю`, `аду`) as ambiguous. */
  markEverydayShortStemForms(everyday: (folded: string) => boolean): void {
    for (const [form, hit] of this.#shortStemForms) if (everyday(form)) hit.entry.flags |= WordFlag.Ambiguous;
  }

  /** Exact key lookup of an already folded stem. */
  getStem(folded: string): LexiconEntry | undefined {
    // A word as it stands is usually an interned string whose hash V8 keeps: only a fresh skeleton goes through the
    // filter first.
    if (!this.#transliterate) return this.#entries.get(folded);
    const key = skeleton(folded);
    return this.#mayHold(key) ? this.#entries.get(key) : undefined;
  }

  // One bit per keyFilterIndex() of every key: a key whose bit is clear is not in the map. Most words looked up are
  // no key; the bit (a 128 KiB table) answers them without hashing the fresh key string and probing the large map.
  readonly #filter = new Uint8Array(keyFilterBits >> 3);
  #mayHold(key: string): boolean {
    return this.#mayHoldCell(keyFilterIndex(key));
  }
  #mayHoldCell(index: number): boolean {
    return (this.#filter[index >> 3]! & (1 << (index & 7))) !== 0;
  }

  /** Every key with its entry (for indexes built once the lists are loaded; the entries must not be changed). */
  forEachEntry(visit: (key: string, entry: LexiconEntry) => void): void {
    for (const [key, entry] of this.#entries) visit(key, entry);
  }

  /** Finds `folded` as a listed word, possibly with a case ending; the longest listed stem wins. */
  find(folded: string, suffixes: SuffixTable, minStem = 2): LexiconHit | undefined {
    if (folded.length <= shortStemFormLength && this.#shortStemForms.size !== 0 && caseFormLast(folded.charCodeAt(folded.length - 1))) {
      const form = this.#shortStemForms.get(folded);
      if (form !== undefined) return form;
    }
    // forEachSplit(folded, suffixes, minStem) as a loop (no closure per word): longest stem first.
    const longest = Math.min(suffixes.maxLength, folded.length - minStem);
    if (this.#transliterate) {
      // The skeleton of each stem from one pass over the word; a stem whose key's filter bit is clear is never built.
      // The splits and their filter cells are the same in every list: shared with the next list asked about the word.
      const splits = wordSplits(folded, suffixes, minStem);
      for (let s = 0; s < splits.count || splits.more(); s++) {
        if (!this.#mayHoldCell(splits.cells[s]!)) continue;
        const stemLength = splits.stemLengths[s]!;
        const entry = this.#entries.get(prefixSkeletons(folded).key(stemLength));
        if (entry !== undefined) return { entry, stemLength };
      }
      return undefined;
    }
    for (let length = 0; length <= longest; length++) {
      if (length === 0 ? !suffixes.endings.has('') : !endsWithListed(folded, suffixes, length)) continue;
      const stemLength = folded.length - length;
      const key = this.#key(length === 0 ? folded : folded.slice(0, stemLength));
      // The word as it stands (length 0) is usually interned with its hash kept: no filter for it.
      if (length !== 0 && !this.#mayHold(key)) continue;
      const entry = this.#entries.get(key);
      if (entry !== undefined) return { entry, stemLength };
    }
    return undefined;
  }
}

const keyFilterBits = 1 << 20;

/**
 * The splits of one word into a stem and a listed ending that Lexicon.find() reads (longest stem first), with each
 * stem's key filter cell, worked out as far as a find() has read them. A new word's lookups ask the stop list and the
 * name lists about the same word with the same endings one after another (analyzeWord, the misspelt-word readings):
 * the later ones read the splits and cells the first one worked out (30% of the lookups of a 1 Mi text of unknown
 * capitalised words; on the dev corpus the vocabulary answers nearly every word before any lookup).
 */
class WordSplits {
  folded = '';
  suffixes: SuffixTable | undefined;
  minStem = -1;
  /** Splits worked out so far. */
  count = 0;
  readonly stemLengths: number[] = [];
  readonly cells: number[] = [];
  // The next ending length to try, and the longest there is.
  #next = 0;
  #longest = -1;

  reset(folded: string, suffixes: SuffixTable, minStem: number): void {
    this.folded = folded;
    this.suffixes = suffixes;
    this.minStem = minStem;
    this.count = 0;
    this.#next = 0;
    this.#longest = Math.min(suffixes.maxLength, folded.length - minStem);
  }

  /** Works out the next split (at index `count`, then counted); false when the word has no more. */
  more(): boolean {
    const folded = this.folded;
    const suffixes = this.suffixes!;
    while (this.#next <= this.#longest) {
      const length = this.#next++;
      if (length === 0 ? !suffixes.endings.has('') : !endsWithListed(folded, suffixes, length)) continue;
      const stemLength = folded.length - length;
      this.stemLengths[this.count] = stemLength;
      this.cells[this.count++] = prefixSkeletons(folded).filterCell(stemLength, keyFilterBits);
      return true;
    }
    return false;
  }
}
const sharedSplits = new WordSplits();

// The shared WordSplits of this word, endings and shortest stem: valid until the next call about another word.
function wordSplits(folded: string, suffixes: SuffixTable, minStem: number): WordSplits {
  const splits = sharedSplits;
  if (splits.suffixes !== suffixes || splits.minStem !== minStem || splits.folded !== folded) splits.reset(folded, suffixes, minStem);
  return splits;
}
// Length, the first two and the last two codes of a key, mixed into 20 bits (out-of-range codes read as 0).
function keyFilterIndex(key: string): number {
  const length = key.length;
  return keyFilterCell(length, key.charCodeAt(0) | 0, key.charCodeAt(1) | 0, key.charCodeAt(length - 2) | 0, key.charCodeAt(length - 1) | 0, keyFilterBits);
}

// The vowels before a final й/y that Russian declension drops it after (`юрий` → `юри`), as codes.
const stemVowels: ReadonlySet<number> = new Set([...'аеиоуэюяaeiou'].map((letter) => letter.charCodeAt(0)));

/** The base form plus the stem Russian declension attaches endings to. */
export function inflectingStems(folded: string): string[] {
  const stems = [folded];
  // Read as codes, not sliced: asked of every name word a long document finds for the first time.
  const last = folded.charCodeAt(folded.length - 1);
  if (last === 0x430 /* а */ || last === 0x44f /* я */ || last === 0x44c /* ь */ || last === 97 /* a */) stems.push(folded.slice(0, -1));
  else if (folded.endsWith('ya')) stems.push(folded.slice(0, -2));
  else if ((last === 0x439 /* й */ || last === 121 /* y */) && stemVowels.has(folded.charCodeAt(folded.length - 2))) stems.push(folded.slice(0, -1));
  // Fleeting vowel: Павел → Павла, Лев → Льва is rare enough to skip.
  else if (folded.endsWith('ел') && folded.length > 4) stems.push(folded.slice(0, -2) + 'л');
  return stems;
}

// The longest case form of a short stem (`ильею`).
const shortStemFormLength = 5;
const hardBeforeI = new Set(['г', 'к', 'х', 'ж', 'ш', 'ч', 'щ']);
// The last letters of those forms: и, е, у, ю, й, ы.
function caseFormLast(code: number): boolean {
  return code === 0x438 || code === 0x435 || code === 0x443 || code === 0x44e || code === 0x439 || code === 0x44b;
}

/**
 * The case forms of a Russian name in -а/-я whose stem is too short a key (`аня`, `ира`, `зоя`; `илья`, whose
 * soft sign no key keeps), which too many words would meet as a stem: genitive, dative, accusative, instrumental
 * (`ани`, `ане`, `аню`, `аней`, `анею`).
 */
export function shortStemCaseForms(folded: string): string[] {
  if (folded.length > 4 || !cyrillicLetter.test(folded)) return [];
  const last = folded.charCodeAt(folded.length - 1);
  if (last !== 0x430 /* а */ && last !== 0x44f /* я */) return [];
  const stem = folded.slice(0, -1);
  // `Ия` in the dative is `ие`, also a Kazakh word: two-letter forms are left out.
  if (stem.length < 2) return [];
  const soft = last === 0x44f || hardBeforeI.has(stem[stem.length - 1]!);
  return soft ? [stem + 'и', stem + 'е', stem + (last === 0x44f ? 'ю' : 'у'), stem + 'ей', stem + 'ею'] : [stem + 'ы', stem + 'е', stem + 'у', stem + 'ой', stem + 'ою'];
}

/**
 * A small per-document set of names (known names, names already found): each added name is kept with the skeletons
 * of its inflecting stems, and a word is looked up by the skeletons of its splits. Usually a handful of names per
 * document, so they are scanned; past linearScanLimit names a map takes over.
 */
export class StemMatcher {
  readonly #added: string[] = [];
  readonly #bases: string[] = [];
  // Keys of the added names, worked out on the first lookup (most documents add names but never look one up).
  readonly #keys: Array<readonly string[]> = [];
  /** First letters (UTF-16 codes) of the added words: a cheap filter before the suffix splits. */
  readonly #initials: number[] = [];

  get size(): number {
    return this.#bases.length;
  }

  add(folded: string, base = folded): void {
    this.#added.push(folded);
    this.#bases.push(base);
    const initial = folded.charCodeAt(0);
    if (!this.#initials.includes(initial)) this.#initials.push(initial);
  }

  /** False when no listed name starts with the same (folded) letter as `folded`: same-script matches only. */
  mayStartWith(folded: string): boolean {
    return this.#initials.includes(folded.charCodeAt(0));
  }

  /** The base form of `folded` if it is a listed name with an optional case ending. */
  find(folded: string, suffixes: SuffixTable, minStem = 2): string | undefined {
    return this.findKeys(splitKeys(folded, suffixes, minStem));
  }

  /**
   * find() for a word whose splitKeys() are known: the first key (longest stem) that some added name has wins, and
   * among names sharing it the one added first.
   */
  findKeys(keys: readonly string[]): string | undefined {
    for (let entry = this.#keys.length; entry < this.#added.length; entry++) this.#keys.push(stemKeys(this.#added[entry]!));
    if (this.#keys.length > linearScanLimit) return this.#findInMap(keys);
    for (const key of keys) {
      for (let entry = 0; entry < this.#keys.length; entry++) {
        if (this.#keys[entry]!.includes(key)) return this.#bases[entry];
      }
    }
    return undefined;
  }

  // Many names (a long document): a map from key to the first name with it keeps each lookup constant.
  #map: Map<string, string> | undefined;
  #mapped = 0;
  #findInMap(keys: readonly string[]): string | undefined {
    const map = (this.#map ??= new Map());
    for (; this.#mapped < this.#keys.length; this.#mapped++) {
      for (const key of this.#keys[this.#mapped]!) if (!map.has(key)) map.set(key, this.#bases[this.#mapped]!);
    }
    for (const key of keys) {
      const base = map.get(key);
      if (base !== undefined) return base;
    }
    return undefined;
  }
}

// Up to this many names a linear scan is cheaper than building a map.
const linearScanLimit = 16;

/**
 * Skeletons of every split of `folded` into a stem and a listed ending (forEachSplit order: longest stem first):
 * the keys under which StemMatcher looks the word up.
 */
export function splitKeys(folded: string, suffixes: SuffixTable, minStem: number): string[] {
  const keys: string[] = [];
  forEachSplit(folded, suffixes, minStem, (stemLength) => {
    keys.push(skeleton(folded.slice(0, stemLength)));
    return false;
  });
  return keys;
}

// The same names are added to a StemMatcher document after document: their keys are worked out once.
const stemKeysCache = new Map<string, readonly string[]>();
const stemKeysCacheLimit = 50_000;
// Longer names are not kept (a pasted blob must not stay in memory).
const stemKeysMaxLength = 48;

/** Skeletons of the inflecting stems of a name, long enough to be matched (2 letters, 3 for a derived stem). */
export function stemKeys(folded: string): readonly string[] {
  let keys = stemKeysCache.get(folded);
  if (keys === undefined) {
    // A loop, not map/filter/map: asked for every name word a long document finds for the first time.
    const stems = inflectingStems(folded);
    const found: string[] = [];
    for (let index = 0; index < stems.length; index++) {
      const key = skeleton(stems[index]!);
      if (key.length >= (index === 0 ? 2 : 3)) found.push(key);
    }
    keys = found;
    if (folded.length > stemKeysMaxLength) return keys;
    if (stemKeysCache.size >= stemKeysCacheLimit) stemKeysCache.clear();
    stemKeysCache.set(folded, keys);
  }
  return keys;
}
