// Words an English post ties to a person: a listed name that is also an everyday word, joined to a found name by `and`
// or `&` (`Talia and Baker`, `Penny & Talia`); a found name typed again with a bare `s` for its possessive
// (`Kwames bags were packed` after `Kwame`); a weak word facing a found full name across `vs` (`Zorvek vs Julio
// Ramirez`); an everyday-word given name asked a question (`Penny why do you …`); an unknown word owning a noun
// through `'s` (`I love Zorvek ' s entrance`); the lower-case answer an inverted question about a name puts last
// (`is your last name actually baker`).

import type { Token } from '../../text/tokenize.js';
import type { Span } from '../../types.js';
import { asciiTitleCase, readsEnglish } from './english.js';
import { ampersandBetween, clauseEndAt, compoundWord, notSurname, verbBeforeYou } from './en-social-names.js';
import { englishWordForm } from './en-common-words.js';
import { oneApostropheBetween, onlySpaces } from './gaps.js';
import { WordFlag } from './lexicon.js';
import type { NameResources } from './resources.js';
import { spanOverlapping } from './real-tokens.js';
import { WordBit, type WordInfo } from './vocabulary.js';
import { nameWeights } from './weights.js';
import { addFoundSpans } from './span-search.js';

/**
 * A title-case word that a name list holds but the scan left below the threshold because it is also an everyday
 * word (`Baker`, `Penny`, `Cook`), joined by `and` or `&` to a found name of one title-case word scoring at least
 * coordinated (`Talia and Baker`, `Penny & Talia`), is that person's partner: mentions.ts pairs unknown words only,
 * and leaves a lone given name's partner alone. Not a function word, auxiliary or word of a thing, place or people
 * (notSurname(), `Talia and Team`, `Kwame and Dad`), not a listed place; not after an article or possessive (`the Rose
 * and Crown`, `my Mom and Dad`); no capitalised word or number right after the pair (`Talia and Baker Gallery`). Only a span
 * the scan kept on the word alone is lifted (none is kept for `Dad` or `Team`). In text that reads as English (asked once a candidate
 * stands); the caller checked that the text has no Cyrillic or Turkic word and holds a span.
 */
export function liftCoordinatedNameWords(text: string, tokens: readonly Token[], folded: readonly string[], words: readonly WordInfo[], wordBits: ArrayLike<number>, spans: Span[], resources: NameResources): void {
  let english: boolean | undefined;
  for (let k = 0; k < tokens.length; k++) {
    const token = tokens[k]!;
    // Cheap first: a title-case word of two letters or more, no function word, no cue.
    if (token.end - token.start < 2 || token.hasDigit || token.cyrillic || wordBits[k]! & WordBit.EnglishFunction || words[k]!.cue !== 0 || !asciiTitleCase(text, token)) continue;
    // The scan's own span on the word alone, below the threshold: a word it kept none for (`Dad`, `Team`) stays.
    const span = spanOverlapping(spans, token.start, token.end);
    if (span === undefined || span.score >= nameWeights.coordinated || span.start !== token.start || span.end !== token.end) continue;
    const partner = joinedPartner(text, tokens, folded, spans, k);
    if (partner < 0) continue;
    const first = Math.min(k, partner);
    const last = Math.max(k, partner);
    if (first > 0 && (resources.englishSocial.articles.has(folded[first - 1]!) || resources.englishSocial.possessives.has(folded[first - 1]!))) continue;
    const next = tokens[last + 1];
    if (next !== undefined && onlySpaces(text, tokens[last]!.end, next.start, 2)) {
      const code = text.charCodeAt(next.start);
      if (next.hasDigit || (code >= 65 && code <= 90)) continue;
    }
    const word = folded[k]!;
    const evidence = words[k]!.evidence(false, resources, false);
    if ((evidence.nameFlags & (WordFlag.First | WordFlag.Surname)) === 0 || (evidence.stopFlags & WordFlag.Place) !== 0 || notSurname(word, resources)) continue;
    if (!(english ??= readsEnglish(folded, resources.chatWords.englishFunctionWords))) return;
    span.score = nameWeights.coordinated;
  }
}

/**
 * The token joined to token `k` by `and` (spaces only around it) or `&` on either side that a span scoring at least
 * coordinated covers alone, in title case; -1 if none.
 */
function joinedPartner(text: string, tokens: readonly Token[], folded: readonly string[], spans: readonly Span[], k: number): number {
  for (let side = 0; side < 2; side++) {
    let other: number;
    if (side === 0) {
      if (k === 0) continue;
      if (ampersandBetween(text, tokens[k - 1]!.end, tokens[k]!.start)) other = k - 1;
      else if (k > 1 && folded[k - 1] === 'and' && onlySpaces(text, tokens[k - 2]!.end, tokens[k - 1]!.start, 2) && onlySpaces(text, tokens[k - 1]!.end, tokens[k]!.start, 2)) other = k - 2;
      else continue;
    } else {
      if (k + 1 >= tokens.length) continue;
      if (ampersandBetween(text, tokens[k]!.end, tokens[k + 1]!.start)) other = k + 1;
      else if (k + 2 < tokens.length && folded[k + 1] === 'and' && onlySpaces(text, tokens[k]!.end, tokens[k + 1]!.start, 2) && onlySpaces(text, tokens[k + 1]!.end, tokens[k + 2]!.start, 2)) other = k + 2;
      else continue;
    }
    const token = tokens[other]!;
    const span = spanOverlapping(spans, token.start, token.end);
    if (span !== undefined && span.start === token.start && span.end === token.end && span.score >= nameWeights.coordinated && asciiTitleCase(text, token)) return other;
  }
  return -1;
}

/**
 * A found name of one title-case word (three letters or more, a span scoring at least coordinated) typed again with
 * `s` and no apostrophe (`Kwame … Kwames bags were packed`, `i packed Kwames bags … Kwame asked`): posts drop the possessive's
 * apostrophe. The same capitals, no function word; a span of the scan on the word alone is lifted. In text that reads
 * as English; the caller checked that the text has no Cyrillic or Turkic word and holds a span.
 */
export function liftBarePossessives(text: string, tokens: readonly Token[], folded: readonly string[], wordBits: ArrayLike<number>, spans: Span[], resources: NameResources): void {
  let english: boolean | undefined;
  let found: Span[] | undefined;
  // Each name is looked for once: a name found again and again must not make the text's cost quadratic (every later
  // look finds the same words, already lifted).
  let looked: Set<string> | undefined;
  let s = 0;
  for (let p = 0; p < tokens.length; p++) {
    const named = tokens[p]!;
    while (s < spans.length && spans[s]!.end <= named.start) s++;
    if (s >= spans.length) break;
    const span = spans[s]!;
    if (span.start >= named.end || span.score < nameWeights.coordinated || named.end - named.start < 3 || !asciiTitleCase(text, named)) continue;
    const name = text.slice(named.start, named.end);
    if (looked?.has(name)) continue;
    (looked ??= new Set()).add(name);
    const length = named.end - named.start;
    const first = text.charCodeAt(named.start);
    for (let t = 0; t < tokens.length; t++) {
      const token = tokens[t]!;
      // Cheap first: one letter longer, the same first letter, `s` last.
      if (token.end - token.start !== length + 1 || text.charCodeAt(token.start) !== first || text.charCodeAt(token.end - 1) !== 115) continue;
      if (text.slice(token.start, token.end - 1) !== text.slice(named.start, named.end) || wordBits[t]! & WordBit.EnglishFunction) continue;
      const own = spanOverlapping(spans, token.start, token.end);
      if (own !== undefined && (own.score >= nameWeights.coordinated || own.start !== token.start || own.end !== token.end)) continue;
      if (found !== undefined && found[found.length - 1]!.start === token.start) continue;
      if (!(english ??= readsEnglish(folded, resources.chatWords.englishFunctionWords))) return;
      if (own !== undefined) own.score = nameWeights.coordinated;
      else (found ??= []).push({ start: token.start, end: token.end, type: 'NAME', score: nameWeights.coordinated, source: 'name:cue', normalized: folded[p]! });
    }
  }
  addFoundSpans(spans, found);
}

/**
 * `Zorvek vs Julio Ramirez`: a title-case word the scan kept a weak span for alone, on one side of `vs` or `versus`
 * whose other side is a found full name (two words or more, scoring at least first), is the other fighter or player.
 * A team or place there has no span (places) or meets a single name (`Talia vs Barcelona`), not a full one. Not a
 * function word; no capitalised word on its outer side (`Real Madrid vs …`). In text that reads as English; the
 * caller checked that the text has no Cyrillic or Turkic word and holds a span.
 */
export function liftVersusNames(text: string, tokens: readonly Token[], folded: readonly string[], wordBits: ArrayLike<number>, spans: Span[], resources: NameResources): void {
  let english: boolean | undefined;
  for (let k = 1; k + 1 < tokens.length; k++) {
    const word = folded[k]!;
    if (word !== 'vs' && word !== 'versus') continue;
    for (let side = 0; side < 2; side++) {
      const candidate = side === 0 ? k - 1 : k + 1;
      const token = tokens[candidate]!;
      if (!asciiTitleCase(text, token) || token.end - token.start < 3 || wordBits[candidate]! & WordBit.EnglishFunction) continue;
      if (!versusGap(text, side === 0 ? token.end : tokens[k]!.end, side === 0 ? tokens[k]!.start : token.start)) continue;
      const span = spanOverlapping(spans, token.start, token.end);
      if (span === undefined || span.score >= nameWeights.coordinated || span.start !== token.start || span.end !== token.end) continue;
      const outer = tokens[side === 0 ? candidate - 1 : candidate + 1];
      if (outer !== undefined && onlySpaces(text, side === 0 ? outer.end : token.end, side === 0 ? token.start : outer.start, 2) && (outer.hasDigit || asciiCapital(text.charCodeAt(outer.start)))) continue;
      const other = tokens[side === 0 ? k + 1 : k - 1]!;
      if (!versusGap(text, side === 0 ? tokens[k]!.end : other.end, side === 0 ? other.start : tokens[k]!.start)) continue;
      const full = spanOverlapping(spans, other.start, other.end);
      if (full === undefined || full.score < nameWeights.first || (side === 0 ? full.start !== other.start : full.end !== other.end)) continue;
      // Two tokens or more: the token beyond the other side starts inside the full name.
      const beyond = tokens[side === 0 ? k + 2 : k - 2];
      if (side === 0 ? beyond === undefined || beyond.start >= full.end : other.start <= full.start) continue;
      if (!(english ??= readsEnglish(folded, resources.chatWords.englishFunctionWords))) return;
      span.score = nameWeights.coordinated;
    }
  }
}

/** Spaces, with one `.` right after `vs` at most (`Vs. `), between two tokens. */
function versusGap(text: string, from: number, to: number): boolean {
  if (to - from > 3 || to <= from) return false;
  for (let at = from; at < to; at++) {
    const code = text.charCodeAt(at);
    if (code !== 32 && !(code === 46 && at === from)) return false;
  }
  return true;
}

function asciiCapital(code: number): boolean {
  return code >= 65 && code <= 90;
}


// A question to the person named before it: a wh-word, then an auxiliary or `if`, then `you` (`why do you`, `what if
// you`); a closed class. Not `what you` alone: `Chase what you love` is advice.
const questionWords = new Set(['why', 'what', 'how', 'when', 'where']);
const questionLinks = new Set(['do', 'did', 'does', 'dont', 'are', 'were', 'r', 'would', 'will', 'can', 'could', 'should', 'have', 'if']);
const youWords = new Set(['you', 'u', 'ya']);

/**
 * `Penny why do you always do that`, `Penny what if you …`: a listed given name that is also an everyday word, opening
 * a sentence in title case with the scan's weak span on it alone, right before a wh-word, an auxiliary or `if`, and
 * `you`, is the person asked. Not a place, function word or word of a thing or people (notSurname()), nor a verb that
 * opens a sentence before `you` (`Hope why would you …`). In text that
 * reads as English; the caller checked that the text has no Cyrillic or Turkic word and holds a span.
 */
export function liftQuestionedOpeners(text: string, tokens: readonly Token[], folded: readonly string[], words: readonly WordInfo[], spans: Span[], resources: NameResources): void {
  let english: boolean | undefined;
  for (let k = 0; k + 3 < tokens.length; k++) {
    const token = tokens[k]!;
    if (!token.sentenceStart || !questionWords.has(folded[k + 1]!) || !questionLinks.has(folded[k + 2]!) || !youWords.has(folded[k + 3]!)) continue;
    if (!asciiTitleCase(text, token) || token.end - token.start < 3 || !onlySpaces(text, token.end, tokens[k + 1]!.start, 1)) continue;
    if (!onlySpaces(text, tokens[k + 1]!.end, tokens[k + 2]!.start, 1) || !onlySpaces(text, tokens[k + 2]!.end, tokens[k + 3]!.start, 1)) continue;
    const span = spanOverlapping(spans, token.start, token.end);
    if (span === undefined || span.score >= nameWeights.coordinated || span.start !== token.start || span.end !== token.end) continue;
    const evidence = words[k]!.evidence(false, resources, false);
    if ((evidence.nameFlags & WordFlag.First) === 0 || (evidence.stopFlags & WordFlag.Place) !== 0 || notSurname(folded[k]!, resources) || verbBeforeYou(folded[k]!)) continue;
    if (!(english ??= readsEnglish(folded, resources.chatWords.englishFunctionWords))) return;
    span.score = nameWeights.coordinated;
  }
}

/**
 * `I love Zorvek ' s entrance`, `nobody matches Zorvek's raw speed`: a title-case word in the middle of a sentence that the scan
 * kept a weak span for on its capital alone (on no list, no cue, no SCOWL word or regular form of one, not two SCOWL
 * words run together as titles and games are: compoundWord()), owning a lower-case word through `'s`, split as
 * tokenised posts write it or joined, is a person: the possessive is person evidence, and the brands and games posts
 * name so are on the brand list or open a sentence, where the scan keeps no span. The owned word is no function
 * word (`X ' s and …`); not after an article or possessive (`the Zorvek's menu`). A joined span loses its `'s`. In
 * text that reads as English; the caller checked that the text has no Cyrillic or Turkic word and holds a span.
 */
export function liftPossessedUnknowns(text: string, tokens: readonly Token[], folded: readonly string[], words: readonly WordInfo[], wordBits: ArrayLike<number>, spans: Span[], resources: NameResources): void {
  let english: boolean | undefined;
  for (let k = 1; k + 1 < tokens.length; k++) {
    const token = tokens[k]!;
    const first = text.charCodeAt(token.start);
    // Cheap first: a capital A–Z, no digit, not opening a sentence.
    if (first < 65 || first > 90 || token.hasDigit || token.sentenceStart || token.end - token.start < 3) continue;
    const joined = joinedPossessive(text, token);
    let owned: number;
    if (joined) owned = k + 1;
    else if (k + 2 < tokens.length && splitPossessive(text, tokens, k)) owned = k + 2;
    else continue;
    const end = joined ? token.end - 2 : token.end;
    const span = spanOverlapping(spans, token.start, token.end);
    if (span === undefined || span.score !== nameWeights.unknownCapital || span.start !== token.start || span.end !== token.end) continue;
    const ownedToken = tokens[owned]!;
    const ownedFirst = text.charCodeAt(ownedToken.start);
    if (ownedFirst < 97 || ownedFirst > 122 || ownedToken.end - ownedToken.start < 3 || wordBits[owned]! & WordBit.EnglishFunction || !onlySpaces(text, joined ? token.end : tokens[k + 1]!.end, ownedToken.start, 1)) continue;
    if (resources.englishSocial.articles.has(folded[k - 1]!) || resources.englishSocial.possessives.has(folded[k - 1]!)) continue;
    const word = joined ? folded[k]!.slice(0, -2) : folded[k]!;
    if (words[k]!.cue !== 0 || englishWordForm(word) || compoundWord(word) || notSurname(word, resources)) continue;
    const evidence = words[k]!.evidence(false, resources, false);
    if (evidence.nameFlags !== 0 || evidence.stopFlags !== 0) continue;
    if (!(english ??= readsEnglish(folded, resources.chatWords.englishFunctionWords))) return;
    span.score = nameWeights.unknownPair;
    if (joined) {
      span.end = end;
      span.normalized = word;
    }
  }
}

/** A token ending in `'s` or `’s` after three letters or more (`Zorvek's`). */
function joinedPossessive(text: string, token: Token): boolean {
  if (token.end - token.start < 5 || text.charCodeAt(token.end - 1) !== 115) return false;
  const mark = text.charCodeAt(token.end - 2);
  return mark === 39 || mark === 0x2019;
}

/** Token `k` followed by `'` and a lone `s` (`Zorvek ' s`, `Zorvek 's`), three characters apart at most. */
function splitPossessive(text: string, tokens: readonly Token[], k: number): boolean {
  const s = tokens[k + 1]!;
  if (s.end - s.start !== 1 || text.charCodeAt(s.start) !== 115 || s.start - tokens[k]!.end > 3) return false;
  return oneApostropheBetween(text, tokens[k]!.end, s.start);
}

// `is your last name actually X`: the owner, the kind of name, and the hedge a question about a name puts before it.
const nameOwners = new Set(['your', 'ur', 'his', 'her', 'their']);
const nameKinds = new Set(['last', 'first', 'real', 'full', 'middle', 'sur']);
const nameHedges = new Set(['actually', 'really', 'just']);

/**
 * `is your last name actually baker`, `is her real name cooper?`: a lower-case word ending the clause after `is`, an
 * owner, an optional kind (`last`, `real`), `name` or `surname`, and an optional hedge (`actually`) is the name asked
 * about, an everyday word or not: the question frames it as one (the cue lists read `last name` before a capital and
 * `name is` before the answer; this inverted question they miss in lower case). Not a function word. In text that
 * reads as English; the caller checked that the text has no Cyrillic or Turkic word.
 */
export function findAskedNames(text: string, tokens: readonly Token[], folded: readonly string[], wordBits: ArrayLike<number>, spans: Span[], resources: NameResources): void {
  let found: Span[] | undefined;
  let english: boolean | undefined;
  for (let k = 0; k + 3 < tokens.length; k++) {
    if (folded[k] !== 'is' || !nameOwners.has(folded[k + 1]!)) continue;
    let at = k + 2;
    if (nameKinds.has(folded[at]!)) at++;
    if (at >= tokens.length || (folded[at] !== 'name' && folded[at] !== 'surname')) continue;
    at++;
    if (at < tokens.length && nameHedges.has(folded[at]!)) at++;
    if (at >= tokens.length) continue;
    const token = tokens[at]!;
    const first = text.charCodeAt(token.start);
    if (first < 97 || first > 122 || token.hasDigit || token.end - token.start < 2 || wordBits[at]! & WordBit.EnglishFunction || !clauseEndAt(text, token.end)) continue;
    if (!onlySpaces(text, tokens[at - 1]!.end, token.start, 1) || spanOverlapping(spans, token.start, token.end) !== undefined) continue;
    if (!(english ??= readsEnglish(folded, resources.chatWords.englishFunctionWords))) return;
    (found ??= []).push({ start: token.start, end: token.end, type: 'NAME', score: nameWeights.lowerVocative, source: 'name:cue', normalized: folded[at]! });
  }
  addFoundSpans(spans, found);
}
