// Lower-case English chat (`spoke to oisin yesterday, kitto never called back`): capitalisation says nothing, but
// English has a word list, so a word it does not know is a name.

import type { Token } from '../../text/tokenize.js';
import type { Span } from '../../types.js';
import { phraseEndsAt } from './cues.js';
import { englishCommonWords } from './en-common-words.js';
import { readsEnglish, unlistedEnglishName } from './english.js';
import { lineBreakBetween, lowerLetters, onlySpaces } from './gaps.js';
import type { NameResources } from './resources.js';
import type { WordInfo } from './vocabulary.js';
import { WordFlag } from './lexicon.js';
import { russianInLatin } from './mixed-scripts.js';
import { spanOverlapping } from './real-tokens.js';
import { nameWeights } from './weights.js';
import { WordKind, type WordScore } from './words.js';
import { WordAnswers } from './word-answers.js';

// Answers of unlistedEnglishName() per word (it slices the word for its inflection tests).
const answers = new WordAnswers(8192);

/**
 * In a lower-case Latin-script text that reads as English, a word that stands where chat names a person (after
 * `ask`, `thanks`, `driver`; before `said`, `helped`, `fixed`; after a message-opening `is`: english-chat-*.txt) and that
 * English would not use (on no list, not explained by the common-word list or a regular inflection of a word on
 * it) is a name, scored as a lower-case vocative, with one more such word on either side (`ask oisin kitto`). The
 * caller checked lower-case writing and no Cyrillic word; adds to the scan's spans, joining those it touches.
 */
export function findUnlistedEnglishNames(text: string, tokens: readonly Token[], folded: readonly string[], words: readonly WordInfo[], scores: readonly WordScore[], spans: Span[], resources: NameResources): void {
  // A message of a few words (`thx tendai`, `bye oisin`) has no room for function words: an English thanks or goodbye
  // before the word says enough (not a role word: `operator hali` is Uzbek).
  const short = !readsEnglish(folded, resources.chatWords.englishFunctionWords);
  if (short && tokens.length > 4) return;
  const found: Span[] = [];
  let free = 0;
  for (let k = 0; k < tokens.length; k++) {
    // `customer: zorvek quennell⏎`: a turn that is only the speaker's name, after a speaker label.
    if (!short && k >= free && k + 1 < tokens.length && text.charCodeAt(tokens[k]!.end) === 58 && resources.speakerLabels.has(folded[k]!)) {
      const last = k + 2 < tokens.length && spaced(text, tokens, k + 1) && !lineBreakBetween(text, tokens[k + 1]!.end, tokens[k + 2]!.start) ? k + 2 : k + 1;
      if (onlySpaces(text, tokens[k]!.end + 1, tokens[k + 1]!.start, 2) && turnEndsAfter(text, tokens, last) && nameWords(tokens, folded, words, scores, k + 1, last, resources)) {
        found.push({ start: tokens[k + 1]!.start, end: tokens[last]!.end, type: 'NAME', score: nameWeights.lowerVocative, source: 'name:cue', normalized: last === k + 1 ? folded[k + 1]! : `${folded[k + 1]!} ${folded[last]!}` });
        free = last + 1;
        k = last;
        continue;
      }
    }
    // `delivered by zorvek quennell, …`, `the courier is zorvek quennell, …`: two words English would not use after
    // `by` or `is`, ending the clause.
    if (!short && k >= free && (folded[k] === 'by' || folded[k] === 'is') && k + 2 < tokens.length && byPair(text, tokens, folded, words, scores, k + 1, resources)) {
      found.push({ start: tokens[k + 1]!.start, end: tokens[k + 2]!.end, type: 'NAME', score: nameWeights.lowerVocative, source: 'name:cue', normalized: `${folded[k + 1]!} ${folded[k + 2]!}` });
      free = k + 3;
      k += 2;
      continue;
    }
    if (short ? !afterThanksOrGoodbye(text, tokens, folded, k) : !besideNameCue(text, tokens, folded, k, resources)) continue;
    // `ask bogdan`, `can i talk to bogdan`: a listed given name the scan scored below the threshold, after a request
    // or a question for a person.
    if ((requests.has(folded[k - 1]!) || (!short && askedFor(text, tokens, folded, k, resources.chatWords.englishAskingFor))) && listedGivenName(words[k]!, scores[k]!, resources)) {
      const span = spanOverlapping(spans, tokens[k]!.start, tokens[k]!.end);
      if (span === undefined) found.push({ start: tokens[k]!.start, end: tokens[k]!.end, type: 'NAME', score: nameWeights.lowerVocative, source: 'name:cue', normalized: folded[k]! });
      else if (span.start === tokens[k]!.start && span.end === tokens[k]!.end) span.score = nameWeights.lowerVocative;
      continue;
    }
    // `dr. smith was great`, `mrs king called`: after an honorific, a listed surname is the name though English uses it
    // as a word too.
    if (k > 0 && lowerHonorifics.has(folded[k - 1]!) && honorificSurname(text, tokens[k]!, folded[k]!, words[k]!, scores[k]!, resources)) {
      const span = spanOverlapping(spans, tokens[k]!.start, tokens[k]!.end);
      if (span === undefined) found.push({ start: tokens[k]!.start, end: tokens[k]!.end, type: 'NAME', score: nameWeights.lowerVocative, source: 'name:cue', normalized: folded[k]! });
      else if (span.start === tokens[k]!.start && span.end === tokens[k]!.end && span.score < nameWeights.lowerVocative) span.score = nameWeights.lowerVocative;
      continue;
    }
    if (!candidate(tokens, folded, words, scores, k, resources)) {
      // `driver zorvek quennell, …`, `driver zorvek quennell took me`: the scan found the given name after the cue; its
      // surname ends the clause or stands before an English word.
      if (!short && k >= free && k + 1 < tokens.length && scores[k]!.kind === WordKind.Name && scores[k]!.score >= 0.5 && lowerLetters(text, tokens[k]!) && spaced(text, tokens, k) && candidate(tokens, folded, words, scores, k + 1, resources) && (clauseEndsAfter(text, tokens, k + 1) || (k + 2 < tokens.length && spaced(text, tokens, k + 1) && englishWord(folded[k + 2]!, words[k + 2]!, resources))) && scowlLacks(folded[k + 1]!, resources)) {
        found.push({ start: tokens[k + 1]!.start, end: tokens[k + 1]!.end, type: 'NAME', score: nameWeights.lowerVocative, source: 'name:cue', normalized: folded[k + 1]! });
        free = k + 2;
        k++;
      }
      continue;
    }
    let first = k;
    let last = k;
    if (first - 1 >= free && spaced(text, tokens, first - 1) && candidate(tokens, folded, words, scores, first - 1, resources)) first--;
    if (last + 1 < tokens.length && spaced(text, tokens, last) && candidate(tokens, folded, words, scores, last + 1, resources)) last++;
    let normalized = folded[first]!;
    for (let m = first + 1; m <= last; m++) normalized += ` ${folded[m]!}`;
    found.push({ start: tokens[first]!.start, end: tokens[last]!.end, type: 'NAME', score: nameWeights.lowerVocative, source: 'name:cue', normalized });
    free = last + 1;
    k = last;
  }
  if (found.length > 0) mergeSpans(text, spans, found);
}

/**
 * A word that stands right before or after a name in English chat, one space away (`ask X`, `X said`), or a question
 * opening the message that asks for a person (`is X there`, `where is X`).
 */
function besideNameCue(text: string, tokens: readonly Token[], folded: readonly string[], k: number, resources: NameResources): boolean {
  const { englishBeforeName, englishAfterName, englishAskingFor } = resources.chatWords;
  // `bro thabo`, `dr okwuosa`: a title, kinship or service word too (en-person-verbs.ts).
  if (k > 0 && (englishBeforeName.has(folded[k - 1]!) || resources.englishSocial.personTitles.has(folded[k - 1]!) || lowerHonorifics.has(folded[k - 1]!)) && onlySpaces(text, tokens[k - 1]!.end, tokens[k]!.start, 2)) return true;
  // `dr. okwuosa was great`: an honorific with its dot.
  if (k > 0 && lowerHonorifics.has(folded[k - 1]!) && text.charCodeAt(tokens[k - 1]!.end) === 46 && onlySpaces(text, tokens[k - 1]!.end + 1, tokens[k]!.start, 2)) return true;
  // `thank you tendai`: the one two-word thanks whose last word is no cue alone.
  if (k > 1 && folded[k - 1] === 'you' && folded[k - 2] === 'thank' && onlySpaces(text, tokens[k - 1]!.end, tokens[k]!.start, 2)) return true;
  if (k + 1 < tokens.length && onlySpaces(text, tokens[k]!.end, tokens[k + 1]!.start, 2)) {
    const next = folded[k + 1]!;
    // `ravindu fixed it`: a verb only a person takes (en-person-verbs.ts; `who` only with a capital).
    if (englishAfterName.has(next) || (resources.englishSocial.personVerbs.has(next) && next !== 'who')) return true;
    // `lindiwe from support said`: a department between the name and the verb.
    const verb = folded[k + 3];
    if (next === 'from' && verb !== undefined && (englishAfterName.has(verb) || resources.englishSocial.personVerbs.has(verb)) && onlySpaces(text, tokens[k + 1]!.end, tokens[k + 2]!.start, 2) && onlySpaces(text, tokens[k + 2]!.end, tokens[k + 3]!.start, 2)) return true;
  }
  return askedFor(text, tokens, folded, k, englishAskingFor);
}

/** A question opening the message asks for the person at `k` (`where is X`, `can i talk to X`). */
function askedFor(text: string, tokens: readonly Token[], folded: readonly string[], k: number, questions: NameResources['chatWords']['englishAskingFor']): boolean {
  for (const question of questions) {
    const first = k - question.length;
    if (first >= 0 && tokens[first]!.sentenceStart && phraseEndsAt(text, tokens, folded, question, k - 1) && onlySpaces(text, tokens[k - 1]!.end, tokens[k]!.start, 2)) return true;
  }
  return false;
}

// English honorifics as chat types them, without the dot (`dr okwuosa`, `mrs nakato`): a closed class.
const lowerHonorifics = new Set(['dr', 'mr', 'mrs', 'ms', 'prof']);

// English thanks and goodbyes typed before a name in the shortest messages.
const thanksAndGoodbyes = new Set(['thanks', 'thank', 'thankyou', 'thx', 'thnx', 'thanx', 'tnx', 'ty', 'cheers', 'bye']);

// Requests for a person typed before a name in the shortest messages (`ask bogdan`, `tell saoirse`): English verbs no
// Uzbek or Russian chat word spells.
const requests = new Set(['ask', 'tell']);

/** A given name on a list that is no everyday word (`bogdan`, not `will`), which the scan left below the threshold. */
function listedGivenName(info: WordInfo, score: WordScore, resources: NameResources): boolean {
  if (score.kind !== WordKind.None && (score.kind !== WordKind.Name || score.score >= nameWeights.lowerVocative)) return false;
  const evidence = info.evidence(false, resources, false);
  return (evidence.nameFlags & WordFlag.First) !== 0 && (evidence.nameFlags & WordFlag.Ambiguous) === 0 && evidence.stopFlags === 0;
}

/**
 * A listed surname (`smith`, `king`: everyday words too) typed in lower case, three letters or more, that the scan
 * left below the threshold; no function word or cue.
 */
function honorificSurname(text: string, token: Token, word: string, info: WordInfo, score: WordScore, resources: NameResources): boolean {
  if (word.length < 3 || !lowerLetters(text, token) || info.cue !== 0 || resources.cueWords.has(word) || resources.englishSocial.functionWords.has(word)) return false;
  if (score.kind !== WordKind.None && (score.kind !== WordKind.Name || score.score >= nameWeights.lowerVocative)) return false;
  const evidence = info.evidence(false, resources, false);
  return (evidence.nameFlags & WordFlag.Surname) !== 0 && evidence.endingLength === 0;
}

/** `thx tendai`, `thank you tendai`, `ask saoirse`: an English thanks, goodbye or request right before token `k`. */
function afterThanksOrGoodbye(text: string, tokens: readonly Token[], folded: readonly string[], k: number): boolean {
  if (k === 0 || !onlySpaces(text, tokens[k - 1]!.end, tokens[k]!.start, 2)) return false;
  return thanksAndGoodbyes.has(folded[k - 1]!) || requests.has(folded[k - 1]!) || (k > 1 && folded[k - 1] === 'you' && folded[k - 2] === 'thank');
}

/** Token `k` is no name yet, four letters or more, without digits or a drawn-out letter, and a word English would not use. */
function candidate(tokens: readonly Token[], folded: readonly string[], words: readonly WordInfo[], scores: readonly WordScore[], k: number, resources: NameResources): boolean {
  return scores[k]!.kind === WordKind.None && folded[k]!.length >= 4 && !tokens[k]!.hasDigit && !drawnOut(folded[k]!) && englishName(folded[k]!, words[k]!, resources);
}

/**
 * Tokens `k` and `k + 1` after `by` or `is` are a given name and a surname: one space before and between them, both words
 * English would not use (candidate(), and SCOWL lacks them: `management department`), neither one slip from an English
 * word, and the clause ends after them.
 */
function byPair(text: string, tokens: readonly Token[], folded: readonly string[], words: readonly WordInfo[], scores: readonly WordScore[], k: number, resources: NameResources): boolean {
  return spaced(text, tokens, k - 1) && spaced(text, tokens, k) && clauseEndsAfter(text, tokens, k + 1) && candidate(tokens, folded, words, scores, k, resources) && candidate(tokens, folded, words, scores, k + 1, resources) && scowlLacks(folded[k]!, resources) && scowlLacks(folded[k + 1]!, resources);
}

/** Tokens `first`…`last` are each a word English would not use (candidate()) that SCOWL lacks. */
function nameWords(tokens: readonly Token[], folded: readonly string[], words: readonly WordInfo[], scores: readonly WordScore[], first: number, last: number, resources: NameResources): boolean {
  for (let k = first; k <= last; k++) if (!candidate(tokens, folded, words, scores, k, resources) || !scowlLacks(folded[k]!, resources)) return false;
  return true;
}

/** Only spaces or end punctuation after token `k`, then a line break or the end of the text. */
function turnEndsAfter(text: string, tokens: readonly Token[], k: number): boolean {
  for (let at = tokens[k]!.end; at < text.length; at++) {
    const code = text.charCodeAt(at);
    if (code === 10) return true;
    if (code !== 32 && code !== 46 && code !== 33 && code !== 13) return false;
  }
  return true;
}

/** Neither SCOWL (en-common-words.ts) holds the word nor is it one slip from an everyday English word. */
function scowlLacks(word: string, resources: NameResources): boolean {
  return !englishCommonWords().has(word) && !misspelt(word, resources);
}

/** Right after token `k`: `,`, `.`, `!`, `?`, `;`, a line break or the end of the text (spaces before it allowed). */
function clauseEndsAfter(text: string, tokens: readonly Token[], k: number): boolean {
  let at = tokens[k]!.end;
  while (at < text.length && text.charCodeAt(at) === 32) at++;
  if (at >= text.length) return true;
  const code = text.charCodeAt(at);
  return code === 44 || code === 46 || code === 33 || code === 63 || code === 59 || code === 10;
}

/** `sooo`, `pleaseee`: a letter typed three times over stretches an everyday word; names do not spell so. */
function drawnOut(word: string): boolean {
  for (let at = 2; at < word.length; at++) if (word.charCodeAt(at) === word.charCodeAt(at - 1) && word.charCodeAt(at) === word.charCodeAt(at - 2)) return true;
  return false;
}

/** Only spaces (at most two) between token `k` and the next. */
function spaced(text: string, tokens: readonly Token[], k: number): boolean {
  return onlySpaces(text, tokens[k]!.end, tokens[k + 1]!.start, 2);
}

function englishName(word: string, info: WordInfo, resources: NameResources): boolean {
  return answers.get(word) ?? answers.remember(word, !resources.cueWords.has(word) && unlistedEnglishName(word, info.evidence(false, resources, false), resources));
}

// Adverbs between a chat subject and its verb (`zhiwei never called back`, `rudo already sent it`): a closed class.
const subjectAdverbs = new Set(['never', 'already', 'still', 'just', 'always', 'also', 'really', 'not', 'finally', 'again', 'even']);

// Auxiliaries and negated auxiliaries as chat types them after a subject (`gokhan is not answering`, `chege doesnt
// pick up`): a closed class, with cues/name-english-verbs-after.txt.
const chatAuxiliaries = new Set(['is', 'was', 'has', 'had', 'will', 'would', 'can', 'could', 'does', 'did', 'cant', 'didnt', 'doesnt', 'dont', 'isnt', 'wasnt', 'wont', 'hasnt', 'havent', 'couldnt', 'wouldnt', 'aint', 'keeps']);

/**
 * `tanvir never called back`, `🙏 zhiwei okafor was very helpful`: a lower-case word opening the message or a line
 * (after emoji or punctuation only) that English would not use (candidate()) is a person when it is the subject of
 * an English verb right after it (over adverbs: an auxiliary, a verb of cues/name-english-verbs-after.txt, an
 * everyday -ed word), or when a second such word follows (given name and surname) and then an English word or the
 * end of the line; in text that reads as English (two function words, or one in a short message). A word one slip
 * from an English word (`delivry`) is no name. Scored as a lower-case vocative; the caller checked that the text has
 * no Cyrillic or Turkic word and opens a line in lower case.
 */
export function findOpeningLowerNames(text: string, tokens: readonly Token[], folded: readonly string[], words: readonly WordInfo[], scores: readonly WordScore[], spans: Span[], resources: NameResources): void {
  let english: boolean | undefined;
  let found: Span[] | undefined;
  for (let k = 0; k + 1 < tokens.length; k++) {
    // A line break starts a sentence too (tokenize.ts): one property read per token before the line test.
    if (!tokens[k]!.sentenceStart || !opensLine(text, tokens, k) || text.charCodeAt(tokens[k]!.start) !== folded[k]!.charCodeAt(0)) continue;
    // `zorvek's advice saved me`: the possessor of what a person gives, the `'s` inside the span.
    if (possessiveGiver(text, tokens, folded, words, scores, k, resources)) {
      if (spanOverlapping(spans, tokens[k]!.start, tokens[k]!.end) === undefined) (found ??= []).push({ start: tokens[k]!.start, end: tokens[k]!.end, type: 'NAME', score: nameWeights.lowerVocative, source: 'name:cue', normalized: folded[k]!.slice(0, -2) });
      continue;
    }
    if (!openingCandidate(tokens, folded, words, scores, k, resources)) continue;
    let last = k;
    if (spaced(text, tokens, k) && openingCandidate(tokens, folded, words, scores, k + 1, resources) && (k + 2 >= tokens.length || !spaced(text, tokens, k + 1) || englishWord(folded[k + 2]!, words[k + 2]!, resources))) last = k + 1;
    else if (!subjectOfVerb(text, tokens, folded, k + 1, resources) && !(greetingLabel(text, tokens, folded, k) && scowlLacks(folded[k]!, resources))) continue;
    // The typo test last: it costs a few hundred lookups.
    if (misspelt(folded[k]!, resources) || (last !== k && misspelt(folded[last]!, resources))) continue;
    // The verb after a subject is English enough; a pair needs the text to read as English, or an English word after
    // it and neither word Russian typed in Latin letters (`zakaz prishel`).
    if (last !== k && !(english ??= readsEnglish(folded, resources.chatWords.englishFunctionWords)) && (last + 1 >= tokens.length || !lowerEnglishAfter(folded, last + 1, resources) || russianInLatin(folded[k]!, resources) || russianInLatin(folded[last]!, resources))) continue;
    const span = spanOverlapping(spans, tokens[k]!.start, tokens[last]!.end);
    if (span !== undefined) {
      // The scan's own reading of the word, below the threshold: lifted when it is the same span.
      if (span.start === tokens[k]!.start && span.end === tokens[last]!.end && span.score < nameWeights.lowerVocative) span.score = nameWeights.lowerVocative;
      k = last;
      continue;
    }
    const normalized = last === k ? folded[k]! : `${folded[k]!} ${folded[last]!}`;
    (found ??= []).push({ start: tokens[k]!.start, end: tokens[last]!.end, type: 'NAME', score: nameWeights.lowerVocative, source: 'name:cue', normalized });
    k = last;
  }
  if (found !== undefined) mergeSpans(text, spans, found);
}

// English greetings a customer's turn opens with after their own name and a colon (`zorvek: hello, …`).
const turnGreetings = new Set(['hello', 'hi', 'hey', 'hiya', 'greetings', 'good']);

/** A colon right after token `k` (the speaker's label), then a greeting opening the turn (`zorvek: hello, my …`). */
function greetingLabel(text: string, tokens: readonly Token[], folded: readonly string[], k: number): boolean {
  return k + 1 < tokens.length && text.charCodeAt(tokens[k]!.end) === 58 && onlySpaces(text, tokens[k]!.end + 1, tokens[k + 1]!.start, 2) && turnGreetings.has(folded[k + 1]!);
}

/**
 * `zorvek's advice saved me a second trip`: token `k` is a word English would not use with `'s` (openingCandidate()
 * of the stem, not one slip from an English word), one space before what a person gives (cues/name-english-person-gives.txt),
 * and the clause ends there or goes on with a verb (`was`, a person's verb, an everyday -ed word: `saved`).
 */
function possessiveGiver(text: string, tokens: readonly Token[], folded: readonly string[], words: readonly WordInfo[], scores: readonly WordScore[], k: number, resources: NameResources): boolean {
  const word = folded[k]!;
  const noun = k + 1;
  if (noun >= tokens.length || word.length < 6 || !word.endsWith("'s") || !spaced(text, tokens, k) || !resources.englishSocial.personGives.has(folded[noun]!)) return false;
  const score = scores[k]!;
  if (score.kind !== WordKind.None && (score.kind !== WordKind.Name || score.score >= 0.5)) return false;
  const stem = word.slice(0, -2);
  if (drawnOut(stem) || !unlistedEnglishName(stem, words[k]!.evidence(false, resources, false), resources) || resources.cueWords.has(stem) || !scowlLacks(stem, resources)) return false;
  if (clauseEndsAfter(text, tokens, noun) || noun + 1 >= tokens.length) return true;
  const next = folded[noun + 1]!;
  return spaced(text, tokens, noun) && (next === 'is' || next === 'was' || next === 'made' || personVerb(next, resources) || (next.length >= 5 && next.endsWith('ed') && everyday(next, resources)));
}

/**
 * candidate(), but a word the scan scored too (below the threshold: `zhiwei` in lower case) stays one: the English
 * test still wants a word on no list.
 */
function openingCandidate(tokens: readonly Token[], folded: readonly string[], words: readonly WordInfo[], scores: readonly WordScore[], k: number, resources: NameResources): boolean {
  const score = scores[k]!;
  if (score.kind !== WordKind.None && (score.kind !== WordKind.Name || score.score >= 0.5)) return false;
  return folded[k]!.length >= 4 && !tokens[k]!.hasDigit && !drawnOut(folded[k]!) && englishName(folded[k]!, words[k]!, resources);
}

/** Token `k` is the first word of the text or of a line: only spaces, emoji and punctuation before it on its line. */
function opensLine(text: string, tokens: readonly Token[], k: number): boolean {
  const from = k === 0 ? 0 : tokens[k - 1]!.end;
  let newline = k === 0;
  for (let at = from; at < tokens[k]!.start; at++) if (text.charCodeAt(at) === 10) newline = true;
  return newline;
}

/**
 * From token `v` on: over adverbs, a verb only a person takes (`never called back`, `fixed it`), or an auxiliary,
 * perhaps `not`, and the -ing form of one (`is not answering`, `is calling`), in the same clause. Verbs a parcel or
 * a dish takes too (`took`, `was cold`) are not enough: the common-word list lacks many nouns (`pizza`, `cashback`).
 */
function subjectOfVerb(text: string, tokens: readonly Token[], folded: readonly string[], v: number, resources: NameResources): boolean {
  let k = v;
  while (k < tokens.length && k - v < 2 && subjectAdverbs.has(folded[k]!) && onlySpaces(text, tokens[k - 1]!.end, tokens[k]!.start, 2)) k++;
  if (k >= tokens.length || !onlySpaces(text, tokens[k - 1]!.end, tokens[k]!.start, 2)) return false;
  const word = folded[k]!;
  if (personVerb(word, resources)) return true;
  if (!chatAuxiliaries.has(word)) return false;
  k++;
  if (k < tokens.length && folded[k] === 'not') k++;
  if (k >= tokens.length || !onlySpaces(text, tokens[k - 1]!.end, tokens[k]!.start, 2)) return false;
  const next = folded[k]!;
  if (next.length < 6 || !next.endsWith('ing')) return false;
  const stem = next.slice(0, -3);
  return personVerb(`${stem}ed`, resources) || personVerb(`${stem}ied`.replace(/yied$/u, 'ied'), resources) || personVerb(`${stem.slice(0, -1)}ied`, resources) || personVerb(`${stem}ked`, resources);
}

/** A verb only a person takes (en-person-verbs.ts, chat-after: `fixed`, `said`, `called`, `apologised`). */
function personVerb(word: string, resources: NameResources): boolean {
  return resources.englishSocial.personVerbs.has(word) || resources.chatWords.englishAfterName.has(word);
}

function everyday(word: string, resources: NameResources): boolean {
  const entry = resources.latinNames.getStem(word);
  return entry !== undefined && (entry.flags & WordFlag.NotName) !== 0;
}

/** The word at `k` is an English everyday word of three letters or more, or a function word. */
function lowerEnglishAfter(folded: readonly string[], k: number, resources: NameResources): boolean {
  const word = folded[k]!;
  return resources.chatWords.englishFunctionWords.has(word) || (word.length >= 3 && everyday(word, resources));
}

/** A word English uses: on the common-word list or a function word (the word after a name pair). */
function englishWord(word: string, info: WordInfo, resources: NameResources): boolean {
  return resources.chatWords.englishFunctionWords.has(word) || (word.length >= 2 && !englishName(word, info, resources));
}

// Answers of misspeltEnglish() per word.
const misspellings = new WordAnswers(8192);

/** `delivry`, `helepd`: one slip from an everyday English word (misspeltEnglish()), remembered per word. */
export function misspelt(word: string, resources: NameResources): boolean {
  return misspellings.get(word) ?? misspellings.remember(word, misspeltEnglish(word, resources));
}

/**
 * `delivry`, `ordre`, `refnud`: one letter dropped, two neighbours swapped, or one letter doubled away from an
 * everyday English word. Allocates about 2 × length strings, so only for a line-opening candidate.
 */
function misspeltEnglish(word: string, resources: NameResources): boolean {
  const length = word.length;
  for (let i = 1; i < length; i++) {
    if (word.charCodeAt(i) === word.charCodeAt(i - 1) && everyday(word.slice(0, i) + word.slice(i + 1), resources)) return true;
  }
  for (let i = 1; i + 1 < length; i++) {
    if (word.charCodeAt(i) !== word.charCodeAt(i + 1) && everyday(word.slice(0, i) + word[i + 1]! + word[i]! + word.slice(i + 2), resources)) return true;
  }
  // A letter dropped: try each letter of the alphabet at each inner position.
  for (let i = 1; i < length; i++) {
    for (let c = 97; c <= 122; c++) if (everyday(word.slice(0, i) + String.fromCharCode(c) + word.slice(i), resources)) return true;
  }
  return false;
}

/** Adds the found spans to the scan's (both sorted, disjoint), joining those a single space apart. */
function mergeSpans(text: string, spans: Span[], found: readonly Span[]): void {
  const merged: Span[] = [];
  let a = 0;
  let b = 0;
  while (a < spans.length || b < found.length) {
    const next = b >= found.length || (a < spans.length && spans[a]!.start < found[b]!.start) ? spans[a++]! : found[b++]!;
    const last = merged[merged.length - 1];
    if (last !== undefined && next.start === last.end + 1 && text.charCodeAt(last.end) === 32) {
      last.end = next.end;
      last.score = Math.max(last.score, next.score);
      last.normalized = `${last.normalized ?? ''} ${next.normalized ?? ''}`.trim();
    } else merged.push(next);
  }
  spans.length = 0;
  for (const span of merged) spans.push(span);
}
