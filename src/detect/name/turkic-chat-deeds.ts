// A lower-case opener, then what it did with an object or an adverb between: `айтолгон заказды алып келди`,
// `ақбөпе бүгін келді`, `dilshod buyurtmani olib keldi`, `айтолгон телефонду көтөрбөй жатат` (the deed right after
// the opener is chat-addressed.ts's).

import type { Token } from '../../text/tokenize.js';
import { onlySpaces } from './gaps.js';
import type { WordEvidence } from './analyze.js';
import type { NameResources } from './resources.js';
import { EndingSet } from './suffixes.js';
import { personActWord } from './turkic-person-acts.js';
import { GivenShape, turkicGivenShape } from './turkic-shape.js';
import { foldedWordSet } from './folded-words.js';

// Accusatives (Kazakh -ны/-ды/-ты, -н after a possessive; Kyrgyz -ну/-дү/-ту…; Uzbek -ni, -ini): the object a
// person did something with. Source: standard grammars.
const accusative = new EndingSet(['ны', 'ні', 'ды', 'ді', 'ты', 'ті', 'ну', 'нү', 'ду', 'дү', 'ту', 'тү', 'ни', 'ди', 'ти', 'ni', 'сын', 'сін', 'сун', 'сүн']);
// Converbs of a compound verb (`алып келди`, `olib keldi`).
const converb = new EndingSet(['ып', 'іп', 'уп', 'үп', 'ип', 'ib', 'иб']);

// After an object, what a person keeps doing or not doing, not only the past (`телефонды көтермей жатыр`, `заказды
// алган жок`, `телефонду албайт`, `telefonni ko'tarmayapti`): a negative converb before "is lying/standing" (the
// progressive), a participle before "no", a present or progressive in the third person. Source: standard grammars.
const negativeConverb = new EndingSet(['май', 'мей', 'бай', 'бей', 'пай', 'пей', 'бой', 'бөй', 'пой', 'пөй', 'мой', 'мөй', 'may', 'may']);
const progressiveAuxiliary = new Set(['жатыр', 'жатат', 'жатады', 'тұр', 'турат', 'жүр', 'жүрөт', 'yotibdi', 'yotipti', 'yotir', 'ётибди', 'ётипти', 'ётир']);
const participle = new EndingSet(['ған', 'ген', 'қан', 'кен', 'ган', 'кан', 'гон', 'гөн', 'кон', 'көн', 'gan', 'kan']);
const negation = new Set(['жоқ', 'жок', "yo'q", 'йўқ', 'емес', 'эмес', 'emas', 'эмас']);
const presentThird = new EndingSet(['йды', 'йді', 'ады', 'еді', 'йт', 'ат', 'ет', 'от', 'өт', 'ади', 'йди', 'adi', 'aydi', 'moqda', 'моқда', 'yapti', 'япти', 'mayapti', 'маяпти']);

/** Token `j` (and the one after it) is an ongoing or negated deed (above). */
function ongoingDeed(text: string, tokens: readonly Token[], folded: readonly string[], j: number): boolean {
  const word = folded[j]!;
  if (word.length < 5) return false;
  const next = folded[j + 1];
  const joined = next !== undefined && onlySpaces(text, tokens[j]!.end, tokens[j + 1]!.start, 2);
  if (negativeConverb.test(word)) return joined && progressiveAuxiliary.has(next);
  if (participle.test(word)) return joined && negation.has(next);
  return presentThird.test(word);
}

/**
 * One or two words after token `k` (same line, spaces only) are manner or time words (cues/name-turkic-manner-words.txt),
 * objects in the accusative or converbs, and the word after them is a deed done by a person: `deed` says so, or,
 * after an object, an ongoing or negated deed (above).
 */
export function deedAfterObject(text: string, tokens: readonly Token[], folded: readonly string[], k: number, deed: (j: number) => boolean): boolean {
  let object = false;
  for (let j = k + 1; j <= k + 2 && j + 1 < tokens.length; j++) {
    const token = tokens[j]!;
    const word = folded[j]!;
    if (token.hasDigit || !onlySpaces(text, tokens[j - 1]!.end, token.start, 2)) return false;
    if (word.length >= 4 && accusative.test(word)) object = true;
    else if (!(word.length >= 4 && converb.test(word)) && !personActWord(word)) return false;
    const verb = tokens[j + 1]!;
    if (verb.hasDigit || !onlySpaces(text, token.end, verb.start, 2)) return false;
    if (deed(j + 1) || (object && ongoingDeed(text, tokens, folded, j + 1))) return true;
  }
  return false;
}

// The given-name endings of names/turkic-given-endings.txt that read as a verb or a possessive: "came" (-келді,
// -keldi, -гелди), "gave" (-берді, -berdi), "given" (-берген, -bergen); "beloved", "my lady" (-санам, -бегим, -хоним:
// -ам/-им is also "my").
const verbEndings = new EndingSet(['келді', 'келди', 'гелді', 'гелди', 'keldi', 'geldi', 'берді', 'берди', 'berdi', 'берген', 'bergen', 'санам', 'sanam', 'бегим', 'begim', 'хоним', 'xonim']);

/**
 * `word` is on no list and ends in a given-name ending that reads as a verb or possessive (above) after a stem of
 * three letters or more (`жанкелді`, `құдайберген`, `allaberdi`, `shohsanam`; not `жіберді`, `жіберген`), which the
 * verb-ending tests turn away.
 */
export function verbLikeGivenName(word: string, evidence: WordEvidence, resources: NameResources): boolean {
  if (word.length < 7 || !verbEndings.test(word) || evidence.nameFlags !== 0 || evidence.stopFlags !== 0 || resources.cueWords.has(word)) return false;
  return turkicGivenShape(word) === GivenShape.Base;
}

/**
 * One of the three words after token `i` (same line, spaces only, no number) is a deed done by a person (`deed`):
 * `рахмат айтолгон тез жеткирди`, `rahmat zarlixa uyga olib keldi` (thanks, then who did what).
 */
export function deedFollows(text: string, tokens: readonly Token[], folded: readonly string[], i: number, deed: (j: number) => boolean): boolean {
  for (let j = i + 1; j <= i + 3 && j < tokens.length; j++) {
    const token = tokens[j]!;
    if (token.hasDigit || !onlySpaces(text, tokens[j - 1]!.end, token.start, 2)) return false;
    // Right after the word, "came" may be said of a thing (`rahmat jo'natma keldi`); after a time or manner word too,
    // but a thing that no list knows and that came quickly or yesterday is rarer than a courier.
    if (arrival().has(folded[j]!) && j === i + 1) return false;
    if (deed(j)) return true;
  }
  return false;
}
// Parcels, boxes and money come, go, arrive and come back as people do (`rahmat jo'natma tez keldi`, `рахмет ақша
// қайтты`): these say nothing of a person after thanks; "brought" (`olib keldi`, `алып келди`) still does.
let arrivalWords: ReadonlySet<string> | undefined;
function arrival(): ReadonlySet<string> {
  arrivalWords ??= foldedWordSet('cues/name-turkic-arrival-verbs.txt');
  return arrivalWords;
}
