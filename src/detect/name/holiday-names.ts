// Holidays named like men: Рамазан / Ramazon and Курбан / Qurbon are common given names (`Рамазан Тошматов`,
// `заказ доставил Курбан`) and the feasts of Ramadan and Eid al-Adha (`Рамазан хайит муборак`, `Qurbon hayit`,
// `поздравляем с Рамазаном`, `во время Рамазана`). The lists hold them as ambiguous given names; the words around
// them say when they are the feast.

import type { Token } from '../../text/tokenize.js';
import type { Span } from '../../types.js';
import { dropSpans } from './span-filter.js';

/** Entry condition of dropHolidayNames (scan.ts ORs it into WordGate.HolidayName): a form of a feast's name. */
export function holidayNameWord(word: string): boolean {
  for (const stem of feastStems) if (word.startsWith(stem) && word.length - stem.length <= 3) return true;
  return false;
}

/** Removes, in place, spans holding a feast's name that the words around it read as the feast. */
export function dropHolidayNames(text: string, tokens: readonly Token[], folded: readonly string[], spans: Span[]): void {
  dropSpans(text, tokens, folded, spans, namesFeast, undefined);
}

function namesFeast(_text: string, tokens: readonly Token[], folded: readonly string[], first: number, last: number, span: Span): boolean {
  if (span.source === 'name:known') return false;
  for (let k = first; k <= last; k++) {
    if (!holidayNameWord(folded[k]!)) continue;
    // `Рамазан хайит`, `Курбан-байрам`, `Ramazon oyi`, `Құрбан айт`: the feast's own word follows.
    if (k + 1 < tokens.length && feastWord(folded[k + 1]!) && tokens[k + 1]!.start - tokens[k]!.end <= 1) return true;
    if (first !== last || k === 0) continue;
    // A lone feast's name after a word for a time or a congratulation (`во время Рамазана`, `с Рамазаном` after
    // `поздравляем`, `в Рамазан`: a person would be `в Рамазана`).
    const before = folded[k - 1]!;
    if (timeWords.has(before)) return true;
    if ((before === 'с' || before === 'со') && k >= 2 && congratulation.test(folded[k - 2]!)) return true;
    if ((before === 'в' || before === 'во') && feastStems.includes(folded[k]!)) return true;
    // `с Наврузом и Рамазаном`: coordinated with another feast.
    if ((before === 'и' || before === 'va' || before === 'ва' || before === 'және') && k >= 2 && otherFeast.test(folded[k - 2]!)) return true;
  }
  return false;
}

const feastStems = ['рамазан', 'рамазон', 'ramazon', 'ramazan', 'курбан', 'курбон', 'құрбан', 'қурбон', 'qurbon', 'kurban'];

// Hayit, bayram, ayt (feast), oy (month), muborak (blessed), in every script, with possessive and case endings.
function feastWord(word: string): boolean {
  return feastWordPattern.test(word);
}
const feastWordPattern = /^(?:хайит|ҳайит|hayit|хаит|байрам|bayram|айт|айы|айын|oy[ie]|ой[иі]|муборак|muborak|мейрам|майрам)/u;

const timeWords = new Set(['время', 'месяц', 'месяца', 'месяце', 'дни', 'день', 'дней', 'праздник', 'праздником', 'праздника', 'праздники', 'до', 'после', 'перед', 'накануне']);
const otherFeast = /^(?:навруз|наурыз|нооруз|navruz|navro'z|новым|рождеств|пасх|хайит|ҳайит|hayit|байрам|bayram)/u;
const congratulation = /^(?:поздрав|табрик|tabrik|құттықта|куттукта)/u;
