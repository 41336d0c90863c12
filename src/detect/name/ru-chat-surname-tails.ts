// Russian chat in lower case, the surname beside a given name in the same case: `с мариной вишневской`, `менеджера
// марину островскую`, `с мариной ким`, `спасибо вере зориной`, `на сотрудника зорькину марину`. The scan and
// ru-pairs.ts leave such a pair out when the surname is an adjective-shaped one (-ская, -цкий) no list holds, a short
// East Asian one, one Russian also spells in lower case (hunspell lists `петровой`), when both words end like a
// surname, or when the given name is also a word (`вера`, `марка`) and nothing else marks it.

import { readPatternWords } from '../../patterns.js';
import type { Token } from '../../text/tokenize.js';
import type { Span } from '../../types.js';
import { onlySpaces } from './gaps.js';
import { WordFlag } from './lexicon.js';
import { Morph } from './morphology.js';
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
// genitive, dative), -у/-ю (accusative), -а/-я (nominative; a man's genitive), a man's -ом/-ем (instrumental); then
// a woman's -е/-и (dative, prepositional), a man's -у/-ю (dative) and -е (prepositional).
const agreeing: readonly [given: readonly string[], surname: readonly string[]][] = [
  [['ой', 'ей'], ['ской', 'цкой', 'овой', 'евой', 'иной']],
  [['у', 'ю'], ['скую', 'цкую', 'ову', 'еву', 'ину']],
  [['а', 'я'], ['ская', 'цкая', 'ова', 'ева', 'ина', 'ского', 'цкого']],
  [['ом', 'ем'], ['ским', 'цким', 'овым', 'евым', 'иным']],
  [['е', 'и'], ['ской', 'цкой', 'овой', 'евой', 'иной', 'ове', 'еве', 'ине']],
  [['у', 'ю'], ['скому', 'цкому']],
];
// Rows from here on, the surname before the given name, and a surname hunspell spells in lower case came later
// (`спасибо вере петровой`, `сотрудника щербакову марину`): such a pair only adds a name where no span stands.
const firstLaterRow = 4;

/**
 * Two Cyrillic words one space apart, one a listed given name in any case form, the other a surname in the same case
 * (adjective-shaped -ск/-цк or of the -ов/-ев/-ин shape, which Russian does not know as a word or the lists hold as
 * a surname) or a Korean surname after the given name; the surname may come first (`сотрудника зорькину марину`). The
 * pair replaces the scan's overlapping spans. Lower-case Cyrillic writing without Turkic letters only (the caller
 * checked).
 */
export function findSurnameTails(text: string, tokens: readonly Token[], folded: readonly string[], words: readonly WordInfo[], spans: Span[], resources: NameResources): void {
  let found: Span[] | undefined;
  const koreanSurnames = eastAsian();
  for (let k = 0; k + 1 < tokens.length; k++) {
    const korean = koreanSurnames.has(folded[k + 1]!);
    // Most pairs stop here: neither word ends in a surname ending that agrees with the other's.
    const secondRow = korean ? 0 : agreeingRow(folded[k]!, folded[k + 1]!);
    const firstRow = agreeingRow(folded[k + 1]!, folded[k]!);
    if (secondRow < 0 && firstRow < 0) continue;
    const a = tokens[k]!;
    const b = tokens[k + 1]!;
    if (!a.cyrillic || !b.cyrillic || a.hasDigit || b.hasDigit || !onlySpaces(text, a.end, b.start, 1)) continue;
    // `марину щербакову` and `щербакову марину` both agree: the given name decides which is which.
    let normalized = secondRow >= 0 ? pairReading(folded, words, resources, k, k + 1, korean, secondRow >= firstLaterRow) : undefined;
    if (normalized === undefined && firstRow >= 0) normalized = pairReading(folded, words, resources, k + 1, k, false, true);
    if (normalized === undefined) continue;
    // A later reading leaves a span that holds the pair alone (`ильина николая васильевича`, its patronymic too).
    if (normalized.later && covered(spans, a.start, b.end)) continue;
    (found ??= []).push({ start: a.start, end: b.end, type: 'NAME', score: nameWeights.lowerVocative, source: 'name:cue', normalized: normalized.text });
    k++;
  }
  if (found !== undefined) mergeReplacing(spans, found);
}

/** Some span holds tokens `start`..`end`: candidates are rare, a scan is cheap. */
function covered(spans: readonly Span[], start: number, end: number): boolean {
  for (const span of spans) if (span.start <= start && span.end >= end) return true;
  return false;
}

/**
 * The pair's normalised form when token `givenAt` is a listed given name and `surnameAt` a surname, and whether a
 * later reading (`later` given, or a surname hunspell knows) found it; undefined when the pair is none.
 */
function pairReading(folded: readonly string[], words: readonly WordInfo[], resources: NameResources, givenAt: number, surnameAt: number, korean: boolean, later: boolean): { text: string; later: boolean } | undefined {
  // A listed given name, one that is also a word included (`марина`, `вера`): the surname in the same case is the
  // second piece of evidence.
  const evidence = words[givenAt]!.evidence(true, resources, false);
  if ((evidence.nameFlags & WordFlag.First) === 0 || evidence.stopFlags !== 0 || resources.cueWords.has(folded[givenAt]!)) return undefined;
  let surname = folded[surnameAt]!;
  if (!korean) {
    const tail = words[surnameAt]!.evidence(true, resources, false);
    if (tail.stopFlags !== 0 || tail.nameFlags & WordFlag.First || resources.cueWords.has(surname)) return undefined;
    // Hunspell spells some surnames in lower case (`петровой`, `карпова`): listed as a surname and read as one, such
    // a word is no everyday word (`головой`, `машиной` are on no surname list).
    if (resources.commonWords.has(surname)) {
      if ((tail.nameFlags & WordFlag.Surname) === 0 || tail.morph !== Morph.Surname) return undefined;
      later = true;
    }
    if (surnameAt < givenAt) surname = tail.base;
  }
  return { text: surnameAt < givenAt ? `${surname} ${evidence.base}` : `${evidence.base} ${surname}`, later };
}

// The row of `agreeing` whose surname ending `surname` has and whose given-name ending `given` has, or -1. The
// surname's ending first (most words have none), and no closure: this runs for every pair of tokens.
function agreeingRow(given: string, surname: string): number {
  if (surname.length < 5) return -1;
  for (let row = 0; row < agreeing.length; row++) {
    const [givenEndings, surnameEndings] = agreeing[row]!;
    let found = false;
    for (const ending of surnameEndings) {
      if (surname.endsWith(ending)) {
        found = true;
        break;
      }
    }
    if (!found) continue;
    for (const ending of givenEndings) if (given.endsWith(ending)) return row;
  }
  return -1;
}
