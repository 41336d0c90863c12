// A speaker's line in a dialogue: the word right after `Менеджер: ` or `Адис Айбек: ` opens the line as a sentence does.

import type { Token } from '../../text/tokenize.js';

// A label is one to three words (`Кардар`, `Сатып алуучу`, `Адис Айбек`), no more: a colon later in a sentence
// (`Мен айттым: ...`) does not open a line.
const longestLabel = 3;

/**
 * Token `k` stands right after `label: ` and the label opens its line (the text's start or a line break before it,
 * spaces allowed): `Менеджер: Айнамкөз, сізге ертең хабарласамыз.` Only characters around the token are read.
 */
export function opensSpeakerLine(text: string, tokens: readonly Token[], k: number): boolean {
  if (k === 0) return false;
  const start = tokens[k]!.start;
  if (text.charCodeAt(start - 1) !== 32 || text.charCodeAt(start - 2) !== 58 || tokens[k - 1]!.end !== start - 2) return false;
  for (let j = k - 1; j >= 0 && j >= k - longestLabel; j--) {
    const token = tokens[j]!;
    if (token.hasDigit) return false;
    if (j < k - 1 && text.charCodeAt(token.end) !== 32) return false;
    if (token.sentenceStart) return opensLine(text, token.start);
  }
  return false;
}

function opensLine(text: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i--;
  return i < 0 || text.charCodeAt(i) === 10 || text.charCodeAt(i) === 13;
}
