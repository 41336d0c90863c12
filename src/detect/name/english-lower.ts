// Lower-case English chat (`spoke to oisin yesterday, kitto never called back`): capitalisation says nothing, but
// English has a word list, so a word it does not know is a name.

import type { Token } from '../../text/tokenize.js';
import type { Span } from '../../types.js';
import { phraseEndsAt } from './cues.js';
import { readsEnglish, unlistedEnglishName } from './english.js';
import { onlySpaces } from './gaps.js';
import type { NameResources } from './resources.js';
import type { WordInfo } from './vocabulary.js';
import { nameWeights } from './weights.js';
import { WordKind, type WordScore } from './words.js';

// Answers of unlistedEnglishName() per word (it slices the word for its inflection tests): bounded.
const answers = new Map<string, boolean>();
const answerLimit = 8192;

/**
 * In a lower-case Latin-script text that reads as English, a word that stands where chat names a person (after
 * `ask`, `thanks`, `driver`; before `said`, `helped`, `fixed`; after a message-opening `is`: english-chat-*.txt) and that
 * English would not use (on no list, not explained by the common-word list or a regular inflection of a word on
 * it) is a name, scored as a lower-case vocative, with one more such word on either side (`ask oisin kitto`). The
 * caller checked lower-case writing and no Cyrillic word; adds to the scan's spans, joining those it touches.
 */
export function findUnlistedEnglishNames(text: string, tokens: readonly Token[], folded: readonly string[], words: readonly WordInfo[], scores: readonly WordScore[], spans: Span[], resources: NameResources): void {
  // A message of a few words (`thx tendai`, `bye oisin`) has no room for function words: an English thanks or goodbye
  // before the word says enough (not a role word: `operator hali` is Uzbek).
  const short = !readsEnglish(folded, resources.chatWords.englishFunctionWords);
  if (short && tokens.length > 4) return;
  const found: Span[] = [];
  let free = 0;
  for (let k = 0; k < tokens.length; k++) {
    if (short ? !afterThanksOrGoodbye(text, tokens, folded, k) : !besideNameCue(text, tokens, folded, k, resources)) continue;
    if (!candidate(tokens, folded, words, scores, k, resources)) continue;
    let first = k;
    let last = k;
    if (first - 1 >= free && spaced(text, tokens, first - 1) && candidate(tokens, folded, words, scores, first - 1, resources)) first--;
    if (last + 1 < tokens.length && spaced(text, tokens, last) && candidate(tokens, folded, words, scores, last + 1, resources)) last++;
    let normalized = folded[first]!;
    for (let m = first + 1; m <= last; m++) normalized += ` ${folded[m]!}`;
    found.push({ start: tokens[first]!.start, end: tokens[last]!.end, type: 'NAME', score: nameWeights.lowerVocative, source: 'name:cue', normalized });
    free = last + 1;
    k = last;
  }
  if (found.length > 0) mergeSpans(text, spans, found);
}

/**
 * A word that stands right before or after a name in English chat, one space away (`ask X`, `X said`), or a question
 * opening the message that asks for a person (`is X there`, `where is X`).
 */
function besideNameCue(text: string, tokens: readonly Token[], folded: readonly string[], k: number, resources: NameResources): boolean {
  const { englishBeforeName, englishAfterName, englishAskingFor } = resources.chatWords;
  // `bro thabo`, `dr okwuosa`: a title, kinship or service word too (en-person-verbs.ts).
  if (k > 0 && (englishBeforeName.has(folded[k - 1]!) || resources.englishSocial.personTitles.has(folded[k - 1]!) || lowerHonorifics.has(folded[k - 1]!)) && onlySpaces(text, tokens[k - 1]!.end, tokens[k]!.start, 2)) return true;
  // `thank you tendai`: the one two-word thanks whose last word is no cue alone.
  if (k > 1 && folded[k - 1] === 'you' && folded[k - 2] === 'thank' && onlySpaces(text, tokens[k - 1]!.end, tokens[k]!.start, 2)) return true;
  if (k + 1 < tokens.length && onlySpaces(text, tokens[k]!.end, tokens[k + 1]!.start, 2)) {
    const next = folded[k + 1]!;
    // `ravindu fixed it`: a verb only a person takes (en-person-verbs.ts; `who` only with a capital).
    if (englishAfterName.has(next) || (resources.englishSocial.personVerbs.has(next) && next !== 'who')) return true;
    // `lindiwe from support said`: a department between the name and the verb.
    const verb = folded[k + 3];
    if (next === 'from' && verb !== undefined && (englishAfterName.has(verb) || resources.englishSocial.personVerbs.has(verb)) && onlySpaces(text, tokens[k + 1]!.end, tokens[k + 2]!.start, 2) && onlySpaces(text, tokens[k + 2]!.end, tokens[k + 3]!.start, 2)) return true;
  }
  for (const question of englishAskingFor) {
    const first = k - question.length;
    if (first >= 0 && tokens[first]!.sentenceStart && phraseEndsAt(text, tokens, folded, question, k - 1) && onlySpaces(text, tokens[k - 1]!.end, tokens[k]!.start, 2)) return true;
  }
  return false;
}

// English honorifics as chat types them, without the dot (`dr okwuosa`, `mrs nakato`): a closed class.
const lowerHonorifics = new Set(['dr', 'mr', 'mrs', 'ms', 'prof']);

// English thanks and goodbyes typed before a name in the shortest messages.
const thanksAndGoodbyes = new Set(['thanks', 'thank', 'thankyou', 'thx', 'thnx', 'thanx', 'tnx', 'ty', 'cheers', 'bye']);

/** `thx tendai`, `thank you tendai`: an English thanks or goodbye right before token `k`. */
function afterThanksOrGoodbye(text: string, tokens: readonly Token[], folded: readonly string[], k: number): boolean {
  if (k === 0 || !onlySpaces(text, tokens[k - 1]!.end, tokens[k]!.start, 2)) return false;
  return thanksAndGoodbyes.has(folded[k - 1]!) || (k > 1 && folded[k - 1] === 'you' && folded[k - 2] === 'thank');
}

/** Token `k` is no name yet, four letters or more, without digits or a drawn-out letter, and a word English would not use. */
function candidate(tokens: readonly Token[], folded: readonly string[], words: readonly WordInfo[], scores: readonly WordScore[], k: number, resources: NameResources): boolean {
  return scores[k]!.kind === WordKind.None && folded[k]!.length >= 4 && !tokens[k]!.hasDigit && !drawnOut(folded[k]!) && englishName(folded[k]!, words[k]!, resources);
}

/** `sooo`, `pleaseee`: a letter typed three times over stretches an everyday word; names do not spell so. */
function drawnOut(word: string): boolean {
  for (let at = 2; at < word.length; at++) if (word.charCodeAt(at) === word.charCodeAt(at - 1) && word.charCodeAt(at) === word.charCodeAt(at - 2)) return true;
  return false;
}

/** Only spaces (at most two) between token `k` and the next. */
function spaced(text: string, tokens: readonly Token[], k: number): boolean {
  return onlySpaces(text, tokens[k]!.end, tokens[k + 1]!.start, 2);
}

function englishName(word: string, info: WordInfo, resources: NameResources): boolean {
  let answer = answers.get(word);
  if (answer === undefined) {
    answer = !resources.cueWords.has(word) && unlistedEnglishName(word, info.evidence(false, resources, false), resources);
    if (answers.size >= answerLimit) answers.clear();
    answers.set(word, answer);
  }
  return answer;
}

/** Adds the found spans to the scan's (both sorted, disjoint), joining those a single space apart. */
function mergeSpans(text: string, spans: Span[], found: readonly Span[]): void {
  const merged: Span[] = [];
  let a = 0;
  let b = 0;
  while (a < spans.length || b < found.length) {
    const next = b >= found.length || (a < spans.length && spans[a]!.start < found[b]!.start) ? spans[a++]! : found[b++]!;
    const last = merged[merged.length - 1];
    if (last !== undefined && next.start === last.end + 1 && text.charCodeAt(last.end) === 32) {
      last.end = next.end;
      last.score = Math.max(last.score, next.score);
      last.normalized = `${last.normalized ?? ''} ${next.normalized ?? ''}`.trim();
    } else merged.push(next);
  }
  spans.length = 0;
  for (const span of merged) spans.push(span);
}
