// Chat thanks to a mate by name and a slang address word (`азиз братан спасибо`, `роза подруга спасибо`, `aziz bro
// rahmat`): a listed given name that is also an everyday word (`азиз`, `роза`, `роман`) needs more than lower case,
// and the slang word between the name and the thanks says a person is spoken to.

import type { Token } from '../../text/tokenize.js';
import type { Span } from '../../types.js';
import { WordFlag } from './lexicon.js';
import type { NameResources } from './resources.js';
import { russianThanksWord } from './ru-vocatives.js';
import { addFoundSpans, overlappingSpan } from './span-search.js';
import { turkicThanksWord } from './turkic-thanks.js';
import { WordBit, type WordInfo } from './vocabulary.js';
import { nameWeights } from './weights.js';

// Slang words for a mate, typed after the name (`братан`, `бро`, `подруга`), Cyrillic and Latin: a closed class.
const buddyWords = new Set([
  'братан', 'брат', 'братишка', 'братуха', 'брателло', 'бро', 'братик', 'дружище', 'друг', 'чувак', 'подруга', 'подружка',
  'сестрёнка', 'сестренка', 'систер', 'дорогой', 'дорогая', 'родной', 'родная', 'bro', 'brat', 'bratan', 'bratishka',
]);

// Praise typed before the slang word (`красава братан спасибо`, "well done, bro"): the lists hold `красава` as a
// given name. A closed class.
const praiseWords = new Set(['красава', 'красавчик', 'красавица', 'молодец', 'молодца', 'умница', 'умничка', 'респект', 'золото', 'легенда', 'герой', 'зайка', 'солнце', 'родной', 'родная']);

/**
 * A word opening the text or a line, then a slang word for a mate one space after it, then Russian or Turkic thanks
 * (or a greeting) one space or a comma and a space after that: the word is the mate's name when it is a
 * listed given name in its base form (an everyday word too: `азиз`, `роза`) on no stoplist and no praise word, and no
 * span covers it.
 * Scored as a lower-case vocative; adds to the scan's spans. The caller checked that the text holds such thanks.
 */
export function findBuddyNames(text: string, tokens: readonly Token[], folded: readonly string[], words: readonly WordInfo[], spans: Span[], resources: NameResources): void {
  let found: Span[] | undefined;
  for (let k = 0; k + 2 < tokens.length; k++) {
    // The thanks two tokens on first, by the word's bits (WordBit.RussianThanks is russianThanksWord(), TurkicThanks
    // turkicThanksWord()): one load where the slang-word set lookup came first.
    if (!(words[k + 2]!.bits & (WordBit.RussianThanks | WordBit.TurkicThanks))) continue;
    if (!buddyWords.has(folded[k + 1]!) || !opensLine(text, tokens, k)) continue;
    const name = tokens[k]!;
    const buddy = tokens[k + 1]!;
    if (name.hasDigit || name.end - name.start < 3 || text.charCodeAt(name.end) !== 32 || buddy.start !== name.end + 1) continue;
    // Thanks one space after the slang word, or after a comma and a space (`азиз братан, спасибо`).
    const gap = tokens[k + 2]!.start - buddy.end;
    if (!(gap === 1 && text.charCodeAt(buddy.end) === 32) && !(gap === 2 && text.charCodeAt(buddy.end) === 44 && text.charCodeAt(buddy.end + 1) === 32)) continue;
    const thanks = folded[k + 2]!;
    if (!russianThanksWord(thanks) && !turkicThanksWord(thanks)) continue;
    if (resources.cueWords.has(folded[k]!) || buddyWords.has(folded[k]!) || praiseWords.has(folded[k]!) || overlappingSpan(spans, name.start, name.end) !== undefined) continue;
    const evidence = words[k]!.evidence(name.cyrillic, resources, false);
    if ((evidence.nameFlags & WordFlag.First) === 0 || evidence.stopFlags !== 0 || evidence.endingLength !== 0) continue;
    (found ??= []).push({ start: name.start, end: name.end, type: 'NAME', score: nameWeights.lowerVocative, source: 'name:cue', normalized: evidence.base });
  }
  addFoundSpans(spans, found);
}

/** Token `k` opens the text or a line: only spaces, emoji and punctuation since the last line break. */
function opensLine(text: string, tokens: readonly Token[], k: number): boolean {
  if (k === 0) return true;
  for (let at = tokens[k - 1]!.end; at < tokens[k]!.start; at++) if (text.charCodeAt(at) === 10) return true;
  return false;
}
