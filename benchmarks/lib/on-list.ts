// The held-out and blind generators prove their "unlisted" names are on no detector list. A misspelt reading (one
// slip from a listed name, src/detect/name/name-typos.ts) or a reading with letters given back (`Ихтиёр` as a listed
// `Иҳтиёр`, src/detect/name/plain-letters.ts) is the detector's inference, not a listing.

/** Whether analyzeWord found the word itself on a name list. */
export function onNameList(evidence: { nameFlags: number; misspelt?: boolean; respelt?: boolean }): boolean {
  return evidence.nameFlags !== 0 && evidence.misspelt !== true && evidence.respelt !== true;
}
