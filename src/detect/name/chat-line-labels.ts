// Chat and dialogue lines open with a label and a colon (`клиент: …`, `сатып алушы: …`, `отзыв: …`): what follows
// opens a sentence as a line start does, so the frames that read a name opening a message read it there too.

import type { Token } from '../../text/tokenize.js';
import { onlySpaces } from './gaps.js';

/**
 * Token `i` follows a label of one or two words that opens its line (or the text), a colon and at most two spaces:
 * `клиент: ақбөпе тапсырысты әкелді`. No digit in the label (`12:30`).
 */
export function afterLineLabel(text: string, tokens: readonly Token[], i: number): boolean {
  if (i === 0) return false;
  const label = tokens[i - 1]!;
  if (text.charCodeAt(label.end) !== 58 || label.hasDigit || !onlySpaces(text, label.end + 1, tokens[i]!.start, 2)) return false;
  return label.sentenceStart || (i > 1 && tokens[i - 2]!.sentenceStart && !tokens[i - 2]!.hasDigit && onlySpaces(text, tokens[i - 2]!.end, label.start, 1));
}
