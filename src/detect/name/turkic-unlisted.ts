// Lower-case Turkic given names on no list, from two pieces of evidence: `eshqul juda yaxshi tushuntirdi`,
// `жаңылбек оператор`, `aziz va muhayyo`, `айгерім мен бектұрсын`.

import type { Token } from '../../text/tokenize.js';
import type { Span } from '../../types.js';
import { skeleton } from '../../text/translit.js';
import { bareTurkicName } from './chat.js';
import { onlySpaces } from './gaps.js';
import { spanCovering } from './real-tokens.js';
import { EndingSet } from './suffixes.js';
import { nameShapeBeforeCaseEnding } from './real-shape.js';
import { WordFlag } from './lexicon.js';
import { CueWord, type NameResources } from './resources.js';
import { GivenShape, turkicGivenShape } from './turkic-shape.js';
import { typoOfCommonWord } from './typos.js';
import { WordBit, type WordInfo } from './vocabulary.js';
import { nameWeights } from './weights.js';
import { WordAnswers } from './word-answers.js';
import { foldedWordSet } from './folded-words.js';

// First letters of the verbs and conjunctions, and last letters of the dative and accusative endings, as tables over
// the Latin and Cyrillic code points: one array read before any string lookup.
const edgeLimit = 0x500;
function codeTable(words: Iterable<string>, at: (word: string) => number): Uint8Array {
  const table = new Uint8Array(edgeLimit);
  for (const word of words) {
    const code = at(word);
    if (code < edgeLimit) table[code] = 1;
  }
  return table;
}
// "and" in Uzbek, Kazakh and Kyrgyz (Kazakh мен/пен/бен also mean "with"): a word joined by one to a name the scan
// found is a person too when it is a bare word on no list (`dilnoza va muhayyo`). Kyrgyz `менен` is only "with",
// before the verb of meeting (turkic-named.ts reads it).
const conjunctions = new Set(['va', 'ва', 'hamda', 'ҳамда', 'мен', 'пен', 'бен', 'жана']);
const conjunctionFirsts = codeTable(conjunctions, (word) => word.charCodeAt(0));
// Past-tense and personal verb endings: after "with" comes the verb (`айгерім мен сөйлестік`), not a second person.
const verbEnding = new EndingSet(['ды', 'ді', 'ты', 'ті', 'ду', 'дү', 'ту', 'тү', 'ди', 'ти', 'di', 'ti', 'дым', 'дім', 'тым', 'тім', 'дум', 'дүм', 'тум', 'түм', 'дим', 'тим', 'dim', 'tim', 'дық', 'дік', 'тық', 'тік', 'дык', 'тык', 'дук', 'дүк', 'тук', 'түк', 'дик', 'тик', 'dik', 'tik', 'шты', 'шті', 'шту', 'штү', 'шти', 'shdi']);

/**
 * Token `i` (lower case, on no list, not in a span) ends in a name-forming ending (-bek, -jon, -gul, -boy: names/
 * morphemes.txt; -qul, -nazar, -murod, -bonu: names/turkic-given-endings.txt) after a stem of three letters or more,
 * with no case, plural, possessive or verb ending (the caller checks those).
 */
function shapedLikeGivenName(word: string, resources: NameResources): boolean {
  if (word.length < 5) return false;
  return shapes.get(word) ?? shapes.remember(word, findShape(word, resources));
}
// One answer per word: sentence openers repeat from text to text.
const shapes = new WordAnswers(10_000);
function findShape(word: string, resources: NameResources): boolean {
  const shape = turkicGivenShape(word);
  if (shape === GivenShape.Base) return true;
  if (shape !== GivenShape.None) return false;
  const key = skeleton(word);
  for (const ending of resources.nameEndings) {
    if (key.length >= ending.length + 3 && key.endsWith(ending)) return !everydayNameShape(word, key, ending);
  }
  return false;
}
/**
 * A name-forming ending (`ending`, on the skeleton `key` of `word`) that closes an everyday word: a Kazakh or Kyrgyz
 * negative converb (`жазбай`, `түшүнбөй`), or a reduplication (`jonajon`, `жонажон` "dear").
 */
export function everydayNameShape(word: string, key: string, ending: string): boolean {
  return negativeConverb(word) || key.startsWith(ending);
}

/**
 * `everydayNameShape` for a word whose matching ending the caller does not know (words.ts; capitalised words only).
 * A negative converb is capitalised only opening a sentence (`Жазбай кеттіңіз`); inside one, a capitalised -анбай,
 * -енбай word is a given name (`Құрманбай`, `Сәрсенбай`).
 */
export function everydayShapedWord(word: string, resources: NameResources, atStart: boolean, info?: WordInfo): boolean {
  if (atStart && negativeConverb(word)) return true;
  if (info === undefined) return reduplicatedShape(word, resources);
  // Remembered on the interned word (`info`, whose folded form `word` is): asked of every capitalised token of a name
  // shape, and the skeleton is built afresh each time.
  if (info.reduplicatedShape === -1) info.reduplicatedShape = reduplicatedShape(word, resources) ? 1 : 0;
  return info.reduplicatedShape === 1;
}

// `Jonajon`, `Жонажон`: the word's skeleton begins and ends with one name-forming ending.
function reduplicatedShape(word: string, resources: NameResources): boolean {
  const key = skeleton(word);
  // A loop, not some() with a closure: asked of every capitalised word shaped like a name.
  const endings = resources.nameEndings;
  for (let k = 0; k < endings.length; k++) {
    const ending = endings[k]!;
    if (key.length >= ending.length + 3 && key.endsWith(ending) && key.startsWith(ending)) return true;
  }
  return false;
}

// Kazakh and Kyrgyz negative converbs (`жазбай`, `түшүнбөй`, `болбой`): -б + vowel + й after a consonant. Given names
// in -бай/-бой after a vowel keep their reading (`Жумабай`, `Тошбой` is lost: a Cyrillic -бой after a consonant).
const converbVowels = new Set(['а', 'е', 'о', 'ө']);
const vowels = new Set(['а', 'ә', 'е', 'ё', 'и', 'о', 'ө', 'у', 'ұ', 'ү', 'ы', 'і', 'э', 'ю', 'я', 'ў']);
function negativeConverb(word: string): boolean {
  const length = word.length;
  return word.charAt(length - 1) === 'й' && word.charAt(length - 3) === 'б' && converbVowels.has(word.charAt(length - 2)) && !vowels.has(word.charAt(length - 4));
}

// Loaded once per process or worker.
let contactVerbs: ReadonlySet<string> | undefined;
function contactVerbSet(): ReadonlySet<string> {
  contactVerbs ??= foldedWordSet('cues/name-turkic-contact-verbs.txt');
  return contactVerbs;
}
let clauseOpeners: ReadonlySet<string> | undefined;
/** Token `k` (opening its sentence) is a time adverb or linking word (cues/name-turkic-clause-openers.txt). */
export function clauseOpenerAt(folded: readonly string[], k: number): boolean {
  clauseOpeners ??= foldedWordSet('cues/name-turkic-clause-openers.txt');
  return clauseOpeners.has(folded[k]!);
}

// `katta rahmat`, `үлкен рахмет`, `чоң рахмат`: an intensifier between the person and the thanks.
const intensifiers = new Set(['katta', 'катта', 'үлкен', 'чоң']);
// Verbs keyed by first letter, last letter and length in a 4096-entry table: one array read rules out most words
// before the Set lookup (first letters alone let half of all words through).
let contactKeys: Uint8Array | undefined;
function contactKey(word: string): number {
  return (word.charCodeAt(0) * 31 + word.charCodeAt(word.length - 1) * 7 + word.length) & 4095;
}
function mayBeContactVerb(word: string): boolean {
  if (contactKeys === undefined) {
    contactKeys = new Uint8Array(4096);
    for (const verb of [...contactVerbSet(), ...intensifiers]) contactKeys[contactKey(verb)] = 1;
  }
  return contactKeys[contactKey(word)] === 1;
}
const caseLastTable = codeTable([...'aiаеоөиыіуү'], (letter) => letter.charCodeAt(0));

/** Entry condition of findContactedLowerNames (scan.ts ORs it into WordBit.NamedTrigger): a verb of writing or asking. */
export function turkicContactVerb(word: string): boolean {
  return contactVerbSet().has(word);
}

/** Token `k` is a verb of writing, calling, asking or thanking (cues/name-turkic-contact-verbs.txt), or `katta rahmat`. */
export function contactVerbAt(folded: readonly string[], k: number): boolean {
  const word = folded[k];
  if (word === undefined) return false;
  const verbs = contactVerbSet();
  if (verbs.has(word)) return true;
  const after = folded[k + 1];
  return after !== undefined && intensifiers.has(word) && verbs.has(after);
}

/**
 * A lower-case word on no list is a given name when two things say so (an unknown word alone is too often an
 * everyday word Turkic or Russian lists do not know):
 * - it is shaped like a given name (above) and opens a sentence before another word, alone or after a time adverb
 *   (the subject: `eshqul juda yaxshi tushuntirdi`, `бүгүн жаңылбек чалды`), or stands right before a service role
 *   (`ochilbek operator juda xushmuomala`);
 * - it is a bare word joined by "and" to a name the scan found (`dilnoza va muhayyo yordam berishdi`, `тоштемир ва
 *   дилноза`);
 * - it carries a case ending on a stem shaped like a given name and stands right before a verb of writing, calling,
 *   asking or thanking (`kecha ochilbekka yozdim`, `қуанышбекке хабарластым`, `эсенбекти сурадым`).
 * The caller runs this on lower-case Turkic or Latin-script writing only.
 */
export function findUnlistedTurkicNames(text: string, tokens: readonly Token[], folded: readonly string[], firstCodes: ArrayLike<number>, wordCues: ArrayLike<number>, words: readonly WordInfo[], spans: Span[], resources: NameResources, turkic: boolean): void {
  const scanned = spans.length;
  let added = false;
  const count = tokens.length;
  for (let i = 0; i < count; i++) {
    const token = tokens[i]!;
    // Cheapest tests first, on the scan's arrays: most tokens stand in none of the places the rules read.
    const nextWord = folded[i + 1];
    const placed =
      token.sentenceStart || (nextWord !== undefined && ((wordCues[i + 1]! & CueWord.Role) !== 0 || conjunctionFirsts[firstCodes[i + 1]! % edgeLimit] === 1 || mayBeContactVerb(nextWord))) ||
      (i > 0 && (tokens[i - 1]!.sentenceStart || conjunctionFirsts[firstCodes[i - 1]! % edgeLimit] === 1));
    if (!placed || token.end - token.start < 4 || token.hasDigit || text.charCodeAt(token.start) !== firstCodes[i]) continue;
    const next = tokens[i + 1];
    // Before another word: a sentence start (after a time adverb too: `bugun eshqul`), or a service role (`ochilbek
    // operator`).
    const candidate = next !== undefined && (token.sentenceStart || (wordCues[i + 1]! & CueWord.Role) !== 0 || (i > 0 && tokens[i - 1]!.sentenceStart && clauseOpenerAt(folded, i - 1))) && onlySpaces(text, token.end, next.start, 2);
    const coordinated = conjoinedWith(text, tokens, folded, firstCodes, spans, scanned, i, -1) || conjoinedWith(text, tokens, folded, firstCodes, spans, scanned, i, 1);
    const word = folded[i]!;
    const contacted =
      next !== undefined && word.length >= 6 && caseLastTable[word.charCodeAt(word.length - 1) % edgeLimit] === 1 && mayBeContactVerb(nextWord!) && contactVerbAt(folded, i + 1) && onlySpaces(text, token.end, next.start, 1);
    if (!candidate && !coordinated && !contacted) continue;
    // The word's own shape before anything about its neighbours or lists: most sentence openers have none.
    const shaped = (candidate || coordinated) && shapedLikeGivenName(word, resources);
    const caseShaped = contacted && (turkicGivenShape(word) === GivenShape.CaseEnding || nameShapeBeforeCaseEnding(word, resources));
    if (!shaped && !caseShaped && !coordinated) continue;
    if (resources.roles.has(word) || resources.cueWords.has(word) || spanCovering(spans, scanned, token.start, token.end) !== undefined) continue;
    const evidence = words[i]!.evidence(token.cyrillic, resources, turkic);
    if (evidence.nameFlags !== 0 || evidence.stopFlags !== 0) continue;
    // Cyrillic text without Kazakh or Kyrgyz letters may be Russian: the Russian lexicon has the last word.
    if (token.cyrillic && !turkic && (resources.commonWords.has(word) || typoOfCommonWord(word, resources.commonWords))) continue;
    // A case-ended word before a verb of contacting needs nothing more; the others must be bare words (no case,
    // plural, possessive or verb ending), and a coordinated one no verb or noun suffix either (`нур жана жылуулук`
    // "light and warmth") unless it is shaped like a name.
    if (!caseShaped && (!bareTurkicName(word, evidence, resources) || (!shaped && (verbEnding.test(word) || nounDerivation.test(word))))) continue;
    spans.push({ start: token.start, end: token.end, type: 'NAME', score: nameWeights.firstAmbiguous, source: 'name:cue', normalized: word });
    added = true;
  }
  if (added) spans.sort((a, b) => a.start - b.start);
}

/** Token `i` and a name span the scan found stand on either side of a conjunction (`side` -1: before, 1: after). */
function conjoinedWith(text: string, tokens: readonly Token[], folded: readonly string[], firstCodes: ArrayLike<number>, spans: readonly Span[], scanned: number, i: number, side: number): boolean {
  const link = i + side;
  const other = i + 2 * side;
  if (other < 0 || other >= tokens.length || conjunctionFirsts[firstCodes[link]! % edgeLimit] !== 1 || !conjunctions.has(folded[link]!)) return false;
  const before = side < 0 ? tokens[link]! : tokens[i]!;
  const after = side < 0 ? tokens[i]! : tokens[link]!;
  return onlySpaces(text, before.end, after.start, 1) && spanCovering(spans, scanned, tokens[other]!.start, tokens[other]!.end) !== undefined;
}

// Dative and accusative endings in Uzbek (Latin and Cyrillic), Kazakh and Kyrgyz, every harmony variant; with a
// possessive or plural before them (`do'koniga`, `дүкеніне`, `operatorlarga`) the word is a thing or a group.
const datOrAcc = new EndingSet(['ga', 'ka', 'qa', 'ni', 'га', 'ка', 'қа', 'ни', 'ға', 'ге', 'ке', 'ны', 'ні', 'ды', 'ді', 'ты', 'ті', 'го', 'гө', 'ко', 'кө', 'ну', 'нү', 'ду', 'дү', 'ту', 'тү', 'ди', 'ти']);
const possessiveOrPlural = new EndingSet(['iga', 'ига', 'ini', 'ини', 'ына', 'іне', 'ына', 'ын', 'ін', 'larga', 'larni', 'ларга', 'ларни', 'ларға', 'лерге', 'ларды', 'лерді', 'дарға', 'дерге', 'тарға', 'терге', 'ngizga', 'нгизга', 'ңызға', 'ңізге']);

/**
 * `Kecha Muhayyoga yozdim`, `Кеше Айкүміске жаздым`: a capitalised word on no list (the caller checked both) in the
 * dative or accusative, the stem four letters or more, right before a Turkic verb of writing, calling, asking or
 * thanking, is the person reached, whatever its stem: the capital inside the sentence, the case and the verb are
 * three pieces of evidence. Opening a sentence the capital says nothing, and the stem must end like a given name
 * (`Эсенбекке чалдым`; not `Филиалга ёздим`).
 */
export function capitalBeforeContactVerb(text: string, tokens: readonly Token[], folded: readonly string[], i: number, atStart: boolean, resources: NameResources): boolean {
  // The verb first, from its first letter: this is asked about most unknown capitalised words.
  const next = tokens[i + 1];
  if (next === undefined || !mayBeContactVerb(folded[i + 1]!) || !contactVerbAt(folded, i + 1)) return false;
  const word = folded[i]!;
  if (word.length < 6 || !datOrAcc.test(word) || possessiveOrPlural.test(word) || !onlySpaces(text, tokens[i]!.end, next.start, 1)) return false;
  const shaped = turkicGivenShape(word) === GivenShape.CaseEnding || nameShapeBeforeCaseEnding(word, resources);
  return shaped || (!atStart && !nounDerivation.test(word.slice(0, word.length - 2)));
}
// Noun-forming suffixes on the stem (`Бөлімшеге` "to the branch office", `Oshxonaga`, `Hamkorlikka`): an institution or
// thing written with a capital, not a person.
/** `word` ends in a noun-forming suffix (`Бөлімше`, `Мейрамхана`, `Oshxona`): a place or thing, not a person. */
export function nounDerived(word: string): boolean {
  return nounDerivation.test(word);
}
const nounDerivation = new EndingSet(['ше', 'шы', 'ші', 'лық', 'лік', 'дық', 'дік', 'тық', 'тік', 'лык', 'лик', 'дык', 'тык', 'лук', 'лүк', 'дук', 'дүк', 'тук', 'түк', 'lik', 'chi', 'чи', 'хана', 'xona', 'кана', 'гох', 'goh', 'жай', 'орын', 'хона']);

/**
 * `Kecha dilnozaga yozdim`, `Кеше айгерімге жаздым`, `Кеча охунжонга ёздим`: in a message that is not all lower case
 * (the pass above covers those), a lower-case word in the dative or accusative right before a Turkic verb of writing,
 * calling, asking or thanking is the person reached when it is an unambiguous listed given name, or a word on no list
 * whose stem is shaped like one (the same evidence as `contacted` above). Everyday words on the lists that are also
 * names (`aziz` "dear", `бақыт` "happiness") stay out. The caller runs this on Turkic or Latin-script text only.
 */
export function findContactedLowerNames(text: string, tokens: readonly Token[], folded: readonly string[], firstCodes: ArrayLike<number>, wordBits: ArrayLike<number>, words: readonly WordInfo[], spans: Span[], resources: NameResources, turkic: boolean): void {
  const scanned = spans.length;
  let added = false;
  for (let i = 0; i + 1 < tokens.length; i++) {
    // The verb first: contactVerbAt() needs a contact verb (WordBit.ContactVerb, from the scan's per-token bits) at
    // i + 1, or at i + 2 after an intensifier; one array read rules out nearly every token.
    if (!(wordBits[i + 1]! & WordBit.ContactVerb) && !(i + 2 < tokens.length && wordBits[i + 2]! & WordBit.ContactVerb)) continue;
    const token = tokens[i]!;
    const word = folded[i]!;
    if (word.length < 6 || token.hasDigit || text.charCodeAt(token.start) !== firstCodes[i] || caseLastTable[word.charCodeAt(word.length - 1) % edgeLimit] !== 1) continue;
    if (!contactVerbAt(folded, i + 1) || !onlySpaces(text, token.end, tokens[i + 1]!.start, 1) || !datOrAcc.test(word) || possessiveOrPlural.test(word)) continue;
    if (resources.roles.has(word) || resources.cueWords.has(word) || spanCovering(spans, scanned, token.start, token.end) !== undefined) continue;
    const evidence = words[i]!.evidence(token.cyrillic, resources, turkic);
    if (evidence.stopFlags !== 0) continue;
    let normalized = word;
    if (evidence.nameFlags !== 0) {
      // The ending after the listed stem must be the case ending itself: `мұхиты` is Мұхит with a possessive -ы.
      if ((evidence.nameFlags & WordFlag.First) === 0 || (evidence.nameFlags & WordFlag.Ambiguous) !== 0 || evidence.endingLength !== 2) continue;
      normalized = evidence.base;
    } else {
      if (turkicGivenShape(word) !== GivenShape.CaseEnding && !nameShapeBeforeCaseEnding(word, resources)) continue;
      // Cyrillic text without Kazakh or Kyrgyz letters may be Russian: the Russian lexicon has the last word.
      if (token.cyrillic && !turkic && (resources.commonWords.has(word) || typoOfCommonWord(word, resources.commonWords))) continue;
    }
    spans.push({ start: token.start, end: token.end, type: 'NAME', score: nameWeights.firstAmbiguous, source: 'name:cue', normalized });
    added = true;
  }
  if (added) spans.sort((a, b) => a.start - b.start);
}
