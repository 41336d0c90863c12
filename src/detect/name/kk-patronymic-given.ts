// The given name before a Kazakh patronymic, when a list knows the given name as a place (`Дания Әлиқызы`, `Алтай
// Сейдірұлы`), and the surname before both in the official order (`Көлгінов Алтай Сейдірұлы`).

import type { Token } from '../../text/tokenize.js';
import type { Span } from '../../types.js';
import { WordFlag } from './lexicon.js';
import { trimKazakhBodies } from './kk-news-bodies.js';
import { Morph } from './morphology.js';
import type { NameResources } from './resources.js';
import { tokenStartingAt } from './real-tokens.js';
import { EndingSet } from './suffixes.js';
import type { WordInfo } from './vocabulary.js';

// Kazakh case endings a place takes in a sentence (`Алматыда`, `Алтайдан`, `Данияның`); the given name before a
// patronymic takes none.
const caseEndings = new EndingSet(['да', 'де', 'та', 'те', 'ға', 'ге', 'қа', 'ке', 'дан', 'ден', 'тан', 'тен', 'нан', 'нен', 'ның', 'нің', 'дың', 'дің', 'тың', 'тің', 'ны', 'ні', 'ды', 'ді', 'ты', 'ті', 'мен', 'бен', 'пен', 'ша', 'ше', 'лық', 'лік']);

// A father's name joined to -ұлы/-қызы (`Сейдірұлы`, `Әлиқызының`), as the morphology reads it.
const attached = /(?:ұлы|қызы|улы|кызы)/u;

/**
 * A span that opens with an attached Kazakh patronymic (`Сейдірұлының`) and a capitalised Cyrillic word right before
 * it that the lists know only as a place (`Алтай`, `Дания`, `Балқаш`), in its base form: the word is the given name,
 * and the span is widened over it. A surname (-ов, -ева, -ин) right before the given name is taken in too, with the
 * span it has (`Көлгінов Алтай Сейдірұлының`). Unknown and everyday words before a patronymic are left to the scan.
 */
export function widenPatronymicGiven(text: string, tokens: readonly Token[], folded: readonly string[], words: readonly WordInfo[], spans: Span[], resources: NameResources): void {
  widenGivenBeforePatronymic(text, tokens, folded, words, spans, resources);
  // `Біріккен Ұлттар Ұйымы`, `Еуразиялық одақ`, `«Джуниор Стар»` (kk-news-bodies.ts): called from here, the one Kazakh
  // pass scan.ts enters for every Turkic text with a span.
  if (spans.length > 0) trimKazakhBodies(text, tokens, folded, words, spans, resources);
}

function widenGivenBeforePatronymic(text: string, tokens: readonly Token[], folded: readonly string[], words: readonly WordInfo[], spans: Span[], resources: NameResources): void {
  // A surname's own span merged into the one after it; dropped once at the end (a splice per merge is quadratic).
  let merged: Set<Span> | undefined;
  for (let s = 0; s < spans.length; s++) {
    const span = spans[s]!;
    const t = tokenStartingAt(tokens, span.start);
    if (t < 1 || !attached.test(folded[t]!)) continue;
    if (words[t]!.evidence(true, resources, true).morph !== Morph.Patronymic) continue;
    const g = t - 1;
    if (!capitalisedBefore(text, tokens, folded, g, t) || caseEndings.test(folded[g]!)) continue;
    const given = words[g]!.evidence(true, resources, true);
    if (given.stopFlags !== WordFlag.Place || words[g]!.cue !== 0 || resources.roles.has(folded[g]!)) continue;
    const previous = s > 0 ? spans[s - 1] : undefined;
    if (previous !== undefined && previous.end > tokens[g]!.start) continue;
    let start = tokens[g]!.start;
    let normalized = `${folded[g]!} ${span.normalized ?? folded[t]!}`;
    const surname = g - 1;
    if (surname >= 0 && capitalisedBefore(text, tokens, folded, surname, g) && words[surname]!.evidence(true, resources, true).morph === Morph.Surname) {
      if (previous === undefined || previous.end <= tokens[surname]!.start) {
        start = tokens[surname]!.start;
        normalized = `${folded[surname]!} ${normalized}`;
      } else if (previous.start === tokens[surname]!.start && previous.end === tokens[surname]!.end) {
        start = previous.start;
        normalized = `${previous.normalized ?? folded[surname]!} ${normalized}`;
        span.score = Math.max(span.score, previous.score);
        (merged ??= new Set()).add(previous);
      }
    }
    span.start = start;
    span.normalized = normalized;
  }
  if (merged === undefined) return;
  const kept = spans.filter((span) => !merged!.has(span));
  spans.length = 0;
  for (const span of kept) spans.push(span);
}

/** Token `k` is a capitalised Cyrillic word without digits, one space before token `next`. */
function capitalisedBefore(text: string, tokens: readonly Token[], folded: readonly string[], k: number, next: number): boolean {
  const token = tokens[k]!;
  return token.cyrillic && !token.hasDigit && text.charCodeAt(token.start) !== folded[k]!.charCodeAt(0) && tokens[next]!.start === token.end + 1 && text.charCodeAt(token.end) === 32;
}
