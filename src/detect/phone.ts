// PHONE detector: a linear candidate scan, shape and context filters, then numbering-plan validity on candidates only.

import type { CountryCode } from 'libphonenumber-js/max';

import { readPatternList } from '../patterns.js';
import type { Span } from '../types.js';
import type { DetectContext, Detector } from './detector.js';
import { CandidateContext, isExcludedByContext, type PhoneCues } from './phone-context.js';
import { createCueMatcher, type CueMatcher } from './phone-cues.js';
import { followsIbanGroups } from './phone-iban.js';
import { alternativeEndingLength, followsWholeNumber, slashOpensAnother } from './phone-slash.js';
import { hasLegacyAreaGroup, readLegacyUzbekLandline } from './phone-legacy.js';
import { mayBeNationalNumber } from './phone-plans.js';
import { groupDigits, isInvisibleMark, nextPhoneRun, type PhoneRun } from './phone-scan.js';
import {
  hasDecimalFraction,
  isCardNumber,
  isDateShaped,
  isIpAddressShaped,
  isIsbnShaped,
  isPhoneGrouped,
  isSsnShaped,
  isThousandsShaped,
  type RunShape,
} from './phone-shape.js';
import { isMobile, parsePlusNumber, readPlusNumber, type InternationalVerdict, type NationalMatch } from './phone-validate.js';
import { createRegionVerdictsLookup, fallbackRegions, type NationalVerdict, type RegionVerdicts } from './phone-verdicts.js';

// Validity comes from libphonenumber-js's `max` metadata (phone-plans.ts, phone-validate.ts), not `min`: `min` only
// checks lengths, so it calls Dushanbe's `37 123 4567` layout and random 8-digit strings valid and cannot tell
// mobile from fixed-line numbers, which the scores below rely on.

/** Scores, in one place. ≥ 0.5 is reported by default; lower ones are left for a tenant threshold to pick up. */
const scores = {
  international: 0.95, // `+` and valid for its country
  internationalPossible: 0.7, // `+` and a possible length for a known country code, not (yet) a valid range
  countryCodeWithoutPlus: 0.85, // `998901234567`, `00998…`
  sevenWithoutPlus: 0.7, // `79123456789`: 7 + ten digits is common for RU/KZ but also for IDs
  nationalParenthesised: 0.85, // `(90) 123-45-67`
  nationalGrouped: 0.75, // `90 123 45 67`, `8 701 234 56 78`
  nationalBareMobile: 0.6, // `901234567`
  nationalWeak: 0.35, // bare fixed-line digits, amounts-like grouping: only with a cue word
  fallbackGrouped: 0.6, // `780-999-2181`: valid in a fallback region (US), grouped
  shapeWithCue: 0.6, // `Phone: 467 3395`: not valid anywhere we know, but phone-shaped next to a cue word
  bareWithCue: 0.55,
  trunkZeroGrouped: 0.55, // `078 8098 1119`: grouped, leading trunk 0, valid nowhere we know, no cue word
  cueBonus: 0.25,
  cap: 0.97,
} as const;

const limits = {
  minDigits: 7,
  maxDigits: 15, // E.164
  /** A number written one digit per group (`9 9 8 9 0 …`) needs a full subscriber number: short lists stay lists. */
  minSpelledDigits: 9,
  /**
   * Window judgements per group of a run that has to be split. Each is O(15) once its verdict is cached, so a
   * megabyte of `12-12-12-…` stays linear; the floor keeps short runs' search as thorough as it always was.
   */
  windowAttemptsPerGroup: 6,
  minWindowAttempts: 48,
} as const;

interface Candidate {
  start: number;
  end: number;
  score: number;
  source: string;
  normalized: string;
  /** A numbering plan vouches for it; false for phone-shaped digits taken on a cue word alone. */
  validated: boolean;
}

/** `whole`: the run as written; `window`: part of a split run, where only plan-validated numbers count. */
type Judging = 'whole' | 'window';

/** False when a text with this many ASCII digits cannot hold a phone number (no run could reach the minimum). */
export function mayHoldPhone(asciiDigits: number): boolean {
  return asciiDigits >= limits.minDigits;
}

export function createPhoneDetector(): Detector {
  const phoneWords = readPatternList('cues/phone-context.txt');
  const numberWords = readPatternList('cues/phone-number-words.txt');
  const cues: PhoneCues = {
    phone: createCueMatcher([...phoneWords, ...numberWords]),
    strongPhone: createCueMatcher(phoneWords),
    idLink: createCueMatcher([...numberWords, ...readPatternList('cues/phone-id-links.txt')]),
    notPhone: createCueMatcher(readPatternList('cues/phone-not-context.txt')),
    currency: createCueMatcher(readPatternList('cues/phone-currency.txt')),
  };
  const regionVerdicts = createRegionVerdictsLookup();
  return {
    type: 'PHONE',
    name: 'phone',
    detect(text: string, ctx: DetectContext): Span[] {
      const verdicts = regionVerdicts(ctx.regions);
      const spans: Span[] = [];
      // Run by run, no callback: under tsx a function created per call is also named at run time.
      for (let run = nextPhoneRun(text, 0, limits.minDigits); run; run = nextPhoneRun(text, run.end, limits.minDigits)) {
        const found = judgeRun(text, run, verdicts, cues);
        for (let i = 0; i < found.length; i++) {
          const { start, end, score, source, normalized } = found[i]!;
          spans.push({ start, end, type: 'PHONE', score, source, normalized });
        }
      }
      return spans;
    },
  };
}

function judgeRun(text: string, run: PhoneRun, verdicts: RegionVerdicts, cues: PhoneCues): Candidate[] {
  const groups = run.groups;
  const last = groups.length - 1;
  const digits = indexDigits(text, run);
  const digitCount = digits.all.length;
  if (digitCount < limits.minDigits) return [];
  if (isCardNumber(digits.all) || isCardGrouped(run) || isIsbnShaped(digits.all, run.separators)) return [];

  const whole = digitCount <= limits.maxDigits ? judgeWindow(text, run, digits, 0, last, verdicts, cues, 'whole') : undefined;
  if (whole?.validated || groups.length < 2) return whole ? [whole] : [];
  const split = findValidatedWindows(text, run, digits, verdicts, cues);
  // A cue-word guess for the whole run beats windows that leave digits of it out: `Mobile: 0688 843 79 56`
  // is one number even if `0688 843 79` alone happens to be valid somewhere.
  if (whole && !coversRun(split, run)) return [whole];
  // Only digits left over at the end are widened over (`0680 298 70 | 63`); digits left at the start were
  // ruled out for a reason (`10:|00 90 123 45 67`).
  if (split.length > 0 && split[0]!.start <= run.start && !coversRun(split, run)) return [widenToRun(text, run, split)];
  return split;
}

/**
 * Splits a run that is not one number: `90 123 45 67 91 234 56 78`, or a date glued before a number. Greedy,
 * left to right, longest window first, numbering-plan-validated windows only, with attempts bounded per group.
 */
function findValidatedWindows(text: string, run: PhoneRun, digits: RunDigits, verdicts: RegionVerdicts, cues: PhoneCues): Candidate[] {
  const last = run.groups.length - 1;
  const found: Candidate[] = [];
  let budget = Math.max(limits.minWindowAttempts, limits.windowAttemptsPerGroup * run.groups.length);
  let from = 0;
  while (from <= last && budget > 0) {
    // `12.12.12…`: a window that starts right after `12.` continues a number and is never free-standing,
    // whatever its end; all windows from here are skipped at once.
    if (continuesNumberAt(text, windowStart(text, run, from), run.plus && from === 0)) {
      from++;
      continue;
    }
    let to = widestWindowEnd(run, digits, from);
    let accepted: Candidate | undefined;
    for (; to >= from && budget > 0; to--) {
      const count = digitCount(digits, from, to);
      if (count < limits.minDigits) break;
      if (from === 0 && to === last) continue;
      if (!(run.plus && from === 0) && !mayBeWrittenLength(digits, from, count, verdicts)) continue;
      budget--;
      accepted = judgeWindow(text, run, digits, from, to, verdicts, cues, 'window');
      if (accepted?.validated) break;
      accepted = undefined;
    }
    if (accepted) {
      found.push(accepted);
      from = to + 1;
    } else {
      from++;
    }
  }
  return found;
}

/** The last group that keeps groups `from..` within E.164's fifteen digits (and lone digits out). */
function widestWindowEnd(run: PhoneRun, runDigits: RunDigits, from: number): number {
  let to = from;
  let digits = digitCount(runDigits, from, from);
  while (to + 1 < run.groups.length) {
    const next = digitCount(runDigits, to + 1, to + 1);
    if (digits + next > limits.maxDigits) break;
    // Mirrors hasInnerSingleDigit: a window never reaches across a lone digit unless it starts with `+`.
    if (next === 1 && !(run.plus && from === 0)) break;
    digits += next;
    to++;
  }
  return to;
}

function judgeWindow(
  text: string,
  run: PhoneRun,
  runDigits: RunDigits,
  from: number,
  to: number,
  verdicts: RegionVerdicts,
  cues: PhoneCues,
  judging: Judging,
): Candidate | undefined {
  const groups = run.groups;
  const plus = run.plus && from === 0;
  // Single digits between groups (`1-2 3.4 5`) are lists and scores, not numbers written without `+`.
  const count = digitCount(runDigits, from, to);
  // …unless every group is one digit and there are enough of them for a number: `9 9 8 9 0 1 2 3 4 5 6 7`, a number
  // spelled out digit by digit to get past a filter; the numbering plans below still have to accept it.
  if (!plus && hasInnerSingleDigit(groups, from, to) && !(count >= limits.minSpelledDigits && count === to - from + 1)) return undefined;
  if (count < limits.minDigits || count > limits.maxDigits) return undefined;
  const start = windowStart(text, run, from);
  const end = groups[to]!.end;
  // Digits glued into a bigger token (`RR554938998RU`, `KZ-93778089`, `12/05…`) go before any numbering plan is
  // asked: a fifth of the runs in the dev corpus, and on digits not seen before validation is the dearest step.
  if (!isFreeStanding(text, start, end, plus, cues.phone)) return undefined;
  if (!plus && text.charCodeAt(start - 1) === 0x20 && followsIbanGroups(text, start)) return undefined;
  const digits = windowDigits(runDigits, from, to);

  // The numbering plans answer before any context is read (and, in a split run, before the shape is built): most
  // candidates are settled by them, and in a split run only validated windows count.
  let international: InternationalVerdict | null = undefined;
  let national: NationalVerdict | undefined;
  if (plus) {
    international = readPlusNumber(digits);
    if (international === null) international = parsePlusNumber(cleanForParse(text.slice(start, end)));
    if (judging === 'window' && !international) return undefined;
    // `номер+998901234567звоните`: glued between words, only a number valid for its country is taken.
    if (!(international && 'type' in international) && isGluedBetweenLetters(text, start, end)) return undefined;
  } else {
    national = verdicts.nationalVerdict(digits);
  }
  // In a split run most windows are valid nowhere: they go before their shape is even built.
  if (
    national &&
    judging === 'window' &&
    !national.withCallingCode &&
    !national.national &&
    !mayHaveFallback(digits) &&
    !readLegacyUzbekLandline(digits, verdicts.regions)
  ) {
    return undefined;
  }
  const shape = shapeOf(run, from, to, digits);
  if (national && judging === 'window' && !isPlanBacked(digits, national, shape, verdicts)) return undefined;
  if (isDateShaped(shape) || isSsnShaped(shape)) return undefined;
  // Bare digits that no numbering plan allows are never phones, cue word or not (`1234567` in a list of
  // amounts next to "call"). Grouped ones still may be (`Phone: 467 3395`). Cheap: no parse, no context.
  // A verdict that validates settles it already; only the rest need the check.
  const validated = national !== undefined && (national.withCallingCode !== undefined || national.national !== undefined);
  if (national && !validated && shape.lengths.length === 1 && !mayBeAnyNumber(digits, national)) return undefined;

  const context = new CandidateContext(text, start, end);
  // `90.123.45.67` is a phone and an IP address at once; only a cue word makes it the phone, or a dialogue turn
  // that is nothing but a valid mobile grouped like one (`Клиент: 91.000.19.78`).
  if (!plus && isIpAddressShaped(shape) && !context.hasCue(cues) && !isLoneGroupedMobile(national, shape, context, cues)) {
    return undefined;
  }
  // `41.311081`: a decimal fraction, unless a cue word says the dot only groups a number (`тел 90.1234567`).
  if (!plus && hasDecimalFraction(shape) && !context.hasCue(cues)) return undefined;
  if (plus || !national) return withExtension(text, judgeInternational(start, end, digits, international, context, cues));

  if (isExcludedByContext(text, start, end, isPhoneLike(national, shape), cues, context)) return undefined;
  return withExtension(text, judgeNational(start, end, digits, shape, national, verdicts, context, cues));
}

function shapeOf(run: PhoneRun, from: number, to: number, digits: string): RunShape {
  const lengths: number[] = [];
  for (let g = from; g <= to; g++) lengths.push(run.groups[g]!.end - run.groups[g]!.start);
  return { lengths, separators: run.separators.slice(from, to), digits };
}

/** Cheap: whether the fallback regions' plans allow these digits at all (no parse). */
function mayHaveFallback(digits: string): boolean {
  return mayBeNationalIn(digits, fallbackRegions);
}

/** Could judgeNational() return a plan-validated candidate for these digits? (It may still not, for lack of a cue.) */
function isPlanBacked(digits: string, verdict: NationalVerdict, shape: RunShape, verdicts: RegionVerdicts): boolean {
  if (verdict.withCallingCode || verdict.national) return true;
  if (!isGroupedOrParenthesised(shape)) return false;
  return readLegacyUzbekLandline(digits, verdicts.regions) !== undefined || verdicts.fallbackVerdict(digits) !== undefined;
}

function isLoneGroupedMobile(verdict: NationalVerdict | undefined, shape: RunShape, context: CandidateContext, cues: PhoneCues): boolean {
  const national = verdict?.national;
  return national !== undefined && isMobile(national.type) && isPhoneGrouped(shape) && context.standsAlone(cues);
}

/**
 * `87710012345`, `0555001234`: the digits are the national number after a one-digit trunk prefix (8 in KZ, RU and
 * TM, 0 in KG) — how a phone is dialled at home, not how ids are written.
 */
function isWrittenWithTrunkPrefix(digits: string, national: NationalMatch): boolean {
  const trunk = digits.charCodeAt(0);
  if (trunk !== 0x38 && trunk !== 0x30) return false;
  // E.164 is `+`, a calling code of one to three digits, then the national number.
  const codeLength = national.number.length - digits.length;
  return codeLength >= 1 && codeLength <= 3 && national.number.endsWith(digits.slice(1));
}

/**
 * A valid mobile of a tenant region, a tenant region's calling code, or a valid number grouped like a phone:
 * an id word must name such a number directly to rule it out (see isExcludedByContext).
 */
function isPhoneLike(verdict: NationalVerdict, shape: RunShape): boolean {
  if (verdict.withCallingCode) return true;
  if (!verdict.national) return false;
  return isMobile(verdict.national.type) || isGroupedOrParenthesised(shape);
}

function isGroupedOrParenthesised(shape: RunShape): boolean {
  return (isPhoneGrouped(shape) && !isThousandsShaped(shape)) || hasClosingParenthesis(shape.separators);
}

function judgeInternational(
  start: number,
  end: number,
  digits: string,
  verdict: InternationalVerdict,
  context: CandidateContext,
  cues: PhoneCues,
): Candidate | undefined {
  if (verdict && 'type' in verdict) return candidate(start, end, scores.international, 'phone', verdict.number);
  if (verdict) {
    const cue = context.hasCue(cues);
    const score = scores.internationalPossible + (cue ? 0.1 : 0);
    return candidate(start, end, score, cue ? 'phone:context' : 'phone', verdict.possible);
  }
  if (digits.length >= 8 && context.hasCue(cues)) return guess(start, end, scores.shapeWithCue, `+${digits}`);
  return undefined;
}

function judgeNational(
  start: number,
  end: number,
  digits: string,
  shape: RunShape,
  verdict: NationalVerdict,
  verdicts: RegionVerdicts,
  context: CandidateContext,
  cues: PhoneCues,
): Candidate | undefined {
  const grouped = isPhoneGrouped(shape) && !isThousandsShaped(shape);
  const parenthesised = hasClosingParenthesis(shape.separators);

  const international = verdict.withCallingCode;
  // `8 10 998 …`, `810998…`: the prefix is written apart or the number is one block; `81078-734…` is no call abroad.
  if (international && digits.startsWith('810') && !isPrefixWrittenApart(shape)) return undefined;
  if (international) {
    const base = digits.startsWith('7') ? scores.sevenWithoutPlus : scores.countryCodeWithoutPlus;
    return scored(start, end, base + (grouped ? 0.05 : 0), international.number, context, cues);
  }

  const national = verdict.national;
  const bare = shape.lengths.length === 1;
  if (!national) {
    const legacy = readLegacyUzbekLandline(digits, verdicts.regions);
    if (legacy) return judgeLegacy(start, end, legacy, shape, parenthesised || grouped, context, cues);
  }
  // Bare digits without a cue word stand alone only as a number of the tenant's first region: other regions'
  // mobile ranges (TJ's above all) cover so much that `123456789` would pass. A mobile written with its trunk
  // prefix as the whole of a dialogue turn (`Клиент: 87710012345`) is one too.
  if (bare && !context.hasCue(cues)) {
    if (national?.regionIndex !== 0) {
      if (!national || !isMobile(national.type) || !isWrittenWithTrunkPrefix(digits, national)) return undefined;
      return context.standsAlone(cues) ? candidate(start, end, scores.nationalBareMobile, 'phone:line', national.number) : undefined;
    }
    const base = isMobile(national.type) ? scores.nationalBareMobile : scores.nationalWeak;
    return candidate(start, end, base, 'phone', national.number);
  }

  if (national) {
    let base: number = scores.nationalWeak;
    if (parenthesised) base = scores.nationalParenthesised;
    else if (grouped) base = scores.nationalGrouped;
    else if (bare && isMobile(national.type)) base = scores.nationalBareMobile;
    return scored(start, end, base, national.number, context, cues);
  }

  const fallback = grouped || parenthesised ? verdicts.fallbackVerdict(digits) : undefined;
  if (fallback) return scored(start, end, scores.fallbackGrouped, fallback.number, context, cues);
  // Unvalidated guesses stay within national lengths and one kind of separator: `12.05.2024 90 123` is not one.
  if (digits.length > 12 || (shape.separators.includes('.') && !allEqual(shape.separators, '.'))) return undefined;
  if (context.hasCue(cues)) return guess(start, end, bare ? scores.bareWithCue : scores.shapeWithCue, digits);
  // `078 8098 1119`, `024 971 50 30`: a leading 0 is the trunk prefix of most national plans outside our
  // regions, and amounts and ids are not written that way. Without a cue word, only just over the threshold.
  if (grouped && digits.length >= 9 && digits.charCodeAt(0) === 0x30) {
    return { ...guess(start, end, scores.trunkZeroGrouped, digits), source: 'phone:shape' };
  }
  return undefined;
}

/**
 * `8 (371) 200-12-34`: an old-form Uzbek landline (phone-legacy.ts), taken when the old area code stands as its
 * own group of a phone-shaped run, or next to a cue word; bare `83712001234` alone is too id-like.
 */
function judgeLegacy(
  start: number,
  end: number,
  legacy: NationalMatch,
  shape: RunShape,
  phoneShaped: boolean,
  context: CandidateContext,
  cues: PhoneCues,
): Candidate | undefined {
  if (phoneShaped && hasLegacyAreaGroup(shape.lengths)) {
    const base = hasClosingParenthesis(shape.separators) ? scores.nationalParenthesised : scores.nationalGrouped;
    return scored(start, end, base, legacy.number, context, cues);
  }
  return context.hasCue(cues) ? scored(start, end, scores.nationalWeak, legacy.number, context, cues) : undefined;
}

/** Adds the cue-word bonus; the source says when context, not the number alone, carried the decision. */
function scored(start: number, end: number, base: number, normalized: string, context: CandidateContext, cues: PhoneCues): Candidate {
  if (base < scores.nationalGrouped && context.hasCue(cues)) {
    return candidate(start, end, base + scores.cueBonus, 'phone:context', normalized);
  }
  return candidate(start, end, base, 'phone', normalized);
}

function candidate(start: number, end: number, score: number, source: string, normalized: string): Candidate {
  return { start, end, score: Math.min(scores.cap, score), source, normalized, validated: true };
}

/** Phone-shaped digits next to a cue word that no numbering plan confirms; normalised to the digits as written. */
function guess(start: number, end: number, score: number, normalized: string): Candidate {
  return { start, end, score, source: 'phone:context', normalized, validated: false };
}

/** `810…` as one block, or its `8 10` / `810` written as groups of their own. */
function isPrefixWrittenApart(shape: RunShape): boolean {
  const [first = 0, second = 0] = shape.lengths;
  return shape.lengths.length === 1 || first === 3 || (first === 1 && second === 2);
}

/**
 * `0680 298 70 63` where only `0680 298 70` validates: masking the part would leave digits of the number in
 * the clear. A run of at most fifteen digits, grouped like a phone with one kind of separator, is taken whole
 * (fail closed), scored as its best window and normalised to its digits. Longer or mixed runs
 * (`12.05.2024 90 123 45 67`) keep their windows.
 */
function widenToRun(text: string, run: PhoneRun, split: readonly Candidate[]): Candidate {
  const best = split.reduce((a, b) => (b.score > a.score ? b : a));
  const last = run.groups.length - 1;
  const digits = groupDigits(text, run.groups, 0, last);
  const shape: RunShape = { lengths: run.groups.map((g) => g.end - g.start), separators: run.separators, digits };
  if (digits.length > limits.maxDigits || !hasOneSeparatorKind(run.separators) || !isPhoneGrouped(shape)) return best;
  return { ...best, start: run.start, end: run.groups[last]!.end, normalized: digits, validated: false };
}

/** Every separator is the same once parentheses and spaces are set aside (`(90) 123-45-67`: all dashes). */
function hasOneSeparatorKind(separators: readonly string[]): boolean {
  if (separators.length === 0) return false;
  const first = separatorKind(separators[0]!);
  for (let i = 1; i < separators.length; i++) if (separatorKind(separators[i]!) !== first) return false;
  return true;
}

// A loop, not `replace(/[() ]/g, '')` in a Set per run: on a megabyte of digit groups that was 3% of PHONE time.
function separatorKind(separator: string): string {
  let kind = '';
  for (let i = 0; i < separator.length; i++) {
    const code = separator.charCodeAt(i);
    if (code !== 0x28 && code !== 0x29 && code !== 0x20) kind += separator[i];
  }
  return kind === '' ? ' ' : kind;
}

function coversRun(found: readonly Candidate[], run: PhoneRun): boolean {
  const first = run.groups[0]!;
  const last = run.groups[run.groups.length - 1]!;
  if (found.length === 0 || found[0]!.start > first.start) return false;
  return found[found.length - 1]!.end >= last.end;
}

function hasInnerSingleDigit(groups: PhoneRun['groups'], from: number, to: number): boolean {
  for (let g = from + 1; g <= to; g++) if (groups[g]!.end - groups[g]!.start === 1) return true;
  return false;
}

function mayBeAnyNumber(digits: string, verdict: NationalVerdict): boolean {
  if (digits.startsWith('00')) return true;
  return verdict.planAllows || mayBeNationalIn(digits, fallbackRegions);
}

// Plain loops in the per-candidate path: under tsx (benchmarks, tests) every arrow function created per call is
// also wrapped for its name, which showed up as a fifth of PHONE time on digit runs.
function mayBeNationalIn(digits: string, regions: readonly CountryCode[]): boolean {
  for (const region of regions) if (mayBeNationalNumber(digits, region)) return true;
  return false;
}

function hasClosingParenthesis(separators: readonly string[]): boolean {
  for (const separator of separators) if (separator.includes(')')) return true;
  return false;
}

function allEqual(values: readonly string[], value: string): boolean {
  for (const each of values) if (each !== value) return false;
  return true;
}

/** The digits of a run, joined once, and where each group's digits start in them: a window is then one slice. */
interface RunDigits {
  all: string;
  /** `offsets[g]`: digits before group `g`; one more entry than groups. */
  offsets: number[];
}

function indexDigits(text: string, run: PhoneRun): RunDigits {
  const offsets: number[] = [0];
  let all = '';
  for (const group of run.groups) {
    all += text.slice(group.start, group.end);
    offsets.push(all.length);
  }
  return { all, offsets };
}

function digitCount(digits: RunDigits, from: number, to: number): number {
  return digits.offsets[to + 1]! - digits.offsets[from]!;
}

function windowDigits(digits: RunDigits, from: number, to: number): string {
  return digits.all.slice(digits.offsets[from], digits.offsets[to + 1]);
}

/** A count of digits some tenant region (or the fallback) allows without `+`; `00…` may be anything. */
function mayBeWrittenLength(digits: RunDigits, from: number, count: number, verdicts: RegionVerdicts): boolean {
  if (!verdicts.windowLengths || verdicts.windowLengths.has(count)) return true;
  const first = digits.offsets[from]!;
  return digits.all.charCodeAt(first) === 0x30 && digits.all.charCodeAt(first + 1) === 0x30;
}

/** `4276 1234 5678 9012`: groups of four that add up to a card length, Luhn or not. */
function isCardGrouped(run: PhoneRun): boolean {
  const groups = run.groups;
  if (groups.length < 3 || groups.length > 5) return false;
  for (const group of groups) if (group.end - group.start !== 4) return false;
  return true;
}

function windowStart(text: string, run: PhoneRun, from: number): number {
  if (from === 0) return run.start;
  const first = run.groups[from]!;
  const opensArea = run.separators[from - 1]?.endsWith('(') && run.separators[from]?.startsWith(')');
  return opensArea && text.charCodeAt(first.start - 1) === 0x28 ? first.start - 1 : first.start;
}

/**
 * Rejects digits that belong to a bigger token: `KZ86125…` (IBAN), `AB1234567` (passport), `1,299.00`,
 * `10:30`, `12/05/2024`. Letters right after a number are fine (Uzbek suffixes: `998901234567ga`), unless
 * letters are glued on both sides or a digit follows the letter (hashes, codes: `12345678a9`).
 */
function isFreeStanding(text: string, start: number, end: number, plus: boolean, phoneCues: CueMatcher): boolean {
  const beforeIndex = previousVisibleIndex(text, start);
  const before = text.charCodeAt(beforeIndex);
  const after = extensionLength(text, end) > 0 ? Number.NaN : text.charCodeAt(end);
  const beforeBefore = text.charCodeAt(beforeIndex - 1);
  // `KZ-729374894`, `A-498013736`: a letter code and a hyphen glue an id together just as well.
  const gluedByHyphen = before === 0x2d && isLetterCode(beforeBefore);
  const gluedLeft = isLetterCode(before) || gluedByHyphen;
  // Only the glued word itself may excuse it (`тел998901234567`, `tel-901234567`), not a cue further back.
  const gluedWordEnd = beforeIndex + (gluedByHyphen ? 0 : 1);
  if (gluedLeft && !plus && !phoneCues.nearWordEnd(text, gluedWordEnd)) return false;
  // `номер+998901234567звоните`: the `+` itself ends the word before, so only a letter code glued on both sides
  // of bare digits makes a token.
  if (isLetterCode(after) && ((gluedLeft && !plus) || isDigitCode(text.charCodeAt(end + 1)))) return false;
  if (!plus && continuesNumberBefore(text, beforeIndex)) return false;
  if (after === 0x2f && isDigitCode(text.charCodeAt(end + 1))) return slashOpensAnother(text, end, limits.minDigits);
  if ((after === 0x3a || after === 0x2c) && isDigitCode(text.charCodeAt(end + 1))) return false;
  return true;
}

function isGluedBetweenLetters(text: string, start: number, end: number): boolean {
  return isLetterCode(text.charCodeAt(previousVisibleIndex(text, start))) && isLetterCode(text.charCodeAt(end));
}

/** `1,299…`, `12.05…`, `10:30…`, `12/05…`: digits that start right after a digit and `, . : /` go on a number. */
function continuesNumberAt(text: string, start: number, plus: boolean): boolean {
  return !plus && continuesNumberBefore(text, previousVisibleIndex(text, start));
}

/** continuesNumberAt() given the index of the last visible character before the digits. */
function continuesNumberBefore(text: string, index: number): boolean {
  const before = text.charCodeAt(index);
  if (before === 0x2f) return isDigitCode(text.charCodeAt(index - 1)) && !followsWholeNumber(text, index, limits.minDigits);
  const continues = before === 0x2c || before === 0x2e || before === 0x3a;
  return continues && isDigitCode(text.charCodeAt(index - 1));
}

/** `+1-903-140-4508x769`, `… ext. 12`, `… доб. 12`: the extension belongs to the number. */
function withExtension(text: string, found: Candidate | undefined): Candidate | undefined {
  if (!found) return undefined;
  const length = extensionLength(text, found.end);
  return length > 0 ? { ...found, end: found.end + length } : found;
}

function extensionLength(text: string, end: number): number {
  // `+998 71 200-00-01/02`: the other ending is the other number, masked with this one.
  if (text.charCodeAt(end) === 0x2f) return alternativeEndingLength(text, end);
  // Nearly every number is followed by something else: look at one or two characters before the regex.
  const first = text.charCodeAt(end) === 0x20 ? text.charCodeAt(end + 1) : text.charCodeAt(end);
  if (first !== 0x78 && first !== 0x58 && first !== 0x65 && first !== 0x45 && first !== 0x434 && first !== 0x414) return 0;
  return extension.exec(text.slice(end, end + 12))?.[0].length ?? 0;
}

const extension = /^ ?(?:x|ext\.?|доб\.?) ?\d{1,6}(?!\d)/iu;

function cleanForParse(value: string): string {
  let clean = '';
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if (isInvisibleMark(code)) continue;
    clean += isDigitCode(code) || code === 0x2b || code === 0x28 || code === 0x29 ? value[i] : ' ';
  }
  return clean;
}

function previousVisibleIndex(text: string, index: number): number {
  let i = index - 1;
  while (i >= 0 && isInvisibleMark(text.charCodeAt(i))) i--;
  return i;
}

function isDigitCode(code: number): boolean {
  return code >= 48 && code <= 57;
}

function isLetterCode(code: number): boolean {
  if (Number.isNaN(code)) return false;
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90);
  return (code >= 0x0400 && code <= 0x04ff) || (code >= 0xc0 && code <= 0x024f && code !== 0xd7 && code !== 0xf7);
}
