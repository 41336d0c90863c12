// Locates and reads the data files in patterns/ (same relative path from src/ and dist/).

import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const patternsDir = fileURLToPath(new URL('../patterns/', import.meta.url));

// The mark of Uzbek Latin `o‘` and `g‘` inside a word. Customers on a keyboard without it leave it out (`kochasida`,
// `qongiroq`, `Gulomov`), so every list entry that has one is read a second time without it.
const uzbekLetterMark = /(?<=[oOgG])[`'‘’ʻʼ](?=\p{L})/gu;

/**
 * Reads a list file: one entry per line, `#` starts a comment, blank lines skipped, entries trimmed. An entry with an
 * Uzbek `o‘`/`g‘` mark is followed by its spelling without the mark.
 */
export function readPatternList(relativePath: string): string[] {
  const raw = readFileSync(patternsDir + relativePath, 'utf8');
  const entries: string[] = [];
  for (const line of raw.split('\n')) {
    const hash = line.indexOf('#');
    const entry = (hash === -1 ? line : line.slice(0, hash)).trim();
    if (!entry) continue;
    entries.push(entry);
    const unmarked = entry.replace(uzbekLetterMark, '');
    if (unmarked !== entry) entries.push(unmarked);
  }
  return entries;
}

/** The whitespace-separated entries of a list file (most lists hold several words per line). */
export function readPatternWords(relativePath: string): string[] {
  return readPatternList(relativePath).flatMap((line) => line.split(/\s+/u));
}

/**
 * The whitespace-separated entries of the blocks headed `## <section>` in a list file, each block running to the next
 * `##` line: one file's words, read whole by its own reader (to whom `##` lines are comments) and in part by another
 * (cues/name-before.txt's thanks, read by turkic-thanks.ts).
 */
export function readPatternSection(relativePath: string, section: string): string[] {
  const raw = readFileSync(patternsDir + relativePath, 'utf8');
  const entries: string[] = [];
  let inside = false;
  for (const line of raw.split('\n')) {
    if (line.startsWith('##')) {
      inside = line.slice(2).trim() === section;
      continue;
    }
    if (!inside) continue;
    const hash = line.indexOf('#');
    const entry = (hash === -1 ? line : line.slice(0, hash)).trim();
    if (entry) entries.push(...entry.split(/\s+/u));
  }
  return entries;
}
