// Everyday words with one slip in them (`Опертаор`, `Shifookr`, `Қызметкре`, `suppport`, `Нкуус`): customers type
// fast, and a misspelt word is on no list, so it passes for an unseen name, alone or at the edge of a name span
// (`Шфиокор Ҳамидов Муҳаммад`). A word that no name list knows and that one slip turns into an everyday word, role,
// title, cue or place of the stop lists or the English word list is read as that word.

import type { Token } from '../../text/tokenize.js';
import type { Span } from '../../types.js';
import { WordFlag } from './lexicon.js';
import { Morph, surnameMorphology } from './morphology.js';
import { englishCommonWords, englishWordForm } from './en-common-words.js';
import type { NameResources } from './resources.js';
import { latinSuffixes, turkicSuffixes } from './suffixes.js';
import { anyCode, someSlipUndone } from './slips.js';
import { WordBit, type WordInfo } from './vocabulary.js';
import { WordAnswers } from './word-answers.js';

// Answers per word (the words asked about are the few at the edges of name spans), begun afresh for other resources.
const answerLimit = 4096;
let answers = new WordAnswers<number>(answerLimit);
let answersFor: NameResources | undefined;

// Letters a dropped one may have been (folded: lower case, ё as е).
const cyrillicLetters = 'аеоиуыяюэьъбвгджзйклмнпрстфхцчшщәғқңөұүһіўҳ';
const latinLetters = 'aeiouybcdfghjklmnpqrstvwxz';

// Words this short have too many neighbours among names and words alike (`Лена`/`лента`).
const minLength = 4;
// A letter left out is read only in words of this length or more, and only of a role, label or cue word: too many
// short names are one letter from a word (`Әмин`/`әдмин`), and the everyday words are too many to index.
const minDropLength = 5;
// A swap of the last two letters is read only in words this long (`Шариф`/`шарфи`).
const minLooseLength = 6;

/** What a misspelt word reads as (everydayTypo). */
export const TypoReading = {
  None: 0,
  /** A role, title, dialogue label or cue word (`Опертаор`, `Shifookr`, `спаибо`): any of the three slips. */
  Cue: 1,
  /** Another everyday word or place (`suppport`, `Нкуус`, `Buuyurtma`). */
  Everyday: 2,
} as const;

/**
 * What `folded` (a word no list knows: the caller asks analyzeWord first) is one slip from: two inner neighbours
 * swapped, a letter doubled, or an inner letter left out. A role or cue word is read through any of them; another
 * everyday word only through a doubled letter or an inner swap, or in words of six letters or more. The word reached
 * must itself be no listed name (`Сарваар` is Сарвар misspelt, a name). Remembered per word.
 */
export function everydayTypo(folded: string, cyrillic: boolean, resources: NameResources): number {
  if (folded.length < minLength || folded.length > 24) return TypoReading.None;
  if (answersFor !== resources) {
    answers = new WordAnswers<number>(answerLimit);
    answersFor = resources;
  }
  return answers.get(folded) ?? answers.remember(folded, readsAsTypo(folded, cyrillic, resources));
}

/** everydayTypo() without its answer map, for a caller that remembers the answer on the interned word (misspelt()). */
function everydayTypoAfresh(folded: string, cyrillic: boolean, resources: NameResources): number {
  return folded.length < minLength || folded.length > 24 ? TypoReading.None : readsAsTypo(folded, cyrillic, resources);
}

function readsAsTypo(word: string, cyrillic: boolean, resources: NameResources): number {
  // A role, title or label with a letter left out (`Шфикор`): one lookup in the index of their deletions.
  if (word.length >= minDropLength && droppedLetterIndex(resources).has(word)) return knownAsItIs(word, cyrillic, resources) ? TypoReading.None : TypoReading.Cue;
  const length = word.length;
  // A swap of the last two letters is another ending as often as a slip: only in longer words.
  const lastSwap = length >= minLooseLength;
  let everyday: number = TypoReading.None;
  // A doubled letter typed once, then two neighbours swapped back (slips.ts): a role or cue word ends the search.
  const cue = someSlipUndone(word, letter, 1, (undone, swapped, at) => {
    const kind = reading(undone, cyrillic, resources, true);
    if (kind === TypoReading.Cue) return true;
    if (kind !== TypoReading.None && (!swapped || lastSwap || at + 2 < length)) everyday = kind;
    return false;
  });
  if (cue) return knownAsItIs(word, cyrillic, resources) ? TypoReading.None : TypoReading.Cue;
  // Nearly every word asked about ends here: no everyday word one slip away.
  if (everyday === TypoReading.None) return everyday;
  return knownAsItIs(word, cyrillic, resources) || misspeltName(word, cyrillic, resources) ? TypoReading.None : everyday;
}

// A word the lists or the Russian lexicon know is itself (`ислам`), not a slip. The lexicon is not asked about the
// words a slip reaches: it answers for crude stems, so unlisted surnames would reach its words (held-out recall).
function knownAsItIs(word: string, cyrillic: boolean, resources: NameResources): boolean {
  return reading(word, cyrillic, resources) !== TypoReading.None || (cyrillic && resources.commonWords.has(word));
}

// One slip from a listed name (`Praker`, `Алеив`, `Кнат`), or one swap or doubled letter from a surname or patronymic
// ending (`Покровскяа`): a misspelt name rather than an everyday word. Asked only of words one slip from an everyday word.
function misspeltName(word: string, cyrillic: boolean, resources: NameResources): boolean {
  const length = word.length;
  const suffixes = cyrillic ? turkicSuffixes : latinSuffixes;
  const name = (candidate: string, shaped: boolean): boolean => listedName(candidate, cyrillic, resources) || (shaped && surnameMorphology(candidate, cyrillic, suffixes) !== undefined && reading(candidate, cyrillic, resources) === TypoReading.None);
  if (someSlipUndone(word, anyCode, 1, (undone) => name(undone, true))) return true;
  const letters = cyrillic ? cyrillicLetters : latinLetters;
  for (let i = 1; i < length; i++) {
    const before = word.slice(0, i);
    const after = word.slice(i);
    for (const added of letters) if (name(before + added + after, false)) return true;
  }
  return false;
}

// A given name, surname or patronymic of the lists, as listed or with an ending.
function listedName(word: string, cyrillic: boolean, resources: NameResources): boolean {
  const name = cyrillic ? resources.names.find(word, turkicSuffixes, 3) : resources.latinNames.find(word, latinSuffixes, 3) ?? resources.names.find(word, latinSuffixes, 3);
  return name !== undefined && (name.entry.flags & (WordFlag.First | WordFlag.Surname | WordFlag.Patronymic)) !== 0;
}

// Per resources: every role, title and dialogue label of six letters or more with one inner letter left out (cue words
// are too many and too close to names: `Макронның`).
const droppedLetterIndexes = new WeakMap<NameResources, ReadonlySet<string>>();
function droppedLetterIndex(resources: NameResources): ReadonlySet<string> {
  let index = droppedLetterIndexes.get(resources);
  if (index === undefined) {
    const built = new Set<string>();
    const add = (word: string): void => {
      if (word.length < minDropLength + 1 || word.includes(' ')) return;
      for (let i = 1; i + 1 < word.length; i++) built.add(word.slice(0, i) + word.slice(i + 1));
    };
    for (const word of resources.speakerLabels) add(word);
    // A deletion that is itself a word or a name is that word (`әдмин` − д is `Әмин`).
    for (const key of built) {
      const cyrillic = key.charCodeAt(0) >= 0x400;
      if (reading(key, cyrillic, resources) !== TypoReading.None || listedName(key, cyrillic, resources) || (cyrillic && resources.commonWords.has(key))) built.delete(key);
    }
    index = built;
    droppedLetterIndexes.set(resources, index);
  }
  return index;
}

// A letter of either alphabet (no apostrophe or hyphen: `bo‘ston` is no swap of `bos‘ton`).
function letter(code: number): boolean {
  return (code >= 0x61 && code <= 0x7a) || (code >= 0x430 && code <= 0x4ff);
}

/**
 * TypoReading of a folded word as it stands: a role or cue word, another everyday word or place, or neither (or a
 * listed name). `exact`: an everyday stop word only as listed, not a stem with an ending (`макро` + `ның`); a role
 * or title takes its endings (`Shifokorga`).
 */
export function reading(word: string, cyrillic: boolean, resources: NameResources, exact = false): number {
  const stop = resources.stops.find(word, cyrillic ? turkicSuffixes : latinSuffixes, 2);
  const stopped = stop !== undefined && (stop.stemLength === word.length || stop.stemLength >= 4) && (stop.entry.flags & (WordFlag.NotName | WordFlag.Place)) !== 0;
  let kind: number = TypoReading.None;
  if (resources.speakerLabels.has(word) || (stopped && resources.speakerLabels.has(cyrillic ? stop.entry.baseCyrillic : stop.entry.baseLatin))) kind = TypoReading.Cue;
  else if ((stopped && (!exact || stop.stemLength === word.length)) || (word.length >= 5 && resources.cueWords.has(word)) || (!cyrillic && (exact ? englishCommonWords().has(word) : englishWordForm(word)))) kind = TypoReading.Everyday;
  if (kind === TypoReading.None) return kind;
  const name = cyrillic ? resources.names.find(word, turkicSuffixes, 2) : resources.latinNames.find(word, latinSuffixes, 2) ?? resources.names.find(word, latinSuffixes, 2);
  const named = name !== undefined && (name.entry.flags & (WordFlag.First | WordFlag.Surname | WordFlag.Patronymic)) !== 0 && !(stopped && stop.stemLength > name.stemLength);
  return named ? TypoReading.None : kind;
}

/**
 * Trims, in place, a misspelt everyday word (everydayTypo) off either edge of a name span (`Шфиокор Ҳамидов Муҳаммад`,
 * `Kruyer Zebiniso`), and drops a span that is one (`suppport`, `Нкуус`). Words some list knows (`Agnet` is a given
 * name), words that end like a surname or patronymic (a misspelt surname is still one, and so is `Магазиин` for now),
 * and spans a known name made are left alone.
 */
export function trimEverydayTypos(text: string, tokens: readonly Token[], folded: readonly string[], words: readonly WordInfo[], spans: Span[], resources: NameResources, turkic: boolean): void {
  let t = 0;
  let kept = 0;
  for (const span of spans) {
    while (t < tokens.length && tokens[t]!.end <= span.start) t++;
    let last = t;
    while (last + 1 < tokens.length && tokens[last + 1]!.start < span.end) last++;
    if (t >= tokens.length || span.source === 'name:known') {
      spans[kept++] = span;
      continue;
    }
    let first = t;
    if (tokens[first]!.start === span.start && misspelt(tokens, folded, words, first, resources, turkic)) first++;
    let end = last;
    if (end >= first && tokens[end]!.end === span.end && misspelt(tokens, folded, words, end, resources, turkic)) end--;
    if (end < first) continue;
    if (first !== t || end !== last) {
      const start = tokens[first]!.start;
      const stop = tokens[end]!.end;
      spans[kept++] = { ...span, start, end: stop, normalized: trimmedNormal(span, text, first - t, last - end, start, stop) };
    } else spans[kept++] = span;
  }
  if (kept !== spans.length) spans.length = kept;
}

function misspelt(tokens: readonly Token[], folded: readonly string[], words: readonly WordInfo[], k: number, resources: NameResources, turkic: boolean): boolean {
  const word = folded[k]!;
  if (word.length < minLength || tokens[k]!.hasDigit) return false;
  const cyrillic = tokens[k]!.cyrillic;
  if (words[k]!.bits & (WordBit.PatronymicWord | WordBit.Particle | WordBit.HonorificWithEnding)) return false;
  const evidence = words[k]!.evidence(cyrillic, resources, turkic);
  if (evidence.nameFlags !== 0 || evidence.stopFlags !== 0) return false;
  const info = words[k]!;
  let typo = info.typoReading;
  if (typo === -1) typo = info.typoReading = everydayTypoAfresh(word, cyrillic, resources);
  // A word ending like a surname is read as a misspelt role or title only (`Куурьер`).
  return evidence.morph === Morph.None ? typo !== TypoReading.None : typo === TypoReading.Cue;
}

// The span's normalized form without the words trimmed off (its space-separated words, one per token), or the text
// left in lower case when it has too few words.
function trimmedNormal(span: Span, text: string, fromStart: number, fromEnd: number, start: number, end: number): string | undefined {
  const parts = span.normalized?.split(' ');
  if (parts !== undefined && parts.length > fromStart + fromEnd) return parts.slice(fromStart, parts.length - fromEnd).join(' ');
  return text.slice(start, end).toLowerCase();
}
