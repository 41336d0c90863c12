// The English word classes that social.ts and en-titles.ts read around a Latin-script run, from patterns/cues/name-english-*.txt
// and patterns/stoplists/common-en-nationalities.txt, and the SSA given names of patterns/names/en/ssa-first.txt.

import { readPatternList } from '../../patterns.js';
import { foldWord } from '../../text/normalize.js';
import { foldedWordSet } from './folded-words.js';

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
  /** `watching`, `playing`: the run after one names a show or game (en-titles.ts). */
  readonly titleVerbs: ReadonlySet<string>;
  /** `park`, `green`, `hill`: end a place name after a locative (en-titles.ts). */
  readonly placeHeads: ReadonlySet<string>;
  /** `in`, `at`, `near`: before a place name. */
  readonly locatives: ReadonlySet<string>;
  /** `no`, `every`: determiners before a title-case everyday word (en-titles.ts). */
  readonly quantifiers: ReadonlySet<string>;
  /** `son`, `ski`, `er`: surname endings of an unlisted word after a lower-case given name (en-lower-names.ts). */
  readonly surnameEndings: readonly string[];
  /** `is`, `laughs`, `said`: verbs after a lower-case given name in English text (en-lower-names.ts). */
  readonly verbsAfterName: ReadonlySet<string>;
  /** `drive`, `way`, `crescent`: capitalised after a run, a street's last word (en-titles.ts). */
  readonly streetHeads: ReadonlySet<string>;
  /** `did`, `does`: auxiliaries opening a question before a name (social.ts). */
  readonly auxiliaries: ReadonlySet<string>;
  /** `dude`, `driver`: nouns for a person, ending a predicate about an opening name (en-subjects.ts). */
  readonly personNouns: ReadonlySet<string>;
  /** `German`, `Muslim`: nationality and religion words, alone no person in English text (en-titles.ts). */
  readonly nationalities: ReadonlySet<string>;
  /** `great work`, `bye`, `rip`: phrases addressing the person named right after them, keyed by their last word (en-address.ts). */
  readonly addressPhrases: ReadonlyMap<string, readonly (readonly string[])[]>;
  /** `novel`, `poem`: works one person makes, after the maker's name as a modifier (en-works.ts). */
  readonly workNouns: ReadonlySet<string>;
  /** US given names from the SSA counts that no other list holds (names/en/ssa-first.txt): read in English text only (en-world-names.ts). */
  readonly worldGivenNames: ReadonlySet<string>;
  /** `mom`, `voice`, `videos`: what only a person has, after a possessive (en-possessors.ts). */
  readonly personPossessions: ReadonlySet<string>;
  /** `fixed`, `apologised`, `who`: verbs only a person takes, after an unknown capitalised word (en-person-verbs.ts). */
  readonly personVerbs: ReadonlySet<string>;
  /** `coach`, `auntie`, `waiter`, `brother`: right before an unknown capitalised word, a person's (en-person-verbs.ts). */
  readonly personTitles: ReadonlySet<string>;
  /** `patient`, `rude`: after `was` behind an unknown capitalised word, a person's (en-person-verbs.ts). */
  readonly personAdjectives: ReadonlySet<string>;
  /** cues/name-english-review-praise.txt: what a review says a person was (`great`, `a star`): en-openers.ts. */
  readonly reviewPraise: ReadonlySet<string>;
  /** cues/name-english-firm-verbs.txt: verbs said of a firm or parcel as much as of a person (en-openers.ts). */
  readonly firmVerbs: ReadonlySet<string>;
  /** cues/name-english-person-gives.txt: what a person gives in a review (`advice`, `patience`): en-openers.ts. */
  readonly personGives: ReadonlySet<string>;
}

export function loadEnglishSocialWords(): EnglishSocialWords {
  return {
    functionWords: foldedWordSet('cues/name-english-social-function-words.txt'),
    articles: foldedWordSet('cues/name-english-articles.txt'),
    possessives: foldedWordSet('cues/name-english-possessives.txt'),
    placeOpeners: foldedWordSet('cues/name-english-place-openers.txt'),
    thingHeads: foldedWordSet('cues/name-english-thing-heads.txt'),
    objectWords: foldedWordSet('cues/name-english-object-words.txt'),
    stagePrefixes: foldedWordSet('cues/name-english-stage-prefixes.txt'),
    titleVerbs: foldedWordSet('cues/name-english-title-verbs.txt'),
    placeHeads: foldedWordSet('cues/name-english-place-heads.txt'),
    locatives: foldedWordSet('cues/name-english-locatives.txt'),
    quantifiers: foldedWordSet('cues/name-english-quantifiers.txt'),
    surnameEndings: [...foldedWordSet('cues/name-english-surname-endings.txt')],
    verbsAfterName: new Set([...foldedWordSet('cues/name-english-verbs-after.txt'), ...foldedWordSet('cues/name-english-chat-after.txt')]),
    streetHeads: foldedWordSet('cues/name-english-street-heads.txt'),
    auxiliaries: foldedWordSet('cues/name-english-auxiliaries.txt'),
    personNouns: foldedWordSet('cues/name-english-person-nouns.txt'),
    nationalities: foldedWordSet('stoplists/common-en-nationalities.txt'),
    addressPhrases: phrasesByLastWord('cues/name-english-address.txt'),
    workNouns: foldedWordSet('cues/name-english-work-nouns.txt'),
    worldGivenNames: foldedWordSet('names/en/ssa-first.txt'),
    personPossessions: foldedWordSet('cues/name-english-person-possessions.txt'),
    personVerbs: foldedWordSet('cues/name-english-person-verbs.txt'),
    personTitles: foldedWordSet('cues/name-english-person-titles.txt'),
    personAdjectives: foldedWordSet('cues/name-english-person-adjectives.txt'),
    reviewPraise: foldedWordSet('cues/name-english-review-praise.txt'),
    firmVerbs: foldedWordSet('cues/name-english-firm-verbs.txt'),
    personGives: foldedWordSet('cues/name-english-person-gives.txt'),
  };
}

function phrasesByLastWord(relativePath: string): ReadonlyMap<string, readonly (readonly string[])[]> {
  const byLast = new Map<string, string[][]>();
  for (const line of readPatternList(relativePath)) {
    const words = line.split(/\s+/u).map(foldWord);
    const last = words[words.length - 1]!;
    const list = byLast.get(last) ?? [];
    list.push(words);
    byLast.set(last, list);
  }
  return byLast;
}
