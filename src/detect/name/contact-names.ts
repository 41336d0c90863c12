// The contact written beside a phone number: `+998 90 123 45 67 (жасур)`, `90-123-45-67 (нигора, звоните после 18)`,
// `тел 8 701 234 5678 айгерим`, `номер 0555 12 34 56 — бакыт`.

import { readPatternWords } from '../../patterns.js';
import { foldWord } from '../../text/normalize.js';
import type { Token } from '../../text/tokenize.js';
import type { Span } from '../../types.js';
import { turkicNonNameForm } from './chat-addressed.js';
import { bareTurkicName } from './chat.js';
import { unlistedEnglishName } from './english.js';
import { WordFlag } from './lexicon.js';
import { russianTypedInLatin } from './mixed-scripts.js';
import type { NameResources } from './resources.js';
import { spanCovering } from './real-tokens.js';
import { mergeReplacing } from './ru-spans.js';
import { unknownToRussian } from './ru-unlisted.js';
import { nounDerived } from './turkic-unlisted.js';
import { WordBit, type WordInfo } from './vocabulary.js';
import { nameWeights } from './weights.js';
import { foldedWordSet } from './folded-words.js';
import { lineBreakBetween } from './gaps.js';
import { callRequestAfter, requestedPerson } from './contact-call-requests.js';

// A phone number written in groups: 7 to 15 digits (national numbers without the trunk prefix have 7 to 10; E.164
// allows 15). Fewer are amounts, order numbers or times; more are ids.
const fewestDigits = 7;
const mostDigits = 15;

// The words before an order, tracking, card or account number (the phone detector's cues/phone-not-context.txt:
// `заказ`, `buyurtma`, `order`, `трек*`): such a number is no phone, and the word after it no contact.
interface CueWords {
  readonly exact: ReadonlySet<string>;
  // The stems (entries ending in `*`) by their first code: a word is tried against the few that share its first
  // letter, not all forty-odd (a stem of no letters would match every word, and the files hold none).
  readonly stems: ReadonlyMap<number, readonly string[]>;
}
function cueWords(files: readonly string[]): CueWords {
  const entries = files.flatMap((file) => readPatternWords(file)).map(foldWord);
  const stems = new Map<number, string[]>();
  for (const entry of entries) {
    if (!entry.endsWith('*') || entry.length < 2) continue;
    const stem = entry.slice(0, -1);
    const bucket = stems.get(stem.charCodeAt(0));
    if (bucket === undefined) stems.set(stem.charCodeAt(0), [stem]);
    else bucket.push(stem);
  }
  return { exact: new Set(entries.filter((entry) => !entry.endsWith('*'))), stems };
}
function matches(words: CueWords, word: string): boolean {
  if (words.exact.has(word)) return true;
  const stems = words.stems.get(word.charCodeAt(0));
  if (stems === undefined) return false;
  for (const stem of stems) if (word.startsWith(stem)) return true;
  return false;
}
let idWords: CueWords | undefined;
function idWord(word: string): boolean {
  idWords ??= cueWords(['cues/phone-not-context.txt']);
  return matches(idWords, word);
}
// The phone detector's words for a phone and its number (`тел`, `номер`, `raqamim`, `нөмірім`): before the number,
// they say it is one and that what follows it on the line belongs to it.
let phoneWords: CueWords | undefined;
function phoneWord(word: string): boolean {
  phoneWords ??= cueWords(['cues/phone-context.txt', 'cues/phone-number-words.txt']);
  return matches(phoneWords, word);
}

let contactWords: ReadonlySet<string> | undefined;
/** Words written after a phone number that name no person: channels, times, whose line (stoplists/common-chat-contact.txt). */
function contactWord(word: string): boolean {
  contactWords ??= foldedWordSet('stoplists/common-chat-contact.txt');
  return contactWords.has(word);
}

/**
 * Entry condition: some token opens with a digit (the caller knows) and another of the next few does too, so the
 * text may hold a number written in groups; or one token holds seven digits or more.
 */
export function mayHaveContact(text: string, tokens: readonly Token[]): boolean {
  for (let k = 0; k < tokens.length; k++) {
    const token = tokens[k]!;
    if (!token.hasDigit || !digitAt(text, token.start)) continue;
    if (token.end - token.start >= fewestDigits || (k + 1 < tokens.length && tokens[k + 1]!.hasDigit)) return true;
  }
  return false;
}

/**
 * Right after a phone number (tokens of digits only, 7 to 15 digits, joined by spaces, `-`, `.`, `(`, `)` or `+`),
 * the word in parentheses (`(жасур)`, `(нигора, звоните …)`), after a dash (`— бакыт`), or alone after a space before
 * the end of the line, a comma or another number (`… 5678 айгерим`) is the contact's name, when its language does not
 * know it (the Russian lexicon in every chat spelling; no English word, no Russian typed in Latin, no Turkic case or
 * verb ending) and it names no channel, time or household line (`whatsapp`, `после`, `kechqurun`, `мама`); a listed
 * given name as it stands counts too. Adds to the scan's spans (sorted, disjoint).
 */
export function findContactNames(text: string, tokens: readonly Token[], folded: readonly string[], words: readonly WordInfo[], spans: Span[], resources: NameResources, turkic: boolean): void {
  let found: Span[] | undefined;
  const count = tokens.length;
  // Whether some token is Cyrillic, asked only for a Latin word after a number (a loop over every token).
  let cyrillicText: boolean | undefined;
  let k = 0;
  while (k < count) {
    const token = tokens[k]!;
    // groupDigits(): -1 unless the token is digits and hyphens only.
    let digits = token.hasDigit && digitAt(text, token.start) ? groupDigits(text, token) : -1;
    if (digits === -1) {
      k++;
      continue;
    }
    // The number: digit-only tokens joined by phone punctuation.
    let last = k;
    let more: number;
    while (last + 1 < count && tokens[last + 1]!.hasDigit && (more = groupDigits(text, tokens[last + 1]!)) !== -1 && phoneJoin(text, tokens[last]!.end, tokens[last + 1]!.start)) {
      last++;
      digits += more;
    }
    const first = k;
    k = last + 1;
    if (digits < fewestDigits || digits > mostDigits || k >= count) continue;
    const name = tokens[k]!;
    let place = name.hasDigit ? Gap.None : contactPlace(text, tokens, last, k);
    // A request to call a word or two on (contact-call-requests.ts) stands for the phone word before a capitalised
    // word, also where the word runs on into the request without a comma (`… 67 Bekzod menga qo'ng'iroq qiling`); in
    // lower case Turkic verbs would pass (`… 67 ishdaman, qo'ng'iroq qiling`).
    const capitalised = !name.hasDigit && text.charCodeAt(name.start) !== folded[k]!.charCodeAt(0) && requestedPerson(folded[k]!);
    let asked: boolean | undefined;
    if (place === Gap.None && capitalised && gapKind(text, tokens[last]!.end, name.start) === Gap.Space && (asked = callRequestAfter(text, tokens, folded, k, resources))) place = Gap.Space;
    // After a bare space, a phone word before the number too (`тел 8 701 234 5678 айгерим`): English leaves too many
    // everyday words off its list (`416 60 039 office`), and Turkic words are on none (`… 5678 келді`).
    if (place === Gap.None) continue;
    // In Latin-script text a Latin word needs the phone word too, in parentheses or after a dash as well: `+1 415 555
    // 0134 (office)` (English), `90 123 45 67 - ishxona` (Uzbek) are lines, not people.
    if ((place === Gap.Space || (!name.cyrillic && !(cyrillicText ??= tokens.some((token) => token.cyrillic)))) && !phoneWordBefore(text, tokens, folded, first) && !(capitalised && (asked ?? callRequestAfter(text, tokens, folded, k, resources)))) continue;
    // An order, tracking or card number (the word before it), after the cheaper tests above: a list of stems.
    if (first > 0 && !tokens[first - 1]!.hasDigit && idWord(folded[first - 1]!)) continue;
    const base = contactPerson(name, folded[k]!, words[k]!, resources, turkic);
    if (base === undefined) continue;
    const covering = spanCovering(spans, spans.length, name.start, name.end);
    if (covering !== undefined && covering.score >= 0.5) continue;
    (found ??= []).push({ start: name.start, end: name.end, type: 'NAME', score: nameWeights.lowerVocative, source: 'name:cue', normalized: base });
  }
  if (found !== undefined) mergeReplacing(spans, found);
}

/**
 * How token `k` follows the number's last token as a contact's name does (Gap; None: it does not): `(` before it
 * and `)` or `,` after; a dash before it; or a space before it and, after it, the end of the line, a comma, `)` or a
 * number.
 */
function contactPlace(text: string, tokens: readonly Token[], last: number, k: number): number {
  const before = gapKind(text, tokens[last]!.end, tokens[k]!.start);
  if (before === Gap.None) return Gap.None;
  const token = tokens[k]!;
  let at = token.end;
  while (at < text.length && text.charCodeAt(at) === 32) at++;
  const after = at < text.length ? text.charCodeAt(at) : 10;
  if (before === Gap.Parenthesis) return after === 41 || after === 44 ? before : Gap.None;
  if (before === Gap.Dash) return before;
  const next = tokens[k + 1];
  return after === 10 || after === 13 || after === 44 || after === 41 || after === 46 || (next !== undefined && next.start === at && next.hasDigit) ? before : Gap.None;
}

const Gap = { None: 0, Space: 1, Parenthesis: 2, Dash: 3 } as const;

/** What stands between the number and the word: spaces with one `(`, one dash (`-`, `–`, `—`), or spaces only. */
function gapKind(text: string, from: number, to: number): number {
  if (to - from > 4) return Gap.None;
  let kind: number = Gap.Space;
  for (let at = from; at < to; at++) {
    const code = text.charCodeAt(at);
    if (code === 32 || code === 0xa0) continue;
    if (kind !== Gap.Space) return Gap.None;
    if (code === 40) kind = Gap.Parenthesis;
    else if (code === 45 || code === 0x2013 || code === 0x2014) kind = Gap.Dash;
    else return Gap.None;
  }
  return to > from ? kind : Gap.None;
}

/** The base form of the contact's name, or undefined (see findContactNames). */
function contactPerson(token: Token, word: string, info: WordInfo, resources: NameResources, turkic: boolean): string | undefined {
  if (word.length < 3 || word.includes('-') || contactWord(word) || resources.cueWords.has(word) || resources.roles.has(word) || info.bits & WordBit.MisspeltCue) return undefined;
  const evidence = info.evidence(token.cyrillic, resources, turkic);
  if (evidence.stopFlags !== 0) return undefined;
  if (evidence.nameFlags !== 0) {
    const plainFirst = (evidence.nameFlags & (WordFlag.First | WordFlag.Ambiguous)) === WordFlag.First && evidence.endingLength === 0;
    return plainFirst ? evidence.base : undefined;
  }
  if (word.length < 4) return undefined;
  if (turkicNonNameForm(word) || nounDerived(word)) return undefined;
  if (token.cyrillic) return unknownToRussian(word, resources) && (!turkic || bareTurkicName(word, evidence, resources)) ? word : undefined;
  return bareTurkicName(word, evidence, resources) && unlistedEnglishName(word, evidence, resources) && !russianTypedInLatin(word, evidence, resources) ? word : undefined;
}

/** One of the two words before the number's first token, on its line, is a phone word. */
function phoneWordBefore(text: string, tokens: readonly Token[], folded: readonly string[], first: number): boolean {
  for (let j = first - 1; j >= 0 && j >= first - 2; j--) {
    if (tokens[j]!.hasDigit || lineBreakBetween(text, tokens[j]!.end, tokens[j + 1]!.start)) return false;
    if (phoneWord(folded[j]!)) return true;
  }
  return false;
}

/** Spaces and at most two of `-`, `.`, `(`, `)`, `+` between two groups of a number. */
function phoneJoin(text: string, from: number, to: number): boolean {
  if (to - from > 3) return false;
  for (let at = from; at < to; at++) {
    const code = text.charCodeAt(at);
    if (code !== 32 && code !== 45 && code !== 46 && code !== 40 && code !== 41 && code !== 43 && code !== 0xa0) return false;
  }
  return true;
}

/** The token's count of digits when it holds digits and hyphens only, else -1 (one walk over its codes). */
function groupDigits(text: string, token: Token): number {
  let digits = 0;
  for (let at = token.start; at < token.end; at++) {
    const code = text.charCodeAt(at);
    if (code >= 48 && code <= 57) digits++;
    else if (code !== 45) return -1;
  }
  return digits;
}

function digitAt(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  return code >= 48 && code <= 57;
}
