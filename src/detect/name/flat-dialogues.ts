// A dialogue flattened into one line (`Оператор: Чем помочь? Клиент: Зорбек, заказ не пришёл`): a widget or an export
// joined its lines with spaces. The speaker passes read labels and names at line starts, so the line breaks are put
// back: the space before each turn label becomes a line feed (same length, so spans map onto the text as typed).

import type { Token } from '../../text/tokenize.js';
import type { NameResources } from './resources.js';

/** Turn labels a line must hold before it reads as a flattened dialogue (one label is a heading: `Тел: …`). */
const minLabels = 2;

/**
 * The text with line feeds before its turn labels, or undefined when it is no flattened dialogue. A turn label is a
 * role or speaker-label word (`Оператор`, `Mijoz`, the two words `сатып алушы`) before a colon; with two of them in
 * a text without line breaks, a capitalised word before a colon right after a sentence end (`…помочь? Зорбек: …`)
 * opens a turn too, a speaker named by the customer's own name.
 */
export function relineFlatDialogue(text: string, tokens: readonly Token[], folded: readonly string[], resources: NameResources): string | undefined {
  const { speakerLabels } = resources;
  const breaks: number[] = [];
  let labels = 0;
  for (let k = 0; k < tokens.length; k++) {
    if (!colonTurn(text, tokens[k]!.end)) continue;
    const first = k > 0 && onlyOneSpace(text, tokens[k - 1]!.end, tokens[k]!.start) && speakerLabels.has(`${folded[k - 1]} ${folded[k]}`) ? k - 1 : k;
    const label = first < k || speakerLabels.has(folded[k]!);
    if (label) labels++;
    else if (!(capitalised(text, tokens[k]!, folded[k]!) && first > 0 && sentenceEndBefore(text, tokens[first - 1]!.end, tokens[first]!.start))) continue;
    if (first === 0) continue;
    const space = text.lastIndexOf(' ', tokens[first]!.start - 1);
    if (space >= tokens[first - 1]!.end) breaks.push(space);
  }
  if (labels < minLabels || breaks.length === 0) return undefined;
  let relined = '';
  let from = 0;
  for (const at of breaks) {
    relined += `${text.slice(from, at)}\n`;
    from = at + 1;
  }
  return relined + text.slice(from);
}

/** A colon right after `end` (one space allowed) with a space or the text end after it: not `12:30`, not `https://`. */
function colonTurn(text: string, end: number): boolean {
  let at = end;
  if (text.charCodeAt(at) === 32) at++;
  if (text.charCodeAt(at) !== 58) return false;
  return at + 1 === text.length || text.charCodeAt(at + 1) === 32;
}

function onlyOneSpace(text: string, from: number, to: number): boolean {
  return to === from + 1 && text.charCodeAt(from) === 32;
}

/** `Зорбек`: an upper-case first letter and a lower-case second one (not an acronym, not a lower-case word). */
function capitalised(text: string, token: Token, word: string): boolean {
  return token.end - token.start > 1 && text.charCodeAt(token.start) !== word.charCodeAt(0) && text.charCodeAt(token.start + 1) === word.charCodeAt(1);
}

/** Only `.`, `?`, `!`, `…`, a closing bracket or quote and spaces between, with a sentence end among them. */
function sentenceEndBefore(text: string, from: number, to: number): boolean {
  let end = false;
  for (let at = from; at < to; at++) {
    const code = text.charCodeAt(at);
    if (code === 46 || code === 63 || code === 33 || code === 0x2026) end = true;
    else if (code !== 32 && code !== 41 && code !== 0xbb && code !== 34) return false;
  }
  return end;
}
