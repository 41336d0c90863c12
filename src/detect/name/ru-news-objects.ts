// Russian news: a surname alone opening the sentence as the object of what is done to people (`Брандтнеру
// предъявлено обвинение`, `Мельвиуса спросили`) or as the subject of a passive (`Торвальдсен был арестован`).

import type { Token } from '../../text/tokenize.js';
import type { Span } from '../../types.js';
import { foldedWordSet } from './folded-words.js';
import type { NameResources } from './resources.js';
import { capitalCyrillic, onlySpaceBetween, unknownSurname } from './ru-news.js';
import type { WordInfo } from './vocabulary.js';
import { nameWeights } from './weights.js';

let personObjectVerbs: ReadonlySet<string> | undefined;

// Words that may stand between the surname and the verb: the past of `быть` and two adverbs.
function auxiliary(word: string): boolean {
  return word === 'был' || word === 'была' || word === 'были' || word === 'не' || word === 'уже' || word === 'также';
}

/**
 * The spans of the sentence openers that Russian knows in no form (nor as a place, a body or a brand on the
 * stoplists) and that stand right before a verb of cues/name-ru-news-person-objects.txt (`был` or an adverb between
 * them allowed). Returns undefined when there is none; the caller merges them.
 */
export function findPersonObjects(text: string, tokens: readonly Token[], folded: readonly string[], words: readonly WordInfo[], spans: readonly Span[], resources: NameResources): Span[] | undefined {
  let found: Span[] | undefined;
  const count = tokens.length;
  for (let k = 0; k + 1 < count; k++) {
    const token = tokens[k]!;
    if (!token.sentenceStart || token.end - token.start < 4 || !capitalCyrillic(text, token, folded[k]!)) continue;
    let verb = k + 1;
    if (verb + 1 < count && auxiliary(folded[verb]!) && onlySpaceBetween(text, tokens[verb]!, tokens[verb + 1]!)) verb++;
    if (!onlySpaceBetween(text, token, tokens[k + 1]!)) continue;
    personObjectVerbs ??= foldedWordSet('cues/name-ru-news-person-objects.txt');
    if (!personObjectVerbs.has(folded[verb]!)) continue;
    if (!unknownSurname(folded[k]!, words[k]!, resources) || covered(spans, token.start, token.end)) continue;
    const added: Span = { start: token.start, end: token.end, type: 'NAME', score: nameWeights.nameShape, source: 'name:cue', normalized: folded[k]! };
    (found ??= []).push(added);
  }
  return found;
}

/** Some span of the scan at or above the threshold overlaps `start`..`end`. */
export function covered(spans: readonly Span[], start: number, end: number): boolean {
  for (const span of spans) if (span.score >= 0.5 && span.start < end && span.end > start) return true;
  return false;
}
