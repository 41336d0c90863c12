// EMAIL detector: candidates read around each '@' (and around spelled-out markers), confirmed by validator.isEmail.

import { readPatternList } from '../patterns.js';
import type { Span } from '../types.js';
import type { Detector } from './detector.js';
import { isApostropheCode, isDomainCode, isLocalCode, isSpaceCode } from './email-chars.js';
import { createObfuscationScanner, type ObfuscatedCandidate } from './email-obfuscated.js';
import { isValidEmail } from './email-valid.js';
import { createCueMatcher, foldCue, lowerCase, type CueMatcher } from './phone-cues.js';

/** Scores, in one place. ≥ 0.5 is reported by default. */
const scores = {
  plain: 0.95, // ivan@mail.ru
  bracketed: 0.9, // ivan[at]mail.ru, ivan (собака) mail.ru
  spelledOut: 0.85, // ivan at mail dot ru, ivan собака mail точка ru
  spacedAt: 0.45, // ivan @ mail.ru: also "dinner @ cafe.uz"; a cue word lifts it
  proseAt: 0.45, // ivan at mail.ru: also "I work at mail.ru"; a cue word lifts it
  proseWordAt: 0.2, // is at work dot com: a word of prose before `at`; no cue word lifts it
  strayDots: 0.8, // ivan.@mail.ru: not RFC-valid, still someone's address
  cueBonus: 0.3,
} as const;

const limits = {
  maxLocal: 64,
  maxDomain: 253,
  cueBefore: 40,
  cueAfter: 20,
} as const;

/** The word lists the detector reads once; handed to each judgement. */
interface EmailLists {
  cues: CueMatcher;
  commonTlds: ReadonlySet<string>;
  /** `png`, `jpg`: `logo@2x.png` is a file name. */
  fileExtensions: ReadonlySet<string>;
  /** `is`, `looking`: "she is at work dot com" is prose. */
  proseWords: ReadonlySet<string>;
}

interface Found {
  start: number;
  end: number;
  score: number;
  source: string;
  normalized: string;
}

export function createEmailDetector(): Detector {
  const cues = createCueMatcher(readPatternList('cues/email-context.txt'));
  const commonTlds = new Set(readPatternList('cues/email-common-tlds.txt').map(foldCue));
  const lists: EmailLists = {
    cues,
    commonTlds,
    fileExtensions: new Set(readPatternList('cues/email-file-extensions.txt').map(foldCue)),
    proseWords: new Set(readPatternList('cues/email-prose-words.txt').map(foldCue)),
  };
  const obfuscation = createObfuscationScanner({
    at: readPatternList('cues/email-at-words.txt').map(foldCue),
    dot: readPatternList('cues/email-dot-words.txt').map(foldCue),
  });
  return {
    type: 'EMAIL',
    name: 'email',
    detect(text: string): Span[] {
      const spans: Span[] = [];
      for (let at = text.indexOf('@'); at !== -1; at = text.indexOf('@', at + 1)) {
        const found = readAroundAt(text, at, lists);
        if (found) spans.push(toSpan(found));
        else {
          // `ivan@mail dot ru`, `ivan[@]mail.ru`, `ivan @ mail . ru`: a real '@' with the rest disguised.
          const candidate = obfuscation.readLiteralAt(text, at);
          // Unless the '@' itself is bracketed, only a top-level domain people use: `x@12 dot phone` is noise.
          const plausible = candidate && (candidate.bracketed || lists.commonTlds.has(candidate.tld));
          const disguised = plausible && judgeObfuscated(text, candidate, lists);
          if (disguised) spans.push(toSpan(disguised));
        }
      }
      for (const candidate of obfuscation.scan(text)) {
        const found = judgeObfuscated(text, candidate, lists);
        if (found) spans.push(toSpan(found));
      }
      return spans;
    },
  };
}

/** Keys in the order spans always had (`{ ...found, type }`): JSON output stays byte-identical. */
function toSpan(found: Found): Span {
  return { start: found.start, end: found.end, score: found.score, source: found.source, normalized: found.normalized, type: 'EMAIL' };
}

/**
 * The address around one '@'. Every '@' is looked at once, and reading is bounded by the RFC limits: linear.
 * A percent-encoded `%40` (`?email=ivan%40mail.ru`) is not read: a third pass over every text for it cost several
 * per cent of EMAIL CPU on the dev corpus (interleaved A/B against the code without it).
 */
function readAroundAt(text: string, at: number, lists: EmailLists): Found | undefined {
  let localEnd = at;
  const spacedLeft = isSpaceCode(text.charCodeAt(at - 1));
  if (spacedLeft) localEnd--;
  let start = localEnd;
  while (start > 0 && localEnd - start <= limits.maxLocal && isLocalAt(text, start - 1)) start--;
  if (localEnd - start > limits.maxLocal) return undefined;
  while (start < localEnd && isEdgePunctuation(text.charCodeAt(start))) start++;
  if (start === localEnd) return undefined;

  let domainStart = at + 1;
  const spacedRight = isSpaceCode(text.charCodeAt(domainStart));
  if (spacedRight) domainStart++;
  let end = domainStart;
  while (end < text.length && end - domainStart <= limits.maxDomain && isDomainCode(text.charCodeAt(end))) end++;
  if (end - domainStart > limits.maxDomain) return undefined;
  while (end > domainStart && (text.charCodeAt(end - 1) === 0x2e || text.charCodeAt(end - 1) === 0x2d)) end--;
  end = cutGluedWord(text, domainStart, end);
  if (end === domainStart) return undefined;

  const local = text.slice(start, localEnd);
  const domain = text.slice(domainStart, end);
  if (!domain.includes('.') || isFileName(domain, lists.fileExtensions)) return undefined;
  const address = `${local}@${domain}`;
  if (!isValidEmail(local, domain)) {
    // `ivan.@mail.ru`, `ivan..petrov@mail.ru`: RFC-invalid dots that mail services still accept and people type.
    // The address is as identifying as a valid one, so it is masked; the normalised form drops the stray dots.
    const tidiedLocal = local.replace(/\.{2,}/gu, '.').replace(/\.$/u, '');
    if (tidiedLocal === local || spacedLeft || spacedRight || !isValidEmail(tidiedLocal, domain)) return undefined;
    return { start, end, score: scores.strayDots, source: 'email:obfuscated', normalized: `${tidiedLocal}@${domain}`.toLowerCase() };
  }
  const normalized = lowerCase(address);
  if (!spacedLeft && !spacedRight) return { start, end, score: scores.plain, source: 'email', normalized };
  // `ali.valiyev @gmail.com`: a local part no sentence has (dots, digits, `_`) makes the spaced '@' an address.
  const score = isPlainLocal(local) ? scores.spacedAt + (hasCue(text, start, end, lists.cues) ? scores.cueBonus : 0) : scores.spelledOut;
  return { start, end, score, source: 'email:obfuscated', normalized };
}

/** `logo@2x.png`: the name of an image or document, whose extension no registry hands out as a domain. */
function isFileName(domain: string, fileExtensions: ReadonlySet<string>): boolean {
  const dot = domain.lastIndexOf('.');
  // Every listed extension has two to four letters; most addresses end in a listed TLD's length too, so the
  // lower-casing is left for last.
  if (domain.length - dot > 5) return false;
  return fileExtensions.has(lowerCase(domain.slice(dot + 1)));
}

/**
 * `ivan@mail.ruпишите`: a top-level label that switches script mid-way is an address glued to the next word.
 * Cuts at the switch (Latin ↔ non-Latin letters).
 */
function cutGluedWord(text: string, domainStart: number, end: number): number {
  // Searched within the domain only: an unbounded lastIndexOf rescans the whole text before every '@', which made
  // `a@a@a@…` quadratic (2.3 s for 64 000 characters; test/security/redos.test.ts).
  const dotInDomain = text.slice(domainStart, end).lastIndexOf('.');
  if (dotInDomain === -1) return end;
  const lastDot = domainStart + dotInDomain;
  const firstIsAscii = text.charCodeAt(lastDot + 1) < 128;
  for (let i = lastDot + 2; i < end; i++) {
    if (text.charCodeAt(i) < 128 !== firstIsAscii) return i;
  }
  return end;
}

function judgeObfuscated(text: string, candidate: ObfuscatedCandidate, lists: EmailLists): Found | undefined {
  // Cheap checks first: prose yields many ` at ` candidates.
  if (candidate.tld.length < 2 || (candidate.proseAt && !lists.commonTlds.has(candidate.tld))) return undefined;
  if (lists.fileExtensions.has(candidate.tld)) return undefined;
  const normalized = lowerCase(candidate.address);
  const at = normalized.indexOf('@');
  if (!isValidEmail(normalized.slice(0, at), normalized.slice(at + 1))) return undefined;
  let score: number;
  if (candidate.bracketed) score = scores.bracketed;
  else if (candidate.proseAt && lists.proseWords.has(normalized.slice(0, at))) score = scores.proseWordAt;
  else if (candidate.spacedOnly) score = scores.spacedAt + (hasCue(text, candidate.start, candidate.end, lists.cues) ? scores.cueBonus : 0);
  else if (!candidate.proseAt || candidate.wordDot || !isPlainWord(candidate.address)) score = scores.spelledOut;
  else score = scores.proseAt + (hasCue(text, candidate.start, candidate.end, lists.cues) ? scores.cueBonus : 0);
  return { start: candidate.start, end: candidate.end, score, source: 'email:obfuscated', normalized };
}

function hasCue(text: string, start: number, end: number, cues: CueMatcher): boolean {
  return cues.near(text, start - limits.cueBefore, start) || cues.near(text, end, end + limits.cueAfter);
}

/** Local-part character, or an apostrophe between two of them (`o'brien@…`, Uzbek `g'ulom@…`, `oʻktam@…`). */
function isLocalAt(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  if (isLocalCode(code)) return true;
  return isApostropheCode(code) && isLocalCode(text.charCodeAt(index - 1)) && isLocalCode(text.charCodeAt(index + 1));
}

/** `work` in "I work at mail.ru" is a word; `john.doe`, `ivan_99` are not, so `john.doe at gmail.com` is an address. */
function isPlainWord(address: string): boolean {
  return isPlainLocal(address.slice(0, address.indexOf('@')));
}

function isPlainLocal(local: string): boolean {
  return !/[._\d+-]/u.test(local);
}

/** `.`, `-`, `+` cannot start a local part in the addresses we accept. */
function isEdgePunctuation(code: number): boolean {
  return code === 0x2e || code === 0x2d || code === 0x2b;
}
