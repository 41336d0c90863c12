// Two unknown capitalised words opening an English sentence whose verb is one of service or speech (`Oisin Pascoe at
// the Swindon branch sorted my refund`): a person, the subject.

import type { Token } from '../../text/tokenize.js';
import type { Span } from '../../types.js';
import { readsEnglish } from './english.js';
import type { NameResources } from './resources.js';
import { tokenStartingAt } from './real-tokens.js';
import { nameWeights } from './weights.js';
import type { WordScore } from './words.js';

// How many words after the pair the verb may stand (`X Y at the Z branch sorted`): a constant cost per span.
const verbWindow = 8;

/**
 * Lifts a two-word span below the threshold that opens a sentence, both words unknown capitals (on no list: the
 * scan scored them on capitalisation alone), when a verb that chat writes after a person (said, helped, sorted,
 * refunded: cues/name-english-chat-after.txt) follows in the same clause, lower-case, within verbWindow words, in
 * text that reads as English. Mid-sentence pairs are real-latin-pairs.ts's; an opening pair is lifted only with this
 * verb, since titles and firm names open sentences too (`Quantum Dynamics announced`, whose verb is not on the list).
 */
export function liftOpeningSubjects(text: string, tokens: readonly Token[], folded: readonly string[], scores: readonly WordScore[], spans: Span[], resources: NameResources): void {
  let english: boolean | undefined;
  for (const span of spans) {
    if (span.score >= 0.5) continue;
    const t = tokenStartingAt(tokens, span.start);
    if (t === -1 || t + 1 >= tokens.length || !tokens[t]!.sentenceStart || tokens[t + 1]!.end !== span.end || tokens[t]!.cyrillic || tokens[t + 1]!.cyrillic) continue;
    if (scores[t]!.source !== 'capital' || scores[t + 1]!.source !== 'capital') continue;
    if (!verbFollows(text, tokens, folded, t + 1, resources)) continue;
    if (!(english ??= readsEnglish(folded, resources.chatWords.englishFunctionWords))) return;
    span.score = nameWeights.unknownPair;
  }
}

function verbFollows(text: string, tokens: readonly Token[], folded: readonly string[], last: number, resources: NameResources): boolean {
  const verbs = resources.chatWords.englishAfterName;
  for (let k = last + 1; k < tokens.length && k <= last + verbWindow && !tokens[k]!.sentenceStart; k++) {
    if (clauseBreak(text, tokens[k - 1]!.end, tokens[k]!.start)) return false;
    if (verbs.has(folded[k]!) && text.charCodeAt(tokens[k]!.start) === folded[k]!.charCodeAt(0)) return true;
  }
  return false;
}

/** A comma, semicolon, colon, dash or line break between two tokens. */
function clauseBreak(text: string, from: number, to: number): boolean {
  for (let at = from; at < to; at++) {
    const code = text.charCodeAt(at);
    if (code === 44 || code === 59 || code === 58 || code === 10 || code === 0x2013 || code === 0x2014) return true;
  }
  return false;
}
