// Uzbek fixed-line numbers in the Soviet-era domestic form `8 (371) 200-12-34`, read as today's `+998 71 200 12 34`.

import { validateNational } from './phone-plans.js';
import type { NationalMatch } from './phone-validate.js';

// Why: until the 2010s an Uzbek landline was dialled as trunk 8, then the old area code 3XY (Tashkent 371,
// Samarkand 366, Fergana 373, …) and seven digits; people and old signage still write it so. libphonenumber's UZ
// plan knows neither trunk 8 nor the 3, so `8 (371) 200-12-34` validated nowhere and was at best a cue-word guess
// normalised to its bare digits. The old code 3XY became XY: dropping `83` leaves the modern national number.
// Only fixed lines (mobiles never had a 3XY code), and callers ask for a phone shape or a cue word on top.

const legacyLength = 11;

/**
 * The digits as an Uzbek landline in the old domestic form (`8 3XY NNNNNNN`), when UZ is a tenant region and the
 * modern number (`XY NNNNNNN`) is a valid fixed line; undefined otherwise. Cheap when the digits do not fit.
 */
export function readLegacyUzbekLandline(digits: string, regions: readonly string[]): NationalMatch | undefined {
  if (digits.length !== legacyLength || digits.charCodeAt(0) !== 0x38 || digits.charCodeAt(1) !== 0x33) return undefined;
  const regionIndex = regions.indexOf('UZ');
  if (regionIndex === -1) return undefined;
  const modern = validateNational(digits.slice(2), 'UZ');
  if (!modern || modern.country !== 'UZ' || (modern.type !== 'FIXED_LINE' && modern.type !== 'FIXED_LINE_OR_MOBILE')) return undefined;
  return { ...modern, regionIndex };
}

/**
 * `8 (371) …`, `8 371 …`, `8-371-…`, `8371 …`: the old area code stands as its own group (trunk 8 may lead it);
 * also the four-digit city code with a six-digit local number (`8 (3712) 12-34-56`, `8 (3662) 21-43-65`).
 */
export function hasLegacyAreaGroup(lengths: readonly number[]): boolean {
  const first = lengths[0];
  return (first === 1 && (lengths[1] === 3 || lengths[1] === 4)) || first === 4;
}
