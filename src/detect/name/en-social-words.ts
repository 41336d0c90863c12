// The English word classes that social.ts reads around a Latin-script run, from patterns/cues/name-english-*.txt.

import { readPatternList } from '../../patterns.js';
import { foldWord } from '../../text/normalize.js';

export interface EnglishSocialWords {
  /** `the`, `you`, `love`: two of them (one in a short text) make a Latin-script text English. */
  readonly functionWords: ReadonlySet<string>;
  /** `the`, `a`, `an`: a run after one names a thing unless a lower-case noun follows. */
  readonly articles: ReadonlySet<string>;
  /** `my`, `your`: a run after one names a thing. */
  readonly possessives: ReadonlySet<string>;
  /** `San`, `Fort`, `New`: open a place name before a capitalised word. */
  readonly placeOpeners: ReadonlySet<string>;
  /** `show`, `band`, `farm`: head nouns that make the run before them a thing's or place's name. */
  readonly thingHeads: ReadonlySet<string>;
  /** `me`, `the`, `up`: open a verb's object (`Jasur show me`). */
  readonly objectWords: ReadonlySet<string>;
  /** `dj`, `mc`: stage-name prefixes in capitals before an artist's name. */
  readonly stagePrefixes: ReadonlySet<string>;
}

function foldedSet(relativePath: string): ReadonlySet<string> {
  return new Set(readPatternList(relativePath).flatMap((line) => line.split(/\s+/u)).map(foldWord));
}

export function loadEnglishSocialWords(): EnglishSocialWords {
  return {
    functionWords: foldedSet('cues/name-english-social-function-words.txt'),
    articles: foldedSet('cues/name-english-articles.txt'),
    possessives: foldedSet('cues/name-english-possessives.txt'),
    placeOpeners: foldedSet('cues/name-english-place-openers.txt'),
    thingHeads: foldedSet('cues/name-english-thing-heads.txt'),
    objectWords: foldedSet('cues/name-english-object-words.txt'),
    stagePrefixes: foldedSet('cues/name-english-stage-prefixes.txt'),
  };
}
