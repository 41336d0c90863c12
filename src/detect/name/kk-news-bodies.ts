// Kazakh news: a capitalised run that ends in the head noun of a state or a body (`Біріккен Ұлттар Ұйымы`, `Иран
// Ислам Республикасымен`, `Еуразиялық одақ`) names that body, not a person. The scan reads such a run as a name, or
// reads it on after a person's name (`Гүлшара Тоқсанова Біріккен Ұлттар Ұйымы сарапшыларына`): the span is cut
// after the person's surname, or dropped when it holds none. An occupation noun opening the sentence before a name
// (`Бағбан Ерсін Тоқанов`, `Журналистка Тоқанова Ләйлә`) is cut off the front, and a capitalised run that fills a
// quotation is a title (`«Джуниор Жұлдыз» байқауы`).

import type { Token } from '../../text/tokenize.js';
import type { Span } from '../../types.js';
import { WordFlag } from './lexicon.js';
import { Morph } from './morphology.js';
import { quotedTitle } from './ru-news-bodies.js';
import type { NameResources } from './resources.js';
import type { WordInfo } from './vocabulary.js';

// Head nouns of states, unions and bodies, bare or with their possessive and case endings (`Республикасымен`,
// `Одағының`, `Әмірліктері`, `Министрлігі`). No Kazakh given name or surname opens with one of these stems.
const bodyHead = /^(?:республика|ұйым|одақ|одағ|әмірлік|федерация|корольдік|корольдіг|штат|ассоциация|комиссия|министрлі|агенттік|агенттіг|академия|университет|институт|партия|компания|корпорация|альянс|комитет|палата|парламент|сенат|мәжіліс|қауымдастық|қауымдастығ)([а-яәғқңөұүһі]{0,9})$/u;

/**
 * Cuts or drops, in place, each span that holds a body's head noun or stands right before one. Spans sorted and
 * disjoint. Turkic text only (kk-patronymic-given.ts calls it).
 */
export function trimKazakhBodies(text: string, tokens: readonly Token[], folded: readonly string[], words: readonly WordInfo[], spans: Span[], resources: NameResources): void {
  let kept = 0;
  let k = 0;
  for (const span of spans) {
    while (k < tokens.length && tokens[k]!.start < span.start) k++;
    // Capitalised spans only: lower-case chat names no bodies.
    if (k >= tokens.length || tokens[k]!.start !== span.start || span.source === 'name:known' || text.charCodeAt(span.start) === folded[k]!.charCodeAt(0)) {
      spans[kept++] = span;
      continue;
    }
    // `«Джуниор Жұлдыз» байқауы`: a capitalised run filling a quotation is a title (ru-news-bodies.ts).
    if (span.score < 0.8 && quotedTitle(text, tokens, folded, span, k)) continue;
    let last = k;
    while (last + 1 < tokens.length && tokens[last + 1]!.end <= span.end) last++;
    if (last > k && tokens[k]!.sentenceStart && occupationOpener(tokens, folded, words, k, last, resources)) {
      span.start = tokens[k + 1]!.start;
      if (span.normalized !== undefined) span.normalized = span.normalized.split(' ').slice(1).join(' ');
      k++;
    }
    // The head inside the span, or right after it.
    let head = -1;
    for (let t = k; t <= last && head === -1; t++) if (bodyHead.test(folded[t]!)) head = t;
    if (head === -1 && last + 1 < tokens.length && spaceOnly(text, tokens[last]!.end, tokens[last + 1]!.start) && bodyHead.test(folded[last + 1]!)) head = last + 1;
    if (head === -1) {
      spans[kept++] = span;
      continue;
    }
    // The body's name reaches back to the word after the person's surname or patronymic; before a bare head
    // (`Республика алаңында`, "Republic Square") also to the word after a listed given name (`Ерлан Республика
    // алаңында`), while a possessed head takes the listed word before it (`Кеңес Одағы`, "the Soviet Union").
    const possessed = possessedHead(folded[head]!);
    let start = Math.min(head, last + 1);
    while (start > k && !surnameOrPatronymic(words[start - 1]!, resources) && (possessed || !listedGiven(words[start - 1]!, resources))) start--;
    if (start === k) continue;
    span.end = tokens[start - 1]!.end;
    if (span.normalized !== undefined) span.normalized = span.normalized.split(' ').slice(0, start - k).join(' ');
    spans[kept++] = span;
  }
  // Setting the length is a runtime call even when nothing was dropped (as span-filter.ts dropSpans).
  if (kept !== spans.length) spans.length = kept;
}

// Agent nouns: Kazakh -шы/-ші, -гер/-кер, -қор/-паз (`малшы`, `шаруагер`, `өнерпаз`), and the Russian loans in
// -ист/-истка, -ерка, -ог (`журналистка`, `акушерка`, `психолог`). Given names of these shapes are on the lists.
const agentNoun = /(?:[^аеиоуыіәөұүэюя](?:шы|ші)|[аеиоуыіәөұүэюя](?:гер|кер)|қор|паз|ист|истка|ерка|лог)$/u;

/**
 * The span's first word opens the sentence, is an agent noun on no list that the morphology does not read, and a
 * surname or patronymic follows in the span.
 */
function occupationOpener(tokens: readonly Token[], folded: readonly string[], words: readonly WordInfo[], k: number, last: number, resources: NameResources): boolean {
  const word = folded[k]!;
  if (word.length < 6 || !tokens[k]!.cyrillic || !agentNoun.test(word)) return false;
  const evidence = words[k]!.evidence(true, resources, true);
  if (evidence.nameFlags !== 0 || evidence.morph !== Morph.None) return false;
  for (let t = k + 1; t <= last; t++) if (surnameOrPatronymic(words[t]!, resources)) return true;
  return false;
}

/** The head noun carries a possessive or plural ending (`Ұйымы`, `Республикасымен`, `Әмірліктері`, `Одағының`). */
function possessedHead(word: string): boolean {
  const rest = bodyHead.exec(word)?.[1] ?? '';
  return rest.includes('ы') || rest.includes('і') || rest.includes('с');
}

function listedGiven(info: WordInfo, resources: NameResources): boolean {
  return (info.evidence(true, resources, true).nameFlags & WordFlag.First) !== 0;
}

function surnameOrPatronymic(info: WordInfo, resources: NameResources): boolean {
  const morph = info.evidence(true, resources, true).morph;
  return morph === Morph.Surname || morph === Morph.Patronymic;
}

function spaceOnly(text: string, from: number, to: number): boolean {
  if (to <= from) return false;
  for (let i = from; i < to; i++) if (text.charCodeAt(i) !== 32) return false;
  return true;
}
