// The subject of a clause that a conjunction opens in an English post (`before zorvek wakes up`, `noticed that
// Zorvek bases himself on …`, `that Zorvek stopped a shot`): a word no list holds and English would not use, right
// between the conjunction and a verb in -s or -ed, is the person doing it.

import type { Token } from '../../text/tokenize.js';
import type { Span } from '../../types.js';
import { englishWordForm } from './en-common-words.js';
import { addressPart } from './en-social-names.js';
import { lettersAfterFirst, readsEnglish, unlistedEnglishName } from './english.js';
import { misspelt } from './english-lower.js';
import { onlySpaces } from './gaps.js';
import type { NameResources } from './resources.js';
import { spanOverlapping } from './real-tokens.js';
import type { WordInfo } from './vocabulary.js';
import { nameWeights } from './weights.js';
import { addFoundSpans } from './span-search.js';

// Conjunctions and verbs of noticing that open a clause whose subject comes next (`before X wakes`, `noticed X
// likes`): a closed class.
const clauseOpeners = new Set(['that', 'before', 'after', 'when', 'whenever', 'if', 'until', 'till', 'because', 'cause', 'cuz', 'coz', 'bc', 'while', 'since', 'unless', 'noticed', 'notice', 'so']);

// Words in -s that are no verb of a third-person subject (`before zorvek sometimes`, `that zorvek is`): the copula and
// auxiliaries say nothing of a person (`that Zorvcraft is`), adverbs and pronouns are no verbs.
const notVerbs = new Set(['is', 'was', 'has', 'does', 'its', 'this', 'thus', 'yes', 'sometimes', 'always', 'perhaps', 'his', 'hers', 'ours', 'yours', 'us', 'plus', 'less', 'unless', 'towards', 'afterwards', 'besides', 'whereas', 'pls', 'lots', 'thanks']);

/**
 * Token `k` (a–z after an optional capital, four letters or more, not ending in `s`, on no list, no SCOWL word or
 * slip from one, English would not use it: unlistedEnglishName()) stands right after a word of clauseOpeners and
 * right before a lower-case verb in -s or -ed whose stem SCOWL holds (`wakes`, `bases`, `stopped`), no verb of what
 * firms do (`shipped`, `charged`): a person, scored as an unknown pair, unless a span of the scan covers it already at
 * that score. In text that reads as English (asked once a
 * candidate stands); the caller checked that the text has no Cyrillic or Turkic word.
 */
export function liftClauseSubjects(text: string, tokens: readonly Token[], folded: readonly string[], words: readonly WordInfo[], spans: Span[], resources: NameResources): void {
  let english: boolean | undefined;
  let found: Span[] | undefined;
  for (let k = 1; k + 1 < tokens.length; k++) {
    // Cheap first: the conjunction before and an -s word after, one space each.
    if (!clauseOpeners.has(folded[k - 1]!)) continue;
    const token = tokens[k]!;
    const next = tokens[k + 1]!;
    const verb = folded[k + 1]!;
    if (token.hasDigit || token.cyrillic || token.end - token.start < 4 || verb.length < 4 || notVerbs.has(verb)) continue;
    if (!(onlySpaces(text, tokens[k - 1]!.end, token.start, 1) || openerComma(text, tokens, k - 1)) || !onlySpaces(text, token.end, next.start, 1) || text.charCodeAt(next.start) !== verb.charCodeAt(0)) continue;
    const word = folded[k]!;
    if (word.charCodeAt(word.length - 1) === 115 || !lettersAfterFirst(text, token) || addressPart(text, token)) continue;
    // `when Zorvmart shipped it`: what firms do (cues/name-english-firm-verbs.txt) says no person.
    if (resources.englishSocial.firmVerbs.has(verb) || !thirdPersonVerb(verb) || words[k]!.cue !== 0 || englishWordForm(word)) continue;
    if (!unlistedEnglishName(word, words[k]!.evidence(false, resources, false), resources) || misspelt(word, resources)) continue;
    const span = spanOverlapping(spans, token.start, token.end);
    if (span !== undefined && (span.score >= nameWeights.unknownPair || span.start !== token.start || span.end !== token.end)) continue;
    if (!(english ??= readsEnglish(folded, resources.englishSocial.functionWords))) return;
    if (span !== undefined) span.score = nameWeights.unknownPair;
    else (found ??= []).push({ start: token.start, end: token.end, type: 'NAME', score: nameWeights.unknownPair, source: 'name:cue', normalized: word });
  }
  addFoundSpans(spans, found);
}

/** `So, Zorvek wants …`: the opener starts its sentence and a comma and one space follow it. */
function openerComma(text: string, tokens: readonly Token[], o: number): boolean {
  const end = tokens[o]!.end;
  return tokens[o]!.sentenceStart && text.charCodeAt(end) === 44 && text.charCodeAt(end + 1) === 32 && tokens[o + 1]!.start === end + 2;
}

/** `wakes`, `bases`, `cries`, `watches`: an -s form whose stem SCOWL holds; `stopped`, `posted`: an -ed form so. */
function thirdPersonVerb(verb: string): boolean {
  const last = verb.charCodeAt(verb.length - 1);
  const before = verb.charCodeAt(verb.length - 2);
  if (last === 100) return before === 101 && englishWordForm(verb);
  return last === 115 && before !== 115 && before !== 117 && englishWordForm(verb);
}
