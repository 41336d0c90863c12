// Per-region prefilter from libphonenumber's own metadata: can these digits be a national number here at all?

import type { CountryCode } from 'libphonenumber-js/max';
import metadata from 'libphonenumber-js/metadata.max.json';

// Why: a libphonenumber-js parse costs ~15 µs on this machine. Most digit runs in text (amounts, ids, years)
// fail on length or leading digits, which one anchored regex over the region's general national pattern
// decides in well under 1 µs. The metadata arrays are libphonenumber's compact format
// ([callingCode, idd, nationalPattern, possibleLengths, formats, nationalPrefix, …]); if that shape ever
// changes, the prefilter lets everything through and the parse decides, so it can cost speed, never recall.

interface RegionPlan {
  callingCode: string;
  nationalPrefix: string;
  lengths: ReadonlySet<number>;
  pattern: RegExp;
}

const plans = new Map<string, RegionPlan | null>();

function planFor(region: CountryCode): RegionPlan | null {
  let plan = plans.get(region);
  if (plan === undefined) {
    plan = readPlan(region);
    plans.set(region, plan);
  }
  return plan;
}

function readPlan(region: CountryCode): RegionPlan | null {
  const raw: unknown = (metadata.countries as Record<string, unknown>)[region];
  if (!Array.isArray(raw)) return null;
  const [callingCode, , pattern, lengths, , nationalPrefix] = raw as unknown[];
  if (typeof callingCode !== 'string' || typeof pattern !== 'string' || !Array.isArray(lengths)) return null;
  if (!lengths.every((length) => typeof length === 'number')) return null;
  try {
    return {
      callingCode,
      nationalPrefix: typeof nationalPrefix === 'string' ? nationalPrefix : '',
      lengths: new Set(lengths as number[]),
      pattern: new RegExp(`^(?:${pattern})$`),
    };
  } catch {
    return null;
  }
}

/**
 * False only when the digits cannot be a national number of `region` — as written, after its trunk prefix
 * (`8 701…` in KZ, `0555…` in KG), or after its calling code without `+` (`998 90…`).
 */
export function mayBeNationalNumber(digits: string, region: CountryCode): boolean {
  const plan = planFor(region);
  if (!plan) return true;
  if (fits(digits, plan)) return true;
  if (plan.nationalPrefix && digits.startsWith(plan.nationalPrefix) && fits(digits.slice(plan.nationalPrefix.length), plan)) {
    return true;
  }
  return digits.startsWith(plan.callingCode) && fits(digits.slice(plan.callingCode.length), plan);
}

function fits(nationalNumber: string, plan: RegionPlan): boolean {
  return plan.lengths.has(nationalNumber.length) && plan.pattern.test(nationalNumber);
}

/** False only when the digits cannot be `region`'s calling code followed by a national number (`998901234567`). */
export function mayBeWithCallingCode(digits: string, region: CountryCode): boolean {
  const plan = planFor(region);
  if (!plan) return true;
  return digits.startsWith(plan.callingCode) && fits(digits.slice(plan.callingCode.length), plan);
}
