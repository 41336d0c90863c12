// Russian news prose: a person a theatre, a university or a prize is named after (`театр имени Вельтмана`, `МГУ им.
// Ирины Торновой`). factRuEval marks that person (its dev split: `имени Станиславского`, `им. Йозефа Бойса`); in a
// chat line about an address the institution is a place (ru-street-ellipsis.ts), so only a closed sentence counts.

import type { Token } from '../../text/tokenize.js';
import type { Span } from '../../types.js';
import { WordFlag } from './lexicon.js';
import type { NameResources } from './resources.js';
import { capitalCyrillic, organisationShape } from './ru-news.js';
import { covered } from './ru-news-objects.js';
import type { WordInfo } from './vocabulary.js';
import { nameWeights } from './weights.js';

/**
 * In a sentence closed by punctuation, the capitalised run (one to three words, initials between them allowed) right after a lower-case `имени`, or after
 * `им.` when the run ends in a genitive (`им.` is also the pronoun ending a sentence: `помог им. Тарвен ушёл`).
 * Not a place on a stoplist (`имени Москвы`), an organisation's compound, nor an adjective before the lower-case
 * noun it agrees with (`имени Ленинского комсомола`, `имени Октябрьской революции`). Undefined when there is none.
 */
export function findNamedAfter(text: string, tokens: readonly Token[], folded: readonly string[], words: readonly WordInfo[], spans: readonly Span[], resources: NameResources): Span[] | undefined {
  let found: Span[] | undefined;
  const count = tokens.length;
  // `имени Вельского и Тарвена`: the `и` after a run opens the next one.
  let and = -1;
  for (let k = 0; k + 1 < count; k++) {
    const token = tokens[k]!;
    // `имени` and `им` only: a length check before the strings.
    const length = token.end - token.start;
    if (k !== and && ((length !== 5 && length !== 2) || !token.cyrillic || text.charCodeAt(token.start) !== folded[k]!.charCodeAt(0))) continue;
    const abbreviated = folded[k] === 'им';
    if (k !== and && !abbreviated && folded[k] !== 'имени') continue;
    if (abbreviated && text.charCodeAt(token.end) !== 46) continue;
    let first = -1;
    let last = -1;
    let run = 0;
    let t = k + 1;
    for (; t < count && t - k <= 5; t++) {
      const next = tokens[t]!;
      if (!gapBefore(text, tokens[t - 1]!, next, t - 1 === k ? abbreviated : initial(text, tokens[t - 1]!))) break;
      if (initial(text, next)) {
        if (first === -1) first = t;
        continue;
      }
      if (!capitalCyrillic(text, next, folded[t]!) || run === 3) break;
      if (first === -1) first = t;
      last = t;
      run++;
    }
    if (last === -1) continue;
    if (!personRun(text, tokens, folded, words, first, last, resources)) continue;
    const lastWord = folded[last]!;
    if (abbreviated && !genitiveEnding.test(lastWord)) continue;
    if (adjectiveEnding.test(lastWord) && agreeingNounAfter(text, tokens, folded, last, lastWord)) continue;
    const start = tokens[first]!.start;
    const end = tokens[last]!.end;
    k = last;
    if (last + 2 < count && folded[last + 1] === 'и') and = last + 1;
    if (covered(spans, start, end) || !closedSentence(text, end)) continue;
    (found ??= []).push({ start, end, type: 'NAME', score: nameWeights.nameShape, source: 'name:cue', normalized: folded.slice(first, last + 1).join(' ') });
  }
  return found;
}

/**
 * A full stop, `!`, `?` or `…` follows on the run's line: wire copy. A chat line about an address (`учусь в школе им.
 * Алишера Навои`, `библиотека имени Бабура закрыта`) names the institution, a place (ru-street-ellipsis.ts).
 */
function closedSentence(text: string, from: number): boolean {
  for (let i = from; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 46 || code === 33 || code === 63 || code === 0x2026) return true;
    if (code === 10) return false;
  }
  return false;
}

// A one-letter capital before a dot: an initial (`им. Н. Э. Тарвена`).
function initial(text: string, token: Token): boolean {
  if (token.end - token.start !== 1 || text.charCodeAt(token.end) !== 46) return false;
  const code = text.charCodeAt(token.start);
  return code >= 0x410 && code <= 0x42f;
}

// Only spaces between the two tokens, or a dot and spaces after an abbreviation or an initial.
function gapBefore(text: string, previous: Token, next: Token, dotted: boolean): boolean {
  let i = previous.end;
  if (dotted) {
    if (text.charCodeAt(i) !== 46) return false;
    i++;
  }
  if (i > next.start) return false;
  for (; i < next.start; i++) if (text.charCodeAt(i) !== 32) return false;
  return dotted || next.start > previous.end;
}

// Every word a possible name: no listed place or everyday stop word that no name list holds, no organisation.
function personRun(text: string, tokens: readonly Token[], folded: readonly string[], words: readonly WordInfo[], first: number, last: number, resources: NameResources): boolean {
  for (let t = first; t <= last; t++) {
    if (initial(text, tokens[t]!)) continue;
    const word = folded[t]!;
    if (organisationShape(word)) return false;
    const evidence = words[t]!.evidence(true, resources, false);
    if (evidence.stopFlags !== 0 && (evidence.nameFlags & (WordFlag.First | WordFlag.Surname)) === 0) return false;
  }
  return true;
}

// The genitive a name takes after `им.`: -а/-я (`Тарвена`, `Ильи`: -и too), -ого/-его (`Вельского`), and the names
// that do not decline end in -о, -и, -е, -у (`Шота Руставели`) or a consonant; only the declined ones are asked for.
const genitiveEnding = /(?:[ая]|ого|его|ой|ии|ы)$/u;
const adjectiveEnding = /(?:ого|его|ой|ей|ых|их)$/u;

/**
 * `Ленинского комсомола`, `Октябрьской революции`: a lower-case word right after the adjective in its gender's
 * genitive (-а/-я after -ого/-его, -ы/-и after -ой/-ей, -ов/-ев/-ей after -ых/-их) is the noun the adjective agrees
 * with, not the name going on (`имени Вельского и Тарвена`, `имени Вельского открыл`).
 */
function agreeingNounAfter(text: string, tokens: readonly Token[], folded: readonly string[], last: number, adjective: string): boolean {
  const next = tokens[last + 1];
  if (next === undefined || !next.cyrillic || next.hasDigit || text.charCodeAt(next.start) !== folded[last + 1]!.charCodeAt(0)) return false;
  for (let i = tokens[last]!.end; i < next.start; i++) if (text.charCodeAt(i) !== 32) return false;
  const noun = folded[last + 1]!;
  if (noun.length < 3) return false;
  if (adjective.endsWith('го')) return /[ая]$/u.test(noun);
  if (adjective.endsWith('й')) return /[ыи]$/u.test(noun);
  return /(?:ов|ев|ей|[^аеиоуыэюяь])$/u.test(noun);
}
