// Full names in English social posts (`I love Corvan Wexley`, `a huge fan of tobias quennel`, `support Delmar
// quibbet`): posts type the surname after a listed given name in any case, and often as an everyday word.

import type { Token } from '../../text/tokenize.js';
import type { Span } from '../../types.js';
import { asciiTitleCase, readsEnglish, unlistedEnglishName } from './english.js';
import { capitalisedSentence } from './social.js';
import { misspelt } from './english-lower.js';
import { englishCommonWords, englishWordForm } from './en-common-words.js';
import { onlySpaces } from './gaps.js';
import { WordFlag } from './lexicon.js';
import type { EnglishSocialWords } from './en-social-words.js';
import type { NameResources } from './resources.js';
import { spanOverlapping, tokenEndingAt, tokenStartingAt } from './real-tokens.js';
import { WordBit, type WordInfo } from './vocabulary.js';
import { nameWeights } from './weights.js';
import { WordKind, type WordScore } from './words.js';
import { addFoundSpans } from './span-search.js';

/**
 * A span at or over the threshold that ends in a listed given name which is no everyday word (`Corvan`, not `Will`),
 * one space before a word that is not opening a sentence, takes that word as its surname when it is:
 * - title case (`Wexley`, `Tucker`): a listed surname or a word on no list, not a function word, a cue word or a word
 *   of a place, street, thing or people (the lists of social.ts and en-titles.ts);
 * - lower case (`quennel`, `quibbet`): a listed surname (`walker` too, an everyday word, but then only ending the
 *   clause), or a word English would not use (unlistedEnglishName(), no slip from an everyday word: misspelt()),
 *   before a clause end, a function word or a verb (clauseGoesOn()).
 * Text that reads as English only (asked once a candidate stands). The caller checked that the text has no Cyrillic or
 * Turkic word; spans in text order.
 */
export function extendGivenNameTails(text: string, tokens: readonly Token[], folded: readonly string[], words: readonly WordInfo[], spans: Span[], resources: NameResources): void {
  let english: boolean | undefined;
  for (let s = 0; s < spans.length; s++) {
    const span = spans[s]!;
    if (span.score < 0.5 || text.charCodeAt(span.end) !== 32) continue;
    const last = tokenEndingAt(tokens, span.end);
    if (last === -1 || last + 1 >= tokens.length) continue;
    const next = tokens[last + 1]!;
    if (next.start !== span.end + 1 || next.hasDigit || next.cyrillic || next.sentenceStart || next.end - next.start < 3) continue;
    if (s + 1 < spans.length && spans[s + 1]!.start < next.end) continue;
    if (!listedGivenName(words[last]!, resources)) continue;
    const word = folded[last + 1]!;
    // `Tobias Thunder 💖`: a post of two words, no function word among them, may be in any language (`Omad tilayman`
    // wishes luck in Uzbek): only an English everyday word in title case is read as the surname there.
    if (tokens.length === 2 && !(english ??= readsEnglish(folded, resources.englishSocial.functionWords))) {
      if (!asciiTitleCase(text, next) || !everydayWordSurname(text, tokens, folded, last + 1, words[last + 1]!, resources)) continue;
    } else if (asciiTitleCase(text, next) ? !titleCaseSurname(word, words[last + 1]!, resources) && !everydayWordSurname(text, tokens, folded, last + 1, words[last + 1]!, resources) : asciiCapitals(text, next) ? !capitalsSurname(text, tokens[last]!, word, words[last + 1]!, resources) : !lowerCaseSurname(text, next, word, words[last + 1]!, resources) || !clauseGoesOn(text, tokens, folded, last + 1, resources)) continue;
    if (tokens.length !== 2 && !(english ??= readsEnglish(folded, resources.englishSocial.functionWords))) return;
    span.end = next.end;
    span.normalized = `${span.normalized ?? folded[last]!} ${word}`;
  }
}

/** A listed given name that is no everyday word and carries no case ending (`corvan`, not `will` or `mark`). */
function listedGivenName(info: WordInfo, resources: NameResources): boolean {
  if (info.cue !== 0) return false;
  const evidence = info.evidence(false, resources, false);
  return (evidence.nameFlags & WordFlag.First) !== 0 && (evidence.nameFlags & WordFlag.Ambiguous) === 0 && evidence.stopFlags === 0 && evidence.endingLength === 0;
}

/**
 * A listed surname (`Tucker`, `Holmes`: everyday words too) or a word on no list; an everyday word that no list
 * holds as a surname is rather a verb or a title written in capitals (`Superman Kill his self`).
 */
function titleCaseSurname(word: string, info: WordInfo, resources: NameResources): boolean {
  if (info.cue !== 0 || resources.cueWords.has(word) || notSurname(word, resources)) return false;
  const evidence = info.evidence(false, resources, false);
  if (evidence.endingLength !== 0 || (evidence.stopFlags & WordFlag.Place) !== 0) return false;
  return (evidence.nameFlags & WordFlag.Surname) !== 0 || (evidence.nameFlags === 0 && evidence.stopFlags === 0);
}

// After a title-case everyday word, what may follow a surname: the copula, auxiliaries and `and` (`Alan Rock is`,
// `Mina Legend will`); not prepositions, which follow verbs written in capitals too (`Kevin Jumps on the bed`).
const afterEverydaySurname = new Set(['is', 'was', 'has', 'had', 'will', 'would', 'and', 'does', 'did', 'can', 'could', 'should', 'just', 'never', 'always']);

/**
 * `Alan Rock 💖`, `Mina Legend is …`, `Zac Rhymes ' s video`: a title-case everyday word that no list holds as a
 * surname nor as a place (`Watts`, `Legend`, `Rhymes`: famous surnames are often words) is the surname after a listed
 * given name when the name ends there: the clause ends (punctuation, an emoji, the text's end), or a possessive, the
 * copula, an auxiliary or `and` follows. Before any other word it is rather a verb or a title written in capitals
 * (`Lucinda Kill the lights`). Not a word in -ing, -ly or -ed (verbs and adverbs), not a word of notSurname().
 */
function everydayWordSurname(text: string, tokens: readonly Token[], folded: readonly string[], k: number, info: WordInfo, resources: NameResources): boolean {
  const word = folded[k]!;
  if (word.length < 4 || word.endsWith('ing') || word.endsWith('ly') || word.endsWith('ed') || info.cue !== 0 || resources.cueWords.has(word) || notSurname(word, resources)) return false;
  const evidence = info.evidence(false, resources, false);
  if (evidence.nameFlags !== 0 || evidence.stopFlags !== WordFlag.NotName || evidence.endingLength !== 0) return false;
  const end = tokens[k]!.end;
  if (k + 1 >= tokens.length || tokens[k + 1]!.sentenceStart) return !capitalisedSentence(text, tokens, folded, k);
  const next = tokens[k + 1]!;
  let gap = false;
  for (let at = end; at < next.start; at++) {
    const code = text.charCodeAt(at);
    if (code === 32) continue;
    // `' s`, `'s`, `’s`: a possessive.
    if (code === 39 || code === 0x2019) return next.end - next.start === 1 && folded[k + 1] === 's';
    // Clause punctuation or a symbol (an emoji's surrogate half, a heart) ends the name; a colon or a dash rather
    // follows a title (`Emma Reacts: …`).
    if (code === 44 || code === 46 || code === 33 || code === 63 || code === 41 || (code >= 0x2100 && code !== 0x2013 && code !== 0x2014)) gap = true;
    else return false;
  }
  return (gap || afterEverydaySurname.has(folded[k + 1]!)) && !capitalisedSentence(text, tokens, folded, k);
}

/** A–Z only, as typed. */
function asciiCapitals(text: string, token: Token): boolean {
  for (let at = token.start; at < token.end; at++) {
    const code = text.charCodeAt(at);
    if (code < 65 || code > 90) return false;
  }
  return true;
}

/**
 * `TOBIAS BRACKWIN IS THE BEST`: after a listed given name typed in capitals, a word in capitals that is a listed
 * surname and no everyday word, or a word on no list and no SCOWL form (not `LOL`, `PLZ`: stoplisted chat words), is
 * the surname.
 */
function capitalsSurname(text: string, given: Token, word: string, info: WordInfo, resources: NameResources): boolean {
  if (!asciiCapitals(text, given) || word.length < 3 || info.cue !== 0 || resources.cueWords.has(word) || notSurname(word, resources)) return false;
  const evidence = info.evidence(false, resources, false);
  if (evidence.endingLength !== 0 || evidence.stopFlags !== 0) return false;
  if (evidence.nameFlags !== 0) return (evidence.nameFlags & WordFlag.Surname) !== 0 && (evidence.nameFlags & WordFlag.Ambiguous) === 0;
  return !englishWordForm(word) && !misspelt(word, resources);
}

function lowerCaseSurname(text: string, token: Token, word: string, info: WordInfo, resources: NameResources): boolean {
  // As typed: lower-case a–z only.
  for (let at = token.start; at < token.end; at++) {
    const code = text.charCodeAt(at);
    if (code < 97 || code > 122) return false;
  }
  if (info.cue !== 0 || resources.cueWords.has(word) || notSurname(word, resources)) return false;
  const evidence = info.evidence(false, resources, false);
  if (evidence.endingLength !== 0) return false;
  // `kevin smith.`: a surname that is an everyday word too only ends the clause (`Anna miller and her shop` stays).
  if ((evidence.nameFlags & WordFlag.Surname) !== 0) return (evidence.stopFlags & WordFlag.Place) === 0 && ((evidence.nameFlags & WordFlag.Ambiguous) === 0 || clauseEndAt(text, token.end));
  return !laughter(word) && unlistedEnglishName(word, evidence, resources) && !misspelt(word, resources);
}

/** `hahahaha`, `hehe`, `loool`: a two-letter unit repeated, or a letter typed three times over: no surname spells so. */
function laughter(word: string): boolean {
  let period2 = true;
  for (let at = 2; at < word.length; at++) {
    const code = word.charCodeAt(at);
    if (code === word.charCodeAt(at - 1) && code === word.charCodeAt(at - 2)) return true;
    if (code !== word.charCodeAt(at - 2)) period2 = false;
  }
  return period2;
}

/** Function words and the words of things, places, streets and peoples that social.ts and en-titles.ts read. */
export function notSurname(word: string, resources: NameResources): boolean {
  const social = resources.englishSocial;
  return (
    social.functionWords.has(word) ||
    resources.chatWords.englishFunctionWords.has(word) ||
    social.thingHeads.has(word) ||
    social.placeHeads.has(word) ||
    social.streetHeads.has(word) ||
    social.placeOpeners.has(word) ||
    social.nationalities.has(word) ||
    social.quantifiers.has(word) ||
    social.auxiliaries.has(word) ||
    social.personNouns.has(word) ||
    social.workNouns.has(word)
  );
}

/**
 * After a lower-case surname: the end of the text, punctuation, or a function word or verb that follows a name
 * (`kevin smith.`, `Delmar quibbet if I …`, `tobias quennel is`); an everyday word there makes the lower-case word
 * rather a verb or adverb of the sentence (`Rudy pretty much`, `Marcelo defend attack`).
 */
function clauseGoesOn(text: string, tokens: readonly Token[], folded: readonly string[], k: number, resources: NameResources): boolean {
  if (k + 1 >= tokens.length || text.charCodeAt(tokens[k]!.end) !== 32 || tokens[k + 1]!.start - tokens[k]!.end > 2) return true;
  for (let at = tokens[k]!.end; at < tokens[k + 1]!.start; at++) if (text.charCodeAt(at) !== 32) return true;
  const after = folded[k + 1]!;
  return resources.englishSocial.functionWords.has(after) || resources.chatWords.englishFunctionWords.has(after) || resources.englishSocial.verbsAfterName.has(after);
}

/**
 * `attribute that to dana!`, `omg poor tamsin!!`, `wait oriel wears glasses`: in an English post with capitals, a
 * lower-case word that is a listed given name and no everyday word (`dana`, not `mason`, `grace`) or an SSA given name
 * no other list knows, four letters or more, is a person: posts leave names in lower case, and the lists mark the
 * names English uses as words ambiguous. Not after an article, possessive or quantifier (`the luna`), not before a
 * thing or person noun (`the dana show`, `dana fan`), not next to a street word, and not inside a span. Scored as a
 * lower-case vocative. The caller checked a text with an upper-case letter and no Cyrillic or Turkic word.
 */
export function liftLowerGivenNames(text: string, tokens: readonly Token[], folded: readonly string[], words: readonly WordInfo[], firstCodes: ArrayLike<number>, spans: Span[], resources: NameResources): void {
  let english: boolean | undefined;
  let found: Span[] | undefined;
  const social = resources.englishSocial;
  for (let k = 0; k < tokens.length; k++) {
    const token = tokens[k]!;
    // Cheap first: typed in lower case (a–z), four letters at least.
    const first = text.charCodeAt(token.start);
    if (first < 97 || first > 122 || first !== firstCodes[k] || token.end - token.start < 4 || token.hasDigit || addressPart(text, token)) continue;
    const info = words[k]!;
    if (info.cue !== 0 || !lowerGivenName(text, token, info, resources)) continue;
    const word = folded[k]!;
    if (resources.cueWords.has(word) || notSurname(word, resources)) continue;
    if (determinerBefore(folded, k, social)) continue;
    if (k + 1 < tokens.length && (social.thingHeads.has(folded[k + 1]!) || social.personNouns.has(folded[k + 1]!) || words[k + 1]!.bits & WordBit.StreetOrPossessive)) continue;
    if (k > 0 && words[k - 1]!.bits & WordBit.StreetOrPossessive) continue;
    if (!personFrame(text, tokens, folded, k, spans)) continue;
    const span = spanOverlapping(spans, token.start, token.end);
    // The scan's own reading of the word, below the threshold, is lifted; a longer span is left alone.
    if (span !== undefined && (span.score >= nameWeights.lowerVocative || span.start !== token.start || span.end !== token.end)) continue;
    if (!(english ??= readsEnglish(folded, social.functionWords))) return;
    if (span !== undefined) span.score = nameWeights.lowerVocative;
    else (found ??= []).push({ start: token.start, end: token.end, type: 'NAME', score: nameWeights.lowerVocative, source: 'name:gazetteer', normalized: word });
  }
  addFoundSpans(spans, found);
}

/** Lower-case a–z as typed; a listed given name that is no everyday word, or an SSA given name no other list holds. */
function lowerGivenName(text: string, token: Token, info: WordInfo, resources: NameResources): boolean {
  for (let at = token.start + 1; at < token.end; at++) {
    const code = text.charCodeAt(at);
    if (code < 97 || code > 122) return false;
  }
  const evidence = info.evidence(false, resources, false);
  if (evidence.nameFlags === 0 && evidence.stopFlags === 0) return (info.bits & WordBit.WorldGivenName) !== 0;
  return (evidence.nameFlags & WordFlag.First) !== 0 && (evidence.nameFlags & WordFlag.Ambiguous) === 0 && evidence.stopFlags === 0 && evidence.endingLength === 0;
}

// Words right before a person in a comparison or a pity (`better than dana`, `looks like dana`, `poor dana`): a closed
// class. `to` and `as` count only before the end of the clause (`gave it to dana!`, `as humble as dana,`).
const framesBefore = new Set(['poor', 'than', 'vs', 'versus', 'like', 'by']);
const framesBeforeClauseEnd = new Set(['to', 'as']);

/**
 * Token `k` stands where posts name a person: after a word of framesBefore (one or two spaces away), after `to` or
 * `as` and before the end of its clause, or coordinated (`and`, `or`, `&`) with a span of the scan or a capitalised
 * word (`Jay & dana`, `dana and Mirel`).
 */
function personFrame(text: string, tokens: readonly Token[], folded: readonly string[], k: number, spans: readonly Span[]): boolean {
  const token = tokens[k]!;
  if (k > 0 && onlySpaces(text, tokens[k - 1]!.end, token.start, 2)) {
    const before = folded[k - 1]!;
    if (framesBefore.has(before)) return true;
    if (framesBeforeClauseEnd.has(before) && clauseEndAt(text, token.end)) return true;
    if ((before === 'and' || before === 'or') && k > 1 && onlySpaces(text, tokens[k - 2]!.end, tokens[k - 1]!.start, 2) && nameAt(text, tokens, k - 2, spans)) return true;
  }
  if (k > 0 && ampersandBetween(text, tokens[k - 1]!.end, token.start) && nameAt(text, tokens, k - 1, spans)) return true;
  if (k + 1 < tokens.length && ampersandBetween(text, token.end, tokens[k + 1]!.start) && nameAt(text, tokens, k + 1, spans)) return true;
  if (k + 2 < tokens.length && (folded[k + 1] === 'and' || folded[k + 1] === 'or') && onlySpaces(text, token.end, tokens[k + 1]!.start, 2) && onlySpaces(text, tokens[k + 1]!.end, tokens[k + 2]!.start, 2)) {
    return nameAt(text, tokens, k + 2, spans);
  }
  return false;
}

/** Token `k` is inside a span of the scan, or typed with a capital letter and not opening a sentence. */
function nameAt(text: string, tokens: readonly Token[], k: number, spans: readonly Span[]): boolean {
  const token = tokens[k]!;
  const span = spanOverlapping(spans, token.start, token.end);
  if (span !== undefined) return span.score >= 0.5;
  const first = text.charCodeAt(token.start);
  return first >= 65 && first <= 90 && !token.sentenceStart && !token.hasDigit;
}

/** An article, possessive or quantifier right before word `k` (`the luna`, `my dana`): a thing, not a person. */
export function determinerBefore(folded: readonly string[], k: number, social: EnglishSocialWords): boolean {
  if (k === 0) return false;
  const before = folded[k - 1]!;
  return social.articles.has(before) || social.possessives.has(before) || social.quantifiers.has(before);
}

/** ` & ` between two tokens (spaces optional). */
export function ampersandBetween(text: string, from: number, to: number): boolean {
  let seen = false;
  for (let at = from; at < to; at++) {
    const code = text.charCodeAt(at);
    if (code === 38 && !seen) seen = true;
    else if (code !== 32) return false;
  }
  return seen;
}

/** Only spaces, then `,` `.` `!` `?` `)` or the end of the text, from `at`. */
export function clauseEndAt(text: string, at: number): boolean {
  let k = at;
  while (k < text.length && text.charCodeAt(k) === 32) k++;
  if (k === text.length) return true;
  const code = text.charCodeAt(k);
  return code === 44 || code === 46 || code === 33 || code === 63 || code === 41;
}

// Verbs of looking or sounding before `like` (`looks like Zorvek`): what follows is compared to a person.
const appearanceVerbs = new Set(['look', 'looks', 'looking', 'looked', 'sound', 'sounds', 'sounding', 'sounded']);

/**
 * `Where ' s Zorvek?`, `where is qelwyn`, `he looks like Zorvek`, `sounds exactly like qelwyn`: a word asked for
 * (after `where's`, `wheres` or `where is` opening a sentence, before the end of the clause) or compared to (after a
 * verb of looking or sounding and `like`) is a person, when it is a word on no list: typed in title case, which the
 * scan scored on its capital alone, or in lower case, a word English would not use (unlistedEnglishName(), not one
 * slip from an everyday word). Function words, everyday words and listed places stay (`where is your order`, `looks
 * like rain`, `looks like Paris`). The span of the scan is lifted, or a new one added, scored as an unknown pair.
 * The caller checked an English-looking text (no Cyrillic or Turkic word).
 */
export function liftAskedAndComparedNames(text: string, tokens: readonly Token[], folded: readonly string[], words: readonly WordInfo[], scores: readonly WordScore[], spans: Span[], resources: NameResources): void {
  let found: Span[] | undefined;
  for (let k = 0; k + 1 < tokens.length; k++) {
    const word = folded[k]!;
    let target = -1;
    if (word === 'like') {
      if (k === 0 || !onlySpaces(text, tokens[k]!.end, tokens[k + 1]!.start, 2)) continue;
      const verb = folded[k - 1] === 'exactly' && k > 1 ? k - 2 : k - 1;
      if (!appearanceVerbs.has(folded[verb]!)) continue;
      target = k + 1;
      // `look like troll face`: a word before a noun is its modifier; the person ends the clause or a function word follows.
      if (target + 1 < tokens.length && !clauseEndAt(text, tokens[target]!.end) && !resources.englishSocial.functionWords.has(folded[target + 1]!) && !resources.chatWords.englishFunctionWords.has(folded[target + 1]!)) continue;
    } else if (word === 'where' || word === 'wheres') {
      if (!tokens[k]!.sentenceStart) continue;
      if (word === 'wheres') target = k + 1;
      else if (folded[k + 1] === 'is' && onlySpaces(text, tokens[k]!.end, tokens[k + 1]!.start, 2)) target = k + 2;
      else if (folded[k + 1] === 's' && apostropheGap(text, tokens[k]!.end, tokens[k + 1]!.start)) target = k + 2;
      if (target === -1 || target >= tokens.length || !clauseEndAt(text, tokens[target]!.end)) continue;
      if (target !== k + 1 && !onlySpaces(text, tokens[target - 1]!.end, tokens[target]!.start, 2)) continue;
    } else continue;
    if (target >= tokens.length) continue;
    const token = tokens[target]!;
    if (token.hasDigit || token.cyrillic || token.end - token.start < 2) continue;
    const score = scores[target]!;
    const span = spanOverlapping(spans, token.start, token.end);
    if (span !== undefined) {
      // The scan's capital-only reading of the word, below the threshold.
      if (span.start === token.start && span.end === token.end && span.score < nameWeights.unknownPair && score.source === 'capital' && !token.sentenceStart && unknownWord(folded[target]!, words[target]!, resources)) span.score = nameWeights.unknownPair;
      continue;
    }
    const first = text.charCodeAt(token.start);
    if (first < 97 || first > 122 || !lowerUnknown(text, token, folded[target]!, words[target]!, resources)) continue;
    (found ??= []).push({ start: token.start, end: token.end, type: 'NAME', score: nameWeights.unknownPair, source: 'name:cue', normalized: folded[target]! });
    k = target;
  }
  addFoundSpans(spans, found);
}

/** ` ' ` or `'` between a word and `s` (posts split `where's` into three tokens). */
export function apostropheGap(text: string, from: number, to: number): boolean {
  let seen = false;
  for (let at = from; at < to; at++) {
    const code = text.charCodeAt(at);
    if ((code === 39 || code === 0x2019) && !seen) seen = true;
    else if (code !== 32) return false;
  }
  return seen;
}

/** On no list, not a cue or function word. */
function unknownWord(word: string, info: WordInfo, resources: NameResources): boolean {
  if (info.cue !== 0 || resources.cueWords.has(word) || notSurname(word, resources)) return false;
  const evidence = info.evidence(false, resources, false);
  return evidence.nameFlags === 0 && evidence.stopFlags === 0;
}

/** Lower-case a–z as typed, and a word English would not use. */
function lowerUnknown(text: string, token: Token, word: string, info: WordInfo, resources: NameResources): boolean {
  for (let at = token.start; at < token.end; at++) {
    const code = text.charCodeAt(at);
    if (code < 97 || code > 122) return false;
  }
  return unknownWord(word, info, resources) && !laughter(word) && unlistedEnglishName(word, info.evidence(false, resources, false), resources) && !misspelt(word, resources);
}

// Second-person words of posts right after an addressed name (`Zorvek you rock`, `qelwyn u see now`): a closed class.
const secondPerson = new Set(['you', 'u', 'your', 'ur', 'youre', 'ya', 'yall']);
// The forms that make an everyday-word name addressed (`Lily you are`, not `Hope you …`, `Bless you`).
const secondPersonBeing = new Set(['are', 're', 'were', 'r']);
// Words that open a sentence before `you` or `she` as verbs or wishes (`Hope you are well`, `Bless you`, `Will you …`,
// `Hope she is okay`), which name lists also hold: a closed class.
const verbsBeforeYou = new Set(['will', 'hope', 'bless', 'may', 'wish', 'pray', 'bet', 'swear', 'guess', 'trust', 'love', 'miss', 'thank', 'see', 'told', 'tell', 'mean', 'mind', 'can', 'did', 'do', 'does', 'are', 'were', 'have', 'had', 'let', 'got', 'get', 'make', 'made']);
/** `Hope`, `Bless`, `Will`: a word opening a sentence before `you` as a verb or wish (verbsBeforeYou). */
export function verbBeforeYou(word: string): boolean {
  return verbsBeforeYou.has(word);
}
// How far the second person or the person noun may stand after the name (`Zorvek I love your videos`, `Tanner is
// not a better player`).
const addressWindow = 5;

/**
 * A name opening a sentence that the scan left below the threshold, addressed or described as a person:
 * - before a second-person word (`Zorvek you rock`, `Zorvek, your vids`), or before `I` and one within addressWindow
 *   words (`Zorvek I love your videos`); an everyday-word name (`Lily`) only before `you are`, `you're`, `ur`, a comma,
 *   or `I` (`Hope you are well`, `Bless you` stay);
 * - a listed given name, everyday word or not, before `is`/`was` and a person noun (cues/name-english-person-nouns.txt)
 *   within addressWindow words (`Tanner is a good dude`);
 * - in lower case, a word English would not use or a listed given name that is no everyday word, before a
 *   second-person word (`qelwyn u see now`);
 * - a title-case word the scan kept no span for, on no list and no SCOWL word (unlistedOpener()), in the frames above
 *   but the comma address, or before `my` and a kin word, `is so` and praise of a person, or a verb and an object
 *   pronoun (unlistedDescribed(): `Zorvek my brother we …`, `Zorvek is so talented`, `Zorvek had me weak`).
 * The span is the one word, scored as an unknown pair. The caller checked an English-looking text.
 */
export function liftOpeningAddressees(text: string, tokens: readonly Token[], folded: readonly string[], words: readonly WordInfo[], scores: readonly WordScore[], spans: Span[], resources: NameResources): void {
  let found: Span[] | undefined;
  let english: boolean | undefined;
  for (let k = 0; k + 1 < tokens.length; k++) {
    const token = tokens[k]!;
    if (!token.sentenceStart || token.hasDigit || token.cyrillic || token.end - token.start < 2) continue;
    const word = folded[k]!;
    if (verbsBeforeYou.has(word) || words[k]!.cue !== 0) continue;
    const first = text.charCodeAt(token.start);
    const lower = first >= 97 && first <= 122;
    const span = spanOverlapping(spans, token.start, token.end);
    let kind: Opening;
    let last = k;
    if (lower) {
      if (span !== undefined || !(lowerGivenName(text, token, words[k]!, resources) || lowerUnknown(text, token, word, words[k]!, resources))) continue;
      kind = Opening.Plain;
    } else {
      if (span === undefined) {
        // The scan keeps no span for an unknown capital opening a sentence alone: compromise's lexicon lacks too many
        // words (`Proof that …`, `Idiot needs …`, `Anytime you …`). A word SCOWL lacks too is read.
        if (!unlistedOpener(text, tokens, folded, words, scores, k, resources)) continue;
        kind = Opening.Unlisted;
      } else {
        if (span.start !== token.start || span.score >= 0.5) continue;
        // One word, or two (`Pj Tucker wants …`).
        if (span.end !== token.end) {
          if (k + 2 >= tokens.length || tokens[k + 1]!.end !== span.end) continue;
          last = k + 1;
        }
        kind = openingKind(folded, words, scores, k, false, resources);
        if (kind === Opening.None || (last !== k && openingKind(folded, words, scores, last, true, resources) === Opening.None)) continue;
      }
    }
    if (!addressedOrDescribed(text, tokens, folded, words, last, kind, lower, resources)) continue;
    if (!(english ??= readsEnglish(folded, resources.englishSocial.functionWords))) return;
    if (span !== undefined) span.score = nameWeights.unknownPair;
    else (found ??= []).push({ start: token.start, end: token.end, type: 'NAME', score: nameWeights.unknownPair, source: 'name:cue', normalized: word });
  }
  addFoundSpans(spans, found);
}

// Unlisted: on no list, SCOWL's included, and the scan kept no span (unlistedOpener()).
const Opening = { None: -1, Plain: 0, Listed: 1, Everyday: 2, Unlisted: 3 } as const;
type Opening = (typeof Opening)[keyof typeof Opening];

/**
 * A capitalised word the scan scored on its capital (on no list) or as a listed given name, everyday word or not (the
 * second word of two: a listed surname too).
 */
function openingKind(folded: readonly string[], words: readonly WordInfo[], scores: readonly WordScore[], k: number, second: boolean, resources: NameResources): Opening {
  const score = scores[k]!;
  const word = folded[k]!;
  if (score.kind !== WordKind.Name || (score.source !== 'capital' && score.source !== 'gazetteer') || words[k]!.cue !== 0 || resources.cueWords.has(word) || notOpening(word, resources)) return Opening.None;
  const evidence = words[k]!.evidence(false, resources, false);
  if (evidence.endingLength !== 0 || (evidence.stopFlags & (WordFlag.Place | WordFlag.NotName)) !== 0) return Opening.None;
  if (evidence.nameFlags === 0) return Opening.Plain;
  if ((evidence.nameFlags & (second ? WordFlag.First | WordFlag.Surname : WordFlag.First)) === 0) return Opening.None;
  return (evidence.nameFlags & WordFlag.Ambiguous) !== 0 ? Opening.Everyday : Opening.Listed;
}

/**
 * `Zorvek continues his streak`, `Zorvek my brother`: token `k` opens a sentence in title case, four letters or more,
 * scored on its capital alone, on no list (openingKind() Plain) and no SCOWL word or regular inflection of one, with
 * no letter typed three times over (`Loooool`), and a lower-case word after it.
 */
function unlistedOpener(text: string, tokens: readonly Token[], folded: readonly string[], words: readonly WordInfo[], scores: readonly WordScore[], k: number, resources: NameResources): boolean {
  const token = tokens[k]!;
  const score = scores[k]!;
  if (score.kind !== WordKind.Name || score.source !== 'capital' || token.end - token.start < 4 || !asciiTitleCase(text, token)) return false;
  const next = tokens[k + 1]!;
  if (next.hasDigit || text.charCodeAt(next.start) !== folded[k + 1]!.charCodeAt(0)) return false;
  const word = folded[k]!;
  if (laughter(word) || openingKind(folded, words, scores, k, false, resources) !== Opening.Plain) return false;
  return !englishWordForm(word) && !compoundWord(word);
}

/**
 * `Overwatch`, `Deadpool`, `Skyrim`: two SCOWL words of three letters or more written as one are a title, game or
 * brand; the names this pass is for are on no list and rarely split so (the listed ones never reach it).
 */
export function compoundWord(word: string): boolean {
  const words = englishCommonWords();
  for (let cut = 3; cut <= word.length - 3; cut++) if (words.has(word.slice(0, cut)) && words.has(word.slice(cut))) return true;
  return false;
}

/** Function words, auxiliaries, quantifiers and the words of peoples, persons and things: no name opens a sentence so. */
function notOpening(word: string, resources: NameResources): boolean {
  const social = resources.englishSocial;
  return (
    social.functionWords.has(word) ||
    resources.chatWords.englishFunctionWords.has(word) ||
    social.auxiliaries.has(word) ||
    social.quantifiers.has(word) ||
    social.nationalities.has(word) ||
    social.personNouns.has(word) ||
    social.thingHeads.has(word)
  );
}

function addressedOrDescribed(text: string, tokens: readonly Token[], folded: readonly string[], words: readonly WordInfo[], last: number, kind: Opening, lower: boolean, resources: NameResources): boolean {
  const next = last + 1;
  const comma = text.charCodeAt(tokens[last]!.end) === 44;
  if (!comma && !onlySpaces(text, tokens[last]!.end, tokens[next]!.start, 2)) return false;
  if (comma && !onlySpaces(text, tokens[last]!.end + 1, tokens[next]!.start, 2)) return false;
  const after = folded[next]!;
  // `Nice shop. Zorvmart, your prices …`: a shop is spoken to so too; a word no list holds needs more.
  if (comma && kind === Opening.Unlisted) return false;
  if (secondPerson.has(after)) {
    if (kind !== Opening.Everyday || comma) return true;
    return after === 'ur' || after === 'youre' || (after === 'you' && next + 1 < tokens.length && secondPersonBeing.has(folded[next + 1]!));
  }
  if (lower) return false;
  if (after === 'i' && !comma) {
    for (let m = next + 1; m < tokens.length && m <= next + addressWindow && !tokens[m]!.sentenceStart; m++) if (secondPerson.has(folded[m]!)) return true;
    return false;
  }
  if (comma) return false;
  if (kind !== Opening.Plain && (after === 'is' || after === 'was')) {
    for (let m = next + 1; m < tokens.length && m <= next + addressWindow && !tokens[m]!.sentenceStart; m++) {
      if (text.charCodeAt(tokens[m]!.start) !== folded[m]!.charCodeAt(0)) break;
      if (resources.englishSocial.personNouns.has(folded[m]!)) return true;
    }
  }
  if (kind === Opening.Unlisted && unlistedDescribed(text, tokens, folded, next, resources)) return true;
  // `Zorvek continues his streak`: a lower-case verb (a word English uses), then `he`, `she`, `his`, `himself` or
  // `herself` later in the same sentence, which no firm, place or title takes.
  if (lower || text.charCodeAt(tokens[next]!.start) !== after.charCodeAt(0) || thirdPersonPronouns.has(after) || after === 'i' || tokens[next]!.hasDigit) return false;
  if (unlistedEnglishName(after, words[next]!.evidence(false, resources, false), resources)) return false;
  for (let m = next + 1; m < tokens.length && m <= next + pronounWindow && !tokens[m]!.sentenceStart; m++) {
    if (thirdPersonPronouns.has(folded[m]!) && text.charCodeAt(tokens[m]!.start) === folded[m]!.charCodeAt(0)) return true;
  }
  return false;
}

// Kin and fellowship words after `my` that hail a person (`Zorvek my brother`), besides the person nouns.
const kinWords = new Set(['brother', 'bro', 'sister', 'sis', 'cousin', 'son', 'daughter', 'mate', 'buddy', 'homie', 'king', 'queen', 'idol', 'boi']);
// Between `is`/`was` and what is said of the person (`is so`, `is such a`, `was my`): a closed class.
const copulaFillers = new Set(['so', 'soo', 'sooo', 'such', 'a', 'an', 'my', 'our', 'really', 'very', 'truly', 'literally', 'actually', 'too', 'the', 'real']);
// What posts say of a person and hardly of a game, show or brand (`is so cute`, `is such a legend`, `is the goat`):
// a closed class; `fun`, `good`, `amazing` and `the best` are said of things as often.
const personPraise = new Set(['cute', 'funny', 'hilarious', 'handsome', 'gorgeous', 'beautiful', 'pretty', 'adorable', 'talented', 'sexy', 'hot', 'smart', 'sweet', 'legend', 'genius', 'idiot', 'savage', 'goat', 'beast', 'talent', 'idol', 'hero', 'crush', 'queen', 'king', 'baby', 'babe', 'bae', 'cutie', 'sweetheart', 'angel', 'clown', 'loser', 'jerk', 'dumb', 'stupid', 'annoying', 'ugly', 'gay', 'thick', 'lit']);
// Object pronouns a doing takes when it is done to a person (`Zorvek had me weak`, `Zorvek wants them gone`).
const objectPronouns = new Set(['me', 'him', 'them', 'us']);

/**
 * After a word no list holds opening a sentence (from token `next` on, one space each): `my` and a kin word or person
 * noun and more of the clause (`Zorvek my brother we …`), `is`/`was` and praise of a person (`Zorvek is such a legend`),
 * or a lower-case everyday verb form and an object pronoun (`Zorvek had me weak`).
 */
function unlistedDescribed(text: string, tokens: readonly Token[], folded: readonly string[], next: number, resources: NameResources): boolean {
  if (next + 1 >= tokens.length || !onlySpaces(text, tokens[next]!.end, tokens[next + 1]!.start, 2)) return false;
  const after = folded[next]!;
  const object = folded[next + 1]!;
  // `Zorvek my brother we …`: the clause goes on after the kin word (`Rahmat my brother!` thanks in Uzbek).
  if (after === 'my') {
    if (!kinWords.has(object) && !resources.englishSocial.personNouns.has(object)) return false;
    const then = tokens[next + 2];
    return then !== undefined && onlySpaces(text, tokens[next + 1]!.end, then.start, 2) && text.charCodeAt(then.start) === folded[next + 2]!.charCodeAt(0);
  }
  if (after === 'is' || after === 'was') {
    // `Zorvek is so cute`, `Zorvek is such a legend`, `Zorvek was my idol`: over one to three fillers, in the clause.
    let m = next + 1;
    while (m < tokens.length && m - next <= 3 && copulaFillers.has(folded[m]!) && onlySpaces(text, tokens[m]!.end, tokens[m + 1]?.start ?? text.length, 2)) m++;
    if (m === next + 1 || m >= tokens.length || !onlySpaces(text, tokens[m - 1]!.end, tokens[m]!.start, 2)) return false;
    const said = folded[m]!;
    return personPraise.has(said) || kinWords.has(said) || resources.englishSocial.personNouns.has(said) || resources.englishSocial.personAdjectives.has(said);
  }
  if (!objectPronouns.has(object) || (resources.englishSocial.auxiliaries.has(after) && after !== 'had' && after !== 'has')) return false;
  return text.charCodeAt(tokens[next]!.start) === after.charCodeAt(0) && englishWordForm(after);
}

// He, she and their forms a person takes (not `her`, also the object of a verb said of anything: `made her cry`).
const thirdPersonPronouns = new Set(['he', 'she', 'his', 'himself', 'herself']);
// How far the pronoun may stand after the verb: a constant cost per opening.
const pronounWindow = 12;

/** `james.harris@mail.kz`, `@dana`: a word joined to the next or the previous by `.`, `@` or `_` is part of an address or handle. */
export function addressPart(text: string, token: Token): boolean {
  const before = token.start > 0 ? text.charCodeAt(token.start - 1) : 32;
  if (before === 46 || before === 64 || before === 95) return true;
  const after = text.charCodeAt(token.end);
  if (after === 64 || after === 95) return true;
  if (after !== 46) return false;
  const next = text.charCodeAt(token.end + 1);
  return (next >= 97 && next <= 122) || (next >= 65 && next <= 90) || (next >= 48 && next <= 57);
}

/**
 * One or two capitalised words the scan left below the threshold (on no list, or a given name that is an everyday
 * word) right before a second-person word, one space or a comma away, are said to someone (`Nice vid Zorvek you can
 * …`, `if you like Zorvek, your …`): lifted to an unknown pair. Not after a word of place (`in Zorvland you can …`),
 * not in capitals (`a band called BTS you should …`), not a verb before `you` (`Bless you`). (Coordination with a
 * found name, `Ripley and Hunter`, is mentions.ts's.) The caller checked an English-looking text.
 */
export function liftAddressedLowSpans(text: string, tokens: readonly Token[], folded: readonly string[], words: readonly WordInfo[], scores: readonly WordScore[], spans: Span[], resources: NameResources): void {
  let english: boolean | undefined;
  for (let s = 0; s < spans.length; s++) {
    const span = spans[s]!;
    if (span.score >= 0.5) continue;
    const first = tokenStartingAt(tokens, span.start);
    const last = tokenEndingAt(tokens, span.end);
    if (first === -1 || last === -1 || last - first > 1) continue;
    // Cheap first: the second-person word, then the gap, then the words.
    if (last + 1 >= tokens.length || !secondPerson.has(folded[last + 1]!) || (first > 0 && resources.englishSocial.locatives.has(folded[first - 1]!))) continue;
    const gapStart = text.charCodeAt(span.end) === 44 ? span.end + 1 : span.end;
    if (gapStart === tokens[last + 1]!.start || !onlySpaces(text, gapStart, tokens[last + 1]!.start, 2)) continue;
    let kinds = true;
    for (let k = first; k <= last && kinds; k++) kinds = asciiTitleCase(text, tokens[k]!) && !verbsBeforeYou.has(folded[k]!) && openingKind(folded, words, scores, k, k !== first, resources) !== Opening.None;
    if (!kinds) continue;
    if (!(english ??= readsEnglish(folded, resources.englishSocial.functionWords))) return;
    span.score = nameWeights.unknownPair;
  }
}

// How far after the name its pronoun may stand (`Zorvek but he has …`, `Zorvek has ego because he …`).
const antecedentWindow = 6;

/**
 * One or two capitalised words the scan left below the threshold (on no list, or a given name that is an everyday
 * word) that `he`, `she`, `his`, `himself` or `herself` follows within antecedentWindow words of the same sentence,
 * with no other capitalised word or span between, are the person the pronoun stands for (`no fan of Zorvek but he
 * has worked`, `Hats off to Hunter for his love`): firms, places and titles take `it` and `its`. Not after an article
 * or possessive (`a Zorvmart poster on one of his walls`), nor a verb or wish the lists hold as a name (`Hope she is
 * okay`). Lifted to an unknown pair. The caller checked an English-looking text.
 */
export function liftPronounAntecedents(text: string, tokens: readonly Token[], folded: readonly string[], words: readonly WordInfo[], scores: readonly WordScore[], spans: Span[], resources: NameResources): void {
  let english: boolean | undefined;
  for (let s = 0; s < spans.length; s++) {
    const span = spans[s]!;
    if (span.score >= 0.5) continue;
    const first = tokenStartingAt(tokens, span.start);
    const last = tokenEndingAt(tokens, span.end);
    if (first === -1 || last === -1 || last - first > 1) continue;
    // `a Zorvmart poster on one of his walls`: after an article or a possessive, a thing.
    if (first > 0 && (resources.englishSocial.articles.has(folded[first - 1]!) || resources.englishSocial.possessives.has(folded[first - 1]!))) continue;
    // Cheap first: the pronoun, in lower case, with only lower-case words between.
    let pronoun = false;
    const next = s + 1 < spans.length ? spans[s + 1]!.start : text.length;
    for (let m = last + 1; m < tokens.length && m <= last + antecedentWindow && !tokens[m]!.sentenceStart && tokens[m]!.start < next; m++) {
      if (text.charCodeAt(tokens[m]!.start) !== folded[m]!.charCodeAt(0)) break;
      if (thirdPersonPronouns.has(folded[m]!)) {
        pronoun = true;
        break;
      }
    }
    if (!pronoun) continue;
    let kinds = true;
    // `Hope she is okay`: a verb or wish opening the clause, which the lists hold as a name too.
    for (let k = first; k <= last && kinds; k++) kinds = asciiTitleCase(text, tokens[k]!) && !verbsBeforeYou.has(folded[k]!) && openingKind(folded, words, scores, k, k !== first, resources) !== Opening.None;
    if (!kinds) continue;
    if (!(english ??= readsEnglish(folded, resources.englishSocial.functionWords))) return;
    span.score = nameWeights.unknownPair;
  }
}
