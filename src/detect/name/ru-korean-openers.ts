// Russian text: a Korean surname of the Koryo-saram written before the given name (`Цой Виктор`, `Пак Анатолий
// Сергеевич`). Opening the sentence, the scan reads a short capitalised surname that is also a word (`Пак`, `Шин`)
// as the opener, not the name, and keeps only the given name.

import { readPatternWords } from '../../patterns.js';
import type { Token } from '../../text/tokenize.js';
import type { Span } from '../../types.js';
import { WordFlag } from './lexicon.js';
import type { NameResources } from './resources.js';
import type { WordInfo } from './vocabulary.js';

// patterns/names/ru/korean-surnames.txt (the chat list, with the case forms of those in -й) and the news list's
// surnames that Russian has no word for (`Кан`, `Мун`; not `Но`, `Со`, `Им`, `Нам`, `Ли`).
let surnames: ReadonlySet<string> | undefined;
function koreanSurname(word: string, resources: NameResources): boolean {
  if (surnames === undefined) {
    const set = new Set(readPatternWords('names/ru/korean-surnames.txt'));
    for (const news of readPatternWords('names/ru/korean-news-surnames.txt')) if (news.length >= 2 && !resources.commonWords.has(news)) set.add(news);
    surnames = set;
  }
  return surnames.has(word);
}

/**
 * Widens a span that opens with a capitalised listed given name to the capitalised Korean surname one space before
 * it, when that surname opens the sentence and no span holds it. Spans sorted and disjoint (the scan's runs).
 */
export function widenKoreanSurnames(text: string, tokens: readonly Token[], folded: readonly string[], words: readonly WordInfo[], spans: Span[], resources: NameResources): void {
  let k = 1;
  for (let s = 0; s < spans.length; s++) {
    const span = spans[s]!;
    while (k < tokens.length && tokens[k]!.start < span.start) k++;
    if (k >= tokens.length || tokens[k]!.start !== span.start) continue;
    const surname = tokens[k - 1]!;
    if (!surname.sentenceStart || !surname.cyrillic || surname.hasDigit || text.charCodeAt(surname.start) === folded[k - 1]!.charCodeAt(0)) continue;
    if (!koreanSurname(folded[k - 1]!, resources) || span.start - surname.end !== 1 || text.charCodeAt(surname.end) !== 32) continue;
    if (s > 0 && spans[s - 1]!.end > surname.start) continue;
    const given = tokens[k]!;
    if (!given.cyrillic || text.charCodeAt(given.start) === folded[k]!.charCodeAt(0)) continue;
    if ((words[k]!.evidence(true, resources, false).nameFlags & WordFlag.First) === 0) continue;
    span.start = surname.start;
    if (span.normalized !== undefined) span.normalized = `${folded[k - 1]!} ${span.normalized}`;
  }
}
