// Requests about a person in Central Asian chat: `X-ni chaqirib bering` (call X over), `осы нөмірге X хабарлассын`
// (X should call this number), `скажите Xga` (tell X, a Turkic dative after a Russian request).

import { EndingSet } from './suffixes.js';
import type { NameResources } from './resources.js';

// Verbs of calling someone over (Uzbek Latin/Cyrillic, Kazakh, Kyrgyz): their object is a person, in the accusative.
const summonVerbs: ReadonlySet<string> = new Set(['chaqirib', 'chaqiring', 'chaqirvoring', 'чақириб', 'чақиринг', 'шақырып', 'шақырыңыз', 'шақырыңызшы', 'чакырып', 'чакырыңыз', 'чакырыңызчы']);

/** The word after a candidate is a verb of calling someone over (cues/name-call-verbs.txt lists them too). */
export function beforeSummonVerb(next: string | undefined): boolean {
  return next !== undefined && summonVerbs.has(next);
}

// Accusative endings (two letters each), Uzbek -ni, Kazakh -ны/-ні/-ды/-ді/-ты/-ті, Kyrgyz -ны/-ди/-ду/-ту/-нү/…
const accusative = new EndingSet(['ni', 'ни', 'ны', 'ні', 'ды', 'ді', 'ты', 'ті', 'ди', 'ти', 'ну', 'нү', 'ду', 'дү', 'ту', 'тү']);
// A possessive or plural before the accusative (`bittasini`, `ларни`, `менеджерлерді`): a thing or a group.
const possessiveOrPlural = new EndingSet(['si', 'си', 'сы', 'сі', 'lar', 'ler', 'лар', 'лер', 'дар', 'дер', 'тар', 'тер', 'ngiz', 'нгиз', 'ңыз', 'ңіз', 'ңиз']);

/**
 * `ixtiyorni chaqirib bering`, `сайкалды чакырып бериңизчи`: the accusative object of a verb of calling over is
 * the person, unless the stem is a role (`operatorni`, `менеджерді`), a possessive or plural, or short (`uni`,
 * `kimni`).
 */
export function summonedPerson(word: string, resources: NameResources): boolean {
  // Every accusative ending has two letters.
  if (!accusative.test(word)) return false;
  const stem = word.slice(0, word.length - 2);
  return stem.length >= 4 && !possessiveOrPlural.test(stem) && !resources.roles.has(stem) && !resources.speakerLabels.has(stem) && !resources.cueWords.has(stem);
}

// The dative of "number" (`осы нөмірге ерлан хабарлассын`, `ушул номерге`, `shu raqamga`): the person asked to call
// stands right after it, as after the digits themselves.
const numberDatives: ReadonlySet<string> = new Set(['нөмірге', 'номерге', 'номурга', 'номерга', 'nomerga', 'raqamga', 'рақамга', 'raqamimga', 'рақамимга', 'нөміріме', 'номериме']);
export function afterNumberDative(folded: readonly string[], i: number): boolean {
  return i > 0 && numberDatives.has(folded[i - 1]!);
}

// Russian requests to tell or pass on (cues/name-before.txt has them as strong cues).
const tellRequests: ReadonlySet<string> = new Set(['скажите', 'передайте', 'скажи', 'передай']);
/** `скажите jasurga …`: a Russian request to tell right before the word (code-switched chat names the person in Uzbek). */
export function afterTellRequest(folded: readonly string[], i: number): boolean {
  return i > 0 && tellRequests.has(folded[i - 1]!);
}
