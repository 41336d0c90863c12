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

// foldWord() one code at a time, for the codes where that is exact: below U+0530 (Latin, Greek, Cyrillic) and the
// typographic apostrophes and hyphen. 0 marks a code whose folding needs the whole word: `İ` lower-cases to two
// code units and `Σ` to `σ` or `ς` depending on its neighbours.
const foldTable = (() => {
  const table = new Uint16Array(0x530);
  for (let code = 1; code < table.length; code++) {
    const lower = String.fromCharCode(code).toLowerCase();
    if (lower.length !== 1 || code === 0x3a3) continue;
    const folded = lower.charCodeAt(0);
    table[code] = folded === 0x451 ? 0x435 : apostrophes.has(lower) ? 39 : folded;
  }
  return table;
})();

/**
 * The code foldWord() turns `code` into, wherever it stands in a word; 0 when that depends on the rest of the word
 * or the code is outside the tables (then fold the whole word with foldWord()).
 */
export function foldCode(code: number): number {
  if (code < 0x530) return foldTable[code]!;
  if (code === 0x2018 || code === 0x2019 || code === 0x2032) return 39;
  return code === 0x2010 ? code : 0;
}

/**
 * Whether lower-casing `text` changes nothing but ё and apostrophe look-alikes: true (no capital letter), false
 * (there is one), or undefined when the text has characters outside the tables (ask foldText()).
 */
export function lacksUpperCase(text: string): boolean | undefined {
  let sure = true;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) {
      if (code >= 65 && code <= 90) return false;
    } else if (code < 0x530) {
      const folded = foldTable[code]!;
      // `Σ` and `İ` are capitals; ё and the apostrophes fold without being capitals.
      if (folded === 0) return false;
      if (folded !== code && code !== 0x451 && folded !== 39) return false;
    } else if (code < 0x2000 || code > 0x206f) {
      // Outside General Punctuation (dashes, quotes, ellipsis) a code may have a lower-case form.
      sure = false;
    }
  }
  return sure ? true : undefined;
}

/** Hash of a folded word, one folded code at a time: start from foldHashSeed, mix in each code, finish. */
export const foldHashSeed = 0x811c9dc5 | 0;
export function foldHashStep(hash: number, foldedCode: number): number {
  return Math.imul(hash ^ foldedCode, 0x01000193);
}
/** Non-negative, so callers can keep -1 for "no hash". */
export function foldHashFinish(hash: number): number {
  return hash & 0x7fffffff;
}
