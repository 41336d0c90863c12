// Cue-word lookup in a small window of text: exact words, `stem*` prefixes and multi-word phrases from patterns/.

export interface CueMatcher {
  /** True when a cue occurs among the words of `text[from, to)` (window widened to whole words). */
  near(text: string, from: number, to: number): boolean;
}

// Words cut by the window edge are completed, but never by more than this many characters.
const maxWordWiden = 24;

/** Folds case and the apostrophe variants Uzbek Latin uses (ʻ ‘ ’ ` ʼ) to `'`, so `qoʻngʻiroq` = `qo'ng'iroq`. */
export function foldCue(value: string): string {
  return value.toLowerCase().replace(/[ʻʼ‘’`]/gu, "'");
}

export function createCueMatcher(entries: readonly string[]): CueMatcher {
  const words = new Set<string>();
  const stems: string[] = [];
  const phrases: string[] = [];
  for (const raw of entries) {
    const entry = foldCue(raw);
    // Entries with a space or hyphen (`call me`, `e-mail`) are matched as substrings of the folded window.
    if (/[\s-]/u.test(entry)) phrases.push(entry);
    else if (entry.endsWith('*')) stems.push(entry.slice(0, -1));
    else words.add(entry);
  }

  function isCueWord(word: string): boolean {
    if (words.has(word)) return true;
    for (const stem of stems) if (word.startsWith(stem)) return true;
    return false;
  }

  return {
    near(text, from, to) {
      let start = Math.max(0, from);
      let end = Math.min(text.length, to);
      if (start >= end) return false;
      const widenStart = Math.max(0, start - maxWordWiden);
      while (start > widenStart && isWordCode(text.charCodeAt(start - 1))) start--;
      const widenEnd = Math.min(text.length, end + maxWordWiden);
      while (end < widenEnd && isWordCode(text.charCodeAt(end))) end++;

      const window = foldCue(text.slice(start, end));
      for (const phrase of phrases) if (window.includes(phrase)) return true;
      let wordStart = -1;
      for (let i = 0; i <= window.length; i++) {
        const inWord = i < window.length && isWordCode(window.charCodeAt(i));
        if (inWord && wordStart === -1) wordStart = i;
        else if (!inWord && wordStart !== -1) {
          if (isCueWord(window.slice(wordStart, i))) return true;
          wordStart = -1;
        }
      }
      return false;
    },
  };
}

/** Letters of the scripts we handle, plus the apostrophe inside Uzbek words. Digits are not word characters here. */
function isWordCode(code: number): boolean {
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || code === 39;
  if (code >= 0x0400 && code <= 0x04ff) return true; // Cyrillic, including Kazakh and Uzbek letters
  if (code === 0x02bb || code === 0x02bc || code === 0x2018 || code === 0x2019) return true;
  return code >= 0xc0 && code <= 0x024f && code !== 0xd7 && code !== 0xf7; // Latin-1 and Latin Extended
}
