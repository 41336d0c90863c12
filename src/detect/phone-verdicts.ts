// Numbering-plan verdicts for one digit string and one list of tenant regions, computed once and cached.

import type { CountryCode } from 'libphonenumber-js/max';

import { writtenLengths } from './phone-plans.js';
import { readNationalIn, validateNationalIn, validateWithoutPlus, type NationalMatch, type ValidNumber } from './phone-validate.js';

// Why a cache: the same digits come back again and again — a number quoted in every turn of a dialogue, the
// windows of `12-12-12-…` tried at every position of a megabyte. Validation is the dearest step per candidate.
// The verdict depends on the digits and the regions only (never on context), so caching cannot change a result.

/** What the numbering plans say about digits written without `+`. */
export interface NationalVerdict {
  /** `998901234567`, `00998…`: a calling code of a tenant region (or `00` + any code), then a valid number. */
  readonly withCallingCode: ValidNumber | undefined;
  /** The first tenant region, in order, where the digits are a valid national number. */
  readonly national: NationalMatch | undefined;
  /**
   * Whether some tenant region's plan allows the digits at all (mayBeNationalNumber), as the validation found on
   * its way: asked again for every unvalidated bare run, it cost ~5% of PHONE time. True when a number was found.
   */
  readonly planAllows: boolean;
}

/** Regions tried after the tenant's, for grouped numbers only: US-style numbers in English text. */
export const fallbackRegions: readonly CountryCode[] = ['US'];

// Enough slots for the distinct numbers of a large batch; a fixed size, so hostile input of unique digits cannot
// grow memory. Direct-mapped (a new entry replaces whatever shared its slot) rather than a Map cleared when full:
// on digits never seen before, the Map's hashing, growth and clearing cost more than the validation it saved
// (~0.45 µs per window of a split run, a third of the verdict).
const cacheSlots = 8_192;
const maxRegionLists = 64;

/** A fixed-size, direct-mapped cache from digit strings to values. */
class DigitsCache<T> {
  readonly #keys: Array<string | undefined> = new Array<string | undefined>(cacheSlots).fill(undefined);
  readonly #values: Array<T | undefined> = new Array<T | undefined>(cacheSlots).fill(undefined);

  get(digits: string): T | undefined {
    const slot = slotOf(digits);
    return this.#keys[slot] === digits ? this.#values[slot] : undefined;
  }

  set(digits: string, value: T): void {
    const slot = slotOf(digits);
    this.#keys[slot] = digits;
    this.#values[slot] = value;
  }
}

/** FNV-1a over the code units, folded to a slot. */
function slotOf(digits: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < digits.length; i++) hash = Math.imul(hash ^ digits.charCodeAt(i), 0x01000193);
  return (hash ^ (hash >>> 15)) & (cacheSlots - 1);
}

// Verdicts without any number, shared: most windows of a split run are valid nowhere, and need no object each.
const nothingAllowed: NationalVerdict = { withCallingCode: undefined, national: undefined, planAllows: false };
const nothingValid: NationalVerdict = { withCallingCode: undefined, national: undefined, planAllows: true };

/** Verdict caches for one list of regions (upper-cased), e.g. a tenant's `phoneRegions`. */
export class RegionVerdicts {
  readonly regions: readonly CountryCode[];
  readonly #national = new DigitsCache<NationalVerdict>();
  readonly #fallback = new DigitsCache<NationalMatch | null>();

  /**
   * Digit counts a number of these regions (or the fallback's) can have without `+`, as written, after a trunk
   * prefix or after a calling code; undefined when a region has no plan. Windows of a split run with another
   * count (and no `00`) cannot validate, so they are skipped before their digits are even joined.
   */
  readonly windowLengths: ReadonlySet<number> | undefined;

  constructor(regions: readonly CountryCode[]) {
    this.regions = regions;
    const lengths = [...regions, ...fallbackRegions].map((region) => writtenLengths(region));
    this.windowLengths = lengths.every((list) => list !== undefined) ? new Set(lengths.flat() as number[]) : undefined;
  }

  nationalVerdict(digits: string): NationalVerdict {
    let verdict = this.#national.get(digits);
    if (!verdict) {
      const withCallingCode = validateWithoutPlus(digits, this.regions);
      const reading = withCallingCode ? undefined : readNationalIn(digits, this.regions);
      if (reading && !reading.match) verdict = reading.planAllows ? nothingValid : nothingAllowed;
      else verdict = { withCallingCode, national: reading?.match, planAllows: reading ? reading.planAllows : true };
      this.#national.set(digits, verdict);
    }
    return verdict;
  }

  /** Valid in a fallback region (US); asked only for grouped digits that no tenant region validates. */
  fallbackVerdict(digits: string): NationalMatch | undefined {
    const cached = this.#fallback.get(digits);
    if (cached !== undefined) return cached ?? undefined;
    const verdict = validateNationalIn(digits, fallbackRegions);
    this.#fallback.set(digits, verdict ?? null);
    return verdict;
  }
}

/** One RegionVerdicts per distinct list of regions (case-insensitive), kept for the detector's lifetime. */
export function createRegionVerdictsLookup(): (regions: readonly string[]) => RegionVerdicts {
  const byArray = new WeakMap<readonly string[], { seen: readonly string[]; verdicts: RegionVerdicts }>();
  const byKey = new Map<string, RegionVerdicts>();
  return function regionVerdicts(regions: readonly string[]): RegionVerdicts {
    // detect() passes the same array for every document: checking it element by element is cheaper than a key.
    const known = byArray.get(regions);
    if (known && sameRegions(known.seen, regions)) return known.verdicts;
    const upper = regions.map((region) => region.toUpperCase() as CountryCode);
    const key = upper.join(',');
    let verdicts = byKey.get(key);
    if (!verdicts) {
      if (byKey.size >= maxRegionLists) byKey.clear();
      verdicts = new RegionVerdicts(upper);
      byKey.set(key, verdicts);
    }
    // The copy guards against a caller changing the array between calls.
    byArray.set(regions, { seen: [...regions], verdicts });
    return verdicts;
  };
}

function sameRegions(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
