// A switch of script right after the person thanked: `rahmat zorvena очень помогли`, `рахмат сабыркан good job`.

import type { Token } from '../../text/tokenize.js';
import { onlySpaces } from './gaps.js';

/**
 * The thanks at `thanks` and the word at `i` after them are in one script and the next word, on the same line with
 * only spaces between, is in the other: mixed chat writes the Uzbek or Kyrgyz thanks and the person's name in one
 * script and goes on in Russian (or the other way round), so the switch closes the name as a comma would. The word
 * itself must still be a bare word on no list (turkic-bare-word.ts), which keeps out Russian typed in Latin letters
 * (`rahmat bolshoe за всё`).
 */
export function scriptSwitchAfter(text: string, tokens: readonly Token[], thanks: number, i: number): boolean {
  const next = tokens[i + 1];
  if (next === undefined || next.hasDigit || tokens[thanks]!.cyrillic !== tokens[i]!.cyrillic || next.cyrillic === tokens[i]!.cyrillic) return false;
  return onlySpaces(text, tokens[i]!.end, next.start, 2);
}
