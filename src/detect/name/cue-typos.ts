// Chat misspells its greetings, thanks and self-introductions (`спассибо`, `здраствуйте`, `imim`, `зовуут`): one typo
// away from such a cue word, a word no list knows still cues the name after it. So do the chat spellings of greetings
// (`салям`, `здрасьте`, `хелоу`: cues/name-chat-greetings.txt), as they stand or one typo away.

import { analyzeWord } from './analyze.js';
import { CueWord, type NameResources } from './resources.js';
import { oneSlip } from './slips.js';
import { foldedWordSet } from './folded-words.js';

interface CueTarget {
  readonly word: string;
  // A word this short is read only through a slip (no substitution: `атым` is one letter from too many words).
  readonly short: boolean;
  // Not a greeting, thanks or one-word cue: a letter more or less at the end is another ending (`алды` "took" beside
  // `алдым` "I took"), not a slip.
  readonly endings: boolean;
}

// Per resources: the cue words of five letters or more (the one-word and last words of cue phrases, roles, words
// after a name) and the four-letter last words of introductions (`атым`, `adym`), by first letter (typos rarely hit
// the first one), and the cue word each word asked about misspells ('' for none; each word is asked once per
// vocabulary entry).
interface CueTypos {
  /**
   * By a word's first code and length (targetKey()): the targets of that first letter one letter shorter, as long or
   * one letter longer, in the order of the whole first-letter group (the first that fits wins). Most of a group is
   * of other lengths: this spares the loop over it for each new word of the vocabulary.
   */
  readonly targets: ReadonlyMap<number, readonly CueTarget[]>;
  readonly answers: Map<string, string>;
}
const typosByResources = new WeakMap<NameResources, CueTypos>();
const answerLimit = 4096;
// No cue word is longer (`здравствуйте`, `приветствую`, `саламатсызбы`): longer words are asked nothing more.
const longestTarget = 14;
// The last resources asked about (in practice the only ones): no WeakMap lookup per word.
let lastResources: NameResources | undefined;
let lastTypos: CueTypos | undefined;

function cueTypos(resources: NameResources): CueTypos {
  if (resources === lastResources) return lastTypos!;
  let found = typosByResources.get(resources);
  if (found === undefined) {
    const targets = new Map<number, CueTarget[]>();
    const add = (word: string, short: boolean, endings: boolean): void => {
      const group = targets.get(word.charCodeAt(0)) ?? [];
      if (!group.some((target) => target.word === word)) group.push({ word, short, endings });
      targets.set(word.charCodeAt(0), group);
    };
    for (const word of chatGreetings()) add(word, false, false);
    for (const [word, kinds] of resources.cueWords) {
      if (word.length > longestTarget || word.includes(' ') || word.includes('-')) continue;
      const phrases = resources.cuesBefore.get(word);
      const oneWord = phrases?.some((phrase) => phrase.words.length === 1 && !phrase.question && phrase.strong) === true;
      if (word.length >= 5 && kinds & (CueWord.PhraseEnd | CueWord.Role | CueWord.After)) add(word, false, !oneWord);
      else if (word.length === 4 && phrases?.some((phrase) => phrase.intro) === true) add(word, true, !oneWord);
    }
    const byLength = new Map<number, CueTarget[]>();
    for (const [first, group] of targets) {
      for (let length = 4; length <= longestTarget + 1; length++) {
        const near = group.filter((target) => Math.abs(target.word.length - length) <= 1);
        if (near.length > 0) byLength.set(targetKey(first, length), near);
      }
    }
    found = { targets: byLength, answers: new Map() };
    typosByResources.set(resources, found);
  }
  lastResources = resources;
  lastTypos = found;
  return found;
}

/**
 * The cue word (a greeting, thanks, request, self-introduction, role, or a word after a name) that `word` misspells
 * by one edit (a swap of neighbours counts as one; not another last letter, which is another ending), or undefined.
 * A word that any list or the Russian lexicon knows is itself, not a typo (`привез` is no `привет`). A chat spelling
 * of a greeting (`салям`) is returned as it stands.
 */
export function misspeltCueWord(word: string, resources: NameResources): string | undefined {
  // describeWord() asks once per vocabulary word; markCues() asks again only for the words found here.
  if (word.length < 4 || word.length > longestTarget + 1) return undefined;
  const { targets, answers } = cueTypos(resources);
  // No target of this first letter and a near length: no typo, and no chat greeting either (each is a target).
  const group = targets.get(targetKey(word.charCodeAt(0), word.length));
  if (group === undefined) return undefined;
  const remembered = answers.get(word);
  if (remembered !== undefined) return remembered === '' ? undefined : remembered;
  // A chat spelling of a greeting as it stands is one, whatever else the lexicon reads in it (`салям`).
  if (chatGreetings().has(word)) {
    answers.set(word, word);
    return word;
  }
  let found = '';
  for (const target of group) {
    if (!nearStart(word, target.word)) continue;
    if (target.endings && otherLength(word, target.word)) continue;
    if (target.short ? oneSlip(word, target.word) : withinOneEdit(word, target.word) && !otherEnding(word, target.word)) {
      found = target.word;
      break;
    }
  }
  if (found !== '' && knownWord(word, resources)) found = '';
  if (answers.size >= answerLimit) answers.clear();
  answers.set(word, found);
  return found === '' ? undefined : found;
}

// CueTypos.targets' key: a first code (below 2^16) and a word length (4 to longestTarget + 1, below 16).
function targetKey(first: number, length: number): number {
  return first * 16 + length;
}

/**
 * At most one edit apart: one letter replaced, added or left out, or two neighbours swapped (chat.ts
 * editDistanceWithin(a, b, 1), the optimal-string-alignment distance, without its table): after the common beginning,
 * the rest of the two words must be equal past the one edit.
 */
export function withinOneEdit(a: string, b: string): boolean {
  const difference = a.length - b.length;
  if (difference > 1 || difference < -1) return false;
  const shorter = difference > 0 ? b.length : a.length;
  let at = 0;
  while (at < shorter && a.charCodeAt(at) === b.charCodeAt(at)) at++;
  // Equal, or one letter more at the end of one.
  if (at === shorter) return true;
  if (difference === 1) return sameFrom(a, at + 1, b, at);
  if (difference === -1) return sameFrom(a, at, b, at + 1);
  if (sameFrom(a, at + 1, b, at + 1)) return true;
  return at + 1 < a.length && a.charCodeAt(at) === b.charCodeAt(at + 1) && a.charCodeAt(at + 1) === b.charCodeAt(at) && sameFrom(a, at + 2, b, at + 2);
}

// a from `i` on equals b from `j` on (the caller knows both rests have one length).
function sameFrom(a: string, i: number, b: string, j: number): boolean {
  while (i < a.length) if (a.charCodeAt(i++) !== b.charCodeAt(j++)) return false;
  return true;
}

// Only the last letter differs: another grammatical ending, not a typo (Kazakh `тегін` "free" beside `тегім` "my
// surname", `есімін` beside `есімім`).
function otherEnding(word: string, target: string): boolean {
  return word.length === target.length && word.charCodeAt(word.length - 1) !== target.charCodeAt(word.length - 1) && target.startsWith(word.slice(0, -1));
}

// A letter more or less at the end only (`алды` beside `алдым`, `oldim` beside `oldi`): another ending.
function otherLength(word: string, target: string): boolean {
  return word.length === target.length + 1 ? word.startsWith(target) : word.length + 1 === target.length && target.startsWith(word);
}

/** A greeting as chat spells it (cues/name-chat-greetings.txt): never a name. */
export function chatGreetingWord(word: string): boolean {
  return chatGreetings().has(word);
}

let greetings: ReadonlySet<string> | undefined;
function chatGreetings(): ReadonlySet<string> {
  greetings ??= foldedWordSet('cues/name-chat-greetings.txt');
  return greetings;
}

// One edit (or swap) away and sharing the first letter, the second letter of one is the second or third of the other:
// two code comparisons that spare most words the edit-distance table.
function nearStart(word: string, target: string): boolean {
  const second = word.charCodeAt(1);
  const targetSecond = target.charCodeAt(1);
  return second === targetSecond || second === target.charCodeAt(2) || word.charCodeAt(2) === targetSecond;
}

function knownWord(word: string, resources: NameResources): boolean {
  const cyrillic = word.charCodeAt(0) >= 0x400 && word.charCodeAt(0) <= 0x52f;
  const evidence = analyzeWord(word, cyrillic, resources, false);
  if (evidence.nameFlags !== 0 || evidence.stopFlags !== 0) return true;
  return cyrillic ? resources.commonWords.has(word) : resources.latinNames.getStem(word) !== undefined;
}
