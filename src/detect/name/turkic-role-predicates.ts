// A service role followed by a Turkic adjective or predicate: `курьер сыпайы` "the courier is polite", `оператор
// сабырлы`, `курьер жаксы екен`. Turkic drops the present copula, so a role word opening its clause and one word ending
// it read as subject and predicate, not as a role and its holder's name; nor does a word with an adjective suffix
// (`-лы`, `-сыз`, Kyrgyz `-луу`, Uzbek `-li`), nor one before `екен` "it turns out", nor a degree word (`аябай сылык`).

import type { Token } from '../../text/tokenize.js';
import { onlySpaces } from './gaps.js';
import { EndingSet } from './suffixes.js';

// Adjective-forming suffixes: Kazakh -лы/-лі "having", -сыз/-сіз "without"; Kyrgyz -луу/-дуу/-туу (and their front
// and rounded forms), -сыз/-суз; Uzbek -li/-siz, -ли/-сиз in Cyrillic. No case ending has these shapes.
const adjectiveSuffix = new EndingSet(['лы', 'лі', 'сыз', 'сіз', 'сиз', 'суз', 'сүз', 'луу', 'лүү', 'дуу', 'дүү', 'туу', 'түү', 'ли', 'li', 'siz']);
// Kazakh -ды/-ді/-ты/-ті "having" (after л, м, н, з and voiceless consonants) are also the accusative (`менеджер
// азаматты мақтаймын` "I praise manager Azamat"): an adjective only where the clause ends or a copula follows.
const adjectiveOrAccusative = new EndingSet(['ды', 'ді', 'ты', 'ті']);

// Patronymics end in -лы too (`ержанұлы`, Kyrgyz `уулу`).
const patronymicWord = new EndingSet(['ұлы', 'улы', 'үлы', 'уулу']);

// Copulas and evidential particles after a predicate: "it turns out", "was", "became" (Kazakh, Kyrgyz, Uzbek).
const copulas = new Set(['екен', 'экен', 'экан', 'eken', 'ekan', 'еді', 'эди', 'edi', 'ғой', 'го', 'goy', 'болды', 'болду', 'boldi', 'бопты', 'болыпты', 'болуптур', 'bo‘ldi', "bo'ldi", 'бўлди', 'болып', 'болуп']);

// Degree words that stand before an adjective (`курьер аябай сылык`): never the name after a role.
const degreeWords = new Set(['өте', 'өтө', 'аябай', 'абдан', 'эң', 'ең', 'нағыз', 'накта', 'жуда', 'juda', 'жудаям', 'judayam', 'сондай', 'шундай', 'shunday', 'ушундай', 'ушунчалик', 'ушунчалық', 'тым', 'кәдімгі', 'ото', 'eng']);

/**
 * Token `i`, right after a service role word, reads as a predicate or adjective: a degree word, a word before a
 * copula, a word with an adjective suffix when `suffixed` asks for that test (turkicRoleAdjective; `listed`: a listed
 * name read through the ending, `ақылды` = Ақыл + -ды), or, when `bare` allows it, a word ending a clause the role
 * opens.
 */
export function turkicRolePredicate(text: string, tokens: readonly Token[], folded: readonly string[], i: number, suffixed: boolean, listed: boolean, bare: boolean): boolean {
  const word = folded[i]!;
  if (degreeWords.has(word)) return true;
  const next = tokens[i + 1];
  if (next !== undefined && copulas.has(folded[i + 1]!) && onlySpaces(text, tokens[i]!.end, next.start, 2)) return true;
  if (suffixed && turkicRoleAdjective(text, tokens, folded, i, listed)) return true;
  return bare && roleOpensClause(text, tokens, i - 1) && clauseEndsAt(text, tokens[i]!.end);
}

// Negative converbs, "without …-ing" (`кешікпей келді` "came without delay", `күттірмей`): how a role acted. Not -май
// or -бай, which given names end in (`Бегимай`, `Сағынбай`).
const negativeConverb = new EndingSet(['пей', 'бей', 'мей', 'пай']);

/**
 * Token `i`, right after a service role word and before a deed, is how the role acted, not its name: a degree word
 * (`курьер аябай сылык`) or a negative converb (`курьер кешікпей келді`).
 */
export function turkicRoleManner(word: string): boolean {
  return degreeWords.has(word) || (word.length >= 6 && negativeConverb.test(word));
}

/**
 * Token `i`, right after a service role, is a listed given name read through an adjective suffix and ending its
 * clause or followed by a copula: `курьер мейірімді.` is "the courier is kind", not Мейірім in the accusative (which
 * a verb would follow: `курьер мейірімді шақырды`).
 */
export function turkicRoleAdjective(text: string, tokens: readonly Token[], folded: readonly string[], i: number, listed = true): boolean {
  const word = folded[i]!;
  if (word.length < 5 || patronymicWord.test(word)) return false;
  // A word on no list keeps its name reading before another word: given names end in -лі too (`Дәмелі`).
  if (listed && adjectiveSuffix.test(word)) return true;
  if (!adjectiveOrAccusative.test(word) && !adjectiveSuffix.test(word)) return false;
  const next = tokens[i + 1];
  return clauseEndsAt(text, tokens[i]!.end) || (next !== undefined && copulas.has(folded[i + 1]!) && onlySpaces(text, tokens[i]!.end, next.start, 2));
}

// The role word opens the text, a sentence, or a clause after `, ; :` or a line break.
function roleOpensClause(text: string, tokens: readonly Token[], role: number): boolean {
  const token = tokens[role]!;
  if (token.sentenceStart || role === 0) return true;
  for (let at = token.start - 1; at >= 0; at--) {
    const code = text.charCodeAt(at);
    if (code === 32 || code === 9) continue;
    return code === 44 || code === 59 || code === 58 || code === 10 || code === 46 || code === 33 || code === 63;
  }
  return true;
}

// The text ends after `end`, or `. ! ? , ;` or `)` follows it (not `:`, a speaker label, nor a bare line break).
function clauseEndsAt(text: string, end: number): boolean {
  for (let at = end; at < text.length; at++) {
    const code = text.charCodeAt(at);
    if (code === 32 || code === 9) continue;
    return code === 46 || code === 33 || code === 63 || code === 44 || code === 59 || code === 41;
  }
  return true;
}
