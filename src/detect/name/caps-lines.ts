// ALL CAPS writing (`СПАСИБО АЛИШЕРУ ЗА ПОМОЩЬ`, `KURYER JUDA TEZ KELDI`): every letter a capital, so a capital is
// no evidence of a name there, and the lower-case rules (cues, frames, greetings) never see lower-case words. Such
// lines are read lowered.

import type { Token } from '../../text/tokenize.js';
import { lineBreakBetween } from './gaps.js';
import type { NameResources } from './resources.js';
import { everydayWord, lowerSameLength } from './title-case.js';
import type { WordInfo } from './vocabulary.js';
import { WordFlag } from './lexicon.js';

/**
 * The text with its ALL CAPS lines lowered (same length, so spans found in it map onto the text), or undefined when
 * it has none. A line is ALL CAPS when it has two words of two letters or more and none with a lower-case letter.
 * Inside ordinary writing capitals mark acronyms, brands and the Russian formal surname (`ООО UZUM`, `ИВАНОВ Иван`):
 * such a line keeps its reading unless it has an everyday word (title-case.ts everydayWord), and its listed names
 * keep a capital (`СПАСИБО АЛИШЕРУ` → `спасибо Алишеру`). A text written wholly in capitals is lowered wholly and
 * read as lower-case writing: measured on the dev corpus in capitals, keeping listed names capitalised there found
 * fewer names (recall 0.913 against 0.935), as the lower-case passes then do not run.
 */
export function lowerCapsLines(text: string, tokens: readonly Token[], folded: readonly string[], words: readonly WordInfo[], resources: NameResources, turkic: boolean): string | undefined {
  // Per line: its first token, its end, its word count in capitals; -1 for a line with a lower-case word.
  const lines: number[] = [];
  let capsLines = 0;
  let otherLines = 0;
  let lineFirst = 0;
  let caps = 0;
  let lower = false;
  for (let i = 0; i <= tokens.length; i++) {
    const token = tokens[i];
    if (token === undefined || (i > 0 && lineBreakBetween(text, tokens[i - 1]!.end, token.start))) {
      const capsLine = !lower && caps >= minLineWords;
      lines.push(lineFirst, i, capsLine ? caps : lower ? -1 : 0);
      if (capsLine) capsLines++;
      else if (lower) otherLines++;
      if (token === undefined) break;
      lineFirst = i;
      caps = 0;
      lower = false;
    }
    if (lower) continue;
    const shape = letterCase(text, token);
    if (shape === Shape.Caps) caps++;
    else if (shape === Shape.Lower) lower = true;
  }
  if (capsLines === 0) return undefined;
  // Wholly in capitals: its one-word lines too (`АЛИШЕР⏎СПАСИБО ЗА ПОМОЩЬ`).
  if (otherLines === 0) return lowerSameLength(text);
  let out = '';
  let copied = 0;
  for (let l = 0; l < lines.length; l += 3) {
    if (lines[l + 2]! < minLineWords) continue;
    const first = lines[l]!;
    const end = lines[l + 1]!;
    if (!hasEverydayWord(tokens, folded, words, resources, turkic, first, end)) continue;
    for (let i = first; i < end; i++) {
      const token = tokens[i]!;
      const word = text.slice(token.start, token.end);
      const keep = keepsCapital(token, folded[i]!, words[i]!, resources, turkic);
      out += text.slice(copied, token.start) + (keep ? word.charAt(0) + lowerSameLength(word.slice(1)) : lowerSameLength(word));
      copied = token.end;
    }
  }
  return copied === 0 ? undefined : out + text.slice(copied);
}

const minLineWords = 2;

const enum Shape {
  /** Under two letters, or a digit inside: says nothing of the writing. */
  None,
  Caps,
  Lower,
}

/** Whether a word of two letters or more is all capitals (`СПАСИБО`, `O‘ZBEK`) or has a lower-case letter. */
function letterCase(text: string, token: Token): Shape {
  if (token.hasDigit || token.end - token.start < 2) return Shape.None;
  let letters = 0;
  for (let at = token.start; at < token.end; at++) {
    const code = text.charCodeAt(at);
    if (code < 0x80) {
      if (code >= 97 && code <= 122) return Shape.Lower;
      if (code >= 65 && code <= 90) letters++;
      continue;
    }
    const letter = text[at]!;
    const upper = letter.toUpperCase();
    if (upper !== letter) return Shape.Lower;
    if (letter.toLowerCase() !== letter) letters++;
  }
  return letters >= 2 ? Shape.Caps : Shape.None;
}

function hasEverydayWord(tokens: readonly Token[], folded: readonly string[], words: readonly WordInfo[], resources: NameResources, turkic: boolean, first: number, end: number): boolean {
  for (let i = first; i < end; i++) {
    const token = tokens[i]!;
    if (!token.hasDigit && token.end - token.start >= 2 && everydayWord(token, folded[i]!, words[i]!, resources, turkic)) return true;
  }
  return false;
}

/** A listed name, not also an everyday word (the world surname `Буду` is a Russian verb): as title-case.ts readWord. */
function keepsCapital(token: Token, folded: string, info: WordInfo, resources: NameResources, turkic: boolean): boolean {
  if (token.hasDigit || resources.everydayWords.has(folded)) return false;
  const flags = info.evidence(token.cyrillic, resources, turkic).nameFlags;
  if ((flags & (WordFlag.First | WordFlag.Surname | WordFlag.Patronymic)) === 0 || (flags & WordFlag.Ambiguous) !== 0) return false;
  return !(token.cyrillic && !turkic && resources.commonWords.has(folded));
}
