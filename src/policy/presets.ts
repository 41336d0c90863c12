// Jurisdiction presets: the floor a tenant's policy may tighten but never loosen, with the law behind each.

import type { Jurisdiction, RecordConsentMode } from './types.js';

export interface JurisdictionPreset {
  /** Country whose citizens' data the law protects; undefined for DEFAULT. */
  country?: string;
  /** Citizens' personal data must be stored in `country`: raw PII may not leave it. */
  localize: boolean;
  /** Minimum record-consent mode. */
  recordConsent: RecordConsentMode;
  /** Where the rule comes from (law and article, as far as we know it). Not legal advice. */
  legalBasis: string;
}

const centralAsianPhoneRegions = ['UZ', 'KZ', 'KG', 'TJ', 'TM', 'RU'] as const;

/**
 * Every law below also makes processing depend on the data subject's consent for a stated purpose, and cross-border
 * transfer on consent or an adequate destination. decide() enforces that for every jurisdiction (consent per
 * purpose; with `localize`, no raw PII outside the residency region), so the presets differ in `localize` only.
 * `recordConsent` stays 'optional' everywhere: the tenant attests consent; tenants that collect it per record
 * tighten to 'required'.
 */
export const jurisdictionPresets: Readonly<Record<Jurisdiction, JurisdictionPreset>> = Object.freeze({
  // Uzbekistan: Law ЗРУ-547 "On personal data" of 2 July 2019; art. 27-1 (localisation of citizens' data on
  // servers in Uzbekistan) added by Law ЗРУ-666 of 14 January 2021, in force 16 April 2021; cross-border
  // transfer: art. 15 (as far as we know).
  UZ: { country: 'UZ', localize: true, recordConsent: 'optional', legalBasis: 'UZ ЗРУ-547 (2019) art. 27-1 (ЗРУ-666, 2021)' },
  // Kazakhstan: Law No. 94-V of 21 May 2013 "On personal data and their protection"; art. 12 para 2 (databases
  // on the territory of Kazakhstan), art. 16 (cross-border transfer).
  KZ: { country: 'KZ', localize: true, recordConsent: 'optional', legalBasis: 'KZ 94-V (2013) art. 12, art. 16' },
  // Kyrgyzstan: Law No. 58 of 14 April 2008 "On personal information"; art. 25 (cross-border transfer). As far as
  // we know there is no general localisation article; we localize anyway as the conservative default.
  KG: { country: 'KG', localize: true, recordConsent: 'optional', legalBasis: 'KG No. 58 (2008) art. 25 (localisation: conservative default)' },
  // Tajikistan: Law No. 1537 of 3 August 2018 "On personal data protection" (consent, cross-border transfer).
  // As far as we know localisation is not spelled out; conservative default.
  TJ: { country: 'TJ', localize: true, recordConsent: 'optional', legalBasis: 'TJ No. 1537 (2018) (localisation: conservative default)' },
  // Turkmenistan: Law of 20 March 2017 "On information about private life and its protection". As far as we
  // know it restricts transfer abroad; conservative default.
  TM: { country: 'TM', localize: true, recordConsent: 'optional', legalBasis: 'TM law of 20.03.2017 (localisation: conservative default)' },
  // Russia: Federal Law 152-FZ of 27 July 2006 "On personal data"; art. 18 part 5 (localisation, since
  // 1 September 2015), art. 12 (cross-border transfer).
  RU: { country: 'RU', localize: true, recordConsent: 'optional', legalBasis: 'RU 152-FZ art. 18 part 5, art. 12' },
  // No specific law: permissive. Consent per purpose still applies; a tenant may opt into localisation.
  DEFAULT: { localize: false, recordConsent: 'optional', legalBasis: 'none (permissive default)' },
});

/** Phone regions when a tenant gives none: its own country first, then the region's usual order. */
export function defaultPhoneRegions(jurisdiction: Jurisdiction): string[] {
  const own = jurisdictionPresets[jurisdiction].country;
  return own === undefined
    ? [...centralAsianPhoneRegions]
    : [own, ...centralAsianPhoneRegions.filter((region) => region !== own)];
}
