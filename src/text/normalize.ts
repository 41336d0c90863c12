// Case and spelling folding shared by every matcher: lower case, ё→е, every apostrophe look-alike → ASCII '.

// Uzbek Latin writes o‘ g‘ and the tutuq belgisi with any of these; users type whichever their keyboard has.
const apostrophes = new Set(['\u02BB', '\u02BC', '\u2018', '\u2019', '`', '\u00B4', '\u02B9', '\u2032', "'"]);

export function isApostrophe(char: string): boolean {
  return apostrophes.has(char);
}

/** Lower case, ё→е (Russian writes both), apostrophe variants → `'`. Keeps the UTF-16 length for our scripts. */
export function foldWord(word: string): string {
  const lower = word.toLowerCase();
  let needsWork = false;
  for (let i = 0; i < lower.length; i++) {
    const code = lower.charCodeAt(i);
    if (code === 0x451 || code === 0x60 || code === 0xb4 || code === 0x2b9 || code === 0x2bb || code === 0x2bc || code === 0x2018 || code === 0x2019 || code === 0x2032) {
      needsWork = true;
      break;
    }
  }
  if (!needsWork) return lower;
  let out = '';
  for (const char of lower) out += char === 'ё' ? 'е' : apostrophes.has(char) ? "'" : char;
  return out;
}

/** True when the first letter is upper case (Unicode-aware for the BMP letters we handle). */
export function startsUpper(word: string): boolean {
  const first = word[0];
  if (first === undefined) return false;
  return first !== first.toLowerCase() && first === first.toUpperCase();
}

/** True when the word has at least two letters and all of them are upper case (acronyms such as `ООО`, `UZUM`). */
export function isAllUpper(word: string): boolean {
  return word.length > 1 && word === word.toUpperCase() && word !== word.toLowerCase();
}

const apostropheLike = /[`´ʹʻʼ‘’′]/gu;

/**
 * foldWord over a whole text at once (one native lower-casing instead of one per word), or undefined when lower
 * casing changed the UTF-16 length (then offsets would not line up and callers fold word by word).
 * `lowerCaseOnly`: the caller knows the text has no ё and no apostrophe look-alike where it will read.
 */
export function foldText(text: string, lowerCaseOnly = false): string | undefined {
  const lower = text.toLowerCase();
  if (lower.length !== text.length) return undefined;
  // The two replacing passes cost as much as the lower-casing; tokenize() tells when no token needs them.
  if (lowerCaseOnly) return lower;
  return lower.replaceAll('ё', 'е').replace(apostropheLike, "'");
}
