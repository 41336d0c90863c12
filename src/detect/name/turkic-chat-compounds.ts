// A noun in a compound verb with "make/do" is no person, though it may be a given name too: Kyrgyz `Кайрат кылып`
// ("making an effort"), Kazakh `Қайрат қылып`, Uzbek `Harakat qilib`; nor is a lower-case predicate before Uzbek
// "be" (`kuryer rozi bo'lmadi`). A person before the converb would need an
// object or an ending (`Кайрат иш кылып`, `Кайратка жардам кылып`): bare and right before it, the noun is the deed.

import type { Token } from '../../text/tokenize.js';
import type { Span } from '../../types.js';
import { onlySpaces } from './gaps.js';
import { dropSpans } from './span-filter.js';

// Converbs of the light verbs "make, do" (Kyrgyz кыл-, эт-; Kazakh қыл-, ет-; Uzbek qil-, et- in both scripts).
// Written for pii-gate from standard grammars; past tenses are left out (`Кайрат кылды` may be "Kairat did it").
const lightConverbs: ReadonlySet<string> = new Set(['кылып', 'қылып', 'этип', 'етіп', 'qilib', 'etib', 'қилиб', 'этиб']);

/** Entry condition of dropCompoundNouns (scan.ts ORs it into WordGate.LightConverb): the word after a span dropped. */
export function lightConverb(word: string): boolean {
  return lightConverbs.has(word) || copula(word);
}

// Uzbek "be, become" (bo'l-, бўл-): `kuryer rozi bo'lmadi` ("the courier did not agree"), `хурсанд бўлдим`. A lower-case
// word right before it is its predicate (an adjective or noun: `rozi`, `xursand`), though a list may hold it as a given
// name too; a person there is capitalised (`Rozi bo'ldi` may be "Rozi became …"). Not `emas` "is not": `bu dilnoza
// emas` ("that is not Dilnoza") names a person.
const copulaStems: readonly string[] = ["bo'l", 'бўл'];
function copula(word: string): boolean {
  for (const stem of copulaStems) if (word.startsWith(stem)) return true;
  return false;
}

/** Removes, in place, a one-word span right before a light-verb converb (above). `name:known` stays. */
export function dropCompoundNouns(text: string, tokens: readonly Token[], folded: readonly string[], spans: Span[]): void {
  dropSpans(text, tokens, folded, spans, compoundNoun, undefined);
}

function compoundNoun(text: string, tokens: readonly Token[], folded: readonly string[], first: number, last: number, span: Span): boolean {
  const next = last + 1;
  if (first !== last || next >= tokens.length || span.source === 'name:known') return false;
  if (tokens[first]!.start !== span.start || span.end !== tokens[last]!.end || !onlySpaces(text, tokens[last]!.end, tokens[next]!.start, 1)) return false;
  if (!lightConverbs.has(folded[next]!)) return copula(folded[next]!) && text.charCodeAt(span.start) === folded[first]!.charCodeAt(0);
  // `Dilnoza qilib berdi`, `Кайрат кылып койду`: the converb before "give" or "put" is a person's deed for someone.
  const after = folded[next + 1];
  return after === undefined || !auxiliaryStems.some((stem) => after.startsWith(stem));
}
const auxiliaryStems: readonly string[] = ['бер', 'ber', 'кой', 'қой', "qo'y", 'qoy', 'кўй', 'чык', 'шық', 'chiq', 'чиқ', 'ал', 'ол', 'ol'];
