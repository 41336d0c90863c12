// Code-switched text: a capitalised everyday word that its own script's lexicon knows is no name (`Доставка норм,
// но Upakovka была мятая`, `Заказывала Plov i Samsa`, `Курьер Молодец, Tez Yetkazdi!`).

import type { Token } from '../../text/tokenize.js';
import type { Span } from '../../types.js';
import { Morph } from './morphology.js';
import { onlySpaces } from './gaps.js';
import { russianTypedInLatin, russianWordInLatin } from './mixed-scripts.js';
import type { NameResources } from './resources.js';
import { dropSpans } from './span-filter.js';
import type { WordInfo } from './vocabulary.js';

interface Context {
  readonly words: readonly WordInfo[];
  readonly resources: NameResources;
  readonly turkic: boolean;
  // Worked out once per text, on the first span that asks (a loop over every token).
  titleCase: boolean | undefined;
}

/**
 * In text with Cyrillic words, drops one-word spans on no name list whose word is capitalised and everyday in its own
 * script: a Latin word the Russian lexicon reads through transliteration (Russian typed in Latin letters among
 * Cyrillic ones; mixed-scripts.ts russianTypedInLatin: not a word a surname ending reads, `Kuznetsov`), or, in Russian text, a Cyrillic word the
 * lexicon knows right after a service role in title-case chat (`Курьер Молодец`). Two pieces of evidence against the
 * capital: the lexicon, and the switch of script or the role before a word no name list holds.
 */
export function dropCapitalisedEverydayWords(text: string, tokens: readonly Token[], folded: readonly string[], words: readonly WordInfo[], spans: Span[], resources: NameResources, turkic: boolean): void {
  dropSpans(text, tokens, folded, spans, everydayWordSpan, { words, resources, turkic, titleCase: undefined });
}

function everydayWordSpan(text: string, tokens: readonly Token[], folded: readonly string[], first: number, last: number, span: Span, context: Context): boolean {
  const token = tokens[first]!;
  if (first !== last || token.start !== span.start || token.end !== span.end || span.source === 'name:known' || token.hasDigit) return false;
  const word = folded[first]!;
  // Capitalised: the folded first letter differs from the text's.
  if (word.length < 3 || word.charCodeAt(0) === text.charCodeAt(token.start) || word.includes('-')) return false;
  const { words, resources, turkic } = context;
  // A Cyrillic word needs one of the two frames below (a Latin word after it opening the message, or a service role
  // before it): asked before the word's evidence.
  const latinAfter = token.cyrillic && token.sentenceStart && first + 1 < tokens.length && !tokens[first + 1]!.cyrillic && !tokens[first + 1]!.hasDigit && onlySpaces(text, token.end, tokens[first + 1]!.start, 2);
  if (token.cyrillic && !latinAfter && (turkic || first === 0 || !resources.serviceRoles.has(folded[first - 1]!))) return false;
  const evidence = words[first]!.evidence(token.cyrillic, resources, turkic);
  if (evidence.nameFlags !== 0) return false;
  // A Latin word inside a Cyrillic sentence (a Cyrillic word on either side on the same line), not an English line of a
  // longer text (`Hi - Jory`, whose name reads as the Russian genitive жоры).
  // Or in Russian typed in Latin letters throughout, opening the message before a word that reads exactly as Russian
  // (`Upakovka rvanaya`, `Dostavka bystraya`).
  if (!token.cyrillic) return (cyrillicNeighbour(text, tokens, first) || (token.sentenceStart && latinRussianNext(text, tokens, folded, first, resources))) && russianTypedInLatin(word, evidence, resources);
  // `Упаковка Chiroyli`: a Russian everyday word opening the message before a Latin word of another language.
  if (latinAfter) return evidence.morph !== Morph.Patronymic && resources.commonWords.has(word);
  // Only where the capital says nothing (`Курьер Молодец, Tez Yetkazdi!`): names that are words too keep their reading
  // in plain text (`Operator Резеда очень помогла`).
  return evidence.morph !== Morph.Surname && evidence.morph !== Morph.Patronymic && resources.commonWords.has(word) && (context.titleCase ??= titleCase(text, tokens, folded));
}

/** At least two thirds of the word tokens open with a capital letter. */
function titleCase(text: string, tokens: readonly Token[], folded: readonly string[]): boolean {
  let capitalised = 0;
  let counted = 0;
  for (let k = 0; k < tokens.length; k++) {
    if (tokens[k]!.hasDigit) continue;
    counted++;
    if (folded[k]!.charCodeAt(0) !== text.charCodeAt(tokens[k]!.start)) capitalised++;
  }
  return capitalised * 3 >= counted * 2;
}

/**
 * The next token, on the same line after spaces, is a Latin word of 3+ letters that transliterates to a Russian word
 * and is no English function word (`was` reads as `вас`: `Wiremu was really helpful`).
 */
function latinRussianNext(text: string, tokens: readonly Token[], folded: readonly string[], k: number, resources: NameResources): boolean {
  const next = tokens[k + 1];
  return next !== undefined && !next.cyrillic && !next.hasDigit && folded[k + 1]!.length >= 3 && !resources.chatWords.englishFunctionWords.has(folded[k + 1]!) && onlySpaces(text, tokens[k]!.end, next.start, 2) && russianWordInLatin(folded[k + 1]!, resources);
}

function cyrillicNeighbour(text: string, tokens: readonly Token[], k: number): boolean {
  const before = tokens[k - 1];
  const after = tokens[k + 1];
  return (before !== undefined && before.cyrillic && !text.slice(before.end, tokens[k]!.start).includes('\n')) || (after !== undefined && after.cyrillic && !text.slice(tokens[k]!.end, after.start).includes('\n'));
}
