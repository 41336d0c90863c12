// Cue-word lookup in a small window of text: exact words, `stem*` prefixes and multi-word phrases from patterns/.

/** A piece of text around a candidate, case-folded once and split into words, for several cue lists to test. */
export interface CueWindow {
  /** Folded text of the window (for phrases). */
  readonly folded: string;
  readonly words: readonly string[];
  /** Per word: characters between the word and the candidate (0 for the nearest). */
  readonly distances: readonly number[];
}

export interface CueMatcher {
  /** True when a cue occurs among the words of `text[from, to)` (window widened to whole words). */
  near(text: string, from: number, to: number): boolean;
  /** True when a cue occurs in the window, among words at most `maxDistance` characters from the candidate. */
  inWindow(window: CueWindow, maxDistance?: number): boolean;
  /** Distance of the nearest cue word in the window (phrases count at the window's far edge); Infinity if none. */
  nearest(window: CueWindow): number;
  /** True when one folded word (see foldCue) is a cue word or matches a cue stem; phrases are not consulted. */
  hasWord(folded: string): boolean;
  /** Whether the list has multi-word entries, which only a window (inWindow, nearest) can find. */
  readonly hasPhrases: boolean;
  /** `near(text, end - 1, end)`, read as the one word ending at `end` when it is one: no window is built. */
  nearWordEnd(text: string, end: number): boolean;
}

const emptyWindow: CueWindow = { folded: '', words: [], distances: [] };

// Words cut by the window edge are completed, but never by more than this many characters.
export const maxWordWiden = 24;

/** Folds case and the apostrophe variants Uzbek Latin uses (ʻ ‘ ’ ` ʼ) to `'`, so `qoʻngʻiroq` = `qo'ng'iroq`. */
export function foldCue(value: string): string {
  if (isFolded(value)) return value;
  const lower = value.toLowerCase();
  return hasApostropheVariant(lower) ? lower.replace(/[ʻʼ‘’`]/gu, "'") : lower;
}

/** `value.toLowerCase()`, without the call and the new string when nothing in `value` changes (most addresses). */
export function lowerCase(value: string): string {
  return isFolded(value) ? value : value.toLowerCase();
}

// Code units below this end (ASCII, Latin, Greek, Cyrillic) are looked up in needsFolding; any other unit is
// handed to toLowerCase(), which is exact for all of them.
const foldTableEnd = 0x530;
/** 1 where toLowerCase() changes the unit, or it is an apostrophe variant foldCue() rewrites. */
const needsFolding = new Uint8Array(foldTableEnd);
for (let code = 0; code < foldTableEnd; code++) {
  const char = String.fromCharCode(code);
  needsFolding[code] = char.toLowerCase() !== char || code === 0x60 || code === 0x02bb || code === 0x02bc ? 1 : 0;
}

/**
 * True when foldCue() would return `value` unchanged: no unit that lower-casing changes (only Σ lower-cases by
 * context, and it changes in every context) and no apostrophe variant. Most words read around a number are
 * already lower case: toLowerCase() on a Cyrillic string is a runtime call and a new string each time.
 */
function isFolded(value: string): boolean {
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if (code >= foldTableEnd || needsFolding[code] === 1) return false;
  }
  return true;
}

// A char-code loop, not a regex test: foldCue() runs on every word read around a phone candidate, mostly short
// ones, where the regex call cost more than the loop.
function hasApostropheVariant(value: string): boolean {
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if (code === 0x60 || code === 0x02bb || code === 0x02bc || code === 0x2018 || code === 0x2019) return true;
  }
  return false;
}

/**
 * The words of `text[from, to)`, widened to whole words. `anchor` is the candidate's edge the distances are
 * measured from: `to` for a window before the candidate, `from` for one after it.
 */
export function cueWindow(text: string, from: number, to: number, anchor: 'before' | 'after'): CueWindow {
  let start = Math.max(0, from);
  let end = Math.min(text.length, to);
  if (start >= end) return emptyWindow;
  const widenStart = Math.max(0, start - maxWordWiden);
  while (start > widenStart && isWordCode(text.charCodeAt(start - 1))) start--;
  const widenEnd = Math.min(text.length, end + maxWordWiden);
  while (end < widenEnd && isWordCode(text.charCodeAt(end))) end++;
  // Windows inside runs of digits and separators hold no words; skipping the slice and case folding for them is
  // most of what keeps a megabyte of `12-12-12-…` cheap.
  if (!hasWordCode(text, start, end)) return emptyWindow;

  const raw = text.slice(start, end);
  const folded = foldCue(raw);
  const words: string[] = [];
  const distances: number[] = [];
  // Word boundaries come from the raw text: folding can change lengths (rare, e.g. `İ`), offsets must not.
  const sameLength = folded.length === raw.length;
  let wordStart = -1;
  for (let i = 0; i <= raw.length; i++) {
    const inWord = i < raw.length && isWordCode(raw.charCodeAt(i));
    if (inWord && wordStart === -1) wordStart = i;
    else if (!inWord && wordStart !== -1) {
      const word = sameLength ? folded.slice(wordStart, i) : foldCue(raw.slice(wordStart, i));
      words.push(word);
      distances.push(anchor === 'before' ? Math.max(0, to - (start + i)) : Math.max(0, start + wordStart - from));
      wordStart = -1;
    }
  }
  return { folded, words, distances };
}

export function createCueMatcher(entries: readonly string[]): CueMatcher {
  const words = new Set<string>();
  // Stems grouped by first character code (a number key: `word[0]` allocated a string per lookup for Cyrillic):
  // each word is compared with a handful of stems, not all of them. An empty stem (NaN key) meets only the empty word.
  const stemsByFirst = new Map<number, string[]>();
  const phrases: string[] = [];
  for (const raw of entries) {
    const entry = foldCue(raw);
    // Entries with a space or hyphen (`call me`, `e-mail`) are matched as substrings of the folded window.
    if (/[\s-]/u.test(entry)) phrases.push(entry);
    else if (entry.endsWith('*')) {
      const stem = entry.slice(0, -1);
      const list = stemsByFirst.get(stem.charCodeAt(0)) ?? [];
      list.push(stem);
      stemsByFirst.set(stem.charCodeAt(0), list);
    } else words.add(entry);
  }

  function isCueWord(word: string): boolean {
    if (words.has(word)) return true;
    const stems = stemsByFirst.get(word.charCodeAt(0));
    if (stems) for (const stem of stems) if (word.startsWith(stem)) return true;
    return false;
  }

  function inWindow(window: CueWindow, maxDistance = Number.POSITIVE_INFINITY): boolean {
    for (let i = 0; i < window.words.length; i++) {
      if ((window.distances[i] ?? 0) <= maxDistance && isCueWord(window.words[i]!)) return true;
    }
    return hasPhrase(window);
  }

  function hasPhrase(window: CueWindow): boolean {
    if (window.folded === '') return false;
    for (const phrase of phrases) if (window.folded.includes(phrase)) return true;
    return false;
  }

  function nearest(window: CueWindow): number {
    let best = Number.POSITIVE_INFINITY;
    for (let i = 0; i < window.words.length; i++) {
      const distance = window.distances[i] ?? 0;
      if (distance < best && isCueWord(window.words[i]!)) best = distance;
    }
    if (best === Number.POSITIVE_INFINITY && hasPhrase(window)) best = window.folded.length;
    return best;
  }

  /**
   * When a word character ends at `end - 1` and none follows, near()'s window is that one word, cut at
   * maxWordWiden characters back: its only word, and no phrase (phrases hold a space or a hyphen, which neither a
   * word character nor its lower case is). So the answer is whether that word, folded, is a cue word.
   */
  function nearWordEnd(text: string, end: number): boolean {
    const last = end - 1;
    if (last < 0 || end >= text.length || !isWordCode(text.charCodeAt(last)) || isWordCode(text.charCodeAt(end))) {
      return inWindow(cueWindow(text, last, end, 'before'));
    }
    let start = last;
    const widenStart = Math.max(0, last - maxWordWiden);
    while (start > widenStart && isWordCode(text.charCodeAt(start - 1))) start--;
    return isCueWord(foldCue(text.slice(start, end)));
  }

  return {
    near: (text, from, to) => inWindow(cueWindow(text, from, to, 'before')),
    nearWordEnd,
    inWindow,
    nearest,
    hasWord: isCueWord,
    hasPhrases: phrases.length > 0,
  };
}

function hasWordCode(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (isWordCode(text.charCodeAt(i))) return true;
  return false;
}

/** Letters of the scripts we handle, plus the apostrophe inside Uzbek words. Digits are not word characters here. */
export function isWordCode(code: number): boolean {
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || code === 39;
  if (code >= 0x0400 && code <= 0x04ff) return true; // Cyrillic, including Kazakh and Uzbek letters
  if (code === 0x02bb || code === 0x02bc || code === 0x2018 || code === 0x2019) return true;
  return code >= 0xc0 && code <= 0x024f && code !== 0xd7 && code !== 0xf7; // Latin-1 and Latin Extended
}
