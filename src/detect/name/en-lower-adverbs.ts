// English -ly adverbs opening a lower-case post (`honestly kevin is the best`, `literally justin won`): no list
// holds them, so the chat pass that takes an unlisted word before a surname-shaped word (`kevin`, `justin` end like
// -ин surnames) read the adverb as a given name and joined it to the name.

import { englishCommonWords } from './en-common-words.js';

/**
 * `honestly`, `apparently`, `literally`: a lower-case a–z word of five letters or more ending in -ly that SCOWL
 * holds. SCOWL, not the ending alone: a Turkmen or Uzbek name typed in Latin letters may end in -ly too.
 */
export function englishLyAdverb(word: string): boolean {
  const length = word.length;
  if (length < 5 || word.charCodeAt(length - 1) !== 121 || word.charCodeAt(length - 2) !== 108) return false;
  for (let at = 0; at < length; at++) {
    const code = word.charCodeAt(at);
    if (code < 97 || code > 122) return false;
  }
  return englishCommonWords().has(word);
}
