// Lower-case full names in English text (`looks like ian connor`, `amy schumer is all about`): a listed given name
// and a surname-shaped word, both typed in lower case.

import type { Token } from '../../text/tokenize.js';
import type { Span } from '../../types.js';
import { englishCommonWords, englishWordForm } from './en-common-words.js';
import { readsEnglish, unlistedEnglishName } from './english.js';
import { WordFlag } from './lexicon.js';
import type { NameResources } from './resources.js';
import { spanOverlapping } from './real-tokens.js';
import { WordBit, type WordInfo } from './vocabulary.js';
import { nameWeights } from './weights.js';

/**
 * Two lower-case Latin words one space apart, not inside a longer span: the first a listed given name that is no
 * everyday word (the lists mark `will`, `mark`, `grace` ambiguous) or an SSA given name no other list knows, the second a listed name that is no everyday
 * word either, or a word English would not use (on no list, no inflection of a word on the common-word list) with
 * a surname ending (cues/name-english-surname-endings.txt: `schumer`, not `heel`) or an accented letter
 * (`monika žilková`). Both of three letters or more,
 * neither a cue word, not next to a street word (`amir temur avenue`), in text that reads as English (asked at the
 * first candidate). The caller checked that the text has no Cyrillic or Turkic word. Adds the pairs to the scan's
 * spans, in order, scored as a listed given name when the second word is listed too, as an unknown pair otherwise.
 */
export function findLowerFullNames(text: string, tokens: readonly Token[], folded: readonly string[], words: readonly WordInfo[], spans: Span[], resources: NameResources): void {
  let found: Span[] | undefined;
  let replaced: Uint8Array | undefined;
  let english: boolean | undefined;
  let s = 0;
  for (let k = 0; k + 1 < tokens.length; k++) {
    // Cheap tests first (most tokens fail the first letter or the spacing); the whole words only for candidates.
    // The next word may be a two-letter verb (`chloe is wearing`): its length is checked below, for surnames only.
    if (!lowerStart(text, tokens[k]!) || !lowerFirst(text, tokens[k + 1]!)) continue;
    if (tokens[k + 1]!.start !== tokens[k]!.end + 1 || text.charCodeAt(tokens[k]!.end) !== 32) continue;
    const given = givenName(words[k]!, folded[k]!, resources);
    // `messi scored again`: a listed surname that is no given name and no word, as a subject only.
    if ((!given && !surnameOnly(words[k]!, folded[k]!, resources)) || !lowerWord(text, tokens, folded, k)) continue;
    // `chloe is wearing`, `freddie laughs`: the given name alone, as the subject of a verb; opening a sentence, also
    // before an -ing form (`messi watching this game`).
    const subject = (resources.englishSocial.verbsAfterName.has(folded[k + 1]!) || (regularPastTense(folded[k + 1]!, resources) && !afterGerund(folded, k)) || (tokens[k]!.sentenceStart && presentParticiple(folded[k + 1]!))) && !afterDeterminer(folded, k, resources);
    // The surname alone only where no span stands and no listed name goes before it (`lola rashidova helped` is a
    // pair, which later passes read whole).
    if (!given && (!subject || spanOverlapping(spans, tokens[k]!.start, tokens[k]!.end) !== undefined || (k > 0 && words[k - 1]!.evidence(false, resources, false).nameFlags !== 0))) continue;
    if (!subject && (!lowerStart(text, tokens[k + 1]!) || !lowerWord(text, tokens, folded, k + 1))) continue;
    // Read the whole text only once a candidate stands in it.
    if (english === undefined && !(english = readsEnglish(folded, resources.chatWords.englishFunctionWords))) return;
    const surname = subject ? Surname.None : surnameWord(folded[k + 1]!, words[k + 1]!, resources);
    // `on amir temur avenue`: a street or district named after a person.
    if ((surname === Surname.None && !subject) || streetWordAround(tokens, words, k)) continue;
    const start = tokens[k]!.start;
    const end = tokens[subject ? k : k + 1]!.end;
    while (s < spans.length && spans[s]!.end <= start) s++;
    // A span of the scan inside the pair (`connor` alone, or the pair scored low) gives way to it; one reaching
    // beyond it is left alone.
    let score: number = subject ? nameWeights.lowerVocative : surname === Surname.Listed ? nameWeights.first : nameWeights.unknownPair;
    let inside = s;
    while (inside < spans.length && spans[inside]!.start < end) {
      const span = spans[inside]!;
      if (span.start < start || span.end > end) break;
      score = Math.max(score, span.score);
      inside++;
    }
    if (inside < spans.length && spans[inside]!.start < end) continue;
    // The scan found the pair itself: only its score may rise (its source and base forms stay).
    if (inside === s + 1 && spans[s]!.start === start && spans[s]!.end === end) {
      spans[s]!.score = score;
      if (!subject) k++;
      continue;
    }
    for (let gone = s; gone < inside; gone++) (replaced ??= new Uint8Array(spans.length))[gone] = 1;
    s = inside;
    (found ??= []).push({ start, end, type: 'NAME', score, source: 'name:gazetteer', normalized: subject ? folded[k]! : `${folded[k]!} ${folded[k + 1]!}` });
    if (!subject) k++;
  }
  if (found === undefined) return;
  // Compacts in one pass (a splice per pair would be quadratic on a long text).
  if (replaced !== undefined) {
    let kept = 0;
    for (let n = 0; n < spans.length; n++) if (replaced[n] === 0) spans[kept++] = spans[n]!;
    spans.length = kept;
  }
  for (const span of found) spans.push(span);
  spans.sort((a, b) => a.start - b.start);
}

/** `fixed`, `stopped`, `waited`: an English everyday word in -ed (`obinna fixed my account`). */
function regularPastTense(word: string, resources: NameResources): boolean {
  if (word.length < 5 || !word.endsWith('ed')) return false;
  const stem = word.slice(0, -2);
  if (everyday(stem, resources) || everyday(`${stem}e`, resources)) return true;
  return stem.length >= 4 && stem.charCodeAt(stem.length - 1) === stem.charCodeAt(stem.length - 2) && everyday(stem.slice(0, -1), resources);
}

function everyday(word: string, resources: NameResources): boolean {
  const entry = resources.latinNames.getStem(word);
  return entry !== undefined && (entry.flags & WordFlag.NotName) !== 0;
}

/** `getting rick rolled`: after an -ing form the word is its object, and the -ed word no verb of it. */
function afterGerund(folded: readonly string[], k: number): boolean {
  return k > 0 && folded[k - 1]!.length >= 5 && folded[k - 1]!.endsWith('ing');
}

/** `the luna is`, `every mia has`: after an article, possessive or quantifier, the word names a thing. */
function afterDeterminer(folded: readonly string[], k: number, resources: NameResources): boolean {
  if (k === 0) return false;
  const { articles, possessives, quantifiers } = resources.englishSocial;
  const before = folded[k - 1]!;
  return articles.has(before) || possessives.has(before) || quantifiers.has(before);
}

/** A Latin token of three letters or more, no digit, opening with a lower-case letter (a–z or accented). */
function lowerStart(text: string, token: Token): boolean {
  return token.end - token.start >= 3 && lowerFirst(text, token);
}

/** A Latin token with no digit, opening with a lower-case letter (a–z or accented). */
function lowerFirst(text: string, token: Token): boolean {
  const first = text.charCodeAt(token.start);
  return ((first >= 97 && first <= 122) || (first > 0xdf && accentedLatin(first))) && !token.hasDigit;
}

/** Three letters or more, all lower-case Latin letters as typed (a–z, or accented: `žilková`). */
function lowerWord(text: string, tokens: readonly Token[], folded: readonly string[], k: number): boolean {
  const token = tokens[k]!;
  const word = folded[k]!;
  if (word.length !== token.end - token.start) return false;
  for (let at = 0; at < word.length; at++) {
    const code = text.charCodeAt(token.start + at);
    if (code !== word.charCodeAt(at) || !((code >= 97 && code <= 122) || accentedLatin(code))) return false;
  }
  return true;
}

/** Latin-1 Supplement and Latin Extended-A/B letters (lower case once compared with the folded word). */
function accentedLatin(code: number): boolean {
  return code >= 0xdf && code <= 0x24f && code !== 0xf7;
}

/** `žilková`, `gábor`: English writes no accented letters, so an unlisted word with one is no English word. */
function hasAccent(word: string): boolean {
  for (let at = 0; at < word.length; at++) if (accentedLatin(word.charCodeAt(at))) return true;
  return false;
}

/** A listed given name that is no everyday word, or one of the SSA list's that no other list knows (`obinna`). */
function givenName(info: WordInfo, word: string, resources: NameResources): boolean {
  if (info.cue !== 0) return false;
  const evidence = info.evidence(false, resources, false);
  if (evidence.nameFlags === 0 && evidence.stopFlags === 0) return word.length >= 4 && (info.bits & WordBit.WorldGivenName) !== 0;
  return (evidence.nameFlags & WordFlag.First) !== 0 && (evidence.nameFlags & WordFlag.Ambiguous) === 0 && evidence.stopFlags === 0 && evidence.endingLength === 0;
}

/** A listed surname that no list holds as a given name or a word, and SCOWL lacks (`messi`; not `baker`, `mason`). */
function surnameOnly(info: WordInfo, word: string, resources: NameResources): boolean {
  if (info.cue !== 0 || word.length < 4) return false;
  const evidence = info.evidence(false, resources, false);
  return evidence.nameFlags === WordFlag.Surname && evidence.stopFlags === 0 && evidence.endingLength === 0 && !englishCommonWords().has(word) && !resources.cueWords.has(word);
}

/** `watching`, `playing`: an -ing form whose stem is an everyday word, as SCOWL or the lists hold it. */
function presentParticiple(word: string): boolean {
  return word.length >= 6 && word.endsWith('ing') && englishWordForm(word);
}

const Surname = { None: 0, Listed: 1, Shaped: 2 } as const;
type Surname = (typeof Surname)[keyof typeof Surname];

function surnameWord(word: string, info: WordInfo, resources: NameResources): Surname {
  if (info.cue !== 0) return Surname.None;
  const evidence = info.evidence(false, resources, false);
  if (evidence.stopFlags !== 0 || evidence.endingLength !== 0) return Surname.None;
  if (evidence.nameFlags !== 0) {
    return (evidence.nameFlags & WordFlag.Ambiguous) === 0 && (evidence.nameFlags & (WordFlag.First | WordFlag.Surname)) !== 0 ? Surname.Listed : Surname.None;
  }
  if (resources.cueWords.has(word)) return Surname.None;
  if (hasAccent(word)) return Surname.Shaped;
  return surnameEnding(word, resources.englishSocial.surnameEndings) && unlistedEnglishName(word, evidence, resources) ? Surname.Shaped : Surname.None;
}

/** A street or district word right before the pair or right after it (`amir temur avenue`, `ulitsa`). */
function streetWordAround(tokens: readonly Token[], words: readonly WordInfo[], k: number): boolean {
  if (k > 0 && words[k - 1]!.bits & WordBit.StreetOrPossessive && !tokens[k - 1]!.hasDigit) return true;
  return k + 2 < tokens.length && (words[k + 2]!.bits & WordBit.StreetOrPossessive) !== 0;
}

function surnameEnding(word: string, endings: readonly string[]): boolean {
  for (const ending of endings) if (word.length > ending.length + 2 && word.endsWith(ending)) return true;
  return false;
}
