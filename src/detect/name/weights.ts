// Evidence weights of the name scan, in one place so they can be tuned together.

/** Evidence weights. One place to tune; the tenant threshold (default 0.5) applies to the final span score. */
export const nameWeights = {
  known: 0.95,
  first: 0.7,
  firstAmbiguous: 0.55,
  firstAmbiguousAtSentenceStart: 0.35,
  lowerFirstAfterCue: 0.75,
  lowerContinuation: 0.5,
  lowerAfterIntro: 0.6,
  lowerVocative: 0.55,
  /** `Кулбарой: …` in a capitalised dialogue with role labels: a line's own label, on no list (dialogue-bare-labels.ts). */
  bareLabel: 0.7,
  lowerPairStart: 0.45,
  repeatedMention: 0.8,
  /** An unknown capitalised word joined by `and`/`и` to a name scoring at least coordinatedWith. */
  coordinated: 0.55,
  coordinatedWith: 0.5,
  surnameList: 0.6,
  patronymic: 0.75,
  surname: 0.62,
  surnameAtSentenceStart: 0.52,
  weakSurname: 0.35,
  nameShape: 0.55,
  unknownCapital: 0.3,
  unknownCapitalAtSentenceStart: 0.15,
  initial: 0.2,
  unknownPair: 0.55,
  unknownPairAtSentenceStart: 0.5,
  // Bonuses added to the strongest word of a run.
  severalWords: 0.15,
  quotedPenalty: 0.25,
  houseNumberPenalty: 0.3,
  /** `Joaquin Suarez 2906`: a house number after the run (a listed given name and surname still scored 0.85). */
  houseNumberAfterPenalty: 0.4,
  placePrepositionPenalty: 0.15,
  latinNameInCyrillicText: 0.4,
  initialWithWord: 0.3,
  strongCue: 0.4,
  weakCue: 0.25,
  roleCue: 0.4,
  afterCue: 0.35,
  verbCue: 0.3,
  verbCueAtSentenceStart: 0.35,
  pastTenseCue: 0.2,
  roleCueForUnknown: 0.15,
  speakerPrefixForUnknown: 0.15,
  speakerPrefix: 0.3,
  /** An unknown word labelling a line of a dialogue whose other lines a role word labels (`Ленар: алло`). */
  speakerInDialogue: 0.35,
  /** `Glad to help, Barnaby!`: between a comma and an exclamation mark. */
  vocativeCue: 0.25,
  /**
   * `семья Назаровых`: a plural surname after a family noun (ru-family-names.ts). At or above the news passes' drop
   * ceiling (ru-news.ts), which drop a lone plural surname as a family of news, never one person.
   */
  familyFrame: 0.8,
  /** Runs scoring below this are not reported at all (the resolver applies the tenant threshold after). */
  emitFloor: 0.3,
} as const;
