// People in English social posts named by a frame the lists cannot help with: a given name built on a prefix
// (`LeMarcus`, `DeShawn`), a word coordinated with `you`, `me` or `I` (`you and Quorin`, `Quorin and I`), a
// possessive that posts split or drop (`Quorin ' s mom`, `Quorins daughter`), and the subject of a question (`How
// does Quorin cook …`).

import type { Token } from '../../text/tokenize.js';
import type { Span } from '../../types.js';
import { readsEnglish } from './english.js';
import { ampersandBetween, notSurname } from './en-social-names.js';
import { oneApostropheBetween, onlySpaces } from './gaps.js';
import { WordFlag } from './lexicon.js';
import type { NameResources } from './resources.js';
import { spanOverlapping } from './real-tokens.js';
import { WordBit, type WordInfo } from './vocabulary.js';
import { nameWeights } from './weights.js';
import { addFoundSpans } from './span-search.js';

/**
 * Lifts or adds, as an unknown pair, a capitalised word the scan left below the threshold when:
 * - it is a given name built on a prefix (prefixedName(): `LeMarcus`, `DaQuan`, `ShaTavia`), which no list knows;
 * - it is coordinated with a first- or second-person pronoun (`you and Quorin`, `me & Quorin`, `Quorin and I`): only
 *   a person stands there;
 * - it owns a noun of cues/name-english-person-possessions.txt (`mom`, `voice`, `videos`) through a possessive split
 *   from it (`Quorin ' s mom`, as tokenised posts write it; en-possessors.ts reads the joined `'s`) or typed without
 *   the apostrophe (`Quorins daughter`, `Quorins real parents`; then the word minus `s` is no everyday word: `Games
 *   videos` stays);
 * - it is the subject of a question (questionSubject(): `Did n ' t Quorin have …`, `Why is Quorin so …`), also when
 *   written with one inner capital after one or two letters (`How does MaQuorin cook …`), which no list spells.
 * The word is on no list, or a listed given name or surname that is no stoplisted or everyday word; no function word,
 * cue, or word of a thing, place or people (notSurname()); not after an article or possessive. A span of the scan
 * on the word alone is lifted; a longer one is left alone. In text that reads as English (asked once a candidate
 * stands); the caller checked that the text has no Cyrillic or Turkic word.
 */
export function liftFramedSocialNames(text: string, tokens: readonly Token[], folded: readonly string[], words: readonly WordInfo[], wordBits: ArrayLike<number>, textBits: number, spans: Span[], resources: NameResources): void {
  let english: boolean | undefined;
  let found: Span[] | undefined;
  const possessions = (textBits & WordBit.PersonPossession) !== 0;
  for (let k = 0; k < tokens.length; k++) {
    const token = tokens[k]!;
    // Cheap first: a capital A–Z opening a letter word of three or more.
    const first = text.charCodeAt(token.start);
    if (first < 65 || first > 90 || token.hasDigit || token.end - token.start < 3) continue;
    const end = token.end;
    let framed = prefixedName(text, token);
    if (!framed && !titleCase(text, token)) {
      // `How does MaMlambo cook …`: a name written with one inner capital, read only as a question's subject.
      if (!innerCapital(text, token) || !questionSubject(text, tokens, folded, k)) continue;
      framed = true;
    }
    if (!framed) {
      if (possessions && k + 1 < tokens.length) {
        if (splitPossessive(text, tokens, wordBits, k)) framed = true;
        else if (wordBits[k + 1]! & WordBit.PersonPossession && onlySpaces(text, token.end, tokens[k + 1]!.start, 1)) framed = bareGenitive(folded[k]!, resources);
        // `Quorins real parents`, `Quorins new videos`: one adjective of possessionAdjectives between.
        else if (k + 2 < tokens.length && possessionAdjectives.has(folded[k + 1]!) && wordBits[k + 2]! & WordBit.PersonPossession && onlySpaces(text, token.end, tokens[k + 1]!.start, 1) && onlySpaces(text, tokens[k + 1]!.end, tokens[k + 2]!.start, 1)) framed = bareGenitive(folded[k]!, resources);
      }
      if (!framed) framed = withPronoun(text, tokens, folded, k) || questionSubject(text, tokens, folded, k);
      if (!framed) continue;
    }
    if (!personWord(folded[k]!, words[k]!, resources)) continue;
    if (k > 0 && (resources.englishSocial.articles.has(folded[k - 1]!) || resources.englishSocial.possessives.has(folded[k - 1]!))) continue;
    const span = spanOverlapping(spans, token.start, end);
    if (span !== undefined && (span.score >= nameWeights.unknownPair || span.start !== token.start || span.end !== end)) continue;
    if (!(english ??= readsEnglish(folded, resources.englishSocial.functionWords))) return;
    if (span !== undefined) span.score = nameWeights.unknownPair;
    else (found ??= []).push({ start: token.start, end, type: 'NAME', score: nameWeights.unknownPair, source: 'name:cue', normalized: folded[k]! });
  }
  addFoundSpans(spans, found);
}

// Adjectives posts put between a bare possessive and what the person has (`Quorins real parents`): a closed class.
const possessionAdjectives = new Set(['real', 'new', 'old', 'own', 'little', 'big', 'best', 'latest', 'first', 'last', 'older', 'younger', 'baby']);

// The prefixes of given names written with an inner capital (`LeMarcus`, `DeShawn`, `DaQuan`, `JaVale`, `KeShawn`,
// `TyShawn`, `ShaTavia`, `TreVeon`): a closed class of African-American naming. No list spells them, and English
// words are not written so.
const namePrefixes = new Set(['le', 'la', 'de', 'da', 'di', 'ja', 'ke', 'ty', 'sha', 'tre']);

/** An upper-case A–Z, a prefix of namePrefixes in lower case, an upper-case A–Z, then three lower-case a–z or more. */
function prefixedName(text: string, token: Token): boolean {
  let inner = token.start + 1;
  while (inner < token.end && inner - token.start <= 3 && isLower(text.charCodeAt(inner))) inner++;
  if (inner - token.start < 2 || inner - token.start > 3 || token.end - inner < 4) return false;
  const capital = text.charCodeAt(inner);
  if (capital < 65 || capital > 90) return false;
  for (let at = inner + 1; at < token.end; at++) if (!isLower(text.charCodeAt(at))) return false;
  return namePrefixes.has(text.slice(token.start, inner).toLowerCase());
}

/** An upper-case A–Z, then lower-case a–z only. */
function titleCase(text: string, token: Token): boolean {
  for (let at = token.start + 1; at < token.end; at++) if (!isLower(text.charCodeAt(at))) return false;
  return true;
}

/** `MaMlambo`, `DiMarco`: A–Z, one or two a–z, A–Z, then three a–z or more (no list spells such a name). */
function innerCapital(text: string, token: Token): boolean {
  let at = token.start + 1;
  while (at < token.end && isLower(text.charCodeAt(at))) at++;
  if (at - token.start < 2 || at - token.start > 3 || token.end - at < 4) return false;
  const capital = text.charCodeAt(at);
  if (capital < 65 || capital > 90) return false;
  for (at++; at < token.end; at++) if (!isLower(text.charCodeAt(at))) return false;
  return true;
}

function isLower(code: number): boolean {
  return code >= 97 && code <= 122;
}

/** `Quorin ' s mom`: token `k + 1` is a lone `s` after an apostrophe, then one space and a possessed noun. */
function splitPossessive(text: string, tokens: readonly Token[], wordBits: ArrayLike<number>, k: number): boolean {
  if (k + 2 >= tokens.length) return false;
  const s = tokens[k + 1]!;
  if (s.end - s.start !== 1 || text.charCodeAt(s.start) !== 115 || !(wordBits[k + 2]! & WordBit.PersonPossession) || !onlySpaces(text, s.end, tokens[k + 2]!.start, 1)) return false;
  return s.start - tokens[k]!.end <= 3 && oneApostropheBetween(text, tokens[k]!.end, s.start);
}

/** `Quorins` before a possessed noun: five letters or more, ending in `s`, and the word without it no everyday word. */
function bareGenitive(word: string, resources: NameResources): boolean {
  if (word.length < 5 || word.charCodeAt(word.length - 1) !== 115 || word.charCodeAt(word.length - 2) === 115) return false;
  const stem = resources.latinNames.getStem(word.slice(0, -1));
  return stem === undefined || (stem.flags & (WordFlag.NotName | WordFlag.Ambiguous | WordFlag.Place)) === 0;
}

// The pronouns a person is coordinated with: before the word (`you and Quorin`) and after it (`Quorin and I`).
const pronounsBefore = new Set(['you', 'me', 'u']);
const pronounsAfter = new Set(['i', 'me']);

/** `you and Quorin`, `me & Quorin`, `Quorin and I`: `and` or `&`, spaces around it, and the pronoun on the other side. */
function withPronoun(text: string, tokens: readonly Token[], folded: readonly string[], k: number): boolean {
  if (k >= 2 && pronounsBefore.has(folded[k - 2]!) && coordinated(text, tokens, folded, k - 2, k)) return true;
  if (k + 2 < tokens.length && pronounsAfter.has(folded[k + 2]!) && coordinated(text, tokens, folded, k, k + 2)) return true;
  // `you & Quorin`: the ampersand is no token.
  if (k >= 1 && pronounsBefore.has(folded[k - 1]!) && ampersandBetween(text, tokens[k - 1]!.end, tokens[k]!.start)) return true;
  return k + 1 < tokens.length && pronounsAfter.has(folded[k + 1]!) && ampersandBetween(text, tokens[k]!.end, tokens[k + 1]!.start);
}

// Auxiliaries that put a subject after them in a question: `do` forms in any question, `is`/`was` after a wh-word.
const doAuxiliaries = new Set(['does', 'did', "doesn't", "didn't", 'doesnt', 'didnt']);
const beAuxiliaries = new Set(['is', 'was']);
const whWords = new Set(['why', 'how', 'where', 'when', 'what', 'who']);
// Verbs a question asks of a word, a thing or an event rather than a person (`What does Yeet mean?`, `How does
// Bluetooth work`, `How did Brexit happen`, `When does Zorvcraft come out`): a closed class.
const wordVerbs = new Set(['mean', 'stand', 'work', 'happen', 'come', 'cost', 'fit', 'compare', 'sell', 'ship', 'load', 'run', 'last', 'taste']);

/**
 * `Did n ' t Quorin have …`, `how does Quorin cook …`, `is it just me or does Quorin look …`, `Why is Quorin so …`:
 * the subject of a question, between an auxiliary that opens it (a sentence start, or after a wh-word or `or`; `is`
 * and `was` after a wh-word only: `Was X so bad?` asks of films too) and a lower-case word one space on.
 */
function questionSubject(text: string, tokens: readonly Token[], folded: readonly string[], k: number): boolean {
  if (k < 1 || k + 1 >= tokens.length || !onlySpaces(text, tokens[k]!.end, tokens[k + 1]!.start, 1) || wordVerbs.has(folded[k + 1]!)) return false;
  const next = tokens[k + 1]!;
  for (let at = next.start; at < next.end; at++) if (!isLower(text.charCodeAt(at))) return false;
  let a = k - 1;
  // `did n ' t`: posts split the negation into tokens.
  if (folded[a] === 't' && a >= 2 && folded[a - 1] === 'n') a -= 2;
  const auxiliary = folded[a]!;
  const before = a > 0 && !tokens[a]!.sentenceStart ? folded[a - 1]! : '';
  if (beAuxiliaries.has(auxiliary)) return a === k - 1 && whWords.has(before);
  if (!doAuxiliaries.has(auxiliary) || (a !== k - 1 && auxiliary !== 'did' && auxiliary !== 'does')) return false;
  return tokens[a]!.sentenceStart || whWords.has(before) || before === 'or';
}

/** Tokens `left` and `right` have `and` between them, one or two spaces on each side. */
function coordinated(text: string, tokens: readonly Token[], folded: readonly string[], left: number, right: number): boolean {
  return folded[left + 1] === 'and' && onlySpaces(text, tokens[left]!.end, tokens[left + 1]!.start, 2) && onlySpaces(text, tokens[left + 1]!.end, tokens[right]!.start, 2);
}

/**
 * On no list, or a listed given name or surname that no stoplist holds and that is no everyday word (`London`, `Hope`
 * are); no cue, function word or thing word.
 */
function personWord(word: string, info: WordInfo, resources: NameResources): boolean {
  if (info.cue !== 0 || resources.cueWords.has(word) || notSurname(word, resources)) return false;
  const evidence = info.evidence(false, resources, false);
  if (evidence.endingLength !== 0 || evidence.stopFlags !== 0) return false;
  return evidence.nameFlags === 0 || ((evidence.nameFlags & (WordFlag.First | WordFlag.Surname)) !== 0 && (evidence.nameFlags & WordFlag.Ambiguous) === 0);
}
