// People named by what they do or are called in English reviews and chat (`Ravindu fixed it in ten minutes`,
// `Shohel from support replied`, `Seoyeon who found my booking`, `Coach Otieno`, `our waiter Sefa`): an unknown
// capitalised word before a verb only a person takes, or after a title, kinship or service word.

import type { Token } from '../../text/tokenize.js';
import type { Span } from '../../types.js';
import { asciiTitleCase, readsEnglish, unlistedEnglishName } from './english.js';
import { onlySpaces } from './gaps.js';
import { spanOverlapping } from './real-tokens.js';
import type { NameResources } from './resources.js';
import { WordBit, type WordInfo } from './vocabulary.js';
import { nameWeights } from './weights.js';
import { WordKind, type WordScore } from './words.js';
import { addFoundSpans } from './span-search.js';

// How many lower-case words may stand between the name and its verb (`Rangi from returns arranged`).
const verbWindow = 4;

/**
 * A title-case word that the scan scored on its capital alone, that no list knows and English would not use
 * (unlistedEnglishName: four letters at least), with no article, possessive or other capitalised word beside it
 * (`the Zoodmall app`, `Squid Game`), in text that reads as English, is a person, scored as an unknown pair, when
 * - a verb of cues/name-english-person-verbs.txt or cues/name-english-chat-after.txt follows in the same clause,
 *   within verbWindow lower-case words (`who` right after it only), or
 * - a word of cues/name-english-person-titles.txt stands right before it (`Coach`, `auntie`, `waiter`; the title
 *   may be capitalised).
 * A run of the scan on the token alone is lifted; one reaching beyond it is left alone. The caller checked that the
 * text has no Cyrillic or Turkic word and one of these words (WordBit.EnglishSubjectCue, read per token first).
 */
export function liftPersonWords(text: string, tokens: readonly Token[], folded: readonly string[], words: readonly WordInfo[], wordBits: ArrayLike<number>, scores: readonly WordScore[], spans: Span[], resources: NameResources): void {
  const social = resources.englishSocial;
  const { personVerbs, personTitles, personAdjectives } = social;
  const afterName = resources.chatWords.englishAfterName;
  // Most texts hold no word the scan scored on its capital alone: nothing to lift.
  if (!anyUnknownCapital(scores)) return;
  let english: boolean | undefined;
  let found: Span[] | undefined;
  let lastName = -1;
  const lift = (k: number, t: number): void => {
    lastName = k;
    const token = tokens[k]!;
    const span = spanOverlapping(spans, token.start, token.end);
    if (span !== undefined) {
      // `Coach Otieno`, `Met Thabo`: a capitalised title the scan took into the run is cut off it.
      if (span.end === token.end && k === t + 1 && span.start === tokens[t]!.start) {
        span.start = token.start;
        span.normalized = folded[k]!;
        span.score = Math.max(span.score, nameWeights.unknownPair);
      } else if (span.start === token.start && span.end === token.end && span.score < nameWeights.unknownPair) span.score = nameWeights.unknownPair;
    } else (found ??= []).push({ start: token.start, end: token.end, type: 'NAME', score: nameWeights.unknownPair, source: 'name:cue', normalized: folded[k]! });
  };
  for (let t = 0; t < tokens.length; t++) {
    if ((wordBits[t]! & WordBit.EnglishSubjectCue) === 0) continue;
    const word = folded[t]!;
    let k = -1;
    // `Jiho and Minjun were both super helpful`: the first of two subjects.
    let other = -1;
    if (personTitles.has(word)) {
      if (t + 1 < tokens.length && !tokens[t + 1]!.sentenceStart && (onlySpaces(text, tokens[t]!.end, tokens[t + 1]!.start, 1) || apposition(text, tokens, folded, t)) && personCandidate(text, tokens, folded, words, scores, t + 1, true, resources)) k = t + 1;
    } else if (t > 1 && personAdjectives.has(word) && lowerCase(text, tokens, folded, t)) {
      const copula = copulaBefore(text, tokens, folded, t);
      if (copula > 0 && personCandidate(text, tokens, folded, words, scores, copula - 1, false, resources)) {
        k = copula - 1;
        if (k > 1 && folded[copula] !== 'is' && folded[copula] !== 'was' && folded[k - 1] === 'and' && personCandidate(text, tokens, folded, words, scores, k - 2, false, resources)) other = k - 2;
      }
    } else if (t > 0 && (personVerbs.has(word) || afterName.has(word)) && lowerCase(text, tokens, folded, t)) {
      k = subjectBefore(text, tokens, folded, t);
      if (k !== -1 && (k === lastName || (word === 'who' && k !== t - 1) || !personCandidate(text, tokens, folded, words, scores, k, false, resources))) k = -1;
    }
    if (k === -1 || k === lastName) continue;
    if (!(english ??= readsEnglish(folded, social.functionWords))) return;
    if (other !== -1) lift(other, t);
    lift(k, t);
  }
  addFoundSpans(spans, found);
}

// Intensifiers between the copula and a person adjective (`was so patient`, `were both super helpful`): a closed class.
const intensifiers = new Set(['so', 'very', 'super', 'really', 'extremely', 'always', 'both', 'all', 'incredibly', 'genuinely', 'truly', 'quite', 'too', 'also', 'such', 'soo', 'sooo', 'realy']);

/** `is`/`was`/`were`/`are` before the adjective at `a`, over at most two intensifiers of the same clause, or -1. */
function copulaBefore(text: string, tokens: readonly Token[], folded: readonly string[], a: number): number {
  let c = a - 1;
  while (c > 0 && a - c <= 2 && intensifiers.has(folded[c]!) && onlySpaces(text, tokens[c]!.end, tokens[c + 1]!.start, 2)) c--;
  const word = folded[c]!;
  if ((word !== 'is' && word !== 'was' && word !== 'were' && word !== 'are') || !onlySpaces(text, tokens[c]!.end, tokens[c + 1]!.start, 2) || !onlySpaces(text, tokens[c - 1]!.end, tokens[c]!.start, 2)) return -1;
  return c;
}

/** `The manager, Pritam, gave us`: a lower-case role, a comma, one word, a comma. */
function apposition(text: string, tokens: readonly Token[], folded: readonly string[], t: number): boolean {
  const next = tokens[t + 2];
  return next !== undefined && lowerCase(text, tokens, folded, t) && commaBetween(text, tokens[t]!.end, tokens[t + 1]!.start) && commaBetween(text, tokens[t + 1]!.end, next.start);
}

/** One comma and spaces only. */
function commaBetween(text: string, from: number, to: number): boolean {
  if (to - from > 3) return false;
  let commas = 0;
  for (let at = from; at < to; at++) {
    const code = text.charCodeAt(at);
    if (code === 44) commas++;
    else if (code !== 32) return false;
  }
  return commas === 1;
}

/** Some token is a name word scored on its capital alone, or on a weak cue short of a name. */
function anyUnknownCapital(scores: readonly WordScore[]): boolean {
  for (let k = 0; k < scores.length; k++) {
    const score = scores[k]!;
    if (score.kind === WordKind.Name && (score.source === 'capital' || (score.source === 'cue' && score.score < nameWeights.unknownPair))) return true;
  }
  return false;
}

/** The token the verb at `v` is said of: back over lower-case words of the same clause, or -1. */
function subjectBefore(text: string, tokens: readonly Token[], folded: readonly string[], v: number): number {
  let k = v - 1;
  while (k > 0 && v - k <= verbWindow && lowerCase(text, tokens, folded, k) && !tokens[k]!.sentenceStart && !clauseBreak(text, tokens[k]!.end, tokens[k + 1]!.start)) k--;
  if (v - k > verbWindow || clauseBreak(text, tokens[k]!.end, tokens[k + 1]!.start)) return -1;
  return k;
}

/**
 * Token `k` is a title-case word on no list, standing alone: no capitalised neighbour after it, and before it a
 * sentence start or a lower-case word that is no article or possessive (`titled`: a title before it, whatever its case).
 */
export function personCandidate(text: string, tokens: readonly Token[], folded: readonly string[], words: readonly WordInfo[], scores: readonly WordScore[], k: number, titled: boolean, resources: NameResources): boolean {
  const token = tokens[k]!;
  // The scan scored it on its capital alone, or with a weak cue short of a name (`Customer: Thandeka promised`).
  const score = scores[k]!;
  // Kind first: a word the scan found nothing in (`I`, `The`) carries the source 'capital' too.
  if (score.kind !== WordKind.Name || token.cyrillic || token.hasDigit || token.end - token.start < 4 || (score.source !== 'capital' && !(score.source === 'cue' && score.score < nameWeights.unknownPair)) || words[k]!.cue !== 0 || !asciiTitleCase(text, token)) return false;
  if (!titled && k > 0 && !token.sentenceStart && !clauseBreak(text, tokens[k - 1]!.end, token.start)) {
    const before = folded[k - 1]!;
    const social = resources.englishSocial;
    if (social.articles.has(before) || social.possessives.has(before) || !lowerCase(text, tokens, folded, k - 1)) return false;
  }
  const next = tokens[k + 1];
  if (next !== undefined && !next.sentenceStart && onlySpaces(text, token.end, next.start, 2) && !lowerCase(text, tokens, folded, k + 1)) return false;
  const word = folded[k]!;
  for (const ending of nounEndings) if (word.endsWith(ending)) return false;
  return unlistedEnglishName(word, words[k]!.evidence(false, resources, false), resources);
}

// Endings of English abstract and mass nouns that the common-word list (base forms mostly) may lack: capitalised in a
// product or firm name they are no given name (`Landlord Insurance`, `Harmony Wellness`).
const nounEndings = ['ance', 'ence', 'tion', 'sion', 'ment', 'ness', 'ship', 'hood', 'ism', 'ity', 'ology', 'ware'];

function lowerCase(text: string, tokens: readonly Token[], folded: readonly string[], k: number): boolean {
  return text.charCodeAt(tokens[k]!.start) === folded[k]!.charCodeAt(0);
}

/** A comma, semicolon, colon, dash, bracket or line break between two tokens. */
function clauseBreak(text: string, from: number, to: number): boolean {
  for (let at = from; at < to; at++) {
    const code = text.charCodeAt(at);
    if (code === 44 || code === 59 || code === 58 || code === 10 || code === 40 || code === 41 || code === 0x2013 || code === 0x2014) return true;
  }
  return false;
}
