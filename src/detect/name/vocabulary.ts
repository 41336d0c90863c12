// Every folded word the scan has met, with the facts about it that do not depend on its context: worked out once
// per word per process instead of once per token (a few thousand words make up most texts).

import { foldCode, foldHashFinish, foldHashSeed, foldHashStep, foldWord } from '../../text/normalize.js';
import { analyzeWordAfresh, type WordEvidence } from './analyze.js';
import { splitKeys, stemKeys } from './lexicon.js';
import type { NameResources } from './resources.js';
import { latinSuffixes, turkicSuffixes } from './suffixes.js';
import { nameShapeBeforeCaseEndingAfresh } from './real-shape.js';
import { turkicGivenShapeAfresh } from './turkic-shape.js';

/** Context-free facts about a folded word, as bits of WordInfo.bits. */
export const WordBit = {
  /** `уулу`, `o'g'li`, `кызынын` (isPatronymicWord). */
  PatronymicWord: 1,
  /** `ибн`, `van`, `де` (name particles). */
  Particle: 2,
  /** Ends like a surname or patronymic (-ов/-ев/-ин, -ұлы, -қызы with case endings). */
  SurnameLike: 4,
  /** A street or district word (`улица`, `ko'chasi`). */
  StreetWord: 8,
  /** An everyday Kazakh/Kyrgyz/Uzbek word that switches on the Turkic case endings. */
  TurkicMarker: 16,
  /** An English contraction (`don't`, `we're`). */
  Contraction: 32,
  /** An honorific written after a name, with a case or possessive ending (`атаның`, `akaga`). */
  HonorificWithEnding: 64,
  /** A street word, or a street stem with a possessive (`көшесі`, `ko‘chasiga`): runs.ts isStreetWord(). */
  StreetOrPossessive: 128,
  /** `here`, `cheers`, `pls`: english.ts markEnglishChatCues() reads the words around it. */
  EnglishChatCue: 256,
  /** One typo away from a greeting, thanks or self-introduction (`спассибо`, `imim`): cue-typos.ts. */
  MisspeltCue: 512,
  // Entry conditions of the scan's later passes (scan.ts ORs every token's bits): a pass whose words are all absent
  // from a text is not entered.
  /** A word before a person or a known past tense in Russian chat (ru-chat.ts russianChatPlaceWord). */
  RussianChatPlace: 1024,
  /** Ends like a surname, Tajik -зода/-заде included (ru-pairs.ts): a lower-case pair needs one. */
  PairSurname: 2048,
  /**
   * `degan`, `bilan`, `екеуміз` (turkic-named.ts namedTriggerWord), `аты`, `ismi` (turkic-name-words.ts nameWord),
   * `зовут`, `звать` (ru-called.ts calledWord): findNamedPeople, findNameWordNames and findCalledNames each need one
   * of its own words. Rare words, so one bit serves the three passes.
   */
  NamedTrigger: 4096,
  /** An English person noun or a verb after a name (en-subjects.ts englishSubjectWord). */
  EnglishSubjectCue: 8192,
  /** Thanks or a greeting after a name (ru-vocatives.ts thanksAfterName). */
  RussianThanks: 16384,
  /** A hyphen after the third letter (`зорвина-апаға`): scoreWord tries the name-and-honorific form only then. */
  InnerHyphen: 32768,
  /** `и`, `and`, `va`, `және` (mentions.ts coordinationWord): findCoordinatedNames needs one. */
  Conjunction: 1 << 16,
  /** A Turkic verb of writing or asking (turkic-unlisted.ts turkicContactVerb): findContactedLowerNames needs one. */
  ContactVerb: 1 << 17,
  /** On the SSA given-name list only (en-world-names.ts worldGivenWord): liftWorldGivenNames needs one. */
  WorldGivenName: 1 << 18,
  /** `магазин`, `кафе`, `do'kon` (establishments.ts establishmentWord): dropPlaceNames' business test needs one. */
  EstablishmentWord: 1 << 19,
  /** `углу`, `имени` (ru-street-ellipsis.ts streetEllipsisWord): a street named without the street word. */
  StreetCorner: 1 << 20,
  /** `на`, `по` before a street named without the street word. */
  StreetPreposition: 1 << 21,
  /** A place word before `на`/`по` + street (`магазин на Абая`, stoplists/street-ellipsis-before.txt). */
  StreetPlace: 1 << 22,
  /** `mom`, `voice`, `videos` (cues/name-english-person-possessions.txt): liftPossessors needs one. */
  PersonPossession: 1 << 23,
  /** A Turkic deed only a person does (`түсіндірді`, `javob`: turkic-person-acts.ts personDeedWord): findCapitalPersonActs needs one. */
  PersonAct: 1 << 24,
  /** Turkic thanks (`рахмат`, `rahmet`: turkic-thanks.ts turkicThanksWord): findThankedNames needs one. */
  TurkicThanks: 1 << 25,
  /** A dialogue role label (`Клиент`, `Mijoz`: resources.speakerLabels): findLabelAddressees needs one. */
  SpeakerLabel: 1 << 26,
  /** A Kazakh news frame word or name shape (`әкімі`, `ата`, `айтуынша`, `-скийдің`: kk-news-unlisted.ts kazakhNewsFrameWord): findKazakhNewsNames needs one. */
  KazakhNewsFrame: 1 << 27,
  /** `смене`, `отпуске`, `выходная` (ru-chat-shift.ts russianShiftWord): findShiftSubjects needs one. */
  RussianShift: 1 << 28,
  /**
   * An English function word of either list the English passes read (resources.englishSocial.functionWords,
   * resources.chatWords.englishFunctionWords): readsEnglish() with either list, which those passes ask before they
   * change anything, needs one of its words in the text.
   */
  EnglishFunction: 1 << 29,
} as const;

/**
 * Entry conditions of later passes, in a second column of flags beside WordBit, which has no free bit below 2^30
 * (V8's small-integer bound): scan.ts ORs them over a text's tokens into one per-text value and reads no token's
 * own. A pass none of whose words occur is not entered. The column costs one load and one OR per token (a Uint16Array
 * beside #bits: no WordInfo visit), which benchmarks/name-ab.ts does not tell from noise.
 */
export const WordGate = {
  /**
   * A wished noun that the lists hold as a given name, bare or in the accusative (`omad`, `бақыт`, `бакытты`):
   * turkic-chat-wishes.ts and everyday-negatives.ts act on one only.
   */
  WishNoun: 1,
  /**
   * A word one of everyday-negatives.ts's frames needs, besides a number: a word for "its name", `shirin`, a
   * possessed landmark (`көлі`); `a`/`an` set Article, a wished noun WishNoun.
   */
  EverydayFrame: 2,
  /** A light-verb converb (`кылып`, `qilib`): turkic-chat-compounds.ts needs one. */
  LightConverb: 4,
  /** English `a`, `an`: everyday-negatives.ts's make-or-kind frame (`a Dell laptop`) needs one. */
  Article: 8,
  /** Kyrgyz `кутман` ("good" of greetings): greeting-negatives.ts needs one. */
  GreetingAdjective: 16,
  /** A first-person "bought" (`oldim`, `алдым`): turkic-object-negatives.ts needs one. */
  BoughtWord: 32,
  /** A form of Рамазан / Курбан, feasts and given names: holiday-names.ts needs one. */
  HolidayName: 64,
  /** A brand of stoplists/brands.txt: brand-lines.ts needs one. */
  BrandWord: 128,
  /** A line-opening greeting's first or only word (`сәлем`, `добрый`): chat-greeted-names.ts needs one. */
  Greeting: 256,
  /** `name`, `hi`, `good` (chat-self-named.ts selfNamingWord): findSelfNamedGreeters needs one. */
  SelfNaming: 512,
  /** An everyday Kazakh/Uzbek word typed with Russian letters (`кужатка`, plain-letters.ts): the scan reads the text again with its letters back. */
  PlainTurkic: 1024,
  /** An everyday Kazakh word typed with Russian letters that Kyrgyz may write so too (`калды`): the text is Turkic. */
  LooseTurkic: 2048,
} as const;

/** The WordBit flags that only say which later pass of the scan a word may switch on (no fact of the word's kind). */
export const passGateBits = WordBit.RussianChatPlace | WordBit.PairSurname | WordBit.NamedTrigger | WordBit.EnglishSubjectCue | WordBit.RussianThanks | WordBit.Conjunction | WordBit.ContactVerb | WordBit.WorldGivenName | WordBit.EstablishmentWord | WordBit.StreetCorner | WordBit.StreetPreposition | WordBit.StreetPlace | WordBit.PersonPossession | WordBit.PersonAct | WordBit.TurkicThanks | WordBit.SpeakerLabel | WordBit.KazakhNewsFrame | WordBit.RussianShift | WordBit.EnglishFunction;

/** What the per-word tests of the scan say, so each token costs one lookup. */
export interface WordFacts {
  /** CueWord flags (0: not a cue word). */
  cue: number;
  /** WordBit flags. */
  bits: number;
  /** WordGate flags (absent: none). */
  gates?: number;
}

/**
 * The interned folded word with its facts and, once asked for, its list evidence. `cyrillic` below is always the
 * token's "first letter is Cyrillic", a fact of the word itself, so one remembered answer serves every token.
 */
export class WordInfo {
  readonly folded: string;
  readonly cue: number;
  readonly bits: number;
  /** WordGate flags. */
  readonly gates: number;
  /** The vocabulary's hash of `folded` (checked on the object the lookup fetches anyway: no separate hash table). */
  readonly hash: number;
  #plain: WordEvidence | undefined;
  #turkic: WordEvidence | undefined;
  #mentionKeys: readonly string[] | undefined;
  #keysBase: string | undefined;
  #baseKeys: readonly string[] = [];
  // turkicGivenShape() and nameShapeBeforeCaseEnding() of this word (-1: not asked yet), asked without their own
  // answer maps. Those hold fewer
  // words than a long text of unknown capitalised words has, and a token's visit here is one load.
  #givenShape = -1;
  #shapeBeforeCase = -1;
  /**
   * en-lower-social.ts wordKind() of this word (-1: not asked yet), which that pass alone reads and writes: asked of
   * every lower-case English token, and Never for nearly all of them.
   */
  lowerSocialKind = -1;
  /**
   * everyday-typos.ts everydayTypo() of this word (-1: not asked yet): asked of the edge words of most name spans,
   * more distinct words than that module's own answer map holds over a corpus.
   */
  typoReading = -1;
  /**
   * ru-chat-lower-slots.ts candidateAt() of this word (null: not asked yet; undefined: no candidate), which that pass
   * alone reads and writes: asked of most lower-case Cyrillic words of lower-case chat, and its misspelling test
   * builds dozens of strings per word.
   */
  lowerSlot: object | undefined | null = null;
  /** turkic-unlisted.ts everydayShapedWord()'s reduplication test of this word (-1: not asked yet; 0 or 1). */
  reduplicatedShape = -1;
  /** RussianCommonWords.has() of this word (-1: not asked yet; 0 or 1): common-words.ts hasWord(). */
  commonWord = -1;

  constructor(folded: string, facts: WordFacts, hash = -1) {
    this.folded = folded;
    this.cue = facts.cue;
    this.bits = facts.bits;
    this.gates = facts.gates ?? 0;
    this.hash = hash;
  }

  /**
   * The keys StemMatcher looks this word up by, with the endings a repeated or known name may take (Turkic and
   * Russian after a Cyrillic word, Latin after another).
   */
  mentionKeys(cyrillic: boolean): readonly string[] {
    return (this.#mentionKeys ??= splitKeys(this.folded, cyrillic ? turkicSuffixes : latinSuffixes, 2));
  }

  /**
   * stemKeys(base) for the base form this word was scored with, remembered: a word nearly always gets the same base,
   * and this saves a lookup in the large stem-key cache for every name word of every document.
   */
  baseKeys(base: string): readonly string[] {
    if (this.#keysBase !== base) {
      this.#baseKeys = stemKeys(base);
      this.#keysBase = base;
    }
    return this.#baseKeys;
  }

  /** turkicGivenShape(folded), remembered. */
  givenShape(): number {
    if (this.#givenShape === -1) this.#givenShape = turkicGivenShapeAfresh(this.folded);
    return this.#givenShape;
  }

  /** nameShapeBeforeCaseEnding(folded, resources), remembered (one vocabulary per resources). */
  shapeBeforeCaseEnding(resources: NameResources): boolean {
    if (this.#shapeBeforeCase === -1) this.#shapeBeforeCase = nameShapeBeforeCaseEndingAfresh(this.folded, resources) ? 1 : 0;
    return this.#shapeBeforeCase === 1;
  }

  /**
   * analyzeWord() of this word, remembered here for as long as the vocabulary keeps the word, and asked without
   * analyzeWord's own cache (which only saves the work: the answer is the same): the words of a long text are not
   * looked up again each time that cache fills, nor stored in it twice.
   */
  evidence(cyrillic: boolean, resources: NameResources, turkic: boolean): WordEvidence {
    if (turkic) return (this.#turkic ??= analyzeWordAfresh(this.folded, cyrillic, resources, true));
    return (this.#plain ??= analyzeWordAfresh(this.folded, cyrillic, resources, false));
  }
}

// Bounded so a stream of unique words cannot grow memory: at the limit the vocabulary keeps the half of its words met
// most recently and forgets the rest (Vocabulary.#compact).
const defaultLimit = 65_536;
// Longer words are not kept: names and the words around them are far shorter.
const maxInternedLength = 48;
// The table grows with the words (at most half full), so it stays small enough to sit in the CPU cache.
const initialTableSize = 4096;

/**
 * Interns folded words, found straight from the text: a word met before costs one hash over its folded codes and a
 * comparison, with no string sliced, folded or hashed by the engine. `describe` works out a new word's facts.
 *
 * The table is typed arrays: each slot holds the word's hash and its number, side by side (one cache line for
 * both); the folded codes of word n sit in one flat buffer. A lookup reads these few cache lines only, not the WordInfo object and its string (two more objects
 * scattered over the heap per token: fetching them from memory was most of the lookup's cost).
 */
export class Vocabulary {
  // Slot s → [2s] hash of the word there (-1: empty; hashes are non-negative), [2s + 1] that word's number.
  #table = emptyTable(initialTableSize);
  // Word number → its WordInfo, and where its folded codes start in #codes (they end where the next word's start).
  #infos: WordInfo[] = [];
  // Word number → the facts the scan reads for every token (folded string, WordBit and CueWord flags, first folded
  // code), so a plain word costs no visit to its WordInfo at all.
  #folded: string[] = [];
  // Int32: WordBit has grown past 16 bits (kept below 2^30, so every value stays a small integer for V8).
  #bits = new Int32Array(initialTableSize / 2);
  #gates = new Uint16Array(initialTableSize / 2);
  #cues = new Uint16Array(initialTableSize / 2);
  #firsts = new Uint16Array(initialTableSize / 2);
  #starts = new Int32Array(initialTableSize / 2 + 1);
  #codes = new Uint16Array(initialTableSize * 4);
  // Word number → when it was last met (#clock at that lookup): at the size limit the words met most recently stay.
  #met = new Int32Array(initialTableSize / 2);
  #clock = 0;
  readonly #describe: (folded: string) => WordFacts;
  readonly #limit: number;

  /** `limit`: words kept before the vocabulary starts afresh. */
  constructor(describe: (folded: string) => WordFacts, limit = defaultLimit) {
    this.#describe = describe;
    this.#limit = limit;
  }

  /**
   * The word text[start, end) folds to, or undefined when one of its codes cannot be folded on its own
   * (foldCode() is 0): then fold the word with foldWord() and call get().
   */
  find(text: string, start: number, end: number): WordInfo | undefined {
    let hash = foldHashSeed;
    for (let k = start; k < end; k++) {
      const code = foldCode(text.charCodeAt(k));
      if (code === 0) return undefined;
      hash = foldHashStep(hash, code);
    }
    return this.findHashed(text, start, end, foldHashFinish(hash));
  }

  /** find() with the hash tokenize() worked out (Token.foldHash, not -1). */
  findHashed(text: string, start: number, end: number, hash: number): WordInfo {
    const number = this.number(text, start, end, hash);
    if (number !== -1) return this.#infos[number]!;
    // A very long "word" (a pasted blob, an attack) is described afresh each time rather than kept in memory.
    const folded = foldWord(text.slice(start, end));
    return new WordInfo(folded, this.#describe(folded));
  }

  /**
   * The number of the word text[start, end) folds to (`hash` as for findHashed), for infoAt() and the other readers
   * below; valid until the next lookup (the vocabulary may start afresh on a new word). -1 for a word too long to be
   * kept: ask findHashed() for it.
   */
  number(text: string, start: number, end: number, hash: number): number {
    const table = this.#table;
    const mask = (table.length >> 1) - 1;
    const length = end - start;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const stored = table[slot << 1]!;
      if (stored === -1) {
        if (length > maxInternedLength) return -1;
        this.#insert(hash, foldWord(text.slice(start, end)));
        return this.#infos.length - 1;
      }
      if (stored !== hash) continue;
      const number = table[(slot << 1) + 1]!;
      const from = this.#starts[number]!;
      if (this.#starts[number + 1]! - from === length && this.#foldsTo(text, start, length, from)) {
        this.#meet(number);
        return number;
      }
    }
  }

  /**
   * Reads, without acting on them, the cache lines a lookup of a word with this hash will read (its table slot and,
   * when the slot holds that hash, the word's facts): the scan touches every token's first, so the memory loads of
   * different tokens overlap instead of each waiting for its own. Returns a value to sink (the reads must not be
   * optimised away); changes nothing.
   */
  touch(hash: number): number {
    const table = this.#table;
    const at = (hash & ((table.length >> 1) - 1)) << 1;
    const stored = table[at]!;
    if (stored !== hash) return stored;
    const number = table[at + 1]!;
    const from = this.#starts[number]!;
    return from + this.#codes[from]! + this.#bits[number]! + this.#cues[number]! + this.#firsts[number]! + this.#gates[number]! + this.#infos[number]!.hash + this.#folded[number]!.length;
  }

  infoAt(number: number): WordInfo {
    return this.#infos[number]!;
  }
  foldedAt(number: number): string {
    return this.#folded[number]!;
  }
  /** WordInfo.bits of word `number`. */
  bitsAt(number: number): number {
    return this.#bits[number]!;
  }
  /** WordInfo.gates of word `number`. */
  gatesAt(number: number): number {
    return this.#gates[number]!;
  }
  /** WordInfo.cue of word `number`. */
  cueAt(number: number): number {
    return this.#cues[number]!;
  }
  /** The first code of word `number`'s folded form. */
  firstAt(number: number): number {
    return this.#firsts[number]!;
  }

  /** The interned word for an already folded string. */
  get(folded: string): WordInfo {
    let hash = foldHashSeed;
    for (let k = 0; k < folded.length; k++) hash = foldHashStep(hash, folded.charCodeAt(k));
    hash = foldHashFinish(hash);
    const table = this.#table;
    const mask = (table.length >> 1) - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const stored = table[slot << 1]!;
      if (stored === -1) return this.#insert(hash, folded);
      if (stored === hash) {
        const number = table[(slot << 1) + 1]!;
        const info = this.#infos[number]!;
        if (info.folded === folded) {
          this.#meet(number);
          return info;
        }
      }
    }
  }

  // text[start, start + length) folds code by code to word codes [from, from + length).
  #foldsTo(text: string, start: number, length: number, from: number): boolean {
    const codes = this.#codes;
    for (let k = 0; k < length; k++) if (foldCode(text.charCodeAt(start + k)) !== codes[from + k]) return false;
    return true;
  }

  #insert(hash: number, folded: string): WordInfo {
    // A very long "word" (a pasted blob, an attack) is described afresh each time rather than kept in memory.
    if (folded.length > maxInternedLength) return new WordInfo(folded, this.#describe(folded));
    const info = new WordInfo(folded, this.#describe(folded), hash);
    if (this.#infos.length >= this.#limit) this.#compact(this.#limit >> 1);
    const size = this.#infos.length;
    if ((size + 1) * 2 > this.#table.length >> 1) this.#grow();
    const from = this.#starts[size]!;
    if (size + 2 > this.#starts.length) this.#starts = grown(this.#starts, size + 2);
    if (size >= this.#bits.length) {
      this.#bits = grown(this.#bits, size + 1);
      this.#gates = grown(this.#gates, size + 1);
      this.#cues = grown(this.#cues, size + 1);
      this.#firsts = grown(this.#firsts, size + 1);
      this.#met = grown(this.#met, size + 1);
    }
    this.#bits[size] = info.bits;
    this.#gates[size] = info.gates;
    this.#cues[size] = info.cue;
    this.#firsts[size] = folded.charCodeAt(0);
    this.#folded.push(folded);
    if (from + folded.length > this.#codes.length) this.#codes = grown(this.#codes, from + folded.length);
    for (let k = 0; k < folded.length; k++) this.#codes[from + k] = folded.charCodeAt(k);
    this.#starts[size + 1] = from + folded.length;
    this.#infos.push(info);
    this.#place(hash, size);
    this.#meet(size);
    return info;
  }

  // Word `number` was met now.
  #meet(number: number): void {
    // The clock stays a small integer: at 2^30 every word is kept and the clock values are renumbered from 1.
    if (this.#clock === clockLimit) this.#compact(this.#infos.length);
    this.#met[number] = ++this.#clock;
  }

  /**
   * Keeps the `keep` words met most recently, numbered anew in the order they were first met, and forgets the rest
   * (their WordInfo answers with them). A long text of unknown words fills the vocabulary while its everyday words
   * keep being met: forgetting them too would describe and analyse each again at its next occurrence. Word numbers
   * change, which the readers allow (a number is valid until the next lookup).
   */
  #compact(keep: number): void {
    const size = this.#infos.length;
    const met = this.#met;
    // Every word met has a clock value of its own: keep the words whose value is among the `keep` largest, and give
    // each its rank among them as its new value (1 for the earliest), so the clock restarts at the number kept.
    const order = met.slice(0, size).sort();
    const dropped = Math.max(0, size - keep);
    const since = dropped === 0 ? 0 : order[dropped]!;
    const infos: WordInfo[] = [];
    const folded: string[] = [];
    const starts = this.#starts;
    const codes = this.#codes;
    // In place, forward: word w moves down to n ≤ w, its codes to positions before its own.
    let to = 0;
    for (let w = 0; w < size; w++) {
      if (met[w]! < since) continue;
      const n = infos.length;
      const from = starts[w]!;
      const end = starts[w + 1]!;
      this.#bits[n] = this.#bits[w]!;
      this.#gates[n] = this.#gates[w]!;
      this.#cues[n] = this.#cues[w]!;
      this.#firsts[n] = this.#firsts[w]!;
      met[n] = rankOf(order, met[w]!) - dropped + 1;
      starts[n] = to;
      for (let k = from; k < end; k++) codes[to++] = codes[k]!;
      infos.push(this.#infos[w]!);
      folded.push(this.#folded[w]!);
    }
    starts[infos.length] = to;
    this.#clock = infos.length;
    this.#infos = infos;
    this.#folded = folded;
    let slots = initialTableSize;
    while ((infos.length + 1) * 2 > slots) slots *= 2;
    this.#table = emptyTable(slots);
    for (let n = 0; n < infos.length; n++) this.#place(infos[n]!.hash, n);
  }

  #place(hash: number, number: number): void {
    const table = this.#table;
    const mask = (table.length >> 1) - 1;
    let slot = hash & mask;
    while (table[slot << 1] !== -1) slot = (slot + 1) & mask;
    table[slot << 1] = hash;
    table[(slot << 1) + 1] = number;
  }

  #grow(): void {
    const old = this.#table;
    this.#table = emptyTable(old.length);
    for (let at = 0; at < old.length; at += 2) if (old[at] !== -1) this.#place(old[at]!, old[at + 1]!);
  }
}

// Where #meet renumbers the clock (well below 2^31, so the values stay small integers).
const clockLimit = 1 << 30;

// The index of `value` in the ascending `sorted` (present there).
function rankOf(sorted: Int32Array, value: number): number {
  let low = 0;
  let high = sorted.length - 1;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (sorted[middle]! < value) low = middle + 1;
    else high = middle;
  }
  return low;
}

// A table of `slots` empty slots (two entries each).
function emptyTable(slots: number): Int32Array {
  return new Int32Array(slots * 2).fill(-1);
}

function grown<T extends Int32Array | Uint16Array | Uint8Array>(array: T, atLeast: number): T {
  let size = array.length * 2;
  while (size < atLeast) size *= 2;
  const bigger = new (array.constructor as new (size: number) => T)(size);
  bigger.set(array);
  return bigger;
}
