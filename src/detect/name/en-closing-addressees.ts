// The person a post speaks to, named last after a clause said to them (`loved your last video Zorvek`, `you made my
// day Quilla!`): posts put the addressee's name at the end, after the words addressed to them.

import type { Token } from '../../text/tokenize.js';
import type { Span } from '../../types.js';
import { englishWordForm } from './en-common-words.js';
import { asciiTitleCase, readsEnglish, unlistedEnglishName } from './english.js';
import { misspelt } from './english-lower.js';
import { WordFlag } from './lexicon.js';
import type { NameResources } from './resources.js';
import { tokenStartingAt } from './real-tokens.js';
import { nameWeights } from './weights.js';
import { WordKind, type WordScore } from './words.js';
import type { WordInfo } from './vocabulary.js';

// Second-person words that make a clause said to someone (`your`, `you`, chat spellings), and thanks, which are said
// to someone too (`Thanks for the tips Zorvek`).
const secondPerson = new Set(['you', 'your', 'u', 'ur', 'youre', 'yours', 'yourself', 'thanks', 'thank', 'thx', 'thanx', 'tnx', 'congrats', 'congratulations', 'kudos']);

// How far back in its sentence the second-person word may stand: a constant cost per candidate.
const addressWindow = 16;

/**
 * A one-word span below the threshold, title case, that the scan scored on its capital alone, on no list and no SCOWL
 * form nor slip from one (unlistedEnglishName(), englishWordForm(), misspelt()), that ends its sentence (clause
 * punctuation, a symbol such as an emoji, or the text's end) after a clause holding a second-person word, is the person
 * the post speaks to (`loved your last video Zorvek`). The word before it must be a lower-case noun that a determiner
 * governs (determinedNoun(): `your last video`, `my day`): not a function word, article, possessive, locative or
 * preposition (`you are bad with Zorvcraft.`, `props from Game of Zorvcraft`), not a verb (`you should try Zorvcraft`:
 * no determiner; verbs of watching or playing, words opening a verb's object, -ing and -ed forms), not an adjective
 * before a noun (`try the new Zorvcraft`). Lifted to an unknown pair. The
 * caller checked that the text has no Cyrillic or Turkic word and reads as English in capitals.
 */
export function liftClosingAddressees(text: string, tokens: readonly Token[], folded: readonly string[], words: readonly WordInfo[], scores: readonly WordScore[], spans: Span[], resources: NameResources): void {
  let english: boolean | undefined;
  const social = resources.englishSocial;
  for (const span of spans) {
    if (span.score >= 0.5) continue;
    const k = tokenStartingAt(tokens, span.start);
    if (k < 2 || tokens[k]!.sentenceStart) continue;
    // `Thanks for the tips Penny Marsh`: a listed given name and a listed surname, everyday words both.
    const pair = tokens[k]!.end !== span.end;
    if (pair ? k + 1 >= tokens.length || tokens[k + 1]!.end !== span.end || !sentenceEndAt(text, tokens, k + 1) || !listedPair(text, tokens, folded, words, k, resources) : !sentenceEndAt(text, tokens, k)) continue;
    const score = scores[k]!;
    const token = tokens[k]!;
    if (!pair && (score.kind !== WordKind.Name || score.source !== 'capital' || token.hasDigit || !asciiTitleCase(text, token))) continue;
    // The word before: lower case, one space away, a content word.
    const before = folded[k - 1]!;
    const previous = tokens[k - 1]!;
    if (text.charCodeAt(previous.start) !== before.charCodeAt(0) || previous.hasDigit || token.start !== previous.end + 1 || before.length < 3) continue;
    if (social.functionWords.has(before) || resources.chatWords.englishFunctionWords.has(before) || social.articles.has(before) || social.possessives.has(before) || social.locatives.has(before) || social.titleVerbs.has(before) || social.objectWords.has(before) || prepositions.has(before)) continue;
    if (before.endsWith('ing') || before.endsWith('ed') || nounModifiers.has(before) || !determinedNoun(folded, k - 1, resources)) continue;
    const word = folded[k]!;
    if (!pair && (words[k]!.cue !== 0 || !unlistedEnglishName(word, words[k]!.evidence(false, resources, false), resources) || englishWordForm(word) || misspelt(word, resources))) continue;
    if (!secondPersonBefore(tokens, folded, k)) continue;
    if (!(english ??= readsEnglish(folded, social.functionWords))) return;
    span.score = nameWeights.unknownPair;
  }
}

/**
 * Tokens `k` and `k + 1`, one space apart, title case: a listed given name or a word on no list and no SCOWL form
 * (`Zorvek`), then a listed surname (either may be an everyday word: `Penny Marsh`), neither a place nor a cue word.
 */
function listedPair(text: string, tokens: readonly Token[], folded: readonly string[], words: readonly WordInfo[], k: number, resources: NameResources): boolean {
  if (!asciiTitleCase(text, tokens[k]!) || !asciiTitleCase(text, tokens[k + 1]!) || tokens[k + 1]!.start !== tokens[k]!.end + 1) return false;
  if (words[k]!.cue !== 0 || words[k + 1]!.cue !== 0) return false;
  const given = words[k]!.evidence(false, resources, false);
  const surname = words[k + 1]!.evidence(false, resources, false);
  if (given.endingLength !== 0 || surname.endingLength !== 0 || ((given.stopFlags | surname.stopFlags) & WordFlag.Place) !== 0) return false;
  if ((surname.nameFlags & WordFlag.Surname) === 0) return false;
  return (given.nameFlags & WordFlag.First) !== 0 || (given.nameFlags === 0 && given.stopFlags === 0 && !englishWordForm(folded[k]!));
}

// Prepositions the function-word lists leave out: a name after one is its object, not the one spoken to.
const prepositions = new Set(['into', 'onto', 'over', 'under', 'near', 'about', 'like', 'than', 'without', 'through', 'across', 'against', 'during', 'toward', 'towards', 'via', 'per', 'vs', 'versus', 'called', 'named', 'feat', 'ft']);

/** Token `k` ends its sentence: the text ends, or only spaces and then clause punctuation or a symbol follow it. */
function sentenceEndAt(text: string, tokens: readonly Token[], k: number): boolean {
  let at = tokens[k]!.end;
  while (at < text.length && text.charCodeAt(at) === 32) at++;
  if (at === text.length) return true;
  const code = text.charCodeAt(at);
  if (code === 46 || code === 33 || code === 63) return true;
  // An emoji or another symbol after the name, and nothing but symbols and spaces to the end or the next sentence.
  if (code < 0x2100 || code === 0x2013 || code === 0x2014) return false;
  return k + 1 >= tokens.length || tokens[k + 1]!.sentenceStart;
}

/** A second-person word stands before token `k` in its sentence, within addressWindow tokens. */
function secondPersonBefore(tokens: readonly Token[], folded: readonly string[], k: number): boolean {
  for (let m = k - 1; m >= 0 && m >= k - addressWindow; m--) {
    if (secondPerson.has(folded[m]!)) return true;
    if (tokens[m]!.sentenceStart) return false;
  }
  return false;
}

// Adjectives that stand before a noun (`try the new Zorvcraft`): the word before the name must be the noun itself.
const nounModifiers = new Set(['new', 'old', 'latest', 'free', 'best', 'first', 'last', 'next', 'whole', 'original', 'classic', 'real', 'official', 'full', 'big', 'little', 'great', 'good', 'bad', 'same', 'other', 'entire', 'favorite', 'favourite']);

/**
 * Token `n` is a noun a determiner governs: an article, a possessive or a demonstrative one or two words before it
 * (`your last video`, `my day`, `the video`); a verb before the name has none (`you should try Zorvcraft`).
 */
function determinedNoun(folded: readonly string[], n: number, resources: NameResources): boolean {
  const social = resources.englishSocial;
  for (let m = n - 1; m >= 0 && m >= n - 2; m--) {
    const word = folded[m]!;
    if (social.articles.has(word) || social.possessives.has(word) || demonstratives.has(word)) return true;
  }
  return false;
}

const demonstratives = new Set(['this', 'that', 'these', 'those']);
