// The chat cue words that english.ts reads around a name (`ok X cheers`, `its X here`, `X pls call`), from patterns/cues.

import { readPatternList, readPatternWords } from '../../patterns.js';
import { foldWord } from '../../text/normalize.js';

export interface ChatCueWords {
  /** Words after which a lower-case word is read as English: cue-phrase ends, self-introductions, interjections. */
  readonly englishCueEnds: ReadonlySet<string>;
  /** `ok`, `ок`, `хорошо`: open a message before a name and thanks. */
  readonly interjections: ReadonlySet<string>;
  /** `its`, `im`: before a name and `here`. */
  readonly selfIntroductions: ReadonlySet<string>;
  /** `cheers`, `спасибо`: after a name that an interjection opened. */
  readonly thanks: ReadonlySet<string>;
  /** `pls`, `iltimos`: between a name and a request to call. */
  readonly please: ReadonlySet<string>;
  /** `the`, `you`, `my`: two of them make a lower-case Latin-script message English (english-lower.ts). */
  readonly englishFunctionWords: ReadonlySet<string>;
  /** `to`, `ask`, `thanks`, `driver`: right before a name in lower-case English chat (english-lower.ts). */
  readonly englishBeforeName: ReadonlySet<string>;
  /** `said`, `helped`, `from`: right after a name in lower-case English chat (english-lower.ts). */
  readonly englishAfterName: ReadonlySet<string>;
  /** `is`, `where is` opening a message: ask for the person named next (english-lower.ts), as folded words. */
  readonly englishAskingFor: readonly (readonly string[])[];
}

function foldedList(relativePath: string): string[] {
  return readPatternWords(relativePath).map(foldWord);
}

export function loadChatCueWords(): ChatCueWords {
  const interjections = foldedList('cues/name-chat-interjections.txt');
  const selfIntroductions = foldedList('cues/name-chat-self-intros.txt');
  return {
    // Cyrillic interjections never end an English cue: afterEnglishCue() asks for a Latin word before.
    englishCueEnds: new Set([...foldedList('cues/name-english-cue-ends.txt'), ...selfIntroductions, ...interjections]),
    interjections: new Set(interjections),
    selfIntroductions: new Set(selfIntroductions),
    thanks: new Set(foldedList('cues/name-chat-thanks.txt')),
    please: new Set(foldedList('cues/name-chat-please.txt')),
    englishFunctionWords: new Set(foldedList('cues/name-english-function-words.txt')),
    englishBeforeName: new Set(foldedList('cues/name-english-chat-before.txt')),
    englishAfterName: new Set(foldedList('cues/name-english-chat-after.txt')),
    englishAskingFor: readPatternList('cues/name-english-asking.txt').map((line) => line.split(/\s+/u).map(foldWord)),
  };
}
