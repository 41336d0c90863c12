// Russian typed in Latin letters (`Menya zovut Denis, pishu po povodu zakaza`): the text is read a second time in
// Cyrillic, so the Russian cues, case endings, patronymics and everyday-word lists judge it, and the spans found are
// moved back to the Latin text.

import { russianFromLatin } from '../../text/translit.js';
import type { Span } from '../../types.js';
import type { NameResources } from './resources.js';

/**
 * A word of Russian chat in Latin letters that English, Uzbek Latin and the other Latin-script texts of our sources
 * do not use (`zakaz` and `nomer` are Uzbek chat too, `operator` English: left out). Two distinct ones make a text
 * read as Russian.
 */
const russianLatinMarkers = new Set([
  'menya', 'mne', 'moy', 'moya', 'moyo', 'moi', 'vash', 'vasha', 'vashe', 'vam', 'vas', 'chto', 'eto', 'etot', 'eta',
  'kak', 'uzhe', 'tolko', 'ochen', 'seychas', 'segodnya', 'vchera', 'zavtra', 'pozhaluysta', 'pozhaluista',
  'pozhalusta', 'spasibo', 'spasiba', 'blagodaryu', 'zdravstvuyte', 'zdravstvuite', 'zdrastvuyte', 'privet',
  'dobryy', 'dobriy', 'dobryi', 'dobroe', 'dobrogo', 'khorosho', 'khoroshego', 'horosho', 'zovut', 'pishu',
  'povodu', 'zakaza', 'zakazu', 'zakazom', 'dostavka', 'dostavki', 'dostavku', 'kurer', 'kurera', 'kureru',
  'kurerom', 'operatoru', 'operatora', 'menedzher', 'menedzhera', 'menedzheru', 'pomog', 'pomogla', 'pomogli',
  'nichego', 'vsyo', 'vse', 'vsem', 'bylo', 'byla', 'byl', 'budet', 'mozhno', 'nuzhno', 'ne', 'net', 'da', 'ili',
  'esli', 'kogda', 'gde', 'pochemu', 'skazhite', 'peredayte', 'pozvonite', 'perezvonite', 'sprosite', 'zvonil',
  'zvonila', 'prishyol', 'prishel', 'prishla', 'priekhal', 'vremya', 'dnya', 'den', 'spasibki', 'ogromnoe',
  'bolshoe', 'nomer', 'zakaz',
  // Function words of any Russian sentence. Left out: those English (`ya`, `my`, `on`, `pro`) and Uzbek (`u`, `va`)
  // write alone.
  'v', 'po', 'za', 'ot', 'iz', 'dlya', 'bez', 'cherez', 'posle', 'zhe', 'tozhe', 'chem', 'vy', 'nas', 'ikh',
  'vot', 'tak', 'tut', 'zdes', 'eschyo', 'esche', 'eshche', 'eshchyo', 'kotoryy', 'kotoraya', 'ona', 'oni',
  'ego', 'ee', 'ey', 'tebe', 'tebya', 'sebya', 'nado', 'mozhet', 'khochu', 'prosto', 'potom', 'dazhe', 'togda',
  // Service-chat verbs, adverbs and staff nouns in the forms a complaint or thanks uses. Left out: the forms Uzbek
  // chat uses as loanwords too (`vrach`, `kassir`, `konsultant`, `problema`).
  'opyat', 'snova', 'pereputal', 'pereputala', 'pereputali', 'zhdali', 'zhdu', 'zhdem', 'zhdyom', 'prishlo', 'prishli',
  'dostavili', 'privezli', 'otvetil', 'otvetila', 'otvetili', 'skazal', 'skazala', 'skazali', 'pozovite', 'soedinite',
  'rabotaet', 'pomogite', 'zvonite', 'napishite', 'otlichno', 'bystro', 'vezhlivo', 'vezhlivyy', 'vezhlivaya', 'grubo',
  'grubil', 'grubila', 'spasibochki', 'blagodarnost', 'izvinite', 'uvazhaemyy', 'uvazhaemaya', 'dorogoy', 'dorogaya',
  'voditel', 'voditelya', 'voditelyu', 'sotrudnik', 'sotrudnika', 'sotrudniku', 'sotrudnitsa', 'konsultanta',
  'konsultantu', 'prodavets', 'prodavtsa', 'prodavtsu', 'kassira', 'kassiru', 'vracha', 'vrachu', 'medsestra',
  'medsestre', 'medsestry', 'obratilsya', 'obratilas', 'pozvonil', 'pozvonila', 'perezvonil', 'perezvonila', 'peredal',
  'peredala', 'nichem', 'pomoch', 'zakazal', 'zakazala', 'zakazyval', 'zakazyvala', 'poluchil', 'poluchila', 'kuda',
  'zachem', 'kto', 'kogo', 'komu', 'dolgo', 'opozdal', 'opozdala', 'opozdali', 'zaderzhka', 'reshil', 'reshila',
  'reshili', 'vopros', 'otvet', 'proshu', 'mnogo', 'luchshe', 'normalno', 'plokho', 'vmeste', 'vecher', 'utro',
]);

/** Whether `folded` is one of the Russian-in-Latin marker words (a word gate of the scan). */
export function russianLatinMarker(folded: string): boolean {
  return russianLatinMarkers.has(folded);
}

/**
 * The scan's WordGate flag for a marker word. WordGate (vocabulary.ts) holds the other passes' flags; this one is
 * kept here, far above them (test/detect/name/ru-latin-reading.test.ts checks that it collides with none).
 */
export const RussianLatinGate = 1 << 15;

// Words that are as often English or a brand in these texts: never counted (`net` in `.net`? `da`): none for now.

/**
 * Whether the folded tokens read as Russian typed in Latin letters: two distinct marker words, or one and, among
 * four words or more, two thirds whose Cyrillic reading is an everyday Russian word (`Dostavka opozdala na chas`);
 * English and Uzbek Latin words read as none. (Shorter texts with one marker keep the Latin reading: the Cyrillic
 * one takes `Упаковка пришла мокрая` for a surname.)
 */
export function readsRussianInLatin(folded: readonly string[], count: number, resources: NameResources): boolean {
  let first: string | undefined;
  for (let i = 0; i < count; i++) {
    const word = folded[i]!;
    if (!russianLatinMarkers.has(word)) continue;
    if (first === undefined) first = word;
    else if (word !== first) return true;
  }
  if (first === undefined) return false;
  let words = 0;
  let russian = 0;
  for (let i = 0; i < count; i++) {
    const word = folded[i]!;
    if (word.length < 2 || !/^[a-z']+$/u.test(word)) continue;
    words++;
    if (russianLatinMarkers.has(word) || resources.commonWords.has(cyrillicWord(word, resources))) russian++;
  }
  return words >= 4 && russian * 3 >= words * 2;
}

/** The Cyrillic reading of a Latin text: its text and, per UTF-16 unit of it, where that unit starts and ends in the Latin. */
export interface CyrillicReading {
  readonly text: string;
  readonly latinStart: Int32Array;
  readonly latinEnd: Int32Array;
}

const isLatinLetter = (code: number): boolean => (code >= 97 && code <= 122) || (code >= 65 && code <= 90);

// A chunk between spaces that holds one of these is an address, a handle or an id: copied as it stands.
const verbatimChunk = /[@/\\_0-9#=&%+]|[a-z]\.[a-z]/iu;

/** Readings of lower-case Latin words (bounded: cleared when full). */
const readings = new Map<string, string>();
const readingsLimit = 20_000;

const softenable = 'лнтрсдзмвпбчш';
const looseFinalY = /([aeou])i$/u;
const looseIotated = /[^aeouy]i[auo]/u;
const looseIotatedAll = /([^aeouy])i([auo])/gu;

/** The Cyrillic reading of one lower-case Latin word: an everyday word with the soft sign chat drops put back. */
export function cyrillicWord(word: string, resources: NameResources): string {
  let found = readings.get(word);
  if (found !== undefined) return found;
  found = readWord(word, resources);
  if (readings.size >= readingsLimit) readings.clear();
  readings.set(word, found);
  return found;
}

// Chat words whose reading without the soft sign is a rarer word the dictionary knows too (`опят` "honey fungi",
// `ест` "eats"): read with it.
const softReadings: ReadonlyMap<string, string> = new Map([['opyat', 'опять'], ['est', 'есть'], ['byt', 'быть']]);

function readWord(word: string, resources: NameResources): string {
  const soft = softReadings.get(word);
  if (soft !== undefined) return soft;
  // Chat writes ж as j too (`pojaluysta`), where the reading takes `ja` for я: both spellings are tried.
  // The looser chat spelling writes я, ю, ё after a consonant as ia, iu, io (`Mariia`, `Daria`): read as ya, yu, yo too.
  const spellings = word.includes('j') ? [word, word.replace(/j/gu, 'zh')] : [word];
  // The looser spelling writes a final й as i (`s Umidoi`, `moi`): Russian words end in -ой -ай -ей -уй far more
  // often than in -ои -аи -еи -уи, so that reading comes first (not after i: `Marii` is Марии as often as not).
  if (looseFinalY.test(word)) spellings.unshift(word.replace(looseFinalY, '$1y'));
  if (looseIotated.test(word)) spellings.push(word.replace(looseIotatedAll, '$1y$2'));
  const candidates: string[] = [];
  for (const spelling of spellings) {
    const plain = russianFromLatin(spelling);
    if (plain === undefined) continue;
    candidates.push(plain);
    if (word.length < 3) continue;
    // Readings: as typed, with a first э (`eto`, `ekonomiya`), with the soft sign chat drops put back after a
    // consonant once (`ochen`, `ploschad`) or, in a longer word, twice (`polzovatel`).
    if (plain.startsWith('е')) candidates.push('э' + plain.slice(1));
    const soft: number[] = [];
    for (let k = 2; k <= plain.length; k++) if (softenable.includes(plain[k - 1]!)) soft.push(k);
    for (const k of soft) candidates.push(plain.slice(0, k) + 'ь' + plain.slice(k));
    if (plain.length >= 6 && soft.length <= 8) {
      for (let a = 0; a < soft.length; a++) {
        for (let b = a + 1; b < soft.length; b++) {
          const ka = soft[a]!;
          const kb = soft[b]!;
          candidates.push(plain.slice(0, ka) + 'ь' + plain.slice(ka, kb) + 'ь' + plain.slice(kb));
        }
      }
    }
  }
  if (candidates.length === 0) return word;
  if (word.length < 3) return candidates[0]!;
  // The words the scan reads a text's frame by (street words, roles, dialogue labels, cues) come first: `площад` is
  // a form the dictionary has, but the street word is `площадь`.
  for (const candidate of candidates) if (frameWord(candidate, resources)) return candidate;
  for (const candidate of candidates) if (resources.commonWords.has(candidate)) return candidate;
  // No everyday word: a spelling that reads as a listed name (`Mariia` = Мария).
  if (spellings.length > 1) for (const candidate of candidates) if (resources.names.getStem(candidate) !== undefined) return candidate;
  return candidates[0]!;
}

function frameWord(word: string, resources: NameResources): boolean {
  return resources.streetWords.has(word) || resources.speakerLabels.has(word) || resources.roles.has(word) || resources.cueWords.has(word) || resources.verbs.has(word) || resources.callVerbs.has(word);
}

/**
 * A Latin word that no Russian translit spelling makes (w, q, x, a c not in ch, a capital inside: `Wildberries`,
 * `iPhone`, `MegaCom`) is a brand or an English word, and stays as it stands.
 */
function foreignShape(latin: string): boolean {
  for (let k = 0; k < latin.length; k++) {
    const code = latin.charCodeAt(k);
    const lower = code | 32;
    if (lower === 119 || lower === 113 || lower === 120) return true;
    if (lower === 99 && (latin.charCodeAt(k + 1) | 32) !== 104) return true;
    if (k > 0 && code >= 65 && code <= 90 && latin.charCodeAt(k - 1) >= 97) return true;
  }
  return false;
}

/** `text` with its Latin words in Cyrillic (e-mail addresses, links, handles and ids as they stand). */
export function readInCyrillic(text: string, resources: NameResources): CyrillicReading {
  const out: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  const copy = (from: number, to: number): void => {
    out.push(text.slice(from, to));
    for (let k = from; k < to; k++) {
      starts.push(k);
      ends.push(k + 1);
    }
  };
  let i = 0;
  while (i < text.length) {
    // A chunk: up to the next white space.
    let end = i;
    while (end < text.length && !/\s/u.test(text[end]!)) end++;
    if (end === i) {
      copy(i, i + 1);
      i++;
      continue;
    }
    const chunk = text.slice(i, end);
    if (verbatimChunk.test(chunk)) {
      copy(i, end);
      i = end;
      continue;
    }
    let k = i;
    while (k < end) {
      if (!isLatinLetter(text.charCodeAt(k))) {
        copy(k, k + 1);
        k++;
        continue;
      }
      let wordEnd = k;
      // Letters, and an apostrophe between letters (`Dar'ya`: the loose spelling of the soft sign).
      while (wordEnd < end && (isLatinLetter(text.charCodeAt(wordEnd)) || (text[wordEnd] === "'" && wordEnd + 1 < end && isLatinLetter(text.charCodeAt(wordEnd + 1)) && wordEnd > k))) wordEnd++;
      const latin = text.slice(k, wordEnd);
      if (foreignShape(latin)) {
        copy(k, wordEnd);
        k = wordEnd;
        continue;
      }
      const lower = latin.toLowerCase();
      let cyrillic = cyrillicWord(lower, resources);
      if (latin !== lower) {
        const allCaps = latin.length > 1 && latin === latin.toUpperCase();
        cyrillic = allCaps ? cyrillic.toUpperCase() : cyrillic[0]!.toUpperCase() + cyrillic.slice(1);
      }
      out.push(cyrillic);
      // The word's first and last letters meet its Latin ends exactly; letters inside, roughly.
      for (let c = 0; c < cyrillic.length; c++) {
        starts.push(c === 0 ? k : Math.min(k + c, wordEnd - 1));
        ends.push(c === cyrillic.length - 1 ? wordEnd : Math.min(k + c + 1, wordEnd));
      }
      k = wordEnd;
    }
    i = end;
  }
  return { text: out.join(''), latinStart: Int32Array.from(starts), latinEnd: Int32Array.from(ends) };
}

/**
 * Spans found in the Cyrillic reading, moved back to the Latin text it was read from; undefined when the reading
 * took one of the very words that made the text Russian for a name (`zovut menya alfiya`: `меня`), a frame the
 * Cyrillic cues misread: the Latin text is then read as it stands.
 */
export function spansInLatin(text: string, spans: readonly Span[], reading: CyrillicReading): Span[] | undefined {
  const moved: Span[] = [];
  for (const span of spans) {
    const start = reading.latinStart[span.start]!;
    const end = reading.latinEnd[span.end - 1]!;
    if (markerWords(text, start, end)) return undefined;
    moved.push(start === span.start && end === span.end ? span : { ...span, start, end });
  }
  return moved;
}

function markerWords(text: string, start: number, end: number): boolean {
  const words = text.slice(start, end).toLowerCase().split(/[^a-z']+/u).filter((word) => word.length > 0);
  return words.length > 0 && words.every((word) => russianLatinMarkers.has(word));
}
