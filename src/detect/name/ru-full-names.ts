// Russian full names in the order given name, patronymic, surname: the surname after the patronymic belongs to the name.

import type { Token } from '../../text/tokenize.js';
import { onlySpaces } from './gaps.js';
import { WordKind, type WordScore } from './words.js';

/**
 * `Гоар Ашотовна Тигранян`, `Мирзохиду Достоновичу Хегаю`, `Гулире Тахировне Цой`: a patronymic right after another
 * name word is followed by the surname, whatever its shape (Armenian, Korean, Georgian surnames have no Russian
 * ending). Two pieces of evidence: the name + patronymic pair before it, and the word's own name score. Written the
 * same way as the patronymic (both capitalised or both lower-case), inside the sentence, and no patronymic after it
 * (`Иван Петрович Мария Ивановна` is two people).
 */
export function surnameAfterPatronymic(text: string, tokens: readonly Token[], scores: readonly WordScore[], i: number): boolean {
  // `с Каролиной Бехзодовной`: a given name read as a surname by its ending, then her patronymic in the same case.
  if (scores[i + 1]!.patronymic !== true && femininePatronymicCase(text, tokens[i + 1]!)) return isCapital(text, tokens[i + 1]!.start) === isCapital(text, tokens[i]!.start);
  if (i === 0 || !(scores[i]!.patronymic === true || femininePatronymicCase(text, tokens[i]!))) return false;
  const before = scores[i - 1]!;
  if (before.kind !== WordKind.Name || before.patronymic === true || !onlySpaces(text, tokens[i - 1]!.end, tokens[i]!.start, 2)) return false;
  const next = tokens[i + 1]!;
  if (next.sentenceStart || !next.cyrillic || isCapital(text, next.start) !== isCapital(text, tokens[i]!.start)) return false;
  return !(i + 2 < scores.length && scores[i + 2]!.patronymic === true);
}

// A woman's patronymic in a case other than the nominative (`Тахировне`, `Ашотовну`, `Ильиничной`): morphology.ts reads
// only the nominative as a patronymic (`будничной` is an adjective), so its stem in -овн/-евн/-ичн is checked here,
// where a name word stands before it.
const feminineCases = ['е', 'у', 'ы', 'ой'];
const feminineStems = ['овн', 'евн', 'ичн'];
function femininePatronymicCase(text: string, token: Token): boolean {
  return token.end - token.start >= 7 && femininePatronymicWord(text.slice(token.end - 5, token.end).toLowerCase());
}

/** `Бехзодовной`, `Ашотовну` (folded; its last five letters are enough): a woman's patronymic in an oblique case. */
export function femininePatronymicWord(word: string): boolean {
  for (const ending of feminineCases) {
    if (!word.endsWith(ending)) continue;
    const stem = word.slice(0, word.length - ending.length);
    for (const suffix of feminineStems) if (stem.endsWith(suffix)) return true;
  }
  return false;
}

function isCapital(text: string, at: number): boolean {
  const letter = text[at]!;
  return letter !== letter.toLowerCase();
}
