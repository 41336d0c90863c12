// Valid phone numbers in the ways people in Central Asia and Russia write them (checked with libphonenumber-js).

import { isValidPhoneNumber } from 'libphonenumber-js/max';
import type { CountryCode } from 'libphonenumber-js/max';
import { phoneCountries } from '../fixtures/phones.js';
import type { PhoneCountry } from '../fixtures/phones.js';
import type { Rng } from './rng.js';

export type PhoneCountryCode = keyof typeof phoneCountries;

/** Fills `N` in a format with the national significant number, left to right. */
function fill(format: string, nationalNumber: string): string {
  let index = 0;
  return format.replace(/N/gu, () => nationalNumber[index++] ?? '');
}

function nationalNumber(rng: Rng, country: PhoneCountry): string {
  const prefix = rng.pick(country.prefixes);
  return prefix + rng.digits(country.nationalLength - prefix.length);
}

/** A valid number of `code`, written in one of that country's common formats. */
export function generatePhone(rng: Rng, code: PhoneCountryCode): string {
  const country = phoneCountries[code];
  for (;;) {
    const national = nationalNumber(rng, country);
    // Reject the rare combination the operator prefix allows but the numbering plan does not.
    if (!isValidPhoneNumber(`+${country.callingCode}${national}`)) continue;
    return fill(rng.pick(country.formats), national);
  }
}

const allRegions: CountryCode[] = ['UZ', 'KZ', 'KG', 'TJ', 'TM', 'RU'];

/** True when a digit string would be a valid phone number somewhere we detect (so it is no hard negative). */
export function isPhoneLike(digits: string): boolean {
  if (isValidPhoneNumber(`+${digits}`)) return true;
  return allRegions.some((region) => isValidPhoneNumber(digits, region));
}
