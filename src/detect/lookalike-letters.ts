// Words typed in two scripts: customers whose keyboard lacks a letter and spammers dodging filters type Cyrillic
// words with Latin look-alikes (`Aлишеру`, `Cпасибо`, Kazakh `мемлекеттiк` with a Latin i) and, less often, Latin words
// with Cyrillic ones (`Аziz` with a Cyrillic А). No lexicon knows such a word, so neither a name in it nor the common
// word it is counts. The visible-text view (invisible.ts) folds the look-alikes into the word's own script, one UTF-16
// unit for one, so offsets do not move. Words in one script are never touched: `Cabo` stays Latin, `Сахар` Cyrillic.

export const LATIN_LETTER = 4;
export const CYRILLIC_LETTER = 8;

// [Latin, Cyrillic] pairs that look alike in common fonts (Unicode confusables, the Cyrillic side in the letters our
// languages use: Kazakh і and һ, Russian ё). Not s/ѕ and j/ј: no language here writes ѕ or ј, and a Latin s then
// marks a Latin word (`Kaspiге`).
const pairs = 'AА BВ CС EЕ HН IІ KК MМ OО PР TТ XХ YУ aа cс eе oо pр xх yу iі kк hһ ËЁ ëё';

// The script of a code unit below U+0530 when it is a cased letter (LATIN_LETTER, CYRILLIC_LETTER), else 0.
const scripts = new Uint8Array(0x530);
// A look-alike's code in the other script, or 0 where the letter has none.
const otherScript = new Uint16Array(0x530);
for (let code = 0x41; code < scripts.length; code++) {
  const char = String.fromCharCode(code);
  if (char.toLowerCase() === char.toUpperCase()) continue;
  if (code <= 0x24f) scripts[code] = LATIN_LETTER;
  else if (code >= 0x400) scripts[code] = CYRILLIC_LETTER;
}
for (const pair of pairs.split(' ')) {
  const latin = pair.charCodeAt(0);
  const cyrillic = pair.charCodeAt(1);
  otherScript[latin] = cyrillic;
  otherScript[cyrillic] = latin;
}

/** LATIN_LETTER or CYRILLIC_LETTER for a cased letter of those scripts (Latin up to U+024F), else 0. */
export function letterScript(code: number): number {
  return code < 0x530 ? scripts[code]! : 0;
}

/**
 * `text` with every word that mixes Latin and Cyrillic letters written in one script: the script of its letters that
 * have no look-alike (`Cпасибо`: п, и, б; `Аziz`: z), or, when every letter has one (`Caxap`), the script most of the
 * text's letters are in. A word with letters of both scripts that have no look-alike (`Paymeдан`, a brand with a
 * Kazakh or Uzbek ending) stays as typed, and so does a word inside an address, link or id (proseEdge). The same
 * string when no word mixes scripts.
 */
export function foldMixedScriptWords(text: string): string {
  let latinLetters = 0;
  let cyrillicLetters = 0;
  // Start and end of each word that mixes scripts.
  const mixed: number[] = [];
  let wordStart = -1;
  let wordScripts = 0;
  for (let index = 0; index <= text.length; index++) {
    const script = index < text.length ? letterScript(text.charCodeAt(index)) : 0;
    if (script === LATIN_LETTER) latinLetters++;
    else if (script === CYRILLIC_LETTER) cyrillicLetters++;
    if (script !== 0) {
      if (wordStart === -1) {
        wordStart = index;
        wordScripts = 0;
      }
      wordScripts |= script;
      continue;
    }
    if (wordStart !== -1 && wordScripts === LATIN_LETTER + CYRILLIC_LETTER && proseEdge(text, wordStart - 1) && proseEdge(text, index)) mixed.push(wordStart, index);
    wordStart = -1;
  }
  if (mixed.length === 0) return text;
  const textScript = cyrillicLetters >= latinLetters ? CYRILLIC_LETTER : LATIN_LETTER;
  let out = '';
  let last = 0;
  for (let m = 0; m < mixed.length; m += 2) {
    const start = mixed[m]!;
    const end = mixed[m + 1]!;
    const target = wordScript(text, start, end, textScript);
    if (target === 0) continue;
    out += text.slice(last, start);
    for (let index = start; index < end; index++) {
      const code = text.charCodeAt(index);
      out += String.fromCharCode(scripts[code] === target ? code : otherScript[code]!);
    }
    last = end;
  }
  return last === 0 ? text : out + text.slice(last);
}

/**
 * The code unit at `index` may stand beside a word of prose: the text's edge, or no digit, `@`, `.`, `_`, `-`, `/`
 * or `:`. A word touching one is part of an e-mail address, a link or an id (`ivаn@mail.ru`, `AB2ABтапсырыс`), whose
 * letters the e-mail and phone detectors read as typed.
 */
function proseEdge(text: string, index: number): boolean {
  if (index < 0 || index >= text.length) return true;
  const code = text.charCodeAt(index);
  return !(code >= 0x30 && code <= 0x39) && code !== 0x40 && code !== 0x2e && code !== 0x5f && code !== 0x2d && code !== 0x2f && code !== 0x3a;
}

/**
 * The script to write text[start, end) in, or 0 when letters of both scripts lack a look-alike, or when the word is a
 * Latin word of three letters or more with a Cyrillic ending of two or more (`OKEYда`, `Kaspiге`: a brand with a
 * Turkic or Russian case ending, not a look-alike; `Boxeс` has a look-alike at its end).
 */
function wordScript(text: string, start: number, end: number, textScript: number): number {
  let anchors = 0;
  let latinHead = 0;
  while (start + latinHead < end && scripts[text.charCodeAt(start + latinHead)] === LATIN_LETTER) latinHead++;
  for (let index = start; index < end; index++) {
    const code = text.charCodeAt(index);
    if (index >= start + latinHead && scripts[code] === LATIN_LETTER) latinHead = 0;
    if (otherScript[code] === 0) anchors |= scripts[code]!;
  }
  if (latinHead >= 3 && end - start - latinHead >= 2) return 0;
  if (anchors === LATIN_LETTER + CYRILLIC_LETTER) return 0;
  return anchors === 0 ? textScript : anchors;
}
