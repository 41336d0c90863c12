// The words around a phone candidate: cue words that lift it, id words and amounts that rule it out.

import { clauseWindowEnd, clauseWindowStart } from './phone-clause.js';
import { cueWindow, foldCue, isWordCode, maxWordWiden, type CueMatcher, type CueWindow } from './phone-cues.js';
import { standsAloneOnLine } from './phone-line.js';

export interface PhoneCues {
  /** Phone words and the plain words for "number": either lifts a borderline number. */
  phone: CueMatcher;
  /** Phone words only: these, not "number", can outweigh an id word. */
  strongPhone: CueMatcher;
  /** The plain words for "number" (номер, raqami, number) and their abbreviations (no., nr.). */
  idLink: CueMatcher;
  notPhone: CueMatcher;
  currency: CueMatcher;
}

const limits = {
  cueBefore: 40,
  cueAfter: 20,
  negativeBefore: 20,
  currencyAfter: 12,
  /** Characters between an id word and its number (`заказ № `, `raqami: `). */
  idGap: 4,
  /** Words between an id word and its number: `Buyurtma raqami 41…`, `order no. 41…`. */
  idLinks: 2,
} as const;

/** The clause-bounded words before and after one candidate, read on first use and then kept. */
export class CandidateContext {
  readonly #text: string;
  readonly #start: number;
  readonly #end: number;
  #before: CueWindow | undefined;
  #after: CueWindow | undefined;
  #cue: boolean | undefined;
  #alone: boolean | undefined;

  constructor(text: string, start: number, end: number) {
    this.#text = text;
    this.#start = start;
    this.#end = end;
  }

  before(): CueWindow {
    this.#before ??= cueWindow(this.#text, clauseWindowStart(this.#text, this.#start, limits.cueBefore), this.#start, 'before');
    return this.#before;
  }

  after(): CueWindow {
    this.#after ??= cueWindow(this.#text, this.#end, clauseWindowEnd(this.#text, this.#end, limits.cueAfter), 'after');
    return this.#after;
  }

  /** A phone or number word in the clause around the candidate. */
  hasCue(cues: PhoneCues): boolean {
    this.#cue ??= cues.phone.inWindow(this.before()) || cues.phone.inWindow(this.after());
    return this.#cue;
  }

  /**
   * The candidate is all its line holds (`Клиент: 91.000.19.78`), and no id word labels it (`ID: 100234567`):
   * a dialogue turn answering with a number. Evidence for phone-like digits only (see phone-line.ts).
   */
  standsAlone(cues: PhoneCues): boolean {
    this.#alone ??= standsAloneOnLine(this.#text, this.#start, this.#end) && !cues.notPhone.inWindow(this.before());
    return this.#alone;
  }
}

/**
 * `заказ №901234567`, `buyurtma …`, `150 000 сум`, `$ 1 299 000`: ids and amounts, never phones. Windows stop at
 * the clause edge, so "заказ перепутал. Raqamim 87071661883" keeps its number.
 *
 * `phoneLike`: a valid mobile number of a tenant region, a number with a tenant region's calling code, or a valid
 * one grouped like a phone (`99 421 14 70`). Such a number gives way to an id word only on direct evidence: the
 * id word names it (`заказ 901234567`, `Buyurtma raqami 901234567`, `901234567 тапсырыс`). An id word elsewhere in
 * the clause (`заказ пришёл, номер 99 421 14 70`) does not make it an id: for a privacy gate, masking an order
 * number by mistake costs little, passing a phone number raw does not.
 */
export function isExcludedByContext(
  text: string,
  start: number,
  end: number,
  phoneLike: boolean,
  cues: PhoneCues,
  context: CandidateContext,
): boolean {
  const marker = previousNonSpace(text, start);
  if (marker === 0x2116 || marker === 0x23 || isCurrencySymbol(marker)) return true;
  if (isCurrencySymbol(nextNonSpace(text, end))) return true;
  if (hasCueWordAfter(text, end, cues.currency, context)) return true;
  if (phoneLike) {
    if (!isNamedIdBefore(text, start, cues) && !isNamedIdAfter(text, end, cues)) return false;
    // A phone word before the id word still wins: "Телефон по заказу: 901234567" (fail closed). Not one that
    // another number already answered: in "Tel: +998 90 001 23 45, ID 100234567" the phone word is the first one's.
    return !cues.strongPhone.inWindow(windowSinceLastDigit(text, start, context));
  }

  // The nearer word decides: "заказ 712345678" is an order, "По заказу звоните 71 234 56 78" a phone. Only phone
  // words compete: "номер"/"raqami" belong to the id word before them ("Buyurtma raqami 419997190").
  const idWord = cues.notPhone.nearest(context.before());
  if (idWord <= limits.negativeBefore && idWord < cues.strongPhone.nearest(context.before())) return true;
  // Kazakh and Uzbek put the noun after the number (`6142147612 тапсырыс`); a phone word still outweighs it.
  if (!hasCueWordAfter(text, end, cues.notPhone, context)) return false;
  return !cues.strongPhone.inWindow(context.before()) && !cues.strongPhone.inWindow(context.after());
}

/**
 * The words before the candidate back to the nearest digit in its clause that is not of its own run (all of them
 * when there is none).
 */
function windowSinceLastDigit(text: string, start: number, context: CandidateContext): CueWindow {
  const clauseStart = clauseWindowStart(text, start, limits.cueBefore);
  for (let i = startOfRun(text, start, clauseStart) - 1; i >= clauseStart; i--) {
    if (isDigitCode(text.charCodeAt(i))) return cueWindow(text, i + 1, start, 'before');
  }
  return context.before();
}

/**
 * A cue word starting at most `currencyAfter` characters after the number, inside its clause: what
 * `inWindow(context.after(), currencyAfter)` answers for single-word cues, without building the window (most
 * numbers need no other word after them). Lists with phrases are read through the window.
 */
function hasCueWordAfter(text: string, end: number, matcher: CueMatcher, context: CandidateContext): boolean {
  // Words after another number belong to it: `nomer 992900012345, 50 000 so'm` is a phone and a price. Checked
  // only once a cue word is found, so the common case (no such word) reads nothing more than before.
  if (matcher.hasPhrases) {
    if (!matcher.inWindow(context.after(), limits.currencyAfter)) return false;
    const scanEnd = Math.min(clauseWindowEnd(text, end, limits.cueAfter), end + limits.currencyAfter + 1);
    const digit = otherNumberAt(text, end, scanEnd);
    return digit === -1 || matcher.inWindow(cueWindow(text, end, digit, 'after'), limits.currencyAfter);
  }
  const clauseEnd = clauseWindowEnd(text, end, limits.cueAfter);
  const last = Math.min(clauseEnd - 1, end + limits.currencyAfter);
  let i = end;
  while (i <= last) {
    if (!isWordCode(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const wordStart = i;
    const wordLimit = Math.min(text.length, clauseEnd + maxWordWiden);
    while (i < wordLimit && isWordCode(text.charCodeAt(i))) i++;
    if (matcher.hasWord(foldCue(text.slice(wordStart, i)))) return otherNumberAt(text, end, wordStart) === -1;
  }
  return false;
}

/**
 * Where a number other than the candidate's starts in `text[end, to)`, or -1. The rest of the candidate's own run
 * is no other number (`992 900 012 | 345 dollar`, a window of a split run).
 */
function otherNumberAt(text: string, end: number, to: number): number {
  return firstDigitIndex(text, endOfRun(text, end, to), to);
}

/**
 * Before the digits that lead into the run starting at `start` (one separator between digits), but not before
 * `limit`: bounded, so the windows of a megabyte-long run stay linear.
 */
function startOfRun(text: string, start: number, limit: number): number {
  let i = start;
  while (i > limit) {
    if (isDigitCode(text.charCodeAt(i - 1))) i--;
    else if (isRunSeparator(text.charCodeAt(i - 1)) && isDigitCode(text.charCodeAt(i - 2))) i -= 2;
    else return i;
  }
  return limit;
}

/** Past the digits that continue the run ending at `end` (one separator between digits), up to `limit`. */
function endOfRun(text: string, end: number, limit: number): number {
  let i = end;
  while (i < limit) {
    if (isDigitCode(text.charCodeAt(i))) i++;
    else if (isRunSeparator(text.charCodeAt(i)) && isDigitCode(text.charCodeAt(i + 1))) i += 2;
    else return i;
  }
  return limit;
}

function isRunSeparator(code: number): boolean {
  // space, no-break space, - . ( )
  return code === 0x20 || code === 0xa0 || code === 0x2d || code === 0x2e || code === 0x28 || code === 0x29;
}

function isDigitCode(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

/** Index of the first ASCII digit in `text[from, to)`, or -1. */
function firstDigitIndex(text: string, from: number, to: number): number {
  for (let i = from; i < to; i++) {
    if (isDigitCode(text.charCodeAt(i))) return i;
  }
  return -1;
}

/** `заказ 9…`, `заказ № 9…`, `номер заказа 9…`, `Buyurtma raqami: 9…`, `order no. 9…`: an id word names the number. */
function isNamedIdBefore(text: string, start: number, cues: PhoneCues): boolean {
  let at = start;
  for (let links = 0; links <= limits.idLinks; links++) {
    const word = wordBefore(text, at);
    if (!word) return false;
    const folded = foldCue(text.slice(word.start, word.end));
    if (cues.notPhone.hasWord(folded)) return true;
    if (!cues.idLink.hasWord(folded)) return false;
    at = word.start;
  }
  return false;
}

/** `6142147612 тапсырыс`: Kazakh and Uzbek put the noun right after the number. */
function isNamedIdAfter(text: string, end: number, cues: PhoneCues): boolean {
  let i = end;
  while (i < text.length && i < end + 2 && isSpace(text.charCodeAt(i))) i++;
  if (i === end || !isWordCode(text.charCodeAt(i))) return false;
  const wordStart = i;
  while (i < text.length && i < wordStart + 32 && isWordCode(text.charCodeAt(i))) i++;
  return cues.notPhone.hasWord(foldCue(text.slice(wordStart, i)));
}

/**
 * The word ending right before `index`, across at most a few spaces and the marks that join an id word to its
 * number (`:` `№` `#` `-` `.`). Not across a comma, a digit or anything else: "Заказ, 90…" stays undecided.
 */
function wordBefore(text: string, index: number): { start: number; end: number } | undefined {
  let end = index;
  while (end > 0 && index - end < limits.idGap && isIdGapCode(text.charCodeAt(end - 1))) end--;
  let start = end;
  while (start > 0 && end - start < 32 && isWordCode(text.charCodeAt(start - 1))) start--;
  return start < end ? { start, end } : undefined;
}

function isIdGapCode(code: number): boolean {
  // space, no-break space, : # - . № – —
  return isSpace(code) || code === 0x3a || code === 0x23 || code === 0x2d || code === 0x2e || code === 0x2116 || code === 0x2013 || code === 0x2014;
}

function isSpace(code: number): boolean {
  return code === 0x20 || code === 0xa0;
}

function previousNonSpace(text: string, index: number): number {
  let i = index - 1;
  while (i >= 0 && i > index - 3 && isSpace(text.charCodeAt(i))) i--;
  return text.charCodeAt(i);
}

function nextNonSpace(text: string, index: number): number {
  let i = index;
  while (i < text.length && i < index + 2 && isSpace(text.charCodeAt(i))) i++;
  return text.charCodeAt(i);
}

function isCurrencySymbol(code: number): boolean {
  // $ € £ ₽ ₸ ₴ ¥
  return code === 0x24 || code === 0x20ac || code === 0xa3 || code === 0x20bd || code === 0x20b8 || code === 0x20b4 || code === 0xa5;
}
