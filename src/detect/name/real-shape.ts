// Name-forming endings behind a case ending: `Нұржанға`, `Azizbekning`, `Гүлнұрдың` have the shape of a given name.

import { skeleton } from '../../text/translit.js';
import type { NameResources } from './resources.js';
import { WordAnswers } from './word-answers.js';

// Case endings a Central Asian given name takes (genitive, dative, accusative, locative, ablative, instrumental),
// per script, every vowel-harmony variant; no plural or possessive (`Бекзаттар` is a family, `-жаны` a noun).
// Source: standard grammars of Kazakh, Kyrgyz and Uzbek.
const caseEndings = new Set([
  // Kazakh
  'ның', 'нің', 'дың', 'дің', 'тың', 'тің', 'ға', 'ге', 'қа', 'ке', 'ны', 'ні', 'ды', 'ді', 'ты', 'ті', 'да', 'де', 'та', 'те', 'дан', 'ден', 'тан', 'тен', 'нан', 'нен', 'мен', 'бен', 'пен',
  // Kyrgyz
  'нын', 'нин', 'нун', 'нүн', 'дын', 'дин', 'дун', 'дүн', 'тын', 'тин', 'тун', 'түн', 'га', 'го', 'гө', 'ка', 'ко', 'кө', 'ну', 'нү', 'ди', 'ду', 'дү', 'ти', 'ту', 'тү', 'до', 'дө', 'то', 'тө', 'дон', 'дөн', 'тон', 'төн', 'нон', 'нөн', 'менен', 'ни',
  // Uzbek Cyrillic and Latin
  'нинг', 'ни', 'қа', 'ning', 'ni', 'ga', 'ka', 'qa', 'da', 'dan', 'bilan',
]);
const longestEnding = 5;

// One answer per word: the scan asks about each unknown capitalised token, and words repeat.
const answers = new WordAnswers(20_000);

/**
 * True when `word` (folded) is a case ending on a stem that ends like a Central Asian given name (-bek, -jon, -gul,
 * -boy: names/morphemes.txt), the stem long enough that the name ending is not the whole word (`Бекке` is not).
 */
export function nameShapeBeforeCaseEnding(word: string, resources: NameResources): boolean {
  if (word.length < 6) return false;
  return answers.get(word) ?? answers.remember(word, findShape(word, resources));
}

/** nameShapeBeforeCaseEnding() without its answer map, for a caller that remembers the answer itself (vocabulary.ts). */
export function nameShapeBeforeCaseEndingAfresh(word: string, resources: NameResources): boolean {
  return word.length >= 6 && findShape(word, resources);
}

function findShape(word: string, resources: NameResources): boolean {
  for (let cut = 2; cut <= longestEnding && cut <= word.length - 4; cut++) {
    if (!caseEndings.has(word.slice(word.length - cut))) continue;
    const key = skeleton(word.slice(0, word.length - cut));
    if (resources.nameEndings.some((ending) => key.length >= ending.length + 3 && key.endsWith(ending))) return true;
  }
  return false;
}

