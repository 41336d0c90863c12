// Kazakh and Kyrgyz text written with capitals: a lower-case word that a cue made a name (a title before it, thanks
// after it) is no name when it carries the third-person possessive before its case ending (`Президент жанындағы`,
// `қазақ еліне алғысы`) or is "the one in …" (`-дағы`). A person's name takes its case ending straight on the stem
// (`Айгүлге`, `Асанға`, `Бекзаттың`), never the possessive of a thing owned; lower-case names in such text (chat
// quoted in a sentence: `Курьер айгүлге рахмет`) keep their bare case.

import type { Token } from '../../text/tokenize.js';
import type { Span } from '../../types.js';
import { onlySpaces } from './gaps.js';
import { dropSpans } from './span-filter.js';
import { EndingSet } from './suffixes.js';
import { locativeAttributiveWord } from './turkic-shape.js';

// The third-person possessive (-ы/-і, -сы/-сі after a vowel) followed by the dative, locative, genitive, ablative or
// instrumental. Kazakh with ы/і; Kyrgyz with ы/у/ү only (`-ине`, `-инде` would also read Russian names: `Марине`).
// Source: standard grammars.
const possessedCase = new EndingSet([
  'ына', 'іне', 'ында', 'інде', 'ының', 'інің', 'ынан', 'інен', 'ымен', 'імен',
  'унда', 'үндө', 'ынын', 'унун', 'үнүн', 'унан', 'үнөн',
]);

/**
 * Removes, in place, one-word spans written all in lower case whose word is a possessed noun in a case or "the one
 * in …", or that stand right after a capitalised name span (`Данияр Тоқаев ерікті болып`, `Ерболат Сәрсенұлы тұр`:
 * the run left the word out of the name, and the sentence goes on). The caller runs it on Turkic text that has
 * capital letters (lower-case chat keeps its own reading).
 */
export function dropLowerPossessedNouns(text: string, tokens: readonly Token[], folded: readonly string[], spans: Span[]): void {
  dropSpans(text, tokens, folded, spans, possessedNounSpan, { end: -1, capital: false });
}

/** The last span kept (dropSpans visits spans in order): a dropped span is no name for the word after it. */
interface Kept {
  end: number;
  capital: boolean;
}

function possessedNounSpan(text: string, tokens: readonly Token[], folded: readonly string[], first: number, last: number, span: Span, kept: Kept): boolean {
  const drop = lowerNounSpan(text, tokens, folded, first, last, span, kept);
  if (!drop) {
    kept.end = span.end;
    kept.capital = text.charCodeAt(span.start) !== folded[first]!.charCodeAt(0);
  }
  return drop;
}

function lowerNounSpan(text: string, tokens: readonly Token[], folded: readonly string[], first: number, last: number, span: Span, kept: Kept): boolean {
  if (first !== last || !tokens[first]!.cyrillic || span.source === 'name:known') return false;
  const word = folded[first]!;
  // Lower case: the first letter is its own folded form.
  if (text.charCodeAt(tokens[first]!.start) !== word.charCodeAt(0) || span.start !== tokens[first]!.start) return false;
  if ((word.length >= 5 && possessedCase.test(word)) || locativeAttributiveWord(word)) return true;
  return first > 0 && kept.capital && kept.end === tokens[first - 1]!.end && onlySpaces(text, kept.end, span.start, 1);
}
