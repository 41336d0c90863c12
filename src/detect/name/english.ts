// English chat evidence: names after English cue phrases, self-identification (`its X here`), thanks after a
// name (`ok X cheers`), a please between a name and a request to call.

import type { Token } from '../../text/tokenize.js';
import type { Span } from '../../types.js';
import type { WordEvidence } from './analyze.js';
import { Cue } from './cues.js';
import { cueGap, onlySpaces } from './gaps.js';
import { WordFlag } from './lexicon.js';
import { CueWord, type NameResources } from './resources.js';
import { WordBit, type WordInfo } from './vocabulary.js';
import { nameWeights } from './weights.js';
import type { WordScore } from './words.js';

/** The words markEnglishChatCues() looks at (WordBit.EnglishChatCue is set on them once per vocabulary entry). */
export function isEnglishChatCueWord(folded: string, resources: NameResources): boolean {
  const { thanks, please } = resources.chatWords;
  return folded === 'here' || thanks.has(folded) || please.has(folded);
}

/**
 * Cues that hang on a word after the name rather than before it, so markCues() (which starts from cue phrases) does
 * not see them: `its X [Y] here` (a self-identification: Strong on X), `ok X cheers` (X is thanked: Strong on X,
 * when the interjection opens the message), `X pls call me` (the please does not hide the request to call: 3 after
 * X, as cues.ts marks `X call`). Only called when the text has one of these words.
 */
export function markEnglishChatCues(text: string, tokens: readonly Token[], folded: readonly string[], words: readonly WordInfo[], resources: NameResources, cueBefore: Uint8Array, cueAfter: Uint8Array): void {
  const { selfIntroductions, thanks, interjections, please } = resources.chatWords;
  const count = tokens.length;
  for (let k = 1; k < count; k++) {
    // One bit test per token: the set lookups below run only on the few cue words.
    if ((words[k]!.bits & WordBit.EnglishChatCue) === 0) continue;
    const word = folded[k]!;
    if (word === 'here') {
      // One or two name words between the self-introduction and `here`.
      for (let size = 1; size <= 2; size++) {
        const intro = k - size - 1;
        if (intro < 0 || !selfIntroductions.has(folded[intro]!) || !spacesBetween(text, tokens, intro, k)) continue;
        // Strong, not Intro: after Intro any lower-case word off the lists counts, and `its raining here` has one.
        if (cueBefore[intro + 1] === 0) cueBefore[intro + 1] = Cue.Strong;
        break;
      }
    } else if (thanks.has(word)) {
      const opener = k - 2;
      if (opener >= 0 && tokens[opener]!.sentenceStart && interjections.has(folded[opener]!) && cueGap(text, tokens[opener]!.end, tokens[k - 1]!.start) && cueGap(text, tokens[k - 1]!.end, tokens[k]!.start) && cueBefore[k - 1] === 0) {
        cueBefore[k - 1] = Cue.Strong;
      }
    } else if (please.has(word) && k + 1 < count && words[k + 1]!.cue & CueWord.CallVerb && cueAfter[k - 1] === 0) {
      if (onlySpaces(text, tokens[k - 1]!.end, tokens[k]!.start, 2) && cueGap(text, tokens[k]!.end, tokens[k + 1]!.start)) cueAfter[k - 1] = 3;
    }
  }
}

function spacesBetween(text: string, tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (!onlySpaces(text, tokens[k]!.end, tokens[k + 1]!.start, 2)) return false;
  return true;
}

/** The word before token `i` ends an English cue phrase: the lower-case word after it is read as English. */
export function afterEnglishCue(tokens: readonly Token[], folded: readonly string[], i: number, resources: NameResources): boolean {
  return i > 0 && !tokens[i]!.cyrillic && !tokens[i - 1]!.cyrillic && resources.chatWords.englishCueEnds.has(folded[i - 1]!);
}

// Regular English inflections and derivations the common-word list (compromise's lexicon, base forms mostly) does
// not hold: `parcels`, `rang`-less `waited`, `waiting`, `quickly`, `cleaner`. Longest first.
const inflections = ['ings', 'ing', 'ies', 'ied', 'ers', 'est', 'ed', 'es', 'er', 'ly', 'd', 's', 'y'];

/**
 * An unlisted lower-case Latin word that English would not use as an everyday word: letters only, four at least,
 * neither on the common-word list nor a regular inflection of a word on it. Allocates a few slices, so only for
 * cued candidates.
 */
export function unlistedEnglishName(word: string, evidence: WordEvidence, resources: NameResources): boolean {
  if (word.length < 4 || evidence.nameFlags !== 0 || evidence.stopFlags !== 0 || resources.cueWords.has(word)) return false;
  for (let k = 0; k < word.length; k++) {
    const code = word.charCodeAt(k);
    if (code < 97 || code > 122) return false;
  }
  // `originally`, `literally`: an unlisted word in -ly is an adverb whose adjective the list may lack (listed names
  // such as Emily or Kelly never reach this test).
  if (word.length >= 6 && word.endsWith('ly')) return false;
  for (const ending of inflections) {
    if (word.length - ending.length < 3 || !word.endsWith(ending)) continue;
    const stem = word.slice(0, word.length - ending.length);
    if (everyday(stem, resources) || everyday(stem + 'e', resources)) return false;
    // `stopped`, `planning`: a doubled final consonant before the ending.
    if (stem.length >= 4 && stem.charCodeAt(stem.length - 1) === stem.charCodeAt(stem.length - 2) && everyday(stem.slice(0, -1), resources)) return false;
    if ((ending === 'ies' || ending === 'ied') && everyday(stem + 'y', resources)) return false;
  }
  // British spelling of a word the (American) list holds: `neighbours`, `colour`.
  const our = word.indexOf('our', 1);
  if (our !== -1) return unlistedEnglishName(word.slice(0, our) + 'or' + word.slice(our + 3), evidence, resources);
  return true;
}

function everyday(stem: string, resources: NameResources): boolean {
  const entry = resources.latinNames.getStem(stem);
  return entry !== undefined && (entry.flags & (WordFlag.NotName | WordFlag.Ambiguous)) !== 0;
}

/**
 * `spoke to oisin kitto`, `its iolo pascoe here`: after a lower-case name that an English cue introduced, an
 * unlisted word English would not use is its surname. Only asked right after such a name, so rare.
 */
export function englishSurnameAfterCuedName(tokens: readonly Token[], folded: readonly string[], info: WordInfo, i: number, previous: WordScore, resources: NameResources, turkic: boolean): boolean {
  if (previous.source !== 'cue' || previous.cued !== true || tokens[i]!.cyrillic || !(afterEnglishCue(tokens, folded, i - 1, resources) || afterNameIs(tokens, folded, i - 1))) return false;
  return unlistedEnglishName(folded[i]!, info.evidence(false, resources, turkic), resources);
}

/** `my name is lysander quorvelloni`: token `i` follows `name is` (`is` is no cue end alone: `X is Y`). */
function afterNameIs(tokens: readonly Token[], folded: readonly string[], i: number): boolean {
  return i > 1 && folded[i - 1] === 'is' && folded[i - 2] === 'name' && !tokens[i - 1]!.cyrillic;
}

/**
 * `Five stars for Cadoc and Piran`: two capitalised Latin words that no list knows (not even the English
 * everyday-word list, which vetoes `Research and Development`), joined by `and` in the middle of a sentence, are
 * two people; mentions.ts lifts a word coordinated with a found name, this lifts a pair of unknown ones. Not in an
 * enumeration or before a capitalised word or number (`Smith, Brown and Jones`, `Brown and Jones Associates`). Runs
 * over the spans, not the tokens.
 */
export function liftCoordinatedUnknowns(text: string, tokens: readonly Token[], folded: readonly string[], scores: readonly WordScore[], spans: Span[]): void {
  let s = 0;
  for (let n = 0; n + 1 < spans.length; n++) {
    const left = spans[n]!;
    const right = spans[n + 1]!;
    // Both may be unknown, or one a world given name lifted already (en-world-names.ts: `Fenella and Tamsin`).
    if (left.score >= nameWeights.coordinated && right.score >= nameWeights.coordinated) continue;
    while (s < tokens.length && tokens[s]!.start < left.start) s++;
    const k = s + 2;
    if (k >= tokens.length || tokens[s]!.start !== left.start || tokens[k]!.start !== right.start || folded[s + 1] !== 'and') continue;
    if (left.end > tokens[s]!.end || right.end > tokens[k]!.end || tokens[s]!.cyrillic || tokens[k]!.cyrillic || tokens[s]!.sentenceStart) continue;
    if (scores[s]!.source !== 'capital' || scores[k]!.source !== 'capital') continue;
    if (!onlySpaces(text, tokens[s]!.end, tokens[s + 1]!.start, 2) || !onlySpaces(text, tokens[s + 1]!.end, tokens[k]!.start, 2) || listed(text, tokens, s, k)) continue;
    left.score = Math.max(left.score, nameWeights.coordinated);
    right.score = Math.max(right.score, nameWeights.coordinated);
  }
}

/** A comma before the pair (`Smith, Brown and Jones`), or a capitalised word or number right after it. */
function listed(text: string, tokens: readonly Token[], left: number, right: number): boolean {
  let before = tokens[left]!.start - 1;
  while (before >= 0 && text.charCodeAt(before) === 32) before--;
  if (before >= 0 && text.charCodeAt(before) === 44) return true;
  const next = tokens[right + 1];
  if (next === undefined || !onlySpaces(text, tokens[right]!.end, next.start, 2)) return false;
  const first = text.charCodeAt(next.start);
  return next.hasDigit || (first >= 65 && first <= 90);
}

/**
 * Two of `functionWords` at least (one in a message of at most eight words) make a Latin-script text English. Each
 * caller brings its own set: which short words also occur in Russian typed in Latin letters matters to some rules.
 */
export function readsEnglish(folded: readonly string[], functionWords: ReadonlySet<string>): boolean {
  let found = 0;
  for (let k = 0; k < folded.length; k++) {
    if (functionWords.has(folded[k]!) && ++found >= 2) return true;
  }
  return found === 1 && folded.length <= 8;
}

/** A–Z or a–z, then a–z only: an English word as typed, capitalised or not. */
export function lettersAfterFirst(text: string, token: Token): boolean {
  const first = text.charCodeAt(token.start) | 32;
  if (first < 97 || first > 122) return false;
  for (let at = token.start + 1; at < token.end; at++) {
    const code = text.charCodeAt(at);
    if (code < 97 || code > 122) return false;
  }
  return true;
}

/** An upper-case A–Z, then lower-case a–z only: a title-case English word as typed. */
export function asciiTitleCase(text: string, token: Token): boolean {
  const first = text.charCodeAt(token.start);
  if (first < 65 || first > 90) return false;
  for (let at = token.start + 1; at < token.end; at++) {
    const code = text.charCodeAt(at);
    if (code < 97 || code > 122) return false;
  }
  return true;
}
