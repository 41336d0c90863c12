// Russian chat, the person addressed or signing: a word opening a message before a comma or thanks (`адлет, спасибо`,
// `зарема спасибо вам`) or closing it after punctuation (`жду звонка, адлет`), on a list or unknown to Russian.

import { readPatternWords } from '../../patterns.js';
import type { Token } from '../../text/tokenize.js';
import type { Span } from '../../types.js';
import { WordFlag } from './lexicon.js';
import type { NameResources } from './resources.js';
import { everydayRussianWord } from './ru-everyday.js';
import { clippedVocative } from './ru-chat-clipped.js';
import { mergeReplacing } from './ru-spans.js';
import { EndingSet } from './suffixes.js';
import { typoOfCommonWord } from './typos.js';
import { unknownToRussian } from './ru-unlisted.js';
import { WordBit, type WordInfo } from './vocabulary.js';
import { nameWeights } from './weights.js';
import { WordKind, type WordScore } from './words.js';
import { lineBreakBetween } from './gaps.js';

let slang: ReadonlySet<string> | undefined;
function chatSlang(): ReadonlySet<string> {
  slang ??= new Set(readPatternWords('stoplists/common-ru-chat.txt'));
  return slang;
}

/** A Russian chat abbreviation or slang word the hunspell lexicon does not know (`пжлст`, `норм`, `саппорт`). */
export function isRussianChatSlang(word: string): boolean {
  return chatSlang().has(word);
}

// Thanks and greetings a message may put right after the name it addresses (`зарема спасибо вам`).
const thanksAfterName = new Set(['спасибо', 'спс', 'благодарю', 'здравствуйте', 'привет', 'добрый', 'салам', 'доброе']);

/**
 * In Cyrillic text without Turkic letters: a lower-case word the scan left unnamed that opens the message or a line
 * right before a comma or thanks, or that closes the message after a comma, full stop, exclamation mark or line
 * break, is the person addressed or signing, when it is a listed first name (in its base form, no everyday word) or
 * a word of four letters or more that Russian does not know, not even one typo away, and no chat abbreviation.
 * Looks at line openings and the last word only. Adds to the scan's spans (sorted, disjoint).
 */
export function findRussianVocatives(text: string, tokens: readonly Token[], folded: readonly string[], words: readonly WordInfo[], scores: readonly WordScore[], spans: Span[], resources: NameResources): void {
  let found: Span[] | undefined;
  const last = tokens.length - 1;
  for (let k = 0; k <= last; k++) {
    const opening = k === 0 || (tokens[k]!.sentenceStart && lineBreakBetween(text, tokens[k - 1]!.end, tokens[k]!.start));
    if (!opening && k !== last) continue;
    const before = opening && k < last ? addressesBefore(text, tokens, folded, k, resources) : Address.None;
    const addressed = before !== Address.None || (k === last && k >= 2 && closes(text, tokens, k));
    if (!addressed) continue;
    // `Маш, ты где?`: a clipped given name before a comma (ru-chat-clipped.ts), where candidate() or chatPerson() says no.
    const clipped = before === Address.Thanks;
    if (!candidate(text, tokens[k]!, folded[k]!, scores[k]!, k === last && !opening)) {
      const base = clipped ? clippedVocative(text, tokens, folded, scores[k]!, k, resources) : undefined;
      if (base !== undefined) (found ??= []).push({ start: tokens[k]!.start, end: tokens[k]!.end, type: 'NAME', score: nameWeights.lowerVocative, source: 'name:cue', normalized: base });
      continue;
    }
    // Before вы or an imperative the word must be no everyday word in any chat spelling (`кароче вы`, `тоесть вы`).
    if (before === Address.You && !unknownOpener(folded[k]!, resources)) continue;
    const base = chatPerson(folded[k]!, words[k]!, resources) ?? (clipped ? clippedVocative(text, tokens, folded, scores[k]!, k, resources) : undefined);
    if (base !== undefined) (found ??= []).push({ start: tokens[k]!.start, end: tokens[k]!.end, type: 'NAME', score: nameWeights.lowerVocative, source: 'name:cue', normalized: base });
  }
  if (found !== undefined) mergeReplacing(spans, found);
}

/**
 * A Cyrillic word of four letters or more, no digit, that no rule named: lower case, or capitalised only because it
 * opens a sentence (phones capitalise it: `Адлет, спасибо`) or because it closes the message as the name addressed,
 * which the scan scored below the threshold if at all.
 */
function candidate(text: string, token: Token, word: string, score: WordScore, closing: boolean): boolean {
  if (!token.cyrillic || token.hasDigit || word.length < 4 || word.includes('-')) return false;
  if (text.charCodeAt(token.start) === word.charCodeAt(0)) return score.kind === WordKind.None;
  // `Жду ответа, Карамат`: the word closing the message after a comma is addressed, capitalised as names are.
  return (token.sentenceStart || closing) && (score.kind === WordKind.None || (score.kind === WordKind.Name && score.score < 0.5 && score.source === 'capital'));
}

/**
 * The base form of the person `word` names in chat, or undefined: a listed first name in its base form (any case
 * form with `caseForms`) that is no everyday word, or an unlisted word Russian does not know (the hunspell lexicon, one typo included), no chat
 * abbreviation, and not declined like an adjective. The place is the caller's evidence; `slips`, other evidence
 * the caller has, lets a word one typo from an everyday one pass.
 */
export function chatPerson(word: string, info: WordInfo, resources: NameResources, caseForms = false, slips = false): string | undefined {
  // `првет`, `спасибл`: a greeting or thanks one typo away (cue-typos.ts marks them per word).
  if (info.bits & WordBit.MisspeltCue || resources.cueWords.has(word) || chatSlang().has(word)) return undefined;
  const evidence = info.evidence(true, resources, false);
  if (evidence.stopFlags !== 0) return undefined;
  if (evidence.nameFlags & WordFlag.First) {
    if ((evidence.endingLength !== 0 && !caseForms) || everydayRussianWord(word, evidence, resources)) return undefined;
    return (evidence.nameFlags & WordFlag.Ambiguous) === 0 || !resources.commonWords.has(word) ? evidence.base : undefined;
  }
  if (evidence.nameFlags !== 0) return undefined;
  // `slips`: the caller has other evidence (a surname after the word), so a word one slip from an everyday one stays.
  return !adjectival.test(word) && !resources.commonWords.has(word) && (slips || !typoOfCommonWord(word, resources.commonWords)) ? word : undefined;
}

// Neuter, oblique and plural adjective endings and reflexive verb endings (`пострадавших`, `огроное`, `сломался`): the
// lexicon lacks many participles, and no given name ends so. Nominative -ий/-ая are given-name endings too (`Юрий`).
const adjectival = new EndingSet(['ых', 'их', 'ое', 'ые', 'ого', 'его', 'ому', 'ему', 'ыми', 'ими', 'ую', 'юю', 'ся', 'сь']);

/** Entry condition (scan.ts WordBit.RussianThanks): thanks or a greeting addressesBefore() accepts after a name. */
export function russianThanksWord(word: string): boolean {
  return thanksAfterName.has(word);
}

// `икбола подскажите`, `кахрамон вы лучший`: a message opening with the person it then speaks to, as вы or ты or in
// the imperative (a known verb in -ите, -йте, -ьте).
const youWords = new Set(['вы', 'вам', 'вас', 'ты', 'тебе']);
const imperativeEndings = new EndingSet(['ите', 'йте', 'ьте']);
function addressingWord(word: string, resources: NameResources): boolean {
  return youWords.has(word) || (word.length >= 6 && imperativeEndings.test(word) && resources.commonWords.has(word));
}

/**
 * Entry condition: a vocative needs a comma after the name, a thanks word after it (`thanks`: some token has
 * WordBit.RussianThanks), punctuation before the closing word, or вы, ты or an imperative second in the message.
 */
export function mayAddress(text: string, tokens: readonly Token[], folded: readonly string[], comma: boolean, thanks: boolean, resources: NameResources): boolean {
  const last = tokens.length - 1;
  return comma || thanks || (last >= 2 && closes(text, tokens, last)) || (last >= 1 && addressingWord(folded[1]!, resources));
}

/**
 * A comma right after token `k`, or thanks or a greeting one space after it; or, opening the message, вы, ты or an
 * imperative.
 */
function addressesBefore(text: string, tokens: readonly Token[], folded: readonly string[], k: number, resources: NameResources): number {
  const end = tokens[k]!.end;
  if (text.charCodeAt(end) === 44 || (text.charCodeAt(end) === 32 && text.charCodeAt(end + 1) === 44)) return Address.Thanks;
  if (text.charCodeAt(end) !== 32 || tokens[k + 1]!.start !== end + 1) return Address.None;
  const next = folded[k + 1]!;
  if (thanksAfterName.has(next)) return Address.Thanks;
  return k === 0 && addressingWord(next, resources) ? Address.You : Address.None;
}
const Address = { None: 0, Thanks: 1, You: 2 } as const;

/** A word of five letters or more Russian does not know in any chat spelling (ru-unlisted.ts). */
function unknownOpener(word: string, resources: NameResources): boolean {
  return word.length >= 5 && unknownToRussian(word, resources);
}

/** Token `k` ends the text (spaces and . ! ) after it at most), after a comma, full stop, exclamation mark or line break. */
function closes(text: string, tokens: readonly Token[], k: number): boolean {
  for (let at = tokens[k]!.end; at < text.length; at++) {
    const code = text.charCodeAt(at);
    if (code !== 32 && code !== 33 && code !== 46 && code !== 41 && code !== 10 && code !== 13) return false;
  }
  let punctuation = false;
  for (let at = tokens[k - 1]!.end; at < tokens[k]!.start; at++) {
    const code = text.charCodeAt(at);
    if (code === 44 || code === 46 || code === 33 || code === 10) punctuation = true;
    else if (code !== 32 && code !== 13) return false;
  }
  return punctuation;
}
