// Every folded word the scan has met, with the facts about it that do not depend on its context: worked out once
// per word per process instead of once per token (a few thousand words make up most texts).

import { analyzeWord, wordCacheGeneration, type WordEvidence } from './analyze.js';
import type { NameResources } from './resources.js';

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
} as const;

/** What the per-word tests of the scan say, so each token costs one lookup. */
export interface WordFacts {
  /** CueWord flags (0: not a cue word). */
  cue: number;
  /** WordBit flags. */
  bits: number;
}

/** The interned folded word with its facts and, once asked for, its list evidence. */
export class WordInfo {
  readonly folded: string;
  readonly cue: number;
  readonly bits: number;
  #generation = -1;
  #plain: WordEvidence | undefined;
  #turkic: WordEvidence | undefined;

  constructor(folded: string, facts: WordFacts) {
    this.folded = folded;
    this.cue = facts.cue;
    this.bits = facts.bits;
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
const vocabularyLimit = 100_000;

/** Interns folded words; `describe` works out the facts of a word met for the first time. */
export class Vocabulary {
  readonly #words = new Map<string, WordInfo>();
  readonly #describe: (folded: string) => WordFacts;

  constructor(describe: (folded: string) => WordFacts) {
    this.#describe = describe;
  }

  get(folded: string): WordInfo {
    let info = this.#words.get(folded);
    if (info === undefined) {
      if (this.#words.size >= vocabularyLimit) this.#words.clear();
      info = new WordInfo(folded, this.#describe(folded));
      this.#words.set(folded, info);
    }
    return info;
  }
}
