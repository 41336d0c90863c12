// Every folded word the scan has met, with the facts about it that do not depend on its context: worked out once
// per word per process instead of once per token (a few thousand words make up most texts).

import { foldCode, foldHashFinish, foldHashSeed, foldHashStep, foldWord } from '../../text/normalize.js';
import { analyzeWord, wordCacheGeneration, type WordEvidence } from './analyze.js';
import { splitKeys, stemKeys } from './lexicon.js';
import type { NameResources } from './resources.js';
import { latinSuffixes, turkicSuffixes } from './suffixes.js';

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
} as const;

/** What the per-word tests of the scan say, so each token costs one lookup. */
export interface WordFacts {
  /** CueWord flags (0: not a cue word). */
  cue: number;
  /** WordBit flags. */
  bits: number;
}

/**
 * The interned folded word with its facts and, once asked for, its list evidence. `cyrillic` below is always the
 * token's "first letter is Cyrillic", a fact of the word itself, so one remembered answer serves every token.
 */
export class WordInfo {
  readonly folded: string;
  readonly cue: number;
  readonly bits: number;
  /** The vocabulary's hash of `folded` (checked on the object the lookup fetches anyway: no separate hash table). */
  readonly hash: number;
  #generation = -1;
  #plain: WordEvidence | undefined;
  #turkic: WordEvidence | undefined;
  #mentionKeys: readonly string[] | undefined;
  #keysBase: string | undefined;
  #baseKeys: readonly string[] = [];

  constructor(folded: string, facts: WordFacts, hash = -1) {
    this.folded = folded;
    this.cue = facts.cue;
    this.bits = facts.bits;
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

  /**
   * analyzeWord() of this word, remembered here. Valid while analyzeWord's own cache keeps its entries (the
   * generation changes when it is cleared), so every call answers exactly what analyzeWord would.
   */
  evidence(cyrillic: boolean, resources: NameResources, turkic: boolean): WordEvidence {
    if (this.#generation === wordCacheGeneration()) {
      const remembered = turkic ? this.#turkic : this.#plain;
      if (remembered !== undefined) return remembered;
    }
    const evidence = analyzeWord(this.folded, cyrillic, resources, turkic);
    // Read after the call: analyzeWord may have cleared its cache before storing this word.
    const now = wordCacheGeneration();
    if (this.#generation !== now) {
      this.#plain = undefined;
      this.#turkic = undefined;
      this.#generation = now;
    }
    if (turkic) this.#turkic = evidence;
    else this.#plain = evidence;
    return evidence;
  }
}

// Bounded so a stream of unique words cannot grow memory; clearing is cheaper than LRU bookkeeping.
const defaultLimit = 65_536;
// Longer words are not kept: names and the words around them are far shorter.
const maxInternedLength = 48;
// The table grows with the words (at most half full), so it stays small enough to sit in the CPU cache.
const initialTableSize = 4096;

/**
 * Interns folded words, found straight from the text: a word met before costs one hash over its folded codes and a
 * comparison, with no string sliced, folded or hashed by the engine. `describe` works out a new word's facts.
 */
export class Vocabulary {
  #slots = new Array<WordInfo | undefined>(initialTableSize).fill(undefined);
  #size = 0;
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
    const slots = this.#slots;
    const mask = slots.length - 1;
    const length = end - start;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const info = slots[slot];
      if (info === undefined) return this.#insert(hash, foldWord(text.slice(start, end)));
      if (info.hash !== hash) continue;
      // Compared with the folded form, which the scan reads next anyway: keeping the spelling as first met and
      // comparing it natively cost one more object to fetch from memory per token, and that fetch was the expense.
      if (info.folded.length === length && foldsTo(text, start, info.folded)) return info;
    }
  }

  /** The interned word for an already folded string. */
  get(folded: string): WordInfo {
    let hash = foldHashSeed;
    for (let k = 0; k < folded.length; k++) hash = foldHashStep(hash, folded.charCodeAt(k));
    hash = foldHashFinish(hash);
    const slots = this.#slots;
    const mask = slots.length - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const info = slots[slot];
      if (info === undefined) return this.#insert(hash, folded);
      if (info.hash === hash && info.folded === folded) return info;
    }
  }

  #insert(hash: number, folded: string): WordInfo {
    // A very long "word" (a pasted blob, an attack) is described afresh each time rather than kept in memory.
    if (folded.length > maxInternedLength) return new WordInfo(folded, this.#describe(folded));
    const info = new WordInfo(folded, this.#describe(folded), hash);
    if (this.#size >= this.#limit) {
      this.#slots = new Array<WordInfo | undefined>(initialTableSize).fill(undefined);
      this.#size = 0;
    } else if ((this.#size + 1) * 2 > this.#slots.length) {
      this.#grow();
    }
    this.#place(info);
    this.#size++;
    return info;
  }

  #place(info: WordInfo): void {
    const mask = this.#slots.length - 1;
    let slot = info.hash & mask;
    while (this.#slots[slot] !== undefined) slot = (slot + 1) & mask;
    this.#slots[slot] = info;
  }

  #grow(): void {
    const slots = this.#slots;
    this.#slots = new Array<WordInfo | undefined>(slots.length * 2).fill(undefined);
    for (const info of slots) if (info !== undefined) this.#place(info);
  }
}

// text[start, …) folds code by code to `folded` (every code there is known to fold on its own).
function foldsTo(text: string, start: number, folded: string): boolean {
  for (let k = 0; k < folded.length; k++) if (foldCode(text.charCodeAt(start + k)) !== folded.charCodeAt(k)) return false;
  return true;
}
