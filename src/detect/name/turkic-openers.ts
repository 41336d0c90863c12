// Kazakh and Kyrgyz chat opens a message with the name of the person it addresses or talks about, without a comma
// (`айгерим тапсырысым қашан келеді`).

import type { Token } from '../../text/tokenize.js';
import type { Span } from '../../types.js';
import { bareTurkicName } from './chat.js';
import type { NameResources } from './resources.js';
import type { WordInfo } from './vocabulary.js';
import { nameWeights } from './weights.js';
import { EndingSet } from './suffixes.js';
import { typoOfCommonWord } from './typos.js';
import { WordKind, type WordScore } from './words.js';

// The locative-attributive ending ("which is in": `дүкөндөгү сатуучу`, `дўкондаги сотувчи`): an adjective opening the
// message, not a name.
const attributive = new EndingSet(['даги', 'дагы', 'деги', 'дегі', 'дағы', 'дөгү', 'догу', 'тағы', 'тегі', 'таги', 'теги', 'тагы', 'төгү', 'тогу', 'нда', 'нде']);
// Genitive (`сіздің`, `биздин`) and first-person verb endings (`өтінемін`, `барамын`): a possessor or a verb.
const genitiveOrFirstPerson = new EndingSet(['дың', 'дің', 'тың', 'тің', 'дын', 'дин', 'тын', 'тин', 'дун', 'дүн', 'тун', 'түн', 'мін', 'мын', 'мин', 'мун', 'мүн']);

/**
 * In a lower-case Cyrillic Turkic text, the first word, when no rule made it a name and it is a bare stem on no list
 * (chat.ts bareTurkicName: no case, possessive or verb ending; no locative-attributive ending either), before a
 * word without digits (`буюрма #221380` is a misspelt "order" before its number), is a name, scored as a lower-case
 * vocative. The caller checked Turkic text and lower-case writing.
 */
export function liftTurkicOpener(text: string, tokens: readonly Token[], folded: readonly string[], words: readonly WordInfo[], scores: readonly WordScore[], spans: Span[], resources: NameResources): void {
  const first = tokens[0]!;
  if (!first.cyrillic || tokens.length < 3 || scores[0]!.kind !== WordKind.None || first.hasDigit || tokens[1]!.hasDigit || text.charCodeAt(first.end) === 44) return;
  const word = folded[0]!;
  if (attributive.test(word) || genitiveOrFirstPerson.test(word) || !bareTurkicName(word, words[0]!.evidence(true, resources, true), resources)) return;
  // Russian loanwords and their typos (`заказ`, `телеофн`) are no names either.
  if (resources.commonWords.has(word) || typoOfCommonWord(word, resources.commonWords)) return;
  if (spans.length > 0 && spans[0]!.start <= first.end) return;
  spans.unshift({ start: first.start, end: first.end, type: 'NAME', score: nameWeights.lowerVocative, source: 'name:cue', normalized: word });
}
