// Chat and feedback evidence: service roles, vocatives, cued given names that lists veto or do not know.

import type { Token } from '../../text/tokenize.js';
import { analyzeWord, type WordEvidence } from './analyze.js';
import { diminutiveOfCommonWord, personVerbReading } from './ru-unlisted.js';
import { Cue, isHonorificWithEnding } from './cues.js';
import { afterEnglishCue, unlistedEnglishName } from './english.js';
import { englishLyAdverb } from './en-lower-adverbs.js';
import { afterNumberDative, afterTellRequest, beforeSummonVerb, summonedPerson } from './requests.js';
import { WordFlag } from './lexicon.js';
import { Morph } from './morphology.js';
import { onlySpaces } from './gaps.js';
import type { NameResources } from './resources.js';
import { EndingSet } from './suffixes.js';
import { nameShapeBeforeCaseEnding } from './real-shape.js';
import { turkicGivenShape } from './turkic-shape.js';
import { turkicRolePredicate } from './turkic-role-predicates.js';
import { isRussianChatSlang } from './ru-vocatives.js';
import { latinNameAfterRussianCue, russianOrCyrillicCueBefore, russianTypedInLatin, russianWordAfter } from './mixed-scripts.js';
import { typoOfCommonWord } from './typos.js';
import { nameWeights } from './weights.js';
import { WordKind, type WordScore } from './words.js';

/** Token `first` opens its sentence, is Cyrillic, of at most three letters, unknown and a Russian everyday word (`Про`). */
export function shortWordOpening(tokens: readonly Token[], folded: readonly string[], scores: readonly WordScore[], first: number, resources: NameResources): boolean {
  const token = tokens[first]!;
  return token.sentenceStart && token.cyrillic && token.end - token.start <= 3 && scores[first]!.source === 'capital' && resources.commonWords.has(folded[first]!);
}

/** Token `first` comes right after a service role word (the caller has checked the role cue and its gap). */
export function afterServiceRole(folded: readonly string[], first: number, resources: NameResources): boolean {
  return first > 0 && resources.serviceRoles.has(folded[first - 1]!);
}

/** Token `first` comes right after a service role or the title of a head of state (`Президент Обама`). */
export function afterNamingRole(folded: readonly string[], first: number, resources: NameResources): boolean {
  return first > 0 && (resources.serviceRoles.has(folded[first - 1]!) || resources.headTitles.has(folded[first - 1]!));
}

/**
 * A listed first name vetoed only as an everyday word (`Олимпиада`, `Яна`; not a place, not itself a greeting such
 * as `Рахмат`), right after a role word, greeting or self-introduction.
 */
export function cuedFirstName(evidence: WordEvidence, cue: number, word: string, resources: NameResources): boolean {
  return (
    (cue === Cue.Role || cue === Cue.Strong || cue === Cue.Intro) && (evidence.nameFlags & WordFlag.First) !== 0 &&
    evidence.stopFlags === WordFlag.NotName && !resources.cueWords.has(word)
  );
}

/** The score of an ambiguous first name, lower when it opens a sentence (the cue then does not carry over). */
export function atStartScore(sentenceStart: boolean): number {
  return sentenceStart ? nameWeights.firstAmbiguousAtSentenceStart : nameWeights.firstAmbiguous;
}

/**
 * The unlisted capitalised word at `first` is the person's own given name, not the organisation before a name:
 * a greeting or address form stands before it (`Ҳурматли Мухлиса Илҳом қизи`), or the run ends in a patronymic
 * word right after the father's name (`Ойпарча Ислом қизи`).
 */
export function ownGivenName(scores: readonly WordScore[], cueBefore: Uint8Array, first: number, last: number): boolean {
  const cue = cueBefore[first];
  return cue === Cue.Strong || cue === Cue.Intro || givenFatherPatronymic(scores, first, last);
}

/** `Ойпарча Ислом қизи`, `Эмил Чыңгыз уулу`: the run is a given name, the father's name and a patronymic word. */
export function givenFatherPatronymic(scores: readonly WordScore[], first: number, last: number): boolean {
  return last === first + 2 && scores[last]!.kind === WordKind.Patronymic;
}

/** `Glad to help, Barnaby!`, `Рады были помочь, Ақберен!`: the words stand between a comma and an exclamation mark. */
export function isVocative(text: string, start: number, end: number): boolean {
  let before = start - 1;
  while (before >= 0 && text.charCodeAt(before) === 32) before--;
  if (before < 0 || text.charCodeAt(before) !== 44) return false;
  let after = end;
  while (after < text.length && text.charCodeAt(after) === 32) after++;
  return text.charCodeAt(after) === 33;
}

/**
 * A capitalised stop word (place or everyday word) serves as a given name after a cue and before a surname
 * (`исмим Бўстон Аҳмедова`). `surnameFollows`: a surname follows (the caller works that out only after a cue).
 */
export function placeOrWordAsGivenName(cue: number, surnameFollows: boolean): boolean {
  return (cue === Cue.Role || cue === Cue.Strong || cue === Cue.Intro) && surnameFollows;
}

/**
 * `Жалоба на сотрудника Сейтова Жахонгира`: after a surname that a role word or greeting introduced, an unlisted
 * capitalised word of the same script, one space on, is the given name (a listed one joins anyway).
 */
export function unlistedGivenAfterCuedSurname(text: string, tokens: readonly Token[], next: WordScore, i: number): boolean {
  const current = tokens[i]!;
  const following = tokens[i + 1]!;
  return next.source === 'capital' && next.closes === undefined && current.cyrillic === following.cyrillic && following.start - current.end === 1 && text.charCodeAt(current.end) === 32;
}

// English greetings and thanks: after one, the text is English, whose common-word list (a stop flag) knows the
// everyday words, so a lower-case word on no list is the name (`hi oisin`). Uzbek Latin has no such list.
const englishServiceRoles = new Set(['courier', 'driver', 'agent', 'technician', 'engineer', 'manager', 'doctor', 'consultant', 'cashier', 'installer', 'plumber', 'electrician']);
const englishGreetings = new Set(['hi', 'hey', 'hello', 'thanks', 'thx', 'dear', 'morning', 'evening', 'afternoon']);

// Plural, case and possessive endings of Turkic everyday words after a greeting (`salom hammaga`, `сәлем достар`,
// `assalomu alaykum buyurtmam`, `сәлем барлығына`): a name after a greeting stands in the nominative.
const turkicWordEnding = new EndingSet(['lar', 'ler', 'ga', 'ni', 'ning', 'dan', 'da', 'miz', 'ngiz', 'im', 'am', 'ingiz', 'лар', 'лер', 'дар', 'дер', 'тар', 'тер', 'га', 'ге', 'ға', 'ка', 'ке', 'қа', 'ни', 'ні', 'ны', 'нинг', 'ның', 'нің', 'нын', 'нин', 'дың', 'дің', 'тың', 'тің', 'мыз', 'міз', 'миз', 'ңыз', 'ңіз', 'нгиз', 'им', 'ым', 'ім', 'ына', 'іне']);

// The same without the first-person possessive (-im, -ым), which names end in too (`Nodirabegim`, `Аяулым`).
const turkicCaseOrPlural = new EndingSet(['lar', 'ler', 'ga', 'ni', 'ning', 'dan', 'da', 'miz', 'ngiz', 'ingiz', 'лар', 'лер', 'дар', 'дер', 'тар', 'тер', 'га', 'ге', 'ға', 'ка', 'ке', 'қа', 'ни', 'ні', 'ны', 'нинг', 'ның', 'нің', 'нын', 'нин', 'мыз', 'міз', 'миз', 'ңыз', 'ңіз', 'нгиз']);

// Latin-script greetings and closings that mark the text as Uzbek (an English cue phrase such as `your name` does
// not); `bilan` ends the closing `hurmat bilan`, `kun` and `tong` the greetings `xayrli kun`, `hayrli tong` (only asked
// when a strong cue phrase ends in it).
const uzbekGreetings = new Set(['salom', 'assalomu', 'assalom', 'alaykum', 'aleykum', 'alaykumassalom', 'bilan', 'kun', 'tong']);
const thanks = new Set(['rahmat', 'raxmat', 'раҳмат', 'рахмат', 'рақмет', 'рахмет', 'спасибо', 'спс', 'благодарю', 'thanks', 'thank', 'thx']);
const cueWordSets = new WeakMap<NameResources, ReadonlySet<string>>();
function cueWordSet(resources: NameResources): ReadonlySet<string> {
  let set = cueWordSets.get(resources);
  if (set === undefined) {
    // Every word of every cue phrase (`mening` of `mening ismim`), not only the phrase ends.
    const words = [...resources.cueWords.keys()];
    for (const phrases of resources.cuesBefore.values()) for (const phrase of phrases) words.push(...phrase.words);
    set = new Set(words.filter((word) => word.length >= 4));
    cueWordSets.set(resources, set);
  }
  return set;
}

// Possessive, converb, participle and personal endings of Turkic everyday words after a greeting.
const turkicInflection = new EndingSet(['siz', 'сыз', 'сіз', 'сиз', 'si', 'сы', 'сі', 'си', 'ib', 'иб', 'ып', 'іп', 'ди', 'di', 'ды', 'ді', 'gan', 'ган', 'ген', 'ған', 'moq', 'мақ', 'мек', 'ish', 'иш', 'уу', 'үү']);

/**
 * `здравствуйте фанис`, `xushnud aka`, `курьер турдубаев`, `hi oisin`: chat writes names in lower case, and most
 * names are on no list. A lower-case word on no list (and no stop list) is the name right after a greeting, thanks or
 * service role, or right before an honorific, when the language says it is no everyday word: in Russian text the
 * hunspell lexicon (a one-typo neighbour of a word is the word: `опператор`); elsewhere the honorific, a name-like shape (-bek, -ov) or an English greeting before it (a
 * clause end is no evidence: `rahmat, tushunarli`). Only asked about cued lower-case words, so rare.
 */
export function unlistedChatName(text: string, tokens: readonly Token[], folded: readonly string[], i: number, evidence: WordEvidence, cue: number, after: number, turkic: boolean, resources: NameResources): boolean {
  const word = folded[i]!;
  // Hyphenated lower-case words are compounds (`колл-центра`), not chat names.
  if (word.length < 4 || evidence.nameFlags !== 0 || evidence.stopFlags !== 0 || resources.cueWords.has(word) || word.includes('-')) return false;
  const next = tokens[i + 1];
  const honorific = next !== undefined && (resources.honorifics.has(folded[i + 1]!) || isHonorificWithEnding(folded[i + 1]!, resources)) && onlySpaces(text, tokens[i]!.end, next.start, 2);
  if (after === 1 && !honorific && datedBeforeTelling(tokens[i]!, word, turkic, folded[i + 1])) return true;
  // `адинай рахмат баары келди`: a message opening with a word and thanks addresses that word.
  const thanked = next !== undefined && tokens[i]!.sentenceStart && thanks.has(folded[i + 1]!) && onlySpaces(text, tokens[i]!.end, next.start, 2);
  // `ильгизар позвоните`, `+7 701 … балауса хабарлассын`: asked to call (cues.ts marks the word before with 3).
  if (after === 3) return calledBy(tokens, folded, i, evidence, turkic, resources);
  if (cue !== Cue.Strong && !honorific && !thanked && !(cue === Cue.Role && afterServiceRole(folded, i, resources))) return false;
  // `курьер сыпайы`, `оператор сабырлы`: an adjective or predicate after the role (turkic-role-predicates.ts).
  if (cue === Cue.Role && !honorific && !thanked && afterServiceRole(folded, i, resources) && turkicRolePredicate(text, tokens, folded, i, true, false, tokens[i]!.cyrillic && !evidence.nameShape && evidence.morph !== Morph.Surname && evidence.morph !== Morph.Patronymic)) return false;
  const token = tokens[i]!;
  if (token.cyrillic && !turkic) return !resources.commonWords.has(word) && !typoOfCommonWord(word, resources.commonWords) && !turkicVerbOrObject(word) && !isRussianChatSlang(word) && !diminutiveOfCommonWord(word, resources) && personVerbReading(word, resources) === undefined;
  // A Latin word on no list read through an ending, that Russian knows through transliteration, is Russian typed in
  // Latin letters (`spasibo upakovka`, not Upakov + -ka).
  if (!token.cyrillic && evidence.base !== word && russianTypedInLatin(word, evidence, resources)) return false;
  // `spoke to oisin`, `tell cadoc`, `ok jago cheers`: after an English cue the English common-word list decides.
  if (cue === Cue.Strong && afterEnglishCue(tokens, folded, i, resources)) return unlistedEnglishName(word, evidence, resources);
  if (evidence.morph === Morph.Surname || evidence.morph === Morph.Patronymic) return true;
  // `скажите jasurga`: a Turkic dative right after a Russian request to tell is the person told.
  if (cue === Cue.Strong && afterTellRequest(folded, i)) return datedBeforeTelling(token, word, true, folded[i + 1]) && !resources.roles.has(word.slice(0, -2));
  // `nodirabegim opa`, `аяулым апа`: before an honorific, -im/-ым is part of the name (-begim, Аяулым), not "my".
  if (honorific && !turkicCaseOrPlural.test(word)) return true;
  // `kuryer eshqul`, `оператор асылбүбү`, `operator hasanboyga`, `rahmat gulshoda`: right after a service role or a
  // greeting, a word shaped like a given name (names/morphemes.txt, prefixes.txt, turkic-shape.ts) is the name, with
  // or without a case ending.
  if ((cue === Cue.Strong || (cue === Cue.Role && afterServiceRole(folded, i, resources))) && (evidence.nameShape || turkicGivenShape(word) !== 0 || nameShapeBeforeCaseEnding(word, resources))) return true;
  // `рахмет ilnara`, `spasibo zarema` (mixed-scripts.ts): a Latin word after a Cyrillic or Russian-in-Latin greeting.
  // After a service role (`kurer asliddin privez`, `оператор zarema очень помогла`), the next word must read as Russian too.
  if (!token.cyrillic && (cue === Cue.Strong || (cue === Cue.Role && afterServiceRole(folded, i, resources) && russianWordAfter(tokens, folded, i, turkic, resources))) && russianOrCyrillicCueBefore(tokens, folded, i)) return latinNameAfterRussianCue(word, evidence, resources, turkicWordEnding.test(word) || turkicInflection.test(word) || misspeltLabel(word, cueWordSet(resources)));
  if (turkicWordEnding.test(word)) return false;
  if (honorific || evidence.nameShape) return true;
  const greeting = i > 0 ? folded[i - 1]! : '';
  // After an English service role the English common-word list (a stop flag) knows the everyday words, as after an
  // English greeting (`courier jory`); `operator` is Uzbek too, so it does not count.
  if (!token.cyrillic && cue === Cue.Role && englishServiceRoles.has(greeting) && afterServiceRole(folded, i, resources)) return true;
  // The English greeting opens its sentence (`hi oisin`, not `more hi tech car`).
  if (!token.cyrillic && englishGreetings.has(greeting)) return tokens[i - 1]!.sentenceStart;
  // After a Kazakh, Kyrgyz or Uzbek greeting (`сәлеметсіз бе тұмар`, `salom sunnatilla`), a bare stem: everyday
  // words there mostly carry a possessive, case or verb ending (`buyurtmam`, `тапсырысым`, `қалайсыз`).
  // Not after thanks, whose reply is an everyday word (`rahmat, tushunarli`, `рахмат, баары жакшы`), nor for a
  // misspelt label or cue word (`oeprator`, `мнеинг`), nor a Russian word after a Russian greeting in code-switched
  // text (`Здравствуйте, слушаю вас. Сизга қандай ёрдам керак?`).
  return (thanked || (cue === Cue.Strong && !thanks.has(greeting))) && (turkic || (!token.cyrillic && (thanked || uzbekGreetings.has(greeting)))) && !turkicInflection.test(word) && !misspeltLabel(word, resources.speakerLabels) && !misspeltLabel(word, cueWordSet(resources)) &&
    !(token.cyrillic && resources.commonWords.has(greeting) && resources.commonWords.has(word));
}

// Russian text without Kazakh or Kyrgyz letters is often Uzbek or Kyrgyz Cyrillic chat (`курьер кечикти`,
// `курьер сумкани унутиб кетди`): a word Russian does not know that ends like a Turkic past tense, participle,
// converb or accusative is a verb or a thing there, not a name. Russian datives of names (`адлету`, `нурлану`) and
// short words keep their reading.
// And the first person (`айтамыз`, `айтамын`, `айтамиз` "we say": `рахмет айтамыз` thanks nobody by that name).
const turkicVerbEnding = new EndingSet(['ди', 'ды', 'ти', 'ты', 'ган', 'ген', 'гип', 'кип', 'амыз', 'емиз', 'еміз', 'аймыз', 'еймиз', 'амиз', 'амын', 'емин', 'емін', 'аймын', 'еймин']);
const turkicAccusative = new EndingSet(['ни']);
export function turkicVerbOrObject(word: string): boolean {
  return (word.length >= 5 && turkicVerbEnding.test(word)) || (word.length >= 6 && turkicAccusative.test(word)) || (word.length >= 7 && areYouEnding.test(word));
}
// "Are you …?" (`яхшимисиз`, `жакшысызбы`, `жақсымысыз`): `салам жакшысызбы` greets and asks, it names nobody.
const areYouEnding = new EndingSet(['мисиз', 'мысыз', 'місіз', 'сизби', 'сызбы']);

// Turkic dative endings (Uzbek -ga/-ka/-qa, Kazakh -ға/-ге/-қа/-ке, Kyrgyz -га/-го/-гө/-ка/-ко/-кө).
export const dativeEnding = new EndingSet(['ga', 'ka', 'qa', 'ға', 'ге', 'қа', 'ке', 'га', 'го', 'гө', 'ка', 'ко', 'кө']);

/**
 * `ақсұлуға айтыңызшы`, `Жээнбекке чоң рахмат`, `shukrulloga ayting`: a word on no list in the dative, right before
 * a word of telling or thanking (cues/name-after.txt; the caller checked it), is the person told or thanked. A stem
 * of four letters at least: pronouns and short words take the dative too (`sizga rahmat`). Not in Russian text,
 * whose dative looks different.
 */
export function datedBeforeTelling(token: Token, word: string, turkic: boolean, next: string | undefined): boolean {
  if (token.cyrillic && !turkic) return false;
  return word.length >= 6 && dativeEnding.test(word) && !possessiveOrPluralDative.test(word) && (next === undefined || !postpositions.has(next));
}

// A possessive or plural before the dative (`рақамига`, `Сұхбатыңызға`, `Ақпараттарға`): a thing or a group, not a
// given name.
const possessiveOrPluralDative = new EndingSet(['ига', 'iga', 'ыға', 'іге', 'ыга', 'ңызға', 'ңізге', 'ңызга', 'ңизге', 'ngizga', 'нгизга', 'ларга', 'larga', 'ларға', 'лерге', 'дарға', 'дерге', 'тарға', 'терге', 'дарга', 'тарга']);
// `бюджетке деген көзқарас` ("the attitude towards the budget"): деген after a dative is a postposition.
const postpositions = new Set(['деген', 'degan', 'деган']);

/**
 * `Ленар: алло` … `Оператор: Да, слушаю`: another line of the text opens with a role word and a colon, so the text
 * is a dialogue (form fields such as `Email:` do not count), and the unknown word labelling a line (token `speaker`) is a participant's name unless
 * it is a misspelt label itself (`Cusomer`, `Xardior`, `Mutaxasssis`). A scan of the tokens, only for a one-word
 * unknown speaker label (rare).
 */
export function roleSpeakerElsewhere(text: string, tokens: readonly Token[], folded: readonly string[], speaker: number, resources: NameResources): boolean {
  const roleLines = roleLineTokens(text, tokens, folded, resources);
  const dialogue = roleLines.some((k) => k !== speaker);
  return dialogue && !misspeltLabel(folded[speaker]!, resources.speakerLabels);
}

// The first two tokens that open a line with a role word and a colon, once per text (a dialogue of thousands of
// unknown labels asked a whole-text scan per label: quadratic). Two, so that one other than the asking label is known.
// Remembered for the last text only: the scan reuses its token array from text to text.
let roleLinesText: string | undefined;
let roleLinesTokens: readonly Token[] | undefined;
let roleLinesCount = -1;
let roleLines: number[] = [];
function roleLineTokens(text: string, tokens: readonly Token[], folded: readonly string[], resources: NameResources): number[] {
  if (text === roleLinesText && tokens === roleLinesTokens && tokens.length === roleLinesCount) return roleLines;
  const found: number[] = [];
  for (let k = 0; k + 1 < tokens.length && found.length < 2; k++) {
    // Cheapest test first: most tokens do not open a line.
    let before = tokens[k]!.start - 1;
    while (before >= 0 && text.charCodeAt(before) === 32) before--;
    if (before >= 0 && text.charCodeAt(before) !== 10 && text.charCodeAt(before) !== 13) continue;
    let at = tokens[k]!.end;
    while (at < text.length && text.charCodeAt(at) === 32) at++;
    if (text.charCodeAt(at) === 58 && resources.roles.has(folded[k]!)) found.push(k);
  }
  roleLinesText = text;
  roleLinesTokens = tokens;
  roleLinesCount = tokens.length;
  roleLines = found;
  return found;
}

/**
 * Within one edit (two for words of 7+ letters; a swap of neighbours counts as one) of a speaker label with the
 * same first letter (typos rarely hit the first one). Labels are grouped by first letter once per label set.
 */
function misspeltLabel(word: string, labels: ReadonlySet<string>): boolean {
  const budget = word.length >= 7 ? 2 : 1;
  const group = labelsByInitial(labels).get(word.charCodeAt(0));
  if (group === undefined) return false;
  for (const label of group) {
    if (Math.abs(label.length - word.length) <= budget && editDistanceWithin(word, label, budget)) return true;
  }
  return false;
}
const labelGroups = new WeakMap<ReadonlySet<string>, Map<number, string[]>>();
function labelsByInitial(labels: ReadonlySet<string>): Map<number, string[]> {
  let groups = labelGroups.get(labels);
  if (groups === undefined) {
    groups = new Map();
    for (const label of labels) {
      const group = groups.get(label.charCodeAt(0)) ?? [];
      group.push(label);
      groups.set(label.charCodeAt(0), group);
    }
    labelGroups.set(labels, groups);
  }
  return groups;
}

/** Optimal string alignment distance (Levenshtein plus adjacent swaps) ≤ budget, over three reused rows. */
let rows = [new Int32Array(32), new Int32Array(32), new Int32Array(32)] as const;
export function editDistanceWithin(a: string, b: string, budget: number): boolean {
  const n = b.length;
  if (rows[0].length <= n) rows = [new Int32Array(n + 1), new Int32Array(n + 1), new Int32Array(n + 1)];
  let [older, previous, current] = rows;
  for (let j = 0; j <= n; j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    let rowBest = i;
    for (let j = 1; j <= n; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a.charCodeAt(i - 1) === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === b.charCodeAt(j - 1)) value = Math.min(value, older[j - 2]! + 1);
      current[j] = value;
      if (value < rowBest) rowBest = value;
    }
    if (rowBest > budget) return false;
    [older, previous, current] = [previous, current, older];
  }
  return previous[n]! <= budget;
}

/** A lower-case word on no list, opening a message or right after a phone number, before a request to call (the caller checked the verb). */
export function calledBy(tokens: readonly Token[], folded: readonly string[], i: number, evidence: WordEvidence, turkic: boolean, resources: NameResources): boolean {
  const word = folded[i]!;
  const token = tokens[i]!;
  if (!token.sentenceStart && !(i > 0 && tokens[i - 1]!.hasDigit) && !afterNumberDative(folded, i)) return false;
  if (word.length < 4 || evidence.nameFlags !== 0 || evidence.stopFlags !== 0 || resources.cueWords.has(word) || word.includes('-')) return false;
  if (beforeSummonVerb(folded[i + 1])) return summonedPerson(word, resources);
  if (token.cyrillic && !turkic) return !resources.commonWords.has(word) && !typoOfCommonWord(word, resources.commonWords) && !turkicVerbOrObject(word) && !isRussianChatSlang(word) && !diminutiveOfCommonWord(word, resources) && personVerbReading(word, resources) === undefined;
  return !turkicWordEnding.test(word) && !turkicInflection.test(word) && !misspeltLabel(word, resources.speakerLabels) && !misspeltLabel(word, cueWordSet(resources));
}

/**
 * A lower-case word on no list that Turkic chat could use as a bare given name: four letters or more, no hyphen, no
 * case, plural, possessive, converb or participle ending, and no misspelt speaker label or cue word.
 */
export function bareTurkicName(word: string, evidence: WordEvidence, resources: NameResources): boolean {
  if (word.length < 4 || evidence.nameFlags !== 0 || evidence.stopFlags !== 0 || resources.cueWords.has(word) || word.includes('-')) return false;
  // `аружайым бәрін түсіндірді`: the endings are read on the stem before "my moon".
  const stem = moonGivenName(word, resources) ? word.slice(0, -2) : word;
  // `shahrizoda`, `oftobbegim`, `айбике`: a name-forming ending that ends like a locative, "my" or a dative is the
  // name's own.
  if ((stem.length >= 7 && givenEndingLikeInflection.test(stem)) || (stem.length >= 6 && ladyEnding.test(stem))) return !misspeltLabel(word, resources.speakerLabels) && !misspeltLabel(word, cueWordSet(resources));
  return !turkicWordEnding.test(stem) && !turkicInflection.test(stem) && !misspeltLabel(word, resources.speakerLabels) && !misspeltLabel(word, cueWordSet(resources));
}

// Name-forming endings (names/morphemes.txt, turkic-given-endings.txt) that turkicWordEnding reads as a locative
// (-zoda/-zada "born of") or a first-person possessive (-begim "my lady"), on a stem of three letters or more.
const givenEndingLikeInflection = new EndingSet(['zoda', 'zada', 'зода', 'зада', 'begim', 'бегим', 'бегім']);
// -бике "lady" (`Айбике`, `Нұрбике`), which ends like the Kazakh and Kyrgyz dative -ке, on a stem of two letters or more.
const ladyEnding = new EndingSet(['бике', 'bike']);

// Kazakh and Kyrgyz given names in -айым/-айим "my moon" (`Нурайым`, `Даткайым`, `Бегайым`) end like a first-person
// possessive; kin terms do too (`апайым`, `ағайым`), and their stem is an honorific.
const moonEnding = new EndingSet(['айым', 'айим', 'айім']);

// "My God" ends so too (`кудайым жардам берди`, `құдайым`): a closed class.
const godWords = new Set(['кудай', 'құдай', 'худай', 'худой', 'хұдай', 'аллай']);

/**
 * A word in -айым of six letters or more whose stem is no honorific, word for God or Russian word (`даткайым`, not
 * `апайым`, `кудайым`, `сарайым`).
 */
export function moonGivenName(word: string, resources: NameResources): boolean {
  if (word.length < 6 || !moonEnding.test(word)) return false;
  const stem = word.slice(0, -2);
  return !resources.honorifics.has(stem) && !godWords.has(stem) && !resources.commonWords.has(stem);
}

/**
 * `муслимбек раҳмонқулов билан гаплашдим`, `аңсар байжұмановбен сөйлестім`: a lower-case word on no list opening a
 * message, right before a lower-case word that ends like a surname (the caller checked), is the given name, in
 * Turkic or Latin-script text. Not in Russian text, where -ов is also a genitive plural (`доставка заказов`).
 */
export function unlistedGivenBeforeSurname(tokens: readonly Token[], folded: readonly string[], i: number, evidence: WordEvidence, turkic: boolean, resources: NameResources): boolean {
  const token = tokens[i]!;
  // A word shaped like a Central Asian given name (-бек, -жан) makes the text Turkic enough (`калысбек токтогулов чалды`).
  if (!token.sentenceStart || (token.cyrillic && !turkic && !evidence.nameShape) || tokens[i + 1]!.cyrillic !== token.cyrillic) return false;
  const word = folded[i]!;
  if (word.length < 4 || evidence.nameFlags !== 0 || evidence.stopFlags !== 0 || resources.cueWords.has(word) || word.includes('-')) return false;
  // `honestly kevin is …` (en-lower-adverbs.ts): an English adverb is no given name.
  if (!token.cyrillic && englishLyAdverb(word)) return false;
  return !turkicWordEnding.test(word) && !turkicInflection.test(word) && !misspeltLabel(word, resources.speakerLabels);
}

/**
 * `брат-ака`, `сосед-апа`: before a hyphenated honorific (the caller checked it), a Russian everyday word that is no
 * listed given name is a kinship or role word, not a name.
 */
export function everydayBeforeHonorific(word: string, resources: NameResources): boolean {
  const stem = word.slice(0, word.indexOf('-'));
  if (!resources.commonWords.has(stem)) return false;
  const evidence = analyzeWord(stem, true, resources, false);
  return (evidence.nameFlags & WordFlag.First) === 0;
}
