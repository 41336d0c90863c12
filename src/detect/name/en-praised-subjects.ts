// Subjects of what only a person is or does in English posts (`Penny is so right!`, `if only Pebble wasn't so
// annoying`, `that Gravel was a lousy coach`, `Rusty just texted me`): a capitalised word the scan left below the
// threshold, as a sentence's or a clause's subject, before praise or blame of a person or a verb only a person takes.

import type { Token } from '../../text/tokenize.js';
import type { Span } from '../../types.js';
import { englishWordForm } from './en-common-words.js';
import { misspelt } from './english-lower.js';
import { asciiTitleCase, lettersAfterFirst, readsEnglish, unlistedEnglishName } from './english.js';
import { notSurname } from './en-social-names.js';
import { oneApostropheBetween, onlySpaces } from './gaps.js';
import { WordFlag } from './lexicon.js';
import type { NameResources } from './resources.js';
import { spanOverlapping, tokenStartingAt } from './real-tokens.js';
import type { WordInfo } from './vocabulary.js';
import { nameWeights } from './weights.js';
import { addFoundSpans } from './span-search.js';

// Conjunctions after which a clause's subject comes next (`if Pebble was …`, `that Gravel was …`, `if only Penny
// …`): a closed class.
const clauseOpeners = new Set(['that', 'if', 'when', 'whenever', 'because', 'cause', 'cuz', 'coz', 'bc', 'since', 'while', 'so', 'only', 'but', 'unless', 'though', 'although']);

// What posts say of a person and not of a game, song, show or weather (`is so funny`, `was n't so annoying`, `is so
// right`): a closed class. Left out on purpose: `beautiful`, `gorgeous`, `pretty`, `hot`, `sweet`, `lit`, `fire`,
// `the goat`, said of songs, places and things as often.
const personPraise = new Set([
  'cute', 'funny', 'hilarious', 'handsome', 'talented', 'sexy', 'smart', 'adorable', 'clever', 'brave', 'wise', 'legend',
  'genius', 'idiot', 'moron', 'savage', 'hero', 'crush', 'cutie', 'sweetheart', 'angel', 'clown', 'loser', 'jerk',
  'dumb', 'stupid', 'annoying', 'ugly', 'gay', 'right', 'wrong', 'correct', 'mean', 'jealous', 'sad', 'angry', 'mad',
  'drunk', 'pregnant', 'married', 'single', 'alive', 'dead', 'brother', 'sister', 'bro', 'sis', 'cousin', 'mate',
  'buddy', 'homie', 'idol', 'dad', 'mom', 'mum',
]);

// Nouns of a person's role or character that the person-noun list lacks (`was a lousy coach`, `is such a
// traitor`): a closed class.
const personRoles = new Set(['cop', 'officer', 'villain', 'character', 'president', 'leader', 'coach', 'captain', 'boss', 'liar', 'fraud', 'troll', 'traitor', 'snitch', 'bully', 'fan', 'fanboy', 'sellout', 'fangirl', 'kid', 'child', 'mother', 'father', 'husband', 'wife', 'boyfriend', 'girlfriend', 'son', 'daughter']);

// What a person is doing, after the copula (`Zorvek is trolling`, `Penny was just joking`): no game, song or team
// does it (not `playing`, `winning`, `killing`).
const personDoings = new Set(['crying', 'laughing', 'smiling', 'singing', 'dancing', 'rapping', 'joking', 'trolling', 'lying', 'screaming', 'talking', 'flirting', 'slaying', 'blushing', 'acting', 'bragging', 'whining', 'complaining', 'pretending']);

// Superlatives that, after `the` and closing the clause, praise the subject (`Quorvel is the best!`): said of a
// thing too, so only ending the clause and of a subject the lists do not know as a thing or place.
const superlatives = new Set(['best', 'greatest', 'realest', 'worst', 'funniest', 'cutest']);

// Chat words that end a clause as punctuation does (`is so funny lol`).
const clauseTails = new Set(['lol', 'lmao', 'lmfao', 'haha', 'hahaha', 'xd', 'omg', 'tho', 'though', 'af', 'asf', 'fr', 'ngl', 'rn', 'too', 'and', 'but', 'as', 'sometimes']);

// The copula, as posts type it (`is`, `wasn't`, `isnt`; folding makes every apostrophe `'`).
const copulas = new Set(['is', 'was', "isn't", "wasn't", 'isnt', 'wasnt']);

// Between the copula and the praise (`is so`, `was n't so`, `is such a`, `was a`): a closed class.
const copulaFillers = new Set(['so', 'soo', 'sooo', 'such', 'a', 'an', 'my', 'our', 'really', 'very', 'truly', 'literally', 'actually', 'too', 'the', 'real', 'not', "n't", 'nt', 'n', 't', 'always', 'still', 'just', 'also', 'totally', 'absolutely', 'definitely']);

// After a contracted copula, what makes it one and no possessive (`' s so`, `' s such a`, `' s a`).
const contractedFillers = new Set(['so', 'soo', 'sooo', 'such', 'a', 'an', 'the', 'really', 'literally', 'actually', 'totally', 'always', 'truly']);

// Articles and possessives after which an adjective or two may stand before the person noun (`was a lousy coach`).
const determiners = new Set(['a', 'an', 'the', 'my', 'our']);

// Adverbs between a subject and its verb (`Rusty just texted me`).
const verbAdverbs = new Set(['just', 'never', 'always', 'finally', 'literally', 'actually', 'also', 'still', 'really', 'already']);

// Everyday words that are given names and stand as the subject of praise as notions (`Love is kind`, `Hope is
// right there`, `Summer is so sad`): no person.
const notions = new Set(['love', 'hope', 'faith', 'joy', 'peace', 'charity', 'patience', 'mercy', 'liberty', 'justice', 'truth', 'karma', 'destiny', 'harmony', 'trinity', 'summer', 'winter', 'spring', 'autumn', 'dawn', 'honey', 'baby', 'life', 'death', 'heaven', 'chance', 'luck', 'fate', 'fortune', 'glory', 'honor', 'honour', 'unity']);

/**
 * A span below the threshold on one title-case word of three letters or more (`Penny`, `Pebble`), at a sentence's
 * start or right after a word of clauseOpeners, one space before `is`/`was` (or `' s` and a filler), is a person,
 * scored as an unknown pair, when the copula is followed (over fillers and, after an article, at most two lower-case
 * words) by personPraise, a person adjective (cues/name-english-person-adjectives.txt), a person noun
 * (cues/name-english-person-nouns.txt) or what a person does in -ing (`is just joking`); an adjective must end the
 * clause (`is so funny lol`, not `is so funny a video`). A listed given name that English uses as a word (`Penny`,
 * `Rusty`) is one also before a verb only a person takes (cues/name-english-person-verbs.txt,
 * cues/name-english-chat-after.txt), over one adverb (`Rusty just texted me`). Not a notion (`Love is kind`), a
 * place, a function, cue, thing or person word. In text that reads as English (asked once a candidate stands); the
 * caller checked Latin-script text with no Turkic or Cyrillic word.
 */
export function liftPraisedSubjects(text: string, tokens: readonly Token[], folded: readonly string[], words: readonly WordInfo[], spans: Span[], resources: NameResources): void {
  let english: boolean | undefined;
  const social = resources.englishSocial;
  for (let s = 0; s < spans.length; s++) {
    const span = spans[s]!;
    if (span.score >= 0.5) continue;
    const k = tokenStartingAt(tokens, span.start);
    // Cheap first: one token, then a lower-case word one space after it.
    if (k === -1 || k + 2 >= tokens.length || tokens[k]!.end !== span.end || tokens[k]!.end - tokens[k]!.start < 3) continue;
    const next = tokens[k + 1]!;
    const after = folded[k + 1]!;
    // `Penny ' s so funny`, as WNUT-style posts type the copula: `' s` and a filler (a possessive takes a noun).
    const contracted = after === 's' && apostropheBetween(text, span.end, next.start) && contractedFillers.has(folded[k + 2]!);
    if (!contracted && (!onlySpaces(text, span.end, next.start, 1) || text.charCodeAt(next.start) !== after.charCodeAt(0))) continue;
    const copula = contracted || copulas.has(after);
    if (!copula && !verbOfPerson(text, tokens, folded, k + 1, resources)) continue;
    if (!asciiTitleCase(text, tokens[k]!) || !subjectPlace(text, tokens, folded, k)) continue;
    const word = folded[k]!;
    const info = words[k]!;
    if (info.cue !== 0 || notions.has(word) || resources.cueWords.has(word) || notSurname(word, resources)) continue;
    const evidence = info.evidence(false, resources, false);
    if (evidence.endingLength !== 0 || (evidence.stopFlags & WordFlag.Place) !== 0) continue;
    if (copula) {
      if (!praisedAfter(text, tokens, folded, k + 2, resources, false)) continue;
    } else if ((evidence.nameFlags & WordFlag.First) === 0 || (evidence.nameFlags & WordFlag.Ambiguous) === 0) continue;
    if (!(english ??= readsEnglish(folded, social.functionWords))) return;
    span.score = nameWeights.unknownPair;
  }
}

/**
 * `Quorvel is the best: D`, `zelvik is slaying colours`, `Quorvel is such a sell out`: a sentence's first word that
 * the scan gave no span (a capital opening a sentence says nothing; lower case, nothing either) is a person, scored as
 * an unknown pair, when it is a word on no list that English would not use (unlistedEnglishName(), no SCOWL form, no
 * slip from an everyday word: misspelt()), a–z after an optional capital, and `is`/`was` one space after it opens the
 * praise praisedAfter() reads, a superlative ending the clause included (`is the best!`). Each of the five posts of
 * WNUT-17 dev that open so is a person. In text that reads as English (asked once a candidate stands); the caller
 * checked Latin-script text with no Turkic or Cyrillic word.
 */
export function findPraisedOpeners(text: string, tokens: readonly Token[], folded: readonly string[], words: readonly WordInfo[], spans: Span[], resources: NameResources): void {
  let english: boolean | undefined;
  let found: Span[] | undefined;
  for (let k = 0; k + 3 < tokens.length; k++) {
    // Cheap first: a sentence's first token before the copula.
    const token = tokens[k]!;
    if (!token.sentenceStart || !copulas.has(folded[k + 1]!) || token.hasDigit || token.cyrillic) continue;
    const next = tokens[k + 1]!;
    if (!onlySpaces(text, token.end, next.start, 1) || text.charCodeAt(next.start) !== folded[k + 1]!.charCodeAt(0) || !lettersAfterFirst(text, token)) continue;
    const word = folded[k]!;
    const info = words[k]!;
    if (info.cue !== 0 || notions.has(word) || resources.cueWords.has(word) || notSurname(word, resources) || englishWordForm(word)) continue;
    if (!unlistedEnglishName(word, info.evidence(false, resources, false), resources) || misspelt(word, resources)) continue;
    if (!praisedAfter(text, tokens, folded, k + 2, resources, true) || spanOverlapping(spans, token.start, token.end) !== undefined) continue;
    if (!(english ??= readsEnglish(folded, resources.englishSocial.functionWords))) return;
    (found ??= []).push({ start: token.start, end: token.end, type: 'NAME', score: nameWeights.unknownPair, source: 'name:cue', normalized: word });
  }
  addFoundSpans(spans, found);
}

/** Between `from` and `to`: one apostrophe and at most one space each side (`Penny ' s`, `Penny's`). */
function apostropheBetween(text: string, from: number, to: number): boolean {
  return to > from && to - from <= 3 && oneApostropheBetween(text, from, to);
}

/** Token `k` opens a sentence, or stands one space (or `So, `) after a word of clauseOpeners. */
function subjectPlace(text: string, tokens: readonly Token[], folded: readonly string[], k: number): boolean {
  if (tokens[k]!.sentenceStart) return true;
  if (k === 0 || !clauseOpeners.has(folded[k - 1]!)) return false;
  const gapStart = tokens[k - 1]!.end;
  if (onlySpaces(text, gapStart, tokens[k]!.start, 1)) return true;
  return text.charCodeAt(gapStart) === 44 && tokens[k - 1]!.sentenceStart && onlySpaces(text, gapStart + 1, tokens[k]!.start, 1);
}

/** Token `v` (lower case) is a verb only a person takes, or one adverb of verbAdverbs and such a verb, one space apart. */
function verbOfPerson(text: string, tokens: readonly Token[], folded: readonly string[], v: number, resources: NameResources): boolean {
  const verbs = resources.englishSocial.personVerbs;
  const chat = resources.chatWords.englishAfterName;
  let word = folded[v]!;
  if (verbAdverbs.has(word)) {
    if (v + 1 >= tokens.length || !onlySpaces(text, tokens[v]!.end, tokens[v + 1]!.start, 1)) return false;
    v++;
    word = folded[v]!;
    if (text.charCodeAt(tokens[v]!.start) !== word.charCodeAt(0)) return false;
  }
  return word !== 'who' && (verbs.has(word) || chat.has(word));
}

/**
 * From token `m` on, after the copula: fillers, then praise of a person, a person adjective or a person noun (after
 * an article, over at most two more lower-case words), all lower case and one space apart (an apostrophe may stand
 * inside `n ' t`). An adjective must end the clause: punctuation, a symbol or the end follow it, or a function word.
 * With `superlative` (a word on no list), a superlative after `the` ending the clause is praise too (`is the best!`):
 * a listed word before it may be a place or a team (`London is the best!`).
 */
function praisedAfter(text: string, tokens: readonly Token[], folded: readonly string[], m: number, resources: NameResources, superlative: boolean): boolean {
  const social = resources.englishSocial;
  let determined = false;
  let fillers = 0;
  for (; m < tokens.length && fillers < 4 && copulaFillers.has(folded[m]!); m++, fillers++) {
    if (!lowerAfterGap(text, tokens, folded, m)) return false;
    if (determiners.has(folded[m]!)) determined = true;
  }
  const last = determined ? m + 2 : m;
  for (; m < tokens.length && m <= last; m++) {
    if (!lowerAfterGap(text, tokens, folded, m)) return false;
    const said = folded[m]!;
    if (social.personNouns.has(said) || personRoles.has(said) || (!determined && personDoings.has(said))) return true;
    if (personPraise.has(said) || social.personAdjectives.has(said)) return clauseEnds(text, tokens, folded, m, resources);
    // `is the best: D`, `was the greatest!`: a superlative after `the` that ends the clause (`the best game` goes on).
    if (superlative && folded[m - 1] === 'the' && superlatives.has(said) && clauseEnds(text, tokens, folded, m, resources)) return true;
    // `is such a sell out`: the noun typed as two words.
    if (said === 'sell' && folded[m - 1] === 'a' && folded[m + 1] === 'out' && m + 1 < tokens.length && lowerAfterGap(text, tokens, folded, m + 1)) return true;
    if (social.functionWords.has(said) || social.thingHeads.has(said)) return false;
  }
  return false;
}

/** Token `m` is typed in lower case and stands after spaces or an apostrophe only (`n ' t`). */
function lowerAfterGap(text: string, tokens: readonly Token[], folded: readonly string[], m: number): boolean {
  if (text.charCodeAt(tokens[m]!.start) !== folded[m]!.charCodeAt(0)) return false;
  const from = tokens[m - 1]!.end;
  const to = tokens[m]!.start;
  if (to - from > 3 || to <= from) return false;
  for (let at = from; at < to; at++) {
    const code = text.charCodeAt(at);
    if (code !== 32 && code !== 39 && code !== 0x2019) return false;
  }
  return true;
}

/** After token `m`: the end, punctuation or a symbol, a function word or a chat tail (`so funny lol`), not an article. */
function clauseEnds(text: string, tokens: readonly Token[], folded: readonly string[], m: number, resources: NameResources): boolean {
  if (m + 1 >= tokens.length) return true;
  if (!onlySpaces(text, tokens[m]!.end, tokens[m + 1]!.start, 2)) return true;
  const after = folded[m + 1]!;
  // `so cute a song`: an article after the adjective opens the thing it is said of.
  if (determiners.has(after)) return false;
  return clauseTails.has(after) || resources.englishSocial.functionWords.has(after) || resources.chatWords.englishFunctionWords.has(after);
}
