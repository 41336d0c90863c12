// Numbers around a `/`: two numbers joined by it, or one number with another ending (`200-00-01/02`), as against
// document numbers and dates (`1234567/24`, `12/05`). Every reading is bounded to a few characters.

/**
 * `901234567/917654321` (two numbers) and `200-00-01/02` (the same number with another ending) are phones;
 * `1234567/24`, `12/05` are document numbers and dates. Called with the index of the `/`.
 */
export function slashOpensAnother(text: string, slash: number, minDigits: number): boolean {
  return digitsAcross(text, slash + 1, 1, minDigits) >= minDigits || isAlternativeEnding(text, slash, digitsFrom(text, slash + 1));
}

/** `…-00-01/02`: after `/`, as many digits as the last group before it (at most two), which a separator opens. */
function isAlternativeEnding(text: string, slash: number, after: number): boolean {
  if (after > 2 || continuesWithDigits(text, slash + 1 + after)) return false;
  let groupStart = slash;
  while (groupStart > 0 && isDigitCode(text.charCodeAt(groupStart - 1))) groupStart--;
  const separator = text.charCodeAt(groupStart - 1);
  return slash - groupStart === after && (separator === 0x2d || separator === 0x20) && isDigitCode(text.charCodeAt(groupStart - 2));
}

/** A digit at `index`, or one behind a space or dash: the digits before it are not a group of their own. */
function continuesWithDigits(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  if (isDigitCode(code)) return true;
  return (code === 0x20 || code === 0x2d) && isDigitCode(text.charCodeAt(index + 1));
}

/** How many ASCII digits follow `from`, counting to eight at most (an ending has two). */
function digitsFrom(text: string, from: number): number {
  let i = from;
  while (i < text.length && i - from < 8 && isDigitCode(text.charCodeAt(i))) i++;
  return i - from;
}

/**
 * `901234567/917654321`, `90 123 45 67/91…`: the digits before `/` (read back over phone separators, a bounded
 * stretch) hold a whole number of their own, not the start of this one.
 */
export function followsWholeNumber(text: string, slash: number, minDigits: number): boolean {
  return digitsAcross(text, slash - 1, -1, minDigits) >= minDigits;
}

/** Digits from `from` on in `step` direction over phone separators (` -()`), within 20 characters, up to `enough`. */
function digitsAcross(text: string, from: number, step: 1 | -1, enough: number): number {
  let digits = 0;
  for (let i = from; i >= 0 && i < text.length && Math.abs(i - from) < 20 && digits < enough; i += step) {
    const code = text.charCodeAt(i);
    if (isDigitCode(code)) digits++;
    else if (code !== 0x20 && code !== 0x2d && code !== 0x28 && code !== 0x29) break;
  }
  return digits;
}

/** `/02` after `…-00-01`: the characters of the other ending, the `/` included (0 when there is none). */
export function alternativeEndingLength(text: string, slash: number): number {
  const after = digitsFrom(text, slash + 1);
  return after > 0 && isAlternativeEnding(text, slash, after) ? after + 1 : 0;
}

function isDigitCode(code: number): boolean {
  return code >= 48 && code <= 57;
}
