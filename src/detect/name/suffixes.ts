// Case and possessive endings that may follow a name, per script: stripped before a name-list lookup so the lists
// hold base forms only (`Алишеру`, `Ерланның`, `Dilnozaning` → `алишер`, `ерлан`, `dilnoza`).

// Russian nominal and adjectival endings, Kazakh and Kyrgyz case endings (all vowel-harmony variants), Uzbek
// Cyrillic case endings. Sources: standard grammars; combinations a name really takes, not every possible chain.
const russianEndings = [
  'а', 'я', 'у', 'ю', 'ом', 'ем', 'ой', 'ей', 'е', 'и', 'ы', 'ым', 'им', 'ых', 'их', 'ому', 'ему', 'ого', 'его',
  'ую', 'ою', 'ею', 'ь', 'й', 'ами', 'ями', 'ам', 'ям', 'ах', 'ях',
];
// Uzbek Cyrillic endings are also needed in text without any Uzbek-only letter (`Жасурга`, `Алишернинг`).
const uzbekCyrillicEndings = ['га', 'ка', 'нинг', 'ни', 'дан', 'жон', 'лар'];

const turkicEndings = [
  // Kazakh
  'ға', 'ге', 'қа', 'ке', 'на', 'не', 'ның', 'нің', 'дың', 'дің', 'тың', 'тің', 'ны', 'ні', 'ды', 'ді', 'ты', 'ті',
  'да', 'де', 'та', 'те', 'нда', 'нде', 'нан', 'нен', 'дан', 'ден', 'тан', 'тен', 'мен', 'бен', 'пен', 'ы', 'і',
  'сы', 'сі', 'ын', 'ін', 'ның', 'лар', 'лер', 'дар', 'дер', 'тар', 'тер', 'ақа', 'еке', 'жан', 'тай', 'ке',
  'ның', 'ындағы', 'дағы', 'дегі', 'тағы', 'тегі', 'ға', 'нікі', 'ныкі', 'дікі', 'дыкі', 'тікі', 'тыкі',
  // possessive then genitive: `Қазақтың Бекзатының` ("Kazakhstan's own Bekzat")
  'ының', 'інің',
  // Kyrgyz
  'га', 'го', 'гө', 'ка', 'ко', 'кө', 'нын', 'нин', 'нун', 'нүн', 'дын', 'дин', 'дун', 'дүн', 'тын', 'тин', 'тун',
  'түн', 'ну', 'нү', 'ди', 'ду', 'дү', 'ти', 'ту', 'тү', 'до', 'дө', 'то', 'тө', 'дон', 'дөн', 'тон', 'төн',
  'нон', 'нөн', 'менен', 'ни',
  // Uzbek Cyrillic
  'нинг', 'дек', 'ча', 'жон', 'ларга',
];

const latinEndings = [
  // Uzbek Latin
  'ga', 'ka', 'qa', 'ning', 'ni', 'da', 'dan', 'dek', 'cha', 'jon', 'lar', 'larga', 'larni', 'niki', 'dagi',
  'ning', 'xon', 'gina',
  // the question particle (`Jahongirmi?`, `Dilnozamisiz?`)
  'mi', 'misiz', 'misan', 'mikan',
  // Russian and Kazakh names in Latin transliteration
  'a', 'ya', 'u', 'yu', 'om', 'em', 'oy', 'ey', 'e', 'i', 'y', 'ym', 'im', 'ih', 'ogo', 'omu', 'oi',
  'ga', 'ge', 'ke', 'nyn', 'nin', 'ding', 'tyng', 'men', 'ben', 'pen', 'de', 'ta', 'te', 'nan', 'nen',
  // English possessive (apostrophes are folded to ASCII before lookup)
  "'s", "'",
];

export interface SuffixTable {
  /** Endings, each in folded form. */
  readonly endings: ReadonlySet<string>;
  readonly maxLength: number;
  /** The endings by length, then by last code (endsWithListed reads these: no ending is sliced off a word). */
  readonly byLength: ReadonlyArray<ReadonlyMap<number, readonly string[]> | undefined>;
}

/** A table of these endings and the empty one. */
export function suffixTable(endings: readonly string[]): SuffixTable {
  const set = new Set(endings.map((ending) => ending.normalize('NFC')));
  set.add('');
  let maxLength = 0;
  for (const ending of set) maxLength = Math.max(maxLength, ending.length);
  const byLength: Array<Map<number, string[]> | undefined> = [];
  for (const ending of set) {
    if (ending === '') continue;
    const group = (byLength[ending.length] ??= new Map());
    const last = ending.charCodeAt(ending.length - 1);
    const list = group.get(last);
    if (list === undefined) group.set(last, [ending]);
    else list.push(ending);
  }
  return { endings: set, maxLength, byLength };
}
const table = suffixTable;

/** `suffixes.endings.has(folded.slice(folded.length - length))`, for 0 < length <= folded.length, without the slice. */
export function endsWithListed(folded: string, suffixes: SuffixTable, length: number): boolean {
  const group = suffixes.byLength[length]?.get(folded.charCodeAt(folded.length - 1));
  if (group === undefined) return false;
  for (let k = 0; k < group.length; k++) if (folded.endsWith(group[k]!)) return true;
  return false;
}

/** Russian text (and Uzbek Cyrillic without its special letters): Russian case endings plus the Uzbek ones. */
export const cyrillicSuffixes: SuffixTable = table([...russianEndings, ...uzbekCyrillicEndings]);
/** Text with Kazakh/Kyrgyz/Uzbek letters (ә қ ң ө ұ ү ў ғ ҳ і): every Turkic case ending as well. */
export const turkicSuffixes: SuffixTable = table([...russianEndings, ...uzbekCyrillicEndings, ...turkicEndings]);
export const latinSuffixes: SuffixTable = table(latinEndings);
/** Literal (non-transliterated) lists such as English first names only accept the possessive. */
export const possessiveSuffixes: SuffixTable = table(["'s", "'"]);

/**
 * Yields every split of `folded` into stem + listed ending, shortest ending (longest stem) first, stem at least
 * `minStem` long.
 * Calls `visit(stemLength)`; stops early when it returns true.
 */
export function forEachSplit(
  folded: string,
  suffixes: SuffixTable,
  minStem: number,
  visit: (stemLength: number) => boolean,
): boolean {
  const longest = Math.min(suffixes.maxLength, folded.length - minStem);
  for (let length = 0; length <= longest; length++) {
    if (length === 0 ? !suffixes.endings.has('') : !endsWithListed(folded, suffixes, length)) continue;
    if (visit(folded.length - length)) return true;
  }
  return false;
}

/**
 * "Ends with one of these" without a regex: `(?:a|b|…)$` makes the regex engine try every start position, and it
 * runs on most capitalised words. Endings are grouped by their last UTF-16 code; the test is one Map lookup and a
 * few native endsWith calls.
 */
const tableCodes = 0x530;

export class EndingSet {
  // Groups for last codes below U+0530 (Latin, Cyrillic) in an array indexed by the code: one load instead of a Map
  // lookup, on a test that runs for most capitalised words. Other last codes go to the map.
  readonly #byCode: Array<string[] | undefined> = new Array<string[] | undefined>(tableCodes).fill(undefined);
  readonly #byLast = new Map<number, string[]>();
  constructor(endings: readonly string[]) {
    for (const ending of endings) {
      const last = ending.charCodeAt(ending.length - 1);
      const group = this.#group(last) ?? [];
      group.push(ending);
      if (last < tableCodes) this.#byCode[last] = group;
      else this.#byLast.set(last, group);
    }
  }
  #group(last: number): string[] | undefined {
    return last < tableCodes ? this.#byCode[last] : this.#byLast.get(last);
  }
  /** True when `word` ends with one of the endings (the whole word may be the ending). */
  test(word: string): boolean {
    const group = this.#group(word.charCodeAt(word.length - 1));
    if (group === undefined) return false;
    for (const ending of group) if (word.endsWith(ending)) return true;
    return false;
  }
}
