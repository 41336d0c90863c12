// Transliteration: Cyrillic (Russian, Uzbek, Kazakh, Kyrgyz, Tajik) → a Latin "skeleton", Uzbek Latin ↔ Cyrillic, and
// Russian typed in Latin letters in chat → Cyrillic.

// One Latin spelling per Cyrillic letter, close to the Uzbek Latin alphabet so `Алишер`, `Alisher` and `Алішер`
// meet on `alisher` (ң → n so `Чыңгыз` meets `Чынгыз`).
const cyrillicToLatin: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'yo', ж: 'j', з: 'z', и: 'i', й: 'y', к: 'k', л: 'l', м: 'm',
  н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'x', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'sh',
  ъ: '', ы: 'y', ь: '', э: 'e', ю: 'yu', я: 'ya',
  // Uzbek, Kazakh, Kyrgyz, Tajik letters.
  ў: 'o', қ: 'q', ғ: 'g', ҳ: 'h', ә: 'a', ө: 'o', ү: 'u', ұ: 'u', і: 'i', ң: 'n', һ: 'h', ҷ: 'j', ӣ: 'i', ӯ: 'u',
  є: 'ye', ї: 'yi', ґ: 'g',
};

// Latin letters folded so spelling variants meet: Uzbek `o‘`/`g‘` lose the apostrophe, `kh`→`x` is not done
// (it would break English), diacritics are stripped (`Jürgen` ~ `jurgen`).
const latinFold: Record<string, string> = {
  "'": '', 'ʻ': '', '’': '', '‘': '', 'ʼ': '', '`': '', '-': '',
  á: 'a', à: 'a', â: 'a', ä: 'a', ã: 'a', å: 'a', ā: 'a', ą: 'a', ă: 'a', ç: 'c', č: 'ch', ć: 'c', ď: 'd', đ: 'd',
  é: 'e', è: 'e', ê: 'e', ë: 'e', ē: 'e', ě: 'e', ę: 'e', ğ: 'g', í: 'i', ì: 'i', î: 'i', ï: 'i', ī: 'i', ı: 'i',
  ł: 'l', ľ: 'l', ñ: 'n', ń: 'n', ň: 'n', ó: 'o', ò: 'o', ô: 'o', ö: 'o', õ: 'o', ő: 'o', ø: 'o', ō: 'o', ř: 'r',
  ş: 'sh', š: 'sh', ś: 's', ș: 'sh', ť: 't', ț: 't', ú: 'u', ù: 'u', û: 'u', ü: 'u', ů: 'u', ű: 'u', ū: 'u',
  ý: 'y', ÿ: 'y', ž: 'z', ź: 'z', ż: 'z', ß: 'ss', ə: 'a',
};

/**
 * Script-neutral key of an already folded (lower-cased) word: Cyrillic transliterated, Latin diacritics and
 * apostrophes dropped. Used as the key of every name list so one list serves both Uzbek scripts and Russian names
 * written in Latin.
 */
export function skeleton(folded: string): string {
  let out = '';
  for (let i = 0; i < folded.length; i++) {
    const code = folded.charCodeAt(i);
    // English-style spellings of Central Asian and Russian names: zh = ж, kh = х (`Zhanar`, `Khasanov`).
    if (code === 104 /* h */ && (out.endsWith('z') || out.endsWith('k')) && i > 0) {
      out = out.slice(0, -1) + (out.endsWith('z') ? 'j' : 'x');
      continue;
    }
    const mapped = code < skeletonTable.length ? skeletonTable[code] : latinFold[folded[i]!];
    out += mapped ?? folded[i]!;
  }
  return softenY(out);
}

const skeletonVowels = new Set(['a', 'e', 'i', 'o', 'u']);

// `й` after a vowel is written y or i (`Aygul`/`Aigul`/`Айгүл`, `Nikolay`/`Nikolai`): one form, `i`. A word-initial
// `ye` is `е` (`Yerlan`/`Ерлан`).
function softenY(key: string): string {
  let out = key.startsWith('ye') ? key.slice(1) : key;
  if (!out.includes('y')) return out;
  let result = '';
  for (let i = 0; i < out.length; i++) {
    const char = out[i]!;
    if (char === 'y' && i > 0 && skeletonVowels.has(out[i - 1]!) && !skeletonVowels.has(out[i + 1] ?? '')) result += 'i';
    else result += char;
  }
  return result;
}

// Per-code lookup for the hot path (ASCII, Latin-1/Extended, Cyrillic); other characters map to themselves.
const skeletonTable: Array<string | undefined> = (() => {
  const table = new Array<string | undefined>(0x530).fill(undefined);
  for (let code = 0; code < 0x80; code++) table[code] = String.fromCharCode(code);
  for (const [char, mapped] of Object.entries({ ...latinFold, ...cyrillicToLatin })) {
    const code = char.charCodeAt(0);
    if (char.length === 1 && code < table.length) table[code] = mapped;
  }
  return table;
})();

// Uzbek Latin digraphs first (sh, ch, o', g'), then single letters; the inverse of the official 1995 alphabet.
const uzbekDigraphs: Array<[string, string]> = [
  ["o'", 'ў'], ["g'", 'ғ'], ['sh', 'ш'], ['ch', 'ч'], ['yo', 'ё'], ['yu', 'ю'], ['ya', 'я'], ['ye', 'е'],
];
const uzbekLetters: Record<string, string> = {
  a: 'а', b: 'б', d: 'д', e: 'е', f: 'ф', g: 'г', h: 'ҳ', i: 'и', j: 'ж', k: 'к', l: 'л', m: 'м', n: 'н', o: 'о',
  p: 'п', q: 'қ', r: 'р', s: 'с', t: 'т', u: 'у', v: 'в', x: 'х', y: 'й', z: 'з', c: 'ц', w: 'в', "'": 'ъ',
};

/** Uzbek Latin (folded: lower case, ASCII apostrophes) → Uzbek Cyrillic. */
export function uzbekLatinToCyrillic(folded: string): string {
  let out = '';
  let i = 0;
  outer: while (i < folded.length) {
    for (const [latin, cyrillic] of uzbekDigraphs) {
      if (folded.startsWith(latin, i)) {
        out += cyrillic;
        i += latin.length;
        continue outer;
      }
    }
    const char = folded[i]!;
    out += uzbekLetters[char] ?? char;
    i++;
  }
  return out;
}

/** Uzbek (or Russian) Cyrillic → Uzbek Latin with the official apostrophes written as ASCII `'`. */
export function uzbekCyrillicToLatin(folded: string): string {
  let out = '';
  for (const char of folded) {
    if (char === 'ў') out += "o'";
    else if (char === 'ғ') out += "g'";
    else if (char === 'ъ') out += "'";
    else out += cyrillicToLatin[char] ?? char;
  }
  return out;
}

// Chat transliteration of Russian, longest spellings first.
const latinDigraphs: ReadonlyArray<readonly [string, string]> = [
  ['shch', 'щ'], ['sch', 'щ'], ['zh', 'ж'], ['kh', 'х'], ['ts', 'ц'], ['ch', 'ч'], ['sh', 'ш'], ['ya', 'я'], ['yu', 'ю'],
  ['yo', 'ё'], ['ye', 'е'], ['ja', 'я'], ['ju', 'ю'],
];
const latinLetters: Readonly<Record<string, string>> = {
  a: 'а', b: 'б', v: 'в', g: 'г', d: 'д', e: 'е', z: 'з', i: 'и', j: 'ж', k: 'к', l: 'л', m: 'м', n: 'н', o: 'о',
  p: 'п', r: 'р', s: 'с', t: 'т', u: 'у', f: 'ф', h: 'х', c: 'ц', x: 'х', w: 'в', q: 'к', "'": 'ь',
};
const latinVowels = new Set(['a', 'e', 'i', 'o', 'u', 'y']);

/** One Cyrillic reading of a lower-case Latin word (y is ы after a consonant, й after a vowel), or undefined. */
export function russianFromLatin(word: string): string | undefined {
  let out = '';
  let i = 0;
  outer: while (i < word.length) {
    for (const [latin, cyrillic] of latinDigraphs) {
      if (word.startsWith(latin, i)) {
        out += cyrillic;
        i += latin.length;
        continue outer;
      }
    }
    const char = word[i]!;
    if (char === 'y') out += i > 0 && latinVowels.has(word[i - 1]!) ? 'й' : 'ы';
    else {
      const mapped = latinLetters[char];
      if (mapped === undefined) return undefined;
      out += mapped;
    }
    i++;
  }
  // `dobryy`, `bolshoy`: the adjective ending ый / ой after a consonant y.
  return out.replace(/ыы$/u, 'ый').replace(/ё/gu, 'е');
}

// skeletonTable as code lists (undefined: the code stands for itself).
const skeletonCodes: Array<readonly number[] | undefined> = skeletonTable.map((mapped) => (mapped === undefined ? undefined : [...mapped].map((char) => char.charCodeAt(0))));

/** The key filter's cell (lexicon.ts) of a key of this length and these codes (0 for a position the key lacks). */
export function keyFilterCell(length: number, first: number, second: number, beforeLast: number, last: number, bits: number): number {
  let hash = Math.imul(length, 0x9e3779b1);
  hash = Math.imul(hash ^ first, 0x85ebca6b);
  hash = Math.imul(hash ^ second, 0xc2b2ae35);
  hash = Math.imul(hash ^ beforeLast, 0x27d4eb2f);
  hash = Math.imul(hash ^ last, 0x165667b1);
  return (hash ^ (hash >>> 15)) & (bits - 1);
}

/**
 * skeleton() of every prefix of one folded word, from one pass over it: Lexicon.find and the misspelt-name readings
 * look a word up by the skeleton of each stem its case endings leave, and most of those stems are no key. key(n) is
 * skeleton(folded.slice(0, n)); filterCell(n, bits) is keyFilterCell() of that key, read without building it. The `h`
 * of `zh`/`kh` rewrites the code before it and softenY reads the code after a `y`, so only a prefix's last code (and
 * the `y` rule around it) differs from the whole word's skeleton up to there.
 */
export class PrefixSkeletons {
  folded = '';
  /** Skeleton codes of the whole word before softenY. */
  readonly #raw: number[] = [];
  /** Per prefix length: the length of its skeleton before softenY, and the last code right after it was read. */
  readonly #end: number[] = [0];
  readonly #last: number[] = [0];
  readonly #codes: number[] = [];
  // Of the prefix being read: its raw length, its last code, and whether a leading `ye` loses its `y`.
  #length = 0;
  #lastCode = 0;
  #offset = 0;

  reset(folded: string): void {
    this.folded = folded;
    const raw = this.#raw;
    // Filled up to `size` (readers stop at #end), never emptied: `raw.length = 0` drops the array's backing store,
    // and the pushes after it allocated a new one for every word (43 MB over three 1 Mi texts of capitalised words).
    let size = 0;
    for (let i = 0; i < folded.length; i++) {
      const code = folded.charCodeAt(i);
      if (code === 104 /* h */ && i > 0 && size > 0 && (raw[size - 1] === 122 /* z */ || raw[size - 1] === 107) /* k */) {
        raw[size - 1] = raw[size - 1] === 122 ? 106 /* j */ : 120 /* x */;
      } else if (code < skeletonCodes.length) {
        const mapped = skeletonCodes[code];
        if (mapped === undefined) raw[size++] = code;
        else for (let k = 0; k < mapped.length; k++) raw[size++] = mapped[k]!;
      } else {
        const mapped = latinFold[folded[i]!];
        if (mapped === undefined) raw[size++] = code;
        else for (let k = 0; k < mapped.length; k++) raw[size++] = mapped.charCodeAt(k);
      }
      this.#end[i + 1] = size;
      this.#last[i + 1] = size > 0 ? raw[size - 1]! : 0;
    }
  }

  #select(prefix: number): number {
    const length = this.#end[prefix]!;
    this.#length = length;
    this.#lastCode = this.#last[prefix]!;
    this.#offset = length >= 2 && this.#rawAt(0) === 121 /* y */ && this.#rawAt(1) === 101 /* e */ ? 1 : 0;
    return length - this.#offset;
  }

  #rawAt(index: number): number {
    return index === this.#length - 1 ? this.#lastCode : this.#raw[index]!;
  }

  // Code `index` of the selected prefix's skeleton (softenY applied), `size` its length.
  #softAt(index: number, size: number): number {
    const code = this.#rawAt(index + this.#offset);
    if (code !== 121 /* y */ || index === 0 || !softVowel(this.#rawAt(index - 1 + this.#offset))) return code;
    return index + 1 < size && softVowel(this.#rawAt(index + 1 + this.#offset)) ? code : 105 /* i */;
  }

  /** skeleton(folded.slice(0, prefix)). */
  key(prefix: number): string {
    const size = this.#select(prefix);
    const codes = this.#codes;
    codes.length = size;
    for (let i = 0; i < size; i++) codes[i] = this.#softAt(i, size);
    return String.fromCharCode.apply(null, codes);
  }

  /** keyFilterCell() of key(prefix). */
  filterCell(prefix: number, bits: number): number {
    const size = this.#select(prefix);
    if (size === 0) return keyFilterCell(0, 0, 0, 0, 0, bits);
    return keyFilterCell(size, this.#softAt(0, size), size > 1 ? this.#softAt(1, size) : 0, size > 1 ? this.#softAt(size - 2, size) : 0, this.#softAt(size - 1, size), bits);
  }
}

function softVowel(code: number): boolean {
  return code === 97 || code === 101 || code === 105 || code === 111 || code === 117;
}

const sharedPrefixes = new PrefixSkeletons();

/**
 * The PrefixSkeletons of `folded`, shared: valid until the next call with another word (read them in a loop that asks
 * about no other word).
 */
export function prefixSkeletons(folded: string): PrefixSkeletons {
  if (sharedPrefixes.folded !== folded) sharedPrefixes.reset(folded);
  return sharedPrefixes;
}
