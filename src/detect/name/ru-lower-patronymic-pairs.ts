// Lower-case Russian chat: a listed given name before a patronymic in the same case, the name an everyday word too
// (`огромное спасибо роману никитичу`, `спросите веру петровну`, `у любови сергеевны выходной`). The patronymic is the
// evidence chat-lower-patronymics.ts reads only after a word no dictionary holds; a listed given name agreeing with
// it in case is a person as surely.

import type { Token } from '../../text/tokenize.js';
import type { Span } from '../../types.js';
import { onlySpaces } from './gaps.js';
import { WordFlag } from './lexicon.js';
import type { NameResources } from './resources.js';
import { mergeReplacing } from './ru-spans.js';
import type { WordInfo } from './vocabulary.js';
import { nameWeights } from './weights.js';

// A patronymic's case ending and the endings a given name takes in that case: a man's (-ович, -евич, -ич) and a
// woman's (-овна, -евна, -ична).
const masculine: ReadonlyMap<string, readonly string[]> = new Map([
  ['', ['']], ['а', ['а', 'я']], ['у', ['у', 'ю']], ['ем', ['ом', 'ем', 'ём']], ['е', ['е']],
]);
const feminine: ReadonlyMap<string, readonly string[]> = new Map([
  ['а', ['а', 'я', 'ь']], ['ы', ['ы', 'и']], ['е', ['е', 'и']], ['у', ['у', 'ю', 'ь']], ['ой', ['ой', 'ей', 'ью']],
]);

/** The endings a given name before patronymic `word` takes, or undefined when `word` is no Russian patronymic. */
function givenEndings(word: string, resources: NameResources): readonly string[] | undefined {
  for (const stem of ['ович', 'евич']) {
    const at = word.lastIndexOf(stem);
    if (at >= 2) return masculine.get(word.slice(at + stem.length));
  }
  for (const stem of ['овн', 'евн', 'ичн']) {
    const at = word.lastIndexOf(stem);
    if (at >= 2) return feminine.get(word.slice(at + stem.length));
  }
  // `никитичу`, `фомича`: -ич after a given name's stem (`никит` of `никита`).
  const at = word.lastIndexOf('ич');
  if (at < 3) return undefined;
  const endings = masculine.get(word.slice(at + 2));
  if (endings === undefined) return undefined;
  const stem = word.slice(0, at);
  return resources.commonWords.has(stem + 'а') && !resources.commonWords.isProperNoun(stem + 'а') ? undefined : endings;
}

/**
 * Adds a span over a listed given name and the patronymic right after it, one space apart, in the same case, where
 * no span of the threshold covers either word yet or only one of them. Sorted, disjoint spans.
 */
export function findLowerPatronymicPairs(text: string, tokens: readonly Token[], folded: readonly string[], words: readonly WordInfo[], spans: Span[], resources: NameResources): void {
  let found: Span[] | undefined;
  for (let k = 0; k + 1 < tokens.length; k++) {
    const patronymic = folded[k + 1]!;
    if (patronymic.length < 6 || !tokens[k + 1]!.cyrillic || !tokens[k]!.cyrillic) continue;
    const endings = givenEndings(patronymic, resources);
    if (endings === undefined) continue;
    const given = folded[k]!;
    if (given.length < 3 || !onlySpaces(text, tokens[k]!.end, tokens[k + 1]!.start, 1)) continue;
    if (!endings.some((ending) => given.endsWith(ending))) continue;
    const evidence = words[k]!.evidence(true, resources, false);
    if ((evidence.nameFlags & WordFlag.First) === 0) continue;
    const start = tokens[k]!.start;
    const end = tokens[k + 1]!.end;
    if (covered(spans, start, end)) continue;
    (found ??= []).push({ start, end, type: 'NAME', score: nameWeights.patronymic, source: 'name:cue', normalized: `${evidence.base} ${patronymic}` });
    k++;
  }
  if (found !== undefined) mergeReplacing(spans, found);
}

/** A span of the threshold covers both words, or reaches beyond them. */
function covered(spans: readonly Span[], start: number, end: number): boolean {
  for (const span of spans) {
    if (span.end <= start || span.start >= end || span.score < 0.5) continue;
    if (span.start < start || span.end > end || (span.start === start && span.end === end)) return true;
  }
  return false;
}
