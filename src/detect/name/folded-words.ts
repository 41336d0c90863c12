// The words of a patterns/ list file, folded the way the scan folds a token (lower case, ё → е, apostrophes unified),
// so a pass can test a token's folded form against them.

import { readPatternWords } from '../../patterns.js';
import { foldWord } from '../../text/normalize.js';

/** The folded whitespace-separated entries of a list file under patterns/ (read on each call: callers keep the set). */
export function foldedWordSet(relativePath: string): ReadonlySet<string> {
  return new Set(readPatternWords(relativePath).map(foldWord));
}
