// Finds e-mail addresses written to dodge scrapers: `ivan at mail dot ru`, `ivan[at]mail.ru`, `ivan (собака) mail.ru`.

import { isDomainCode, isLabelCode, isLocalCode, isSpaceCode } from './email-chars.js';

export interface ObfuscationWords {
  /** Words standing for '@' (`at`, `собака`), folded to lower case. */
  at: readonly string[];
  /** Words standing for '.' (`dot`, `точка`), folded to lower case. */
  dot: readonly string[];
}

export interface ObfuscatedCandidate {
  start: number;
  end: number;
  /** The address with markers replaced: `ivan@mail.ru` (not yet validated, not yet lower-cased). */
  address: string;
  /** The '@' marker was bracketed (`[at]`, `(собака)`): deliberate obfuscation, not prose. */
  bracketed: boolean;
  /** The '@' marker was the English word `at`, which also occurs in prose (`look at example.com`). */
  proseAt: boolean;
  /** At least one '.' was written as a word (`dot`, `точка`) or bracketed (`[.]`). */
  wordDot: boolean;
  /**
   * Disguised only by spaces (`ivan @ mail . ru`): as likely a sloppy sentence as an address, so scored like a
   * spaced '@'.
   */
  spacedOnly: boolean;
  /** Last label of the domain, lower-cased. */
  tld: string;
}

const maxLocal = 64;
const maxLabel = 63;
const maxLabels = 8;

export interface ObfuscationScanner {
  scan(text: string): ObfuscatedCandidate[];
  /**
   * The address around a real '@' at `at` that plain reading did not take: `ivan@mail dot ru`, `ivan[@]mail.ru`,
   * `ivan @ mail . ru`. Undefined when nothing but plain dots follow (plain reading's answer stands).
   */
  readLiteralAt(text: string, at: number): ObfuscatedCandidate | undefined;
}

export function createObfuscationScanner(words: ObfuscationWords): ObfuscationScanner {
  const at = alternation(words.at);
  const dot = alternation(words.dot);
  // Markers only; the address around them is read by hand, so no part of these can backtrack over a token.
  // The word with one character before it (space or opening bracket), no lookbehind: 3x faster in V8.
  const atMarker = new RegExp(`[\\s\\[({<](?:${at})(?=[\\s\\])}>])`, 'giu');
  // `[dot]`, `(.)`, ` dot `, ` . ` or a plain dot; which one it was is read from the match (dotKind()).
  const disguisedDot = `\\s?[\\[({<] ?(?:${dot}|\\.) ?[\\])}>]\\s?|\\s(?:${dot})\\s|\\s\\.\\s`;
  const dotMarker = new RegExp(`${disguisedDot}|\\.`, 'iuy');
  // After a real '@' also the typos of a phone keyboard: a space on one side of the dot (`gmail .com`, `gmail. com`)
  // and a comma for the dot (`mail,ru`); the caller then wants a top-level domain people use. Before the plain dot:
  // alternatives are tried in order.
  const typedDotMarker = new RegExp(`${disguisedDot}|\\s\\.|\\.\\s|\\.|,`, 'iuy');
  const english = new Set(['at']);
  const dotWords = new Set(words.dot);

  return {
    scan(text) {
      const found: ObfuscatedCandidate[] = [];
      atMarker.lastIndex = 0;
      for (let match = atMarker.exec(text); match; match = atMarker.exec(text)) {
        const wordStart = match.index + 1;
        const marker = readMarker(text, wordStart, wordStart + match[0].length - 1);
        if (!marker) continue;
        const { markerStart, markerEnd, bracketed } = marker;
        const word = text.slice(wordStart, wordStart + match[0].length - 1);
        // The domain first: prose `at` is rarely followed by two labels, and the local part reads further back.
        const domain = readDomain(text, markerEnd, dotMarker);
        if (!domain) continue;
        const local = readLocalBackwards(text, markerStart, dotWords);
        if (!local) continue;
        found.push(candidateOf(local, domain, bracketed, !bracketed && english.has(word.toLowerCase()), false));
        atMarker.lastIndex = Math.max(atMarker.lastIndex, domain.end);
      }
      return found;
    },

    readLiteralAt(text, at) {
      // `[@]`, `(@)`, `{@}`, `<@>`: the sign bracketed on both sides.
      const bracketed = isOpening(text.charCodeAt(at - 1)) && isClosing(text.charCodeAt(at + 1));
      const markerStart = bracketed ? at - 1 : at;
      const markerEnd = bracketed ? at + 2 : at + 1;
      // Cheap first: a disguised dot starts with a space or a bracket right after the first label or labels.
      if (!bracketed && !endsBeforeDisguisedDot(text, markerEnd, dotWords)) return undefined;
      const domain = readDomain(text, markerEnd, typedDotMarker);
      if (!domain || (!bracketed && !domain.wordDot && !domain.spacedDot)) return undefined;
      const local = readLocalBackwards(text, markerStart, dotWords);
      if (!local) return undefined;
      return candidateOf(local, domain, bracketed, false, !bracketed && !domain.wordDot);
    },
  };
}

/**
 * Whether the domain characters after the '@' (one or two spaces in) stop where a disguised dot starts: an opening
 * bracket, a comma, a dot with a space after it, or spaces before a dot, a bracket or a dot word. Cheap on purpose:
 * every '@' that plain reading turned down comes here (`@username` handles are half of the dev corpus's '@').
 */
function endsBeforeDisguisedDot(text: string, from: number, dotWords: ReadonlySet<string>): boolean {
  let i = from;
  for (let skipped = 0; skipped < 2 && isSpaceCode(text.charCodeAt(i)); skipped++) i++;
  const start = i;
  while (i < text.length && i - start <= maxLabel * maxLabels && isDomainCode(text.charCodeAt(i))) i++;
  if (i === start) return false;
  const stop = text.charCodeAt(i);
  if (stop === 0x2e) return isSpaceCode(text.charCodeAt(i + 1));
  if (isOpening(stop) || stop === 0x2c) return true;
  if (!isSpaceCode(stop)) return false;
  // `gmail. com`: the dot was read as a domain character.
  if (text.charCodeAt(i - 1) === 0x2e) return true;
  while (isSpaceCode(text.charCodeAt(i))) i++;
  const next = text.charCodeAt(i);
  if (next === 0x2e || isOpening(next)) return true;
  const wordStart = i;
  while (i - wordStart < 8 && isLetterCode(text.charCodeAt(i))) i++;
  return i > wordStart && dotWords.has(text.slice(wordStart, i).toLowerCase());
}

function candidateOf(local: LocalRead, domain: DomainRead, bracketed: boolean, proseAt: boolean, spacedOnly: boolean): ObfuscatedCandidate {
  return {
    start: local.start,
    end: domain.end,
    address: `${local.value}@${domain.labels.join('.')}`,
    bracketed,
    proseAt,
    wordDot: domain.wordDot,
    spacedOnly,
    tld: (domain.labels[domain.labels.length - 1] ?? '').toLowerCase(),
  };
}

/**
 * The whole marker around an at-word: `[at]`, `( at )`, or the bare word between spaces. A bracket on one
 * side only (`(at the office`) is neither.
 */
function readMarker(
  text: string,
  wordStart: number,
  wordEnd: number,
): { markerStart: number; markerEnd: number; bracketed: boolean } | undefined {
  let open = wordStart - 1;
  if (isSpaceCode(text.charCodeAt(open)) && isOpening(text.charCodeAt(open - 1))) open--;
  let close = wordEnd;
  if (isSpaceCode(text.charCodeAt(close)) && isClosing(text.charCodeAt(close + 1))) close++;
  if (isOpening(text.charCodeAt(open)) && isClosing(text.charCodeAt(close))) {
    return { markerStart: open, markerEnd: close + 1, bracketed: true };
  }
  if (isWhiteSpace(text.charCodeAt(wordStart - 1)) && isWhiteSpace(text.charCodeAt(wordEnd))) {
    return { markerStart: wordStart, markerEnd: wordEnd, bracketed: false };
  }
  return undefined;
}

function isOpening(code: number): boolean {
  return code === 0x5b || code === 0x28 || code === 0x7b || code === 0x3c;
}

function isClosing(code: number): boolean {
  return code === 0x5d || code === 0x29 || code === 0x7d || code === 0x3e;
}

function isWhiteSpace(code: number): boolean {
  return isSpaceCode(code) || code === 0x0a || code === 0x0d;
}

function alternation(entries: readonly string[]): string {
  return entries.map((entry) => entry.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')).join('|');
}

interface LocalRead {
  start: number;
  /** The local part with spelled-out dots written as `.`. */
  value: string;
}

// `ivan (dot) petrov (at) …` holds a few dots at most; the bound keeps each '@' marker's work constant.
const maxLocalDots = 4;

/**
 * The local part ending right before the marker (one or two spaces allowed between them), with the parts before
 * it that spelled-out dots join on (`ivan dot petrov at …`, `ivan (dot) petrov (at) …`).
 */
function readLocalBackwards(text: string, markerStart: number, dotWords: ReadonlySet<string>): LocalRead | undefined {
  let end = markerStart;
  for (let skipped = 0; skipped < 2 && end > 0 && isSpaceCode(text.charCodeAt(end - 1)); skipped++) end--;
  let start = localPartStart(text, end);
  if (start === -1 || start === end || isEdgePunctuation(text.charCodeAt(start))) return trimmedLocal(text, start, end);
  let value = text.slice(start, end);
  for (let dots = 0; dots < maxLocalDots; dots++) {
    const partEnd = spelledDotBefore(text, start, dotWords);
    if (partEnd === -1) break;
    const partStart = localPartStart(text, partEnd);
    if (partStart === -1 || partStart === partEnd || value.length + partEnd - partStart >= maxLocal) break;
    value = `${text.slice(partStart, partEnd)}.${value}`;
    start = partStart;
  }
  return { start, value };
}

/** Where the local-part characters ending at `end` start; -1 past the RFC length. */
function localPartStart(text: string, end: number): number {
  let start = end;
  while (start > 0 && end - start <= maxLocal && isLocalCode(text.charCodeAt(start - 1))) start--;
  return end - start > maxLocal ? -1 : start;
}

function trimmedLocal(text: string, start: number, end: number): LocalRead | undefined {
  if (start === -1) return undefined;
  while (start < end && isEdgePunctuation(text.charCodeAt(start))) start++;
  return start < end ? { start, value: text.slice(start, end) } : undefined;
}

/**
 * ` dot ` or `(dot)` (also `[ dot ]`) right before `start`: the index where the local part before it ends, else
 * -1. Reads back a few characters only.
 */
function spelledDotBefore(text: string, start: number, dotWords: ReadonlySet<string>): number {
  let i = start;
  if (isSpaceCode(text.charCodeAt(i - 1))) i--;
  const closed = isClosing(text.charCodeAt(i - 1));
  if (closed) {
    i--;
    if (isSpaceCode(text.charCodeAt(i - 1))) i--;
  } else if (i === start) return -1;
  const wordEnd = i;
  while (i > 0 && wordEnd - i < 8 && isLetterCode(text.charCodeAt(i - 1))) i--;
  if (i === wordEnd || !dotWords.has(text.slice(i, wordEnd).toLowerCase())) return -1;
  if (closed) {
    if (isSpaceCode(text.charCodeAt(i - 1))) i--;
    if (!isOpening(text.charCodeAt(i - 1))) return -1;
    i--;
    if (isSpaceCode(text.charCodeAt(i - 1))) i--;
    return i;
  }
  return isSpaceCode(text.charCodeAt(i - 1)) ? i - 1 : -1;
}

/** Letters of the dot words (`dot`, `точка`, `nuqta`, `нүкте`): ASCII and Cyrillic. */
function isLetterCode(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 0x0400 && code <= 0x04ff);
}

interface DomainRead {
  labels: string[];
  end: number;
  wordDot: boolean;
  /** At least one '.' was written with a space on both sides (`mail . ru`). */
  spacedDot: boolean;
}

/** `mail dot ru`, `mail.ru`, `mail [dot] co [dot] uz`: labels joined by real or spelled-out dots; at least two. */
function readDomain(text: string, from: number, dotMarker: RegExp): DomainRead | undefined {
  let position = from;
  for (let skipped = 0; skipped < 2 && isSpaceCode(text.charCodeAt(position)); skipped++) position++;
  const labels: string[] = [];
  let end = position;
  let wordDot = false;
  let spacedDot = false;
  let pendingDot = 0;
  while (labels.length < maxLabels) {
    let labelEnd = position;
    while (labelEnd < text.length && labelEnd - position < maxLabel && isLabelCode(text.charCodeAt(labelEnd))) labelEnd++;
    if (labelEnd === position || isLabelCode(text.charCodeAt(labelEnd))) break;
    labels.push(text.slice(position, labelEnd));
    end = labelEnd;
    if (pendingDot === dotKinds.word) wordDot = true;
    if (pendingDot === dotKinds.spaced) spacedDot = true;
    dotMarker.lastIndex = labelEnd;
    const dot = dotMarker.exec(text);
    if (!dot) break;
    pendingDot = dotKind(dot[0]);
    position = dotMarker.lastIndex;
  }
  return labels.length >= 2 ? { labels, end, wordDot, spacedDot } : undefined;
}

const dotKinds = { plain: 0, word: 1, spaced: 2 } as const;

/** A plain `.`, a spaced one (` . `, ` .`, `. `), or a spelled-out, bracketed or typed-for one (`dot`, `[.]`, `,`). */
function dotKind(marker: string): number {
  if (marker === '.') return dotKinds.plain;
  return marker.length <= 3 && marker.trim() === '.' ? dotKinds.spaced : dotKinds.word;
}

/** `.`, `-`, `+` cannot start a local part or a label in the addresses we accept. */
function isEdgePunctuation(code: number): boolean {
  return code === 0x2e || code === 0x2d || code === 0x2b;
}
