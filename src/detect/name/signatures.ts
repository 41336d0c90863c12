// A message signed at its end after a dash (`ок спасибо — дина`, `thanks for nothing - tobias`, `rahmat — feruza`).

import type { Token } from '../../text/tokenize.js';
import type { Span } from '../../types.js';
import { bareTurkicName } from './chat.js';
import { unlistedEnglishName } from './english.js';
import { WordFlag } from './lexicon.js';
import type { NameResources } from './resources.js';
import { typoOfCommonWord } from './typos.js';
import type { WordInfo } from './vocabulary.js';
import { nameWeights } from './weights.js';
import { WordKind, type WordScore } from './words.js';

/**
 * The last one or two words of the text, after a dash on a line of its own or, in lower-case chat, after a space (a
 * signature), are the
 * writer's name when no rule found them: a listed first name, or a word the language would not use (Russian: not
 * in the hunspell lexicon nor a typo of a word in it; Turkic: a bare stem on no list; English: not explained by
 * the common-word list). Nothing but spaces and a final `.`/`!` may follow. Only looks at the end of the text.
 */
export function findSignature(text: string, tokens: readonly Token[], folded: readonly string[], words: readonly WordInfo[], scores: readonly WordScore[], spans: Span[], resources: NameResources, turkic: boolean, lowerCaseWriting: boolean): void {
  const count = tokens.length;
  if (count < 2) return;
  let end = text.length;
  while (end > 0 && (text.charCodeAt(end - 1) === 32 || text.charCodeAt(end - 1) === 10 || text.charCodeAt(end - 1) === 46 || text.charCodeAt(end - 1) === 33)) end--;
  if (tokens[count - 1]!.end !== end) return;
  for (let size = 1; size <= 2; size++) {
    const first = count - size;
    // Something must come before the signature (`rahmat\n-- nozanin`).
    if (first === 0) return;
    if (!afterDash(text, tokens[first]!.start, lowerCaseWriting) || (size === 2 && text.charCodeAt(tokens[first]!.end) !== 32)) continue;
    for (let k = first; k < count; k++) if (!weakOrNone(scores[k]!) || tokens[k]!.hasDigit || !nameWord(tokens[k]!, folded[k]!, words[k]!, resources, turkic)) return;
    const last = spans[spans.length - 1];
    // `жду ответа\n— Стефания`: a capitalised word the run scored below the threshold; the signature vouches for it.
    if (last !== undefined && last.start === tokens[first]!.start && last.end === tokens[count - 1]!.end) {
      if (last.score < nameWeights.lowerVocative) last.score = nameWeights.lowerVocative;
      return;
    }
    if (last !== undefined && last.end > tokens[first]!.start) return;
    let normalized = folded[first]!;
    for (let k = first + 1; k < count; k++) normalized += ` ${folded[k]!}`;
    spans.push({ start: tokens[first]!.start, end: tokens[count - 1]!.end, type: 'NAME', score: nameWeights.lowerVocative, source: 'name:cue', normalized });
    return;
  }
}

/**
 * A dash, then one space at most, before `start`; before the dash a line break, or a space in lower-case chat (in
 * prose a dash before the last words is a copula: `мамандығы — қаржыгер`, `Соның бірі — мектеп туризмі`).
 */
function afterDash(text: string, start: number, lowerCaseWriting: boolean): boolean {
  let at = start - 1;
  if (at >= 0 && text.charCodeAt(at) === 32) at--;
  const dash = text.charCodeAt(at);
  if (at < 1 || (dash !== 45 && dash !== 0x2013 && dash !== 0x2014)) return false;
  // `-- nozanin`: e-mail's signature dashes.
  if (dash === 45 && text.charCodeAt(at - 1) === 45) at--;
  const before = text.charCodeAt(at - 1);
  return before === 10 || (before === 32 && lowerCaseWriting);
}

// No name word, or one scored below the emit threshold (a capitalised word on no list).
function weakOrNone(score: WordScore): boolean {
  return score.kind === WordKind.None || (score.kind === WordKind.Name && score.score < 0.5);
}

function nameWord(token: Token, word: string, info: WordInfo, resources: NameResources, turkic: boolean): boolean {
  if (word.length < 3) return false;
  const evidence = info.evidence(token.cyrillic, resources, turkic);
  if (evidence.stopFlags !== 0 || resources.cueWords.has(word)) return false;
  if (evidence.nameFlags & WordFlag.First && (evidence.nameFlags & WordFlag.Ambiguous) === 0) return true;
  if (evidence.nameFlags !== 0) return false;
  if (!token.cyrillic) return unlistedEnglishName(word, evidence, resources) && (!turkic || bareTurkicName(word, evidence, resources));
  if (turkic) return bareTurkicName(word, evidence, resources);
  return !resources.commonWords.has(word) && !typoOfCommonWord(word, resources.commonWords);
}

/** A dash among the last 40 characters: the cheap gate before findSignature(). */
export function dashNearEnd(text: string): boolean {
  for (let i = text.length - 1, stop = Math.max(0, text.length - 40); i >= stop; i--) {
    const code = text.charCodeAt(i);
    if (code === 45 || code === 0x2013 || code === 0x2014) return true;
  }
  return false;
}
