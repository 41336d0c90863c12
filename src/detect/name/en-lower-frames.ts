// Lower-case given names in frames English posts keep for people (`invite gunnar`, `tanner why do you …`, `my
// friend grace and i`, `RT jessica:`): en-lower-social.ts reads a few frames around any lower-case listed name;
// these are the frames strong enough for a given name that is an everyday word too, or that a verb makes personal.

import type { Token } from '../../text/tokenize.js';
import type { Span } from '../../types.js';
import { englishCommonWords, englishWordForm } from './en-common-words.js';
import { addressPart, clauseEndAt, determinerBefore, notSurname, verbBeforeYou } from './en-social-names.js';
import { readsEnglish, unlistedEnglishName } from './english.js';
import { misspelt } from './english-lower.js';
import { lineBreakBetween, lowerLetters, onlySpaces } from './gaps.js';
import { WordFlag } from './lexicon.js';
import type { NameResources } from './resources.js';
import { spanOverlapping } from './real-tokens.js';
import type { WordInfo } from './vocabulary.js';
import { nameWeights } from './weights.js';
import { addFoundSpans } from './span-search.js';

// A lower-case listed given name: Plain when no list or SCOWL holds it as a word (`gunnar`), Everyday when one does
// (`grace`, `tanner`, `sterling`).
const Given = { None: 0, Plain: 1, Everyday: 2 } as const;
type Given = (typeof Given)[keyof typeof Given];

/**
 * In English text (asked once a candidate stands; the caller checked no Cyrillic or Turkic word), a lower-case word
 * is a person:
 * - a listed given name no list or SCOWL holds as a word, right after a verb done to a person or a word singling one
 *   out (personObjects: `invite gunnar`, `trained dmitri`, `except priya`), not before a noun of a thing or person;
 * - a listed given name, everyday word or not, after a verb of seeing, letting or making (or `help`) and before a bare
 *   verb of what people do (`watching tanner win`, `help mason squeeze`, `made grace cry`);
 * - a word on no list that English would not use, after a verb whose object is a person only (`fighting zorvek`,
 *   `married qelwyn`), not before a noun of a thing or person;
 * - a listed given name, everyday word or not, after a relayed `that` and before a verb (`tell lucas that jack
 *   called`, `let him know that grace said …`);
 * - such a name after `not` at the end of the clause (`marcelo, not ronan.`); a listed given name SCOWL lacks, ambiguous
 *   or not, after thanks or credit and `to` (`pass my thanks to lola`, `shout out to priya`);
 * - a listed given name, everyday word or not, opening a sentence or line (or after an interjection opening it) and
 *   said to (`sterling you went too far`, `tanner why do you …`, `yea tanner do another`: a second-person subject, a
 *   question word, an auxiliary and `you`, or a request);
 * - a listed given name, everyday word or not, after `my` and a kin or friend noun (`my friend grace and i`) before
 *   the end of the clause, `and`, `'s` or a verb of the lists, or before `and i`/`and me` (`grace and i went`);
 * - a listed given name, everyday word or not, after `birthday`, `rip`, `go` or `love you` ending the clause (`happy
 *   birthday grace!`, `go mason!`), or after `me and` before a verb or the end of the clause (`me and grace went`);
 * - a word right after a line-opening `RT` and before a colon (`RT jessica: …`): a retweeted account;
 * - after `and` beside a found lower-case name, a listed given name and a listed surname ending the clause, each an
 *   everyday word or not (`olga petrova and jack parker, …`).
 * Auxiliaries that are names too (`will`, `may`) never are. Scored as a lower-case vocative; the scan's own reading
 * of the word below that is lifted.
 */
export function liftLowerFramedNames(text: string, tokens: readonly Token[], folded: readonly string[], words: readonly WordInfo[], spans: Span[], resources: NameResources): void {
  let english: boolean | undefined;
  let found: Span[] | undefined;
  // Tokens up to here are read (a candidate is read once, whichever frame word found it).
  let done = -1;
  // Cheap first: a frame word's first letter and length in a bit table, then one Map lookup; the candidate beside it
  // is read only then. A pass reading both neighbours of every lower-case token cost twice as much.
  for (let j = 0; j < tokens.length; j++) {
    // The token's first letter and length from the text, not its folded string: reading every token's string object
    // from memory cost this pass most of its time (paired runs: ×0.97-0.98 NAME).
    const token = tokens[j]!;
    const length = token.end - token.start;
    const letter = (text.charCodeAt(token.start) | 32) - 97;
    if (letter < 0 || letter > 25 || length > 15 || (frameLengths[letter]! & (1 << length)) === 0) continue;
    const roles = frameRoles.get(folded[j]!);
    if (roles === undefined) continue;
    // The candidate before the frame word (an After role), then the one after it (a Before role).
    for (let side = (roles & Role.After) !== 0 ? -1 : 1; side <= 1; side += 2) {
      const k = j + side;
      if (k <= done || k < 0 || k >= tokens.length || (side === 1 && (roles & Role.Before) === 0)) continue;
      done = k;
      const last = frameEnd(text, tokens, folded, words, spans, k, resources);
      if (last === -1) continue;
      const name = tokens[k]!;
      const span = spanOverlapping(spans, name.start, tokens[last]!.end);
      if (span !== undefined && (span.score >= nameWeights.lowerVocative || span.start !== name.start || span.end !== tokens[last]!.end)) continue;
      if (!(english ??= readsEnglish(folded, resources.englishSocial.functionWords))) return;
      if (span !== undefined) span.score = nameWeights.lowerVocative;
      else (found ??= []).push({ start: name.start, end: tokens[last]!.end, type: 'NAME', score: nameWeights.lowerVocative, source: 'name:cue', normalized: last === k ? folded[k]! : `${folded[k]!} ${folded[last]!}` });
      done = last;
    }
  }
  addFoundSpans(spans, found);
}

/** The last token of the name token `k` opens in one of the frames, or -1. */
function frameEnd(text: string, tokens: readonly Token[], folded: readonly string[], words: readonly WordInfo[], spans: readonly Span[], k: number, resources: NameResources): number {
  const token = tokens[k]!;
  const first = text.charCodeAt(token.start);
  if (first < 97 || first > 122 || token.end - token.start < 3 || token.hasDigit || token.cyrillic || addressPart(text, token)) return -1;
  const before = k > 0 ? (framesBefore.get(folded[k - 1]!) ?? Before.None) : Before.None;
  const after = k + 1 < tokens.length ? (framesAfter.get(folded[k + 1]!) ?? After.None) : After.None;
  const spaced = before !== Before.None && onlySpaces(text, tokens[k - 1]!.end, token.start, 2);
  const word = folded[k]!;
  const info = words[k]!;
  if (spaced && before === Before.Object) {
    const given = givenKind(text, token, word, info, resources);
    // `help mason squeeze his glove`: an everyday-word name too, when a bare verb tells what the person does.
    if (given === Given.None) {
      // `try fighting zorvek the fake monk`, `married qelwyn`: after a verb only a person takes, a word on no list
      // that English would not use.
      // Not before a plural (`fighting zorvek bosses`: the word names a kind).
      if (!personOnlyObjects.has(folded[k - 1]!) || !unlistedObject(token, word, info, resources) || !objectEnds(text, tokens, folded, k, resources)) return -1;
      return clauseEndAt(text, token.end) || k + 1 >= tokens.length || !pluralNoun(folded[k + 1]!) ? k : -1;
    }
    return (given === Given.Plain && objectEnds(text, tokens, folded, k, resources)) || (given === Given.Everyday && bareVerbAfter(text, tokens, folded, k)) ? k : -1;
  }
  if (spaced && before === Before.Causer) {
    // `watching adam win`, `let tanner finish`, `saw grace cry`: seen, let or made to do something, a person.
    return givenKind(text, token, word, info, resources) !== Given.None && bareVerbAfter(text, tokens, folded, k) ? k : -1;
  }
  if (spaced && before === Before.Not && clauseEndAt(text, token.end)) {
    // `the star is marcelo, not ronan.`: a person set against another, at the end of the clause.
    return givenKind(text, token, word, info, resources) === Given.Plain ? k : -1;
  }
  if (spaced && before === Before.To && k > 1 && thanksBeforeTo.has(folded[k - 2]!) && onlySpaces(text, tokens[k - 2]!.end, tokens[k - 1]!.start, 2)) {
    // `pass my thanks to lola`, `shout out to tanner`: thanks go to a person; an everyday word stays a thing.
    return givenKind(text, token, word, info, resources) !== Given.None && !englishCommonWords().has(word) && objectEnds(text, tokens, folded, k, resources) ? k : -1;
  }
  if (after === After.Addressed && k + 2 < tokens.length && opensSentence(text, tokens, folded, k) && addressedOpener(text, tokens, folded, k)) {
    // `hope you are well`, `bless you`: a verb before `you`.
    return !verbBeforeYou(word) && givenKind(text, token, word, info, resources) !== Given.None ? k : -1;
  }
  if (spaced && before === Before.Kin && k > 1 && folded[k - 2] === 'my') {
    return givenKind(text, token, word, info, resources) !== Given.None && friendEnds(text, tokens, folded, k, resources) ? k : -1;
  }
  if (after === After.And && k + 2 < tokens.length && (folded[k + 2] === 'i' || folded[k + 2] === 'me') && onlySpaces(text, token.end, tokens[k + 1]!.start, 1) && onlySpaces(text, tokens[k + 1]!.end, tokens[k + 2]!.start, 1)) {
    return !determinerBefore(folded, k, resources.englishSocial) && givenKind(text, token, word, info, resources) !== Given.None ? k : -1;
  }
  if (spaced && (before === Before.Cheer || (before === Before.You && k > 1 && fondVerbs.has(folded[k - 2]!))) && clauseEndAt(text, token.end)) {
    // `happy birthday grace!`, `rip tanner`, `go mason!`, `love you grace.`: cheered, mourned or loved, ending the clause.
    return givenKind(text, token, word, info, resources) !== Given.None ? k : -1;
  }
  if (spaced && before === Before.And && k > 1 && (folded[k - 2] === 'me' || folded[k - 2] === 'i') && onlySpaces(text, tokens[k - 2]!.end, tokens[k - 1]!.start, 2)) {
    // `me and grace went`, `me and tanner.`: the writer's companion, before a verb or the end of the clause.
    if (givenKind(text, token, word, info, resources) === Given.None) return -1;
    return clauseEndAt(text, token.end) || (k + 1 < tokens.length && (afterYou.has(folded[k + 1]!) || resources.englishSocial.verbsAfterName.has(folded[k + 1]!))) ? k : -1;
  }
  if (spaced && before === Before.That && relayed(text, tokens, folded, k)) {
    // `tell lucas that jack called`, `told him that grace said …`: the one a message is relayed from, before a verb;
    // an everyday-word name only before a verb of speaking or calling (`that rose is blooming`, `that bill was due`).
    const given = givenKind(text, token, word, info, resources);
    return given === Given.Plain || (given === Given.Everyday && spokenVerb(folded[k + 1]!)) ? k : -1;
  }
  if (before === Before.Retweet && k === 1 && token.end < text.length && text.charCodeAt(token.end) === 58) {
    return lowerLetters(text, token) && info.cue === 0 && !notSurname(word, resources) ? k : -1;
  }
  if (before === Before.And && k > 1 && k + 1 < tokens.length && onlySpaces(text, token.end, tokens[k + 1]!.start, 1)) {
    if (!afterLowerName(text, tokens, folded, spans, k - 2) || givenKind(text, token, word, info, resources) === Given.None) return -1;
    return listedSurname(text, tokens[k + 1]!, folded[k + 1]!, words[k + 1]!, resources) && clauseEndAt(text, tokens[k + 1]!.end) ? k + 1 : -1;
  }
  return -1;
}

// Verbs done to a person and words singling one out, right before the person (`invite gunnar`, `trained dmitri`,
// `except priya`, `especially gunnar`): a closed class. Verbs that take things or places as often (`visit`,
// `watch`, `pay`, `support`) are left out; `love`, `miss`, `ask` are read by en-lower-social.ts with its own vetoes.
const personObjects = new Set([
  'invite', 'invited', 'inviting', 'hug', 'hugged', 'hugging', 'kiss', 'kissed', 'kissing', 'marry', 'married', 'marrying',
  'meet', 'met', 'meeting', 'train', 'trained', 'training', 'thank', 'thanked', 'call', 'called', 'calling', 'help',
  'helped', 'helping',
  'congratulate', 'congratulated', 'beat', 'beats', 'beating', 'defeated', 'fight', 'fighting', 'fought', 'blame',
  'blamed', 'trust', 'trusted', 'date', 'dated', 'dating', 'texted', 'texting', 'tag', 'tagged', 'tagging', 'hire',
  'hired', 'fire', 'fired', 'interview', 'interviewed', 'forgive', 'forgave', 'except', 'especially', 'including',
  'featuring', 'feat', 'ft', 'starring', 'unlike', 'besides',
]);

// Of personObjects, the verbs whose object is a person and hardly a thing, a firm or a game (`beat`, `call`, `help`,
// `including`, `tag` take those too): after one, even a word on no list is the person.
const personOnlyObjects = new Set([
  'invite', 'invited', 'inviting', 'hug', 'hugged', 'hugging', 'kiss', 'kissed', 'kissing', 'marry', 'married', 'marrying',
  'congratulate', 'congratulated', 'fight', 'fighting', 'fought', 'blame', 'blamed', 'date', 'dated', 'dating',
  'texted', 'texting', 'hire', 'hired', 'interview', 'interviewed', 'forgive', 'forgave',
]);

// Verbs of seeing, letting and making, before a person and the bare verb of what they do (`watching adam win`,
// `let tanner finish`, `made grace cry`): a closed class. `help` is one of personObjects.
const causers = ['watch', 'watched', 'watching', 'see', 'saw', 'seeing', 'seen', 'hear', 'heard', 'hearing', 'let', 'lets', 'letting', 'make', 'makes', 'made', 'making'];

// Bare verbs after such a person (`… adam win`, `… mason squeeze`): a closed class of what people do, none of them
// a noun a given name that is a word would head (`watch rose petals fall` has `petals` there).
const bareVerbs = new Set([
  'win', 'lose', 'play', 'sing', 'dance', 'cry', 'laugh', 'smile', 'talk', 'speak', 'say', 'explain', 'fight', 'squeeze',
  'finish', 'try', 'struggle', 'suffer', 'score', 'shoot', 'throw', 'catch', 'run', 'walk', 'jump', 'fall', 'die',
  'eat', 'drink', 'sleep', 'leave', 'come', 'go', 'get', 'do', 'make', 'take', 'give', 'beat', 'destroy', 'kill',
  'react', 'rap', 'perform', 'cook', 'drive', 'swim', 'scream', 'yell', 'freak', 'lie', 'cheat', 'fail', 'succeed',
  'grow', 'become', 'break', 'handle', 'explain', 'drop', 'tell', 'ask', 'answer', 'sit', 'stand',
]);

// Words of thanks and credit before `to` and the person they go to (`thanks to lola`, `shout out to priya`).
const thanksBeforeTo = new Set(['thanks', 'thx', 'out', 'shoutout', 'props', 'kudos', 'credit', 'credits', 'respect', 'salute', 'congrats', 'congratulations']);

// Nouns for a kin or friend after `my`, right before their given name (`my friend grace`, `my cousin tanner`).
const kinNouns = new Set([
  'friend', 'buddy', 'bestie', 'bff', 'bro', 'brother', 'sister', 'sis', 'cousin', 'boyfriend', 'girlfriend', 'bf',
  'gf', 'wife', 'husband', 'son', 'daughter', 'uncle', 'aunt', 'auntie', 'niece', 'nephew', 'mom', 'mum', 'dad',
  'grandma', 'grandpa', 'roommate', 'neighbor', 'neighbour', 'coworker', 'colleague', 'boss', 'teacher', 'coach',
  'mate', 'partner', 'fiance', 'fiancee', 'crush', 'boy', 'girl', 'homie', 'man', 'guy',
]);

// The frames, keyed by the word right before or after the candidate.
const Before = { None: 0, Object: 1, Not: 2, To: 3, Kin: 4, And: 5, Retweet: 6, Cheer: 7, You: 8, Causer: 9, That: 10 } as const;
type Before = (typeof Before)[keyof typeof Before];
const After = { None: 0, Addressed: 1, And: 2 } as const;
type After = (typeof After)[keyof typeof After];
const framesBefore = new Map<string, Before>([['not', Before.Not], ['to', Before.To], ['and', Before.And], ['rt', Before.Retweet], ['birthday', Before.Cheer], ['bday', Before.Cheer], ['rip', Before.Cheer], ['go', Before.Cheer], ['you', Before.You], ['u', Before.You], ['that', Before.That]]);
for (const word of personObjects) framesBefore.set(word, Before.Object);
for (const word of causers) framesBefore.set(word, Before.Causer);
for (const word of kinNouns) framesBefore.set(word, Before.Kin);
const framesAfter = new Map<string, After>([['and', After.And], ['you', After.Addressed], ['u', After.Addressed], ['ya', After.Addressed], ['why', After.Addressed], ['how', After.Addressed], ['what', After.Addressed], ['when', After.Addressed], ['where', After.Addressed], ['who', After.Addressed], ['please', After.Addressed], ['pls', After.Addressed], ['plz', After.Addressed], ['do', After.Addressed]]);

// Every frame word with the side its candidate stands on (Before: the candidate follows it), and a bit per first letter
// and length of the frame words, tested before the Map.
const Role = { Before: 1, After: 2 } as const;
const frameRoles = new Map<string, number>();
for (const word of framesBefore.keys()) frameRoles.set(word, Role.Before);
for (const word of framesAfter.keys()) frameRoles.set(word, (frameRoles.get(word) ?? 0) | Role.After);
const frameLengths = new Uint16Array(26);
for (const word of frameRoles.keys()) frameLengths[word.charCodeAt(0) - 97]! |= 1 << word.length;

// Verbs of fondness before `you` and the person (`love you grace`, `miss u tanner`).
const fondVerbs = new Set(['love', 'luv', 'miss', 'adore']);

// Auxiliaries and modals on the name lists (`will`, `may`): opening a question or a wish they are verbs.
const auxiliaryNames = new Set(['will', 'may', 'can', 'might', 'must', 'shall', 'should', 'would', 'could', 'did', 'does', 'do', 'bless']);

// After a second-person subject, words that make it the subject (`sterling you went too far`, `tanner u are`):
// auxiliaries, adverbs and a few past forms; `you` as an object (`rob you blind`) is followed by none of them.
const afterYou = new Set([
  'are', 'were', 'have', 'had', 'did', 'do', 'dont', 'didnt', 'should', 'could', 'would', 'can', 'cant', 'will',
  'wont', 'need', 'never', 'always', 'just', 'really', 'so', 'went', 'gone', 'got', 'made', 'look', 'looked', 'rock',
  'know', 'r', 're', 'is', 'deserve', 'deserved', 'sound',
]);
const questionWords = new Set(['why', 'how', 'what', 'when', 'where', 'who']);
const questionAuxiliaries = new Set(['do', 'did', 'does', 'are', 'were', 'would', 'could', 'can', 'have', 'dont', 'didnt', 'cant', 'wont', 'will']);
const secondPerson = new Set(['you', 'u', 'ya']);
const requests = new Set(['please', 'pls', 'plz', 'do']);

// Interjections that may open a sentence before the person it is said to (`yea tanner do another one`).
const interjections = new Set(['yea', 'yeah', 'yes', 'ya', 'yo', 'ok', 'okay', 'lol', 'lmao', 'omg', 'wow', 'oh', 'ah', 'aw', 'aww', 'bro', 'dude', 'hmm']);

/** Token `k` opens a sentence or line, or follows an interjection that does (`yea tanner …`). */
function opensSentence(text: string, tokens: readonly Token[], folded: readonly string[], k: number): boolean {
  if (tokens[k]!.sentenceStart || (k > 0 && lineBreakBetween(text, tokens[k - 1]!.end, tokens[k]!.start))) return true;
  if (k === 0 || !interjections.has(folded[k - 1]!) || !onlySpaces(text, tokens[k - 1]!.end, tokens[k]!.start, 2)) return false;
  return tokens[k - 1]!.sentenceStart || (k > 1 && lineBreakBetween(text, tokens[k - 2]!.end, tokens[k - 1]!.start));
}

/** Token `k` opens a sentence said to someone: `you` and a subject's word, or a question word, an auxiliary and `you`. */
function addressedOpener(text: string, tokens: readonly Token[], folded: readonly string[], k: number): boolean {
  if (!onlySpaces(text, tokens[k]!.end, tokens[k + 1]!.start, 2) || !onlySpaces(text, tokens[k + 1]!.end, tokens[k + 2]!.start, 2)) return false;
  const next = folded[k + 1]!;
  if (secondPerson.has(next)) return afterYou.has(folded[k + 2]!);
  // `tanner please upload more`, `yea tanner do another one`: a request.
  if (requests.has(next)) return true;
  return questionWords.has(next) && k + 3 < tokens.length && questionAuxiliaries.has(folded[k + 2]!) && secondPerson.has(folded[k + 3]!) && onlySpaces(text, tokens[k + 2]!.end, tokens[k + 3]!.start, 2);
}

/** After the object: the end of the clause, or a word that is no noun of a thing or person (`invite gunnar to`). */
function objectEnds(text: string, tokens: readonly Token[], folded: readonly string[], k: number, resources: NameResources): boolean {
  if (clauseEndAt(text, tokens[k]!.end) || k + 1 >= tokens.length) return true;
  const next = folded[k + 1]!;
  const social = resources.englishSocial;
  return !social.thingHeads.has(next) && !social.personNouns.has(next) && !social.streetHeads.has(next) && !social.placeHeads.has(next);
}

// Verbs of passing a message on, before the person told and `that` (`tell lucas that …`).
const relayVerbs = new Set(['tell', 'told', 'telling', 'remind', 'reminded', 'inform', 'informed', 'let']);

/**
 * Token `k` follows `that`, which follows a verb of relayVerbs and one or two words for the person told (`tell lucas
 * that`, `let him know that`), and a verb follows it: one the lists give a person, or an -ed form as chat types it
 * (`caled`).
 */
function relayed(text: string, tokens: readonly Token[], folded: readonly string[], k: number): boolean {
  if (k < 3 || !(relayVerbs.has(folded[k - 3]!) || (k >= 4 && relayVerbs.has(folded[k - 4]!) && folded[k - 2] === 'know'))) return false;
  if (k + 1 >= tokens.length || !onlySpaces(text, tokens[k]!.end, tokens[k + 1]!.start, 1)) return false;
  const next = folded[k + 1]!;
  return relayedVerbs.has(next) || (next.length >= 5 && next.endsWith('ed') && text.charCodeAt(tokens[k + 1]!.start) === next.charCodeAt(0));
}

// What the relayed person did (`… that jack called`, `… that grace says`): a closed class beside any -ed form.
const relayedVerbs = new Set(['called', 'calls', 'said', 'says', 'asked', 'asks', 'wants', 'needs', 'is', 'was', 'will', 'can', 'could', 'would', 'has', 'had', 'came', 'left', 'rang', 'phoned', 'texted', 'sent', 'paid']);

// Verbs of speaking or calling, the only ones after a relayed everyday-word name (`that grace called`).
const spokenVerbs = ['called', 'calls', 'said', 'says', 'asked', 'asks', 'wants', 'texted', 'phoned', 'rang'];

/** A verb of spokenVerbs, or one with a letter dropped as chat types it (`caled`, `sad` is no slip: three letters). */
function spokenVerb(word: string): boolean {
  for (const verb of spokenVerbs) {
    if (word === verb) return true;
    if (word.length < 4 || word.length + 1 !== verb.length) continue;
    let at = 0;
    while (at < word.length && word.charCodeAt(at) === verb.charCodeAt(at)) at++;
    if (word.slice(at) === verb.slice(at + 1)) return true;
  }
  return false;
}

/** Right after token `k`, one space apart, a bare verb of bareVerbs typed in lower case (`adam win`, `mason squeeze`). */
function bareVerbAfter(text: string, tokens: readonly Token[], folded: readonly string[], k: number): boolean {
  return k + 1 < tokens.length && bareVerbs.has(folded[k + 1]!) && onlySpaces(text, tokens[k]!.end, tokens[k + 1]!.start, 1) && text.charCodeAt(tokens[k + 1]!.start) === folded[k + 1]!.charCodeAt(0);
}

/** After `my friend X`: the end of the clause, `and`, `'s`, or a verb the lists give for a person. */
function friendEnds(text: string, tokens: readonly Token[], folded: readonly string[], k: number, resources: NameResources): boolean {
  if (clauseEndAt(text, tokens[k]!.end) || k + 1 >= tokens.length) return true;
  const next = folded[k + 1]!;
  return next === 'and' || next === 's' || resources.englishSocial.verbsAfterName.has(next) || (resources.englishSocial.personVerbs.has(next) && next !== 'who');
}

/** A span at or over the threshold ends at token `k`, which is typed in lower case (`olga petrova` and …). */
function afterLowerName(text: string, tokens: readonly Token[], folded: readonly string[], spans: readonly Span[], k: number): boolean {
  if (!onlySpaces(text, tokens[k]!.end, tokens[k + 1]!.start, 1) || text.charCodeAt(tokens[k]!.start) !== folded[k]!.charCodeAt(0)) return false;
  const span = spanOverlapping(spans, tokens[k]!.start, tokens[k]!.end);
  return span !== undefined && span.score >= 0.5 && span.end === tokens[k]!.end;
}

/** `bosses`, `fans`: a word in -s that is an everyday word's plural (not `is`, `was`, `has`). */
function pluralNoun(word: string): boolean {
  return word.length >= 4 && word.charCodeAt(word.length - 1) === 115 && englishWordForm(word);
}

/** Typed a–z, four letters or more, on no list, no SCOWL form and no slip of one, no cue word (`zorvek`, not `lmao`). */
function unlistedObject(token: Token, word: string, info: WordInfo, resources: NameResources): boolean {
  if (word.length !== token.end - token.start || info.cue !== 0 || englishWordForm(word)) return false;
  return unlistedEnglishName(word, info.evidence(false, resources, false), resources) && !misspelt(word, resources);
}

/** Typed a–z, a listed given name and no auxiliary, cue, function or thing word; Plain or Everyday (see Given). */
function givenKind(text: string, token: Token, word: string, info: WordInfo, resources: NameResources): Given {
  // The word's list evidence first (remembered on its WordInfo): most candidates are on no given-name list.
  const evidence = info.evidence(false, resources, false);
  if ((evidence.nameFlags & WordFlag.First) === 0 || evidence.stopFlags !== 0 || evidence.endingLength !== 0) return Given.None;
  if (!lowerLetters(text, token) || info.cue !== 0 || auxiliaryNames.has(word) || resources.cueWords.has(word) || notSurname(word, resources)) return Given.None;
  return (evidence.nameFlags & WordFlag.Ambiguous) !== 0 || englishCommonWords().has(word) ? Given.Everyday : Given.Plain;
}

/** Typed a–z, a listed surname (an everyday word too or not: `parker`, `hill`), no cue, function or thing word. */
function listedSurname(text: string, token: Token, word: string, info: WordInfo, resources: NameResources): boolean {
  if (token.end - token.start < 3 || token.hasDigit || !lowerLetters(text, token) || info.cue !== 0 || resources.cueWords.has(word) || notSurname(word, resources)) return false;
  const evidence = info.evidence(false, resources, false);
  return (evidence.nameFlags & WordFlag.Surname) !== 0 && evidence.stopFlags === 0 && evidence.endingLength === 0;
}
