// One word in context → its name evidence and score (listed name, morphology, capitalisation, chat forms).

import { chatGreetingWord } from './cue-typos.js';
import type { Token } from '../../text/tokenize.js';
import type { WordEvidence } from './analyze.js';
import { caseMarkedAfterThanks } from './addressee-case.js';
import { capitalQuestion, commonWordAtStart, commonWordScore } from './common-words.js';
import { afterServiceRole, atStartScore, cuedFirstName, datedBeforeTelling, everydayBeforeHonorific, placeOrWordAsGivenName, unlistedChatName, unlistedGivenBeforeSurname } from './chat.js';
import { turkicRoleAdjective, turkicRolePredicate } from './turkic-role-predicates.js';
import { Cue } from './cues.js';
import { englishSurnameAfterCuedName } from './english.js';
import { englishCommonWords } from './en-common-words.js';
import { articleBeforeCapital, lowerAfterHyphen } from './foreign.js';
import { onlySpaces } from './gaps.js';
import { nameWithHyphenHonorific } from './real-honorific.js';
import { englishRunOnOpener, russianRunOnOpener, russianServiceNoun } from './run-on-openers.js';
import { everydayAtSentenceStart, everydayGivenName, everydayOpener, everydayRussianWord } from './ru-everyday.js';
import { capitalPossessor, openingPossessor } from './turkic-genitive.js';
import { genitiveEnding, turkicPatronymicGiven } from './turkic-patronymic.js';
import { GivenShape, possessiveAfterName } from './turkic-shape.js';
import { capitalBeforeContactVerb, everydayShapedWord } from './turkic-unlisted.js';
import { WordFlag } from './lexicon.js';
import { russianTypedInLatin } from './mixed-scripts.js';
import { Morph } from './morphology.js';
import type { KnownNames } from './mentions.js';
import type { NameResources } from './resources.js';
import { placeCaseForm } from './place-case-forms.js';
import { EndingSet } from './suffixes.js';
import { everydayWordOpensClause, loanNounWithTurkicCase, turkicPersonalPossessive } from './everyday-surnames.js';
import { WordBit, type WordInfo } from './vocabulary.js';
import { femininePatronymicWord } from './ru-full-names.js';
import { nameWeights } from './weights.js';
import { misspeltPatronymicWord } from './name-typos.js';

// Words that join parts of one name: Kyrgyz/Kazakh/Uzbek patronymic words and Arabic/European particles.
const patronymicWords = new Set(['уулу', 'кызы', 'ұлы', 'қызы', 'улы', "o'g'li", "o'gli", 'ogli', 'qizi', 'ўғли', 'қизи', 'угли', 'оглы', 'uulu', 'kyzy', 'uly', 'gizi']);
const patronymicPrefixes = new Set([...patronymicWords].map((word) => word.slice(0, 3)));
// First two letters as one number: an allocation-free pre-check for the common case (most words are not these).
const patronymicStarts = new Set([...patronymicWords].map((word) => word.charCodeAt(0) * 0x10000 + word.charCodeAt(1)));
/** `уулу`, `o‘g‘li`, and with a case ending (`o‘g‘liga`, `уулуна`, `кызынын`). */
export function isPatronymicWord(word: string): boolean {
  if (word.length < 3 || word.length > 12 || !patronymicStarts.has(word.charCodeAt(0) * 0x10000 + word.charCodeAt(1))) return misspeltPatronymicWord(word);
  if (!patronymicPrefixes.has(word.slice(0, 3))) return misspeltPatronymicWord(word);
  if (patronymicWords.has(word)) return true;
  for (let cut = 1; cut <= 5 && cut < word.length - 3; cut++) if (patronymicWords.has(word.slice(0, word.length - cut))) return true;
  return misspeltPatronymicWord(word);
}

// Cheap pre-check before analysing a lower-case word after a name: does it end like a surname or patronymic
// (-ов/-ев/-ин, -ov/-ev, -ұлы, -қызы, optionally -а/-ич/-на, then up to five letters of case ending: `каримовой`,
// `ivanovich`)? Char codes instead of a regex: this runs on most lower-case words (~4% of the scan as a regex).
function lowerContinuation(word: string): boolean {
  if (word === lastAsked) return lastAnswer;
  lastAsked = word;
  lastAnswer = endsLikeSurname(word);
  return lastAnswer;
}
// `Мила упаковка`: in Russian text a lower-case word Russian knows, read as a surname only through a Turkic case
// ending (`упаков` + `-ка`), does not carry a name on. Russian surname endings start with a vowel (`волкова`, `-ым`).
function everydaySurnameLike(word: string, cyrillic: boolean, turkic: boolean, info: WordInfo, resources: NameResources): boolean {
  if (!cyrillic || turkic) return false;
  const evidence = info.evidence(cyrillic, resources, turkic);
  if (evidence.endingLength === 0 || evidence.nameFlags !== 0) return false;
  const ending = word.charCodeAt(word.length - evidence.endingLength);
  const vowel = ending === 0x430 || ending === 0x443 || ending === 0x44b || ending === 0x43e || ending === 0x435 || ending === 0x438 || ending === 0x44e || ending === 0x44f;
  return !vowel && resources.commonWords.hasWord(info);
}

// One-entry memo: the scan asks about word i + 1 while scoring word i, then about the same string as word i + 1.
let lastAsked = '';
let lastAnswer = false;

export function endsLikeSurname(word: string): boolean {
  const length = word.length;
  if (length < 4) return false;
  for (let tail = 0; tail <= 8 && tail <= length - 2; tail++) {
    const end = length - tail;
    if (tail > 0 && !isEndingLetter(word.charCodeAt(end))) return false;
    const last = word.charCodeAt(end - 1);
    const beforeLast = word.charCodeAt(end - 2);
    const surnameCore =
      (last === 0x432 /* в */ && (beforeLast === 0x43e || beforeLast === 0x435)) || (last === 118 /* v */ && (beforeLast === 111 || beforeLast === 101));
    if (surnameCore && tail - surnameExtension(word, end) <= 5) return true;
    if (last === 0x43d /* н */ && beforeLast === 0x438 && tail - (word.charCodeAt(end) === 0x430 ? 1 : 0) <= 5) return true;
    if (tail > 5) continue;
    if (last === 0x44b /* ы */ && end >= 3 && beforeLast === 0x43b && word.charCodeAt(end - 3) === 0x4b1) return true;
    if (last === 0x44b && end >= 4 && beforeLast === 0x437 && word.charCodeAt(end - 3) === 0x44b && word.charCodeAt(end - 4) === 0x49b) return true;
  }
  return false;
}

// Length of -а/-ич/-на right after an -ов/-ев core ending at `at` (`-ова`, `-ович`, `-овна`; Latin -ova, -ovich,
// -ovna, and the mixed-script -ovа users type).
function surnameExtension(word: string, at: number): number {
  const core = word.charCodeAt(at - 1);
  const first = word.charCodeAt(at);
  const second = word.charCodeAt(at + 1);
  if (core === 0x432) {
    if (first === 0x430) return 1;
    if ((first === 0x438 && second === 0x447) || (first === 0x43d && second === 0x430)) return 2;
    return 0;
  }
  if (first === 97 || (first === 0x430 && word.charCodeAt(at - 2) === 111)) return 1;
  if (first === 110 && second === 97) return 2;
  if (first === 105 && second === 99 && word.charCodeAt(at + 2) === 104) return 3;
  return 0;
}

// Letters a case ending after a surname core may have: Russian а-я, Kazakh ә ғ қ ң ө ұ ү һ і, Latin a-z, apostrophe.
function isEndingLetter(code: number): boolean {
  if (code >= 0x430 && code <= 0x44f) return true;
  if (code >= 97 && code <= 122) return true;
  return code === 39 || code === 0x4d9 || code === 0x493 || code === 0x49b || code === 0x4a3 || code === 0x4e9 || code === 0x4b1 || code === 0x4af || code === 0x4bb || code === 0x456;
}

export const particles: ReadonlySet<string> = new Set(['ибн', 'ibn', 'bin', 'бин', 'бен', 'van', 'von', 'der', 'de', 'da', 'del', 'di', 'du', 'dos', 'фон', 'ван', 'дер', 'де', 'ди', 'да', 'дю', 'ле', 'ла', 'ал', 'аль', 'эль', 'әл', 'al', 'ad', 'el', 'la', 'le']);

export const WordKind = { None: 0, Name: 1, Initial: 2, Patronymic: 3, Particle: 4 } as const;
export type WordKind = (typeof WordKind)[keyof typeof WordKind];

export interface WordScore {
  kind: WordKind;
  score: number;
  base: string;
  source: 'known' | 'gazetteer' | 'morphology' | 'cue' | 'capital';
  /** The name ends here: a Kazakh case ending, or a surname/patronymic after which only listed names may follow. */
  closes?: 'ending' | 'surname';
  /** A listed first name. */
  given?: boolean;
  /** A lower-case name right after a cue word (`this is john`): a listed surname may follow it. */
  cued?: boolean;
  /** Patronymic by its ending (`Ойбековна`, `Берікұлы`). */
  patronymic?: boolean;
}

// Kazakh derivational, plural and possessive endings: a capitalised unknown word with one is a compound noun or
// title word (`Әкімшілігі`, `Ұлттар`, `Еуразиялық`), not a name.
const turkicNounEnding = new EndingSet(['лық', 'лік', 'дық', 'дік', 'тық', 'тік', 'шы', 'ші', 'сы', 'сі', 'лар', 'лер', 'дер', 'тер', 'ған', 'ген', 'қан', 'кен', 'ғы', 'гі', 'ғын', 'гін', 'нан', 'нен', 'дан', 'ден', 'тан', 'тен', 'ның', 'нің', 'дың', 'дің', 'тың', 'тің', 'ға', 'ге', 'қа', 'ке', 'да', 'де', 'та', 'те', 'ды', 'ді', 'ты', 'ті', 'ны', 'ні', 'мыз', 'міз', 'не', 'на', 'сіне', 'сына']);

// Russian adjective endings: a capitalised unknown word with one is a place or organisation adjective
// (`Русской службе`, `Нижний Новгород`), not a surname.
const adjectiveEnding = new EndingSet(['ый', 'ий', 'ой', 'ая', 'яя', 'ое', 'ее', 'ые', 'ие', 'ого', 'его', 'ому', 'ему', 'ым', 'им', 'ыми', 'ими', 'ую', 'юю', 'ых', 'их', 'ской', 'ского', 'скому', 'ским', 'ском']);

const shortSurnameEnding = new EndingSet(['ин', 'ын', 'in']);

// A surname from any language's list (`smith`, `petrova`); only asked after a cued lower-case given name, so rare.
// The entry itself, not a stem behind a guessed case ending (`and` → `anda`), and not a two- or three-letter word.
function isListedSurname(word: string, evidence: WordEvidence): boolean {
  return word.length >= 4 && evidence.base === word && (evidence.nameFlags & WordFlag.Surname) !== 0;
}

// One-letter abbreviations of settlement words written before a place name (г. Москва, с. Ивановка).
const placeAbbreviations = new Set(['г', 'с', 'п', 'д']);

/**
 * Every WordScore has all its fields, in this order: one hidden class, so the readers (runs, mentions, pairs and the
 * next word's scoring) stay monomorphic. Objects of varying shape made every `scores[i].kind` a megamorphic lookup.
 */
function wordScore(kind: WordKind, score: number, base: string, source: WordScore['source'], given?: boolean): WordScore {
  return { kind, score, base, source, closes: undefined, given, cued: undefined, patronymic: undefined };
}

const none: WordScore = wordScore(WordKind.None, 0, '', 'capital');
/**
 * The score of a word that is no part of a name: one shared object that nothing writes to (not frozen: a frozen
 * object has a hidden class of its own, and the readers of scores would see two).
 */
export const notAName: Readonly<WordScore> = none;

/**
 * True only where scoreWord() answers `notAName` through its lower-case exit (or at once, for a token with a digit):
 * a lower-case word with no cue or known names around it, after no name word, before no surname-like word, and with
 * nothing in itself that a name part has. Most tokens are such words; the scan asks this first and skips scoreWord.
 * Every test here is one that exit makes, cheapest first: keep the two in step.
 */
export function plainLowerWord(
  text: string,
  tokens: readonly Token[],
  folded: readonly string[],
  wordBits: ArrayLike<number>,
  firstCodes: ArrayLike<number>,
  i: number,
  known: KnownNames | undefined,
  cue: number,
  after: number,
  previous: WordScore | undefined,
  lowerCaseWriting: boolean,
): boolean {
  // wordBits[k] and firstCodes[k]: WordInfo.bits and the first code of folded[k] (the scan keeps them in flat
  // arrays, so a plain word costs no visit to its WordInfo or its string).
  const token = tokens[i]!;
  if (token.hasDigit) return true;
  const firstCode = text.charCodeAt(token.start);
  if (firstCode !== firstCodes[i]! && firstCode !== 0x451) return false;
  if (after !== 0 || cue === Cue.Strong || cue === Cue.Intro || cue === Cue.Role || (known !== undefined && known.size > 0)) return false;
  // InnerHyphen: scoreWord reads `бекжан-ака`, `жыпар-эже` before its lower-case exit, in short messages too.
  if (wordBits[i]! & (WordBit.PatronymicWord | WordBit.Particle | WordBit.SurnameLike | WordBit.InnerHyphen)) return false;
  if (previous !== undefined && (previous.kind === WordKind.Name || previous.kind === WordKind.Initial)) return false;
  if (token.end - token.start === 1 && text.charCodeAt(token.end) === 46) return false;
  if (token.sentenceStart && text.charCodeAt(token.end) === 44) return false;
  if (i + 1 < tokens.length && wordBits[i + 1]! & WordBit.SurnameLike) return false;
  if (i + 2 < tokens.length && wordBits[i + 2]! & WordBit.PatronymicWord) return false;
  if (lowerCaseWriting && folded[i]!.length >= 4) return false;
  return !articleBeforeCapital(text, token.start, token.end);
}

export function scoreWord(
  text: string,
  tokens: readonly Token[],
  folded: readonly string[],
  words: readonly WordInfo[],
  wordBits: ArrayLike<number>,
  firstCodes: ArrayLike<number>,
  i: number,
  resources: NameResources,
  known: KnownNames | undefined,
  cue: number,
  after: number,
  turkic: boolean,
  mostlyCyrillic: boolean,
  previous: WordScore | undefined,
  lowerCaseWriting = false,
): WordScore {
  const token = tokens[i]!;
  if (token.hasDigit) return none;
  // words[i].folded, .bits and first folded code, read from the scan's arrays (plainLowerWord explains why).
  const info = words[i]!;
  const word = folded[i]!;
  const bits = wordBits[i]!;
  // `здарова ильсур` (cue-typos.ts): a greeting as chat spells it is no name, whatever its ending reads.
  if (bits & WordBit.MisspeltCue && chatGreetingWord(word)) return none;
  // `Зорвина-апаға`, `zorvina-opaga`: a name hyphenated to its honorific, in any case and capitalisation; a listed
  // place spelt the same way is the place (`Чолпон-Ата`, `Алма-Ата`).
  if (bits & WordBit.InnerHyphen && nameWithHyphenHonorific(word, resources) && !everydayBeforeHonorific(word, resources) && (info.evidence(token.cyrillic, resources, turkic).stopFlags & WordFlag.Place) === 0) {
    const hyphenated = wordScore(WordKind.Name, nameWeights.lowerFirstAfterCue, word.slice(0, word.indexOf('-')), 'cue');
    hyphenated.closes = 'ending';
    return hyphenated;
  }
  // Fast exit for the common case: a lower-case word with no cue, no known names and no name-like neighbour.
  // `folded` is the lower-cased text: a first letter equal to its folded form is lower case.
  const firstCode = text.charCodeAt(token.start);
  const lower = firstCode === firstCodes[i]! || firstCode === 0x451;
  let lowerRole: 'continuation' | 'vocative' | 'pair' | 'surnameFirst' | 'afterInitials' | 'beforePatronymic' | 'lowerWriting' | undefined;
  // A lower-case initial right after a name word (`каримовой з.а.`).
  // Only in lower-case writing: `Victor Hugo u. 49` is a Hungarian street abbreviation, not an initial.
  if (lower && token.end - token.start === 1 && previous !== undefined && previous.kind !== WordKind.None && text.charCodeAt(token.end) === 46 && i > 0 && text.charCodeAt(tokens[i - 1]!.start) === folded[i - 1]!.charCodeAt(0)) {
    return wordScore(WordKind.Initial, nameWeights.initial, word, 'gazetteer');
  }
  // Lower-case initials before a lower-case surname (`к.р. шукуруллаева`, `g.n. eshmatova`).
  if (lower && token.end - token.start === 1 && text.charCodeAt(token.end) === 46 && initialsBeforeSurname(text, tokens, folded, i)) {
    return wordScore(WordKind.Initial, nameWeights.initial, word, 'gazetteer');
  }
  // `аль-Барадеи`, `эль-Масри`, `al-Haj`: a lower-case Arabic article joined to a capitalised name.
  if (lower && articleBeforeCapital(text, token.start, token.end)) return wordScore(WordKind.Name, nameWeights.surname, word, 'morphology');
  // A reporting verb after a lower-case word lets a listed name through (`тимофей позвонил`), not other words.
  const verbAfter = after === 2 && lower && word.length >= 4;
  if (lower && cue !== Cue.Strong && cue !== Cue.Intro && cue !== Cue.Role && after !== 1 && after !== 3 && !verbAfter && (known === undefined || known.size === 0)) {
    // Computed once here; the word before usually asked the same question about this word (memoised).
    const surnameLike = (bits & WordBit.SurnameLike) !== 0;
    if (bits & WordBit.PatronymicWord || (word.length <= 3 && bits & WordBit.Particle)) {
      // handled below
    } else if (
      previous?.kind === WordKind.Name && (previous.score >= 0.5 || previous.given === true || previous.closes === 'surname') && onlySpaces(text, tokens[i - 1]!.end, token.start, 2) &&
      (surnameLike || previous.closes === 'surname' || (i + 1 < tokens.length && wordBits[i + 1]! & WordBit.PatronymicWord) || ((previous.source === 'cue' || previous.cued === true) && isListedSurname(word, info.evidence(token.cyrillic, resources, turkic))) || (previous.given === true && surnameOrPatronymicAfterGiven(word)) || englishSurnameAfterCuedName(tokens, folded, info, i, previous, resources, turkic)) &&
      !everydaySurnameLike(word, token.cyrillic, turkic, info, resources)
    ) {
      lowerRole = 'continuation';
    } else if (previous?.kind === WordKind.Initial && i > 0 && text.charCodeAt(tokens[i - 1]!.end) === 46 && endsLikeSurnameAfterInitials(word)) {
      lowerRole = 'afterInitials';
    } else if (token.sentenceStart && text.charCodeAt(token.end) === 44) {
      lowerRole = 'vocative';
    } else if (i + 1 < tokens.length && onlySpaces(text, token.end, tokens[i + 1]!.start, 2) && wordBits[i + 1]! & WordBit.SurnameLike) {
      lowerRole = 'pair';
    } else if (surnameLike && initialFollows(text, tokens, i)) {
      // `каримовой з.а.`: a lower-case surname before initials.
      lowerRole = 'surnameFirst';
    } else if (surnameLike && i + 1 < tokens.length && text.charCodeAt(tokens[i + 1]!.start) === folded[i + 1]!.charCodeAt(0) && nextIsGivenName(text, tokens, words, i, resources, turkic)) {
      // `jo‘rayev shuhrat`: a lower-case surname before a lower-case given name.
      lowerRole = 'surnameFirst';
    } else if (i + 2 < tokens.length && wordBits[i + 2]! & WordBit.PatronymicWord && !(bits & WordBit.PatronymicWord)) {
      // `канышай асанбек кызы`: two words before уулу/кызы/o‘g‘li/qizi are the given name and the father's.
      lowerRole = 'beforePatronymic';
    } else if (lowerCaseWriting && word.length >= 4) {
      // The whole text is lower case: capitalisation says nothing, so a listed given name stands on its own.
      lowerRole = 'lowerWriting';
    } else {
      return none;
    }
  }
  if (bits & WordBit.PatronymicWord) return wordScore(WordKind.Patronymic, 0, word, 'morphology');
  if (token.end - token.start <= 3 && bits & WordBit.Particle) return wordScore(WordKind.Particle, 0, word, 'gazetteer');

  const length = token.end - token.start;
  const capital = !lower;
  if (capital && length === 1) {
    if (text.charCodeAt(token.end) === 46) return wordScore(WordKind.Initial, nameWeights.initial, word, 'gazetteer');
    // `Kate M Begum`: a middle initial without its dot, between two name words (not the words `I` and `A`).
    const letter = text.charCodeAt(token.start);
    const nextToken = tokens[i + 1];
    const between =
      // `A` is the article unless a listed given name stands before it (`Juliusz A Kwiatkowski`).
      previous?.kind === WordKind.Name && letter !== 73 && (letter !== 65 || previous.given === true) && nextToken !== undefined && text.charCodeAt(token.end) === 32 &&
      text.charCodeAt(nextToken.start) !== folded[i + 1]!.charCodeAt(0);
    return between ? wordScore(WordKind.Initial, nameWeights.initial, word, 'gazetteer') : none;
  }
  if (bits & WordBit.StreetWord) return none;
  // `бурулкан эженин`: an honorific with a case ending after a name word is no part of the name (`Эжен` + -ин).
  if (bits & WordBit.HonorificWithEnding && previous !== undefined && previous.kind === WordKind.Name) return none;
  if (domainFollows(text, tokens, folded, i)) return none;
  if (!token.cyrillic && bits & WordBit.Contraction) return none;

  if (known !== undefined && known.size > 0) {
    const base = known.findWord(info, token.cyrillic);
    if (base !== undefined) return wordScore(WordKind.Name, nameWeights.known, base, 'known');
  }
  const cued = cue === Cue.Strong || cue === Cue.Intro || cue === Cue.Role || after === 1 || verbAfter;
  if (!capital && !cued && lowerRole === undefined && after !== 3) return none;
  if (word.length < 2) return none;
  // Acronyms (`ООО`, `UZUM`): the second and the last letter are upper case too.
  const allUpper = capital && length > 1 && text.charCodeAt(token.start + 1) !== word.charCodeAt(1) && text.charCodeAt(token.end - 1) !== word.charCodeAt(length - 1);
  if (allUpper && length <= 3) return none;

  // `Пресс-служба`, `Вице-спикер`: a capitalised compound with a lower-case part after the hyphen is a noun (names
  // capitalise every part: `Жан-Поль`, `Мамин-Сибиряк`; Latin-script surnames may not: `Hauta-aho`).
  if (capital && token.cyrillic && lowerAfterHyphen(text, token.start, token.end, word, resources.cuesAfter)) return none;
  const evidence: WordEvidence = info.evidence(token.cyrillic, resources, turkic);
  // `Жена заказывала`, `Кешбэк пришел`: before a lower-case word, a sentence opener's capital says nothing either
  // (ru-everyday.ts).
  if (capital && token.sentenceStart && token.cyrillic && !turkic && !capitalFollows(text, tokens, folded, i) && everydayAtSentenceStart(word, evidence, resources)) return none;
  // `Здравствуйте Меня зовут…`, `Спасибо Купил…` (run-on-openers.ts): with the punctuation left out, a capitalised
  // pronoun or past-tense verb on no name list right after a greeting or thanks opens the customer's next sentence.
  if (capital && cue === Cue.Strong && !token.sentenceStart && token.cyrillic && !turkic && evidence.nameFlags === 0 && russianRunOnOpener(word, capitalFollows(text, tokens, folded, i), (form) => resources.commonWords.has(form))) return none;
  if (evidence.stopFlags !== 0) {
    // `Хиллари Клинтон`, `Джек Лондон`: a capitalised place name right after a listed given name is its surname.
    const surnameAfterGiven =
      // The word before first: most stop words follow no given name, and the cue-word lookup is then skipped.
      capital && previous?.given === true && previous.closes === undefined && evidence.nameFlags === 0 &&
      (evidence.stopFlags === WordFlag.Place || (evidence.stopFlags === WordFlag.NotName && token.cyrillic && !resources.cueWords.has(word))) &&
      onlySpaces(text, tokens[i - 1]!.end, token.start, 1) && tokens[i - 1]!.cyrillic === token.cyrillic &&
      !(evidence.stopFlags === WordFlag.NotName && everydayWordOpensClause(word, words[i - 1]!.evidence(token.cyrillic, resources, turkic).endingLength === 0, resources.commonWords.hasWord(info), turkic)) &&
      !(evidence.stopFlags === WordFlag.Place && words[i - 1]!.evidence(token.cyrillic, resources, turkic).endingLength === 0 && placeCaseForm(word, resources.placeWords));
    if (surnameAfterGiven) return wordScore(WordKind.Name, nameWeights.unknownCapital, word, 'capital');
    // `Н. Кан заявил`: a place name right after an initial is a surname (not after `Г.`, `С.`, `П.`, `Д.`: город,
    // село, посёлок, деревня).
    const surnameAfterInitial =
      capital && evidence.stopFlags === WordFlag.Place && evidence.nameFlags === 0 && previous?.kind === WordKind.Initial && text.charCodeAt(tokens[i - 1]!.end) === 46 &&
      onlySpaces(text, tokens[i - 1]!.end + 1, token.start, 1) && !placeAbbreviations.has(folded[i - 1]!);
    if (surnameAfterInitial) return wordScore(WordKind.Name, nameWeights.unknownCapital, word, 'capital');
    // `Оператор Олимпиада:`, `Спасибо Олимпиада,`: a listed first name that is also an everyday word, after a role
    // word or a greeting, is the name (scored like an ambiguous first name, so the cue decides).
    // Not `Hello, My order…` (run-on-openers.ts): an English pronoun or article some world list holds as a name.
    if (capital && cuedFirstName(evidence, cue, word, resources) && !englishRunOnOpener(word)) {
      return wordScore(WordKind.Name, atStartScore(token.sentenceStart), evidence.base, 'gazetteer', true);
    }
    // `исмим Бўстон Аҳмедова`: a place or everyday word used as a given name, after a cue and before a surname.
    // The cue is tested first (placeOrWordAsGivenName tests it again): no surname lookup for most words.
    if (capital && (cue === Cue.Role || cue === Cue.Strong || cue === Cue.Intro) && !resources.cueWords.has(word) && placeOrWordAsGivenName(cue, nextIsSurname(text, tokens, folded, words, i, resources, turkic))) {
      return wordScore(WordKind.Name, nameWeights.firstAmbiguous, word, 'gazetteer', true);
    }
    return none;
  }

  if (!capital) {
    // `день` is no `Дэн`, `семья` no `Сэм` (ru-everyday.ts).
    if (token.cyrillic && !turkic && evidence.nameFlags !== 0 && everydayRussianWord(word, evidence, resources)) return none;
    // Lower-case chat names: a listed, unambiguous first name after a greeting, thanks or role word, as a
    // vocative (`бекзат, сизге рахмат`), or next to a lower-case surname (`javlon yusupov`).
    const unambiguousFirst = (evidence.nameFlags & WordFlag.First) !== 0 && (evidence.nameFlags & WordFlag.Ambiguous) === 0;
    const surnameLike = evidence.morph === Morph.Surname || evidence.morph === Morph.Patronymic;
    // After a name, a lower-case given name, patronymic or -ов/-ев surname (not -ин: `Кремниевой долиной`).
    // A father's name before `уулу`/`o‘g‘li` need not be listed (`эмил чыңгыз уулу`).
    const beforePatronymicWord = i + 1 < tokens.length && (wordBits[i + 1]! & WordBit.PatronymicWord) !== 0;
    const continues =
      unambiguousFirst || beforePatronymicWord || evidence.morph === Morph.Patronymic || (evidence.morph === Morph.Surname && !shortSurnameEnding.test(evidence.base)) ||
      // After a given name, -евной/-ович stems are the patronymic (`светланой юрьевной`, `демид ильич`), not adjectives.
      (evidence.morph === Morph.WeakSurname && previous?.given === true && patronymicStem.test(evidence.base)) ||
      // After a given name found by its cue (`my name is john smith`), a listed surname of any language.
      ((previous?.source === 'cue' || previous?.cued === true) && isListedSurname(word, evidence) && !(evidence.latinList && everydayAfterCuedName(word, resources))) ||
      (previous !== undefined && englishSurnameAfterCuedName(tokens, folded, info, i, previous, resources, turkic));
    if (lowerRole === undefined) {
      // Before a verb or an after-cue the continuation check above was skipped (`оператор анна смирнова помогла`).
      const afterCuedName = (previous?.source === 'cue' || previous?.cued === true) && previous.kind === WordKind.Name && onlySpaces(text, tokens[i - 1]!.end, token.start, 2);
      // `эшқул тожибоева қўнғироқ қилди`, `калысбек токтогулов чалды`: so was it before a call verb, after a given name.
      const afterGivenName = previous?.kind === WordKind.Name && previous.given === true && surnameLike && onlySpaces(text, tokens[i - 1]!.end, token.start, 2);
      if ((afterCuedName || afterGivenName) && continues && !unambiguousFirst) return lowerNameScore(evidence, cue, turkic, unambiguousFirst, surnameLike, nameWeights.lowerContinuation, 'morphology');
      if (verbAfter && cue !== Cue.Strong && cue !== Cue.Intro && cue !== Cue.Role) {
        return unambiguousFirst && !evidence.latinList ? lowerNameScore(evidence, cue, turkic, unambiguousFirst, surnameLike, nameWeights.lowerFirstAfterCue, 'cue') : none;
      }
      // After an introduction, before an honorific, or right after a service role (`оператор серік`, `kuryer
      // yulduz`; not from the big English lists, which hold `get`) even an everyday-word name counts.
      // Not an English word read as a name through a Russian ending (`courier very` is no Vera + -y, `lady` no Lada).
      if ((unambiguousFirst && !(cue === Cue.Role && evidence.base !== word && afterServiceRole(folded, i, resources) && turkicRoleAdjective(text, tokens, folded, i))) || ((cue === Cue.Intro || after === 1 || (cue === Cue.Role && !evidence.latinList && afterServiceRole(folded, i, resources) && !englishWordThroughEnding(token, word, evidence) && !turkicRolePredicate(text, tokens, folded, i, evidence.base !== word, true, false))) && evidence.nameFlags & WordFlag.First)) return lowerNameScore(evidence, cue, turkic, unambiguousFirst, surnameLike, nameWeights.lowerFirstAfterCue, 'cue');
      // `тожибой молодец`: praise or an honorific after a word shaped like a Central Asian given name.
      if (after === 1 && evidence.nameShape && evidence.stopFlags === 0) return lowerNameScore(evidence, cue, turkic, unambiguousFirst, surnameLike, nameWeights.lowerFirstAfterCue, 'cue');
      // `здравствуйте, лола!`, `сәлем, сәуле`: a first name that is also a word, right after a greeting and closing
      // its clause.
      if ((cue === Cue.Strong || cue === Cue.Intro) && evidence.nameFlags & WordFlag.First && !evidence.latinList && word.length >= 4 && clauseEndsAfter(text, token.end)) {
        return lowerNameScore(evidence, cue, turkic, unambiguousFirst, surnameLike, nameWeights.lowerVocative, 'cue');
      }
      // Right after a self-introduction any word that is not a listed everyday word is the name (`исмим сувонқул`).
      if (cue === Cue.Intro && word.length >= 3 && !token.hasDigit) return lowerNameScore(evidence, cue, turkic, unambiguousFirst, surnameLike, nameWeights.lowerAfterIntro, 'cue');
      // A bare lower-case surname form only after an introduction (`меня зовут иванов`): after a role word it is
      // usually a genitive noun (`министр финансов`).
      // Read through a case ending, not a Russian word typed in Latin letters (`spasibo upakovka` = Upakov + -ka;
      // `aliyev` is on the lexicon as it stands, a surname).
      if (surnameLike && (cue === Cue.Strong || cue === Cue.Intro) && (token.cyrillic || evidence.base === word || !russianTypedInLatin(word, evidence, resources))) return lowerNameScore(evidence, cue, turkic, unambiguousFirst, surnameLike, nameWeights.surname, 'cue');
      // Not a lower-case everyday genitive before a capitalised name (`адвокат истцов Томас`): capitalised writing
      // would have capitalised the surname too.
      if (surnameLike && cue === Cue.Role && nextIsGivenName(text, tokens, words, i, resources, turkic) && !(token.cyrillic && i + 1 < tokens.length && text.charCodeAt(tokens[i + 1]!.start) !== folded[i + 1]!.charCodeAt(0) && resources.commonWords.hasWord(info))) return lowerNameScore(evidence, cue, turkic, unambiguousFirst, surnameLike, nameWeights.surname, 'cue');
      // `здравствуйте, азамат ерланович`, `hurmatli mashhura rahim qizi`: a patronymic after the word makes it the
      // given name, listed as an everyday word or not listed at all.
      // Not a genitive (`uning katta o‘g‘li` "his elder son", after the cue word `katta`).
      if (word.length >= 3 && patronymicAhead(text, tokens, folded, i) && !genitiveEnding(word)) return lowerNameScore(evidence, cue, turkic, unambiguousFirst, surnameLike, nameWeights.lowerFirstAfterCue, 'cue');
      if (unlistedChatName(text, tokens, folded, i, evidence, cue, after, turkic, resources)) return lowerNameScore(evidence, cue, turkic, unambiguousFirst, surnameLike, nameWeights.lowerVocative, 'cue');
      return none;
    }
    if (lowerRole === 'continuation') return continues ? lowerNameScore(evidence, cue, turkic, unambiguousFirst, surnameLike, nameWeights.lowerContinuation, 'morphology') : none;
    // `jo‘rayev shuhrat`, and the Kazakh patronymic first (`мейрамұлы дәурен`).
    if (lowerRole === 'surnameFirst') return evidence.morph === Morph.Surname || evidence.morph === Morph.Patronymic ? lowerNameScore(evidence, cue, turkic, unambiguousFirst, surnameLike, nameWeights.lowerPairStart, 'morphology') : none;
    if (lowerRole === 'afterInitials') return evidence.morph === Morph.Surname || evidence.morph === Morph.WeakSurname ? lowerNameScore(evidence, cue, turkic, unambiguousFirst, surnameLike, nameWeights.lowerPairStart, 'morphology') : none;
    // Alone, a lower-case name must be long enough not to be a common short word (`тема`, `дана`).
    // A pair needs the surname-like next word, so a shorter given name is safe there (`olga krylova`).
    // `это марина кузнецова`: after any cue, a first name that is also a word before a lower-case surname.
    // `муслимбек раҳмонқулов билан …`: an unlisted given name before a lower-case surname, opening a Turkic message.
    if (lowerRole === 'beforePatronymic') {
      if (!unambiguousFirst && !turkicPatronymicGiven(text, tokens, folded, i, evidence, resources)) return none;
      const given = lowerNameScore(evidence, cue, turkic, unambiguousFirst, surnameLike, nameWeights.lowerPairStart, 'morphology');
      given.given = true;
      return given;
    }
    if (lowerRole === 'pair' && unlistedGivenBeforeSurname(tokens, folded, i, evidence, turkic, resources)) {
      const given = lowerNameScore(evidence, cue, turkic, unambiguousFirst, surnameLike, nameWeights.lowerPairStart, 'morphology');
      given.given = true;
      return given;
    }
    if (lowerRole === 'pair' && cue !== Cue.None && evidence.nameFlags & WordFlag.First && !evidence.latinList && evidence.stopFlags === 0 && word.length >= 3) {
      return lowerNameScore(evidence, cue, turkic, unambiguousFirst, surnameLike, nameWeights.lowerPairStart, 'gazetteer');
    }
    if (!unambiguousFirst || (evidence.latinList && lowerRole !== 'lowerWriting' && lowerRole !== 'pair') || word.length < (lowerRole === 'pair' || lowerRole === 'lowerWriting' ? 4 : 5)) return none;
    // `мұхиты жылы` "its ocean": a listed name with a possessive vowel, in lower-case Turkic writing (turkic-shape.ts).
    if (lowerRole === 'lowerWriting' && turkic && token.cyrillic && possessiveAfterName(word, evidence.endingLength)) return none;
    return lowerNameScore(evidence, cue, turkic, unambiguousFirst, surnameLike, lowerRole === 'vocative' || lowerRole === 'lowerWriting' ? nameWeights.lowerVocative : nameWeights.lowerPairStart, 'gazetteer');
  }

  // The dot of an initial does not end a sentence (`З. Д. Югай`).
  const atStart = token.sentenceStart && previous?.kind !== WordKind.Initial;
  let score = 0;
  let source: WordScore['source'] = 'gazetteer';
  if (evidence.nameFlags & WordFlag.First) {
    score = evidence.nameFlags & WordFlag.Ambiguous ? (atStart ? nameWeights.firstAmbiguousAtSentenceStart : nameWeights.firstAmbiguous) : nameWeights.first;
  } else if (evidence.nameFlags & WordFlag.Surname) {
    score = evidence.nameFlags & WordFlag.Ambiguous ? nameWeights.firstAmbiguousAtSentenceStart : nameWeights.surnameList;
  }
  // `Я Буду дома`: right after `я`, a first-person auxiliary that a name list holds too is the verb.
  if (score > 0 && token.cyrillic && !turkic && firstPersonAuxiliaries.has(word) && afterLoneYa(text, tokens, folded, i)) return none;
  let morphScore = 0;
  let givenAfterSurname = false;
  if (evidence.morph === Morph.Patronymic) morphScore = nameWeights.patronymic;
  else if (evidence.morph === Morph.Surname) morphScore = atStart ? nameWeights.surnameAtSentenceStart : nameWeights.surname;
  // `Призовой фонд`, `Ключевым был`: opening a sentence, an -ов/-ев word with an adjective ending is an adjective
  // unless a name stands next to it.
  if (atStart && evidence.morph === Morph.Surname && token.cyrillic && !turkic && adjectiveEnding.test(word) && !nextIsName(text, tokens, folded, words, i, resources, turkic)) morphScore = nameWeights.weakSurname;
  else if (evidence.morph === Morph.WeakSurname) morphScore = nameWeights.weakSurname;
  // `Жазбай кеттіңіз`, `Jonajon do'konim` (turkic-unlisted.ts): a negative converb or a reduplication ends like a name
  // (the converb only opening a sentence: inside one its capital makes `Құрманбай` a name).
  else if (evidence.nameShape && !everydayShapedWord(word, resources, atStart, info)) morphScore = nameWeights.nameShape;
  // `Нұржанға`, `Azizbekning`: a name-forming ending behind a case ending; the case ending closes the name.
  const shapedCase = morphScore === 0 && evidence.nameFlags === 0 && evidence.stopFlags === 0 && (turkic || !token.cyrillic) && info.shapeBeforeCaseEnding(resources);
  // `Eshqul`, `Islomnazarning`, `Дәулетханның`: the name endings that need a second piece of evidence
  // (turkic-shape.ts), here the capital letter.
  const turkicShape = morphScore === 0 && !shapedCase && evidence.nameFlags === 0 && evidence.stopFlags === 0 && (turkic || !token.cyrillic) ? info.givenShape() : 0;
  const turkicShapedCase = turkicShape === GivenShape.Base || turkicShape === GivenShape.CaseEnding;
  if (shapedCase || turkicShapedCase) morphScore = nameWeights.nameShape;
  // `Любовь к магазину`, `Марина в заказе`: an everyday word opening the sentence is no surname by its ending (ru-everyday.ts).
  if (atStart && morphScore > score && token.cyrillic && !turkic && everydayGivenName(word, evidence, resources)) morphScore = 0;
  if (morphScore > score) {
    score = morphScore;
    source = 'morphology';
  }
  if (atStart && score === morphScore && evidence.nameFlags === 0 && token.cyrillic && !turkic && commonWordAtStart(resources.commonWords, capitalQuestion(text, tokens, folded, i, { atStart, cued: cue !== Cue.None || after !== 0, russianText: mostlyCyrillic, after: 'other' }, info))) return none;
  // Adjectival forms (`Российской`, `Петровского`) count only right after a given name or an initial.
  const adjectival =
    token.cyrillic && !turkic && (adjectiveEnding.test(word) || locativeAdjective(word)) && (evidence.nameFlags & WordFlag.First) === 0 && evidence.morph !== Morph.Surname && evidence.morph !== Morph.Patronymic;
  if (
    adjectival && !evidence.nameShape && !(previous?.given || previous?.kind === WordKind.Initial) && !nextIsGivenName(text, tokens, words, i, resources, turkic) &&
    // `Тифензее`: an -ее form the Russian lexicon does not know is a foreign name, not a comparative (`новее`).
    !(word.endsWith('ее') && !resources.commonWords.hasWord(info)) &&
    // `президентом Обамой`: after a role word, an adjective-like form the lexicon does not know is a foreign name.
    !(cue === Cue.Role && !resources.commonWords.hasWord(info) && !resources.commonWords.isProperNoun(word)) &&
    // `Спасибо, Аглая!`, `Здравствуйте, Ангелая`: after thanks or a greeting, an -ая word no everyday adjective
    // (the lexicon knows `Спасибо, дорогая`; it holds some given names as proper nouns).
    !(cue === Cue.Strong && token.cyrillic && !resources.commonWords.hasWord(info)) &&
    !(evidence.morph === Morph.WeakSurname && skiySurnameInContext(text, tokens, folded, i, cue, after, previous)) &&
    !(word.endsWith('ий') && !skiyStem.test(word) && nextIsSurname(text, tokens, folded, words, i, resources, turkic)) &&
    // `Оператор Власий:`: after a service role, an -ий word that is no everyday word is a given name.
    !(word.endsWith('ий') && cue === Cue.Role && afterServiceRole(folded, i, resources) && !resources.commonWords.hasWord(info)) &&
    // `Оператор: Евграфий Петрович`: before a capitalised patronymic, an -ий word the lexicon does not know is the given name.
    !(word.endsWith('ий') && !resources.commonWords.hasWord(info) && nextIsPatronymic(text, tokens, folded, words, i, resources, turkic)) &&
    // `с Каролиной Бехзодовной`: after a name word, a woman's patronymic in an oblique case (ru-full-names.ts).
    !(previous?.kind === WordKind.Name && word.length >= 7 && femininePatronymicWord(word))
  ) {
    return none;
  }
  if (score === 0) {
    if (allUpper) return none;
    // `Rahmat, Kurtkani oldim` (addressee-case.ts): a case-marked word after thanks is an object, not the addressee.
    if (cue === Cue.Strong && caseMarkedAfterThanks(text, tokens, folded, i, honorificFollows(tokens, folded, i, resources))) return none;
    // Unless a service role stands before it or an honorific after it (`Курьер Nodirabegim opa молодец`).
    if (!token.cyrillic && mostlyCyrillic && !(after === 1 && honorificFollows(tokens, folded, i, resources)) && !(cue === Cue.Role && afterServiceRole(folded, i, resources))) return none;
    // Kazakh noun endings rule a word out, except after a given name (`Мария Мудряктың`) or before a patronymic
    // (`Бірлік Берікұлы`).
    // `Мен Ерқанаттың жұмысына ризамын` (turkic-genitive.ts): a capitalised possessor inside the sentence.
    // `Айбаланың кеңесі өте пайдалы болды`: opening the sentence, only before what a person gives (turkic-genitive.ts).
    const possessor = atStart ? (turkic || !token.cyrillic) && openingPossessor(text, tokens, folded, i, resources) : token.cyrillic && turkic && capitalPossessor(text, tokens, folded, i, resources);
    // `Кеше Айкүміске жаздым`, `Эсенбекке чалдым` (turkic-unlisted.ts): a capitalised dative or accusative before a
    // Turkic verb of writing or asking (opening the sentence, only when shaped like a given name).
    const contacted = capitalBeforeContactVerb(text, tokens, folded, i, atStart, resources);
    if (token.cyrillic && turkic && turkicNounEnding.test(word) && !possessor && !contacted && !previous?.given && !nextIsPatronymic(text, tokens, folded, words, i, resources, turkic) && !(cue === Cue.Role && afterServiceRole(folded, i, resources)) && !(after === 1 && datedBeforeTelling(token, word, turkic, folded[i + 1])) && !givenNameDespiteEnding(text, tokens, i, cue, previous)) {
      return none;
    }
    score = atStart ? nameWeights.unknownCapitalAtSentenceStart : nameWeights.unknownCapital;
    source = 'capital';
    if (token.cyrillic) score = commonWordScore(capitalQuestion(text, tokens, folded, i, { atStart, cued: cue !== Cue.None || after !== 0, russianText: mostlyCyrillic && !turkic, after: previous?.kind === WordKind.Initial ? 'initial' : previous !== undefined && previous.kind !== WordKind.None ? 'nameWord' : 'other' }, info), resources.commonWords) ?? score;
    if (score === 0) return none;
    // `Спасибо Мадина Хорошего дня`, `Оператор Мадина Отправила чек`: punctuation left out after a given name, an
    // everyday form no surname takes opens the next clause (everyday-surnames.ts).
    if (token.cyrillic && previous?.given === true && previous.kind === WordKind.Name && resources.commonWords.hasWord(info) && onlySpaces(text, tokens[i - 1]!.end, token.start, 1) && everydayWordOpensClause(word, words[i - 1]!.evidence(token.cyrillic, resources, turkic).endingLength === 0, true, turkic)) return none;
    if (token.cyrillic && turkic && previous?.given === true && previous.kind === WordKind.Name && loanNounWithTurkicCase(word, (stem) => resources.commonWords.has(stem))) return none;
    // `Менеджер Чекті жібердік`: a service noun with a Turkic case ending right after a role word is the line's first
    // word (the colon left out); any Russian stem would take names (`Малка`, `Мелиссти`).
    if (token.cyrillic && turkic && cue === Cue.Role && loanNounWithTurkicCase(word, russianServiceNoun)) return none;
    if (turkic && previous?.given === true && previous.kind === WordKind.Name && turkicPersonalPossessive(word)) return none;
    if (possessor || contacted) score = Math.max(score, nameWeights.nameShape);
    // `Посылка пришла мятая`, `Брат сказал`: an everyday word opening a sentence before a verb (ru-everyday.ts).
    if (atStart && cue === Cue.None && after !== 0 && token.cyrillic && !turkic && everydayOpener(word, folded[i + 1], resources)) return none;
    // `работает Сундуков Радик`, `Тұрсынбаев Тілеухан`: right after a capitalised -ов/-ова surname, an unlisted
    // capitalised word of the same script that is no everyday word is the given name (surname-first, as forms write).
    if (afterCapitalSurname(text, tokens, i, previous) && !adjectiveEnding.test(word) && !(token.cyrillic && !turkic && resources.commonWords.hasWord(info))) {
      givenAfterSurname = true;
      score = nameWeights.firstAmbiguous;
    }
  }
  if (allUpper) score -= 0.05;
  // `France`, `Phoenix`: in Latin-script text a listed name that is also a place needs a neighbour or a cue.
  if (evidence.placeName && !token.cyrillic) score = Math.min(score, nameWeights.firstAmbiguousAtSentenceStart);
  // `Lenta.ru`, `Bank of East Asia`: a Latin word from the big name lists inside Cyrillic text is usually a brand.
  if (!token.cyrillic && mostlyCyrillic && evidence.latinList) score = Math.min(score, nameWeights.latinNameInCyrillicText);
  // Unless the case form stands right before a verb of writing or asking (`Кеча Азизга ёздим`, turkic-unlisted.ts).
  if (evidence.nameFlags & WordFlag.Ambiguous && evidence.endingLength > 0 && turkic && !capitalBeforeContactVerb(text, tokens, folded, i, atStart, resources)) score = Math.min(score, nameWeights.firstAmbiguousAtSentenceStart);
  // A listed name opening a sentence and followed by a comma is a vocative (`Азамат, әзірге осы.`).
  if (score < nameWeights.firstAmbiguous && evidence.nameFlags & WordFlag.First && text.charCodeAt(token.end) === 44) score = nameWeights.firstAmbiguous;
  const result = wordScore(WordKind.Name, score, evidence.base, source);
  if (givenAfterSurname) result.given = true;
  if (cue === Cue.Role || cue === Cue.Strong || cue === Cue.Intro) result.cued = true;
  if (evidence.nameFlags & WordFlag.First) result.given = true;
  if (shapedCase || turkicShape === GivenShape.CaseEnding || (turkic && evidence.endingLength >= 2 && !diminutives.has(word.slice(word.length - evidence.endingLength)))) result.closes = 'ending';
  // A listed first name that merely ends like a surname (`Парвине`: -ин + е) does not close the name.
  else if ((evidence.morph === Morph.Surname || evidence.morph === Morph.Patronymic) && (evidence.nameFlags & WordFlag.First) === 0) result.closes = 'surname';
  // An English surname after a given name ends it (`Davis Orchestra`, `Smith Ltd`).
  else if (!token.cyrillic && evidence.latinList && (evidence.nameFlags & (WordFlag.First | WordFlag.Surname)) === WordFlag.Surname && previous?.given) result.closes = 'surname';
  // `Edi Živković's Cautionary Tales`: a possessive ends the name.
  if (!token.cyrillic && word.endsWith("'s")) result.closes = 'ending';
  if (evidence.morph === Morph.Patronymic) result.patronymic = true;
  return result;
}

// A lower-case word's name score (a module function, not a closure in scoreWord: a closure there made every
// scoreWord call allocate a context for the parameters it captured).
function lowerNameScore(evidence: WordEvidence, cue: number, turkic: boolean, unambiguousFirst: boolean, surnameLike: boolean, score: number, source: WordScore['source']): WordScore {
  const scored = wordScore(WordKind.Name, score, evidence.base, source, unambiguousFirst);
  if (cue !== Cue.None && cue !== Cue.Verb) scored.cued = true;
  if (turkic && evidence.endingLength >= 2) scored.closes = 'ending';
  else if (surnameLike && !unambiguousFirst) scored.closes = 'surname';
  return scored;
}

// `I'll`, `don't`, `we're`: English contractions are never names (the possessive `'s` is handled elsewhere).
const contractionTails = new Set(['ll', 've', 're', 'd', 'm', 't']);
export function isContraction(word: string): boolean {
  const apostrophe = word.lastIndexOf("'");
  return apostrophe > 0 && contractionTails.has(word.slice(apostrophe + 1));
}

// Affectionate endings (`Мўминжон`, `Jasurjon`) are part of the name, not a case ending that closes it.
const diminutives = new Set(['жон', 'jon', 'xon', 'хон', 'жан']);

const patronymicStem = new EndingSet(['овн', 'евн', 'ичн', 'ич']);

/**
 * Token `i` (one lower-case letter and a dot) starts up to three initials followed by a lower-case word that ends
 * like a surname: `з.а. каримовой`, `a. ahmedova`.
 */
function initialsBeforeSurname(text: string, tokens: readonly Token[], folded: readonly string[], i: number): boolean {
  // Only from the first initial of a chain (`т.е.` is judged as a whole, not from its `е.`).
  const before = tokens[i - 1];
  if (before !== undefined && before.end - before.start === 1 && text.charCodeAt(before.end) === 46 && tokens[i]!.start - before.end <= 2) return false;
  let k = i;
  while (k < i + 3 && k + 1 < tokens.length) {
    const gap = text.slice(tokens[k]!.end + 1, tokens[k + 1]!.start);
    if (gap.length > 1 || (gap.length === 1 && gap !== ' ')) return false;
    const next = tokens[k + 1]!;
    if (text.charCodeAt(next.start) !== folded[k + 1]!.charCodeAt(0)) return false;
    if (next.end - next.start === 1 && text.charCodeAt(next.end) === 46) {
      k++;
      continue;
    }
    // `g.yusupova@…` is an e-mail address: the surname stands apart from the initials.
    if (gap !== ' ' || abbreviations.has(initials(folded, i, k))) return false;
    return folded[k + 1]!.length >= 5 && endsLikeSurnameAfterInitials(folded[k + 1]!);
  }
  return false;
}

// `т.е.`, `т.к.`, `и.о.`, `e.g.`: abbreviations written like initials.
const abbreviations = new Set(['те', 'тк', 'тд', 'тп', 'ио', 'нэ', 'тч', 'вт', 'ie', 'eg', 'cc', 'ps', 'пс', 'нв']);
function initials(folded: readonly string[], from: number, to: number): string {
  let out = '';
  for (let k = from; k <= to; k++) out += folded[k]!;
  return out;
}

// Surname endings beyond the -ов/-ев/-ин pre-check, safe once initials stand before the word.
const surnameEndingsAfterInitials = new EndingSet(['зода', 'заде', 'zoda', 'zade', 'енко', 'enko', 'ян', 'yan', 'швили', 'shvili', 'дзе', 'dze', 'ская', 'ской', 'ский', 'skaya', 'skiy']);
function endsLikeSurnameAfterInitials(word: string): boolean {
  return lowerContinuation(word) || surnameEndingsAfterInitials.test(word);
}

// Lower-case patronymics (`ерланович`, `никитична`, `muhammadovich`); a bare -ич only after a given name (`ильич`).
const patronymicEnding = new EndingSet(['ович', 'евич', 'овна', 'евна', 'ична', 'ovich', 'evich', 'ovna', 'evna', 'ichna']);

/** `демид ильич`, `парвиз шарифзода`: after a listed given name, endings too loose for a lower-case word alone. */
function surnameOrPatronymicAfterGiven(word: string): boolean {
  return word.length >= 5 && (patronymicEnding.test(word) || word.endsWith('ич') || endsLikeSurnameAfterInitials(word));
}

/** The next word is a lower-case patronymic, or the word after it is a patronymic word (`rahim qizi`). */
function patronymicAhead(text: string, tokens: readonly Token[], folded: readonly string[], i: number): boolean {
  const next = tokens[i + 1];
  if (next === undefined || next.hasDigit || !onlySpaces(text, tokens[i]!.end, next.start, 2)) return false;
  if (folded[i + 1]!.length >= 6 && patronymicEnding.test(folded[i + 1]!)) return true;
  const after = tokens[i + 2];
  return after !== undefined && !isPatronymicWord(folded[i + 1]!) && onlySpaces(text, next.end, after.start, 2) && isPatronymicWord(folded[i + 2]!);
}

// -ский/-цкий in any case (`Ратманского`, `Камский`): the adjectival surname stems.
const skiyStem = /[сц]к(?:ий|ая|ого|ому|им|ом|ой|ую|ие|их|ими)$/u;

/**
 * A capitalised -ский/-цкий word is a surname, not a place adjective, next to a reporting verb (`сказал
 * Ратманский`, `По словам Ратманского`), before initials (`Трубецкая П.П.`) or right after another capitalised
 * unknown word, since Russian puts adjectives before their noun (`Гата Камский`, but `Нижний Новгород`).
 */
function skiySurnameInContext(text: string, tokens: readonly Token[], folded: readonly string[], i: number, cue: number, after: number, previous: WordScore | undefined): boolean {
  if (!skiyStem.test(folded[i]!)) return false;
  if (cue === Cue.Verb || cue === Cue.Weak || after === 2 || initialFollows(text, tokens, i)) return true;
  return (
    previous !== undefined && previous.kind === WordKind.Name && previous.source === 'capital' && !tokens[i - 1]!.sentenceStart && !adjectiveEnding.test(folded[i - 1]!) &&
    onlySpaces(text, tokens[i - 1]!.end, tokens[i]!.start, 1)
  );
}

/**
 * `Западном`, `Восточном`: -н- adjectives in the locative/instrumental (a consonant before `ном`); names in -ном have
 * a vowel there (`Антоном`, `Русланом`).
 */
function locativeAdjective(word: string): boolean {
  const length = word.length;
  if (length < 6 || !word.endsWith('ном')) return false;
  return !'аеиоуыэюяё'.includes(word[length - 4]!);
}

/** Only `!`, `,`, `.`, `?` (spaces before it allowed) or the end of the line or text after `end`. */
// English modal verbs that the name lists hold as surnames too (`Will`, `May`, `Mays`), besides the function words.
const englishModals = new Set(['will', 'may', 'might', 'must', 'shall', 'can', 'could', 'would', 'should']);

/**
 * `thanks Kevin will check`, `hey Kevin will you do a video`: in English text a lower-case English function word or
 * modal after a cued given name is the sentence going on, not the surname (everyday words that are surnames too,
 * `kuryer james young`, stay surnames: chat writes them in lower case).
 */
function everydayAfterCuedName(word: string, resources: NameResources): boolean {
  return englishModals.has(word) || resources.chatWords.englishFunctionWords.has(word) || resources.englishSocial.functionWords.has(word);
}

function clauseEndsAfter(text: string, end: number): boolean {
  let at = end;
  while (at < text.length && text.charCodeAt(at) === 32) at++;
  if (at >= text.length) return true;
  const code = text.charCodeAt(at);
  return code === 33 || code === 44 || code === 46 || code === 63 || code === 10 || code === 13;
}

/** The word before is a capitalised surname by its ending, one space before token `i`, in the same script. */
function afterCapitalSurname(text: string, tokens: readonly Token[], i: number, previous: WordScore | undefined): boolean {
  if (previous === undefined || previous.closes !== 'surname' || previous.source !== 'morphology' || previous.patronymic === true) return false;
  const before = tokens[i - 1]!;
  const token = tokens[i]!;
  return before.cyrillic === token.cyrillic && token.start - before.end === 1 && text.charCodeAt(before.end) === 32 && isUpper(text.charCodeAt(before.start));
}
function isUpper(code: number): boolean {
  return (code >= 0x410 && code <= 0x42f) || (code >= 65 && code <= 90) || code === 0x401 || code === 0x4d8 || code === 0x492 || code === 0x49a || code === 0x4a2 || code === 0x4e8 || code === 0x4b0 || code === 0x4ae || code === 0x4ba || code === 0x406 || code === 0x40e || code === 0x4b2;
}

/** The next word is an honorific (aka, opa, мырза). */
function honorificFollows(tokens: readonly Token[], folded: readonly string[], i: number, resources: NameResources): boolean {
  return i + 1 < tokens.length && resources.honorifics.has(folded[i + 1]!);
}

/** `Lenta.ru`, `Uzum.uz`, `Mail.com`: the word is a site or brand name, written with its domain. */
function domainFollows(text: string, tokens: readonly Token[], folded: readonly string[], i: number): boolean {
  const next = tokens[i + 1];
  if (next === undefined || text.charCodeAt(tokens[i]!.end) !== 46 || next.start !== tokens[i]!.end + 1) return false;
  const length = next.end - next.start;
  return length >= 2 && length <= 3 && !next.cyrillic && text.charCodeAt(next.start) === folded[i + 1]!.charCodeAt(0);
}

/** The next word is capitalised (`Марин Ле Пен`, `Аркади Патаркацишвили`). */
function capitalFollows(text: string, tokens: readonly Token[], folded: readonly string[], i: number): boolean {
  const next = tokens[i + 1];
  return next !== undefined && text.charCodeAt(next.start) !== folded[i + 1]!.charCodeAt(0);
}

/** The next word is a single letter followed by a dot (an initial). */
function initialFollows(text: string, tokens: readonly Token[], i: number): boolean {
  const next = tokens[i + 1];
  return next !== undefined && next.end - next.start === 1 && text.charCodeAt(next.end) === 46 && onlySpaces(text, tokens[i]!.end, next.start, 2);
}

// The next* tests read the next word's evidence remembered on its WordInfo (WordInfo.evidence, the same answer as
// analyzeWord): analyzeWord's own memo is a string-keyed Map, whose lookups (V8's FindOrderedHashMapEntry) were ~9%
// of detect() time in perf across the scan's rules.
/** The next word is a capitalised patronymic (`Берікұлы`, `Rustamovna`). */
function nextIsPatronymic(text: string, tokens: readonly Token[], folded: readonly string[], words: readonly WordInfo[], i: number, resources: NameResources, turkic: boolean): boolean {
  const next = tokens[i + 1];
  if (next === undefined || !onlySpaces(text, tokens[i]!.end, next.start, 2)) return false;
  if (text.charCodeAt(next.start) === folded[i + 1]!.charCodeAt(0)) return false;
  return words[i + 1]!.evidence(next.cyrillic, resources, turkic).morph === Morph.Patronymic;
}

/** The next word, capitalised, is a listed name or ends like a surname or patronymic (`Петровой Анне`, `Ивановым Петром`). */
function nextIsName(text: string, tokens: readonly Token[], folded: readonly string[], words: readonly WordInfo[], i: number, resources: NameResources, turkic: boolean): boolean {
  const next = tokens[i + 1];
  if (next === undefined || !onlySpaces(text, tokens[i]!.end, next.start, 2) || text.charCodeAt(next.start) === folded[i + 1]!.charCodeAt(0)) return false;
  const evidence = words[i + 1]!.evidence(next.cyrillic, resources, turkic);
  return (evidence.nameFlags & (WordFlag.First | WordFlag.Surname)) !== 0 || evidence.morph !== Morph.None;
}

/** `Акакий Нишнианидзе`: the next word is capitalised and a surname by its ending (a given name ending like an adjective). */
function nextIsSurname(text: string, tokens: readonly Token[], folded: readonly string[], words: readonly WordInfo[], i: number, resources: NameResources, turkic: boolean): boolean {
  const next = tokens[i + 1];
  if (next === undefined || !next.cyrillic || !onlySpaces(text, tokens[i]!.end, next.start, 1) || text.charCodeAt(next.start) === folded[i + 1]!.charCodeAt(0)) return false;
  const evidence = words[i + 1]!.evidence(true, resources, turkic);
  return evidence.stopFlags === 0 && evidence.morph === Morph.Surname && !adjectiveEnding.test(folded[i + 1]!);
}

/** `мастер чернов николай`: the word after a lower-case surname is a listed, unambiguous first name. */
function nextIsGivenName(text: string, tokens: readonly Token[], words: readonly WordInfo[], i: number, resources: NameResources, turkic: boolean): boolean {
  const next = tokens[i + 1];
  if (next === undefined || !onlySpaces(text, tokens[i]!.end, next.start, 2)) return false;
  const evidence = words[i + 1]!.evidence(next.cyrillic, resources, turkic);
  return (evidence.nameFlags & WordFlag.First) !== 0 && (evidence.nameFlags & WordFlag.Ambiguous) === 0 && evidence.stopFlags === 0;
}

/**
 * `менің атым Жарасқан`, `Рахмет, Жарасқан,`, `Боймирзаева Нодирабегим`: given names end like Kazakh nouns too
 * (-қан, -та), so the ending does not rule a word out after a self-introduction or as the answer to a name
 * question, between a greeting or thanks and the end of its clause, or right after a capitalised -ова surname.
 */
function givenNameDespiteEnding(text: string, tokens: readonly Token[], i: number, cue: number, previous: WordScore | undefined): boolean {
  return cue === Cue.Intro || (cue === Cue.Strong && clauseEndsAfter(text, tokens[i]!.end)) || afterCapitalSurname(text, tokens, i, previous);
}

/** A Latin word read as a listed name through an ending that is, as written, an English everyday word (SCOWL). */
function englishWordThroughEnding(token: Token, word: string, evidence: WordEvidence): boolean {
  return !token.cyrillic && evidence.base !== word && englishCommonWords().has(word);
}

// Russian auxiliaries and modals in the first person singular, a closed class (`буду`: `Буда` is a given name).
const firstPersonAuxiliaries: ReadonlySet<string> = new Set(['буду', 'могу', 'хочу', 'стану', 'начну']);

/** Token `i` follows a lone `я` with one or two spaces between (`Я Буду`), as CapitalQuestion.afterI reads it. */
function afterLoneYa(text: string, tokens: readonly Token[], folded: readonly string[], i: number): boolean {
  return i > 0 && folded[i - 1] === 'я' && onlySpaces(text, tokens[i - 1]!.end, tokens[i]!.start, 2);
}
