// A full name with an expletive typed inside it, as English posts praise a person (`Samuel fucking Quorvel`,
// `Don muthafuckin Quorvel ladies and gentlemen`): the expletive splits the given name from the surname, and the
// three words together name the person.

import type { Token } from '../../text/tokenize.js';
import type { Span } from '../../types.js';
import { notSurname } from './en-social-names.js';
import { asciiTitleCase, readsEnglish } from './english.js';
import { onlySpaces } from './gaps.js';
import { WordFlag } from './lexicon.js';
import type { NameResources } from './resources.js';
import { addFoundSpans } from './span-search.js';
import type { WordInfo } from './vocabulary.js';
import { nameWeights } from './weights.js';

// The expletives posts put between a given name and a surname, as typed (lower case, g dropped or not): a closed
// class.
const infixes: ReadonlySet<string> = new Set([
  'fucking', 'fuckin', 'motherfucking', 'motherfuckin', 'muthafucking', 'muthafuckin', 'mothafucking', 'mothafuckin',
  'freaking', 'freakin', 'frickin', 'fricking', 'friggin', 'frigging', 'effing', 'bloody',
]);

/**
 * Token `k`, a lower-case expletive of infixes, one space between two title-case words: a listed given name before it
 * (no stoplisted word, no cue) and after it a listed surname or a word on no list (no function, cue, place, thing or
 * people word: notSurname()), three letters or more each. The three words are one name, added scored as an unknown
 * pair; spans of the scan inside them (`Samuel` alone) are widened over them. In text that reads as English (asked
 * once a candidate stands); the caller checked Latin-script text with no Cyrillic or Turkic word.
 */
export function findExpletiveNames(text: string, tokens: readonly Token[], folded: readonly string[], words: readonly WordInfo[], spans: Span[], resources: NameResources): void {
  let english: boolean | undefined;
  let found: Span[] | undefined;
  for (let k = 1; k + 1 < tokens.length; k++) {
    // Cheap first: the expletive, typed in lower case.
    if (!infixes.has(folded[k]!) || text.charCodeAt(tokens[k]!.start) !== folded[k]!.charCodeAt(0)) continue;
    const given = tokens[k - 1]!;
    const surname = tokens[k + 1]!;
    if (given.end - given.start < 3 || surname.end - surname.start < 3 || !asciiTitleCase(text, given) || !asciiTitleCase(text, surname)) continue;
    if (!onlySpaces(text, given.end, tokens[k]!.start, 1) || !onlySpaces(text, tokens[k]!.end, surname.start, 1)) continue;
    if (!givenName(folded[k - 1]!, words[k - 1]!, resources) || !surnameWord(folded[k + 1]!, words[k + 1]!, resources)) continue;
    if (!(english ??= readsEnglish(folded, resources.englishSocial.functionWords))) return;
    const span: Span = { start: given.start, end: surname.end, type: 'NAME', score: nameWeights.unknownPair, source: 'name:cue', normalized: `${folded[k - 1]!} ${folded[k + 1]!}` };
    // A span of the scan on one of the two words (or both) gives way to the whole name; a longer one stays.
    let inside = true;
    for (const other of spans) if (other.start < span.end && span.start < other.end && (other.start < span.start || other.end > span.end)) inside = false;
    if (!inside) continue;
    for (let s = spans.length - 1; s >= 0; s--) if (spans[s]!.start < span.end && span.start < spans[s]!.end) spans.splice(s, 1);
    (found ??= []).push(span);
  }
  addFoundSpans(spans, found);
}

/** A listed given name that no stoplist holds as anything else but an everyday word (`Don`), and no cue. */
function givenName(word: string, info: WordInfo, resources: NameResources): boolean {
  if (info.cue !== 0 || resources.cueWords.has(word)) return false;
  const evidence = info.evidence(false, resources, false);
  return (evidence.nameFlags & WordFlag.First) !== 0 && (evidence.stopFlags & ~WordFlag.NotName) === 0 && evidence.endingLength === 0;
}

/** A listed surname or a word on no list; no cue, function, place, thing or people word. */
function surnameWord(word: string, info: WordInfo, resources: NameResources): boolean {
  if (info.cue !== 0 || resources.cueWords.has(word) || notSurname(word, resources)) return false;
  const evidence = info.evidence(false, resources, false);
  if (evidence.endingLength !== 0) return false;
  return (evidence.nameFlags & WordFlag.Surname) !== 0 || (evidence.nameFlags === 0 && evidence.stopFlags === 0);
}
