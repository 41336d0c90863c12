// Given-name formation endings (-qul, -nazar, -ali, -bonu, -бүбү, -хан) on unknown words, with an optional case ending.

import { readPatternList } from '../../patterns.js';
import { foldWord } from '../../text/normalize.js';
import { skeleton } from '../../text/translit.js';

// Skeletons, so `қул`, `құл` and `qul` are one entry. Loaded once per process or worker.
let endings: readonly string[] | undefined;
function givenEndings(): readonly string[] {
  endings ??= readPatternList('names/turkic-given-endings.txt').flatMap((line) => line.split(/\s+/u)).map((entry) => skeleton(foldWord(entry)));
  return endings;
}

// Case endings a given name takes in Uzbek (Latin and Cyrillic), Kazakh and Kyrgyz, longest first within each
// length; no plural or possessive (`-lari`, `-жаны` make nouns). Source: standard grammars.
const caseEndings = new Set([
  'ning', 'ni', 'ga', 'ka', 'qa', 'da', 'dan',
  'нинг', 'ни', 'га', 'ка', 'қа', 'да', 'дан',
  'ның', 'нің', 'дың', 'дің', 'тың', 'тің', 'ға', 'ге', 'ке', 'ны', 'ні', 'ды', 'ді', 'ты', 'ті', 'нан', 'нен', 'дан', 'ден', 'тан', 'тен', 'мен', 'бен', 'пен',
  'нын', 'нун', 'нүн', 'нин', 'дын', 'дин', 'дун', 'дүн', 'тын', 'тин', 'тун', 'түн', 'го', 'гө', 'ко', 'кө', 'ну', 'нү', 'ди', 'ду', 'дү', 'ти', 'ту', 'тү',
]);
const longestCase = 4;

// One answer per word: asked only in cue positions and for unknown capitalised words, and words repeat.
const answers = new Map<string, number>();
const answersLimit = 10_000;

/**
 * How `word` (folded) is shaped: 0 not like a given name; 1 a base form ending like one (`eshqul`); 2 a case ending
 * after a stem ending like one (`islomnazarning`, `дәулетханның`). The stem keeps at least three letters before the
 * name ending (`Қул`, `Nazar` alone are words).
 */
export function turkicGivenShape(word: string): number {
  if (word.length < 5) return 0;
  let answer = answers.get(word);
  if (answer === undefined) {
    answer = findShape(word);
    if (answers.size >= answersLimit) answers.clear();
    answers.set(word, answer);
  }
  return answer;
}

function findShape(word: string): number {
  if (endsLikeGivenName(skeleton(word))) return 1;
  for (let cut = 2; cut <= longestCase && cut <= word.length - 5; cut++) {
    if (caseEndings.has(word.slice(word.length - cut)) && endsLikeGivenName(skeleton(word.slice(0, word.length - cut)))) return 2;
  }
  return 0;
}

function endsLikeGivenName(key: string): boolean {
  for (const ending of givenEndings()) if (key.length >= ending.length + 3 && key.endsWith(ending)) return true;
  return false;
}
