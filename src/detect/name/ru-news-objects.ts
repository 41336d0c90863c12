// Russian news: a surname alone opening the sentence as the object of what is done to people (`Брандтнеру
// предъявлено обвинение`, `Мельвиуса спросили`) or as the subject of a passive (`Торвальдсен был арестован`), and
// right after such a verb or its noun (`экстрадировали Тарна`, `после отставки Вельца`).

import type { Token } from '../../text/tokenize.js';
import type { Span } from '../../types.js';
import { foldedWordSet } from './folded-words.js';
import type { NameResources } from './resources.js';
import { capitalCyrillic, onlySpaceBetween, organisationShape, unknownSurname } from './ru-news.js';
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

let objectHeads: ReadonlySet<string> | undefined;

// Bodies a government or a club loses or dismisses as a whole (`отставки Кабинета`, `арест Руководства`): capitalised
// in official prose, on no stoplist.
const collectiveBody = /^(?:кабинет|кабмин|парламент|руководств|командовани|штаб|режим|клуб|сенат|сейм|меджлис|курултай|хурал|директорат|секретариат)/u;
// Adjective forms (`Главного`, `Русского`): a body or a place's name, not a person's.
const adjectiveForm = /(?:ый|ой|ий|ая|яя|ое|ее|ые|ие|ого|его|ому|ему|ым|им|ую|юю|ых|их)$/u;

/**
 * `экстрадировали Тарна`, `об увольнении Орло`, `после отставки Вельца`: a capitalised word inside a sentence right
 * after a verb or noun of cues/name-ru-news-object-heads.txt (what is done to a person: extradition, arrest,
 * dismissal, resignation), alone (no capitalised word after it), is a person even when Russian knows it as a word
 * form; not a place, a job or a role, an organisation's compound, an adjective form or a body. Returns undefined when
 * there is none; the caller merges them.
 */
export function findObjectsAfterHeads(text: string, tokens: readonly Token[], folded: readonly string[], words: readonly WordInfo[], spans: readonly Span[], resources: NameResources): Span[] | undefined {
  let found: Span[] | undefined;
  const count = tokens.length;
  for (let k = 1; k < count; k++) {
    const token = tokens[k]!;
    // The cheap tests first: a capitalised word of three letters or more inside a sentence, a lower-case word before.
    if (token.sentenceStart || token.end - token.start < 3 || !capitalCyrillic(text, token, folded[k]!)) continue;
    const head = tokens[k - 1]!;
    if (!head.cyrillic || text.charCodeAt(head.start) !== folded[k - 1]!.charCodeAt(0) || !onlySpaceBetween(text, head, token)) continue;
    objectHeads ??= foldedWordSet('cues/name-ru-news-object-heads.txt');
    if (!objectHeads.has(folded[k - 1]!)) continue;
    const next = tokens[k + 1];
    if (next !== undefined && onlySpaceBetween(text, token, next) && capitalCyrillic(text, next, folded[k + 1]!)) continue;
    const word = folded[k]!;
    if (word.includes('-') || organisationShape(word) || collectiveBody.test(word) || resources.cueWords.has(word) || covered(spans, token.start, token.end)) continue;
    const evidence = words[k]!.evidence(true, resources, false);
    if (evidence.stopFlags !== 0 || (adjectiveForm.test(word) && evidence.nameFlags === 0)) continue;
    (found ??= []).push({ start: token.start, end: token.end, type: 'NAME', score: nameWeights.nameShape, source: 'name:cue', normalized: word });
  }
  return found;
}
