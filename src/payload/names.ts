// Name memory for one document: names seen so far (authors, earlier turns) are passed to later turns, and every
// later mention of the same person maps to one normalised key, so it gets one pseudonym.

import { nameKey } from '../detect/name/index.js';
import { foldName } from '../mask/normalize.js';

// Russian and Uzbek names lose a final vowel before a case ending (Дилшода → Дилшоде, Nilufar → Nilufarga).
const droppableFinal = /[аяеиоуыaeiou]$/u;
/** Longest case ending (plus possessive) we follow: -ларга, -ning, -ому; longer tails are a different word. */
const maxEndingLength = 4;
const minStemLength = 3;
// Иван → Иванов, Alisher → Alisherov is a family name built on the first name: a different word, not a case form.
const familyNameTail = /^(?:ов|ев|ёв|ин|ын|ич|ov|ev|yev|in|ich)/u;

interface Remembered {
  folded: string;
  stem: string;
  normalized: string;
}

export class NameMemory {
  readonly #entries: Remembered[] = [];
  readonly #surfaces: string[] = [];
  #snapshot: readonly string[] = [];

  /**
   * Surface forms to hand to the detector as `knownNames`. The same array until a name is added: the detector
   * compiles known names once per array it sees.
   */
  get knownNames(): readonly string[] {
    if (this.#snapshot.length !== this.#surfaces.length) this.#snapshot = Object.freeze([...this.#surfaces]);
    return this.#snapshot;
  }

  /**
   * Remembers a name (and each word of a multi-word name, as the same person) and returns the normalised key all
   * its later mentions will share. A name already remembered returns the earlier key.
   */
  remember(surface: string, normalized: string | undefined): string {
    const existing = this.lookup(surface);
    if (existing !== undefined) return existing;
    const key = normalized ?? nameKey(surface);
    this.#add(surface, key);
    const words = surface.split(/[\s-]+/u).filter((word) => word.length >= minStemLength);
    if (words.length > 1) for (const word of words) if (this.lookup(word) === undefined) this.#add(word, key);
    return key;
  }

  /** The key of a remembered name this mention is a form of (`алишеру` → the key of `Алишер`), if any. */
  lookup(surface: string): string | undefined {
    const folded = foldName(surface);
    for (const entry of this.#entries) if (entry.folded === folded) return entry.normalized;
    for (const entry of this.#entries) {
      if (entry.stem.length < minStemLength || !folded.startsWith(entry.stem)) continue;
      const tail = folded.slice(entry.stem.length);
      if (tail.length <= maxEndingLength && !familyNameTail.test(tail)) return entry.normalized;
    }
    return undefined;
  }

  #add(surface: string, normalized: string): void {
    const folded = foldName(surface);
    this.#entries.push({ folded, stem: folded.replace(droppableFinal, ''), normalized });
    this.#surfaces.push(surface.trim());
  }
}
