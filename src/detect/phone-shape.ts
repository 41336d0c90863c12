// Shape tests that rule digit runs in or out before any phone metadata is consulted: dates, prices, cards.

/** Digit-group lengths and the separators between them, as the scanner saw them. */
export interface RunShape {
  lengths: readonly number[];
  separators: readonly string[];
  digits: string;
}

/**
 * `12.05.2024`, `2024-05-12`, `12-05-24`: three groups, one separator, plausible day and month. With spaces
 * (`12 03 2024`) only when the year is written in full and plausible: `12 03 20` may well be a number.
 */
export function isDateShaped(shape: RunShape): boolean {
  const { lengths, separators, digits } = shape;
  if (lengths.length !== 3) return false;
  const separator = separators[0];
  if (separator === ' ' && separators[1] === ' ') return isSpacedDate(lengths, digits);
  if ((separator !== '.' && separator !== '-') || separators[1] !== separator) return false;
  const [a = 0, b = 0, c = 0] = lengths;
  if (a === 4 && b === 2 && c === 2) return isDayMonth(digits.slice(6, 8), digits.slice(4, 6));
  if (a <= 2 && b <= 2 && (c === 4 || c === 2)) return isDayMonth(digits.slice(0, a), digits.slice(a, a + b));
  return false;
}

function isSpacedDate(lengths: readonly number[], digits: string): boolean {
  const [a = 0, b = 0, c = 0] = lengths;
  if (a > 2 || b > 2 || c !== 4) return false;
  const year = Number(digits.slice(a + b));
  return year >= 1950 && year <= 2039 && isDayMonth(digits.slice(0, a), digits.slice(a, a + b));
}

/**
 * `41.311081`, `69.2405`, `43.2220 76.8512`: a decimal fraction (coordinates, rates, measurements): a whole part
 * of one or two digits (three before five or more decimals) and then, after a dot, four digits or more. Phones
 * written with dots keep their groups short (`90.123.45.67`).
 */
export function hasDecimalFraction(shape: RunShape): boolean {
  const { lengths, separators } = shape;
  for (let g = 0; g < separators.length; g++) {
    if (separators[g] !== '.') continue;
    const whole = lengths[g] ?? 0;
    const fraction = lengths[g + 1] ?? 0;
    if ((whole <= 2 && fraction >= 4) || (whole === 3 && fraction >= 5)) return true;
  }
  return false;
}

function isDayMonth(day: string, month: string): boolean {
  const d = Number(day);
  const m = Number(month);
  return d >= 1 && d <= 31 && m >= 1 && m <= 12;
}

/**
 * `1 200 000`, `12.500.000`: a lead of 1–3 digits, then groups of exactly three with one repeated separator —
 * how amounts are written. Phone numbers can look like this too (`555 123 456`), so callers only lower the score.
 */
export function isThousandsShaped(shape: RunShape): boolean {
  const { lengths, separators } = shape;
  if (lengths.length < 2) return false;
  const separator = separators[0];
  if (separator !== ' ' && separator !== '.') return false;
  if ((lengths[0] ?? 0) > 3) return false;
  for (let g = 1; g < lengths.length; g++) if (lengths[g] !== 3) return false;
  return allSeparatorsAre(separators, separator);
}

/** `86.121.97.248`: four dot-separated groups of 1–3 digits, each at most 255. */
export function isIpAddressShaped(shape: RunShape): boolean {
  const { lengths, separators, digits } = shape;
  if (lengths.length !== 4 || !allSeparatorsAre(separators, '.')) return false;
  let offset = 0;
  for (const length of lengths) {
    if (length > 3 || Number(digits.slice(offset, offset + length)) > 255) return false;
    offset += length;
  }
  return true;
}

/** `054-28-6917`: the US social security number layout (3-2-4 with dashes), which no phone plan here uses. */
export function isSsnShaped(shape: RunShape): boolean {
  const { lengths, separators } = shape;
  return lengths.length === 3 && lengths[0] === 3 && lengths[1] === 2 && lengths[2] === 4 && allSeparatorsAre(separators, '-');
}

/**
 * Grouped the way phone numbers are written: several groups of 2–5 digits, or an area code in parentheses.
 * Two groups only when the second is the longer part (`65 123456`, `467 3395`), not `66029 138` (zip + house).
 */
export function isPhoneGrouped(shape: RunShape): boolean {
  const { lengths, separators } = shape;
  if (lengths.length < 2) return false;
  for (const separator of separators) if (separator.includes(')')) return true;
  if (lengths.length === 2 && ((lengths[0] ?? 0) > 4 || (lengths[1] ?? 0) < 4)) return false;
  if (isTrunkAreaRest(lengths, shape.digits)) return true;
  for (let g = 1; g < lengths.length; g++) {
    const length = lengths[g] ?? 0;
    if (length < 2 || length > (lengths.length === 2 ? 7 : 5)) return false;
  }
  return (lengths[0] ?? 0) <= 5;
}

/** `978-5-699-12345-6`: thirteen digits opening with the book prefix 978/979, in four or five dashed groups. */
export function isIsbnShaped(digits: string, separators: readonly string[]): boolean {
  if (digits.length !== 13 || separators.length < 3 || separators.length > 4) return false;
  if (!digits.startsWith('978') && !digits.startsWith('979')) return false;
  return allSeparatorsAre(separators, '-');
}

/**
 * `8 701 2345678`, `0 555 123456`: a trunk digit, an area or operator code, and the rest of the number in one
 * block, as Kazakh and Kyrgyz numbers are often written.
 */
function isTrunkAreaRest(lengths: readonly number[], digits: string): boolean {
  if (lengths.length !== 3 || lengths[0] !== 1) return false;
  const trunk = digits.charCodeAt(0);
  if (trunk !== 0x38 && trunk !== 0x30) return false;
  const area = lengths[1] ?? 0;
  const rest = lengths[2] ?? 0;
  return area >= 3 && area <= 4 && rest >= 6 && rest <= 7;
}

/** 13–19 digits passing the Luhn check: a payment card, never a phone number. */
export function isCardNumber(digits: string): boolean {
  if (digits.length < 13 || digits.length > 19) return false;
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let value = digits.charCodeAt(digits.length - 1 - i) - 48;
    if (i % 2 === 1) {
      value *= 2;
      if (value > 9) value -= 9;
    }
    sum += value;
  }
  return sum % 10 === 0;
}

// A loop, not every(): these run per candidate, and under tsx each arrow function created is also named at run time.
function allSeparatorsAre(separators: readonly string[], separator: string | undefined): boolean {
  for (const each of separators) if (each !== separator) return false;
  return true;
}
