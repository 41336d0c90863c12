// Russian common-word lexicon (hunspell ru_RU, lower-case entries, every inflected form) keyed by a crude stem.

import { readFileSync } from 'node:fs';
import { patternsDir } from '../../patterns.js';
import type { Token } from '../../text/tokenize.js';
import { articleBeforeCapital } from './foreign.js';
import { onlySpaces } from './gaps.js';

// Inflection endings, longest first: build and lookup strip the same one, so every form of a word maps to the
// keys its paradigm produced. Keys, not full forms, keep the list small (a paradigm has up to a few dozen forms).
const endings = [
  'ами', 'ями', 'ому', 'ему', 'ого', 'его', 'ыми', 'ими',
  'ах', 'ях', 'ам', 'ям', 'ом', 'ем', 'ой', 'ей', 'ый', 'ий', 'ая', 'яя', 'ое', 'ее', 'ые', 'ие', 'ых', 'их',
  'ым', 'им', 'ую', 'юю', 'ов', 'ев',
  'а', 'я', 'у', 'ю', 'е', 'и', 'ы', 'о', 'ь', 'й',
] as const;

/** Leads the keys of proper nouns (capitalised hunspell entries) in the list (sorted before every Cyrillic key). */
export const properNounMark = '~';

/** Minimum letters left after the ending, so short words keep their identity (`кот` vs `кит`). */
const minStem = 3;

/** The lexicon key of a folded (lower-case, ё→е) Cyrillic word: the word without its inflection ending. */
export function commonWordKey(folded: string): string {
  return folded.slice(0, commonWordKeyLength(folded));
}

/** Length of that key (allocation-free, for lookups). */
export function commonWordKeyLength(folded: string): number {
  // Only the endings with the word's last letter can match; they keep their longest-first order.
  const candidates = endingsByLast.get(folded.charCodeAt(folded.length - 1));
  if (candidates === undefined) return folded.length;
  for (const ending of candidates) {
    if (folded.length - ending.length >= minStem && folded.endsWith(ending)) return folded.length - ending.length;
  }
  return folded.length;
}
const endingsByLast = new Map<number, string[]>();
for (const ending of endings) {
  const last = ending.charCodeAt(ending.length - 1);
  endingsByLast.set(last, [...(endingsByLast.get(last) ?? []), ending]);
}

/** Keys in the derived list are front-coded (`<shared prefix length><rest>`, sorted) to stay under two megabytes. */
export function decodeFrontCoded(lines: readonly string[]): Set<string> {
  const keys = new Set<string>();
  let previous = '';
  for (const line of lines) {
    let digits = 0;
    while (digits < line.length && line.charCodeAt(digits) >= 48 && line.charCodeAt(digits) <= 57) digits++;
    const shared = digits === 0 ? 0 : Number(line.slice(0, digits));
    previous = previous.slice(0, shared) + line.slice(digits);
    keys.add(previous);
  }
  return keys;
}

export function encodeFrontCoded(sortedKeys: readonly string[]): string[] {
  const lines: string[] = [];
  let previous = '';
  for (const key of sortedKeys) {
    let shared = 0;
    while (shared < key.length && shared < previous.length && key.charCodeAt(shared) === previous.charCodeAt(shared)) shared++;
    lines.push(`${shared === 0 ? '' : shared}${key.slice(shared)}`);
    previous = key;
  }
  return lines;
}

/** FNV-1a over an optional leading code (the proper-noun mark, or -1 for none) and `word[0..length)`. */
function hashKey(lead: number, word: string, length: number): number {
  let hash = 0x811c9dc5;
  if (lead >= 0) hash = Math.imul(hash ^ lead, 0x01000193);
  for (let i = 0; i < length; i++) hash = Math.imul(hash ^ word.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}

/**
 * The keys as one open-addressing hash table over a flat UTF-16 buffer. Loading builds no strings: a Set of
 * 325,000 strings took about 400 ms to fill and 25 MB of heap; this takes a fraction of both.
 */
export class RussianCommonWords {
  readonly #chars: Uint16Array;
  readonly #starts: Int32Array;
  readonly #lengths: Uint8Array;
  readonly #slots: Int32Array;
  readonly #mask: number;
  readonly size: number;

  private constructor(chars: Uint16Array, starts: Int32Array, lengths: Uint8Array, count: number) {
    this.#chars = chars;
    this.#starts = starts;
    this.#lengths = lengths;
    this.size = count;
    let capacity = 1;
    while (capacity < count * 2) capacity *= 2;
    this.#mask = capacity - 1;
    this.#slots = new Int32Array(capacity);
    for (let key = 0; key < count; key++) {
      let slot = this.#hashStored(key) & this.#mask;
      while (this.#slots[slot] !== 0) slot = (slot + 1) & this.#mask;
      this.#slots[slot] = key + 1;
    }
  }

  /** Parses the front-coded list text (comment lines start with `#`). */
  static fromText(text: string): RussianCommonWords {
    let chars = new Uint16Array(text.length * 3);
    let starts = new Int32Array(1 << 16);
    let lengths = new Uint8Array(1 << 16);
    let count = 0;
    let used = 0;
    let previousStart = 0;
    let position = 0;
    while (position < text.length) {
      let lineEnd = text.indexOf('\n', position);
      if (lineEnd === -1) lineEnd = text.length;
      if (text.charCodeAt(position) !== 35 && lineEnd > position) {
        let shared = 0;
        let at = position;
        for (let code = text.charCodeAt(at); code >= 48 && code <= 57; code = text.charCodeAt(++at)) shared = shared * 10 + code - 48;
        const length = shared + lineEnd - at;
        if (used + length > chars.length) chars = grown(chars, used + length);
        if (count === starts.length) {
          starts = grown(starts, count + 1);
          lengths = grown(lengths, count + 1);
        }
        chars.copyWithin(used, previousStart, previousStart + shared);
        for (let k = 0; k < lineEnd - at; k++) chars[used + shared + k] = text.charCodeAt(at + k);
        starts[count] = used;
        lengths[count] = Math.min(length, 255);
        previousStart = used;
        used += length;
        count++;
      }
      position = lineEnd + 1;
    }
    return new RussianCommonWords(chars.slice(0, used), starts, lengths, count);
  }

  static load(): RussianCommonWords {
    return RussianCommonWords.fromText(readFileSync(patternsDir + 'stoplists/derived/ru-common.txt', 'utf8'));
  }

  /** Whether a folded Cyrillic word is some form of an everyday Russian word. */
  has(folded: string): boolean {
    // The table is megabytes: a probe is a trip to main memory, while the words asked about are few and repeat
    // (capitalised words of the text, the same ones document after document). Answers are remembered per word.
    const known = this.#answers.get(folded);
    if (known !== undefined) return known;
    const answer = this.#find(-1, folded, commonWordKeyLength(folded));
    this.#remember(folded, answer);
    return answer;
  }

  /** Whether it is some form of a proper noun the dictionary knows (Иерусалим, Марс, Элиста). */
  isProperNoun(folded: string): boolean {
    return this.#find(properNounMark.charCodeAt(0), folded, commonWordKeyLength(folded));
  }

  // has() answers by word; bounded, and words longer than any name are not kept.
  readonly #answers = new Map<string, boolean>();
  #remember(folded: string, answer: boolean): void {
    if (folded.length > answersMaxLength) return;
    if (this.#answers.size >= answersLimit) this.#answers.clear();
    this.#answers.set(folded, answer);
  }

  #hashStored(key: number): number {
    let hash = 0x811c9dc5;
    const start = this.#starts[key]!;
    const end = start + this.#lengths[key]!;
    for (let i = start; i < end; i++) hash = Math.imul(hash ^ this.#chars[i]!, 0x01000193);
    return hash >>> 0;
  }

  #find(lead: number, word: string, length: number): boolean {
    const total = length + (lead >= 0 ? 1 : 0);
    let slot = hashKey(lead, word, length) & this.#mask;
    for (let entry = this.#slots[slot]!; entry !== 0; slot = (slot + 1) & this.#mask, entry = this.#slots[slot]!) {
      const key = entry - 1;
      if (this.#lengths[key] !== total) continue;
      let at = this.#starts[key]!;
      if (lead >= 0 && this.#chars[at++] !== lead) continue;
      let same = true;
      for (let i = 0; i < length; i++) {
        if (this.#chars[at + i] !== word.charCodeAt(i)) {
          same = false;
          break;
        }
      }
      if (same) return true;
    }
    return false;
  }
}

const answersLimit = 20_000;
const answersMaxLength = 48;

function grown<T extends Uint16Array | Int32Array | Uint8Array>(array: T, atLeast: number): T {
  let size = array.length * 2;
  while (size < atLeast) size *= 2;
  const bigger = new (array.constructor as new (size: number) => T)(size);
  bigger.set(array);
  return bigger;
}

/** Just above the default threshold: enough alone, and any penalty (quotes, a place preposition) undoes it. */
const notCommonWordScore = 0.52;

// Endings no Russian name form takes (adjectives, verbs), and the usual endings of place names (`Молдавии`,
// `Подмосковья`, `Сколково`): a capitalised word with one is never scored by absence.
const nonNameEnding = /(ам|ям|ах|ях|ами|ями|ый|ий|ая|яя|ое|ее|ые|ие|ого|его|ому|ему|ым|ыми|ими|ую|юю|ых|ть|ться|ся|сь|ет|ют|ут|ит|ат|ят|ешь|ишь|ли|ло|ла|ии|ия|ью|ья|ово|ево|ино|ыно)$/u;
// Abbreviated state bodies and unions (`Роскосмоса`, `Минсвязи`, `Евросоюза`, `Мосгордумы`).
const bodyPrefix = /^(рос|мин|евро|мос|нац|гос|мид)/u;
// Prepositions before places and bodies (`на Марс`, `с Евросоюзом`), and nouns that name what the next word is
// the name of (`столице Калмыкии`, `агентству Рейтер`, `телескопа Хаббл`), by stem.
const prepositions = new Set(['в', 'во', 'на', 'к', 'ко', 'с', 'со', 'по', 'из', 'от', 'до', 'для', 'о', 'об', 'при', 'через', 'между', 'и', 'над', 'под', 'за']);
const kindNouns = /^(город|столиц|област|район|стран|государств|территори|регион|республик|провинци|штат|остров|мыс|порт|рек|усть|вод|приток|озер|гор|лагер|тюрьм|агентств|компани|корпораци|концерн|банк|фонд|клуб|команд|центр|турнир|телескоп|корабл|проект|партии|партия|профсоюз|представител|сотрудник|организаци|движени|групп|журнал|газет|канал|сайт|завод|аэропорт|улиц|площад|инноград|бренд|марк)/u;

export interface CapitalQuestion {
  /** Folded word, capitalised in the text, Cyrillic, on no name list and no stoplist. */
  readonly word: string;
  readonly atStart: boolean;
  /** A cue before or after the word (role, greeting, reporting verb), or a name or capitalised word next to it. */
  readonly neighboured: boolean;
  /** Russian-only Cyrillic text (no Turkic letters) of mostly Cyrillic words. */
  readonly russianText: boolean;
  /** The lower-case word right before (only spaces between), if any. */
  readonly before: string | undefined;
  /** A hyphen, digit, inner capital in the word, or an opening quote or colon before it (`ТМА-7`, `БелТА`, `«Корус»`). */
  readonly unusualShape: boolean;
}

export interface CapitalContext {
  readonly atStart: boolean;
  /** A cue before or after the word (role, greeting, reporting verb). */
  readonly cued: boolean;
  readonly russianText: boolean;
  /** What the word before was: an initial, another name word or particle (`Виктор`, `Ле`), or anything else. */
  readonly after: 'initial' | 'nameWord' | 'other';
}

/**
 * Reads the question about token `i` (a capitalised Cyrillic word on no list) off the text around it. The parts read
 * off the neighbours are worked out when first asked: most questions end at the lexicon lookup.
 */
export function capitalQuestion(text: string, tokens: readonly Token[], folded: readonly string[], i: number, context: CapitalContext): CapitalQuestion {
  return new TextCapitalQuestion(text, tokens, folded, i, context);
}

class TextCapitalQuestion implements CapitalQuestion {
  readonly word: string;
  readonly atStart: boolean;
  readonly russianText: boolean;
  readonly #text: string;
  readonly #tokens: readonly Token[];
  readonly #folded: readonly string[];
  readonly #i: number;
  readonly #context: CapitalContext;
  #neighboured: boolean | undefined;
  #before: string | undefined | null = null;
  #unusualShape: boolean | undefined;

  constructor(text: string, tokens: readonly Token[], folded: readonly string[], i: number, context: CapitalContext) {
    this.word = folded[i]!;
    this.atStart = context.atStart;
    this.russianText = context.russianText;
    this.#text = text;
    this.#tokens = tokens;
    this.#folded = folded;
    this.#i = i;
    this.#context = context;
  }

  get neighboured(): boolean {
    return (this.#neighboured ??= this.#context.cued || capitalNeighbour(this.#text, this.#tokens, this.#folded, this.#i, this.#context.after));
  }

  get before(): string | undefined {
    if (this.#before === null) this.#before = lowerWordBefore(this.#text, this.#tokens, this.#folded, this.#i);
    return this.#before;
  }

  get unusualShape(): boolean {
    return (this.#unusualShape ??= unusualShape(this.#text, this.#tokens[this.#i]!));
  }
}

/**
 * A name word, initial or particle right before (`Виктор Бут`, `Д. Югай`, `Ле Пен`), or a capitalised word or
 * `аль-`/`бин` name right after (`Аун Сан Су Чжи`, `Сами аль-Хадж`).
 */
function capitalNeighbour(text: string, tokens: readonly Token[], folded: readonly string[], i: number, after: CapitalContext['after']): boolean {
  const before = tokens[i - 1];
  if (after !== 'other' && before !== undefined) {
    // An initial's dot stands between it and the surname.
    const gapStart = after === 'initial' && text.charCodeAt(before.end) === 46 ? before.end + 1 : before.end;
    if (onlySpaces(text, gapStart, tokens[i]!.start, 2)) return true;
  }
  const next = tokens[i + 1];
  if (next === undefined || !onlySpaces(text, tokens[i]!.end, next.start, 2)) return false;
  return text.charCodeAt(next.start) !== folded[i + 1]!.charCodeAt(0) || articleBeforeCapital(text, next.start, next.end);
}

/** The lower-case word right before token `i` with only spaces between, if any. */
function lowerWordBefore(text: string, tokens: readonly Token[], folded: readonly string[], i: number): string | undefined {
  const before = tokens[i - 1];
  if (before === undefined || !onlySpaces(text, before.end, tokens[i]!.start, 2) || text.charCodeAt(before.start) !== folded[i - 1]!.charCodeAt(0)) return undefined;
  return folded[i - 1];
}

/** A hyphen, digit or inner capital in the word (brands and models), or a quote or colon right before it. */
function unusualShape(text: string, token: Token): boolean {
  let back = token.start - 1;
  while (back > 0 && text.charCodeAt(back) === 32) back--;
  const opening = text.charCodeAt(back);
  // After a colon the word opens a speaker's line (`Пользователь: Спсибо`), like a sentence start.
  if (opening === 0xab || opening === 0x22 || opening === 0x201e || opening === 0x201c || opening === 58) return true;
  const word = text.slice(token.start + 1, token.end);
  return word.toLowerCase() !== word || /[-\d]/u.test(word);
}

/**
 * The score an unknown capitalised Cyrillic word gets from the common-word lexicon, or undefined to keep the
 * capitalisation score: 0 for an everyday word without a cue (`Новинка`, `Хозяева`); just above the threshold for a
 * mid-sentence word in Russian text that is no everyday word and ends like a name (`сторонниками Бхутто`).
 */
export function commonWordScore(question: CapitalQuestion, commonWords: RussianCommonWords): number | undefined {
  const { word } = question;
  if (commonWords.has(word)) return question.neighboured ? undefined : 0;
  // Next to a name the run rules decide (an unlisted word after a surname joins it only with a cue).
  if (question.neighboured || question.atStart || !question.russianText || question.unusualShape || word.length < 4 || nonNameEnding.test(word) || bodyPrefix.test(word)) return undefined;
  // A proper noun in the dictionary but on no name list is a place or a body far more often than a person.
  if (commonWords.isProperNoun(word)) return undefined;
  const before = question.before;
  if (before !== undefined && (prepositions.has(before) || kindNouns.test(before))) return undefined;
  return notCommonWordScore;
}

// Nominative masculine surname endings: `Соколов`, `Орлов` are also genitive plurals of everyday nouns.
const masculineSurnameEnding = /(ов|ев|ин|ын)$/u;

/**
 * A sentence-opening word that only its ending made look like a surname (`Причина`, `Хозяева`, `Ключевым`) is not
 * a name when it is a form of an everyday word and no cue or name stands next to it.
 */
export function commonWordAtStart(commonWords: RussianCommonWords, question: CapitalQuestion): boolean {
  return !question.neighboured && !masculineSurnameEnding.test(question.word) && commonWords.has(question.word);
}
