// Lower-case chat, names in a list: the people a customer thanks or blames together are typed alike, so a word joined
// to a found name by a conjunction (or a comma in a list that has one) is a person too when a given-name list holds
// it, even one that is also a word (`ерасыл, мирас және томирис`, `sanjar, aziz va kamola`, `tom, greta and yusuf`),
// and a word on no list when `both` closes the pair (`медер менен калыйман экөө тең`, `мейрам мен күмүшай екеуі де`)
// or it ends like a Turkic given name (`кубатбек, чолпонай жана айсулуу`, `nodirbek va mohirabonu`).

import type { Token } from '../../text/tokenize.js';
import type { Span } from '../../types.js';
import { givenNameStem } from './chat-lower-turkic-cases.js';
import { onlySpaces } from './gaps.js';
import { WordFlag } from './lexicon.js';
import type { NameResources } from './resources.js';
import { addFoundSpans, overlappingSpan } from './span-search.js';
import { WordBit, type WordInfo } from './vocabulary.js';
import { nameWeights } from './weights.js';

// Words that join two people in a list (Kazakh мен/пен/бен by the sound before, Kyrgyz менен, Uzbek va/hamda).
const conjunctions = new Set(['and', 'и', 'va', 'ва', 'hamda', 'ҳамда', 'және', 'жана', 'мен', 'пен', 'бен', 'менен', '&']);
// `both` after the list (Kazakh, Kyrgyz, Uzbek, Russian) or before it (English).
const bothAfter = new Set(['екеуі', 'екеуіне', 'екеуімен', 'екеуінің', 'экөө', 'экөөнө', 'экөөсү', 'экөөсүнө', 'ikkalasi', 'ikkalasiga', 'ikkovi', 'ikkoviga', 'иккаласи', 'иккаласига', 'иккови', 'оба', 'обе', 'обоим', 'обеим']);
const bothBefore = new Set(['both']);
const articles = new Set(['the', 'a', 'an']);
// English words a name list also holds that continue a sentence after `and` (`olivia and will call`).
const englishModals = new Set(['will', 'may', 'might', 'must', 'shall', 'can', 'could', 'would', 'should', 'did', 'does', 'do', 'have', 'had', 'has', 'was', 'were', 'is', 'are']);

/** Entry test besides WordBit.Conjunction (mentions.ts's list lacks Kyrgyz `менен` and Uzbek `hamda`). */
export function mayListLower(text: string): boolean {
  return text.includes(' менен ') || text.includes(' hamda ') || text.includes(' ҳамда ');
}

/** How token `k` links to token `k + 1` or `k + 2` in a list: 0 none, 1 a comma (`, `), 2 a conjunction between (` и `). */
function linkAfter(text: string, tokens: readonly Token[], folded: readonly string[], k: number): number {
  const next = tokens[k + 1];
  if (next === undefined) return 0;
  const end = tokens[k]!.end;
  if (text.charCodeAt(end) === 44 && onlySpaces(text, end + 1, next.start, 2)) return 1;
  if (conjunctions.has(folded[k + 1]!) && k + 2 < tokens.length && onlySpaces(text, end, next.start, 2) && onlySpaces(text, next.end, tokens[k + 2]!.start, 2)) return 2;
  return 0;
}

/**
 * In text typed without capitals: chains of one-word items linked by commas and conjunctions (at least one
 * conjunction), holding a name span at or above the threshold; each other item the scan left unnamed is a name when
 * it is a listed given name (in any case form; an everyday-word one too, but no English modal or function word), or
 * when it is on no list, four letters or more, no cue, role, place or everyday word, and `both` closes or opens the
 * chain or (Turkic or Latin script) it ends like a given name.
 * Adds to the scan's spans (sorted, disjoint). The caller checked lower-case writing and a found span.
 */
export function findLowerListedNames(text: string, tokens: readonly Token[], folded: readonly string[], words: readonly WordInfo[], spans: Span[], resources: NameResources, turkic: boolean): void {
  let found: Span[] | undefined;
  const count = tokens.length;
  let k = 0;
  while (k < count) {
    // The chain from k: items at `k`, then each item after a link.
    let link = linkAfter(text, tokens, folded, k);
    if (link === 0) {
      k++;
      continue;
    }
    const items = [k];
    let conjunction = false;
    let at = k;
    while (link !== 0 && items.length < 8) {
      if (link === 2) conjunction = true;
      at += link;
      items.push(at);
      link = linkAfter(text, tokens, folded, at);
    }
    k = at + 1;
    if (!conjunction) continue;
    found = judgeChain(tokens, folded, words, spans, resources, turkic, items, found);
  }
  addFoundSpans(spans, found);
}

function judgeChain(tokens: readonly Token[], folded: readonly string[], words: readonly WordInfo[], spans: Span[], resources: NameResources, turkic: boolean, items: readonly number[], found: Span[] | undefined): Span[] | undefined {
  let named = false;
  for (const item of items) {
    const span = overlappingSpan(spans, tokens[item]!.start, tokens[item]!.end);
    if (span !== undefined && span.score >= 0.5) named = true;
  }
  if (!named) return found;
  const first = items[0]!;
  const last = items[items.length - 1]!;
  // A firm or band named after its people (`the clark, romero and hall orchestra`, `hicks and brown associates`).
  if ((first > 0 && articles.has(folded[first - 1]!)) || (last + 1 < tokens.length && (resources.orgWords.has(folded[last + 1]!) || folded[last + 1] === 'and'))) return found;
  const both = (last + 1 < tokens.length && bothAfter.has(folded[last + 1]!)) || (first > 0 && bothBefore.has(folded[first - 1]!));
  for (const item of items) {
    const token = tokens[item]!;
    if (token.hasDigit || token.end - token.start < 3 || overlappingSpan(spans, token.start, token.end) !== undefined) continue;
    const word = folded[item]!;
    if (resources.cueWords.has(word) || resources.serviceRoles.has(word) || resources.roles.has(word) || words[item]!.bits & (WordBit.MisspeltCue | WordBit.SpeakerLabel)) continue;
    const evidence = words[item]!.evidence(token.cyrillic, resources, turkic);
    if (evidence.stopFlags !== 0) continue;
    let name = false;
    if (evidence.nameFlags & WordFlag.First) {
      // In English a listed name that is also a word needs a list of three (`tom, greta and yusuf`, not `emma and grace`).
      if (!token.cyrillic && !turkic && evidence.nameFlags & WordFlag.Ambiguous && items.length < 3) continue;
      name = !englishModals.has(word) && !resources.chatWords.englishFunctionWords.has(word) && !resources.englishSocial.functionWords.has(word);
    } else if (evidence.nameFlags === 0 && (both || ((turkic || !token.cyrillic) && !beforeSurname(words, item) && givenNameStem(word, resources)))) {
      // On no list: `both` closes the pair, or the word ends like a Turkic given name (`кубатбек, чолпонай жана айсулуу`).
      name = token.end - token.start >= 4 && !resources.everydayWords.has(word) && !resources.commonWords.has(word) && !resources.englishSocial.functionWords.has(word) && !resources.placeWords.has(word);
    }
    // Named elsewhere in the text: the repeated mentions (mentions.ts) name it here at their own score.
    if (!name || namedElsewhere(spans, evidence.base, word)) continue;
    (found ??= []).push({ start: token.start, end: token.end, type: 'NAME', score: nameWeights.lowerVocative, source: 'name:cue', normalized: evidence.base });
  }
  return found;
}

/** A surname-shaped word follows token `k` (`ziyodullo kuchkarov`): the pair pass names the two together. */
function beforeSurname(words: readonly WordInfo[], k: number): boolean {
  const next = words[k + 1];
  return next !== undefined && (next.bits & WordBit.SurnameLike) !== 0;
}

/** A span at or above the threshold elsewhere names `base` or `word`, alone or as a word of a longer name. */
function namedElsewhere(spans: readonly Span[], base: string, word: string): boolean {
  for (const span of spans) {
    const named = span.normalized;
    if (span.score < 0.5 || named === undefined) continue;
    if (holds(named, base) || (word !== base && holds(named, word))) return true;
  }
  return false;
}
function holds(named: string, word: string): boolean {
  return named === word || named.startsWith(word + ' ') || named.endsWith(' ' + word) || named.includes(' ' + word + ' ');
}
