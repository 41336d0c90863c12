// A post that is only a person's name (`TANNER QUORVELL`, `Starvin Marvin 🔥`): two or three words in capitals or
// title case, one a listed given name, the others listed names or words no list or English holds. Capitals carry no
// evidence in such a post, and a text this short has no frame: read lowered (caps-lines.ts, title-case.ts) it has
// none of the cues the lower-case passes look for.

import type { Token } from '../../text/tokenize.js';
import type { Span } from '../../types.js';
import { englishWordForm } from './en-common-words.js';
import { asciiTitleCase } from './english.js';
import { WordFlag } from './lexicon.js';
import type { NameResources } from './resources.js';
import type { WordInfo } from './vocabulary.js';
import { nameWeights } from './weights.js';

/**
 * The span of a whole post of two or three Latin words that is a name, or undefined. Every word is typed in capitals
 * (two letters or more), or every word in title case; nothing but spaces, `!`, `.` or symbols (emoji) stands around
 * them. One word is a listed given name (an everyday word too or not: `TANNER`); every other word is a listed name
 * the lists hold as nothing else, or a word of four letters or more that no list, cue or SCOWL form holds (`FOXX`,
 * `STARVIN`); no word is on the Central Asian or Russian name lists. A post of everyday words (`HAPPY BIRTHDAY
 * MASON`, `GO TEAM`) has an English word and is not one. The caller checked the text has no Cyrillic and no Turkic
 * marker word.
 */
export function nameOnlyPost(text: string, tokens: readonly Token[], folded: readonly string[], words: readonly WordInfo[], resources: NameResources): Span | undefined {
  const count = tokens.length;
  if (count < 2 || count > 3 || text.length > 48) return undefined;
  // The marks around the words: spaces, `!`, `.`, or anything outside ASCII (emoji); no digit, `#`, `@`, `:`.
  for (let at = 0; at < text.length; at++) {
    const code = text.charCodeAt(at);
    if (code < 128 && !(code === 32 || code === 33 || code === 46 || (code >= 65 && code <= 90) || (code >= 97 && code <= 122))) return undefined;
  }
  const caps = capitals(text, tokens[0]!);
  let given = false;
  let plainGiven = false;
  for (let k = 0; k < count; k++) {
    const token = tokens[k]!;
    if (token.cyrillic || token.hasDigit || (caps ? !capitals(text, token) : !titleCase(text, token))) return undefined;
    const word = folded[k]!;
    if (words[k]!.cue !== 0 || resources.cueWords.has(word)) return undefined;
    const evidence = words[k]!.evidence(false, resources, false);
    if (evidence.endingLength !== 0 || evidence.stopFlags !== 0) return undefined;
    // A Central Asian or Russian name (`Omad`, `Jasur`) may stand in a post in those languages (`Ishlaringizga Omad!`).
    if (resources.names.getStem(word) !== undefined) return undefined;
    if ((evidence.nameFlags & WordFlag.First) !== 0) {
      if ((evidence.nameFlags & WordFlag.Ambiguous) === 0 && !englishWordForm(word)) plainGiven = true;
      given = true;
      continue;
    }
    if (evidence.nameFlags !== 0) {
      if ((evidence.nameFlags & WordFlag.Ambiguous) !== 0 || englishWordForm(word)) return undefined;
      continue;
    }
    if (word.length < 4 || englishWordForm(word)) return undefined;
  }
  if (!given) return undefined;
  const start = tokens[0]!.start;
  const end = tokens[count - 1]!.end;
  return { start, end, type: 'NAME', score: plainGiven ? nameWeights.first + nameWeights.severalWords : nameWeights.unknownPair, source: 'name:cue', normalized: folded.join(' ') };
}

/** Every letter a capital A–Z, two letters at least. */
function capitals(text: string, token: Token): boolean {
  if (token.end - token.start < 2) return false;
  for (let at = token.start; at < token.end; at++) {
    const code = text.charCodeAt(at);
    if (code < 65 || code > 90) return false;
  }
  return true;
}

/** A capital A–Z, then lower-case a–z only, two letters at least. */
function titleCase(text: string, token: Token): boolean {
  return token.end - token.start >= 2 && asciiTitleCase(text, token);
}
