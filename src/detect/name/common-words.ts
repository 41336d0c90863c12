// Russian common-word lexicon (hunspell ru_RU, lower-case entries, every inflected form) keyed by a crude stem.

import { readPatternList } from '../../patterns.js';
import type { Token } from '../../text/tokenize.js';
import { articleBeforeCapital } from './foreign.js';
import { onlySpaces } from './gaps.js';

// Inflection endings, longest first: build and lookup strip the same one, so every form of a word maps to the
// keys its paradigm produced. Keys, not full forms, keep the list small (full forms run to millions of strings).
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
  for (const ending of endings) {
    if (folded.length - ending.length >= minStem && folded.endsWith(ending)) return folded.slice(0, folded.length - ending.length);
  }
  return folded;
}

/**
 * Keys in the derived list are front-coded (`<shared prefix length><rest>`, sorted) to stay under a megabyte;
 * this expands them.
 */
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

export class RussianCommonWords {
  readonly #keys: ReadonlySet<string>;
  constructor(keys: ReadonlySet<string>) {
    this.#keys = keys;
  }
  static load(): RussianCommonWords {
    return new RussianCommonWords(decodeFrontCoded(readPatternList('stoplists/derived/ru-common.txt')));
  }
  get size(): number {
    return this.#keys.size;
  }
  /** Whether a folded Cyrillic word is some form of an everyday Russian word. */
  has(folded: string): boolean {
    return this.#keys.has(commonWordKey(folded));
  }
  /** Whether it is some form of a proper noun the dictionary knows (Иерусалим, Марс, Элиста). */
  isProperNoun(folded: string): boolean {
    return this.#keys.has(properNounMark + commonWordKey(folded));
  }
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
const prepositions = new Set(['в', 'во', 'на', 'к', 'ко', 'с', 'со', 'по', 'из', 'от', 'до', 'для', 'о', 'об', 'при', 'через', 'между', 'и', 'над', 'под', 'за', 'у']);
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

/** Reads the question about token `i` (a capitalised Cyrillic word on no list) off the text around it. */
export function capitalQuestion(text: string, tokens: readonly Token[], folded: readonly string[], i: number, context: CapitalContext): CapitalQuestion {
  return {
    word: folded[i]!,
    atStart: context.atStart,
    neighboured: context.cued || capitalNeighbour(text, tokens, folded, i, context.after),
    russianText: context.russianText,
    before: lowerWordBefore(text, tokens, folded, i),
    unusualShape: unusualShape(text, tokens[i]!),
  };
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
