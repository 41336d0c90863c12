// English chat that names the writer: after a greeting (`hi there this is zorvek`, `hello, its zorvek`), or after
// `name is` at the end of a line when the word meets a stop word only through transliteration or a stripped case
// ending (`call me +1 212 555 0199 name is zhaman`).

import type { Token } from '../../text/tokenize.js';
import type { Span } from '../../types.js';
import type { WordEvidence } from './analyze.js';
import { englishCommonWords, englishWordForm } from './en-common-words.js';
import { unlistedEnglishName } from './english.js';
import { lineBreakBetween, onlySpaces } from './gaps.js';
import type { NameResources } from './resources.js';
import { lineEndsAfter } from './turkic-name-words.js';
import type { WordInfo } from './vocabulary.js';
import { nameWeights } from './weights.js';

// Greetings that open an English chat message, and the words that may stand between them and the self-introduction
// (`hi there`, `good morning team`). Closed classes, written for pii-gate.
const greetings: ReadonlySet<string> = new Set(['hi', 'hello', 'hey', 'hiya', 'heya', 'hallo', 'hullo', 'howdy', 'greetings', 'morning', 'evening', 'afternoon']);
const afterGreeting: ReadonlySet<string> = new Set(['there', 'team', 'all', 'guys', 'everyone', 'support', 'again']);
// "This is", "it's", "I'm" as chat types them (`its`, `im`).
const selfWords: readonly (readonly string[])[] = [['this', 'is'], ['its'], ["it's"], ['it', 'is'], ['im'], ["i'm"]];
// Words that may follow the name on its line (`this is zorvek from the shop`, `its zorvek here`).
const afterName: ReadonlySet<string> = new Set(['here', 'from', 'again']);

/**
 * A word findSelfNamedGreeters needs, one of them at least (scan.ts ORs it into WordGate.SelfNaming): `name` (of
 * `name is`), or a greeting's first word (`hi`, `good`) before `this is`.
 */
export function selfNamingWord(word: string): boolean {
  return word === 'name' || word === 'good' || greetings.has(word);
}

/**
 * Cheap entry test (scan.ts): the text holds `this is `, `its `, `it's `, `im ` or `i'm ` as typed in lower case.
 */
export function mayNameSelf(text: string): boolean {
  return text.includes('this is ') || text.includes('its ') || text.includes("it's ") || text.includes('im ') || text.includes("i'm ") || text.includes('name is ');
}

/**
 * A greeting opens a line (`hi`, `good morning`, one or two words such as `there` or `team` after it), then `this
 * is`, `its` or `im`, then one word that no list knows and English would not use, and the line or the clause ends
 * there (a stop, a comma, emoji) or goes on with `here`/`from`: the writer's name (`hi there this is zorvek`).
 * English words and their one-letter typos are not (`hi this is urgent`, `hey this is importent`).
 */
export function findSelfNamedGreeters(text: string, tokens: readonly Token[], folded: readonly string[], words: readonly WordInfo[], spans: Span[], resources: NameResources): void {
  for (let k = 1; k < tokens.length; k++) {
    const named = folded[k] === 'name' && folded[k + 1] === 'is';
    const size = named ? 2 : selfPhraseAt(folded, k);
    if (size === 0 || (!named && !greetedLine(text, tokens, folded, k))) continue;
    const i = k + size;
    if (i >= tokens.length) return;
    const token = tokens[i]!;
    if (token.cyrillic || token.hasDigit || spans.some((span) => span.start < token.end && span.end > token.start)) continue;
    if (!(lineEndsAfter(text, token.end) || clauseClosesAt(text, token.end) || (i + 1 < tokens.length && afterName.has(folded[i + 1]!) && onlySpaces(text, token.end, tokens[i + 1]!.start, 2)))) continue;
    const word = folded[i]!;
    if (!unlistedEnglishName(word, latinEvidence(word, words[i]!.evidence(false, resources, false), resources), resources) || englishWordForm(word) || (!named && oneEditFromWord(word))) continue;
    spans.push({ start: token.start, end: token.end, type: 'NAME', score: nameWeights.firstAmbiguous, source: 'name:cue', normalized: word });
    spans.sort((a, b) => a.start - b.start);
  }
}

/**
 * The evidence of a Latin-script word as English reads it: a stop-list entry met only through transliteration (a
 * Cyrillic word spelt otherwise in Latin letters, `zhaman` for `жаман`) or through a Turkic or Russian case ending
 * stripped off the word says nothing of an English text's word.
 */
function latinEvidence(word: string, evidence: WordEvidence, resources: NameResources): WordEvidence {
  if (evidence.stopFlags === 0 || evidence.nameFlags !== 0) return evidence;
  const stop = resources.stops.getStem(word);
  return stop === undefined || stop.baseLatin !== word ? { ...evidence, stopFlags: 0 } : evidence;
}

// The number of tokens of a self-introduction phrase at `k`, or 0.
function selfPhraseAt(folded: readonly string[], k: number): number {
  for (const phrase of selfWords) {
    let matched = true;
    for (let w = 0; w < phrase.length && matched; w++) if (folded[k + w] !== phrase[w]) matched = false;
    if (matched) return phrase.length;
  }
  return 0;
}

/**
 * The tokens before `k` on its line are a greeting and at most two words such as `there` or `team` (`good` only
 * before a time of day), with nothing but spaces, commas and `!` between them.
 */
function greetedLine(text: string, tokens: readonly Token[], folded: readonly string[], k: number): boolean {
  let first = k - 1;
  while (first > 0 && k - first < 4 && !lineBreakBetween(text, tokens[first - 1]!.end, tokens[first]!.start)) first--;
  if (first > 0 && !lineBreakBetween(text, tokens[first - 1]!.end, tokens[first]!.start)) return false;
  let at = first;
  if (folded[at] === 'good') {
    if (!daytimes.has(folded[at + 1] ?? '')) return false;
    at += 2;
  } else if (greetings.has(folded[at]!)) at++;
  else return false;
  for (; at < k; at++) if (!afterGreeting.has(folded[at]!)) return false;
  for (let g = first; g < k; g++) if (!greetingGap(text, tokens[g]!.end, tokens[g + 1]!.start)) return false;
  return true;
}
const daytimes: ReadonlySet<string> = new Set(['morning', 'evening', 'afternoon', 'day']);

function greetingGap(text: string, from: number, to: number): boolean {
  if (to - from > 3) return false;
  for (let at = from; at < to; at++) {
    const code = text.charCodeAt(at);
    if (code !== 32 && code !== 44 && code !== 33) return false;
  }
  return true;
}

// A full stop, question or exclamation mark or a comma right after the name (spaces before it allowed).
function clauseClosesAt(text: string, end: number): boolean {
  let at = end;
  while (text.charCodeAt(at) === 32) at++;
  const code = text.charCodeAt(at);
  return code === 46 || code === 33 || code === 63 || code === 44;
}

const letters = 'abcdefghijklmnopqrstuvwxyz';

/**
 * One letter changed, dropped or two letters swapped make a SCOWL word of five letters or more: a typo (`importent`,
 * `urgnet`). Only asked of the one candidate a message has.
 */
function oneEditFromWord(word: string): boolean {
  if (word.length < 6) return false;
  const common = englishCommonWords();
  for (let at = 0; at < word.length; at++) {
    if (common.has(word.slice(0, at) + word.slice(at + 1))) return true;
    if (at + 1 < word.length && common.has(word.slice(0, at) + word[at + 1] + word[at] + word.slice(at + 2))) return true;
    for (const letter of letters) if (letter !== word[at] && common.has(word.slice(0, at) + letter + word.slice(at + 1))) return true;
  }
  for (let at = 0; at <= word.length; at++) for (const letter of letters) if (common.has(word.slice(0, at) + letter + word.slice(at))) return true;
  return false;
}
