// A name right after a phone number, then a request to call it back a few words on (`+998 90 123 45 67 Zarnigor,
// iltimos qo'ng'iroq qiling`, `8 701 234 56 78 Данияр, вечером перезвоните`): the request says the number is a
// contact's and the word before it the person to ask for, without a phone word before the number.

import type { Token } from '../../text/tokenize.js';
import { lineBreakBetween } from './gaps.js';
import type { NameResources } from './resources.js';

// Call requests cues/name-call-verbs.txt leaves out: Russian typed in Latin letters, the Russian and Kyrgyz
// imperatives of "ring" and "get in touch", Uzbek "get in touch". Curated for pii-gate; CC0 / MIT of this repository.
const moreCallRequests = new Set([
  'pozvonite', 'perezvonite', 'pozvoni', 'perezvoni', 'naberite', 'zvonite', 'звоните', 'свяжитесь', 'svyazhites',
  "bog'laning", 'boglaning', 'боғланинг', 'байланышыңыз', 'звондаңыз', 'звондатыңыз',
]);

// English requests (`call`, `text`) are on the cue list, but the English lexicon leaves too many everyday words off
// (`+1 415 555 0134 office, call me`): an English word after a number keeps needing the phone word.
const englishRequests = new Set(['call', 'ring', 'text']);

// Words the request may wait behind: one or two (`menga`, `iltimos`, `вечером`), no more.
const furthest = 3;

/**
 * One of the `furthest` words after token `k`, on its line, asks to call or write (cues/name-call-verbs.txt or the
 * list above; not an English one), and no number stands between (a second number is the next contact's).
 */
export function callRequestAfter(text: string, tokens: readonly Token[], folded: readonly string[], k: number, resources: NameResources): boolean {
  for (let j = k + 1; j < tokens.length && j <= k + furthest; j++) {
    const token = tokens[j]!;
    if (token.hasDigit || lineBreakBetween(text, tokens[j - 1]!.end, token.start)) return false;
    const word = folded[j]!;
    if ((resources.callVerbs.has(word) && !englishRequests.has(word)) || moreCallRequests.has(word)) return true;
  }
  return false;
}

// "I am at …" (Uzbek, Kazakh, Kyrgyz: a locative, then the first-person copula): `Ishdaman`, `Жолдамын`, `Үйдөмүн`
// read as a word on no list, and are where the writer is, not who to ask for.
const whereIAm = /(?:da|ta|de|te|да|та|де|те|до|тө|дө|то)(?:man|miz|ман|миз|мын|мін|мын|мыз|міз|мун|мүн|муз|мүз)$/u;

/** The word (folded) before a call request can be the person asked for: no "I am at …" (see whereIAm). */
export function requestedPerson(word: string): boolean {
  return !whereIAm.test(word);
}
