// Russian prose: a person named by a lower-case word before the name, not a title: a law, an effect or a disease
// named after its finder (`закон Гука`, `болезни Альцгеймера`), and an Arabic or Hebrew patronymic particle
// (`труды ибн Рушда`, `при бен Гурионе`).

import type { Token } from '../../text/tokenize.js';
import type { Span } from '../../types.js';
import { WordFlag } from './lexicon.js';
import { foldedWordSet } from './folded-words.js';
import type { NameResources } from './resources.js';
import { capitalCyrillic, onlySpaceBetween, organisationShape } from './ru-news.js';
import { covered } from './ru-news-objects.js';
import type { WordInfo } from './vocabulary.js';
import { nameWeights } from './weights.js';

let eponymHeads: ReadonlySet<string> | undefined;

// A patronymic particle written in lower case before the father's name; the particle belongs to the name.
function patronymicParticle(word: string): boolean {
  return word === 'ибн' || word === 'бен' || word === 'бин';
}

/**
 * The capitalised word right after an eponym head of cues/name-ru-eponym-heads.txt, or a particle with the word
 * after it: when the word is on no stoplist (`закон Москвы` is a place's), shaped like no organisation and no
 * adjective (`Закон Божий`), and no scan span covers it. Undefined when there is none; the caller merges them.
 */
export function findEponyms(text: string, tokens: readonly Token[], folded: readonly string[], words: readonly WordInfo[], spans: readonly Span[], resources: NameResources): Span[] | undefined {
  let found: Span[] | undefined;
  const count = tokens.length;
  for (let k = 0; k + 1 < count; k++) {
    const next = tokens[k + 1]!;
    // Most tokens are not before a capitalised word: one code comparison first.
    if (!next.cyrillic || text.charCodeAt(next.start) === folded[k + 1]!.charCodeAt(0)) continue;
    const token = tokens[k]!;
    // The head in lower case, or capitalised opening the sentence (`Закон Гука гласит`).
    if (!token.cyrillic || (text.charCodeAt(token.start) !== folded[k]!.charCodeAt(0) && !token.sentenceStart)) continue;
    const word = folded[k]!;
    const particle = patronymicParticle(word);
    if (!particle) {
      eponymHeads ??= foldedWordSet('cues/name-ru-eponym-heads.txt');
      if (!eponymHeads.has(word)) continue;
    }
    if (!onlySpaceBetween(text, token, next) || !capitalCyrillic(text, next, folded[k + 1]!)) continue;
    const name = folded[k + 1]!;
    if (organisationShape(name) || adjectiveForm.test(name)) continue;
    const evidence = words[k + 1]!.evidence(true, resources, false);
    if (evidence.stopFlags !== 0 && (evidence.nameFlags & (WordFlag.First | WordFlag.Surname)) === 0) continue;
    const start = particle ? token.start : next.start;
    if (covered(spans, start, next.end)) continue;
    (found ??= []).push({ start, end: next.end, type: 'NAME', score: nameWeights.nameShape, source: 'name:cue', normalized: particle ? `${word} ${name}` : name });
    k++;
  }
  return found;
}
const adjectiveForm = /(?:ый|ий|ой|ая|яя|ое|ее|ые|ие|ого|его|ому|ему|ым|им|ую|юю|ых|их)$/u;
