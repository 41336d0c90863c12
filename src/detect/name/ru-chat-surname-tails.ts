// Russian chat in lower case, the surname after a given name in the same case: `с мариной вишневской`, `менеджера
// марину островскую`, `с мариной ким`. The scan and ru-pairs.ts leave such a pair out when the surname is an
// adjective-shaped one (-ская, -цкий) no list holds, a short East Asian one, or when both words end like a surname.

import { readPatternWords } from '../../patterns.js';
import type { Token } from '../../text/tokenize.js';
import type { Span } from '../../types.js';
import { onlySpaces } from './gaps.js';
import { WordFlag } from './lexicon.js';
import type { NameResources } from './resources.js';
import { mergeReplacing } from './ru-spans.js';
import type { WordInfo } from './vocabulary.js';
import { nameWeights } from './weights.js';

// Korean surnames as Russian spells them, with the case forms of those in -й (patterns/names/ru/korean-surnames.txt).
let eastAsianSurnames: ReadonlySet<string> | undefined;
function eastAsian(): ReadonlySet<string> {
  eastAsianSurnames ??= new Set(readPatternWords('names/ru/korean-surnames.txt'));
  return eastAsianSurnames;
}

// The case ending of a given name and the surname endings that agree with it: a woman's -ой/-ей (instrumental,
// genitive, dative), -у/-ю (accusative), -а/-я (nominative; a man's genitive), a man's -ом/-ем (instrumental), a
// man's base form in a consonant or -й.
const agreeing: readonly [given: readonly string[], surname: readonly string[]][] = [
  [['ой', 'ей'], ['ской', 'цкой', 'овой', 'евой', 'иной']],
  [['у', 'ю'], ['скую', 'цкую', 'ову', 'еву', 'ину']],
  [['а', 'я'], ['ская', 'цкая', 'ова', 'ева', 'ина', 'ского', 'цкого']],
  [['ом', 'ем'], ['ским', 'цким', 'овым', 'евым', 'иным']],
];

/**
 * Two Cyrillic words one space apart, the first a listed given name in any case form, the second a surname in the same case (adjective-shaped -ск/-цк or of the -ов/-ев/-ин shape,
 * which Russian does not know as a word) or a Korean surname. The pair replaces the scan's overlapping spans.
 * Lower-case Cyrillic writing without Turkic letters only (the caller checked).
 */
export function findSurnameTails(text: string, tokens: readonly Token[], folded: readonly string[], words: readonly WordInfo[], spans: Span[], resources: NameResources): void {
  let found: Span[] | undefined;
  const koreanSurnames = eastAsian();
  for (let k = 0; k + 1 < tokens.length; k++) {
    const surname = folded[k + 1]!;
    const korean = koreanSurnames.has(surname);
    // Most pairs stop here: the second word ends in none of the surname endings.
    if (!korean && surnameEndingAfter(folded[k]!, surname) === undefined) continue;
    const a = tokens[k]!;
    const b = tokens[k + 1]!;
    if (!a.cyrillic || !b.cyrillic || a.hasDigit || b.hasDigit || !onlySpaces(text, a.end, b.start, 1)) continue;
    // A listed given name, one that is also a word included (`марина`, `яна`): the surname in the same case is the
    // second piece of evidence.
    const evidence = words[k]!.evidence(true, resources, false);
    if ((evidence.nameFlags & WordFlag.First) === 0 || evidence.stopFlags !== 0 || resources.cueWords.has(folded[k]!)) continue;
    const given = evidence.base;
    if (!korean) {
      const tail = words[k + 1]!.evidence(true, resources, false);
      if (tail.stopFlags !== 0 || tail.nameFlags & WordFlag.First || resources.commonWords.has(surname)) continue;
    }
    (found ??= []).push({ start: a.start, end: b.end, type: 'NAME', score: nameWeights.lowerVocative, source: 'name:cue', normalized: `${given} ${surname}` });
    k++;
  }
  if (found !== undefined) mergeReplacing(spans, found);
}

// The surname ending of `surname` that agrees with the case ending of `given`, if any. The surname's ending first
// (most words have none), and no closure: this runs for every pair of tokens.
function surnameEndingAfter(given: string, surname: string): string | undefined {
  if (surname.length < 5) return undefined;
  for (const [givenEndings, surnameEndings] of agreeing) {
    let found: string | undefined;
    for (const ending of surnameEndings) {
      if (surname.endsWith(ending)) {
        found = ending;
        break;
      }
    }
    if (found === undefined) continue;
    for (const ending of givenEndings) if (given.endsWith(ending)) return found;
  }
  return undefined;
}
