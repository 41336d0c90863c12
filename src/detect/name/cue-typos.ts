// Chat misspells its greetings, thanks and self-introductions (`спассибо`, `здраствуйте`, `imim`, `зовуут`): one typo
// away from such a cue word, a word no list knows still cues the name after it. So do the chat spellings of greetings
// (`салям`, `здрасьте`, `хелоу`: cues/name-chat-greetings.txt), as they stand or one typo away.

import { analyzeWord } from './analyze.js';
import { editDistanceWithin } from './chat.js';
import { Cue } from './cues.js';
import type { NameResources } from './resources.js';
import { foldedWordSet } from './folded-words.js';

interface CueTarget {
  readonly word: string;
  readonly kind: number;
}

// Per resources: the one-word strong and introducing cue phrases of five letters or more, by first letter (typos
// rarely hit the first one), and the answer for each word asked about (each word is asked once per vocabulary entry).
interface CueTypos {
  readonly targets: ReadonlyMap<number, readonly CueTarget[]>;
  readonly answers: Map<string, number>;
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
    for (const word of chatGreetings()) {
      const group = targets.get(word.charCodeAt(0)) ?? [];
      group.push({ word, kind: Cue.Strong });
      targets.set(word.charCodeAt(0), group);
    }
    for (const [word, phrases] of resources.cuesBefore) {
      if (word.length < 5 || word.length > longestTarget) continue;
      for (const phrase of phrases) {
        if (phrase.words.length !== 1 || phrase.question || !phrase.strong) continue;
        const group = targets.get(word.charCodeAt(0)) ?? [];
        group.push({ word, kind: phrase.intro ? Cue.Intro : Cue.Strong });
        targets.set(word.charCodeAt(0), group);
        break;
      }
    }
    found = { targets, answers: new Map() };
    typosByResources.set(resources, found);
  }
  lastResources = resources;
  lastTypos = found;
  return found;
}

/**
 * The cue kind (Cue.Strong, Cue.Intro) of the one-word greeting, thanks, request or self-introduction that `word`
 * misspells by one edit (a swap of neighbours counts as one; not another last letter, which is another ending), or
 * 0. A word that any list or the Russian lexicon knows is itself, not a typo (`привез` is no `привет`).
 */
export function misspeltCueKind(word: string, resources: NameResources): number {
  // describeWord() asks once per vocabulary word; markCues() asks again only for the words found here.
  if (word.length < 4 || word.length > longestTarget + 1) return 0;
  const { targets, answers } = cueTypos(resources);
  const group = targets.get(word.charCodeAt(0));
  if (group === undefined) return 0;
  const remembered = answers.get(word);
  if (remembered !== undefined) return remembered;
  // A chat spelling of a greeting as it stands is one, whatever else the lexicon reads in it (`салям`).
  let kind = chatGreetings().has(word) ? Cue.Strong : 0;
  if (kind !== 0) {
    answers.set(word, kind);
    return kind;
  }
  for (const target of group) {
    if (Math.abs(target.word.length - word.length) <= 1 && nearStart(word, target.word) && editDistanceWithin(word, target.word, 1) && !otherEnding(word, target.word)) {
      kind = target.kind;
      break;
    }
  }
  if (kind === 0 || knownWord(word, resources)) return 0;
  if (answers.size >= answerLimit) answers.clear();
  answers.set(word, kind);
  return kind;
}

// Only the last letter differs: another grammatical ending, not a typo (Kazakh `тегін` "free" beside `тегім` "my
// surname", `есімін` beside `есімім`).
function otherEnding(word: string, target: string): boolean {
  return word.length === target.length && word.charCodeAt(word.length - 1) !== target.charCodeAt(word.length - 1) && target.startsWith(word.slice(0, -1));
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
