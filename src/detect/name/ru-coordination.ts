// Russian chat, names in a list: a word beside a name through `и` or a comma, in the same case (`спасибо сардору и
// карамату`, `жамшид, ахрор и давлат`), and two words joined by `и` before a plural verb (`азиз и зарема помогли`).

import type { Token } from '../../text/tokenize.js';
import type { Span } from '../../types.js';
import { onlySpaces } from './gaps.js';
import { WordFlag } from './lexicon.js';
import type { NameResources } from './resources.js';
import { mergeReplacing } from './ru-spans.js';
import { unknownToRussian } from './ru-unlisted.js';
import { chatPerson } from './ru-vocatives.js';
import type { WordInfo } from './vocabulary.js';
import { nameWeights } from './weights.js';
import { WordKind, type WordScore } from './words.js';

/**
 * In Cyrillic text without Turkic letters: a word the scan left unnamed (or capitalised and scored below the
 * threshold) is a name when `и` or a comma joins it to a name span at or above the threshold and both words end in
 * the same case (`сардору и карамату`), or when it and the word beside it open a clause joined by `и` before a
 * plural past-tense verb (`азиз и зарема мне помогли`). Either way the word must be a listed first name or one
 * Russian does not know (ru-unlisted.ts). Adds to the scan's spans (sorted, disjoint).
 */
export function findRussianCoordinatedNames(text: string, tokens: readonly Token[], folded: readonly string[], words: readonly WordInfo[], scores: readonly WordScore[], spans: Span[], resources: NameResources): void {
  let found: Span[] | undefined;
  const count = tokens.length;
  // Spans are sorted and disjoint: `at` is the first span not ending before the token looked at (linear cost).
  let at = 0;
  // The last token covered by a name span, found here or by the scan.
  let lastNamed = -1;
  for (let k = 0; k < count; k++) {
    const token = tokens[k]!;
    while (at < spans.length && spans[at]!.end <= token.start) at++;
    // Bounds checked before reading: a read past an array's end takes V8's slow path.
    const span = at < spans.length ? spans[at] : undefined;
    if (span !== undefined && span.start <= token.start && span.end >= token.end && span.score >= 0.5) {
      lastNamed = k;
      continue;
    }
    if (!token.cyrillic || token.hasDigit || token.end - token.start < 4 || !open(text, token, folded[k]!, scores[k]!)) continue;
    const left = joinedAfter(text, tokens, folded, k);
    let base: string | undefined;
    if (left !== -1 && left === lastNamed && sameCase(folded[left]!, folded[k]!)) base = person(folded[k]!, words[k]!, resources);
    else if (k + 3 < count && folded[k + 1] === 'и' && pairBeforePluralVerb(text, tokens, folded, k, resources)) {
      const first = person(folded[k]!, words[k]!, resources);
      const second = first === undefined ? undefined : person(folded[k + 2]!, words[k + 2]!, resources);
      if (first !== undefined && second !== undefined) {
        (found ??= []).push(nameSpan(token, first), nameSpan(tokens[k + 2]!, second));
        lastNamed = k + 2;
        k += 2;
        continue;
      }
    }
    if (base === undefined) continue;
    (found ??= []).push(nameSpan(token, base));
    lastNamed = k;
  }
  if (found !== undefined) mergeReplacing(spans, found);
}

/**
 * Entry condition: ` и ` in the text, or a comma (tokenize() saw one) and a name span at or above the threshold to
 * join to (nothing else starts a list here).
 */
export function mayCoordinate(text: string, comma: boolean, spans: readonly Span[]): boolean {
  if (text.includes(' и ')) return true;
  if (!comma) return false;
  for (const span of spans) if (span.score >= 0.5) return true;
  return false;
}

function nameSpan(token: Token, base: string): Span {
  return { start: token.start, end: token.end, type: 'NAME', score: nameWeights.lowerVocative, source: 'name:cue', normalized: base };
}

/** No rule named the word, or one named it capitalised below the threshold. */
function open(text: string, token: Token, word: string, score: WordScore): boolean {
  if (score.kind === WordKind.None) return true;
  return score.kind === WordKind.Name && score.score < 0.5 && text.charCodeAt(token.start) !== word.charCodeAt(0);
}

/** The token joined to token `k` from the left by `и` (`X и k`) or a comma (`X, k`); -1 for none. */
function joinedAfter(text: string, tokens: readonly Token[], folded: readonly string[], k: number): number {
  if (k >= 2 && folded[k - 1] === 'и' && onlySpaces(text, tokens[k - 2]!.end, tokens[k - 1]!.start, 1) && onlySpaces(text, tokens[k - 1]!.end, tokens[k]!.start, 1)) return k - 2;
  if (k < 1) return -1;
  const gap = tokens[k]!.start - tokens[k - 1]!.end;
  const comma = tokens[k - 1]!.end;
  return (gap === 2 && text.charCodeAt(comma) === 44 && text.charCodeAt(comma + 1) === 32) || (gap === 1 && text.charCodeAt(comma) === 44) ? k - 1 : -1;
}

/**
 * Tokens `k`, `и`, `k + 2` open a clause and a plural past tense the lexicon knows follows, perhaps after one word
 * (`мне`, `нам`, `вместе`): `азиз и зарема мне помогли`.
 */
function pairBeforePluralVerb(text: string, tokens: readonly Token[], folded: readonly string[], k: number, resources: NameResources): boolean {
  const second = tokens[k + 2];
  if (second === undefined || !second.cyrillic || second.hasDigit || second.end - second.start < 4) return false;
  if (k > 0 && !tokens[k]!.sentenceStart && onlySpaces(text, tokens[k - 1]!.end, tokens[k]!.start, 3)) return false;
  if (!onlySpaces(text, tokens[k]!.end, tokens[k + 1]!.start, 1) || !onlySpaces(text, tokens[k + 1]!.end, second.start, 1)) return false;
  let verb = k + 3;
  if (verb < tokens.length && betweenPairAndVerb.has(folded[verb]!)) verb++;
  if (verb >= tokens.length) return false;
  const word = folded[verb]!;
  if (!(word.endsWith('ли') || word.endsWith('лись')) || !resources.commonWords.has(word)) return false;
  for (let m = k + 2; m < verb; m++) if (!onlySpaces(text, tokens[m]!.end, tokens[m + 1]!.start, 1)) return false;
  return true;
}

const betweenPairAndVerb = new Set(['мне', 'нам', 'вместе', 'тоже', 'быстро', 'сразу', 'не', 'уже', 'всё', 'все']);

/**
 * Both words in the same case, told by their endings: instrumental -ой/-ей/-ом/-ем, dative or accusative -у/-ю,
 * dative or prepositional -е, genitive -ы/-и, or a base form (a consonant, -а, -я, -й).
 */
function sameCase(named: string, word: string): boolean {
  return caseOf(named) === caseOf(word);
}
function caseOf(word: string): number {
  const last = word.charCodeAt(word.length - 1);
  const before = word.charCodeAt(word.length - 2);
  if ((last === 0x439 /* й */ && (before === 0x43e || before === 0x435)) || (last === 0x43c /* м */ && (before === 0x43e || before === 0x435))) return 1;
  if (last === 0x443 || last === 0x44e) return 2;
  if (last === 0x435) return 3;
  if (last === 0x44b || last === 0x438) return 4;
  return 0;
}

/** A listed first name that is no everyday word (any case form), or a word Russian does not know. */
function person(word: string, info: WordInfo, resources: NameResources): string | undefined {
  const evidence = info.evidence(true, resources, false);
  if (evidence.stopFlags !== 0) return undefined;
  if (evidence.nameFlags & WordFlag.First) return chatPerson(word, info, resources, true);
  if (evidence.nameFlags !== 0) return undefined;
  return unknownToRussian(word, resources) ? word : undefined;
}
