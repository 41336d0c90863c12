// Names with the Arabic article in Kazakh text: `әл-Бируни`, `Әл-Хорезмидің` (the scholar's nisba name, declined).

import type { Token } from '../../text/tokenize.js';
import type { Span } from '../../types.js';
import { WordFlag } from './lexicon.js';
import type { NameResources } from './resources.js';
import { overlappingEither } from './span-search.js';
import { turkicSuffixes } from './suffixes.js';
import { WordBit, type WordInfo } from './vocabulary.js';
import { nameWeights } from './weights.js';

// Words after a mosque's, channel's, movement's or street's name (`Әл-Ақса мешіті`, `әл-Жазира арнасы`), and
// `атындағы` ("named after": `Әл-Бируни атындағы университет` names the institution).
const placeHeads: readonly string[] = ['атында', 'мешіт', 'арна', 'телеарна', 'университет', 'ұйым', 'қозғалыс', 'тоб', 'газет', 'көше', 'даңғыл', 'ауыл', 'қала'];

const articles: readonly string[] = ['әл-', 'ал-', 'аль-', 'эль-', 'ад-', 'ас-', 'ат-', 'ибн-'];

/**
 * In Kazakh text, one token of the Arabic article, a hyphen and a capitalised Cyrillic word of four letters or more
 * (`әл-Бируни`, `Әл-Бирунидің`) is a person's name: the classical scholars are known by their nisba. Not when a list
 * knows the word after the hyphen as a place or brand, nor with a street word up to three words on, nor before a mosque's, channel's or street's head noun or
 * `атындағы` (placeHeads). Lower case after the hyphen is an everyday word (`әл-ауқат`).
 */
export function findArticleNames(text: string, tokens: readonly Token[], folded: readonly string[], words: readonly WordInfo[], spans: Span[], resources: NameResources): void {
  let added: Span[] | undefined;
  for (let k = 0; k < tokens.length; k++) {
    const token = tokens[k]!;
    const word = folded[k]!;
    // Every article ends in its hyphen at the third or fourth code: most words are ruled out before the prefix search.
    if (!token.cyrillic || token.hasDigit || word.length < 7 || (word.charCodeAt(2) !== 45 && word.charCodeAt(3) !== 45)) continue;
    const article = articles.find((prefix) => word.startsWith(prefix));
    if (article === undefined) continue;
    const at = token.start + article.length;
    const name = word.slice(article.length);
    if (name.length < 4 || name.includes('-') || text.charCodeAt(at) === name.charCodeAt(0)) continue;
    if (k + 1 < tokens.length && placeHeads.some((head) => folded[k + 1]!.startsWith(head))) continue;
    const evidence = resources.stops.find(name, turkicSuffixes, 3);
    if (evidence !== undefined && evidence.entry.flags & (WordFlag.Place | WordFlag.NotName)) continue;
    if (words[k]!.cue !== 0 || streetNear(folded, words, k, resources)) continue;
    if (overlappingEither(spans, added, token.start, token.end) !== undefined) continue;
    (added ??= []).push({ start: token.start, end: token.end, type: 'NAME', score: nameWeights.first, source: 'name:morphology', normalized: word });
  }
  if (added === undefined) return;
  for (const span of added) spans.push(span);
  spans.sort((a, b) => a.start - b.start);
}

// The words that a street named after a person takes (`әл-Бируни, Сейфуллин даңғылдары`), up to three words on.
function streetNear(folded: readonly string[], words: readonly WordInfo[], k: number, resources: NameResources): boolean {
  for (let j = k + 1; j < words.length && j <= k + 3; j++) {
    if (words[j]!.bits & (WordBit.StreetWord | WordBit.StreetOrPossessive)) return true;
    const word = folded[j]!;
    if (resources.streetStems.some((stem) => word.startsWith(stem))) return true;
  }
  return false;
}
