// Latin-script words in a name's position that name a place or a firm: the town, estate or street line of a postal
// address (`Apt. 417 Corvenhale`, `30 Millbrook 12⏎Tarnowice`), a street at a corner (`the corner of Harlan Way and
// Rosen Lane`), an employer (`I work for Quorvex Lindqvist`) and the town someone moved to or lives in (`we moved
// here from Ashcombe`). The presidio-research texts hold every one of them; none precedes a person there or in the
// other annotated sets.

import { foldedWordSet } from './folded-words.js';
import type { Token } from '../../text/tokenize.js';
import type { Span } from '../../types.js';
import { dropSpans } from './span-filter.js';

let unitWords: ReadonlySet<string> | undefined;
let monthWords: ReadonlySet<string> | undefined;

/**
 * Removes, in place, Latin spans that an address, a corner phrase, an employer phrase or a verb of moving puts in a
 * place's position. Names the tenant listed (`name:known`) stay. The caller checked the text has no Cyrillic word.
 */
export function dropEnglishPlaceNames(text: string, tokens: readonly Token[], folded: readonly string[], spans: Span[]): void {
  dropSpans(text, tokens, folded, spans, namesPlace, undefined);
}

function namesPlace(text: string, tokens: readonly Token[], folded: readonly string[], first: number, last: number, span: Span): boolean {
  if (first === 0 || span.source === 'name:known' || tokens[first]!.start !== span.start) return false;
  return afterAddressNumber(text, tokens, folded, first) || placeAfterPhrase(text, tokens, folded, first, last);
}

/**
 * The span follows, with at most two words between on the same line or at the start of the next line, a house or
 * unit number of an address: a number after a unit word (`Apt. 417`, `Suite 603`), or a number on a line or comma
 * segment that opens with a house number and a word that is no month and holds two numbers (`30102 Kaevu 94`,
 * `641 Dašická 688,`). A full stop after the number ends the address (`order #4794849.⏎Jack` is a new turn).
 */
function afterAddressNumber(text: string, tokens: readonly Token[], folded: readonly string[], first: number): boolean {
  let k = first - 1;
  let skipped = 0;
  while (k >= 0 && !tokens[k]!.hasDigit && skipped < 2 && onlySpacesOrBreak(text, tokens[k]!.end, tokens[k + 1]!.start, false, true)) {
    k--;
    skipped++;
  }
  if (k < 0 || !houseNumber(folded[k]!) || !onlySpacesOrBreak(text, tokens[k]!.end, tokens[k + 1]!.start, true)) return false;
  unitWords ??= foldedWordSet('stoplists/address-unit-words.txt');
  if (k > 0 && unitWords.has(folded[k - 1]!) && unitGap(text, tokens[k - 1]!.end, tokens[k]!.start)) return true;
  return addressSegment(text, tokens, folded, k);
}

/** The tokens from the start of `k`'s line or comma segment open with a house number and a non-month word, and two numbers stand in it. */
function addressSegment(text: string, tokens: readonly Token[], folded: readonly string[], k: number): boolean {
  let open = k;
  let numbers = 1;
  while (open > 0) {
    const gap = text.slice(tokens[open - 1]!.end, tokens[open]!.start);
    if (gap.includes('\n') || gap.includes(',') || gap.includes(':')) break;
    open--;
    if (houseNumber(folded[open]!)) numbers++;
  }
  if (numbers < 2 || open === k || !houseNumber(folded[open]!) || tokens[open + 1]!.hasDigit) return false;
  monthWords ??= foldedWordSet('stoplists/months.txt');
  return !monthWords.has(folded[open + 1]!);
}

// `at the corner of X and Y`, `I work for X`, `moved here from X`: the phrases and what they take.
const moveVerbs = new Set(['moved', 'move', 'moving', 'relocated', 'relocating', 'flew', 'travelled', 'traveled', 'drove', 'grew', 'born', 'live', 'lives', 'lived', 'living']);
const workVerbs = new Set(['work', 'works', 'worked', 'working']);
const goodsPlaceWords = new Set([
  'delivery', 'deliveries', 'shipping', 'shipment', 'postage', 'stuck', 'still', 'arrived', 'located', 'based', 'branch',
  'branches', 'store', 'stores', 'shop', 'shops', 'office', 'warehouse', 'flight', 'flights', 'ticket', 'tickets', 'trip', 'bus', 'train',
]);
const workSubjects = new Set(['i', 'we', 'you', 'they', 'he', 'she', 'to', 'who', 'still', 'now', 'currently', 'also', 'and']);

/**
 * The span follows `corner of` (or `and` with `corner of` up to six words before, on the line), `work(ed) for/at`
 * after a person's pronoun or `to`,
 * a verb of moving or living with `from`/`to`/`in` (`moved here from`, `grew up in`, `born in`), or a word for
 * goods on their way or a place of trade with `to`/`in` before one word (`delivery to X`, `stuck in X`), and no `'s`
 * follows it (`moved to Corin's flat` is a person's).
 */
function placeAfterPhrase(text: string, tokens: readonly Token[], folded: readonly string[], first: number, last: number): boolean {
  const before = folded[first - 1]!;
  // `bought a Mercedes last week`: an article before one word with no noun after it names a make or a thing.
  // The article follows a word with only spaces between: after a comma `a` is the Russian "and" typed in Latin
  // letters (`Jasur keldi, a Dilnoza?`).
  if (before === 'a' || before === 'an') return first === last && first >= 2 && onlySpacesOrBreak(text, tokens[first - 2]!.end, tokens[first - 1]!.start, false, true) && articleThing(text, tokens, folded, last);
  if (before !== 'of' && before !== 'and' && before !== 'for' && before !== 'at' && before !== 'from' && before !== 'to' && before !== 'in') return false;
  if (!onlySpacesOrBreak(text, tokens[first - 1]!.end, tokens[first]!.start, false)) return false;
  if (folded[last]!.endsWith("'s")) return false;
  if (before === 'of' || before === 'and') {
    if (before === 'of') return first >= 2 && folded[first - 2] === 'corner';
    for (let k = first - 2; k >= 1 && k >= first - 7; k--) {
      if (text.slice(tokens[k]!.end, tokens[k + 1]!.start).includes('\n')) return false;
      if (folded[k] === 'of' && folded[k - 1] === 'corner') return true;
    }
    return false;
  }
  if (first < 2) return false;
  const verb = folded[first - 2]!;
  // `Delivery to Jackson costs`, `parcel stuck in Regina`: where goods go or wait is a place.
  if ((before === 'to' || before === 'in') && goodsPlaceWords.has(verb)) return first === last;
  // `I work for X`, `used to work for X`; not `does it work for X` (what suits a person).
  if (before === 'for' || before === 'at') return workVerbs.has(verb) && first >= 3 && workSubjects.has(folded[first - 3]!);
  // `moved here from`, `grew up in`: one adverb or particle between.
  if (moveVerbs.has(verb)) return true;
  return first >= 3 && (verb === 'here' || verb === 'there' || verb === 'back' || verb === 'away' || verb === 'up') && moveVerbs.has(folded[first - 3]!);
}

/**
 * The word at `last` ends its clause: punctuation or the end of the text after it, or one of the words that open
 * what follows a noun phrase (`last`, `and`, `yesterday`). `a Trump supporter`, `a Jae Pouler video` (a person as a
 * modifier) have a noun after them and stay.
 */
function articleThing(text: string, tokens: readonly Token[], folded: readonly string[], last: number): boolean {
  const next = last + 1;
  if (next >= tokens.length) return true;
  if (!onlySpacesOrBreak(text, tokens[last]!.end, tokens[next]!.start, false, true)) return true;
  return clauseWords.has(folded[next]!);
}

const clauseWords = new Set(['last', 'yesterday', 'today', 'instead', 'broke', 'arrived', 'came', 'but', 'and']);

/** Digits only, or digits and one letter (`12a`), six characters at most: a house, building or unit number. */
function houseNumber(word: string): boolean {
  const length = word.length;
  if (length === 0 || length > 6) return false;
  let digits = 0;
  for (let i = 0; i < length; i++) {
    const code = word.charCodeAt(i);
    if (code >= 48 && code <= 57) digits++;
    else if (i !== length - 1 || i === 0 || code < 97 || code > 122) return false;
  }
  return digits > 0;
}

/** Spaces, a comma, and (with `lineBreak`) line breaks; `wordsOnly` refuses the comma (words of one place name). */
function onlySpacesOrBreak(text: string, from: number, to: number, lineBreak: boolean, wordsOnly = false): boolean {
  if (to - from > 8) return false;
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    if (code === 32 || code === 9 || code === 0xa0) continue;
    if (code === 44 && !wordsOnly) continue;
    if ((code === 10 || code === 13) && lineBreak) continue;
    return false;
  }
  return true;
}

/** Between a unit word and its number: spaces, a full stop, `#` or `-` (`Apt. 5`, `Suite #12`, `Unit-4`). */
function unitGap(text: string, from: number, to: number): boolean {
  if (to - from > 3 || to <= from) return false;
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    if (code !== 32 && code !== 46 && code !== 35 && code !== 45) return false;
  }
  return true;
}
