// A family named by its surname in the plural (`семья Назаровых благодарит`, `от всей семьи Юсуповых`, `супруги
// Алиевы`, `братья Каримовы`): thanks letters to clinics and shops sign this way. The plural -ых/-ым/-ыми/-ы of an
// -ов/-ев/-ин surname reads like an adjective, so the word alone is no name; after a family noun it is one.

import type { Token } from '../../text/tokenize.js';
import type { Span } from '../../types.js';
import type { NameResources } from './resources.js';
import { addFoundSpans, overlappingSpan } from './span-search.js';
import { nameWeights } from './weights.js';

// Folded forms (ё → е) of the family nouns; a closed class.
const familyNouns = new Set([
  'семья', 'семьи', 'семье', 'семью', 'семьей', 'семейство', 'семейства', 'семейству', 'семейством',
  'супруги', 'супругов', 'супругам', 'супругами', 'чета', 'четы', 'чете', 'чету', 'четой',
]);
// Not `братья`/`сестры`: news names brothers by their plural surname (`братьев X-ых`) and its gold marks no person.
const familyInitials = new Set([...familyNouns].map((noun) => noun.charCodeAt(0)));

// An -ов/-ев/-ин/-ын surname stem, then the plural: -ы (nominative), -ых, -ым, -ыми.
const pluralSurname = /^[а-яәғқңөұүһіўҳ]{3,}(?:ов|ев|ин|ын)(?:ы|ых|ым|ыми)$/u;

/**
 * Token k + 1 after a family noun at token k, one space apart: a plural surname (capitalised, or in lower-case
 * writing) that is no adjective's plural (`семьи новых` is "of new families"). Adds it
 * as a NAME span, or lifts the scan's span over it. Cyrillic text only (the caller checks).
 */
export function findFamilyNames(text: string, tokens: readonly Token[], folded: readonly string[], firstCodes: ArrayLike<number>, spans: Span[], resources: NameResources, lowerCaseWriting: boolean): void {
  let found: Span[] | undefined;
  for (let k = 0; k + 1 < tokens.length; k++) {
    if (!familyInitials.has(firstCodes[k]!) || !familyNouns.has(folded[k]!)) continue;
    const name = tokens[k + 1]!;
    const word = folded[k + 1]!;
    if (name.start !== tokens[k]!.end + 1 || text.charCodeAt(tokens[k]!.end) !== 32 || !pluralSurname.test(word)) continue;
    const capitalised = text.charCodeAt(name.start) !== word.charCodeAt(0);
    if (!(capitalised || lowerCaseWriting) || adjectivePlural(word, resources)) continue;
    const scanned = overlappingSpan(spans, name.start, name.end);
    // The scan's own span over the surname alone is lifted past the news drop of lone plural surnames (ru-news.ts).
    if (scanned !== undefined) {
      if (scanned.start === name.start && scanned.end === name.end && scanned.score < nameWeights.familyFrame) scanned.score = nameWeights.familyFrame;
      continue;
    }
    (found ??= []).push({ start: name.start, end: name.end, type: 'NAME', score: nameWeights.familyFrame, source: 'name:morphology', normalized: word });
  }
  addFoundSpans(spans, found);
}

// Adjectives in -овой/-евой whose plural is -овых (`деловых`, `боевых`): the -ый test below misses them.
const oyAdjectives = new Set(['деловой', 'боевой', 'мировой', 'годовой', 'полевой', 'передовой', 'родовой', 'ледовой', 'грошовой']);

/**
 * `новых`, `готовых`, `дешевых`: the plural of an everyday adjective (the lexicon holds its -ый form). The lexicon also
 * holds possessive adjectives of surnames (`петровых`, from `петров`), so the plural form itself is not asked.
 */
function adjectivePlural(word: string, resources: NameResources): boolean {
  const stem = word.slice(0, word.length - (word.endsWith('ыми') ? 3 : word.endsWith('ы') ? 1 : 2));
  if (oyAdjectives.has(`${stem}ой`)) return true;
  // The lexicon answers by stem, so `петровый` passes its test; the surname itself is a proper noun it knows.
  return resources.commonWords.has(`${stem}ый`) && !resources.commonWords.isProperNoun(stem);
}
