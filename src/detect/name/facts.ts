// The context-free facts of a folded word (cue kinds, patronymic word, surname ending, street word, …) in one place.

import { isHonorificWithEnding } from './cues.js';
import { misspeltCueWord } from './cue-typos.js';
import { isEnglishChatCueWord } from './english.js';
import type { NameResources } from './resources.js';
import { isStreetWord } from './runs.js';
import { WordBit, type WordFacts } from './vocabulary.js';
import { endsLikeSurname, isContraction, isPatronymicWord, particles } from './words.js';

/** Every per-word test the scan makes, for a word met for the first time. */
export function describeWord(folded: string, resources: NameResources): WordFacts {
  let bits = 0;
  if (isPatronymicWord(folded)) bits |= WordBit.PatronymicWord;
  if (particles.has(folded)) bits |= WordBit.Particle;
  if (endsLikeSurname(folded)) bits |= WordBit.SurnameLike;
  if (resources.streetWords.has(folded)) bits |= WordBit.StreetWord;
  if (isStreetWord(folded, resources)) bits |= WordBit.StreetOrPossessive;
  if (resources.turkicMarkers.has(folded)) bits |= WordBit.TurkicMarker;
  if (isContraction(folded)) bits |= WordBit.Contraction;
  if (isHonorificWithEnding(folded, resources)) bits |= WordBit.HonorificWithEnding;
  if (isEnglishChatCueWord(folded, resources)) bits |= WordBit.EnglishChatCue;
  if (folded.indexOf('-') > 2) bits |= WordBit.InnerHyphen;
  const cue = resources.cueWords.get(folded) ?? 0;
  if (cue === 0 && misspeltCueWord(folded, resources) !== undefined) bits |= WordBit.MisspeltCue;
  return { cue, bits };
}
