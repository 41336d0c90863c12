// Chat messages that open with the person they speak to: `ильсур где мой заказ`, `dilfuza buyurtma qachon keladi`,
// `akinyi please send the receipt` (a lower-case name on no list, then words addressed to a person).

import type { Token } from '../../text/tokenize.js';
import type { Span } from '../../types.js';
import { bareTurkicName, turkicVerbOrObject } from './chat.js';
import { unlistedEnglishName } from './english.js';
import { WordFlag } from './lexicon.js';
import { russianTypedInLatin } from './mixed-scripts.js';
import type { NameResources } from './resources.js';
import { mergeReplacing } from './ru-spans.js';
import { agreesWithVerb, personVerbReading, unknownToRussian } from './ru-unlisted.js';
import { EndingSet } from './suffixes.js';
import { personDeedWord } from './turkic-person-acts.js';
import { deedAfterObject, verbLikeGivenName } from './turkic-chat-deeds.js';
import { locativeAttributiveWord } from './turkic-shape.js';
import { turkicContactVerb } from './turkic-unlisted.js';
import { WordBit, type WordInfo } from './vocabulary.js';
import { nameWeights } from './weights.js';
import { lineBreakBetween, onlySpaces } from './gaps.js';
import { spanCovering } from './real-tokens.js';
import { afterLineLabel } from './chat-line-labels.js';
import { foldedWordSet } from './folded-words.js';

let addressWords: ReadonlySet<string> | undefined;
function addressWordSet(): ReadonlySet<string> {
  addressWords ??= foldedWordSet('cues/name-chat-address.txt');
  return addressWords;
}
let openerWords: ReadonlySet<string> | undefined;
/** Discourse words and interjections that open a message like a name would (stoplists/common-chat-openers.txt). */
function everydayOpener(word: string): boolean {
  openerWords ??= foldedWordSet('stoplists/common-chat-openers.txt');
  return openerWords.has(word);
}

// Russian plural and polite imperatives and second-person plurals (`скиньте`, `проверьте`, `можете`), read on words
// the lexicon knows.
const russianImperative = new EndingSet(['ите', 'йте', 'ьте', 'ете']);
// Right after an opener Russian does not know, the speaker turning to the person (`ильгиз я жду уже час`, `тынара мне
// нужна помощь`), or to the business they write about (`ильвина заказ не пришел`, `ильвина оплата прошла`, `ильвина
// все понятно`): in Russian text only, where the lexicon vouches that the opener is no everyday word.
const speakerTurning = new Set([
  'я', 'мне', 'меня', 'жду', 'ждём', 'ждем', 'мой', 'моя', 'мы', 'нам',
  'заказ', 'оплата', 'доставка', 'посылка', 'курьер', 'товар', 'чек', 'деньги', 'номер', 'цены', 'все', 'всё', 'спасибо',
]);
// Second-person endings and imperatives of Uzbek (Latin and Cyrillic), Kazakh and Kyrgyz (`yuboring`,
// `tekshiring`, `kelasizmi`, `жіберіңізші`, `бериңиз`, `бербейсиз`), and "are you …?" (`yaxshimisiz`, `жақсымысыз`). A bare -сыз/-сіз/-siz is left out: it is also
// the suffix "without" (`қамтамасыз`, `pulsiz`); only the question, negative and future forms carry it. Source:
// standard grammars.
const turkicSecondPerson = new EndingSet([
  'ng', 'ngiz', 'ngizchi', 'ngchi', 'sizmi', 'ysiz', 'asiz', 'misiz',
  'нг', 'нгиз', 'нгизчи', 'нгчи', 'сизми', 'йсиз', 'асиз', 'ясиз', 'мисиз',
  'ңыз', 'ңіз', 'ңызшы', 'ңізші', 'йсыз', 'йсіз', 'мысыз', 'місіз',
  'ңиз', 'ңуз', 'ңүз', 'ңызчы', 'ңизчи', 'ңузчу', 'ңүзчү', 'сызбы', 'сизби', 'йсуз', 'йсүз',
]);

/**
 * Token `j` speaks to a person: you, please, a question word (cues/name-chat-address.txt), a Russian imperative the
 * lexicon knows, or a Turkic second-person form no Russian or English word ends like.
 */
function addressesPerson(token: Token, word: string, info: WordInfo, resources: NameResources): boolean {
  if (addressWordSet().has(word)) return true;
  if (word.length < 5 || token.hasDigit) return false;
  if (token.cyrillic && russianImperative.test(word) && resources.commonWords.has(word)) return word.length >= 6;
  if (!turkicSecondPerson.test(word)) return false;
  if (token.cyrillic) return !resources.commonWords.has(word);
  const evidence = info.evidence(false, resources, false);
  // `yaxshimisiz`: an everyday Uzbek word asked about reaches the stop lists through its question particle.
  if (evidence.stopFlags !== 0 && evidence.nameFlags === 0 && word.endsWith('misiz')) return true;
  return unlistedEnglishName(word, evidence, resources);
}

/**
 * Whether some line of the text can open with a lower-case word of four letters or more: `lineOpener`, some token
 * is lowerLineOpener() (the scan asks it in its loop over the tokens), or the word after an opening `а`.
 */
export function mayOpenWithAddressee(text: string, tokens: readonly Token[], lineOpener: boolean): boolean {
  return lineOpener || (tokens.length > 2 && afterOpeningA(text, tokens, 1));
}

/** Token `k` (`firstCode`: its folded first code) opens the text or a line in lower case, four letters or more. */
export function lowerLineOpener(text: string, tokens: readonly Token[], k: number, firstCode: number): boolean {
  const token = tokens[k]!;
  if (!token.sentenceStart || token.hasDigit || token.end - token.start < 4 || text.charCodeAt(token.start) !== firstCode) return false;
  return k === 0 || lineBreakBetween(text, tokens[k - 1]!.end, token.start);
}

/**
 * Token `k` follows, one space apart, the Russian `а` ("and", "so") that opens the message (`а ильмира где заказ?`):
 * the opener stands after it as it would alone. Lower case and four letters or more, as an opener.
 */
function afterOpeningA(text: string, tokens: readonly Token[], k: number): boolean {
  if (k !== 1) return false;
  const a = tokens[0]!;
  const token = tokens[1]!;
  const code = text.charCodeAt(a.start);
  return a.end - a.start === 1 && (code === 0x430 || code === 0x410) && text.charCodeAt(a.end) === 32 && token.start === a.end + 1 && token.cyrillic && !token.hasDigit && token.end - token.start >= 4;
}

/**
 * A lower-case word opening a chat message or a line, before words addressed to a person within four words of the
 * same line (above), is that person when its language does not know it: in Cyrillic text read as Russian, the
 * hunspell lexicon in every chat spelling (ru-unlisted.ts) and no Turkic verb or object; in Kazakh, Kyrgyz or Uzbek
 * Cyrillic, no case, possessive or verb ending, nor a Russian word; in Latin letters, no English word, no Russian
 * typed in Latin letters and no Turkic ending. Brands, places, greetings, roles and everyday words on our lists never
 * count, and a listed given name counts in its base form only. Adds to the scan's spans (sorted, disjoint).
 */
export function findAddressedOpeners(text: string, tokens: readonly Token[], folded: readonly string[], words: readonly WordInfo[], firstCodes: ArrayLike<number>, spans: Span[], resources: NameResources, turkic: boolean): void {
  let found: Span[] | undefined;
  const count = tokens.length;
  for (let k = 0; k + 1 < count; k++) {
    const token = tokens[k]!;
    const afterA = !token.sentenceStart && !turkic && afterOpeningA(text, tokens, k);
    // `клиент: ақбөпе тапсырысты әкелді`: after a one-word label opening the line the message opens again
    // (chat-line-labels.ts); not after a service role's label, whose turn opens with everyday words (`оператор:
    // буртма рақамини айтинг`, typos included), nor in Latin letters (`support: cuold you …`).
    const afterLabel = !token.sentenceStart && !afterA && token.cyrillic && text.charCodeAt(token.start - 2) === 58 && tokens[k - 1]!.sentenceStart && afterLineLabel(text, tokens, k) && !resources.serviceRoles.has(folded[k - 1]!);
    if ((!token.sentenceStart && !afterA && !afterLabel) || token.hasDigit || token.end - token.start < 4 || text.charCodeAt(token.start) !== firstCodes[k]) continue;
    if (k > 0 && !afterA && !afterLabel && !lineBreakBetween(text, tokens[k - 1]!.end, token.start)) continue;
    if (!spacesOrComma(text, token.end, tokens[k + 1]!.start) || covered(spans, token) || covered(spans, tokens[k + 1]!)) continue;
    // The opener's own vetoes (openingPerson), set lookups, before the words after it: most openers are everyday words.
    if (vetoedOpener(token, folded[k]!, words[k]!, resources)) continue;
    const russian = token.cyrillic && !turkic;
    let last = k;
    // The opener did something with an object (`X телефонды алмай жатыр`): a thing does not, so a listed name that is
    // also an everyday word counts here (`жанар`, `bahor`).
    let objectDeed = false;
    if (!addressedWithin(text, tokens, folded, words, k, resources, russian)) {
      // Or the opener is the subject of a deed only a person does (`nilufar so'radim`, `ravello called me`), with its
      // surname between in Latin letters (`tavrin quellson called`).
      let subject = deedAfter(tokens, folded, token.cyrillic, k + 1, resources) ? k : !token.cyrillic && latinSurnameThenDeed(text, tokens, folded, words, k, resources) ? k + 1 : -1;
      // `айтолгон заказды алып келди`, `ақбөпе бүгін келді`: an object or adverb between (turkic-chat-deeds.ts).
      // (Also when the object itself reads as a past tense: `телефонды` ends like `келді`.)
      if (!russian && (subject === -1 || subject === k) && deedAfterObject(text, tokens, folded, k, (j) => deedAfter(tokens, folded, token.cyrillic, j, resources))) {
        subject = k;
        objectDeed = true;
      }
      if (subject === -1) continue;
      // In Russian the subject agrees with its past tense (`эсэмэс пришла` does not: a thing, not a woman).
      if (russian && subject === k && !agreesWithVerb(folded[k]!, personVerbReading(folded[k + 1]!, resources) ?? folded[k + 1]!)) continue;
      last = subject;
    }
    const base = openingPerson(token, folded[k]!, words[k]!, resources, turkic, objectDeed);
    if (base === undefined) continue;
    const end = tokens[last]!.end;
    (found ??= []).push({ start: token.start, end, type: 'NAME', score: nameWeights.lowerVocative, source: 'name:cue', normalized: last === k ? base : text.slice(token.start, end).toLowerCase() });
  }
  if (found !== undefined) mergeReplacing(spans, found);
}

// Words looked at after the opener: chat lines are short (`айбек где мой заказ`, `mehriniso buyurtma qachon keladi`).
const addressReach = 4;

/**
 * The next token follows on the same line after spaces or a comma, and one of the next four addresses a person, in
 * the same clause (no punctuation or number between).
 */
function addressedWithin(text: string, tokens: readonly Token[], folded: readonly string[], words: readonly WordInfo[], k: number, resources: NameResources, russian: boolean): boolean {
  if (russian && speakerTurning.has(folded[k + 1]!)) return true;
  const last = Math.min(tokens.length - 1, k + addressReach);
  for (let j = k + 1; j <= last; j++) {
    const token = tokens[j]!;
    if (token.hasDigit || (j > k + 1 && !onlySpaces(text, tokens[j - 1]!.end, token.start, 3))) return false;
    if (addressesPerson(token, folded[j]!, words[j]!, resources)) return true;
  }
  return false;
}

/**
 * Token `j` is a deed only a person does, right after its subject: a reporting verb (cues/name-verbs.txt), a
 * Russian person verb in any chat spelling, a Turkic verb of writing, calling or asking, a Turkic deed, an English
 * person verb; or (`anyPast`) a Turkic past tense of what people do in service chat (cues/name-chat-turkic-deeds.txt).
 */
export function deedAfter(tokens: readonly Token[], folded: readonly string[], cyrillic: boolean, j: number, resources: NameResources, anyPast = true): boolean {
  const token = tokens[j];
  if (token === undefined || token.hasDigit) return false;
  const word = folded[j]!;
  if (resources.verbs.has(word) || turkicContactVerb(word) || personDeedWord(word)) return true;
  if (token.cyrillic && personVerbReading(word, resources) !== undefined) return true;
  if (!token.cyrillic && !cyrillic && resources.englishSocial.personVerbs.has(word)) return true;
  if (!anyPast) return false;
  if (turkicDeedSet().has(word)) return !turkicConverb.test(word) || (tokens[j + 1] !== undefined && turkicDeedSet().has(folded[j + 1]!));
  return turkicPastClosing(tokens, folded, j, resources);
}

// Kazakh, Kyrgyz and Uzbek past tense, third person (`келді`, `чалды`, `унутту`, `keldi`), negatives included
// (`келмеді`). The accusative ends alike (`балаларды`, `дебатты`), and an object stands before its verb: so the form
// counts only when no verb follows it. Source: standard grammars.
const turkicPast = new EndingSet(['ды', 'ді', 'ты', 'ті', 'ди', 'ти', 'ду', 'дү', 'ту', 'тү', 'di', 'ti']);
// The present and future, third person, end alike (`ашылмайды`, `келеді`, `келади`): no past tense.
const turkicPresent = new EndingSet(['йды', 'йді', 'йди', 'ады', 'еді', 'ади', 'ади']);
// Plural and possessive accusatives (`балаларды`, `актілерді`, `мақсатын`), never a past tense.
const pluralAccusative = new EndingSet(['ларды', 'лерді', 'дарды', 'дерді', 'тарды', 'терді', 'ларды', 'лерди', 'дарды', 'дерди', 'тарды', 'терди', 'lardi', 'larni']);
// Verb forms that may follow an object (participles, converbs, finite verbs: `көрген`, `тыңдаған`, `жүргізеді`), and
// plural nouns, which follow an attribute in the accusative's shape (`дебатты журналистер`).
const verbAfterObject = new EndingSet(['лар', 'лер', 'дар', 'дер', 'тар', 'тер', 'ған', 'ген', 'қан', 'кен', 'ган', 'гон', 'гөн', 'кан', 'кон', 'көн', 'gan', 'ып', 'іп', 'уп', 'үп', 'ib', 'иб', 'ды', 'ді', 'ты', 'ті', 'ди', 'ти', 'ду', 'дү', 'ту', 'тү', 'di', 'ti', 'ады', 'еді', 'йды', 'йді', 'ат', 'ет', 'йт', 'от', 'өт', 'adi', 'ади', 'йди', 'уда', 'уде', 'moqda', 'моқда', 'ганда', 'генде', 'қанда', 'кенде', 'ganda']);

/** Token `j` is a Turkic past tense (above) of five letters or more, no Russian or English word, and no verb follows. */
function turkicPastClosing(tokens: readonly Token[], folded: readonly string[], j: number, resources: NameResources): boolean {
  const token = tokens[j]!;
  const word = folded[j]!;
  if (word.length < 5 || !turkicPast.test(word) || pluralAccusative.test(word) || turkicPresent.test(word)) return false;
  if (token.cyrillic ? resources.commonWords.has(word) : resources.latinNames.getStem(word) !== undefined) return false;
  const next = tokens[j + 1];
  return next === undefined || next.sentenceStart || next.hasDigit || !verbAfterObject.test(folded[j + 1]!);
}

// Converbs (`ұмытып`, `olib`) count only before one of the past tenses (`ұмытып кетті`, `olib keldi`).
const turkicConverb = new EndingSet(['ып', 'іп', 'уп', 'үп', 'ib', 'иб', 'ип', 'ыб']);
let turkicDeeds: ReadonlySet<string> | undefined;
function turkicDeedSet(): ReadonlySet<string> {
  turkicDeeds ??= foldedWordSet('cues/name-chat-turkic-deeds.txt');
  return turkicDeeds;
}

/** `tavrin quellson called me`: a second Latin word no language of ours knows, then a deed. */
function latinSurnameThenDeed(text: string, tokens: readonly Token[], folded: readonly string[], words: readonly WordInfo[], k: number, resources: NameResources): boolean {
  const next = tokens[k + 1]!;
  if (next.cyrillic || next.hasDigit || next.end - next.start < 4 || k + 2 >= tokens.length || !onlySpaces(text, next.end, tokens[k + 2]!.start, 2)) return false;
  if (text.charCodeAt(next.start) !== folded[k + 1]!.charCodeAt(0) || !deedAfter(tokens, folded, false, k + 2, resources, false)) return false;
  const word = folded[k + 1]!;
  const evidence = words[k + 1]!.evidence(false, resources, false);
  return bareTurkicName(word, evidence, resources) && unlistedEnglishName(word, evidence, resources) && !russianTypedInLatin(word, evidence, resources);
}

// Present and progressive verb forms (`текширилмоқда`, `ishlayapti`, `келади`), participles and converbs (`шыққан`,
// `қорытындылап`), ordinals (`төртінші`), adjectives in -лы/-лі (`қатерлі`), genitives (`дәрістің`), instrumentals
// (`тұрғындармен`), possessive accusatives (`көчүрмөсүн`) and -лық nouns open Turkic sentences too; no given name
// ends so. Source: standard grammars.
const turkicVerbForm = new EndingSet([
  'moqda', 'моқда', 'мақда', 'мекте', 'мақта', 'yapti', 'япти', 'yapman', 'япман', 'ади', 'йди', 'ыйт', 'ийт', 'ейді', 'айды',
  'інші', 'ыншы', 'нші', 'ншы', 'лы', 'лі', 'тің', 'дің', 'тың', 'дың', 'мен', 'бен', 'пен', 'лық', 'лік', 'дық', 'дік', 'тық', 'тік', 'лык', 'лик', 'дык', 'тык',
  'ған', 'ген', 'қан', 'кен', 'ганда', 'генде', 'ғанда', 'қанда', 'кенде', 'ап', 'еп', 'ып', 'іп', 'уп', 'үп', 'сын', 'сін', 'сун', 'сүн',
]);

/** `word` ends like a Turkic verb form, ordinal, adjective, genitive or "the one in …" (above): no given name. */
export function turkicNonNameForm(word: string): boolean {
  return turkicVerbForm.test(word) || locativeAttributiveWord(word) || (negativeConverb.test(word) && !frontStemBeforeBack(word));
}
// A converb's vowel follows the stem's (`келмей`, `жазбай`, Kyrgyz `түшүнбөй`); the given-name element -бай keeps its
// back vowel after a front stem (`эсенбай`, `сүйүнбай`, `төлөнбай`), which no converb does. Source: standard grammars.
const frontVowels = new Set(['е', 'и', 'і', 'ә', 'ө', 'ү', 'э']);
const backVowels = new Set(['а', 'ы', 'о', 'у', 'ұ', 'я', 'ю', 'ё']);
function frontStemBeforeBack(word: string): boolean {
  if (word.charAt(word.length - 2) !== 'а') return false;
  for (let at = word.length - 4; at >= 0; at--) {
    const letter = word.charAt(at);
    if (frontVowels.has(letter)) return true;
    if (backVowels.has(letter)) return false;
  }
  return false;
}
// Kazakh and Kyrgyz negative converbs (`жазбай кеттіңіз` "you left without writing"): a consonant, then -бай/-пай/-май.
// Given names in -бай have a vowel before it (`жумабай`). Source: standard grammars.
const negativeConverb = new EndingSet(['збай', 'збей', 'рбай', 'рбей', 'лбай', 'лбей', 'тпай', 'тпей', 'кпай', 'кпей', 'қпай', 'спай', 'спей', 'шпай', 'шпей', 'пбай', 'ймай', 'ймей', 'нбай', 'нбей', 'ңбай', 'ңбей', 'ммай', 'ммей', 'лмай', 'лмей', 'рмай', 'рмей', 'змай', 'змей']);

/** The base form of the opener read as a person's name, or undefined (see findAddressedOpeners). */
function openingPerson(token: Token, word: string, info: WordInfo, resources: NameResources, turkic: boolean, objectDeed: boolean): string | undefined {
  // The caller asked vetoedOpener() first.
  const evidence = info.evidence(token.cyrillic, resources, turkic);
  if (evidence.stopFlags !== 0) return undefined;
  if (evidence.nameFlags !== 0) {
    // A listed given name as it stands (`тимур вы обещали`); an everyday word on the lists (`азиз`, `роза`) stays out.
    const plainFirst = (evidence.nameFlags & (WordFlag.First | WordFlag.Ambiguous)) === WordFlag.First && evidence.endingLength === 0;
    // After an object and a deed, a name that is also an everyday word (not a place) stands as it is.
    if (objectDeed && (evidence.nameFlags & WordFlag.First) !== 0 && evidence.endingLength === 0 && evidence.placeName !== true) return resources.commonWords.has(word) ? undefined : evidence.base;
    return plainFirst && !resources.commonWords.has(word) ? evidence.base : undefined;
  }
  // Russian comes into every chat here: its lexicon, in every chat spelling, has the last word on a Cyrillic opener.
  // In Kazakh or Kyrgyz text before a deed, Russian as chat misspells it is not asked: a Turkic name is often one vowel
  // from a Russian word, and the Turkic deed says the text is no Russian.
  if (token.cyrillic && (!unknownToRussian(word, resources, !(turkic && objectDeed)) || personVerbReading(word, resources) !== undefined)) return undefined;
  if (token.cyrillic && !turkic) return turkicVerbOrObject(word) ? undefined : word;
  // `жанкелді`, `құдайберген`: a given-name ending that reads as a verb (names/turkic-given-endings.txt).
  if (verbLikeGivenName(word, evidence, resources)) return word;
  if (!bareTurkicName(word, evidence, resources) || turkicNonNameForm(word)) return undefined;
  if (token.cyrillic) return word;
  return unlistedEnglishName(word, evidence, resources) && !russianTypedInLatin(word, evidence, resources) ? word : undefined;
}

/** openingPerson() says no whatever follows the opener: its word alone rules it out. */
function vetoedOpener(token: Token, word: string, info: WordInfo, resources: NameResources): boolean {
  // Hyphens and apostrophes join words in Cyrillic (`колл-центр`, `попасть'эрлан`); in Latin an apostrophe is a letter.
  if (word.includes('-') || (token.cyrillic && word.includes("'")) || addressWordSet().has(word) || everydayOpener(word) || resources.cueWords.has(word) || resources.roles.has(word)) return true;
  // A greeting or thanks as chat spells it (cue-typos.ts: `хаюшки`, `здарова`, `спасибл`).
  return (info.bits & WordBit.MisspeltCue) !== 0;
}

/**
 * A span of the scan at or above the default threshold covers the token (binary search: the spans are sorted and
 * disjoint here). On the word after the opener, the opener is a title or kinship word before a name (`malume freddy`).
 */
function covered(spans: readonly Span[], token: Token): boolean {
  const span = spanCovering(spans, spans.length, token.start, token.end);
  return span !== undefined && span.score >= 0.5;
}

function spacesOrComma(text: string, from: number, to: number): boolean {
  if (to <= from || to - from > 3) return false;
  for (let at = from; at < to; at++) {
    const code = text.charCodeAt(at);
    if (code !== 32 && code !== 44 && code !== 0xa0) return false;
  }
  return true;
}
