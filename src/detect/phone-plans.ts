// Numbering plans compiled once from libphonenumber-js's own `max` metadata: a prefilter and a fast validator.

import type { CountryCode, PhoneNumberType } from 'libphonenumber-js/max';
import metadata from 'libphonenumber-js/metadata.max.json';

// Why: through its public API, libphonenumber-js costs ~12 µs per candidate on this machine (options merged,
// metadata wrapped and every type regex compiled anew on each call), which capped PHONE detection at ~12 MB/s
// on phone-dense text. The same patterns, compiled once, answer in ~1 µs. This module reads libphonenumber's
// compact metadata arrays ([callingCode, idd, nationalPattern, possibleLengths, formats, nationalPrefix,
// formattingRule, prefixForParsing, transformRule, …, leadingDigits (10), types (11)]) and mirrors its
// getNumberType(). Plans it cannot mirror exactly (prefix-for-parsing rules, unexpected shapes) are marked
// `null`: callers then fall back to libphonenumber-js itself, so this can cost speed, never correctness.
// test/detect/phone-plans.test.ts checks the fast answers against libphonenumber-js on many numbers.

interface TypePattern {
  type: PhoneNumberType;
  pattern: RegExp;
  lengths: ReadonlySet<number> | undefined;
}

interface RegionPlan {
  country: CountryCode;
  callingCode: string;
  nationalPrefix: string;
  lengths: ReadonlySet<number>;
  pattern: RegExp;
  /** Compiled type patterns, or null when this plan cannot be validated without libphonenumber-js. */
  fixedLine: TypePattern | undefined;
  otherTypes: readonly TypePattern[] | null;
  hasMobileType: boolean;
  mobile: TypePattern | undefined;
  /** libphonenumber's national prefix for parsing (or the national prefix), anchored; and its transform rule. */
  prefixForParsing: RegExp | undefined;
  transformRule: string | undefined;
  /** Sorted possible lengths (libphonenumber's checkNumberLength() reads the first and last). */
  sortedLengths: readonly number[];
  /** Anchored; how libphonenumber picks this country among those sharing its calling code. */
  leadingDigits: RegExp | undefined;
}

export interface FastMatch {
  /** E.164. */
  number: string;
  country: CountryCode;
  type: PhoneNumberType;
}

// libphonenumber's index of each type in the metadata `types` array, and the order getNumberType() tries them.
const typeIndex: Record<Exclude<PhoneNumberType, 'FIXED_LINE_OR_MOBILE'>, number> = {
  FIXED_LINE: 0,
  MOBILE: 1,
  TOLL_FREE: 2,
  PREMIUM_RATE: 3,
  PERSONAL_NUMBER: 4,
  VOICEMAIL: 5,
  UAN: 6,
  PAGER: 7,
  VOIP: 8,
  SHARED_COST: 9,
};
const nonFixedLineOrder = [
  'MOBILE',
  'PREMIUM_RATE',
  'TOLL_FREE',
  'SHARED_COST',
  'VOIP',
  'PERSONAL_NUMBER',
  'PAGER',
  'UAN',
  'VOICEMAIL',
] as const;

const plans = new Map<string, RegionPlan | null>();

function planFor(region: string): RegionPlan | null {
  let plan = plans.get(region);
  if (plan === undefined) {
    plan = readPlan(region);
    plans.set(region, plan);
  }
  return plan;
}

/** `anyParsing`: read the type patterns even when the plan has prefix-for-parsing rules (see nanpaPlans). */
function readPlan(region: string, anyParsing = false): RegionPlan | null {
  const raw: unknown = (metadata.countries as Record<string, unknown>)[region];
  if (!Array.isArray(raw)) return null;
  const fields = raw as unknown[];
  const [callingCode, , pattern, lengths, , nationalPrefix] = fields;
  if (typeof callingCode !== 'string' || typeof pattern !== 'string' || !isLengthList(lengths)) return null;
  try {
    const simpleParsing = !fields[7] && !fields[8];
    const types = simpleParsing || anyParsing ? readTypes(fields[11]) : null;
    return {
      country: region as CountryCode,
      callingCode,
      nationalPrefix: typeof nationalPrefix === 'string' ? nationalPrefix : '',
      lengths: new Set(lengths),
      pattern: anchored(pattern),
      fixedLine: types?.find((t) => t.type === 'FIXED_LINE'),
      otherTypes: types ? types.filter((t) => t.type !== 'FIXED_LINE') : null,
      hasMobileType: types?.some((t) => t.type === 'MOBILE') ?? false,
      mobile: types?.find((t) => t.type === 'MOBILE'),
      prefixForParsing: prefixPattern(fields[7], nationalPrefix),
      sortedLengths: [...lengths].sort((a, b) => a - b),
      leadingDigits: typeof fields[10] === 'string' && fields[10] ? new RegExp(`^(?:${fields[10]})`) : undefined,
      transformRule: typeof fields[8] === 'string' && fields[8] ? fields[8] : undefined,
    };
  } catch {
    return null;
  }
}

function prefixPattern(forParsing: unknown, nationalPrefix: unknown): RegExp | undefined {
  const source = typeof forParsing === 'string' && forParsing ? forParsing : nationalPrefix;
  return typeof source === 'string' && source ? new RegExp(`^(?:${source})`) : undefined;
}

function readTypes(raw: unknown): TypePattern[] | null {
  if (!Array.isArray(raw) || raw.length === 0) return null;
  const types: TypePattern[] = [];
  for (const type of ['FIXED_LINE', ...nonFixedLineOrder] as const) {
    const entry: unknown = raw[typeIndex[type]];
    if (!entry) continue;
    if (!Array.isArray(entry) || typeof entry[0] !== 'string') return null;
    if (entry[0] === '') continue;
    const lengths: unknown = entry[1];
    if (lengths && !isLengthList(lengths)) return null;
    types.push({ type, pattern: anchored(entry[0]), lengths: lengths ? new Set(lengths as number[]) : undefined });
  }
  return types;
}

function isLengthList(value: unknown): value is number[] {
  return Array.isArray(value) && value.every((length) => typeof length === 'number');
}

function anchored(pattern: string): RegExp {
  return new RegExp(`^(?:${pattern})$`);
}

/**
 * False only when the digits cannot be a national number of `region` — as written, after its trunk prefix
 * (`8 701…` in KZ, `0555…` in KG), or after its calling code without `+` (`998 90…`).
 */
export function mayBeNationalNumber(digits: string, region: CountryCode): boolean {
  const plan = planFor(region);
  if (!plan) return true;
  if (fitsAt(digits, 0, plan)) return true;
  if (plan.nationalPrefix && digits.startsWith(plan.nationalPrefix) && fitsAt(digits, plan.nationalPrefix.length, plan)) {
    return true;
  }
  return digits.startsWith(plan.callingCode) && fitsAt(digits, plan.callingCode.length, plan);
}

/**
 * Every digit count mayBeNationalNumber() can accept for `region`: national lengths as written, after the trunk
 * prefix and after the calling code. Undefined when the region has no plan (it then accepts any count).
 */
export function writtenLengths(region: CountryCode): readonly number[] | undefined {
  const plan = planFor(region);
  if (!plan) return undefined;
  const lengths = new Set<number>();
  for (const length of plan.lengths) {
    lengths.add(length);
    if (plan.nationalPrefix) lengths.add(length + plan.nationalPrefix.length);
    lengths.add(length + plan.callingCode.length);
  }
  return [...lengths];
}

/** False only when the digits cannot be `region`'s calling code followed by a national number (`998901234567`). */
export function mayBeWithCallingCode(digits: string, region: CountryCode): boolean {
  const plan = planFor(region);
  if (!plan) return true;
  return digits.startsWith(plan.callingCode) && fitsAt(digits, plan.callingCode.length, plan);
}

/**
 * `digits.slice(from)` has a possible length of the plan and matches its general pattern. The length is checked
 * before anything is sliced: most windows of a split run have the wrong length for most plans and prefixes.
 */
function fitsAt(digits: string, from: number, plan: RegionPlan): boolean {
  if (!plan.lengths.has(digits.length - from)) return false;
  return plan.pattern.test(from === 0 ? digits : digits.slice(from));
}

/**
 * libphonenumber's getNumberType() over precompiled patterns, for the national number `digits.slice(from)`
 * (sliced only once its length fits). Undefined: not a valid number of this plan.
 */
function numberTypeAt(digits: string, from: number, plan: RegionPlan): PhoneNumberType | undefined {
  if (!plan.lengths.has(digits.length - from)) return undefined;
  return typeOfFitting(from === 0 ? digits : digits.slice(from), plan);
}

function numberType(nationalNumber: string, plan: RegionPlan): PhoneNumberType | undefined {
  return numberTypeAt(nationalNumber, 0, plan);
}

/** getNumberType() for a national number whose length fits the plan: the general pattern, then type by type. */
function typeOfFitting(nationalNumber: string, plan: RegionPlan): PhoneNumberType | undefined {
  if (!plan.pattern.test(nationalNumber)) return undefined;
  if (plan.fixedLine && typeMatches(nationalNumber, plan.fixedLine, plan)) {
    if (!plan.hasMobileType) return 'FIXED_LINE_OR_MOBILE';
    const mobile = plan.mobile;
    return mobile && typeMatches(nationalNumber, mobile, plan) ? 'FIXED_LINE_OR_MOBILE' : 'FIXED_LINE';
  }
  for (const type of plan.otherTypes ?? []) if (typeMatches(nationalNumber, type, plan)) return type.type;
  return undefined;
}

function typeMatches(nationalNumber: string, type: TypePattern, plan: RegionPlan): boolean {
  return (type.lengths ?? plan.lengths).has(nationalNumber.length) && type.pattern.test(nationalNumber);
}

const sharing = new Map<string, RegionPlan[] | null>();

/** Every plan sharing `region`'s calling code (RU and KZ share 7), `region` first; null if any is not mirrored. */
function sharingPlans(region: string): RegionPlan[] | null {
  let plans = sharing.get(region);
  if (plans === undefined) {
    plans = readSharingPlans(region);
    sharing.set(region, plans);
  }
  return plans;
}

function readSharingPlans(region: string): RegionPlan[] | null {
  const plan = planFor(region);
  if (!plan?.otherTypes) return null;
  const countries = (metadata.country_calling_codes as Record<string, unknown>)[plan.callingCode];
  if (!Array.isArray(countries)) return null;
  const all: RegionPlan[] = [plan];
  for (const country of countries) {
    if (country === region) continue;
    const other = planFor(String(country));
    if (!other?.otherTypes) return null;
    all.push(other);
  }
  return all;
}

/** The national number `digits.slice(from)` in the first of the plans that validates it. */
function matchAmong(digits: string, from: number, candidates: readonly RegionPlan[]): FastMatch | undefined {
  for (const plan of candidates) {
    const type = numberTypeAt(digits, from, plan);
    if (type) return { number: `+${plan.callingCode}${digits.slice(from)}`, country: plan.country, type };
  }
  return undefined;
}

/**
 * The digits as a number written nationally in `region` (as is, after the trunk prefix, or after the calling
 * code without `+`), checked against every country sharing the calling code. `undefined`: not valid there;
 * `null`: this plan is not mirrored, ask libphonenumber-js.
 */
export function validateNational(digits: string, region: CountryCode): FastMatch | undefined | null {
  if (planFor(region)?.callingCode === '1') {
    // `1 202 555 0143`: the trunk prefix 1, stripped as libphonenumber does before reading the ten digits.
    if (isNanpaNational(digits)) return validateNanpa(digits);
    if (digits.length === 11 && digits.charCodeAt(0) === 0x31 && isNanpaNational(digits.slice(1))) return validateNanpa(digits.slice(1));
  }
  const candidates = sharingPlans(region);
  if (!candidates) return null;
  const plan = candidates[0]!;
  const asIs = matchAmong(digits, 0, candidates);
  if (asIs) return asIs;
  if (plan.nationalPrefix && digits.startsWith(plan.nationalPrefix)) {
    const trunkless = matchAmong(digits, plan.nationalPrefix.length, candidates);
    if (trunkless) return trunkless;
  }
  if (digits.startsWith(plan.callingCode)) return matchAmong(digits, plan.callingCode.length, candidates);
  return undefined;
}

/** One calling code of the metadata (geographic, non-geographic or both). */
interface CallingCode {
  /** As the metadata spells it. */
  code: string;
  nonGeographic: boolean;
  /** `country_calling_codes[code]`: the countries sharing the code, main one first (may be missing). */
  countries: unknown;
}

let callingCodes: ReadonlyMap<number, CallingCode> | undefined;

/**
 * The calling code spelled by the first `length` digits, if the metadata has one. Keyed by number, not by a sliced
 * string: looking a fresh string up in the metadata objects cost a string-table probe per prefix of every `+` run.
 */
function callingCodeOf(digits: string, length: number): CallingCode | undefined {
  callingCodes ??= indexCallingCodes();
  let value = 0;
  for (let i = 0; i < length; i++) {
    const digit = digits.charCodeAt(i) - 48;
    if (!(digit >= 0 && digit <= 9)) return undefined;
    value = value * 10 + digit;
  }
  return callingCodes.get(callingCodeKey(length, value));
}

function callingCodeKey(length: number, value: number): number {
  return length * 1000 + value;
}

function indexCallingCodes(): ReadonlyMap<number, CallingCode> {
  const codes = metadata.country_calling_codes as Record<string, unknown>;
  const nonGeographic = (metadata as { nonGeographic?: Record<string, unknown> }).nonGeographic ?? {};
  const index = new Map<number, CallingCode>();
  for (const code of new Set([...Object.keys(codes), ...Object.keys(nonGeographic)])) {
    // Callers read prefixes of one to three digits only.
    if (!/^[0-9]{1,3}$/u.test(code)) continue;
    index.set(callingCodeKey(code.length, Number(code)), { code, nonGeographic: code in nonGeographic, countries: codes[code] });
  }
  return index;
}

/**
 * The digits after a `+` (or `00`): calling code, then a national number valid in a country of that code.
 * `undefined` when no country validates it; `null` when a plan on the way is not mirrored.
 */
export function validateInternational(digits: string): FastMatch | undefined | null {
  for (let length = 1; length <= 3 && length < digits.length; length++) {
    const countries = callingCodeOf(digits, length)?.countries;
    if (!Array.isArray(countries) || countries.length === 0) continue;
    if (length === 1 && digits[0] === '1' && isNanpaNational(digits.slice(1))) return validateNanpa(digits.slice(1));
    // Calling codes are prefix-free: the first one found is the only one.
    const candidates = sharingPlans(String(countries[0]));
    if (!candidates) return null;
    return matchAmong(digits, length, candidates);
  }
  return undefined;
}

/**
 * False only when libphonenumber-js would call `+digits` neither valid nor possible: no calling code starts the
 * digits, or no country of that code allows the length of what follows, neither as written nor as the library
 * reads it after the main country's national prefix for parsing (`+44 (0)20 …`, and the rewrite rules of
 * +1, +54, +61 …). Saves a library parse — and the exception it throws inside — for most `+` digit runs that
 * are not phone numbers. True whenever a plan on the way cannot be read.
 */
export function mayBePossibleInternational(digits: string): boolean {
  for (let length = 1; length <= 3 && length < digits.length; length++) {
    const entry = callingCodeOf(digits, length);
    if (entry?.nonGeographic) return true;
    const countries = entry?.countries;
    if (!entry || !Array.isArray(countries) || countries.length === 0) continue;
    const lengths = possibleLengthsOf(entry.code, countries);
    const main = planFor(String(countries[0]));
    if (!lengths || !main) return true;
    const national = digits.slice(length);
    return lengths.has(national.length) || lengths.has(afterPrefixForParsing(national, main).length);
  }
  return false;
}

const codeLengths = new Map<string, ReadonlySet<number> | null>();

/** Every possible national length among the countries of one calling code; null if a plan cannot be read. */
function possibleLengthsOf(code: string, countries: readonly unknown[]): ReadonlySet<number> | null {
  let lengths = codeLengths.get(code);
  if (lengths === undefined) {
    const all = new Set<number>();
    for (const country of countries) {
      const plan = planFor(String(country));
      if (!plan) {
        all.clear();
        break;
      }
      for (const possible of plan.lengths) all.add(possible);
    }
    lengths = all.size > 0 ? all : null;
    codeLengths.set(code, lengths);
  }
  return lengths;
}

/** The national number as libphonenumber's extractNationalNumberFromPossiblyIncompleteNumber() may leave it. */
function afterPrefixForParsing(national: string, plan: RegionPlan): string {
  const match = plan.prefixForParsing?.exec(national);
  if (!match) return national;
  const lastGroup = match.length - 1;
  if (plan.transformRule && lastGroup > 0 && match[lastGroup]) return national.replace(plan.prefixForParsing!, plan.transformRule);
  return national.slice(match[0].length);
}

// NANPA (+1: the US, Canada and 23 Caribbean countries) is not mirrored by sharingPlans(): the Caribbean plans
// rewrite 7-digit local numbers (`([2-9]\d{6})$|1` → `268$1`). Those rules never touch a ten-digit number that
// does not start with the trunk prefix 1, and that is the only shape mirrored here (for the US fallback region).
// Without it every grouped 10-digit run cost a libphonenumber-js parse. test/detect/phone.test.ts compares.

interface NanpaPlan {
  plan: RegionPlan;
  leadingDigits: RegExp | undefined;
}

let nanpa: readonly NanpaPlan[] | null | undefined;

function nanpaPlans(): readonly NanpaPlan[] | null {
  if (nanpa === undefined) nanpa = readNanpaPlans();
  return nanpa;
}

function readNanpaPlans(): readonly NanpaPlan[] | null {
  const countries = (metadata.country_calling_codes as Record<string, unknown>)['1'];
  if (!Array.isArray(countries)) return null;
  const plans: NanpaPlan[] = [];
  for (const country of countries) {
    const plan = readPlan(String(country), true);
    if (!plan?.otherTypes || plan.callingCode !== '1') return null;
    const leadingDigits: unknown = ((metadata.countries as Record<string, unknown[]>)[String(country)] ?? [])[10];
    plans.push({ plan, leadingDigits: typeof leadingDigits === 'string' && leadingDigits ? new RegExp(`^(?:${leadingDigits})`) : undefined });
  }
  return plans;
}

function isNanpaNational(digits: string): boolean {
  return digits.length === 10 && digits.charCodeAt(0) !== 0x31;
}

/**
 * A ten-digit NANPA national number. The country is picked as libphonenumber's getCountryByNationalNumber() does
 * (in calling-code order, the first whose leading digits match, or, without leading digits, whose types match),
 * and the number is valid only if that country's types allow it. `null`: the plans could not be read.
 */
export function validateNanpa(national: string): FastMatch | undefined | null {
  const plans = nanpaPlans();
  if (!plans) return null;
  for (const { plan, leadingDigits } of plans) {
    const chosen = leadingDigits ? leadingDigits.test(national) : numberType(national, plan) !== undefined;
    if (!chosen) continue;
    const type = numberType(national, plan);
    return type ? { number: `+1${national}`, country: plan.country, type } : undefined;
  }
  return undefined;
}

/** What libphonenumber-js makes of `+digits`: valid (with a type), only of a possible length, or nothing. */
export type PlusReading = FastMatch | { possible: string } | undefined;

/**
 * libphonenumber-js's reading of `+digits`, mirrored over the compiled plans: the calling code, the national
 * prefix it strips when that leaves a possible number (`+7 8 912 …`), the country picked by leading digits or
 * types, then validity and possible length in that country. `null` when a plan on the way is not mirrored (the
 * caller asks the library). Without this, every `+` run that is not a valid number (and hostile input is made of
 * them) cost a library parse and the exception thrown inside it. test/detect/phone.test.ts compares the answers.
 */
export function readInternational(digits: string): PlusReading | null {
  for (let length = 1; length <= 3 && length < digits.length; length++) {
    const entry = callingCodeOf(digits, length);
    if (entry?.nonGeographic) return null;
    const countries = entry?.countries;
    if (!entry || !Array.isArray(countries) || countries.length === 0) continue;
    const code = entry.code;
    const candidates = codePlans(code, countries);
    if (!candidates) return null;
    const main = candidates[0]!;
    const nsn = extractNational(digits.slice(length), main, candidates);
    if (nsn.length < 2 || nsn.length > 17) return undefined;
    const country = candidates.length === 1 ? main : chooseCountry(nsn, candidates);
    const type = country ? numberType(nsn, country) : undefined;
    if (type && country) return { number: `+${code}${nsn}`, country: country.country, type };
    return lengthCheck(nsn, country ?? main) === 'possible' ? { possible: `+${code}${nsn}` } : undefined;
  }
  return undefined;
}

const plansByCode = new Map<string, readonly RegionPlan[] | null>();

/**
 * Every plan of one calling code in the code's own order (the main country first), type patterns read even where
 * the country has prefix-for-parsing rules: for a `+` number only the main country's rules apply, and
 * extractNational() mirrors those. Null when a plan cannot be read.
 */
function codePlans(code: string, countries: readonly unknown[]): readonly RegionPlan[] | null {
  let found = plansByCode.get(code);
  if (found === undefined) {
    const read = countries.map((country) => readPlan(String(country), true));
    found = read.every((plan) => plan?.otherTypes && plan.callingCode === code) ? (read as RegionPlan[]) : null;
    plansByCode.set(code, found);
  }
  return found;
}

/** libphonenumber's extractNationalNumber(): the national prefix (or rewrite) is taken only if the rest holds up. */
function extractNational(national: string, main: RegionPlan, candidates: readonly RegionPlan[]): string {
  const stripped = afterPrefixForParsing(national, main);
  if (stripped === national) return national;
  if (main.pattern.test(national) && !main.pattern.test(stripped)) return national;
  const country = candidates.length === 1 ? main : chooseCountry(stripped, candidates);
  const check = lengthCheck(stripped, country ?? main);
  return check === 'too short' || check === 'invalid' ? national : stripped;
}

/** getCountryByNationalNumber(): in calling-code order, the first whose leading digits or types match. */
function chooseCountry(nsn: string, candidates: readonly RegionPlan[]): RegionPlan | undefined {
  for (const plan of candidates) {
    if (plan.leadingDigits ? plan.leadingDigits.test(nsn) : numberType(nsn, plan) !== undefined) return plan;
  }
  return undefined;
}

/** checkNumberLength() over the plan's general possible lengths. */
function lengthCheck(nsn: string, plan: RegionPlan): 'possible' | 'too short' | 'too long' | 'invalid' {
  const lengths = plan.sortedLengths;
  if (lengths.length === 0) return 'possible';
  if (nsn.length < lengths[0]!) return 'too short';
  if (nsn.length > lengths[lengths.length - 1]!) return 'too long';
  return plan.lengths.has(nsn.length) ? 'possible' : 'invalid';
}
