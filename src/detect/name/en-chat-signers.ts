// English chat and forms, the signer after `approved by` / `signed by`: a surname with one initial, before it or after
// it (`approved by t. quenby on 3 july`, `signed by holloway t., chief accountant`), in lower case too, where the scan
// keeps only the surname or, for a surname that is also a word (`green`), nothing.

import type { Token } from '../../text/tokenize.js';
import type { Span } from '../../types.js';
import { mergeReplacing } from './ru-spans.js';
import { nameWeights } from './weights.js';
import { foldedWordSet } from './folded-words.js';

// Verbs of signing off a document (patterns/cues/name-english-sign-verbs.txt), loaded on first use.
let signVerbWords: ReadonlySet<string> | undefined;
function signVerbs(): ReadonlySet<string> {
  signVerbWords ??= foldedWordSet('cues/name-english-sign-verbs.txt');
  return signVerbWords;
}
// Words after `by` that are no surname: pronouns, determiners, quantifiers, the ways a paper is signed.
const notSurnames = new Set(['the', 'a', 'an', 'my', 'our', 'your', 'his', 'her', 'their', 'its', 'this', 'that', 'me', 'him', 'us', 'them', 'you', 'all', 'both', 'each', 'every', 'any', 'some', 'no', 'hand', 'email', 'mail', 'post', 'fax', 'phone', 'post', 'courier', 'proxy', 'manager', 'director', 'head', 'chief', 'staff', 'mistake', 'accident', 'default', 'law', 'order']);

/** Whether the text may hold the frame (one substring search, so most texts skip the pass). */
export function maySign(text: string): boolean {
  return text.indexOf('by ') !== -1;
}

/**
 * After a signing verb and `by`: an initial (one Latin letter and a dot) then a word of three letters or more, or
 * such a word then an initial whose dot ends the clause (a comma, a full stop, the line's end). The pair is a person
 * whatever the case; it replaces the scan's overlapping spans. Latin-script text only (the caller checked).
 */
export function findSigners(text: string, tokens: readonly Token[], folded: readonly string[], spans: Span[]): void {
  let found: Span[] | undefined;
  const count = tokens.length;
  for (let k = 2; k + 1 < count; k++) {
    if (folded[k - 1] !== 'by' || !signVerbs().has(folded[k - 2]!)) continue;
    const first = tokens[k]!;
    const second = tokens[k + 1]!;
    if (first.cyrillic || second.cyrillic || first.hasDigit || second.hasDigit) continue;
    let span: Span | undefined;
    if (initialAt(text, first, second.start) && surnameWord(folded[k + 1]!)) {
      span = { start: first.start, end: second.end, type: 'NAME', score: nameWeights.lowerVocative, source: 'name:cue', normalized: `${folded[k]!}. ${folded[k + 1]!}` };
    } else if (surnameWord(folded[k]!) && onlySpace(text, first.end, second.start) && initialAt(text, second, -1) && clauseEndsAt(text, second.end + 1)) {
      span = { start: first.start, end: second.end + 1, type: 'NAME', score: nameWeights.lowerVocative, source: 'name:cue', normalized: `${folded[k]!} ${folded[k + 1]!}.` };
    }
    if (span !== undefined) (found ??= []).push(span);
  }
  if (found !== undefined) mergeReplacing(spans, found);
}

// One Latin letter and a dot right after it; before `next` (the next token's start), only spaces after the dot.
function initialAt(text: string, token: Token, next: number): boolean {
  if (token.end - token.start !== 1 || text.charCodeAt(token.end) !== 46) return false;
  const code = text.charCodeAt(token.start) | 0x20;
  if (code < 97 || code > 122) return false;
  return next === -1 || (next > token.end + 1 && onlySpace(text, token.end + 1, next));
}

function surnameWord(word: string): boolean {
  if (word.length < 3 || notSurnames.has(word)) return false;
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    if (!((code >= 97 && code <= 122) || code === 39 || code === 45)) return false;
  }
  return true;
}

function onlySpace(text: string, from: number, to: number): boolean {
  if (to <= from) return false;
  for (let i = from; i < to; i++) if (text.charCodeAt(i) !== 32) return false;
  return true;
}

// After the initial's dot: a comma, a semicolon, a space, a line break or the text's end.
function clauseEndsAt(text: string, at: number): boolean {
  if (at >= text.length) return true;
  const code = text.charCodeAt(at);
  return code === 44 || code === 59 || code === 32 || code === 10 || code === 13;
}
