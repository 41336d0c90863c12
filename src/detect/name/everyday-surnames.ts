// When a capitalised everyday word after a listed given name is no surname: the given name ended a clause whose
// punctuation was left out (`Спасибо Мадина Хорошего дня`, `Оператор Мадина Отправила чек`, `Айгүл Тапсырыс нөмірі`).
// Russian surnames that are everyday words stand in the given name's case (`Виктор Понедельник`, `Виктора
// Понедельника`), so an oblique adjective or noun form after a given name in its base form, or a past-tense verb,
// reads as the next clause; Kazakh, Kyrgyz and Uzbek surnames are never Turkic everyday words.

import { russianOpenerWord } from './run-on-openers.js';
import { EndingSet } from './suffixes.js';

// Oblique adjective and noun forms no nominative surname ends in (`Хорошего`, `Компенсацию`, `Документами`); not
// -ой, -ий, -ый (`Толстой`, `Грозный`) or -ом, -ах (`Гром`, `Шах`).
const obliqueEnding = new EndingSet(['ого', 'его', 'ому', 'ему', 'ыми', 'ими', 'ую', 'юю', 'ию', 'ами', 'ями']);
// Feminine, neuter and plural past tense (`Отправила`, `Купили`); not the masculine -л (`Орел`, `Сокол`), nor
// foreign surnames that merely end so (`Пула`, `Проди`: the vowel before -ла/-ли is checked, and the length).
const pastTenseEnding = new EndingSet(['ала', 'яла', 'ила', 'ела', 'ыла', 'али', 'яли', 'или', 'ели', 'ыли', 'ало', 'яло', 'ило', 'ело']);

/**
 * True when `word` (folded), a capitalised everyday word right after a listed given name, opens the next clause
 * rather than being the surname. `givenInBaseForm`: the given name carries no case ending; `russianWord`: the Russian
 * lexicon knows the word; `turkic`: the text is Kazakh, Kyrgyz or Uzbek.
 */
export function everydayWordOpensClause(word: string, givenInBaseForm: boolean, russianWord: boolean, turkic: boolean): boolean {
  // `Айгүл Тапсырыс…`: a Turkic everyday word (a Russian one may be a surname: `Эдуард Кон`, `Қанат Ислам`).
  if (!russianWord) return turkic;
  // `Жанна Мой номер`, `Анна Можно…`: a pronoun, preposition or adverb opening a sentence.
  if (russianOpenerWord(word)) return true;
  if (word.length >= 6 && pastTenseEnding.test(word)) return true;
  return givenInBaseForm && word.length >= 5 && obliqueEnding.test(word);
}

// Kazakh, Kyrgyz and Uzbek case endings a loanword takes (`Чекті`, `Чекти`, `Чекни`, `Заказга`, `Номерге`).
const turkicCaseEndings: ReadonlySet<string> = new Set(['ті', 'ты', 'ти', 'ды', 'ді', 'ду', 'дү', 'ту', 'тү', 'ни', 'ні', 'ны', 'ну', 'нү', 'ге', 'ға', 'ке', 'қа', 'га', 'ка', 'гә', 'да', 'де', 'та', 'те', 'дан', 'ден', 'тан', 'тен', 'нан', 'нен', 'дын', 'дин', 'тын', 'тин', 'ның', 'нің', 'дың', 'дің', 'тың', 'тің', 'нинг']);

/**
 * `Айгүл Чекті поштасына жібердік`: in Turkic text, a Russian everyday noun with a Turkic case ending after a given
 * name is the object of the next clause, not a surname (which a case ending would follow as `Мудряктың`).
 */
export function loanNounWithTurkicCase(word: string, isRussianWord: (folded: string) => boolean): boolean {
  for (let length = 2; length <= 4; length++) {
    const stem = word.length - length;
    if (stem < 3) break;
    if (turkicCaseEndings.has(word.slice(stem)) && isRussianWord(word.slice(0, stem))) return true;
  }
  return false;
}

// `Көмектескенімізге`, `бергенибизге`, `buyurtmangizni`: "our" or "your" on a Turkic word, with a case ending or
// not. No surname takes a first- or second-person possessive.
const personalPossessive = /(?:ымыз|іміз|ибиз|ыбыз|убуз|үбүз|ңыз|ңіз|ңиз|нгиз|imiz|ingiz|ngiz)(?:ға|ге|қа|ке|га|ка|да|де|та|те|дан|ден|тан|тен|нан|нен|ды|ді|ны|ні|ду|дү|ну|нү|ни|дың|дің|ның|нің|дын|дин|нын|нин|нинг|ga|ka|da|dan|ni|ning)?$/u;

/** A Turkic word carrying "our" or "your" (personalPossessive): it opens the next clause after a given name. */
export function turkicPersonalPossessive(word: string): boolean {
  return word.length >= 7 && personalPossessive.test(word);
}
