// Lower-case English chat full names whose surname is also an everyday word (`gordon black never called back`,
// `courier frank hill was late`): the lists mark `black`, `hill`, `brown` ambiguous, so en-lower-names.ts leaves
// them out; the chat frame around the pair (a line it opens as the subject of a person's verb, or a service role
// before it) says they name a person.

import type { Token } from '../../text/tokenize.js';
import type { Span } from '../../types.js';
import { onlySpaces } from './gaps.js';
import { misspelt } from './english-lower.js';
import { readsEnglish, unlistedEnglishName } from './english.js';
import { WordFlag } from './lexicon.js';
import { CueWord, type NameResources } from './resources.js';
import { addFoundSpans } from './span-search.js';
import type { WordInfo } from './vocabulary.js';
import { nameWeights } from './weights.js';

// Adverbs between a chat subject and its verb (`never called back`, `still hasnt replied`): a closed class.
const adverbs = new Set(['never', 'still', 'already', 'just', 'also', 'really', 'not', 'finally', 'always']);

// Auxiliaries as chat types them after a subject (`was rude`, `didnt call`, `keeps hanging up`): a closed class. A
// thing takes them too (`the black hill was steep`), so they count only after a given name no everyday word spells.
const auxiliaries = new Set(['is', 'was', 'has', 'had', 'did', 'didnt', 'doesnt', 'dont', 'isnt', 'wasnt', 'wont', 'hasnt', 'cant', 'couldnt', 'keeps', 'kept']);

// Verbs of chat complaints a parcel does not take (`mixed up my order`, `hung up on me`), beside the person verbs of
// cues/name-english-chat-after.txt and name-english-person-verbs.txt.
const complaintVerbs = new Set(['mixed', 'messed', 'ignored', 'forgot', 'refused', 'shouted', 'yelled', 'lied', 'cancelled', 'canceled']);

// Chat fillers and conjunctions a clause opens after (`ugh frank hill never called`, `but gordon black said`).
const clauseOpeners = new Set(['and', 'but', 'so', 'then', 'because', 'cause', 'coz', 'cuz', 'also', 'plus', 'ugh', 'lol', 'omg', 'well', 'sadly', 'honestly', 'btw', 'yeah', 'ok', 'okay', 'oh', 'hmm', 'sorry', 'hi', 'hey', 'hello']);

// `my courier`, `the driver`: a determiner before the role word.
const determiners = new Set(['my', 'the', 'your', 'our', 'a', 'an']);

/**
 * Two Latin words typed in lower case, one space apart that no span covers whole: a given name (listed, with no case ending
 * and on no stoplist; or a span of the scan on the word alone; or a word of four letters or more English would not
 * use, not one slip from an English word), then a listed surname that is also an everyday word. The pair is a name
 * when a service role stands right before it (`courier frank hill`, after `my`/`the` or opening the line), or when
 * it stands where a clause opens (the line's start, after punctuation, or after a chat filler or conjunction:
 * `ugh`, `but`, or a capitalised word opening the sentence: `Sadly gordon black …`) and a person's verb follows, over adverbs (`never called back`, `mixed up my order`; an auxiliary
 * only after a given name no everyday word spells: `was rude`). The caller checked English text (no Cyrillic or
 * Turkic word). A span of the scan on the given name alone (`gordon`) is widened to the pair,
 * keeping the higher score.
 */
export function findEverydaySurnamePairs(text: string, tokens: readonly Token[], folded: readonly string[], words: readonly WordInfo[], spans: Span[], resources: NameResources): void {
  let found: Span[] | undefined;
  let english: boolean | undefined;
  let s = 0;
  for (let k = 0; k + 1 < tokens.length; k++) {
    // Cheap tests first: one space between, both Latin words of three letters or more, no digit.
    const given = tokens[k]!;
    const surname = tokens[k + 1]!;
    if (surname.start !== given.end + 1 || text.charCodeAt(given.end) !== 32 || given.cyrillic || surname.cyrillic || given.hasDigit || surname.hasDigit) continue;
    if (given.end - given.start < 3 || surname.end - surname.start < 3 || !lowerLatin(text.charCodeAt(given.start)) || !lowerLatin(text.charCodeAt(surname.start))) continue;
    // CueWord.Role in the word's cue flags is resources.roles of the word (resources.ts marks the roles): the flag
    // spares most pairs the set lookup.
    const role = k > 0 && (words[k - 1]!.cue & CueWord.Role) !== 0 && roleBefore(text, tokens, folded, k, resources);
    if (!role && !opensClause(text, tokens, folded, k)) continue;
    // Without a role a person's verb must follow (below; an auxiliary counts only after a plain given name): asked
    // here with auxiliaries allowed, before the list lookups, as most clause-opening pairs have none.
    if (!role && !personVerbAfter(text, tokens, folded, k + 2, true, resources)) continue;
    // After a role word both words are listed (`kuryer hali kelmadi` is Uzbek); a person's verb after the pair lets
    // an unlisted surname in (`🙏 emily okonkwo never called back`).
    const listedSurname = (listedFlags(words[k + 1]!, resources) & WordFlag.Surname) !== 0;
    if (!listedSurname && (role || !unlistedSurname(folded[k + 1]!, words[k + 1]!, resources))) continue;
    const { englishFunctionWords } = resources.chatWords;
    if (englishFunctionWords.has(folded[k]!) || englishFunctionWords.has(folded[k + 1]!) || resources.cueWords.has(folded[k + 1]!)) continue;
    while (s < spans.length && spans[s]!.end <= given.start) s++;
    // Spans of the scan on the given name alone, the surname alone, or each, are joined into the pair; a span
    // reaching past either word is left alone.
    const first = s < spans.length && spans[s]!.start < surname.end ? spans[s]! : undefined;
    const onGiven = first !== undefined && first.start === given.start && first.end === given.end ? first : undefined;
    const second = onGiven !== undefined ? (s + 1 < spans.length && spans[s + 1]!.start < surname.end ? spans[s + 1]! : undefined) : first;
    const onSurname = second !== undefined && second.start === surname.start && second.end === surname.end ? second : undefined;
    if ((first !== undefined && onGiven === undefined && onSurname === undefined) || (second !== undefined && onSurname === undefined)) continue;
    const givenFlags = listedFlags(words[k]!, resources);
    const plainGiven = onGiven !== undefined || (givenFlags & (WordFlag.First | WordFlag.Ambiguous)) === WordFlag.First;
    if (!plainGiven && (givenFlags & WordFlag.First) === 0 && (role || !unlistedGiven(folded[k]!, words[k]!, resources))) continue;
    if (!role && !personVerbAfter(text, tokens, folded, k + 2, plainGiven, resources)) continue;
    // The role words of every language are one list (`kuryer hali kelmadi`): after one, the text must read as English.
    if (role && !(english ??= readsEnglish(folded, resources.chatWords.englishFunctionWords))) continue;
    const normalized = `${folded[k]!} ${folded[k + 1]!}`;
    if (onGiven !== undefined) {
      onGiven.end = surname.end;
      onGiven.normalized = `${onGiven.normalized ?? folded[k]!} ${onSurname?.normalized ?? folded[k + 1]!}`;
      onGiven.score = Math.max(onGiven.score, onSurname?.score ?? 0, nameWeights.lowerVocative);
      if (onSurname !== undefined) spans.splice(s + 1, 1);
    } else if (onSurname !== undefined) {
      onSurname.start = given.start;
      onSurname.normalized = `${folded[k]!} ${onSurname.normalized ?? folded[k + 1]!}`;
      onSurname.score = Math.max(onSurname.score, nameWeights.lowerVocative);
    } else (found ??= []).push({ start: given.start, end: surname.end, type: 'NAME', score: role ? nameWeights.first : nameWeights.lowerVocative, source: 'name:gazetteer', normalized });
    k++;
  }
  addFoundSpans(spans, found);
}

/** `quillon`: a word on no list, of four letters or more, that English would not use and that is no typo of a word it does. */
function unlistedGiven(word: string, info: WordInfo, resources: NameResources): boolean {
  return info.cue === 0 && unlistedEnglishName(word, info.evidence(false, resources, false), resources) && !misspelt(word, resources);
}

/**
 * `okonkwo`, `denver`: a surname on no list, which English would not use (unlistedGiven()), or a word only the
 * place list holds (many surnames are towns).
 */
function unlistedSurname(word: string, info: WordInfo, resources: NameResources): boolean {
  if (info.cue !== 0) return false;
  const evidence = info.evidence(false, resources, false);
  if (evidence.stopFlags === WordFlag.Place && evidence.nameFlags === 0 && evidence.endingLength === 0) return word.length >= 4;
  return unlistedGiven(word, info, resources);
}

/** The list flags of a word as written (no case ending), 0 when a stoplist holds it. */
function listedFlags(info: WordInfo, resources: NameResources): number {
  if (info.cue !== 0) return 0;
  const evidence = info.evidence(false, resources, false);
  return evidence.stopFlags !== 0 || evidence.endingLength !== 0 ? 0 : evidence.nameFlags;
}

/** A service role one space before token `k` (`courier`, `driver`), itself opening the line or after `my`/`the`. */
function roleBefore(text: string, tokens: readonly Token[], folded: readonly string[], k: number, resources: NameResources): boolean {
  if (k === 0 || !resources.roles.has(folded[k - 1]!) || !onlySpaces(text, tokens[k - 1]!.end, tokens[k]!.start, 1)) return false;
  return k === 1 || !onlySpaces(text, tokens[k - 2]!.end, tokens[k - 1]!.start, 9) || (k > 1 && determiners.has(folded[k - 2]!) && onlySpaces(text, tokens[k - 2]!.end, tokens[k - 1]!.start, 1));
}

/**
 * Token `k` stands where a clause opens: at the text's or a line's start, after punctuation (`hi, …`, `... `), or
 * after a chat filler or conjunction (`ugh`, `lol`, `but`, `so`).
 */
function opensClause(text: string, tokens: readonly Token[], folded: readonly string[], k: number): boolean {
  if (k === 0) return true;
  for (let at = tokens[k - 1]!.end; at < tokens[k]!.start; at++) if (text.charCodeAt(at) !== 32) return true;
  return clauseOpeners.has(folded[k - 1]!) || (tokens[k - 1]!.sentenceStart && upperLatin(text.charCodeAt(tokens[k - 1]!.start)));
}

function lowerLatin(code: number): boolean {
  return code >= 97 && code <= 122;
}

function upperLatin(code: number): boolean {
  return code >= 65 && code <= 90;
}

/** From token `v` on, over at most two adverbs: a person's verb, or (`auxiliary` true) an auxiliary. */
function personVerbAfter(text: string, tokens: readonly Token[], folded: readonly string[], v: number, auxiliary: boolean, resources: NameResources): boolean {
  let k = v;
  while (k < tokens.length && k - v < 2 && adverbs.has(folded[k]!)) k++;
  // `never showed up`, `never came`: a person's `never` is enough after a given name no everyday word spells.
  if (auxiliary && k > v && folded[v] === 'never') return true;
  if (k >= tokens.length || !onlySpaces(text, tokens[k - 1]!.end, tokens[k]!.start, 2)) return false;
  const word = folded[k]!;
  return (resources.englishSocial.personVerbs.has(word) && word !== 'who') || resources.chatWords.englishAfterName.has(word) || complaintVerbs.has(word) || (auxiliary && auxiliaries.has(word));
}
