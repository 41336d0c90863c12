// Lower-case given names in English posts (`wait simon wears glasses`, `kendrick and schoolboy`, `thanks romeo`):
// posts drop capitals, so a given name typed in lower case is told from a word by SCOWL's everyday words
// (en-common-words.ts) and by the frame it stands in.

import type { Token } from '../../text/tokenize.js';
import type { Span } from '../../types.js';
import { englishCommonWords, englishWordForm } from './en-common-words.js';
import { addressPart, ampersandBetween, apostropheGap, clauseEndAt, determinerBefore, notSurname } from './en-social-names.js';
import { readsEnglish } from './english.js';
import { onlySpaces } from './gaps.js';
import { WordFlag } from './lexicon.js';
import type { NameResources } from './resources.js';
import { spanOverlapping } from './real-tokens.js';
import { WordBit, type WordInfo } from './vocabulary.js';
import { nameWeights } from './weights.js';
import { addFoundSpans } from './span-search.js';

/**
 * In English text (no Cyrillic or Turkic word: the caller checked; two English function words, or a short post of
 * English everyday words: asked at the first candidate), a word typed in lower case a–z, three letters or more, is a
 * person where posts name one, as strongly as its lists make it a name (wordKind()): a given name no list or
 * SCOWL takes for a word in any frame of personFrame() (`with lucian`, `lucian never`), a surname only in a strong
 * one (`thanks vasquez`, `vasquez is`), a given name that is also an everyday word (`mason`, `grace`) only when
 * greeted or thanked at the end of a clause or before a verb (`hey mason is`, `thanks grace!`). Not after an article,
 * possessive or quantifier, not before a thing or person noun or a street word. Scored as a lower-case vocative;
 * the scan's own reading of the word below that is lifted, a span reaching beyond the word is left alone.
 */
export function liftLowerSocialNames(text: string, tokens: readonly Token[], folded: readonly string[], words: readonly WordInfo[], spans: Span[], resources: NameResources): void {
  let english: boolean | undefined;
  let found: Span[] | undefined;
  const social = resources.englishSocial;
  for (let k = 0; k < tokens.length; k++) {
    const token = tokens[k]!;
    // Cheap first: typed in lower case (a–z), three letters at least, in a frame.
    const first = text.charCodeAt(token.start);
    if (first < 97 || first > 122 || token.end - token.start < 3 || token.hasDigit || token.cyrillic || addressPart(text, token)) continue;
    // The word's kind first: a field of its WordInfo, Never for nearly every word, whose frame then goes unread.
    const info = words[k]!;
    const word = folded[k]!;
    const kind = info.lowerSocialKind === -1 ? (info.lowerSocialKind = wordKind(word, info, resources)) : (info.lowerSocialKind as Frame);
    if (kind === Frame.Never || !lowerCaseLetters(text, token)) continue;
    const frame = personFrame(text, tokens, folded, k, resources);
    if (frame === Frame.None || kind > frame) continue;
    if (determinerBefore(folded, k, social) || (k > 0 && words[k - 1]!.bits & WordBit.StreetOrPossessive)) continue;
    if (k + 1 < tokens.length && (social.thingHeads.has(folded[k + 1]!) || social.personNouns.has(folded[k + 1]!) || words[k + 1]!.bits & WordBit.StreetOrPossessive)) continue;
    const span = spanOverlapping(spans, token.start, token.end);
    if (span !== undefined && (span.score >= nameWeights.lowerVocative || span.start !== token.start || span.end !== token.end)) continue;
    if (!(english ??= readsEnglish(folded, social.functionWords) || everydayWords(text, tokens, folded, k))) return;
    if (span !== undefined) span.score = nameWeights.lowerVocative;
    else (found ??= []).push({ start: token.start, end: token.end, type: 'NAME', score: nameWeights.lowerVocative, source: 'name:gazetteer', normalized: word });
  }
  addFoundSpans(spans, found);
}

// How strongly a frame says "person", and how strong a frame a word needs: a word is taken when its kind is at most
// the frame's strength.
const Frame = { None: 0, Weak: 1, Strong: 2, Strongest: 3, Never: 4 } as const;
type Frame = (typeof Frame)[keyof typeof Frame];

/**
 * A word no cue, function or thing word (typed in lower case a–z: lowerCaseLetters()): Weak for a listed given name that no list marks as a
 * word and that SCOWL lacks, or an SSA given name no other list holds; Strong for a listed surname that is no given
 * name, no list marks as a word and SCOWL lacks; Strongest for a listed given name that is an everyday word too (on
 * the compromise or SCOWL lists); Never otherwise.
 */
function wordKind(word: string, info: WordInfo, resources: NameResources): Frame {
  if (info.cue !== 0 || resources.cueWords.has(word) || notSurname(word, resources)) return Frame.Never;
  const evidence = info.evidence(false, resources, false);
  if (evidence.nameFlags === 0 && evidence.stopFlags === 0) return (info.bits & WordBit.WorldGivenName) !== 0 && !englishCommonWords().has(word) ? Frame.Weak : Frame.Never;
  if (evidence.stopFlags !== 0 || evidence.endingLength !== 0) return Frame.Never;
  const everyday = englishCommonWords().has(word);
  if ((evidence.nameFlags & WordFlag.First) !== 0) return (evidence.nameFlags & WordFlag.Ambiguous) !== 0 || everyday ? Frame.Strongest : Frame.Weak;
  if ((evidence.nameFlags & WordFlag.Surname) !== 0 && (evidence.nameFlags & WordFlag.Ambiguous) === 0 && !everyday) return Frame.Strong;
  return Frame.Never;
}

/** The token after its first letter is typed in lower case a–z (a word with a capital inside is Never). */
function lowerCaseLetters(text: string, token: Token): boolean {
  for (let at = token.start + 1; at < token.end; at++) {
    const code = text.charCodeAt(at);
    if (code < 97 || code > 122) return false;
  }
  return true;
}

// Words right before a person in posts (`thanks romeo`, `with simon`, `better than kendrick`): a closed class of
// greetings, thanks, feelings and prepositions that take a person. Greetings and thanks (greetings) and comparisons
// (comparisons) are strong frames; the rest weak.
const framesBefore = new Set(['poor', 'love', 'miss', 'with', 'for', 'to', 'like', 'unlike', 'by', 'and', 'or', 'ask', 'tell', 'told', 'sorry']);
const greetings = new Set(['hi', 'hey', 'hello', 'yo', 'thanks', 'thx', 'dear', 'congrats', 'congratulations']);
const comparisons = new Set(['than', 'vs', 'versus']);

// Adverbs, auxiliaries and conjunctions right after a person as the subject (`kendrick never`, `lucian should`,
// `gideon and`), besides the lists' verbs: a weak frame.
const subjectWords = new Set(['never', 'always', 'just', 'really', 'still', 'also', 'literally', 'actually', 'should', 'better', 'might', 'may', 'cant', 'cannot', 'doesnt', 'didnt', 'isnt', 'wasnt', 'wont', 'shall', 'are', 'were', 'and', 'or']);

/**
 * How strongly token `k` stands where posts name a person. Strongest: after a greeting or thanks (or `thank you`)
 * and before the end of the clause or a verb of the lists. Strong: after a greeting or
 * comparison, before `'s`, or before a verb the lists give for a person. Weak: after another word of framesBefore
 * (`to`, `for`, `like` and `by` only before the end of the clause or a verb), after `love you` or an auxiliary
 * opening a question, before a word of subjectWords, next to `&`, or after a comma ending the clause.
 */
function personFrame(text: string, tokens: readonly Token[], folded: readonly string[], k: number, resources: NameResources): Frame {
  const token = tokens[k]!;
  let frame: Frame = Frame.None;
  const next = k + 1 < tokens.length && onlySpaces(text, token.end, tokens[k + 1]!.start, 2) ? folded[k + 1]! : undefined;
  const verb = next !== undefined && listedVerb(next, resources);
  const clauseEnd = clauseEndAt(text, token.end);
  if (k > 0 && onlySpaces(text, tokens[k - 1]!.end, token.start, 2)) {
    const before = folded[k - 1]!;
    const thanked = greetings.has(before) || (before === 'you' && k > 1 && folded[k - 2] === 'thank');
    if (thanked && (clauseEnd || verb)) return Frame.Strongest;
    if (thanked || comparisons.has(before)) frame = Frame.Strong;
    else if (framesBefore.has(before) && (!clauseBound.has(before) || clauseEnd || verb || (next !== undefined && subjectWords.has(next)))) frame = Frame.Weak;
    else if (before === 'you' && k > 1 && folded[k - 2] === 'love') frame = Frame.Weak;
    // `Is lucian coming back?`: the subject of a question opening the sentence.
    else if (tokens[k - 1]!.sentenceStart && questionOpeners.has(before) && (next !== undefined || clauseEnd)) frame = Frame.Weak;
  }
  if (k + 1 < tokens.length && folded[k + 1] === 's' && apostropheGap(text, token.end, tokens[k + 1]!.start)) return Frame.Strong;
  if (verb) return Frame.Strong;
  if (frame !== Frame.None) return frame;
  // `glad to help, amy!`: set off by a comma as the one spoken to, closing the clause.
  if (k > 0 && clauseEnd && commaGap(text, tokens[k - 1]!.end, token.start)) return Frame.Weak;
  if ((next !== undefined && subjectWords.has(next)) || (k > 0 && ampersandBetween(text, tokens[k - 1]!.end, token.start)) || (k + 1 < tokens.length && ampersandBetween(text, token.end, tokens[k + 1]!.start))) return Frame.Weak;
  return Frame.None;
}

/** A comma and one space, nothing else, in text[from, to). */
function commaGap(text: string, from: number, to: number): boolean {
  return to - from === 2 && text.charCodeAt(from) === 44 && text.charCodeAt(from + 1) === 32;
}

// Auxiliaries opening a yes-no question before its subject (`Is lucian coming back?`, `did gideon ever answer`).
const questionOpeners = new Set(['is', 'was', 'does', 'did', 'has', 'can', 'could', 'would', 'should']);

// Prepositions of framesBefore that take a person only at the end of the clause or before the person's verb
// (`gave it to simon`, `for kendrick is`), not before a noun (`to vienna airport`).
const clauseBound = new Set(['to', 'for', 'like', 'by']);

/** A verb the lists give for a person right after a name (`is`, `said`, `fixed`). */
function listedVerb(word: string, resources: NameResources): boolean {
  return resources.englishSocial.verbsAfterName.has(word) || (resources.englishSocial.personVerbs.has(word) && word !== 'who');
}

/**
 * `wait simon wears glasses`: a short post may hold no function word, but English everyday words (SCOWL, with their
 * regular inflections) around the candidate `k` make it English: two at least, and three in four of the other Latin
 * words. Uzbek or Russian typed in Latin letters reads as few of them.
 */
function everydayWords(text: string, tokens: readonly Token[], folded: readonly string[], k: number): boolean {
  let latin = 0;
  let everyday = 0;
  for (let m = 0; m < tokens.length; m++) {
    const token = tokens[m]!;
    if (m === k || token.hasDigit || token.cyrillic) continue;
    const first = text.charCodeAt(token.start) | 32;
    if (first < 97 || first > 122) continue;
    latin++;
    if (englishWordForm(folded[m]!)) everyday++;
  }
  return everyday >= 2 && everyday * 4 >= latin * 3;
}
