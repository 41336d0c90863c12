// `by ex-Beatle Harrowgate`: the capitalised word after `ex-` and a band's or team's name is its former member.

import type { Token } from '../../text/tokenize.js';
import type { Span } from '../../types.js';
import { WordFlag } from './lexicon.js';
import type { NameResources } from './resources.js';
import { overlappingEither } from './span-search.js';
import type { WordInfo } from './vocabulary.js';
import { nameWeights } from './weights.js';

/**
 * A hyphenated `ex-` word with a capital after the hyphen (`ex-Beatle`, `ex-Chelsea`), then one or two capitalised
 * Latin words after a single space, is the former member of that group named: the words are a person even when no
 * list knows them. Not when a word is a listed place or brand (`ex-Soviet Georgia`), or the words are already a span.
 */
export function findFormerMembers(text: string, tokens: readonly Token[], folded: readonly string[], words: readonly WordInfo[], spans: Span[], resources: NameResources): void {
  let added: Span[] | undefined;
  for (let k = 0; k + 1 < tokens.length; k++) {
    const word = folded[k]!;
    if (word.length < 5 || !word.startsWith('ex-') || !capital(text, tokens[k]!.start + 3)) continue;
    let last = k;
    while (last + 1 < tokens.length && last - k < 2 && memberWord(text, tokens, folded, words, resources, last + 1) && text.charCodeAt(tokens[last]!.end) === 32 && tokens[last + 1]!.start === tokens[last]!.end + 1) last++;
    if (last === k) continue;
    const start = tokens[k + 1]!.start;
    const end = tokens[last]!.end;
    const existing = overlappingEither(spans, added, start, end);
    if (existing !== undefined) {
      if (existing.start === start && existing.end === end && existing.score < nameWeights.unknownPair) existing.score = nameWeights.unknownPair;
      continue;
    }
    (added ??= []).push({ start, end, type: 'NAME', score: nameWeights.unknownPair, source: 'name:cue', normalized: folded.slice(k + 1, last + 1).join(' ') });
  }
  if (added === undefined) return;
  for (const span of added) spans.push(span);
  spans.sort((a, b) => a.start - b.start);
}

function memberWord(text: string, tokens: readonly Token[], folded: readonly string[], words: readonly WordInfo[], resources: NameResources, k: number): boolean {
  const token = tokens[k]!;
  if (token.cyrillic || token.hasDigit || token.end - token.start < 2 || !capital(text, token.start) || words[k]!.cue !== 0) return false;
  if (resources.chatWords.englishFunctionWords.has(folded[k]!)) return false;
  const evidence = words[k]!.evidence(false, resources, false);
  return (evidence.stopFlags & (WordFlag.Place | WordFlag.NotName)) === 0 || evidence.nameFlags !== 0;
}

function capital(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  return code >= 65 && code <= 90;
}
