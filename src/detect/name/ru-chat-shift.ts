// Russian chat, the person asked about: the subject of a question about a shift, leave or day off (`а шахзод
// сегодня на смене?`, `зулхумор в отпуске?`, `шохиста завтра выходная?`), where no verb of speech stands to vouch.

import type { Token } from '../../text/tokenize.js';
import type { Span } from '../../types.js';
import { WordFlag } from './lexicon.js';
import { onlySpaces } from './gaps.js';
import { nameShapeBeforeCaseEnding } from './real-shape.js';
import type { NameResources } from './resources.js';
import { everydayRussianWord } from './ru-everyday.js';
import { mergeReplacing } from './ru-spans.js';
import { unknownToRussian } from './ru-unlisted.js';
import { WordBit, type WordInfo } from './vocabulary.js';
import { nameWeights } from './weights.js';

// What the predicate word says of its subject. Strong: only a person is on a shift, on leave or off sick (`на смене`,
// `в отпуске`, after на/в) or has a day off (`выходная`, `выходной`, which also give the gender). Weak: a shop or an
// app works and will be there too (`а ашан сегодня работает?`), so only a listed given name, or an unknown word shaped
// like a name (a feminine -а/-я, a name-forming ending), is its person.
const Predicate = { AfterPreposition: 1, DayOffFeminine: 2, DayOffMasculine: 3, Weak: 4, WeakAfterPreposition: 5 } as const;
const predicates: ReadonlyMap<string, number> = new Map([
  ['смене', Predicate.AfterPreposition], ['отпуске', Predicate.AfterPreposition], ['больничном', Predicate.AfterPreposition],
  ['декрете', Predicate.AfterPreposition], ['выходном', Predicate.AfterPreposition], ['перерыве', Predicate.AfterPreposition],
  ['выходная', Predicate.DayOffFeminine], ['выходной', Predicate.DayOffMasculine],
  ['работает', Predicate.Weak], ['будет', Predicate.Weak], ['месте', Predicate.WeakAfterPreposition],
]);

/** Entry condition (scan.ts WordBit.RussianShift): a predicate of this pass. */
export function russianShiftWord(word: string): boolean {
  return predicates.has(word);
}

// Words between the subject and its predicate (`сегодня`, `завтра не`, `уже будет`), at most three, and the words
// that may open the clause before the subject (`а`, `подскажите а`, `кстати`).
const between = new Set(['сегодня', 'завтра', 'сейчас', 'щас', 'седня', 'уже', 'еще', 'ещё', 'вообще', 'тоже', 'не', 'случайно', 'будет', 'была', 'был', 'тогда', 'всю', 'неделю', 'до', 'скольки', 'когда', 'во', 'сколько', 'или', 'работает']);
const dayWords = new Set(['сегодня', 'завтра', 'сейчас', 'щас', 'седня']);
const openers = new Set(['а', 'ну', 'и', 'кстати', 'подскажите', 'скажите', 'извините', 'вот', 'так', 'пожалуйста']);

/**
 * In Cyrillic text without Turkic letters: a word the scan left unnamed, opening its clause (perhaps after `а`,
 * `подскажите`), before a predicate of a person's shift or day off with only time words between, is that person when
 * it is a listed given name Russian has no everyday word for, or a word Russian does not know (for a weak predicate,
 * only one shaped like a name). Adds to the scan's spans (sorted, disjoint).
 */
export function findShiftSubjects(text: string, tokens: readonly Token[], folded: readonly string[], words: readonly WordInfo[], wordBits: ArrayLike<number>, spans: Span[], resources: NameResources): void {
  let found: Span[] | undefined;
  // `а шахзод завтра будет на смене?`: two predicates, one subject.
  let last = -1;
  for (let m = 1; m < tokens.length; m++) {
    if ((wordBits[m]! & WordBit.RussianShift) === 0) continue;
    const kind = predicates.get(folded[m]!);
    if (kind === undefined) continue;
    let k = m - 1;
    if (kind === Predicate.AfterPreposition || kind === Predicate.WeakAfterPreposition) {
      const preposition = folded[k]!;
      if ((preposition !== 'на' && preposition !== 'в' && preposition !== 'во') || !onlySpaces(text, tokens[k]!.end, tokens[m]!.start, 1)) continue;
      k--;
    }
    // Back over the time words to the subject.
    let day = false;
    for (let skipped = 0; k >= 0 && skipped < 4 && between.has(folded[k]!) && onlySpaces(text, tokens[k]!.end, tokens[k + 1]!.start, 2); skipped++, k--) day ||= dayWords.has(folded[k]!);
    if (k < 0 || !onlySpaces(text, tokens[k]!.end, tokens[k + 1]!.start, 2)) continue;
    const token = tokens[k]!;
    if (k === last || !token.cyrillic || token.hasDigit || token.end - token.start < 4 || covered(spans, token)) continue;
    if (!opensClause(text, tokens, folded, k)) continue;
    const person = subject(folded[k]!, words[k]!, kind, day, resources);
    if (person === undefined) continue;
    (found ??= []).push({ start: token.start, end: token.end, type: 'NAME', score: nameWeights.lowerVocative, source: 'name:cue', normalized: person });
    last = k;
  }
  if (found !== undefined) mergeReplacing(spans, found);
}

/** The base form of the person `word` names as the predicate's subject, or undefined. */
function subject(word: string, info: WordInfo, kind: number, day: boolean, resources: NameResources): string | undefined {
  if (resources.cueWords.has(word) || resources.roles.has(word) || resources.serviceRoles.has(word)) return undefined;
  const evidence = info.evidence(true, resources, false);
  if (evidence.stopFlags !== 0) return undefined;
  const feminine = word.endsWith('а') || word.endsWith('я');
  if (kind === Predicate.DayOffMasculine && feminine && evidence.nameFlags === 0) return undefined;
  const weak = kind === Predicate.Weak || kind === Predicate.WeakAfterPreposition;
  if (evidence.nameFlags & WordFlag.First) {
    if (evidence.endingLength !== 0) return undefined;
    // After a weak predicate no name that is also an everyday word (`а роза сегодня будет?` asks about flowers); on a
    // shift or on leave only a person is (`а вера сегодня на смене?`).
    if (weak && (everydayRussianWord(word, evidence, resources) || ((evidence.nameFlags & WordFlag.Ambiguous) !== 0 && resources.commonWords.has(word)))) return undefined;
    return evidence.base;
  }
  if (evidence.nameFlags !== 0 || word.indexOf('э', 1) !== -1 || !unknownToRussian(word, resources)) return undefined;
  if (!weak) return word;
  // `алсу`: women's names in -у do not decline; Russian nouns in -у are few and known (`меню`, `рагу`).
  if ((feminine && word.length >= 5) || word.endsWith('у') || evidence.nameShape || nameShapeBeforeCaseEnding(word, resources)) return word;
  // `а шахзод сегодня работает?`: a man's name ends in a consonant; a shop asked about the same way does too, so
  // only with a day word (whether the person works today) and not in the shapes of brands and loanwords (a doubled
  // last letter, -кс, -й: `вкусвилл`, `максвей`).
  return day && masculineShape(word) ? word : undefined;
}

function masculineShape(word: string): boolean {
  const length = word.length;
  const last = word.charCodeAt(length - 1);
  // A hard consonant: not а е ё и й о у ы ь ъ э ю я.
  if (!(last >= 0x431 && last <= 0x449) || last === 0x435 || last === 0x438 || last === 0x439 || last === 0x43e || last === 0x443) return false;
  return last !== word.charCodeAt(length - 2) && !word.endsWith('кс');
}

/** Token `k` opens its clause: the text, a sentence or a line starts there or punctuation stands before it, perhaps behind one or two openers. */
function opensClause(text: string, tokens: readonly Token[], folded: readonly string[], k: number): boolean {
  for (let j = k, steps = 0; steps < 4; steps++, j--) {
    if (j <= 0 || tokens[j]!.sentenceStart || !onlySpaces(text, tokens[j - 1]!.end, tokens[j]!.start, 3)) return true;
    if (!openers.has(folded[j - 1]!)) return false;
  }
  return false;
}

function covered(spans: readonly Span[], token: Token): boolean {
  for (const span of spans) if (span.start < token.end && span.end > token.start && span.score >= 0.5) return true;
  return false;
}
