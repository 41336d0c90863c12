// Two or three capitals standing for a person in an English post, where only a person stands: greeted and then spoken
// to (`hey QJ will you do one more`), asked for (`Where is QJ`) or credited as a director (`Directed by QJ`). Posts
// call people by their initials or a short handle; everywhere else such a word is an acronym (`NBA`, `UK`), which the
// scan never reads as a name.

import type { Token } from '../../text/tokenize.js';
import type { Span } from '../../types.js';
import { englishWordForm } from './en-common-words.js';
import { clauseEndAt } from './en-social-names.js';
import { readsEnglish } from './english.js';
import { onlySpaces } from './gaps.js';
import type { NameResources } from './resources.js';
import { overlappingEither, addFoundSpans } from './span-search.js';
import type { WordInfo } from './vocabulary.js';
import { nameWeights } from './weights.js';

// Greetings opening a sentence before the one greeted.
const greetings: ReadonlySet<string> = new Set(['hey', 'hi', 'hello', 'yo', 'heya', 'hiya']);
// What a post says next to the one it greets (`hey QJ will you`, `hey QJ, …`, `hey QJ pls`).
const spokenTo: ReadonlySet<string> = new Set(['will', 'can', 'could', 'would', 'do', 'did', 'are', 'you', 'u', 'ur', 'your', 'please', 'pls', 'plz']);

/**
 * A token of two or three capitals A–Z as typed, that no list holds as a place, brand, everyday or chat word (stop
 * flags: `OMG`, `NBA`, `UK`), no function or cue word and no SCOWL word (`US`, `LA`), is a person:
 * - after a greeting that opens the sentence, one space apart, before a comma, the end of the clause or a word of
 *   spokenTo (`hey QJ will you do 1 more`);
 * - after `where is` or `where's` opening the sentence, before the end of the clause (`Where is QJ`, `where's QJ?`);
 * - after `directed by`, before a comma or the end of the clause (`Directed by QJ.`).
 * Added as an unknown pair scores, unless a span overlaps it. In text that reads as English (asked once a candidate
 * stands); the caller checked that it has no Cyrillic or Turkic word and is not written in lower case only.
 */
export function findInitialsPeople(text: string, tokens: readonly Token[], folded: readonly string[], words: readonly WordInfo[], spans: Span[], resources: NameResources): void {
  let english: boolean | undefined;
  let found: Span[] | undefined;
  for (let k = 1; k < tokens.length; k++) {
    const token = tokens[k]!;
    const length = token.end - token.start;
    // Cheap first: two or three capitals as typed.
    if (length < 2 || length > 3 || !capitals(text, token)) continue;
    if (!onlySpaces(text, tokens[k - 1]!.end, token.start, 1)) continue;
    const before = folded[k - 1]!;
    let framed = false;
    if (greetings.has(before) && tokens[k - 1]!.sentenceStart) framed = greetedAndSpokenTo(text, tokens, folded, k);
    else if ((before === 'is' && k > 1 && folded[k - 2] === 'where' && tokens[k - 2]!.sentenceStart && onlySpaces(text, tokens[k - 2]!.end, tokens[k - 1]!.start, 1)) || ((before === "where's" || before === 'wheres') && tokens[k - 1]!.sentenceStart)) framed = clauseEndAt(text, token.end);
    // `Directed by QJ.`: a film or video credits its director, a person.
    else if (before === 'by' && k > 1 && folded[k - 2] === 'directed' && onlySpaces(text, tokens[k - 2]!.end, tokens[k - 1]!.start, 1)) framed = text.charCodeAt(token.end) === 44 || clauseEndAt(text, token.end);
    if (!framed) continue;
    const word = folded[k]!;
    if (words[k]!.cue !== 0 || resources.cueWords.has(word) || resources.englishSocial.functionWords.has(word) || resources.chatWords.englishFunctionWords.has(word) || englishWordForm(word)) continue;
    if (words[k]!.evidence(false, resources, false).stopFlags !== 0) continue;
    if (overlappingEither(spans, found, token.start, token.end) !== undefined) continue;
    if (!(english ??= readsEnglish(folded, resources.englishSocial.functionWords))) return;
    (found ??= []).push({ start: token.start, end: token.end, type: 'NAME', score: nameWeights.unknownPair, source: 'name:cue', normalized: word });
  }
  addFoundSpans(spans, found);
}

/** After token `k`: a comma, the end of the clause, or one space and a word of spokenTo. */
function greetedAndSpokenTo(text: string, tokens: readonly Token[], folded: readonly string[], k: number): boolean {
  const end = tokens[k]!.end;
  if (text.charCodeAt(end) === 44 || clauseEndAt(text, end)) return true;
  return k + 1 < tokens.length && onlySpaces(text, end, tokens[k + 1]!.start, 1) && spokenTo.has(folded[k + 1]!);
}

/** Capital letters A–Z only, as typed. */
function capitals(text: string, token: Token): boolean {
  for (let at = token.start; at < token.end; at++) {
    const code = text.charCodeAt(at);
    if (code < 65 || code > 90) return false;
  }
  return true;
}
