// Lower-case words and handles English posts use for people (`wow zorvek, your video …`, `my boy qelDubbz`,
// `if qelDubbz just plays …`): words no list holds, in frames strong enough to say a person without a list.

import type { Token } from '../../text/tokenize.js';
import type { Span } from '../../types.js';
import { englishWordForm } from './en-common-words.js';
import { addressPart } from './en-social-names.js';
import { readsEnglish, unlistedEnglishName } from './english.js';
import { misspelt } from './english-lower.js';
import { onlySpaces } from './gaps.js';
import { WordFlag } from './lexicon.js';
import type { NameResources } from './resources.js';
import { spanOverlapping } from './real-tokens.js';
import { addFoundSpans } from './span-search.js';
import type { WordInfo } from './vocabulary.js';
import { nameWeights } from './weights.js';

// Interjections that open a post or sentence before the person it speaks to (`wow zorvek, your …`).
const interjections = new Set(['wow', 'omg', 'yo', 'lol', 'ok', 'okay', 'dude', 'bro', 'yeah', 'yea', 'oh', 'damn', 'haha', 'hahaha', 'lmao', 'aww', 'awww', 'congrats', 'nice', 'sorry', 'yes', 'man']);

// After the comma, the second person the post goes on with (`wow zorvek, your video`, `lol zorvek, you …`).
const secondPerson = new Set(['you', 'your', 'u', 'ur', 'youre', 'ya']);

// `my boy qelDubbz`: a friend noun after `my`, before the handle.
const friendNouns = new Set(['boy', 'boi', 'guy', 'man', 'dude', 'girl', 'homie', 'bro', 'friend', 'buddy', 'idol', 'fav', 'favorite', 'favourite']);

// Words opening a clause whose subject comes next (`if qelDubbz just plays`).
const clauseOpeners = new Set(['if', 'when', 'that', 'because', 'cause', 'cuz', 'while', 'and', 'but', 'so', 'until', 'before', 'after']);

// Adverbs between a subject and its verb (`qelDubbz just plays`).
const adverbs = new Set(['just', 'always', 'never', 'really', 'literally', 'actually', 'still', 'even', 'also', 'finally', 'totally']);

/**
 * In English text (asked once a candidate stands; the caller checked no Cyrillic or Turkic word), a word is a person:
 * - a lower-case a–z word on no list that English would not use (unlistedEnglishName(), no SCOWL form, no slip of
 *   one) right after an interjection opening the post or sentence and before a comma and the second person (`wow
 *   zorvek, your video is great`, `lol qelwyn, you did it again`);
 * - a handle typed with a lower-case prefix of one to three letters and a capital inside (`qelDubbz`, `xoTrinka`),
 *   whose part from the capital is no SCOWL word and no list holds (`iPhone`, `eBay` are things), after `my` and a
 *   friend noun (`my boy qelDubbz`), or opening its clause before a verb of the lists, alone or after an adverb
 *   (`if qelDubbz just plays`, `xoTrinka is the best`).
 * - a listed given name SCOWL lacks, or a word on no list English would not use, after a stage prefix typed in lower
 *   case (`lil wayne`, `dj qelwyn`), with the prefix, as WNUT's gold has it (`lil bit`, `lil bro` stay words).
 * Scored as a lower-case vocative, unless a span covers the word already.
 */
export function liftLowerHandles(text: string, tokens: readonly Token[], folded: readonly string[], words: readonly WordInfo[], spans: Span[], resources: NameResources): void {
  let english: boolean | undefined;
  let found: Span[] | undefined;
  for (let k = 0; k < tokens.length; k++) {
    const token = tokens[k]!;
    const first = text.charCodeAt(token.start);
    // Cheap first: a lower-case a–z first letter, three letters or more (four but after a stage prefix), no digit.
    if (first < 97 || first > 122 || token.end - token.start < 3 || token.hasDigit || token.cyrillic) continue;
    if (k > 0 && stagePrefix(text, tokens, folded, k - 1, resources)) {
      if (!stageName(token, folded[k]!, words[k]!, resources)) continue;
      const start = tokens[k - 1]!.start;
      // A span on the name alone takes the prefix in (`wayne gets` found as a subject, `qelwyn` scored low).
      const span = spanOverlapping(spans, start, token.end);
      if (span !== undefined && (span.start !== token.start || span.end !== token.end)) continue;
      if (!(english ??= readsEnglish(folded, resources.englishSocial.functionWords))) return;
      const normalized = `${folded[k - 1]!} ${folded[k]!}`;
      if (span === undefined) (found ??= []).push({ start, end: token.end, type: 'NAME', score: nameWeights.lowerVocative, source: 'name:cue', normalized });
      else Object.assign(span, { start, score: Math.max(span.score, nameWeights.lowerVocative), normalized });
      continue;
    }
    if (token.end - token.start < 4) continue;
    const capital = capitalInside(text, token);
    if (capital === -1) {
      if (k === 0 || !vocativeFrame(text, tokens, folded, k) || !unlistedWord(token, folded[k]!, words[k]!, resources)) continue;
    } else if (capital === 0 || !handleFrame(text, tokens, folded, k, resources) || !handleWord(token, folded[k]!, capital, words[k]!, resources)) {
      continue;
    }
    if (addressPart(text, token) || spanOverlapping(spans, token.start, token.end) !== undefined) continue;
    if (!(english ??= readsEnglish(folded, resources.englishSocial.functionWords))) return;
    (found ??= []).push({ start: token.start, end: token.end, type: 'NAME', score: nameWeights.lowerVocative, source: 'name:cue', normalized: folded[k]! });
  }
  addFoundSpans(spans, found);
}

/**
 * -1 when the token is a–z only; the offset of its first capital when a–z letters and capitals only, the capital
 * after one to three lower-case letters and a lower-case letter after it; 0 for any other shape.
 */
function capitalInside(text: string, token: Token): number {
  let capital = -1;
  for (let at = token.start + 1; at < token.end; at++) {
    const code = text.charCodeAt(at);
    if (code >= 97 && code <= 122) continue;
    if (code < 65 || code > 90) return 0;
    if (capital === -1) capital = at - token.start;
  }
  if (capital === -1) return -1;
  if (capital > 3 || capital + 1 >= token.end - token.start) return 0;
  const after = text.charCodeAt(token.start + capital + 1);
  return after >= 97 && after <= 122 ? capital : 0;
}

/** Token `k` follows an interjection opening its sentence and precedes a comma and the second person. */
function vocativeFrame(text: string, tokens: readonly Token[], folded: readonly string[], k: number): boolean {
  if (!interjections.has(folded[k - 1]!) || !tokens[k - 1]!.sentenceStart || !onlySpaces(text, tokens[k - 1]!.end, tokens[k]!.start, 1)) return false;
  const end = tokens[k]!.end;
  if (k + 1 >= tokens.length || text.charCodeAt(end) !== 44) return false;
  return tokens[k + 1]!.start <= end + 2 && secondPerson.has(folded[k + 1]!);
}

/** After `my` and a friend noun, or before a verb of the lists, alone or after an adverb. */
function handleFrame(text: string, tokens: readonly Token[], folded: readonly string[], k: number, resources: NameResources): boolean {
  if (k > 1 && folded[k - 2] === 'my' && friendNouns.has(folded[k - 1]!) && onlySpaces(text, tokens[k - 1]!.end, tokens[k]!.start, 1)) return true;
  // As a subject, the handle opens its clause (`the new season of uZolvi is on` names a show).
  if (!tokens[k]!.sentenceStart && !(k > 0 && clauseOpeners.has(folded[k - 1]!))) return false;
  if (k + 1 >= tokens.length || !onlySpaces(text, tokens[k]!.end, tokens[k + 1]!.start, 1)) return false;
  const verbs = resources.englishSocial.verbsAfterName;
  if (verbs.has(folded[k + 1]!)) return true;
  if (!adverbs.has(folded[k + 1]!) || k + 2 >= tokens.length || !onlySpaces(text, tokens[k + 1]!.end, tokens[k + 2]!.start, 1)) return false;
  const verb = folded[k + 2]!;
  return verbs.has(verb) || (verb.length >= 4 && verb.endsWith('s') && englishWordForm(verb));
}

/** A–z only, on no list, no SCOWL form, no slip of one, no cue word. */
function unlistedWord(token: Token, word: string, info: WordInfo, resources: NameResources): boolean {
  if (word.length !== token.end - token.start || info.cue !== 0 || englishWordForm(word)) return false;
  return unlistedEnglishName(word, info.evidence(false, resources, false), resources) && !misspelt(word, resources);
}

/** The handle and its part from the capital are on no list, and that part is no SCOWL form (`iPhone`, `eBay`). */
function handleWord(token: Token, word: string, capital: number, info: WordInfo, resources: NameResources): boolean {
  if (word.length !== token.end - token.start || info.cue !== 0 || resources.cueWords.has(word)) return false;
  const evidence = info.evidence(false, resources, false);
  if (evidence.nameFlags !== 0 || evidence.stopFlags !== 0) return false;
  const tail = word.slice(capital);
  return tail.length >= 3 && !englishWordForm(tail) && !resources.cueWords.has(tail);
}

/** Token `p` is a stage-name prefix typed in lower case (`lil`, `dj`, `mc`), one space before the next token. */
function stagePrefix(text: string, tokens: readonly Token[], folded: readonly string[], p: number, resources: NameResources): boolean {
  const token = tokens[p]!;
  const length = token.end - token.start;
  if (length < 2 || length > 3 || text.charCodeAt(token.start) !== folded[p]!.charCodeAt(0)) return false;
  return resources.englishSocial.stagePrefixes.has(folded[p]!) && onlySpaces(text, token.end, tokens[p + 1]!.start, 1);
}

/**
 * After a stage prefix, a–z only: a listed given name SCOWL lacks (`lil wayne`), or a word on no list that English
 * would not use (`dj qelwyn`); `lil bit`, `lil bro` stay words.
 */
function stageName(token: Token, word: string, info: WordInfo, resources: NameResources): boolean {
  if (word.length !== token.end - token.start || info.cue !== 0 || resources.cueWords.has(word) || englishWordForm(word)) return false;
  for (let at = 0; at < word.length; at++) {
    const code = word.charCodeAt(at);
    if (code < 97 || code > 122) return false;
  }
  const evidence = info.evidence(false, resources, false);
  if (evidence.nameFlags !== 0) return (evidence.nameFlags & WordFlag.First) !== 0 && (evidence.nameFlags & WordFlag.Ambiguous) === 0 && evidence.stopFlags === 0 && evidence.endingLength === 0;
  return word.length >= 4 && unlistedEnglishName(word, evidence, resources) && !misspelt(word, resources);
}
