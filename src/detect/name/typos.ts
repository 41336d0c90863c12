// One-typo neighbours of Russian everyday words: chat misspells them (`опператор`, `сотурдника`, `жаолба`), and a
// misspelt word on no list must not pass for an unseen name.

import type { RussianCommonWords } from './common-words.js';
import { anyCode, someSlipUndone } from './slips.js';
import { WordAnswers } from './word-answers.js';

// Answers per word (the same chat words are asked about text after text, by several passes; each answer builds
// about 2 × length strings and looks each up), cleared when full, begun afresh for another lexicon.
const answerLimit = 8192;
let typoAnswers = new WordAnswers(answerLimit);
let answersFor: RussianCommonWords | undefined;

/**
 * A doubled letter typed once too often (`опператор`, `мееня`) or two inner neighbours swapped (`сотурдника`) turns
 * `word` into a form of an everyday word. Only these two slips are tried: the lexicon answers for stems, so a
 * dropped or substituted letter, or a swap at either end, would reach a word from too many names (`лена` from
 * `ленар`, `фарти` from `фарит`). Allocates about 2 × length strings, so only for the rare cued lower-case
 * candidate.
 */
export function typoOfCommonWord(word: string, commonWords: RussianCommonWords): boolean {
  if (answersFor !== commonWords) {
    typoAnswers = new WordAnswers(answerLimit);
    answersFor = commonWords;
  }
  return typoAnswers.get(word) ?? typoAnswers.remember(word, readsAsTypo(word, commonWords));
}

function readsAsTypo(word: string, commonWords: RussianCommonWords): boolean {
  // Swaps only in words of six letters or more, and not of the last two letters.
  return someSlipUndone(word, anyCode, word.length < 6 ? word.length : 2, (reading) => commonWords.hasCandidate(reading));
}
