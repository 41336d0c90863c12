// Misspelt names: customers slip inside a name as in any word (`Жасуур`, `Dilnzoaning`, `Холматва`), and a misspelt
// name is on no list. A word no list knows, one slip away from a listed given name or surname of its script, reads as
// that name; one whose surname or patronymic ending has a slip reads as a surname; patronymic words with one slip
// (`кыыз`, `qiizi`, `ууллу`) still join a name (words.ts isPatronymicWord). The frames a listed name needs still apply.

import { keyFilterCell, prefixSkeletons, skeleton } from '../../text/translit.js';
import { inflectingStems, WordFlag, type Lexicon, type LexiconEntry, type LexiconHit } from './lexicon.js';
import { Morph, surnameMorphology, type MorphHit } from './morphology.js';
import type { NameResources } from './resources.js';
import { EndingSet, endsWithListed, latinSuffixes, turkicSuffixes, type SuffixTable } from './suffixes.js';
import { typoOfCommonWord } from './typos.js';
import { WordAnswers } from './word-answers.js';

/**
 * The slips the benchmark and chat make: two inner neighbours swapped, a letter typed twice, one left out. The first
 * letter never changes (a capital stays where it was), and neither does the word's start in the text.
 */

// A misspelt stem of fewer letters reaches a listed name from too many everyday words (`лента` → Лена, `roz` → Roza).
const minStem = 5;
// A swap keeps the letters, so short swaps are read in too many words: one letter more.
const minSwapped = 6;
// A letter left out of a six-letter name leaves five that everyday words spell too (`маған` "to me" → Мағжан).
const minDropped = 6;

interface SlipIndex {
  /**
   * skeleton of a listed name key with one inner letter left out → the entries it comes from: keys that are base
   * forms, and the stems a case ending goes on (`светлан`), which stand only before one.
   */
  readonly dropped: ReadonlyMap<string, readonly LexiconEntry[]>;
  readonly droppedStems: ReadonlyMap<string, readonly LexiconEntry[]>;
  /** Likewise with two inner neighbours swapped. */
  readonly swapped: ReadonlyMap<string, readonly LexiconEntry[]>;
  readonly swappedStems: ReadonlyMap<string, readonly LexiconEntry[]>;
  /**
   * One bit per keyFilterCell() of every key of the four maps: most stems asked about are no key, and their
   * skeletons are then never built (PrefixSkeletons reads the cell from the word).
   */
  readonly filter: Uint8Array;
}
const slipFilterBits = 1 << 20;

const indexes = new WeakMap<Lexicon, SlipIndex>();
let lastLexicon: Lexicon | undefined;
let lastIndex: SlipIndex | undefined;

// Given names and surnames that are no everyday word (a slip of `Sobir`, `Озода` is as likely one of the word).
const nameBits = WordFlag.First | WordFlag.Surname;
function usable(entry: LexiconEntry): boolean {
  return (entry.flags & nameBits) !== 0 && (entry.flags & (WordFlag.Ambiguous | WordFlag.NotName | WordFlag.Place)) === 0;
}

function addTo(forms: Map<string, LexiconEntry[]>, form: string, entry: LexiconEntry): void {
  const entries = forms.get(form);
  if (entries === undefined) forms.set(form, [entry]);
  else entries.push(entry);
}

function slipIndex(names: Lexicon): SlipIndex {
  if (names === lastLexicon) return lastIndex!;
  let index = indexes.get(names);
  if (index === undefined) {
    // Built once per lexicon, on the first word asked about (~4 000 keys, ~40 000 forms, ~30 ms): a word then costs
    // one skeleton and a few lookups per split into stem and ending, not a lexicon search per slip.
    const dropped = new Map<string, LexiconEntry[]>();
    const droppedStems = new Map<string, LexiconEntry[]>();
    const swapped = new Map<string, LexiconEntry[]>();
    const swappedStems = new Map<string, LexiconEntry[]>();
    const filter = new Uint8Array(slipFilterBits >> 3);
    const addForm = (forms: Map<string, LexiconEntry[]>, form: string, entry: LexiconEntry): void => {
      addTo(forms, form, entry);
      const cell = keyFilterCell(form.length, form.charCodeAt(0) | 0, form.charCodeAt(1) | 0, form.charCodeAt(form.length - 2) | 0, form.charCodeAt(form.length - 1) | 0, slipFilterBits);
      filter[cell >> 3] = filter[cell >> 3]! | (1 << (cell & 7));
    };
    names.forEachEntry((key, entry) => {
      if (key.length < minStem || !usable(entry)) return;
      const base = baseKey(key, entry);
      // Not the last letter left out: another last letter before an ending is another ending, not a slip. A key of
      // minStem letters would leave too short a form.
      if (key.length > minStem) for (let i = 1; i + 1 < key.length; i++) addForm(base ? dropped : droppedStems, key.slice(0, i) + key.slice(i + 1), entry);
      for (let i = 1; i + 1 < key.length; i++) if (key[i] !== key[i + 1]) addForm(base ? swapped : swappedStems, key.slice(0, i) + key[i + 1] + key[i] + key.slice(i + 2), entry);
    });
    index = { dropped, droppedStems, swapped, swappedStems, filter };
    indexes.set(names, index);
  }
  lastLexicon = names;
  lastIndex = index;
  return index;
}

/**
 * The listed given name or surname that `folded` misspells by one slip, with the word's stem length (the rest is a
 * listed case ending), or undefined. The caller asks only about words no list knows (analyze.ts). The lists are
 * keyed by script-neutral skeletons, which also bring other letters together (`көңіл` "mood" and `Корнил`, `сайлау`
 * "election" and `Сағила`): the slip must hold letter for letter against the listed name in the word's script.
 */
export function misspeltNameHit(folded: string, cyrillic: boolean, suffixes: SuffixTable, names: Lexicon): LexiconHit | undefined {
  // Two names one slip away (`Свтлану`: Светлана, Ukrainian Світлана) make a name no less likely: the first is kept.
  let found: LexiconHit | undefined;
  const take = (entry: LexiconEntry, stem: string): void => {
    if (found === undefined && spelledAs(stem, entry, cyrillic)) found = { entry, stemLength: stem.length };
  };
  const length = folded.length;
  // A letter typed twice, in the stem or the ending (`Жасуур`, `Светланоой`): the word with one of the pair left out.
  for (let i = 1; i < length; i++) {
    if (folded.charCodeAt(i) !== folded.charCodeAt(i - 1)) continue;
    const hit = listedHit(folded.slice(0, i) + folded.slice(i + 1), suffixes, names, minStem - 1);
    if (hit !== undefined) take(hit.entry, folded.slice(0, i <= hit.stemLength ? hit.stemLength + 1 : hit.stemLength));
  }
  if (found !== undefined) return found;
  // Two neighbours of the stem swapped (`Ойбке`; a swap keeps the letters, so one letter more), or a letter of the
  // stem left out (`Свтлану`).
  const { dropped, droppedStems, swapped, swappedStems, filter } = slipIndex(names);
  const longest = Math.min(suffixes.maxLength, length - (minStem - 1));
  for (let ending = 0; ending <= longest && found === undefined; ending++) {
    if (ending === 0 ? !suffixes.endings.has('') : !endsWithListed(folded, suffixes, ending)) continue;
    const stemLength = length - ending;
    // Not a stem the swaps reach (minStem, one letter more for the word) nor one the dropped letters reach.
    if ((length < minSwapped || stemLength < minStem) && stemLength < minDropped) continue;
    const prefixes = prefixSkeletons(folded);
    const cell = prefixes.filterCell(stemLength, slipFilterBits);
    if ((filter[cell >> 3]! & (1 << (cell & 7))) === 0) continue;
    const key = prefixes.key(stemLength);
    const stem = ending === 0 ? folded : folded.slice(0, stemLength);
    if (length >= minSwapped && stem.length >= minStem) {
      for (const entry of swapped.get(key) ?? noEntries) take(entry, stem);
      if (ending !== 0) for (const entry of swappedStems.get(key) ?? noEntries) take(entry, stem);
    }
    if (stem.length < minDropped) continue;
    for (const entry of dropped.get(key) ?? noEntries) take(entry, stem);
    if (ending !== 0) for (const entry of droppedStems.get(key) ?? noEntries) take(entry, stem);
  }
  return found;
}
const noEntries: readonly LexiconEntry[] = [];

// A listed given name or surname (no everyday word) that `candidate` is, with a stem of `least` letters or more; a
// stem a case ending goes on (`алтына` of Алтынай) is no word without one.
function listedHit(candidate: string, suffixes: SuffixTable, names: Lexicon, least: number): LexiconHit | undefined {
  const hit = names.find(candidate, suffixes, least);
  if (hit === undefined || !usable(hit.entry)) return undefined;
  return hit.stemLength < candidate.length || baseKey(skeleton(candidate), hit.entry) ? hit : undefined;
}

// `stem` is the listed name (or the stem its case endings go on) in the word's own letters with at most one slip: a
// stem spelt right had its slip in the ending (`Светланоой`).
function spelledAs(stem: string, entry: LexiconEntry, cyrillic: boolean): boolean {
  // Latin letters spell one name several ways (`Aibek`/`Aybek`, `Zhanar`/`Janar`): compared as skeletons.
  const word = cyrillic ? stem : skeleton(stem);
  for (const form of inflectingStems(cyrillic ? entry.baseCyrillic : entry.baseLatin)) {
    const target = cyrillic ? form : skeleton(form);
    if (word === target || oneSlip(word, target)) return true;
  }
  return false;
}

// `key` is the skeleton of the entry's base form.
function baseKey(key: string, entry: LexiconEntry): boolean {
  return key === skeleton(entry.baseCyrillic) || key === skeleton(entry.baseLatin);
}

/** `word` is `target` with one slip: an inner letter left out (not the last), one typed twice, or inner neighbours swapped. */
export function oneSlip(word: string, target: string): boolean {
  const length = target.length;
  if (word.length === length + 1) {
    for (let i = 1; i < word.length; i++) if (word.charCodeAt(i) === word.charCodeAt(i - 1) && word.slice(0, i) + word.slice(i + 1) === target) return true;
    return false;
  }
  if (word.length === length - 1) {
    for (let i = 1; i + 1 < length; i++) if (target.slice(0, i) + target.slice(i + 1) === word) return true;
    return false;
  }
  if (word.length !== length || word.charCodeAt(0) !== target.charCodeAt(0)) return false;
  let first = -1;
  for (let i = 1; i < length; i++) {
    if (word.charCodeAt(i) === target.charCodeAt(i)) continue;
    if (first !== -1) return i === first + 1 && word.charCodeAt(i) === target.charCodeAt(first) && word.charCodeAt(first) === target.charCodeAt(i) && word.slice(i + 1) === target.slice(i + 1);
    first = i;
  }
  return false;
}

// Patronymic words of four letters or more (words.ts patronymicWords) with one slip. Forms that are words or names
// of their own are left out: `кыз`, `qiz`, `қиз` ("girl"), `уул` ("son"), `улуу` ("elder, great"), `Ули`, `олы`,
// `oli`. `ууу` and `ўли` stay: they join a name only after a given name and the father's.
const patronymicWords = ['уулу', 'кызы', 'қызы', 'qizi', 'ўғли', 'қизи', 'угли', 'оглы', 'uulu', 'kyzy', 'gizi', 'ogli'];
const everydaySlips = new Set(['кыз', 'қыз', 'qiz', 'қиз', 'уул', 'улуу', 'kyz', 'giz', 'uul', 'уги', 'угл', 'ули', 'олы', 'oli', 'uuu']);
const misspeltPatronymics: ReadonlySet<string> = (() => {
  const forms = new Set<string>();
  for (const word of patronymicWords) {
    for (let i = 1; i < word.length; i++) {
      // Not the last letter left out: that is another word (`кыз`, `qiz`), not a slip.
      if (i + 1 < word.length) forms.add(word.slice(0, i) + word.slice(i + 1));
      forms.add(word.slice(0, i) + word[i] + word.slice(i));
      if (i + 1 < word.length && word[i] !== word[i + 1]) forms.add(word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2));
    }
  }
  for (const word of patronymicWords) forms.delete(word);
  for (const word of everydaySlips) forms.delete(word);
  return forms;
})();
// First two letters as one number: most words asked about start otherwise.
const patronymicStarts = new Set([...misspeltPatronymics].map((form) => form.charCodeAt(0) * 0x10000 + form.charCodeAt(1)));

/** `кыыз`, `qiizi`, `ўғи`, `ууллу`, and with a case ending (`кыызынын`): a patronymic word with one slip. */
export function misspeltPatronymicWord(word: string): boolean {
  if (word.length < 3 || word.length > 12 || !patronymicStarts.has(word.charCodeAt(0) * 0x10000 + word.charCodeAt(1))) return false;
  if (misspeltPatronymics.has(word)) return true;
  // Only a listed case ending after it: `қыызметі` is `қызметі` "its service" with a doubled letter, not `қыыз` + `меті`.
  const endings = word.charCodeAt(0) < 0x80 ? latinSuffixes : turkicSuffixes;
  for (let cut = 1; cut <= 5 && cut < word.length - 3; cut++) if (misspeltPatronymics.has(word.slice(0, word.length - cut)) && endsWithListed(word, endings, cut)) return true;
  return false;
}

/**
 * misspeltNameHit() for a word analyze.ts found on no list, unless the word or a one-slip reading of it is an
 * everyday word (`лентаа` is `лента`, not `Лена`).
 */
export function misspeltName(folded: string, cyrillic: boolean, suffixes: SuffixTable, resources: NameResources): LexiconHit | undefined {
  // The slip readings first: few words have one, and the word lists are then asked about those only.
  const hit = misspeltNameHit(folded, cyrillic, suffixes, resources.names);
  if (hit === undefined || resources.everydayWords.has(folded)) return undefined;
  if (cyrillic ? resources.commonWords.has(folded) : resources.latinNames.getStem(folded) !== undefined) return undefined;
  if (cyrillic && misspeltCommonWord(folded, resources)) return undefined;
  // The name put right must be no stop word either (`Агуста` is `августа`, a month's, before it is the name Августа).
  const stop = resources.stops.find(cyrillic ? hit.entry.baseCyrillic : hit.entry.baseLatin, suffixes, 4);
  return stop === undefined ? hit : undefined;
}

// Answers per word: asked only for the rare word that reads as a misspelt name.
let commonAnswers = new WordAnswers(4096);
let commonAnswersFor: NameResources | undefined;

/**
 * A Russian everyday word with one slip: typos.ts's doubled and swapped letters, or a letter left out (`перезвоим`),
 * which typos.ts leaves alone (it would reach a word from too many names; here the word has already read as one).
 */
function misspeltCommonWord(word: string, resources: NameResources): boolean {
  if (typoOfCommonWord(word, resources.commonWords)) return true;
  if (commonAnswersFor !== resources) {
    commonAnswers = new WordAnswers(4096);
    commonAnswersFor = resources;
  }
  const remembered = commonAnswers.get(word);
  if (remembered !== undefined) return remembered;
  let found = false;
  for (let i = 1; i < word.length && !found; i++) {
    const head = word.slice(0, i);
    const tail = word.slice(i);
    for (let code = 0x430; code <= 0x44f && !found; code++) found = resources.commonWords.hasCandidate(head + String.fromCharCode(code) + tail);
  }
  return commonAnswers.remember(word, found);
}

// The slip must fall in the surname ending, after a stem of this many letters.
const surnameStem = 4;
// The endings that make a surname or patronymic alone (morphology.ts): -ин, -ян, -ук also end everyday words of the
// region (`менин` "my", `номин`), which a slip puts right too often, and Latin -uly every English adverb in -ly.
const strongEndingList = [
  'ов', 'ев', 'ова', 'ева', 'ович', 'евич', 'овна', 'евна', 'ична', 'ұлы', 'қызы', 'кызы', 'уулу', 'ўғли', 'қизи',
  'ov', 'ev', 'ova', 'eva', 'yev', 'yeva', 'ovich', 'evich', 'ovna', 'evna', 'qizi', 'kyzy', 'uulu',
];
const strongEndings = new EndingSet(strongEndingList);

interface EndingSlip {
  /** The ending put right. */
  readonly right: string;
  /** The slip left a letter out (the word is one letter shorter than the surname). */
  readonly dropped: boolean;
  /** The slip swapped the ending's last two letters. */
  readonly lastSwapped: boolean;
}
// Every strong ending with one slip (a letter doubled, two swapped, one left out, not the last) → the ending: the
// word's tail is looked up as it stands, so a word pays a few short lookups, not a surname analysis per slip.
const endingSlips: ReadonlyMap<string, readonly EndingSlip[]> = (() => {
  const slips = new Map<string, EndingSlip[]>();
  const add = (form: string, slip: EndingSlip): void => {
    if (strongEndingList.includes(form)) return;
    const list = slips.get(form);
    if (list === undefined) slips.set(form, [slip]);
    else list.push(slip);
  };
  for (const right of strongEndingList) {
    for (let i = 0; i < right.length; i++) {
      add(right.slice(0, i + 1) + right.slice(i), { right, dropped: false, lastSwapped: false });
      if (i + 1 < right.length && right[i] !== right[i + 1]) add(right.slice(0, i) + right[i + 1] + right[i] + right.slice(i + 2), { right, dropped: false, lastSwapped: i + 2 === right.length });
      if (i + 1 < right.length) add(right.slice(0, i) + right.slice(i + 1), { right, dropped: true, lastSwapped: false });
    }
  }
  return slips;
})();
const longestSlip = Math.max(...[...endingSlips.keys()].map((form) => form.length));
// Last code (all below U+0530) → bit k set when some slip form of k letters ends with it: a tail that is no form is
// never sliced off the word.
const slipTailLengths: Uint16Array = (() => {
  const table = new Uint16Array(0x530);
  for (const form of endingSlips.keys()) {
    const last = form.charCodeAt(form.length - 1);
    table[last] = table[last]! | (1 << form.length);
  }
  return table;
})();

/**
 * The surname or patronymic reading (Morph.Surname, Morph.Patronymic) of `folded` with one slip in its ending put
 * right (`Холматва`, `Ortiqboyve`, `Ақылбекұыл`, `бобоевванинг`), or undefined. Asked about words with no reading
 * of their own that no list knows (analyze.ts).
 */
export function misspeltSurnameEnding(folded: string, cyrillic: boolean, suffixes: SuffixTable, resources: NameResources, turkic: boolean): MorphHit | undefined {
  const length = folded.length;
  // A hyphenated word is a place or a compound (`Абу-Грэйв`), not a misspelt surname.
  if (length < 6 || folded.includes('-')) return undefined;
  const longestEnding = Math.min(suffixes.maxLength, length - surnameStem - 1);
  for (let ending = 0; ending <= longestEnding; ending++) {
    if (ending === 0 ? !suffixes.endings.has('') : !endsWithListed(folded, suffixes, ending)) continue;
    const stemEnd = length - ending;
    const lastCode = folded.charCodeAt(stemEnd - 1);
    const tailLengths = lastCode < slipTailLengths.length ? slipTailLengths[lastCode]! : 0;
    if (tailLengths === 0) continue;
    for (let k = 1; k <= longestSlip && stemEnd - k >= surnameStem; k++) {
      if ((tailLengths & (1 << k)) === 0) continue;
      const tail = folded.slice(stemEnd - k, stemEnd);
      // `-лы` is the Kazakh "having" adjective (`пайдалы`, `сапалы`), far more often than `-ұлы` without its vowel.
      if (tail === 'лы') continue;
      const slips = endingSlips.get(tail);
      if (slips === undefined) continue;
      for (const slip of slips) {
        // A letter of the Kazakh/Uzbek alphabet put back into a word of text that has none (`Шаттлы` is no `шатт` +
        // `ұлы`): Russian plurals and short adjectives end in a consonant + `лы`.
        if (cyrillic && !turkic && turkicLetter.test(slip.right)) continue;
        const hit = surnameFromSlip(folded, stemEnd - k, stemEnd, slip, cyrillic, suffixes);
        if (hit === undefined) continue;
        if (resources.everydayWords.has(folded) || (cyrillic ? resources.commonWords.has(folded) || misspeltCommonWord(folded, resources) : resources.latinNames.getStem(folded) !== undefined)) return undefined;
        return hit;
      }
    }
  }
  return undefined;
}

const turkicLetter = /[әғқңөұүһіўҳ]/u;

// The word with folded[from, to) read as `slip.right`, if that reads as a strong surname or patronymic.
function surnameFromSlip(folded: string, from: number, to: number, slip: EndingSlip, cyrillic: boolean, suffixes: SuffixTable): MorphHit | undefined {
  const caseEnding = folded.length - to;
  // A letter put back reads a surname ending into too many words with a case ending (`деректемелер` + в is -ев +
  // -лер): then the ending must close the word; and before a lone в/v or -ва/-va only a consonant (`Оспанв`,
  // `Karimva`: `kollektiv` keeps its -iv).
  // Nor is a Latin `v` put back: `-ea`, `-oa` end places and English words (`Riverlea`, `Chelsea`), not `-eva`, `-ova`.
  if (slip.dropped && !cyrillic && !folded.slice(from, to).includes('v')) return undefined;
  if (slip.dropped && (caseEnding > 0 || (vOpening(folded.charCodeAt(from)) && vowelCode(folded.charCodeAt(from - 1))) || (!cyrillic && !latinDroppable.has(slip.right)))) return undefined;
  // The last two letters swapped read -ов, -ev into `Сколково`, `massive`: patronymics only (`Ақылбекұыл`).
  const least = slip.lastSwapped && caseEnding === 0 ? Morph.Patronymic : Morph.Surname;
  const candidate = folded.slice(0, from) + slip.right + folded.slice(to);
  const hit = surnameMorphology(candidate, cyrillic, suffixes);
  if (hit === undefined || hit.kind < least) return undefined;
  // A one-letter Latin ending after -ev (`Dataweave` with a swap is `datawaev` + -e) reads English words.
  if (!cyrillic && candidate.length - hit.stemLength === 1 && !strongEndings.test(candidate)) return undefined;
  if (!strongEndings.test(candidate.slice(0, hit.stemLength))) return undefined;
  return { kind: hit.kind, stemLength: Math.min(folded.length, hit.stemLength + (folded.length - candidate.length)) };
}

// In Latin letters only -ov/-ev/-ova/-eva are put back from a letter left out: English words end in -ena, -ly
// (`Gardena` is no `Gardevna`).
const latinDroppable = new Set(['ov', 'ev', 'ova', 'eva']);

function vOpening(code: number): boolean {
  return code === 0x432 /* в */ || code === 118 /* v */;
}
function vowelCode(code: number): boolean {
  return code === 97 || code === 101 || code === 105 || code === 111 || code === 117 || code === 121 || 'аеёиоуыэюяәөүұі'.includes(String.fromCharCode(code));
}
