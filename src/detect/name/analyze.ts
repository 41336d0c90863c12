// Per-word evidence: what the lists and the morphology say about one folded word, and its base form.

import { skeleton } from '../../text/translit.js';
import { WordFlag, type Lexicon, type LexiconEntry, type LexiconHit } from './lexicon.js';
import { Morph, surnameMorphology, type MorphKind } from './morphology.js';
import { misspeltName, misspeltSurnameEnding } from './name-typos.js';
import { restoredListedWord, typedPlain } from './plain-letters.js';
import { CueWord, type NameResources } from './resources.js';
import { cyrillicSuffixes, endsWithListed, suffixTable, type SuffixTable, latinSuffixes, possessiveSuffixes, turkicSuffixes } from './suffixes.js';

/** Read-only once returned: the same object is shared through the word cache. */
export interface WordEvidence {
  /** WordFlag bits from the name lists (First, Surname, Ambiguous) and stoplists (Place, NotName). */
  nameFlags: number;
  stopFlags: number;
  morph: MorphKind;
  /** Ends or begins like a Central Asian given name (-bek, -jon, Abdu-). */
  nameShape: boolean;
  /** Case-folded base form (case ending removed where a list or the morphology knows the stem). */
  base: string;
  /** Length of the case ending after the stem (0 when the word is a base form or unknown). */
  endingLength: number;
  /**
   * The name came from the large English/international lists, or is a misspelt reading of a listed name (weaker
   * evidence for lower-case words).
   */
  latinList: boolean;
  /** The listed name is also a listed place (`France`, `Phoenix`, `Вера`-like collisions with a city). */
  placeName?: boolean;
  /** The name reading is one slip from a listed name or ending (name-typos.ts), not a list hit. */
  misspelt?: boolean;
  /** The name was read with letters given back (plain-letters.ts: `Акмарал` as Ақмарал), not as listed. */
  respelt?: boolean;
}

/**
 * Looks a folded word up in every list. `cyrillic` picks the script of the base form; `turkic` (the text has
 * Kazakh/Kyrgyz/Uzbek letters) allows the Turkic case endings, which in Russian text only produce false stems.
 */
export function analyzeWord(folded: string, cyrillic: boolean, resources: NameResources, turkic = false): WordEvidence {
  // Names, places and sentence openers repeat across documents: the per-worker cache skips the list lookups.
  const cache = turkic ? resources.turkicWordCache : resources.wordCache;
  const cached = cache.get(folded);
  if (cached !== undefined) return cached;
  const evidence = lookUpWord(folded, cyrillic, resources, turkic);
  if (cache.size >= wordCacheLimit) cache.clear();
  cache.set(folded, evidence);
  return evidence;
}

/**
 * analyzeWord() without its cache, for a caller that remembers the answer itself (vocabulary.ts WordInfo: every
 * interned word would otherwise be stored twice, and a long text of new words paid a map insertion for each).
 */
export function analyzeWordAfresh(folded: string, cyrillic: boolean, resources: NameResources, turkic: boolean): WordEvidence {
  return lookUpWord(folded, cyrillic, resources, turkic);
}

// Bounded so a stream of unique words cannot grow memory; clearing is cheaper than LRU bookkeeping.
const wordCacheLimit = 50_000;

// Longer words are no misspelt name (the slip readings slice the word per letter: a pasted blob must not pay that).
const longestMisspeltName = 24;

// Endearing suffixes of Uzbek, Kazakh and Kyrgyz given names (suffixes.ts reads them as endings of the listed name).
const endearing: ReadonlySet<string> = new Set(['jon', 'xon', 'жон', 'хон', 'жан']);

// In Russian text a word with no Kazakh letter meets a Kazakh place only through the script-neutral key, which drops
// the soft sign too (`Илье` is Илья's dative, not the district `Іле`): a listed name reading wins.
function kazakhOnlyStop(folded: string, stop: LexiconEntry, russianText: boolean): boolean {
  return russianText && !typedPlain(stop.baseCyrillic) && typedPlain(folded);
}

function lookUpWord(folded: string, cyrillic: boolean, resources: NameResources, turkic: boolean): WordEvidence {
  const suffixes = cyrillic ? (turkic ? turkicSuffixes : cyrillicSuffixes) : latinSuffixes;
  // placeName present from the start: one hidden class for every evidence object.
  const evidence: WordEvidence = { nameFlags: 0, stopFlags: 0, morph: Morph.None, nameShape: false, base: folded, endingLength: 0, latinList: false, placeName: undefined };

  // Stop words take every Turkic ending even in text without a Turkic marker (`Астанада`): a wrong stop hit only
  // costs a missed name, never a masked place.
  let stop = russianStop(folded, resources.stops.find(folded, cyrillic ? turkicSuffixes : suffixes, 2), cyrillic && !turkic, resources);
  // The word as our lists spell it with Kazakh letters, when it was typed with Russian ones (asked at most once).
  // A word with a Turkic letter was not typed plain: nothing to give back (most words of Kazakh text as written).
  let restored: string | undefined | null = cyrillic && folded.length >= 4 && (!turkic || typedPlain(folded)) ? undefined : null;
  const plainSpelling = (): string | null => (restored === undefined ? (restored = sameLength(restoredListedWord(folded, resources.plainLetters), folded)) : restored);
  // `Казакстан`, `Кытайдын`: a place typed so.
  if (stop === undefined && plainSpelling() !== null) stop = plainPlace(plainSpelling()!, resources);
  // A short stop stem with an ending (`ол` + `ьга`) is too loose: inflected stop words need 4 letters of stem.
  if (stop && (stop.stemLength === folded.length || stop.stemLength >= 4)) evidence.stopFlags = stop.entry.flags;
  else if (folded.includes('-')) {
    // `Азия-Тынық`, `Twitter-дегі`: a hyphenated word with a place or brand in it is not a name.
    for (const part of folded.split('-')) {
      const partStop = part.length >= 3 ? resources.stops.find(part, suffixes, 3) : undefined;
      if (partStop && partStop.entry.flags & WordFlag.Place) evidence.stopFlags = partStop.entry.flags;
    }
  }

  let hit: LexiconHit | undefined = resources.names.find(folded, suffixes, 2);
  // `Акмарал`, `Багланга`: a Kazakh name typed with Russian letters (қ as к, which name keys keep apart: Uzbek q/k).
  if (hit === undefined && plainSpelling() !== null) {
    hit = plainName(plainSpelling()!, resources);
    if (hit !== undefined) evidence.respelt = true;
  }
  if (hit === undefined && cyrillic && !turkic) {
    // A Turkic ending on a long listed first name is safe even in text with no Turkic marker (`Мээримди`).
    const turkicHit = resources.names.find(folded, turkicSuffixes, 5);
    if (turkicHit && turkicHit.entry.flags & WordFlag.First) hit = turkicHit;
  }
  // `вас`, `сон`, `ван`: the bare stem of a name in -я is no form of it (Вася, Соня, Ваня; the clipped vocative
  // keeps its soft sign: `Вась`, `Сонь`).
  if (hit !== undefined && hit.stemLength === folded.length && cyrillic && bareSoftStem(folded, hit.entry)) hit = undefined;
  // The question particle (`Jahongirmi?`) goes on a whole listed name only: `bor` + `mi` ("is there?") is no clipped
  // stem of a name (`borya`).
  if (hit !== undefined && !cyrillic && hit.stemLength < folded.length && questionParticle(folded, hit.stemLength) && (hit.stemLength < 4 || !isBaseForm(folded.slice(0, hit.stemLength), hit.entry))) hit = undefined;
  let ambiguous = false;
  // Given-name status a Central Asian list gives the same stem that a Latin list holds as a surname only (`Bolat`).
  let centralAsianFirst = 0;
  if (!cyrillic) {
    const latin = resources.latinNames.find(folded, possessiveSuffixes, 2);
    if (latin) {
      const latinIsName = (latin.entry.flags & (WordFlag.First | WordFlag.Surname)) !== 0;
      if (hit === undefined || (latinIsName && latin.stemLength >= hit.stemLength)) {
        if (hit !== undefined && hit.stemLength === latin.stemLength && (latin.entry.flags & (WordFlag.First | WordFlag.NotName)) === 0) centralAsianFirst = hit.entry.flags & WordFlag.First;
        hit = latin;
        evidence.latinList = true;
      }
      // A Central Asian name that is also an English everyday word needs more evidence.
      else if (!latinIsName) ambiguous = true;
    }
  }
  // The longer listed stem wins between a name and a stop word (`Ольга` is not `ол` + ending); so does a name
  // written in its listed base form against a stop word only reached through a derived stem (`Королёв` is the
  // surname, not `королева` without its -а).
  if (
    hit && stop && evidence.stopFlags !== 0 && (hit.entry.flags & WordFlag.NotName) === 0 &&
    (hit.stemLength > stop.stemLength || (hit.stemLength === folded.length && stop.stemLength === folded.length && isBaseForm(folded, hit.entry) && !isBaseForm(folded, stop.entry)) || kazakhOnlyStop(folded, stop.entry, cyrillic && !turkic))
  ) {
    evidence.stopFlags = 0;
  }
  // `Adam`, `Jane`, `Mira`: an English given name whose spelling only a Kazakh or Russian everyday word in Cyrillic
  // reaches through transliteration (`адам`, `және`, `мира`) is a name in Latin text without a Turkic marker (which
  // reads the Kazakh word); scan.ts drops it again from Latin text that reads no English.
  if (
    !cyrillic && !turkic && evidence.latinList && hit && stop && evidence.stopFlags === WordFlag.NotName && hit.entry.flags & WordFlag.First &&
    hit.stemLength === folded.length && stop.stemLength === folded.length && resources.cyrillicLookalikeNames.has(folded)
  ) {
    evidence.stopFlags = 0;
  }
  // A listed first name that is also a place (a city named after a person) needs more evidence, like `Вера`.
  let placeAndName = false;
  if (hit && stop && evidence.stopFlags === WordFlag.Place && hit.stemLength === stop.stemLength && hit.entry.flags & (WordFlag.First | WordFlag.Surname)) {
    evidence.stopFlags = 0;
    placeAndName = true;
  }
  if (hit) {
    const flags = hit.entry.flags;
    if (flags & WordFlag.NotName) evidence.stopFlags |= WordFlag.NotName;
    evidence.nameFlags = (flags & ~WordFlag.NotName) | centralAsianFirst;
    if ((ambiguous || placeAndName) && evidence.nameFlags !== 0) evidence.nameFlags |= WordFlag.Ambiguous;
    if (placeAndName && evidence.nameFlags !== 0) evidence.placeName = true;
    if (evidence.nameFlags !== 0) {
      evidence.base = cyrillic ? hit.entry.baseCyrillic : hit.entry.baseLatin;
      evidence.endingLength = folded.length - hit.stemLength;
      // `ozodaxon`, `каримжон`, `бақытжан`: the endearing -jon/-xon/-жан is no case ending (the word stands bare where
      // a subject or a vocative does) and makes a given name that is also an everyday word a person's name only. The
      // base stays the listed name, so one person's pseudonym is the same with or without it.
      if (evidence.nameFlags & WordFlag.First && hit.stemLength >= 3 && evidence.endingLength === 3 && endearing.has(folded.slice(hit.stemLength))) {
        evidence.nameFlags &= ~WordFlag.Ambiguous;
        evidence.endingLength = 0;
      }
    }
  }

  // `Оливер`, `Кондолиза`: an English or other Latin-script first name written in Russian letters. Weak (an
  // everyday word may share the spelling), so it is marked ambiguous and needs its position or a neighbour.
  if (evidence.nameFlags === 0 && evidence.stopFlags === 0 && cyrillic) {
    const latin = transliteratedLatinName(folded, resources);
    if (latin !== undefined) {
      // A name the Latin lists also know as a surname (`Gordon`, `Anand`) is not taken for a given name: an unknown
      // word before it is then still its given name (`Фил Гордон`), not an organisation.
      evidence.nameFlags = (latin.entry.flags & WordFlag.Surname ? WordFlag.Surname : WordFlag.First) | WordFlag.Ambiguous;
      const stemLength = latin.stemLength;
      evidence.base = folded.slice(0, stemLength);
      evidence.endingLength = folded.length - stemLength;
    }
  }

  const morph = surnameMorphology(folded, cyrillic, suffixes);
  // `Ойбке`, `Жасуур`: one slip away from a listed name, an unknown word is that name, ambiguous (name-typos.ts).
  // A surname or patronymic shape is evidence of its own (`Мейрамұлы` is no `Мейрамгүл` with a slip).
  if (morph === undefined && evidence.nameFlags === 0 && evidence.stopFlags === 0 && folded.length >= 5 && folded.length <= longestMisspeltName) {
    const slip = misspeltName(folded, cyrillic, suffixes, resources);
    if (slip !== undefined) {
      evidence.nameFlags = slip.entry.flags & (WordFlag.First | WordFlag.Surname);
      evidence.misspelt = true;
      // As weak as a name from the large international lists: lower-case text asks it for a frame.
      evidence.latinList = true;
      evidence.base = cyrillic ? slip.entry.baseCyrillic : slip.entry.baseLatin;
      evidence.endingLength = folded.length - slip.stemLength;
    } else {
      // `Холматва`, `марквоич`: a surname or patronymic ending with one slip.
      const ending = misspeltSurnameEnding(folded, cyrillic, suffixes, resources, turkic);
      if (ending !== undefined) {
        evidence.morph = ending.kind;
        evidence.misspelt = true;
        evidence.base = folded.slice(0, ending.stemLength);
        evidence.endingLength = folded.length - ending.stemLength;
      }
    }
  }

  if (morph) {
    evidence.morph = morph.kind;
    if (evidence.nameFlags === 0) {
      evidence.base = folded.slice(0, morph.stemLength);
      evidence.endingLength = folded.length - morph.stemLength;
    }
  }

  if (evidence.nameFlags === 0 && evidence.morph === Morph.None && folded.length >= 5) {
    const key = skeleton(folded);
    evidence.nameShape = hasAffix(key, resources.nameEndings, true) || hasAffix(key, resources.nameBeginnings, false);
  }
  return evidence;
}

function sameLength(restored: string | undefined, folded: string): string | null {
  return restored !== undefined && restored.length === folded.length ? restored : null;
}

function plainName(restored: string, resources: NameResources): LexiconHit | undefined {
  const name = resources.names.find(restored, turkicSuffixes, 2);
  return name !== undefined && name.entry.flags & WordFlag.First && (name.entry.flags & WordFlag.NotName) === 0 ? name : undefined;
}

function plainPlace(restored: string, resources: NameResources): LexiconHit | undefined {
  const place = resources.stops.find(restored, turkicSuffixes, 2);
  return place !== undefined && place.entry.flags === WordFlag.Place ? place : undefined;
}

/**
 * `list.some((affix) => key.length >= affix.length + 3 && (atEnd ? key.endsWith(affix) : key.startsWith(affix)))`,
 * asking only the affixes that end (or begin) with the key's last (first) code: the test runs for nearly every unknown
 * word, and the lists hold about 40 endings and 30 beginnings.
 */
function hasAffix(key: string, list: readonly string[], atEnd: boolean): boolean {
  let index = affixIndexes.get(list);
  if (index === undefined) {
    index = new Map();
    for (const affix of list) {
      // An empty affix fits every word: kept under -1, asked of every key.
      const code = affix.length === 0 ? -1 : affix.charCodeAt(atEnd ? affix.length - 1 : 0);
      const group = index.get(code);
      if (group === undefined) index.set(code, [affix]);
      else group.push(affix);
    }
    affixIndexes.set(list, index);
  }
  const group = index.get(key.charCodeAt(atEnd ? key.length - 1 : 0));
  if (group !== undefined) {
    // A loop, not some() with a closure (one per call).
    for (let k = 0; k < group.length; k++) {
      const affix = group[k]!;
      if (key.length >= affix.length + 3 && (atEnd ? key.endsWith(affix) : key.startsWith(affix))) return true;
    }
  }
  const empty = index.get(-1);
  return empty !== undefined && key.length >= 3;
}
const affixIndexes = new WeakMap<readonly string[], Map<number, string[]>>();

/**
 * In Russian text a Turkic ending vetoes a name only for places (`Астанада`); an everyday word plus a Turkic ending
 * is a false stem there (`Клинтон` is not `клин` + `тон`), so other stop words need a Russian ending.
 */
function russianStop(folded: string, stop: LexiconHit | undefined, russianText: boolean, resources: NameResources): LexiconHit | undefined {
  if (stop === undefined || stop.stemLength === folded.length) return stop;
  // Greetings and other cue words do not decline: `Саломе` is not `салом` + `е`.
  const cue = resources.cueWords.get(folded.slice(0, stop.stemLength)) ?? 0;
  if (cue & CueWord.PhraseEnd && !(cue & CueWord.Role)) return undefined;
  if (!russianText) return stop;
  // `Ивановой`, `Пушкиной` are feminine surnames, not a town in -о (`Иваново`, `Пушкино`) plus a Turkic -й: no Russian
  // case form of a noun in -о adds -й.
  if (stop.entry.flags & WordFlag.Place) return stop.stemLength === folded.length - 1 && folded.endsWith('ой') ? undefined : stop;
  return resources.stops.find(folded, cyrillicSuffixes, 2);
}

// Only the plain Russian case endings a foreign first name takes (`Оливера`, `Оливером`): the long Turkic and
// Russian suffix tables would make stems of everyday words (`Тоскани` is not `тоска` + `ни`).
const foreignNameEndings: SuffixTable = suffixTable(['а', 'я', 'у', 'ю', 'е', 'ом', 'ем', 'ой', 'ей', 'ы', 'и']);

/** The Latin-list first name that a Cyrillic word transliterates to, with the word's stem length. */
function transliteratedLatinName(folded: string, resources: NameResources): LexiconHit | undefined {
  if (folded.length < 5) return undefined;
  const forms = latinFirstForms(resources.latinNames);
  // forEachSplit(folded, foreignNameEndings, 5), longest stem first, as a loop: no closure per word.
  const longest = Math.min(foreignNameEndings.maxLength, folded.length - 5);
  for (let length = 0; length <= longest; length++) {
    if (length > 0 && !endsWithListed(folded, foreignNameEndings, length)) continue;
    const stemLength = folded.length - length;
    const stem = length === 0 ? folded : folded.slice(0, stemLength);
    // The Latin lists also hold Cyrillic names of other faker locales (Bulgarian, Serbian, Ukrainian) as written;
    // then the skeleton and its likely English spellings (englishSpellings order).
    const entry = formEntry(stem, forms) ?? englishSpellingEntry(skeleton(stem), forms);
    if (entry !== undefined) return { entry, stemLength };
  }
  return undefined;
}

/**
 * The entry of the first of englishSpellings(key) that is a listed Latin first name as written: Russian х, дж and
 * final и for h, j and y (`Хиллари` → hillary). Tests the spellings in englishSpellings' order without building them
 * unless the key has the letters they change.
 */
function englishSpellingEntry(key: string, forms: FirstForms): LexiconEntry | undefined {
  const found = formEntry(key, forms);
  if (found !== undefined) return found;
  const english = key.indexOf('x') === -1 && key.indexOf('dj') === -1 ? key : key.replace(/x/gu, 'h').replace(/dj/gu, 'j');
  if (english !== key) {
    const entry = formEntry(english, forms);
    if (entry !== undefined) return entry;
  }
  if (!key.endsWith('i')) return undefined;
  const entry = formEntry(key.slice(0, -1) + 'y', forms);
  if (entry !== undefined || english === key) return entry;
  return formEntry(english.slice(0, -1) + 'y', forms);
}

interface FirstForms {
  readonly entries: ReadonlyMap<string, LexiconEntry>;
  /** formFilterIndex() of every key: a spelling whose index is not set is no key (no hashing of a fresh string). */
  readonly filter: Uint8Array;
}

function formEntry(spelling: string, forms: FirstForms): LexiconEntry | undefined {
  return forms.filter[formFilterIndex(spelling)] === 0 ? undefined : forms.entries.get(spelling);
}

// Length (mod 16), first and last code (mod 64): 2^16 cells.
function formFilterIndex(spelling: string): number {
  return ((spelling.length & 15) << 12) | ((spelling.charCodeAt(0) & 63) << 6) | (spelling.charCodeAt(spelling.length - 1) & 63);
}

/**
 * The keys of the Latin lists that transliteratedLatinName() accepts, with their entries: a listed first name that is
 * no everyday word, written as its own base form (`Донателли` is not `donatell(a)` + `и`). Built once per lexicon,
 * after loading (a few thousand of the lists' keys): the lookups of every unknown Cyrillic word go to this small map.
 */
const firstFormsByLexicon = new WeakMap<Lexicon, FirstForms>();
function latinFirstForms(latinNames: Lexicon): FirstForms {
  let forms = firstFormsByLexicon.get(latinNames);
  if (forms === undefined) {
    const entries = new Map<string, LexiconEntry>();
    const filter = new Uint8Array(1 << 16);
    latinNames.forEachEntry((key, entry) => {
      if ((entry.flags & (WordFlag.First | WordFlag.NotName)) !== WordFlag.First || (entry.baseLatin !== key && entry.baseCyrillic !== key)) return;
      entries.set(key, entry);
      filter[formFilterIndex(key)] = 1;
    });
    forms = { entries, filter };
    firstFormsByLexicon.set(latinNames, forms);
  }
  return forms;
}

function bareSoftStem(folded: string, entry: LexiconEntry): boolean {
  const base = entry.baseCyrillic;
  return base.length === folded.length + 1 && base.charCodeAt(folded.length) === 0x44f && base.charCodeAt(folded.length - 1) !== 0x438 && base.startsWith(folded);
}

const questionParticles = new Set(['mi', 'misiz', 'misan', 'mikan']);
function questionParticle(folded: string, stemLength: number): boolean {
  return folded.charCodeAt(stemLength) === 109 /* m */ && questionParticles.has(folded.slice(stemLength));
}

function isBaseForm(folded: string, entry: LexiconEntry): boolean {
  return entry.baseCyrillic === folded || entry.baseLatin === folded;
}
