// Russian common-word lexicon (hunspell ru_RU, lower-case entries, every inflected form) keyed by a crude stem.

import { readFileSync } from 'node:fs';
import type { Serializable } from 'node:worker_threads';
import { getEnvironmentData, setEnvironmentData } from 'node:worker_threads';
import { patternsDir } from '../../patterns.js';
import type { Token } from '../../text/tokenize.js';
import { articleBeforeCapital } from './foreign.js';
import { onlySpaces } from './gaps.js';
import type { WordInfo } from './vocabulary.js';
import { WordAnswers } from './word-answers.js';

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

/** What a key's header byte carries besides its length: the key is a proper noun's (it led with the mark). */
const properNounBit = 0x80;
/** Stored keys are at most this long (the list's longest is 26); a longer query can match nothing. */
const maxKeyLength = 0x7f;
/** Key letters are stored as one byte each: their offset in the Cyrillic block (folded words are lower-case). */
const cyrillicBase = 0x400;

/** The hash of a key: FNV-1a over its header byte and its one-byte letters. */
function hashStart(header: number): number {
  return Math.imul(0x811c9dc5 ^ header, 0x01000193);
}

/** The tables a RussianCommonWords answers from: plain data, so they can be built once and shared (below). */
export interface CommonWordTables {
  /** Keys one after another, each a header byte (length | properNounBit) then its letters (code - 0x400). */
  readonly keys: Uint8Array;
  /** Open addressing, linear probing: 1 + the offset of a key's header in `keys`, or 0 for an empty slot. */
  readonly slots: Int32Array;
  readonly count: number;
}

/** Where the main thread leaves the tables for its workers (worker_threads environment data); versioned by layout. */
export const commonWordTablesKey = 'pii-gate:ru-common-words:1';

/**
 * Builds the tables from the front-coded list text (comment lines start with `#`), in two passes so each array is
 * allocated once at its final size, on `allocate` (an ArrayBuffer, or a SharedArrayBuffer to share them).
 */
export function buildCommonWordTables(text: string, allocate: (bytes: number) => ArrayBufferLike): CommonWordTables {
  let count = 0;
  let keyBytes = 0;
  forEachKey(text, (_key, length) => {
    count++;
    keyBytes += 1 + length - (_key[0] === properNounMarkCode ? 1 : 0);
  });
  const keys = new Uint8Array(allocate(keyBytes));
  let capacity = 1;
  while (capacity < count * 2) capacity *= 2;
  const mask = capacity - 1;
  const slots = new Int32Array(allocate(capacity * 4));
  let used = 0;
  forEachKey(text, (key, length) => {
    const proper = key[0] === properNounMarkCode;
    const first = proper ? 1 : 0;
    const letters = length - first;
    if (letters > maxKeyLength) throw new Error(`ru-common.txt: a key longer than ${maxKeyLength} letters`);
    const header = letters | (proper ? properNounBit : 0);
    const at = used;
    keys[used++] = header;
    let hash = hashStart(header);
    for (let i = first; i < length; i++) {
      const letter = key[i]! - cyrillicBase;
      if (letter < 0 || letter > 0xff) throw new Error('ru-common.txt: a key with a letter outside the Cyrillic block');
      keys[used++] = letter;
      hash = Math.imul(hash ^ letter, 0x01000193);
    }
    let slot = (hash >>> 0) & mask;
    while (slots[slot] !== 0) slot = (slot + 1) & mask;
    slots[slot] = at + 1;
  });
  return { keys, slots, count };
}

const properNounMarkCode = properNounMark.charCodeAt(0);

/** Decodes the front-coded lines: each key in turn, as UTF-16 codes in a reused buffer (valid during the call). */
function forEachKey(text: string, visit: (key: Uint16Array, length: number) => void): void {
  const key = new Uint16Array(256);
  let position = 0;
  while (position < text.length) {
    let lineEnd = text.indexOf('\n', position);
    if (lineEnd === -1) lineEnd = text.length;
    if (text.charCodeAt(position) !== 35 && lineEnd > position) {
      let shared = 0;
      let at = position;
      for (let code = text.charCodeAt(at); code >= 48 && code <= 57; code = text.charCodeAt(++at)) shared = shared * 10 + code - 48;
      const length = shared + lineEnd - at;
      if (length > key.length) throw new Error('ru-common.txt: a key longer than 256 characters');
      for (let k = 0; k < lineEnd - at; k++) key[shared + k] = text.charCodeAt(at + k);
      visit(key, length);
    }
    position = lineEnd + 1;
  }
}

function isCommonWordTables(value: unknown): value is CommonWordTables {
  const tables = value as Partial<CommonWordTables> | undefined;
  return tables !== undefined && tables !== null && tables.keys instanceof Uint8Array && tables.slots instanceof Int32Array && typeof tables.count === 'number';
}

/**
 * Builds the tables once in this thread on shared memory and leaves them for every worker started after this call
 * (worker_threads environment data is cloned into each new worker, and a SharedArrayBuffer clones as the same
 * memory): each worker then finds them in load() instead of building its own copy (13 MB per worker before).
 */
export function shareRussianCommonWords(): void {
  if (isCommonWordTables(getEnvironmentData(commonWordTablesKey))) return;
  const tables = buildCommonWordTables(readCommonWordList(), (bytes) => new SharedArrayBuffer(bytes));
  setEnvironmentData(commonWordTablesKey, tables as unknown as Serializable);
}

function readCommonWordList(): string {
  return readFileSync(patternsDir + 'stoplists/derived/ru-common.txt', 'utf8');
}

/**
 * The keys as one open-addressing hash table over one byte array. Loading builds no strings: a Set of 325,000
 * strings took about 400 ms to fill and 25 MB of heap; these tables are 7.6 MB, one copy per process when shared.
 */
export class RussianCommonWords {
  readonly #keys: Uint8Array;
  readonly #slots: Int32Array;
  readonly #mask: number;
  readonly size: number;

  constructor(tables: CommonWordTables) {
    this.#keys = tables.keys;
    this.#slots = tables.slots;
    this.#mask = tables.slots.length - 1;
    this.size = tables.count;
  }

  /** Parses the front-coded list text (comment lines start with `#`) into tables of this thread's own. */
  static fromText(text: string): RussianCommonWords {
    return new RussianCommonWords(buildCommonWordTables(text, (bytes) => new ArrayBuffer(bytes)));
  }

  /** The tables the main thread shared (shareRussianCommonWords), or this thread's own copy of the list. */
  static load(): RussianCommonWords {
    const shared = getEnvironmentData(commonWordTablesKey);
    if (isCommonWordTables(shared)) return new RussianCommonWords(shared);
    return RussianCommonWords.fromText(readCommonWordList());
  }

  /** Whether a folded Cyrillic word is some form of an everyday Russian word. */
  has(folded: string): boolean {
    // The table is megabytes: a probe is a trip to main memory, while the words asked about are few and repeat
    // (capitalised words of the text, the same ones document after document). Answers are remembered per word.
    const known = this.#answers.get(folded);
    if (known !== undefined) return known;
    const answer = this.#find(0, folded, commonWordKeyLength(folded));
    // Words longer than any name are not kept.
    return folded.length > answersMaxLength ? answer : this.#answers.remember(folded, answer);
  }

  /**
   * has() of a word built on the spot (a slip undone, a letter put in): asked about once, so not remembered. The
   * answer map's lookup and store of a fresh string cost more than the table probe, and the one-off strings would push
   * the text's own words out of it.
   */
  hasCandidate(folded: string): boolean {
    return this.#find(0, folded, commonWordKeyLength(folded));
  }

  /**
   * has() of an interned word, remembered on it (one vocabulary per resources, so per RussianCommonWords): the scan's
   * passes ask about the same capitalised words token after token, and the WordInfo is at hand where the answer map's
   * probe is a cache miss.
   */
  hasWord(info: WordInfo): boolean {
    let known = info.commonWord;
    if (known === -1) known = info.commonWord = this.has(info.folded) ? 1 : 0;
    return known === 1;
  }

  /** Whether it is some form of a proper noun the dictionary knows (Иерусалим, Марс, Элиста). */
  isProperNoun(folded: string): boolean {
    return this.#find(properNounBit, folded, commonWordKeyLength(folded));
  }

  // has() answers by word, bounded.
  readonly #answers = new WordAnswers(answersLimit);

  /** Whether `word[0..length)` is a stored key with the given proper-noun bit. */
  #find(kind: number, word: string, length: number): boolean {
    if (length > maxKeyLength) return false;
    const header = length | kind;
    let hash = hashStart(header);
    for (let i = 0; i < length; i++) {
      const letter = word.charCodeAt(i) - cyrillicBase;
      // No stored key has a letter outside the block.
      if (letter < 0 || letter > 0xff) return false;
      hash = Math.imul(hash ^ letter, 0x01000193);
    }
    const keys = this.#keys;
    let slot = (hash >>> 0) & this.#mask;
    for (let entry = this.#slots[slot]!; entry !== 0; slot = (slot + 1) & this.#mask, entry = this.#slots[slot]!) {
      let at = entry - 1;
      if (keys[at++] !== header) continue;
      let same = true;
      for (let i = 0; i < length; i++) {
        if (keys[at + i] !== word.charCodeAt(i) - cyrillicBase) {
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
  /** A pronoun of address (`Вас`, `Ваш`), a verb's personal form, or a word right before an object pronoun (`Беспокоим вас`, `Рады вас видеть`). */
  readonly addressesSomeone: boolean;
  /** Right after `я` (`Я Жду`, `я Сразу`): a self-introduction would name the writer, but an everyday word there is a verb or adverb. */
  readonly afterI: boolean;
  /** The interned word of `word`, when the asker has it (RussianCommonWords.hasWord). */
  readonly info?: WordInfo;
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
export function capitalQuestion(text: string, tokens: readonly Token[], folded: readonly string[], i: number, context: CapitalContext, info?: WordInfo): CapitalQuestion {
  return new TextCapitalQuestion(text, tokens, folded, i, context, info);
}

class TextCapitalQuestion implements CapitalQuestion {
  readonly word: string;
  readonly atStart: boolean;
  readonly russianText: boolean;
  readonly info: WordInfo | undefined;
  readonly #text: string;
  readonly #tokens: readonly Token[];
  readonly #folded: readonly string[];
  readonly #i: number;
  readonly #context: CapitalContext;
  #neighboured: boolean | undefined;
  #before: string | undefined | null = null;
  #unusualShape: boolean | undefined;
  #addressesSomeone: boolean | undefined;

  constructor(text: string, tokens: readonly Token[], folded: readonly string[], i: number, context: CapitalContext, info: WordInfo | undefined) {
    this.word = folded[i]!;
    this.atStart = context.atStart;
    this.russianText = context.russianText;
    this.info = info;
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

  get afterI(): boolean {
    const before = this.#tokens[this.#i - 1];
    return before !== undefined && before.end - before.start === 1 && this.#folded[this.#i - 1] === 'я' && onlySpaces(this.#text, before.end, this.#tokens[this.#i]!.start, 2);
  }

  get addressesSomeone(): boolean {
    return (this.#addressesSomeone ??= addressPronouns.has(this.word) || personalVerbForm(this.word) || objectPronounAfter(this.#text, this.#tokens, this.#folded, this.#i) || opensClauseAfterComma(this.#text, this.#tokens, this.#folded, this.#i));
  }
}

// Present-tense personal endings (`Беспокоим`, `Ждём`, `Уведомляем`, `Понимаю`, `Звонит`, `Пишут`); five letters or more,
// so short nouns (`Кит`, `Мем`) stay out.
const personalVerbEnding = /(?:[еёи]м|[аяу]ю|[еёи]шь|[еёи]те|[еёи]т|[уюая]т)$/u;
const objectPronouns = new Set(['вас', 'вам', 'вами', 'нас', 'нам', 'тебя', 'тебе']);
// Capitalised in polite address (`Благодарю Вас`, `Ваш заказ`), never a name.
const addressPronouns = new Set(['вы', 'вас', 'вам', 'вами', 'ваш', 'ваша', 'ваше', 'вашего', 'вашей', 'вашему', 'вашим', 'вашими', 'ваши', 'ваших', 'вашу', 'твой', 'твоя', 'твоё', 'твое', 'твою', 'твоего', 'твоей']);

function personalVerbForm(word: string): boolean {
  return word.length >= 5 && personalVerbEnding.test(word);
}

/**
 * `Здравствуйте, Чем могу помочь?`, `Спасибо, Внимательно слушаю`: an everyday word after a comma that runs on into a
 * lower-case word opens the next clause; the person addressed is set off (`Здравствуйте, Звёздочка!`).
 */
function opensClauseAfterComma(text: string, tokens: readonly Token[], folded: readonly string[], i: number): boolean {
  let back = tokens[i]!.start - 1;
  while (back > 0 && text.charCodeAt(back) === 32) back--;
  if (text.charCodeAt(back) !== 44) return false;
  const next = tokens[i + 1];
  return next !== undefined && onlySpaces(text, tokens[i]!.end, next.start, 2) && text.charCodeAt(next.start) === folded[i + 1]!.charCodeAt(0);
}

/** An object pronoun right after token `i` (`Рады вас видеть`): the word is a verb or predicate, not the person addressed. */
function objectPronounAfter(text: string, tokens: readonly Token[], folded: readonly string[], i: number): boolean {
  const next = tokens[i + 1];
  return next !== undefined && onlySpaces(text, tokens[i]!.end, next.start, 2) && objectPronouns.has(folded[i + 1]!);
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
  // An everyday word next to a cue or a name can still be a name (`Здравствуйте, Роза`), but not a verb's personal
  // form, a word before an object pronoun (`Здравствуйте, Беспокоим вас`) or one after `я` (`Я Жду`): a name on no
  // list introduced so is no everyday word.
  if (question.info === undefined ? commonWords.has(word) : commonWords.hasWord(question.info)) return question.neighboured && !question.addressesSomeone && !question.afterI ? undefined : 0;
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
  return !question.neighboured && !masculineSurnameEnding.test(question.word) && (question.info === undefined ? commonWords.has(question.word) : commonWords.hasWord(question.info));
}
