// Surname and patronymic morphology: endings that mark a word as a family name or patronymic in the region's
// languages, checked after a case ending is stripped (`Назарбаевқа` → `назарбаев` → -ев).

import { endsWithListed, type SuffixTable } from './suffixes.js';

export const Morph = {
  None: 0,
  /** -ский/-цкий and Latin -in: also place adjectives and common words, so weak alone. */
  WeakSurname: 1,
  Surname: 2,
  Patronymic: 3,
} as const;
export type MorphKind = (typeof Morph)[keyof typeof Morph];

// Russian/Uzbek/Kazakh/Kyrgyz/Tajik surnames (-ов/-ева/-ин), Ukrainian -енко, Georgian -швили/-дзе, Armenian -ян,
// Tajik -зода/-заде/-пур; patronymics -ович/-овна/-ична, Kazakh -ұлы/-қызы, Azerbaijani-style -оглы.
const cyrillicPatronymic = ['ович', 'евич', 'ьевич', 'овна', 'евна', 'ьевна', 'ична', 'инична', 'ұлы', 'қызы', 'улы', 'кызы', 'уулу', 'оглы', 'угли', 'ўғли', 'қизи'];
const cyrillicSurname = ['овн', 'евн', 'ичн', 'ов', 'ев', 'ова', 'ева', 'ин', 'ина', 'енко', 'швили', 'дзе', 'зода', 'заде', 'ян', 'янц', 'ук', 'юк', 'ич', 'вич', 'ных', 'ских', 'пур', 'бекова', 'беков', 'цын', 'ская', 'ский', 'цкая', 'цкий',
  // Western surnames in Russian spelling (Клинсман, Джонсон, Берлускони, Шварценеггер): weak, they need a cue.
  'ман', 'сон', 'ссон', 'ини', 'етти', 'елли', 'берг', 'штейн', 'штайн', 'стайн', 'ьер', 'уччи', 'ерс', 'ингс'];
const latinPatronymic = ['ovich', 'evich', 'ovna', 'evna', 'ichna', 'uly', 'kyzy', 'qizi', "o'g'li", 'ogli', 'ugli', 'oglu', 'uulu'];
const latinSurname = ['ov', 'ova', 'ev', 'eva', 'yev', 'yeva', 'enko', 'shvili', 'dze', 'zoda', 'zade', 'yan', 'pur', 'ova', 'ski', 'ska', 'sky', 'skiy', 'skaya',
  // Nordic patronymic surnames (Einarsson, Karlsdóttir), South Slavic -ović/-ević, Finnish -inen/-änen.
  'sson', 'dottir', 'dóttir', 'ović', 'ovic', 'ević', 'evic', 'inen', 'änen'];
// Stems of female patronymic case forms (Сергеевной) are also adjective stems (шестидневной, верховного).
const weakCyrillic = new Set(['ман', 'сон', 'ссон', 'ини', 'етти', 'елли', 'берг', 'штейн', 'штайн', 'стайн', 'ьер', 'уччи', 'ерс', 'ингс', 'овн', 'евн', 'ичн', 'ский', 'ская', 'ук', 'юк', 'ич', 'ян', 'ских', 'ных', 'пур', 'цкая', 'цкий']);
const weakLatin = new Set(['ski', 'ska', 'sky', 'yan', 'pur']);

// Adjectival surnames (Петровский, Крупская) decline like adjectives; these endings replace -ий/-ая.
const adjectivalCases = ['ого', 'ому', 'им', 'ом', 'ой', 'ую', 'ие', 'их', 'ими'];

// Each table's endings by length, with what classify() asks of each: it reads the ending at a fixed place in the
// word, where at most one ending of a length can stand, so no ending is sliced off the word to look it up.
interface Ending {
  text: string;
  /** attachedPatronymic: not after a vowel. */
  attached: boolean;
  /** closedPatronymic: no case ending after it. */
  closed: boolean;
  /** weakCyrillic / weakLatin. */
  weak: boolean;
}
interface EndingTable {
  byLength: ReadonlyArray<readonly Ending[] | undefined>;
  max: number;
}
function endingSet(endings: readonly string[], weak: ReadonlySet<string>): EndingTable {
  const byLength: Ending[][] = [];
  for (const text of new Set(endings)) {
    (byLength[text.length] ??= []).push({ text, attached: attachedPatronymic.has(text), closed: closedPatronymic.has(text), weak: weak.has(text) });
  }
  return { byLength, max: Math.max(...endings.map((ending) => ending.length)) };
}

export interface MorphHit {
  kind: MorphKind;
  /** Stem length in the folded word once a case ending is removed. */
  stemLength: number;
}

// Kazakh/Kyrgyz patronymics attach to a father's name ending in a consonant (Нұрланұлы); after a vowel the same
// letters are an adjective ending (атаулы, санаулы). -қызы makes no adjective: after a vowel it is still the
// daughter of a father whose name ends in one (`Әлиқызы`, `Мұстафақызы`).
const attachedPatronymic = new Set(['ұлы', 'улы', 'uly']);
// The vowels after which -ұлы/-улы/-uly is an adjective ending, as codes.
const vowelCodes: ReadonlySet<number> = new Set([...'аәеёиоөуұүыіэюяaeiouy'].map((letter) => letter.charCodeAt(0)));

// Female patronymics in the nominative take no further ending (`Ивановна`; `будничная` is an adjective).
const closedPatronymic = new Set(['овна', 'евна', 'ьевна', 'ична', 'инична', 'ovna', 'evna', 'ichna']);

// The Kazakh genitive as typed with Russian letters, or as Kyrgyz writes it, after a plural or after к п т ш
// (`тилшилердин`, `мектептин`, `министрликтин`): no Russian surname ends so (`Костин` does, after с). After м н з ж
// (`алемнин`, `елимиздин`) it was measured too: it also took the genitive of unlisted names ending so (`Бейсекеннин`),
// which the -ин reading had found, five of them in blind Kazakh typed plain.
const turkicGenitive = /(?:[лдт][еа]рд|[кпшт]т)ин$/u;

const cyrillicTables = { patronymic: endingSet(cyrillicPatronymic, weakCyrillic), surname: endingSet(cyrillicSurname, weakCyrillic) };
const latinTables = { patronymic: endingSet(latinPatronymic, weakLatin), surname: endingSet(latinSurname, weakLatin) };

// The ending of `table` that word[stemLength - length, stemLength) is, if any.
function endingAt(table: EndingTable, word: string, stemLength: number, length: number): Ending | undefined {
  const group = table.byLength[length];
  if (group === undefined) return undefined;
  const at = stemLength - length;
  for (let k = 0; k < group.length; k++) if (word.startsWith(group[k]!.text, at)) return group[k];
  return undefined;
}

// The kind of word[0, stemLength), a stem with `endingLength` codes of case ending after it in the word.
function classify(word: string, stemLength: number, cyrillic: boolean, endingLength: number): MorphKind {
  const tables = cyrillic ? cyrillicTables : latinTables;
  for (let length = Math.min(tables.patronymic.max, stemLength - 2); length >= 2; length--) {
    const ending = endingAt(tables.patronymic, word, stemLength, length);
    if (ending === undefined) continue;
    if (ending.attached && vowelCodes.has(word.charCodeAt(stemLength - length - 1))) continue;
    if (ending.closed && endingLength > 0) continue;
    return Morph.Patronymic;
  }
  for (let length = Math.min(tables.surname.max, stemLength - 3); length >= 2; length--) {
    const ending = endingAt(tables.surname, word, stemLength, length);
    if (ending === undefined) continue;
    if (ending.text === 'ин' && turkicGenitive.test(stemLength === word.length ? word : word.slice(0, stemLength))) continue;
    return ending.weak ? Morph.WeakSurname : Morph.Surname;
  }
  return Morph.None;
}

/** Strongest surname/patronymic reading of a folded word, allowing one case ending after it. */
export function surnameMorphology(folded: string, cyrillic: boolean, suffixes: SuffixTable): MorphHit | undefined {
  let best: MorphHit | undefined;
  // forEachSplit(folded, suffixes, 4, …) as a loop: no closure per word.
  const longest = Math.min(suffixes.maxLength, folded.length - 4);
  for (let length = 0; length <= longest; length++) {
    if (length === 0 ? !suffixes.endings.has('') : !endsWithListed(folded, suffixes, length)) continue;
    const stemLength = folded.length - length;
    const kind = classify(folded, stemLength, cyrillic, length);
    // The strongest reading wins; among equals the shortest stem, so every case form shares one base.
    if (kind !== Morph.None && (best === undefined || kind >= best.kind)) best = { kind, stemLength };
  }
  if (best === undefined && cyrillic) {
    for (const ending of adjectivalCases) {
      if (folded.length > ending.length + 4 && folded.endsWith(ending) && /(?:ск|цк)$/u.test(folded.slice(0, -ending.length))) {
        return { kind: Morph.WeakSurname, stemLength: folded.length - ending.length };
      }
    }
  }
  return best;
}
