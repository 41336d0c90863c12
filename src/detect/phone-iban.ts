// IBANs written in groups of four (`GB82 WEST 1234 5698 7654 32`): their digit groups are never a phone number.

// An IBAN has at most 34 characters: the country code and check digits, then up to eight groups of four.
const maxGroupsBefore = 8;

/**
 * True when the digits at `start` continue a grouped IBAN: read back over space-separated groups of exactly four
 * capital letters or digits, one of which is the opening `GB82` (two letters, two check digits). Bounded to a
 * few dozen characters per candidate; the scan stops at the first character that is not part of such a group.
 */
export function followsIbanGroups(text: string, start: number): boolean {
  let end = start - 1;
  for (let groups = 0; groups < maxGroupsBefore; groups++) {
    if (text.charCodeAt(end) !== 0x20) return false;
    const groupStart = end - 4;
    if (groupStart < 0) return false;
    for (let i = groupStart; i < end; i++) if (!isCapitalOrDigit(text.charCodeAt(i))) return false;
    const before = text.charCodeAt(groupStart - 1);
    if (isCapitalOrDigit(before)) return false;
    if (isCountryAndCheck(text, groupStart)) return true;
    end = groupStart - 1;
  }
  return false;
}

function isCountryAndCheck(text: string, at: number): boolean {
  return (
    isCapital(text.charCodeAt(at)) &&
    isCapital(text.charCodeAt(at + 1)) &&
    isDigit(text.charCodeAt(at + 2)) &&
    isDigit(text.charCodeAt(at + 3))
  );
}

function isCapitalOrDigit(code: number): boolean {
  return isCapital(code) || isDigit(code);
}

function isCapital(code: number): boolean {
  return code >= 65 && code <= 90;
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}
