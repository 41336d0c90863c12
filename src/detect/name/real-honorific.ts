// A name joined to its honorific by a hyphen, with or without a case ending: `Zorvina-opaga`, `Зорвина-апаға`.

import { foldWord } from '../../text/normalize.js';
import type { Span } from '../../types.js';
import type { NameResources } from './resources.js';
import { WordAnswers } from './word-answers.js';

// One answer per hyphenated word (hyphenated tokens are few, and repeat).
const answers = new WordAnswers(5_000);
// Case, possessive and diminutive endings after an honorific are short (`-ga`, `-ның`, `-жон`, `-ларга`).
const longestEnding = 5;

/**
 * True when `word` (folded) is a stem of at least three letters, a hyphen, and an honorific from
 * cues/name-honorifics.txt (opa, aka, апа, ағай, мырза) with at most a short ending: the honorific only ever follows
 * a person's name, so the stem is one, whatever its case ending or capitalisation.
 */
export function nameWithHyphenHonorific(word: string, resources: NameResources): boolean {
  const hyphen = word.indexOf('-');
  if (hyphen < 3 || hyphen > word.length - 3 || word.indexOf('-', hyphen + 1) !== -1) return false;
  return answers.get(word) ?? answers.remember(word, endsWithHonorific(word.slice(hyphen + 1), resources.honorifics));
}

function endsWithHonorific(rest: string, honorifics: ReadonlySet<string>): boolean {
  for (let cut = 0; cut <= longestEnding && cut <= rest.length - 2; cut++) {
    if (honorifics.has(rest.slice(0, rest.length - cut))) return true;
  }
  return false;
}


/**
 * Ends each span that closes with a hyphenated honorific (`Зорвина-апаға`) before the hyphen: the honorific and its
 * ending are no part of the name. Looks at most a dozen characters back from each span's end.
 */
export function trimHyphenHonorifics(text: string, spans: readonly Span[], resources: NameResources): void {
  for (const span of spans) {
    const stop = Math.max(span.start + 3, span.end - 12);
    for (let at = span.end - 3; at >= stop; at--) {
      const code = text.charCodeAt(at);
      if (code === 32) break;
      if (code !== 45) continue;
      if (endsWithHonorific(foldWord(text.slice(at + 1, span.end)), resources.honorifics)) span.end = at;
      break;
    }
  }
}
