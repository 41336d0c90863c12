// Kazakh broadcast dialogue: the person addressed mid-sentence, between two commas (`Иә, Зорбіл, бұл дұрыс.`).

import type { Token } from '../../text/tokenize.js';
import type { Span } from '../../types.js';
import type { NameResources } from './resources.js';
import { bareName } from './real-vocatives.js';
import { overlappingEither } from './span-search.js';
import { tokenStartingAt } from './real-tokens.js';
import { EndingSet } from './suffixes.js';
import type { WordInfo } from './vocabulary.js';
import { nameWeights } from './weights.js';
import type { WordScore } from './words.js';

// Words that open a reply before the person addressed (`Иә, …`, `Рақмет, …`, `Жоқ, …`).
const replyOpeners: ReadonlySet<string> = new Set(['иә', 'ия', 'йә', 'жоқ', 'рақмет', 'рахмет', 'әрине', 'жарайды', 'жақсы', 'міне', 'құптаймын', 'сәлем', 'сәлеметсіз', 'қайырлы']);

// Second-person verb endings (`айтасың`, `білесіз`, `көрдіңіз`): a clause said to someone, before their name.
const secondPerson = new EndingSet(['сың', 'сің', 'сыз', 'сіз', 'ңыз', 'ңіз', 'дың', 'дің', 'тың', 'тің', 'сыңдар', 'сіңдер', 'ңыздар', 'ңіздер']);

/**
 * `Иә, Зорбіл, бұл ойыңыз дұрыс.`, `Дұрыс айтасың, Бренаш, мен келісемін.`: a bare capitalised word (real-vocatives.ts
 * bareName) between two commas, with a lower-case word after the second, is the person addressed when the words
 * before the first comma are one reply word opening the sentence (`Иә`, `Рақмет`, `Жоқ`) or end with a second-person
 * verb. Lists of names and places (`Алматы, Астана, Шымкент`) have neither before them.
 */
export function findMidVocatives(text: string, tokens: readonly Token[], folded: readonly string[], words: readonly WordInfo[], scores: readonly WordScore[], spans: Span[], resources: NameResources): void {
  let added: Span[] | undefined;
  for (let comma = text.indexOf(', '); comma !== -1; comma = text.indexOf(', ', comma + 1)) {
    const k = tokenStartingAt(tokens, comma + 2);
    if (k < 1 || k + 1 >= tokens.length || tokens[k]!.sentenceStart || tokens[k - 1]!.end !== comma) continue;
    const next = tokens[k + 1]!;
    if (text.charCodeAt(tokens[k]!.end) !== 44 || next.start !== tokens[k]!.end + 2 || text.charCodeAt(next.start) !== folded[k + 1]!.charCodeAt(0)) continue;
    const before = k - 1;
    const reply = tokens[before]!.sentenceStart && replyOpeners.has(folded[before]!);
    if (!reply && !(folded[before]!.length > 5 && secondPerson.test(folded[before]!) && text.charCodeAt(tokens[before]!.start) === folded[before]!.charCodeAt(0))) continue;
    if (!bareName(text, tokens, folded, words, scores, k, resources)) continue;
    const token = tokens[k]!;
    const existing = overlappingEither(spans, added, token.start, token.end);
    if (existing !== undefined) {
      if (existing.start === token.start && existing.end === token.end && existing.score < nameWeights.firstAmbiguous) existing.score = nameWeights.firstAmbiguous;
      continue;
    }
    (added ??= []).push({ start: token.start, end: token.end, type: 'NAME', score: nameWeights.firstAmbiguous, source: 'name:cue', normalized: folded[k]! });
  }
  if (added === undefined) return;
  for (const span of added) spans.push(span);
  spans.sort((a, b) => a.start - b.start);
}
