// Wishes whose noun is also a given name: `Omad!`, `Omad tilayman` ("good luck", "I wish you luck"), `Бақыт тілеймін`,
// `Бакыт каалайм` ("I wish happiness"). The name lists hold Omad, Бақыт and Ырыс; in a wish frame they are the thing
// wished, and a person so named is addressed otherwise (`Omad aka`, `Бақыт, сізге рахмет`).

import { readPatternSection } from '../../patterns.js';
import { foldWord } from '../../text/normalize.js';
import type { Token } from '../../text/tokenize.js';
import type { Span } from '../../types.js';
import { emojiUnit, onlySpaces } from './gaps.js';
import { dropSpans } from './span-filter.js';

interface WishWords {
  readonly nouns: ReadonlySet<string>;
  readonly verbs: ReadonlySet<string>;
  readonly toYou: ReadonlySet<string>;
}
let loaded: WishWords | undefined;
function wishWords(): WishWords {
  if (loaded === undefined) {
    const file = 'cues/name-turkic-wishes.txt';
    const section = (name: string): ReadonlySet<string> => new Set(readPatternSection(file, name).map(foldWord));
    loaded = { nouns: section('nouns'), verbs: section('verbs'), toYou: section('to-you') };
  }
  return loaded;
}

/** `word` is a first-person verb of wishing (`tilayman`, `тілеймін`, `каалайм`): said to the person addressed. */
export function wishVerb(word: string): boolean {
  return wishWords().verbs.has(word);
}

/** Entry condition of dropWishedNouns (scan.ts ORs it into WordGate.WishNoun): the word a span must be to be dropped. */
export function wishedNounWord(word: string): boolean {
  return wishWords().nouns.has(word) || word === 'ден';
}

/** Removes, in place, a one-word span of a wished noun in a wish frame (above). `name:known` stays. */
export function dropWishedNouns(text: string, tokens: readonly Token[], folded: readonly string[], spans: Span[]): void {
  const { nouns } = wishWords();
  // Most texts hold no wished noun: one set lookup per span before the filter runs.
  for (const span of spans) {
    const word = foldWord(text.slice(span.start, span.end));
    if (nouns.has(word) || word === 'ден') {
      dropSpans(text, tokens, folded, spans, wished, undefined);
      return;
    }
  }
}

function wished(text: string, tokens: readonly Token[], folded: readonly string[], first: number, last: number, span: Span): boolean {
  const { nouns, verbs, toYou } = wishWords();
  if (first !== last || span.source === 'name:known') return false;
  // Kyrgyz `ден соолук` ("health") is written in two words, and `Ден` is on the Russian lists.
  if (folded[first] === 'ден') return first + 1 < tokens.length && folded[first + 1]!.startsWith('соолу') && onlySpaces(text, tokens[first]!.end, tokens[first + 1]!.start, 1);
  if (!nouns.has(folded[first]!)) return false;
  const token = tokens[first]!;
  // The word alone on its line and exclaimed: `Omad!`, `Бақыт 🙏`. A signature (`— Omad`) is not exclaimed.
  if (exclaimedLine(text, token.start, token.end)) return true;
  // After "to you" and a comma, closing the line: `rahmat sizga, omad`.
  if (first > 0 && toYou.has(folded[first - 1]!) && text.slice(tokens[first - 1]!.end, token.start).trim() === ',' && closesLine(text, token.end)) return true;
  // After "to your …" in the dative: `Ishlaringizga Omad!`, `Ісіңізге бақыт` ("luck in your work").
  if (first > 0 && onlySpaces(text, tokens[first - 1]!.end, token.start, 1) && yourDative(folded[first - 1]!)) return true;
  let next = first + 1;
  if (next >= tokens.length || !onlySpaces(text, token.end, tokens[next]!.start, 1)) return false;
  if (verbs.has(folded[next]!)) return true;
  // "To you" next, then a wish verb or the line's end: `Omad sizga tilayman`, `Omad sizga!`.
  if (!toYou.has(folded[next]!)) return false;
  const after = tokens[next]!;
  next++;
  if (next < tokens.length && onlySpaces(text, after.end, tokens[next]!.start, 1)) return verbs.has(folded[next]!);
  return exclaimedLine(text, token.start, after.end);
}

// The second-person possessive before the dative (Uzbek -ngizga, Kazakh -ңызға/-ңізге, Kyrgyz -ңызга/-ңизге/-ңузга),
// after a stem of two letters at least. Suffix tests, not a regex: `.{2,}…$` backtracks quadratically on long words.
function yourDative(word: string): boolean {
  for (const ending of yourDativeEndings) if (word.length >= ending.length + 2 && word.endsWith(ending)) return true;
  return false;
}
const yourDativeEndings: readonly string[] = ['ngizga', 'нгизга', 'ңызға', 'ңізге', 'ңызга', 'ңизге', 'ңузга', 'ңүзгө'];

/** Only spaces, punctuation and emoji stand between `end` and the line's end. */
function closesLine(text: string, end: number): boolean {
  for (let at = end; at < text.length; at++) {
    const code = text.charCodeAt(at);
    if (code === 10 || code === 13) return true;
    if (code !== 32 && code !== 0xa0 && code !== 33 && code !== 46 && code !== 41 && !emojiUnit(code)) return false;
  }
  return true;
}

/**
 * Only spaces stand between the line's start and `start`; between `end` and the line's end only spaces, punctuation
 * and emoji, with an exclamation mark or an emoji among them.
 */
function exclaimedLine(text: string, start: number, end: number): boolean {
  for (let at = start - 1; at >= 0; at--) {
    const code = text.charCodeAt(at);
    if (code === 10 || code === 13) break;
    if (code !== 32 && code !== 0xa0) return false;
  }
  let exclaimed = false;
  for (let at = end; at < text.length; at++) {
    const code = text.charCodeAt(at);
    if (code === 10 || code === 13) break;
    if (code === 33 || emojiUnit(code)) exclaimed = true;
    else if (code !== 32 && code !== 0xa0 && code !== 46 && code !== 41) return false;
  }
  return exclaimed;
}
