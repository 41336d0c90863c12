// Cheap linear scan for phone-number candidates: runs of ASCII digits joined by the separators people type.

/** One block of consecutive digits inside a run. Offsets are UTF-16 indices into the text, end exclusive. */
export interface DigitGroup {
  start: number;
  end: number;
}

/** A run of digit groups joined by phone separators, e.g. `+998 (90) 123-45-67`. */
export interface PhoneRun {
  /** Index of the leading `+` when the run has one, else of the first digit. */
  start: number;
  /** Index after the last digit. */
  end: number;
  plus: boolean;
  groups: DigitGroup[];
  /** Visible separators between groups, normalised (spaces → ' ', dashes → '-'); `groups.length - 1` entries. */
  separators: string[];
}

// Longest visible separator between two groups: `) - ` does not occur in phone numbers, ` - ` and `) ` do.
const maxVisibleSeparator = 3;

// Separator strings that may sit between two digit groups of one number. `. ` (sentence end) is left out
// on purpose: "67. 2 people" must not glue the 2 onto the number.
const allowedSeparators: ReadonlySet<string> = new Set([
  ' ', '-', '.', '(', ')', ' (', ') ', ')-', '-(', ' - ', '- ', ' -', '  ', ') -',
]);

export function isAsciiDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** Zero-width and bidi marks: invisible, so they may sit anywhere inside a number and must not split it. */
export function isInvisibleMark(code: number): boolean {
  return (
    (code >= 0x200b && code <= 0x200f) ||
    (code >= 0x202a && code <= 0x202e) ||
    (code >= 0x2066 && code <= 0x2069) ||
    code === 0x2060 ||
    code === 0xfeff ||
    code === 0x00ad
  );
}

// Visible separators as small codes (0: cannot join groups), so that a run is measured without building strings.
const separatorCodes = { space: 1, dash: 2, dot: 3, open: 4, close: 5 } as const;
const separatorChars = ['', ' ', '-', '.', '(', ')'] as const;
const separatorBase = 6;

/** The visible separator code a character stands for, or 0 when it cannot join digit groups. */
function visibleSeparator(code: number): number {
  switch (code) {
    case 0x20:
    case 0xa0:
      return separatorCodes.space;
    case 0x2d:
    case 0x2010:
    case 0x2011:
    case 0x2012:
    case 0x2013:
    case 0x2014:
    case 0x2212:
      return separatorCodes.dash;
    case 0x2e:
      return separatorCodes.dot;
    case 0x28:
      return separatorCodes.open;
    case 0x29:
      return separatorCodes.close;
    default:
      return isUnicodeSpace(code) ? separatorCodes.space : 0;
  }
}

/**
 * The other spaces of the Zs category (en, em, thin, figure, narrow no-break, ideographic …): pasted from office
 * documents, messengers and East Asian keyboards. Out of the switch: ranges, and rare, so ASCII pays nothing.
 */
function isUnicodeSpace(code: number): boolean {
  return code >= 0x2000 && (code <= 0x200a || code === 0x202f || code === 0x205f || code === 0x3000);
}

// A separator of up to maxVisibleSeparator + 1 visible characters, one base-6 digit each (never 0): every string
// has its own key, and allowedSeparators becomes a table lookup.
const separatorKeys = separatorBase ** (maxVisibleSeparator + 1);
const separatorStrings: string[] = [];
const allowedSeparatorKeys = new Uint8Array(separatorKeys);
for (let key = 0; key < separatorKeys; key++) {
  let separator = '';
  for (let rest = key; rest > 0; rest = Math.floor(rest / separatorBase)) separator = (separatorChars[rest % separatorBase] ?? '') + separator;
  separatorStrings.push(separator);
  // A key with a 0 digit inside decodes to a shorter string: it never occurs, and is never allowed.
  allowedSeparatorKeys[key] = allowedSeparators.has(separator) && keyOf(separator) === key ? 1 : 0;
}

function keyOf(separator: string): number {
  let key = 0;
  for (const char of separator) key = key * separatorBase + separatorChars.indexOf(char as (typeof separatorChars)[number]);
  return key;
}

// The regex engine skips the (mostly digit-free) text between runs ~3x faster than a charCode loop. test(), not
// exec(): no match array per digit run (the match is one character, so it starts at lastIndex - 1). One object
// for every scan (a literal in the function made a new one per call); scans never nest, so sharing lastIndex is safe.
const nextDigit = /[0-9]/g;

/**
 * Every run of digits joined by phone separators that holds at least `minDigits` digits, in text order. One
 * pass over the text; each character is looked at a bounded number of times, so the scan is linear even on
 * megabytes of digits and dashes. Runs are cut after `maxGroups` groups, which bounds the work per run.
 */
export function scanPhoneRuns(text: string, minDigits = 1): PhoneRun[] {
  const runs: PhoneRun[] = [];
  for (let run = nextPhoneRun(text, 0, minDigits); run; run = nextPhoneRun(text, run.end, minDigits)) runs.push(run);
  return runs;
}

/**
 * The first run of at least `minDigits` digits at or after `from`; the next one starts at or after its `end`.
 * The detector judges each run as it comes, so a run's objects die young; collected first, a megabyte of digit
 * groups kept ~280 000 group objects alive through the whole call, and every minor GC copied them again.
 */
export function nextPhoneRun(text: string, from: number, minDigits: number): PhoneRun | undefined {
  let at = from;
  for (;;) {
    nextDigit.lastIndex = at;
    if (!nextDigit.test(text)) return undefined;
    const firstDigit = nextDigit.lastIndex - 1;
    // One walk into scratch buffers; objects are built only for runs long enough to matter: most digit runs in
    // text are years, prices and times, and building their groups showed up as garbage-collection time.
    const end = walkRun(text, firstDigit);
    if (walked.digitCount >= minDigits) return readRun(text, firstDigit, end);
    at = end;
  }
}

// A phone number has at most 15 digits, so at most 15 groups; a run of more is a list or noise. Cutting it
// keeps every run's window search small; the scan resumes right after the cut.
const maxGroups = 32;

/** walkRun()'s answer, reused: scratch buffers per scan instead of arrays per digit run. */
const walked = {
  groupCount: 0,
  digitCount: 0,
  groupStarts: new Int32Array(maxGroups),
  groupEnds: new Int32Array(maxGroups),
  /** separatorKeys[g]: the separator between groups g and g + 1 (0: only invisible marks, or nothing). */
  separatorKeys: new Int32Array(maxGroups),
};

function readRun(text: string, firstDigit: number, end: number): PhoneRun {
  const groups: DigitGroup[] = [];
  const separators: string[] = [];
  for (let g = 0; g < walked.groupCount; g++) {
    groups.push({ start: walked.groupStarts[g]!, end: walked.groupEnds[g]! });
    if (g > 0) separators.push(separatorStrings[walked.separatorKeys[g - 1]!] ?? '');
  }
  const start = runStart(text, firstDigit, separators[0]?.startsWith(')') ?? false);
  const plus = text.charCodeAt(start) === 0x2b || (text.charCodeAt(start) === 0x28 && text.charCodeAt(start + 1) === 0x2b);
  return { start, end, plus, groups, separators };
}

/** Walks one run from its first digit into `walked`; returns the index after its last digit. */
function walkRun(text: string, firstDigit: number): number {
  const length = text.length;
  let groupCount = 0;
  let digitCount = 0;
  let i = firstDigit;
  for (;;) {
    const groupStart = i;
    while (i < length && isAsciiDigit(text.charCodeAt(i))) i++;
    walked.groupStarts[groupCount] = groupStart;
    walked.groupEnds[groupCount] = i;
    groupCount++;
    digitCount += i - groupStart;
    if (groupCount >= maxGroups) break;

    let key = 0;
    let visibleCount = 0;
    let j = i;
    while (j < length && visibleCount <= maxVisibleSeparator) {
      const code = text.charCodeAt(j);
      if (isInvisibleMark(code)) {
        j++;
        continue;
      }
      const visible = visibleSeparator(code);
      if (visible === 0) break;
      key = key * separatorBase + visible;
      visibleCount++;
      j++;
    }
    if (j >= length || !isAsciiDigit(text.charCodeAt(j))) break;
    if (visibleCount !== 0 && allowedSeparatorKeys[key] !== 1) break;
    // An invisible mark alone joins the groups: ZERO WIDTH SPACE inside a number must not let it escape.
    walked.separatorKeys[groupCount - 1] = key;
    i = j;
  }
  walked.groupCount = groupCount;
  walked.digitCount = digitCount;
  return i;
}

/**
 * Takes in a leading `+` (also `+ `, `+(`) and, when the first group is closed by `)`, the opening parenthesis
 * of that area code: `(90) 123-45-67` starts at `(`, `(90 123 45 67)` at `9`.
 */
function runStart(text: string, firstDigit: number, firstGroupClosed: boolean): number {
  let start = firstDigit;
  let previous = start - 1;
  while (previous >= 0 && isInvisibleMark(text.charCodeAt(previous))) previous--;
  if (firstGroupClosed && previous >= 0 && text.charCodeAt(previous) === 0x28) {
    start = previous;
    previous--;
  }
  if (previous >= 0 && text.charCodeAt(previous) === 0x20 && text.charCodeAt(previous - 1) === 0x2b) previous--;
  if (previous >= 0 && text.charCodeAt(previous) === 0x2b) {
    start = previous;
    // `(+998) 90 …`: the parenthesis opened before the plus belongs to the number too.
    if (firstGroupClosed && text.charCodeAt(previous - 1) === 0x28) start = previous - 1;
  }
  return start;
}

/** The digits of groups `from..to` (inclusive), concatenated. */
export function groupDigits(text: string, groups: readonly DigitGroup[], from: number, to: number): string {
  let digits = '';
  for (let g = from; g <= to; g++) {
    const group = groups[g];
    if (group) digits += text.slice(group.start, group.end);
  }
  return digits;
}
