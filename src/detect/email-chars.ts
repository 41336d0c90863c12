// Character classes for e-mail candidates, as charCode tests (the scan runs on every '@', so no regex per char).

/** Local-part characters we accept: ASCII letters, digits, `._%+-`, and letters of any script (`иван@…`). */
export function isLocalCode(code: number): boolean {
  if (code < 128) {
    return (
      (code >= 97 && code <= 122) ||
      (code >= 65 && code <= 90) ||
      (code >= 48 && code <= 57) ||
      code === 0x2e ||
      code === 0x5f ||
      code === 0x25 ||
      code === 0x2b ||
      code === 0x2d
    );
  }
  return isNonAsciiLetter(code);
}

/** Domain characters: letters of any script (IDN: `почта.рф`), digits, `-` and `.`. */
export function isDomainCode(code: number): boolean {
  if (code < 128) {
    return (
      (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code === 0x2d || code === 0x2e
    );
  }
  return isNonAsciiLetter(code);
}

/** A domain label character (no dot). */
export function isLabelCode(code: number): boolean {
  return code !== 0x2e && isDomainCode(code);
}

// Letter ranges of the scripts in our texts (Latin supplements, Cyrillic with Kazakh/Uzbek letters) plus the
// general letter blocks validator.isEmail accepts in IDN domains. Marks and symbols are excluded on purpose.
function isNonAsciiLetter(code: number): boolean {
  return (
    (code >= 0xc0 && code <= 0x024f && code !== 0xd7 && code !== 0xf7) ||
    (code >= 0x0370 && code <= 0x03ff) ||
    (code >= 0x0400 && code <= 0x052f) ||
    (code >= 0x0590 && code <= 0x06ff) ||
    (code >= 0x4e00 && code <= 0x9fff)
  );
}

/** The apostrophes of Uzbek Latin (`oʻ`, `gʻ`) as people type them: ' ` ʻ ʼ ‘ ’. */
export function isApostropheCode(code: number): boolean {
  return code === 0x27 || code === 0x60 || code === 0x2bb || code === 0x2bc || code === 0x2018 || code === 0x2019;
}

export function isSpaceCode(code: number): boolean {
  return code === 0x20 || code === 0xa0 || code === 0x09;
}
