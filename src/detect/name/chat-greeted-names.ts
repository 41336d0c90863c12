// A chat line that opens with a greeting (and a comma) and the person greeted in lower case (`сәлем, дәулет тапсырыс
// келмеді`, `assalomu alaykum, ozoda buyurtma kelmadi`, `добрый день, снежана с 12.03 цены выросли`): a first name the
// lists call ambiguous (names/ambiguous.txt: also an everyday word) is the person there. The scan leaves it below the
// threshold, since in lower case a cue before an ambiguous name is weak; the comma after a whole greeting is the
// second piece of evidence, with the word after the name.

import type { Token } from '../../text/tokenize.js';
import type { Span } from '../../types.js';
import { lineBreakBetween } from './gaps.js';
import { WordFlag } from './lexicon.js';
import type { NameResources } from './resources.js';
import { mergeReplacing } from './ru-spans.js';
import { WordGate, type WordInfo } from './vocabulary.js';
import { nameWeights } from './weights.js';

// Greetings that open a line, by their last word; a two-word greeting by its first word too. Curated for pii-gate
// from general knowledge; CC0 / MIT of this repository.
const oneWordGreetings = new Set([
  'здравствуйте', 'здраствуйте', 'здравствуй', 'привет', 'приветствую', 'салам', 'салем', 'сәлем', 'салом', 'саламатсызбы',
  'саламатсыздарбы', 'саламатчылык', 'salom', 'assalom', 'ассалом', 'ассалому', 'асалому', 'сәлеметсіздер',
]);
const twoWordGreetings = new Map<string, ReadonlySet<string>>([
  ['сәлеметсіз', new Set(['бе'])],
  ['ассалому', new Set(['алайкум', 'алейкум'])],
  ['assalomu', new Set(['alaykum', 'aleykum'])],
  ['asalomu', new Set(['alaykum', 'aleykum'])],
  ['асалому', new Set(['алайкум', 'алейкум'])],
  ['добрый', new Set(['день', 'вечер'])],
  ['доброе', new Set(['утро'])],
  ['hayrli', new Set(['kun', 'tong'])],
  ['хайрли', new Set(['кун', 'тонг'])],
  ['қайырлы', new Set(['күн', 'таң'])],
  ['кутман', new Set(['күн', 'таң'])],
]);

// Words that open what a customer writes to the person greeted: the order, the payment, a question, thanks, "you",
// "I" (`сәлем, дәулет тапсырыс келмеді`, `salom, ozoda qachon keladi`). After an everyday word the greeting has no
// addressee (`salom, bahor keldi` "hi, spring has come", `сәлем, айна сынып қалды` "the mirror broke"). Curated for
// pii-gate from general knowledge; CC0 / MIT of this repository.
const addressedOpeners = new Set([
  // ru
  'заказ', 'заказа', 'заказу', 'с', 'по', 'у', 'мне', 'вы', 'вам', 'вас', 'спасибо', 'где', 'когда', 'как', 'подскажите', 'скажите',
  'пожалуйста', 'номер', 'оплата', 'оплатил', 'оплатила', 'курьер', 'доставка', 'цены', 'цена', 'чек', 'можно', 'я', 'мой', 'моя', 'мы',
  // uz-latn
  'buyurtma', 'buyurtmam', 'buyurtmani', 'chek', 'pul', 'qachon', 'qanday', 'rahmat', 'sizga', 'siz', 'sizning', 'hammasi', 'kuryer',
  'email', 'yordam', 'iltimos', 'men', 'menga', 'mening', 'telefon', 'raqam', 'raqamim', "to'lov", 'narx', 'narxi', 'karta', 'kartaga',
  // uz-cyrl
  'буюртма', 'буюртмам', 'буюртмани', 'пул', 'қачон', 'қандай', 'раҳмат', 'рахмат', 'сизга', 'сиз', 'ҳаммаси', 'ёрдам', 'илтимос', 'мен',
  'менга', 'менинг', 'телефон', 'рақам', 'рақамим', 'тўлов', 'нарх', 'карта', 'картага',
  // kk
  'тапсырыс', 'тапсырысым', 'тапсырысты', 'деректемелер', 'төлем', 'қашан', 'қалай', 'рақмет', 'рахмет', 'сізге', 'сіз', 'бәрі', 'бәрін',
  'көмек', 'өтінемін', 'маған', 'менің', 'нөмір', 'нөмірім', 'баға', 'ақша', 'картаға',
  // ky
  'төлөм', 'качан', 'кантип', 'сизге', 'баары', 'баарын', 'жардам', 'суранам', 'мага', 'менин', 'номерим', 'баа', 'акча', 'картага',
]);

/** A greeting's only or first word: findGreetedNames acts only after one (scan.ts ORs it into WordGate.Greeting). */
export function greetingOpenerWord(word: string): boolean {
  return oneWordGreetings.has(word) || twoWordGreetings.has(word);
}

/**
 * Adds the ambiguous first name after a line-opening greeting and perhaps a comma (see the header), in lower case, in its
 * base form, four letters or more, no place, no cue word, no Russian everyday word after a Russian greeting (`вера`,
 * `роза`: `здравствуйте, роза завяла`), before a comma, the end of the line, a number or a word that opens what a
 * customer writes (addressedOpeners). Adds to the scan's spans (sorted, disjoint).
 */
export function findGreetedNames(text: string, tokens: readonly Token[], folded: readonly string[], words: readonly WordInfo[], spans: Span[], resources: NameResources, turkic: boolean): void {
  let found: Span[] | undefined;
  const count = tokens.length;
  for (let g = 0; g + 1 < count; g++) {
    // WordGate.Greeting is greetingOpenerWord() of the word: one field read spares most words both lookups below.
    if ((words[g]!.gates & WordGate.Greeting) === 0) continue;
    let last = g;
    const pair = twoWordGreetings.get(folded[g]!);
    if (pair !== undefined && pair.has(folded[g + 1]!)) last = g + 1;
    else if (!oneWordGreetings.has(folded[g]!)) continue;
    // The greeting opens the text or a line.
    if (g > 0 && !lineBreakBetween(text, tokens[g - 1]!.end, tokens[g]!.start)) continue;
    // `асалому алайкум`: a two-word greeting is no name, though its first word, misspelt, reads as one.
    if (last > g) dropSpansOver(spans, tokens[g]!.start, tokens[g]!.end);
    const k = last + 1;
    if (k >= count || !commaBetween(text, tokens[last]!.end, tokens[k]!.start)) continue;
    const token = tokens[k]!;
    const word = folded[k]!;
    if (token.hasDigit || word.length < 4 || text.charCodeAt(token.start) !== word.charCodeAt(0) || resources.cueWords.has(word)) continue;
    const evidence = words[k]!.evidence(token.cyrillic, resources, turkic);
    if ((evidence.nameFlags & WordFlag.First) === 0 || evidence.endingLength !== 0 || evidence.stopFlags & WordFlag.Place || evidence.placeName === true) continue;
    if (token.cyrillic && !turkic && resources.commonWords.has(word)) continue;
    if (!continuesAsAddressed(text, tokens, folded, k)) continue;
    if (coveredAtThreshold(spans, token)) continue;
    (found ??= []).push({ start: token.start, end: token.end, type: 'NAME', score: nameWeights.lowerVocative, source: 'name:cue', normalized: evidence.base });
    // The name typed twice is the name twice.
    const again = tokens[k + 1];
    if (again !== undefined && folded[k + 1] === word && again.start === token.end + 1 && !coveredAtThreshold(spans, again)) found.push({ start: again.start, end: again.end, type: 'NAME', score: nameWeights.lowerVocative, source: 'name:cue', normalized: evidence.base });
  }
  if (found !== undefined) mergeReplacing(spans, found);
}

/** Spaces and at most one comma between `from` and `to`. */
function commaBetween(text: string, from: number, to: number): boolean {
  let commas = 0;
  for (let at = from; at < to; at++) {
    const code = text.charCodeAt(at);
    if (code === 44) commas++;
    else if (code !== 32) return false;
  }
  return commas <= 1 && to > from;
}

/** After token `k`: a comma, `!` or `?`, the end of the line, a number, or, one space on, a word of addressedOpeners or the name again. */
function continuesAsAddressed(text: string, tokens: readonly Token[], folded: readonly string[], k: number): boolean {
  const next = tokens[k + 1];
  if (next === undefined) return true;
  const end = tokens[k]!.end;
  if (lineBreakBetween(text, end, next.start)) return true;
  const after = text.charCodeAt(end);
  if (after === 44 || after === 33 || after === 63) return true;
  if (next.start !== end + 1 || after !== 32) return false;
  // `салам, бермет бермет баарын …`: the name typed twice.
  return next.hasDigit || addressedOpeners.has(folded[k + 1]!) || folded[k + 1] === folded[k];
}

/** A span of the scan at or above the threshold already covers the token. */
function coveredAtThreshold(spans: readonly Span[], token: Token): boolean {
  for (const span of spans) if (span.start < token.end && span.end > token.start && span.score >= 0.5) return true;
  return false;
}

/** Removes, in place, the spans from `start` to `end` exactly, but not a name the caller knows (`name:known`). */
function dropSpansOver(spans: Span[], start: number, end: number): void {
  for (let i = spans.length - 1; i >= 0; i--) {
    const span = spans[i]!;
    if (span.start === start && span.end === end && span.source !== 'name:known') spans.splice(i, 1);
  }
}
