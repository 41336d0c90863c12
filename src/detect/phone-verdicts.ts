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

// Enough for every distinct number of a large batch; past it the cache starts again (a crude but O(1) bound:
// hostile input of unique digits must not grow memory).
const maxEntries = 4_096;
const maxRegionLists = 64;

/** Verdict caches for one list of regions (upper-cased), e.g. a tenant's `phoneRegions`. */
export class RegionVerdicts {
  readonly regions: readonly CountryCode[];
  readonly #national = new Map<string, NationalVerdict>();
  readonly #fallback = new Map<string, NationalMatch | null>();

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
      verdict = { withCallingCode, national: reading?.match, planAllows: reading ? reading.planAllows : true };
      remember(this.#national, digits, verdict);
    }
    return verdict;
  }

  /** Valid in a fallback region (US); asked only for grouped digits that no tenant region validates. */
  fallbackVerdict(digits: string): NationalMatch | undefined {
    const cached = this.#fallback.get(digits);
    if (cached !== undefined) return cached ?? undefined;
    const verdict = validateNationalIn(digits, fallbackRegions);
    remember(this.#fallback, digits, verdict ?? null);
    return verdict;
  }
}

function remember<T>(cache: Map<string, T>, key: string, value: T): void {
  if (cache.size >= maxEntries) cache.clear();
  cache.set(key, value);
}

/** One RegionVerdicts per distinct list of regions (case-insensitive), kept for the detector's lifetime. */
export function createRegionVerdictsLookup(): (regions: readonly string[]) => RegionVerdicts {
  const byArray = new WeakMap<readonly string[], { seen: readonly string[]; verdicts: RegionVerdicts }>();
  const byKey = new Map<string, RegionVerdicts>();
  // The answer for the last array asked: detect() passes the same one for every document of a tenant.
  let last: { regions: readonly string[]; seen: readonly string[]; verdicts: RegionVerdicts } | undefined;
  return function regionVerdicts(regions: readonly string[]): RegionVerdicts {
    if (last && last.regions === regions && sameRegions(last.seen, regions)) return last.verdicts;
    // Checking a known array element by element is cheaper than a key.
    const known = byArray.get(regions);
    if (known && sameRegions(known.seen, regions)) {
      last = { regions, seen: known.seen, verdicts: known.verdicts };
      return known.verdicts;
    }
    const upper = regions.map((region) => region.toUpperCase() as CountryCode);
    const key = upper.join(',');
    let verdicts = byKey.get(key);
    if (!verdicts) {
      if (byKey.size >= maxRegionLists) byKey.clear();
      verdicts = new RegionVerdicts(upper);
      byKey.set(key, verdicts);
    }
    // The copy guards against a caller changing the array between calls.
    const seen = [...regions];
    byArray.set(regions, { seen, verdicts });
    last = { regions, seen, verdicts };
    return verdicts;
  };
}

function sameRegions(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
