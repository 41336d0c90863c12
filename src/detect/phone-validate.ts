// Phone validity for candidates: the precompiled numbering plans first, libphonenumber-js where they cannot answer.

import { parsePhoneNumberFromString, type CountryCode, type PhoneNumberType } from 'libphonenumber-js/max';

import {
  mayBeNationalNumber,
  mayBePossibleInternational,
  mayBeWithCallingCode,
  readInternational,
  validateInternational,
  validateNational,
} from './phone-plans.js';

export interface ValidNumber {
  /** E.164. */
  number: string;
  country: CountryCode | undefined;
  type: PhoneNumberType;
}

export interface NationalMatch extends ValidNumber {
  /** Position of the matching region in the tenant's list. */
  regionIndex: number;
}

/** What a `+` number is: valid, only of a possible length for its calling code (`possible`), or nothing. */
export type InternationalVerdict = ValidNumber | { possible: string } | undefined;

/**
 * `+998 90 123-45-67`. `visible` gives the candidate as written (digits, `+`, parentheses, spaces), built only
 * when needed: libphonenumber drops the `(0)` of `+46 (0)8 …` itself, so the fallback parses that.
 */
export function judgePlusNumber(visible: () => string, digits: string): InternationalVerdict {
  const fast = readPlusNumber(digits);
  return fast === null ? parsePlusNumber(visible()) : fast;
}

/** judgePlusNumber() without the library: `null` when only libphonenumber-js can answer (then parsePlusNumber()). */
export function readPlusNumber(digits: string): InternationalVerdict | null {
  const cached = plusReadings.get(digits);
  if (cached !== undefined) return cached === false ? undefined : cached;
  const fast = readInternational(digits);
  const reading = fast !== null ? fast : mayBePossibleInternational(digits) ? null : undefined;
  if (plusReadings.size >= plusReadingsLimit) plusReadings.clear();
  plusReadings.set(digits, reading === undefined ? false : reading);
  return reading;
}

// Why: a `+` number is read from the calling-code tables on every sighting (~4% of PHONE + EMAIL time on the dev
// corpus), and the same number comes back in every turn of a dialogue. The reading depends on the digits only.
// `false` stands for "no number" (undefined means "not cached"). Bounded like the library cache below.
const plusReadings = new Map<string, Exclude<InternationalVerdict, undefined> | null | false>();
const plusReadingsLimit = 4_096;

/** The library's reading of a `+` candidate as written. */
export function parsePlusNumber(visible: string): InternationalVerdict {
  const parsed = parseWithLibrary(visible);
  if (parsed?.type) return { number: parsed.number, country: parsed.country, type: parsed.type };
  return parsed?.possible ? { possible: parsed.number } : undefined;
}

/**
 * `00…`, and `810…`: "8, wait for the tone, 10" is how calls abroad are still dialled (and written) from Russia,
 * Kazakhstan, Uzbekistan and Turkmenistan. Only a valid number may follow, so an id starting 810 stays an id.
 */
function internationalPrefixLength(digits: string): number {
  if (digits.startsWith('00')) return 2;
  return digits.length >= 12 && digits.startsWith('810') ? 3 : 0;
}

function mayBeWithCallingCodeOf(digits: string, regions: readonly CountryCode[]): boolean {
  for (const region of regions) if (mayBeWithCallingCode(digits, region)) return true;
  return false;
}

/**
 * `998901234567`, `00998901234567`, `8 10 998 90 123 45 67`: a calling code of one of the regions (or an
 * international prefix + any code), no plus.
 */
export function validateWithoutPlus(digits: string, regions: readonly CountryCode[]): ValidNumber | undefined {
  const prefix = internationalPrefixLength(digits);
  if (prefix > 0) {
    const valid = judgePlusNumber(() => `+${digits.slice(prefix)}`, digits.slice(prefix));
    return valid && 'type' in valid ? valid : undefined;
  }
  if (digits.length < 11 || !mayBeWithCallingCodeOf(digits, regions)) return undefined;
  const fast = validateInternational(digits);
  const valid = fast === null ? parseWithLibrary(`+${digits}`) : fast;
  if (!valid?.type) return undefined;
  // Only the tenant's own countries: a bare 12-digit id that happens to be valid somewhere else is not a phone.
  return valid.country && regions.includes(valid.country) ? { number: valid.number, country: valid.country, type: valid.type } : undefined;
}

/**
 * The first region, in the tenant's order, where the digits are a valid national number. No region is preferred
 * for being a mobile there: TJ's mobile ranges cover most of UZ's fixed-line ones (`71 234 56 78`), so that rule
 * would move Tashkent numbers to Dushanbe.
 */
export function validateNationalIn(digits: string, regions: readonly CountryCode[]): NationalMatch | undefined {
  return readNationalIn(digits, regions).match;
}

/** validateNationalIn()'s answer, and whether any region's plan allowed the digits at all (mayBeNationalNumber). */
export interface NationalReading {
  match: NationalMatch | undefined;
  /** True when some region passed the prefilter; when nothing matched, every region was asked. */
  planAllows: boolean;
}

/** validateNationalIn() that also reports its prefilter: callers then need not ask mayBeNationalNumber() again. */
export function readNationalIn(digits: string, regions: readonly CountryCode[]): NationalReading {
  let planAllows = false;
  for (let regionIndex = 0; regionIndex < regions.length; regionIndex++) {
    const region = regions[regionIndex]!;
    if (!mayBeNationalNumber(digits, region)) continue;
    planAllows = true;
    const fast = validateNational(digits, region);
    const valid = fast === null ? parseWithLibrary(digits, region) : fast;
    if (valid?.type) return { match: { number: valid.number, country: valid.country, type: valid.type, regionIndex }, planAllows };
  }
  return { match: undefined, planAllows };
}

export function isMobile(type: PhoneNumberType | undefined): boolean {
  return type === 'MOBILE' || type === 'FIXED_LINE_OR_MOBILE';
}

interface LibraryParse {
  number: string;
  country: CountryCode | undefined;
  /** Undefined when the number is not valid: with `max` metadata, validity is exactly "has a type". */
  type: PhoneNumberType | undefined;
  possible: boolean;
}

// A parse costs ~12 µs; the same number comes back in every turn of a dialogue. The answer depends on the input
// string and region only. Bounded: past the limit the cache starts again (unique hostile input cannot grow it).
const libraryCache = new Map<string, LibraryParse | null>();
const libraryCacheLimit = 4_096;

/** One parse and one type lookup (`isValid()` would match every type pattern a second time), cached. */
function parseWithLibrary(value: string, region?: CountryCode): LibraryParse | undefined {
  const key = `${region ?? ''}|${value}`;
  const cached = libraryCache.get(key);
  if (cached !== undefined) return cached ?? undefined;
  const parsed = parseUncached(value, region);
  if (libraryCache.size >= libraryCacheLimit) libraryCache.clear();
  libraryCache.set(key, parsed ?? null);
  return parsed;
}

function parseUncached(value: string, region?: CountryCode): LibraryParse | undefined {
  try {
    const parsed = parsePhoneNumberFromString(value, { ...(region ? { defaultCountry: region } : {}), extract: false });
    if (!parsed) return undefined;
    const type = parsed.getType();
    return { number: parsed.number, country: parsed.country, type, possible: type !== undefined || parsed.isPossible() };
  } catch {
    // libphonenumber-js throws on some malformed inputs instead of returning undefined.
    return undefined;
  }
}
