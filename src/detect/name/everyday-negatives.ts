// Listed given names read as everyday words by the frame around them, in Russian, Kazakh, Kyrgyz and Uzbek feedback:
// - an address without its street word: the name, a house number and a word for a home or for living there
//   (`Мен Манас 45 турам`, `Навои 12 дом`, `Абай 25 үйде тұрамын`): the street, not a person;
// - a make and its model number or year before "I bought" (`Хонор 50 алдым`): goods;
// - one Latin-script word in Cyrillic text before a number (`кечээ Tecno 20 алдым`, `через Paynet за 5 000`, with a
//   case ending written apart, `Vexor ни 90 000 сўмга олдим`): a make, a bank or a service with its model, card or price;
// - a capitalised Latin word and a model word on no name list, before a model number in text with Cyrillic words or
//   before "I bought" (`Quorra Spektra 12 алдым`, `Quorra Spektra oldim`): a make and its model line, goods (the model word may be in the span);
// - English `a` + a capitalised word + a lower-case word (`a Dell laptop`): a make or kind, not a person;
// - Uzbek `shirin` ("sweet") before food (`Shirin choy`);
// - a name before a possessed word for a lake, mountain, river or district (`Айдын көлі`, `Абай ауданында`): the landmark;
// - a counted thing: a number and a counting word before it (`2 ta Malika oldim`, `3 дана Алтын`): goods;
// - a verb of changing right after a word for "its name" (`+996 555 123 456 аты өзгерген`, "the name changed"):
//   the name is not given, the verb is no name (a participle name closing a contact line, `аты төлеген`, stays);
// - a wish noun that is also a given name as the object of a wish (`бакытты күтөм`, `Бакыт жана ден соолук каалайм`,
//   `baxt tilayman`): happiness, luck, joy. A capitalised one before "I await" may be a person one waits for
//   (`Бакытты күтөм`), so only a pure wish verb drops it.
// Words written for pii-gate from Kazakh, Kyrgyz, Uzbek and Russian grammar; each list is a closed word class.

import type { Token } from '../../text/tokenize.js';
import type { Span } from '../../types.js';
import type { NameResources } from './resources.js';
import { productWord } from './establishments.js';
import { onlySpaces } from './gaps.js';
import { dropSpans } from './span-filter.js';
import { endsLikeSurname } from './words.js';
import { WordFlag, type LexiconEntry } from './lexicon.js';

/**
 * Entry conditions of dropEverydayReadings' frames besides a token opening with a digit (the house number, the count,
 * the model number; scan.ts ORs these into WordGate): `a`/`an`, a word for "its name", `shirin`, "I bought" after a
 * make and model, or a possessed landmark, and a wished noun, bare or in the accusative.
 */
export function everydayArticle(word: string): boolean {
  return word === 'a' || word === 'an';
}
export function everydayFrameWord(word: string): boolean {
  return nameWords.has(word) || sweetWords.has(word) || boughtByMe.has(word) || possessedLandmark(word);
}
export function everydayWishWord(word: string): boolean {
  return wishNouns.has(word) || (word.length > 4 && wishNouns.has(accusativeStem(word)));
}

/** Which of the frames' words the text holds (the scan's per-text flags): a frame that lacks its word is not tried. */
export const EverydayFrames = { Digit: 1, Article: 2, Word: 4, Wish: 8 } as const;

interface Frames {
  resources: NameResources;
  frames: number;
}
// Reused from call to call (the scan is synchronous and never re-entered): no object per text.
const current: Frames = { resources: undefined as unknown as NameResources, frames: 0 };

/**
 * Removes, in place, spans the frames above read as an address, goods, a verb or a wish. `name:known` stays.
 * `frames`: the EverydayFrames whose words the text holds.
 */
export function dropEverydayReadings(text: string, tokens: readonly Token[], folded: readonly string[], spans: Span[], resources: NameResources, frames: number): void {
  current.resources = resources;
  current.frames = frames;
  dropSpans(text, tokens, folded, spans, everydayReading, current);
}

function everydayReading(text: string, tokens: readonly Token[], folded: readonly string[], first: number, last: number, span: Span, { resources, frames }: Frames): boolean {
  if (span.source === 'name:known' || last - first > 2) return false;
  // With a number as the only frame word, every frame below needs a token opening with a digit two before the span,
  // one or two after its first token, or right after it: most spans of a text with a number have none there.
  if (frames === EverydayFrames.Digit && !digitLedAt(text, tokens, first - 2) && !digitLedAt(text, tokens, first + 1) && !digitLedAt(text, tokens, first + 2) && !digitLedAt(text, tokens, last + 1)) return false;
  const digit = (frames & EverydayFrames.Digit) !== 0;
  const word = (frames & EverydayFrames.Word) !== 0;
  if ((digit && houseNumberAfter(text, tokens, folded, first, last)) || (word && landmarkAfter(text, tokens, folded, last))) return true;
  // A model number is a digit, "I bought" a frame word.
  if ((digit || word) && last - first <= 1 && latinMakeAndModel(text, tokens, folded, first, resources)) return true;
  if (first !== last) return false;
  return (
    (digit && countedThing(text, tokens, folded, first)) ||
    (word && changedName(folded, first)) ||
    ((frames & EverydayFrames.Wish) !== 0 && wishedThing(text, tokens, folded, first)) ||
    (digit && latinMakeBeforeNumber(text, tokens, folded, first, resources)) ||
    ((frames & EverydayFrames.Article) !== 0 && articleAttributive(text, tokens, folded, first)) ||
    (word && sweetFood(tokens, folded, first))
  );
}

/**
 * English `a`/`an`, one capitalised word, then a lower-case word: the word is a make or a kind that qualifies a
 * thing (`a Dell laptop`, `an Ella dress`), not a person; a supporter or fan of someone stays (`a Trump supporter`).
 */
function articleAttributive(text: string, tokens: readonly Token[], folded: readonly string[], first: number): boolean {
  const next = first + 1;
  if (first === 0 || next >= tokens.length || tokens[first]!.cyrillic || tokens[next]!.cyrillic || tokens[next]!.hasDigit) return false;
  const article = folded[first - 1]!;
  if ((article !== 'a' && article !== 'an') || !onlySpaces(text, tokens[first - 1]!.end, tokens[first]!.start, 1) || !onlySpaces(text, tokens[first]!.end, tokens[next]!.start, 1)) return false;
  const noun = folded[next]!;
  if (text.charCodeAt(tokens[next]!.start) !== noun.charCodeAt(0) || noun.length < 3) return false;
  return !followerWords.has(noun) && !functionWords.has(noun) && !workNouns.has(noun);
}
// Works one person makes (as patterns/cues/name-english-work-nouns.txt, en-works.ts): `a Quellan painting` names the painter.
const workNouns: ReadonlySet<string> = new Set(['novel', 'novels', 'poem', 'poems', 'painting', 'paintings', 'biography', 'memoir', 'memoirs', 'novella', 'sonnet', 'sculpture', 'portrait']);
// Prepositions, conjunctions and verbs after the word make it a person (`There is a Jessica at the desk`), and in
// Russian typed in Latin `a` is "and" (`a Jasur in Tashkent`).
const functionWords: ReadonlySet<string> = new Set([
  'and', 'but', 'the', 'for', 'from', 'with', 'into', 'who', 'that', 'was', 'were', 'are', 'has', 'had', 'have', 'will', 'would', 'can', 'could',
  'said', 'says', 'told', 'called', 'came', 'went', 'did', 'does', 'not', 'here', 'there', 'then', 'today', 'yesterday', 'tomorrow',
  'about', 'after', 'before', 'near', 'behind', 'like', 'than', 'too', 'also', 'again', 'now', 'still', 'who', 'whom', 'whose', 'which',
  'ham', 'bilan', 'uchun', 'zvonil', 'skazal', 'napisal', 'prishel', 'ushel',
]);
// Nouns for a person's followers, fans and voters: the capitalised word before them is that person.
// Impersonators and lookalikes copy one person (`a Stoneham impersonator`, en-everyday-people.ts).
const followerWords: ReadonlySet<string> = new Set(['supporter', 'supporters', 'fan', 'fans', 'lover', 'lovers', 'hater', 'haters', 'voter', 'voters', 'follower', 'followers', 'loyalist', 'fanboy', 'fangirl', 'stan', 'impersonator', 'impersonators', 'lookalike', 'lookalikes']);

/** Uzbek `shirin` ("sweet", also a given name) right before a word for food or drink (`Shirin choy`, `ширин нон`). */
function sweetFood(tokens: readonly Token[], folded: readonly string[], first: number): boolean {
  const next = first + 1;
  return next < tokens.length && sweetWords.has(folded[first]!) && (foods.has(folded[next]!) || productWord(folded[next]!));
}
const sweetWords: ReadonlySet<string> = new Set(['shirin', 'ширин']);
// Food and drink a sweet taste is said of (Uzbek Latin and Cyrillic).
const foods: ReadonlySet<string> = new Set(['choy', 'чой', 'non', 'нон', 'taom', 'таом', 'ovqat', 'овқат', 'meva', 'мева', 'olma', 'олма', 'qovun', 'қовун', 'tarvuz', 'тарвуз', 'uzum', 'узум', 'sharbat', 'шарбат', 'pishiriq', 'пишириқ', 'shirinlik', 'ширинлик']);

/**
 * One capitalised Latin-script word in Cyrillic text, after a Cyrillic word, before a number (one space between) or a
 * Russian preposition and a number: a make with its model, a bank with its card, a service with its price
 * (`кечээ Tecno 20 алдым`, `оплатил через Paynet за 5 000`). A number shaped like a phone (a `+`, or 9 to 12 digits in
 * a row of groups) is a contact line, whose name stays (`Dilnoza 90 123 45 67`).
 */
function latinMakeBeforeNumber(text: string, tokens: readonly Token[], folded: readonly string[], first: number, resources: NameResources): boolean {
  const token = tokens[first]!;
  if (token.cyrillic || first === 0 || !tokens[first - 1]!.cyrillic || text.charCodeAt(token.start) === folded[first]!.charCodeAt(0)) return false;
  let number = first + 1;
  if (number < tokens.length && (russianPrepositions.has(folded[number]!) || detachedEndings.has(folded[number]!)) && tokens[number]!.start - token.end === 1) number++;
  if (number >= tokens.length || !digit(text.charCodeAt(tokens[number]!.start)) || tokens[number]!.start - tokens[number - 1]!.end !== 1) return false;
  if (text.charCodeAt(tokens[number]!.start - 1) !== 32) return false;
  let digits = 0;
  for (let k = number; k < tokens.length && digit(text.charCodeAt(tokens[k]!.start)) && (k === number || tokens[k]!.start - tokens[k - 1]!.end <= 1); k++) digits += tokens[k]!.end - tokens[k]!.start;
  if (digits >= 9 && digits <= 12) return false;
  // `Рахмат Aziz 5 минутта келди`: a number of minutes, hours or days is what a person took, or their age.
  const numberWord = folded[number]!;
  const hyphen = numberWord.indexOf('-');
  const unit = hyphen > 0 ? numberWord.slice(hyphen + 1) : folded[number + 1];
  if (unit !== undefined && timeWords.some((stem) => unit.startsWith(stem))) return false;
  if (resources.cueWords.has(folded[first - 1]!)) return false;
  let cyrillic = 0;
  let letters = 0;
  for (let k = 0; k < tokens.length; k++) {
    if (tokens[k]!.hasDigit && digit(text.charCodeAt(tokens[k]!.start))) continue;
    letters++;
    if (tokens[k]!.cyrillic) cyrillic++;
  }
  return cyrillic * 3 > letters * 2;
}
// Stems of units of time and age: Russian, Kyrgyz, Kazakh, Uzbek.
const timeWords: readonly string[] = ['летн', 'мин', 'мүн', 'сек', 'час', 'саат', 'сағат', 'soat', 'соат', 'daqiqa', 'дақиқа', 'күн', 'кун', 'kun', 'дн', 'день', 'жаш', 'жас', 'yosh', 'ёш', 'лет', 'год'];
const russianPrepositions: ReadonlySet<string> = new Set(['за', 'на', 'по', 'от', 'до']);
// Uzbek, Kazakh and Kyrgyz accusative and dative endings written apart from a Latin-script word (`Vexor ни`, `Vexor га`).
const detachedEndings: ReadonlySet<string> = new Set(['ни', 'ны', 'ні', 'ну', 'нү', 'га', 'ға', 'ка', 'қа', 'ге', 'ке', 'го', 'гө', 'ко', 'кө']);

// "I/we bought" in Kazakh, Kyrgyz and Uzbek: first person only (Russian `купил` is also "he bought").
const boughtByMe: ReadonlySet<string> = new Set(['алдым', 'алдык', 'алдық', 'алдик', 'алдим', 'oldim', 'oldik', 'олдим', 'олдик']);

// A list entry that names a person and is no everyday word (`Karimov`, `Hartwell`; not `Series`, `Note`).
function listedPerson(entry: LexiconEntry | undefined): boolean {
  return entry !== undefined && (entry.flags & (WordFlag.First | WordFlag.Surname | WordFlag.Patronymic)) !== 0 && (entry.flags & WordFlag.NotName) === 0;
}

/**
 * One capitalised Latin-script word, then a second Latin-script word on no name list, capitalised or with a digit
 * (`Spektra`, `S23`), then a model number (at most four digits, one space between; no phone number) in text with a Cyrillic word, or a
 * first-person Turkic verb of buying (`Quorra Spektra 12 Pro алдым`, `Quorra Spektra oldim`): a make and its model line. A
 * surname-like second word (`Karimov`) or a number of minutes or years after it (`Emily Hartwell 25 лет`) is a person.
 */
function latinMakeAndModel(text: string, tokens: readonly Token[], folded: readonly string[], first: number, resources: NameResources): boolean {
  const model = first + 1;
  const after = first + 2;
  if (after >= tokens.length || tokens[first]!.cyrillic || tokens[model]!.cyrillic || tokens[first]!.hasDigit) return false;
  if (text.charCodeAt(tokens[first]!.start) === folded[first]!.charCodeAt(0) || !onlySpaces(text, tokens[first]!.end, tokens[model]!.start, 1) || !onlySpaces(text, tokens[model]!.end, tokens[after]!.start, 1)) return false;
  const modelWord = folded[model]!;
  if (!tokens[model]!.hasDigit && text.charCodeAt(tokens[model]!.start) === modelWord.charCodeAt(0)) return false;
  // The cue-word lookup after the character tests, which rule out most spans.
  if (first > 0 && resources.cueWords.has(folded[first - 1]!)) return false;
  if (digit(modelWord.charCodeAt(0)) || resources.cueWords.has(modelWord) || endsLikeSurname(modelWord) || listedPerson(resources.latinNames.getStem(modelWord)) || listedPerson(resources.names.getStem(modelWord))) return false;
  if (boughtByMe.has(folded[after]!)) return true;
  const number = tokens[after]!;
  if (!number.hasDigit || !digit(text.charCodeAt(number.start)) || number.end - number.start > 4 || text.charCodeAt(number.start - 1) !== 32) return false;
  // `Jasur Quenby 90 123 45 67`: digit groups of a phone number make a contact line.
  let k = after + 1;
  let digits = number.end - number.start;
  for (; k < tokens.length && tokens[k]!.hasDigit && digit(text.charCodeAt(tokens[k]!.start)) && tokens[k]!.start - tokens[k - 1]!.end <= 1; k++) digits += tokens[k]!.end - tokens[k]!.start;
  if (digits >= 7 || (k < tokens.length && timeWords.some((stem) => folded[k]!.startsWith(stem)))) return false;
  for (let c = 0; c < tokens.length; c++) if (tokens[c]!.cyrillic) return true;
  return false;
}

/**
 * A house number follows the span (a short token opening with a digit, one or two spaces or `, ` between), and one
 * more sign of an address: a word for a home, a flat or living right after the number; a home word or a locative or
 * dative ending on the number itself (`45-үй`, `45ке`, `12da`); or a word for an address right before the span.
 */
function houseNumberAfter(text: string, tokens: readonly Token[], folded: readonly string[], first: number, last: number): boolean {
  const number = last + 1;
  if (number + 1 > tokens.length) return false;
  const token = tokens[number]!;
  if (!token.hasDigit || !digit(text.charCodeAt(token.start)) || token.end - token.start > 8 || !addressGap(text, tokens[last]!.end, token.start)) return false;
  const numberWord = folded[number]!;
  // `45-үй`, `45ке`, `12da`: a home word or a locative or dative ending on the number itself.
  let digits = 1;
  while (digits < numberWord.length && digit(numberWord.charCodeAt(digits))) digits++;
  if (digits < numberWord.length) {
    const tail = numberWord.slice(numberWord.charCodeAt(digits) === 45 ? digits + 1 : digits);
    if (homeWords.has(tail)) return true;
    // A time takes the same endings (`Азамат 5те келет`): the word after says it is a place one lives or goes to.
    const after = number + 1;
    return numberCases.has(tail) && after < tokens.length && onlySpaces(text, token.end, tokens[after]!.start, 2) && (livingWords.has(folded[after]!) || movingWords.has(folded[after]!));
  }
  // `дарегим Манас 45`, `по адресу Навои 12`: an address word right before the span.
  if (addressWords.has(folded[first - 1] ?? '') || addressWords.has(folded[first - 2] ?? '')) return true;
  if (token.end - token.start > 5) return false;
  const after = number + 1;
  if (after >= tokens.length || !onlySpaces(text, token.end, tokens[after]!.start, 2)) return false;
  return homeWords.has(folded[after]!) || livingWords.has(folded[after]!) || boughtWords.has(folded[after]!);
}

// Between a street and its number: spaces, or a comma and a space (`Навои, 12`).
function addressGap(text: string, from: number, to: number): boolean {
  const length = to - from;
  if (length < 1 || length > 2) return false;
  for (let at = from; at < to; at++) {
    const code = text.charCodeAt(at);
    if (code !== 32 && !(code === 44 && at === from)) return false;
  }
  return true;
}

// A home, a flat, a house, an entrance, a floor, as they follow a house number (Russian, Kazakh, Kyrgyz, Uzbek).
const homeWords: ReadonlySet<string> = new Set([
  'дом', 'д', 'кв', 'квартира', 'подъезд', 'этаж', 'корпус', 'офис',
  'үй', 'үйде', 'үйдө', 'үйдемін', 'үйдөмүн', 'үйі', 'үйү', 'пәтер', 'пәтерде', 'батир', 'батирде', 'кв-ра',
  'uy', 'uyda', 'uyi', 'uydaman', 'xonadon', 'kvartira', 'podyezd', 'уй', 'уйда', 'уйи', 'хонадон',
]);
// Locative and dative endings a house number takes (`45те турам` "I live at 45", `45ке жеткиргиле` "deliver to 45").
const numberCases: ReadonlySet<string> = new Set(['те', 'та', 'де', 'да', 'тө', 'то', 'дө', 'до', 'ке', 'ка', 'ге', 'га', 'кө', 'ко', 'гө', 'го', 'қа', 'ға', 'da', 'ga', 'ka', 'qa']);
// "Address", "my address", "the address of" (Russian, Kyrgyz, Kazakh, Uzbek Latin and Cyrillic).
const addressWords: ReadonlySet<string> = new Set([
  'адрес', 'адресу', 'адреса', 'адресе', 'дарек', 'дареги', 'дарегим', 'дарегибиз', 'мекенжай', 'мекенжайы', 'мекенжайым', 'мекенжайымыз',
  'manzil', 'manzilim', 'manzili', 'manzilimiz', 'манзил', 'манзилим', 'манзили',
]);
// "I/we bought, ordered", after a make and its model number or year (`Хонор 50 алдым`, `Gentra 2020 oldim`).
const boughtWords: ReadonlySet<string> = new Set(['алдым', 'алдык', 'алдық', 'алдик', 'алдим', 'oldim', 'oldik', 'олдим', 'олдик', 'купил', 'купила', 'купили', 'заказал', 'заказала', 'заказали']);
// Moving and delivering to a place: Kyrgyz, Kazakh, Uzbek, Russian.
const movingWords: ReadonlySet<string> = new Set([
  'көчүп', 'көчтүм', 'көчтүк', 'көшіп', 'көштім', 'көштік', 'жеткиргиле', 'жеткирип', 'жеткириңиз', 'жеткізіңіз', 'жеткізіп', 'жеткиздик',
  "ko'chib", 'kochib', 'кўчиб', 'yetkazing', 'yetkazib', 'етказинг', 'етказиб', 'привезите', 'доставьте', 'переехали', 'переехал',
]);
// "I/we live, stay": Kyrgyz турам/жашайм, Kazakh тұрамын, Uzbek turaman/yashayman, Russian живу.
const livingWords: ReadonlySet<string> = new Set([
  'турам', 'турабыз', 'турамын', 'жашайм', 'жашаймын', 'жашайбыз', 'тұрамын', 'тұрамыз', 'тұрады', 'тұрам', 'тураман', 'турамиз', 'яшайман', 'яшаймиз',
  'turaman', 'turamiz', 'yashayman', 'yashaymiz', 'живу', 'живем', 'живём', 'проживаю', 'проживаем',
]);

/** The word follows a counting word that follows a number (`2 ta Malika`, `3 шт. Роза`): a count of goods. */
function countedThing(text: string, tokens: readonly Token[], folded: readonly string[], first: number): boolean {
  if (first < 2 || !countingWords.has(folded[first - 1]!)) return false;
  const number = tokens[first - 2]!;
  return number.hasDigit && digit(text.charCodeAt(number.start)) && tokens[first - 1]!.start - number.end <= 1 && tokens[first]!.start - tokens[first - 1]!.end <= 2;
}
// Counting words (classifiers and units) between a number and the thing counted.
const countingWords: ReadonlySet<string> = new Set(['ta', 'та', 'dona', 'дона', 'дана', 'даана', 'шт', 'штук', 'штуки', 'кг', 'kg', 'pcs', 'қорап', 'куту', 'quti', 'қути', 'пачка', 'пакет', 'пакета', 'банка', 'бутылка', 'бутылки']);

/** The word right after a word for "its name" begins with a verb of changing (`аты өзгерген`, `ismi o'zgargan`). */
function changedName(folded: readonly string[], first: number): boolean {
  if (first === 0 || !nameWords.has(folded[first - 1]!)) return false;
  const word = folded[first]!;
  for (const stem of changeStems) if (word.length > stem.length && word.startsWith(stem)) return true;
  return false;
}
const nameWords: ReadonlySet<string> = new Set(['аты', 'есімі', 'ысымы', 'ismi', 'исми', 'oti', 'оти', 'аты-жөнү', 'аты-жөні']);
// Stems of "change, be replaced": Kazakh/Kyrgyz өзгер-/өзгөр-/алмаш-/ауыс-, Uzbek o'zgar-/ўзгар-/almash-.
const changeStems: readonly string[] = ['өзгер', 'өзгөр', 'алмаш', 'ауыс', "o'zgar", 'ozgar', 'ўзгар', 'узгар', 'almash', 'алмаштыр'];

/**
 * A wish noun that is also a given name (with an accusative ending or none) and a verb of wishing or awaiting within
 * four words after it in the same sentence. A capitalised one needs a pure wish verb.
 */
function wishedThing(text: string, tokens: readonly Token[], folded: readonly string[], first: number): boolean {
  const word = folded[first]!;
  if (!wishNouns.has(word) && !(word.length > 4 && wishNouns.has(accusativeStem(word)))) return false;
  const lower = text.charCodeAt(tokens[first]!.start) === word.charCodeAt(0);
  const end = Math.min(tokens.length, first + 5);
  for (let k = first + 1; k < end; k++) {
    if (tokens[k]!.sentenceStart) return false;
    if (wishVerbs.has(folded[k]!)) return true;
    if (lower && awaitVerbs.has(folded[k]!)) return true;
  }
  return false;
}
function accusativeStem(word: string): string {
  const ending = word.slice(-2);
  return accusativeEndings.has(ending) ? word.slice(0, -2) : word;
}
const accusativeEndings: ReadonlySet<string> = new Set(['ты', 'ті', 'ти', 'ту', 'тү', 'ды', 'ді', 'ди', 'ду', 'дү', 'ны', 'ні', 'ни', 'ну', 'нү', 'ni']);
// Happiness, luck, plenty, joy, peace, victory, health: Kyrgyz, Kazakh, Uzbek Latin and Cyrillic.
const wishNouns: ReadonlySet<string> = new Set([
  'бакыт', 'бақыт', 'бахыт', 'baxt', 'бахт', 'ырыс', 'береке', 'bereke', 'baraka', 'барака', 'омад', 'omad', 'саодат', 'saodat',
  'шаттык', 'шаттық', 'shodlik', 'шодлик', 'қуаныш', 'куаныч', 'кубаныч', 'quvonch', 'қувонч', 'тынчтык', 'тыныштық', 'tinchlik', 'тинчлик',
  'жеңіс', 'жеңиш', "g'alaba", 'ғалаба', 'ынтымак', 'ынтымақ', 'амандык', 'амандық',
]);
// "I/we wish", "may there be", and their converbs: Kyrgyz, Kazakh, Uzbek Latin and Cyrillic.
const wishVerbs: ReadonlySet<string> = new Set([
  'каалайм', 'каалаймын', 'каалайбыз', 'каалап', 'тилейм', 'тилеймин', 'тилейбиз', 'тилеп', 'тілеймін', 'тілейміз', 'тілеп', 'тілеймиз',
  'tilayman', 'tilaymiz', 'tilab', 'тилайман', 'тилаймиз', 'тилаб', 'болсун', 'болсын', "bo'lsin", 'bolsin', 'бўлсин', 'болсин',
]);
// "I/we await": a lower-case wish noun before it is the thing awaited.
const awaitVerbs: ReadonlySet<string> = new Set(['күтөм', 'күтөбүз', 'күтөмүн', 'күтемін', 'күтеміз', 'kutaman', 'kutamiz', 'кутаман', 'кутамиз']);

/**
 * A possessed word for a lake, mountain, river, district or region, with any case ending (`Айдын көлі`, `Алишер
 * тоосуна`, `Абай ауданында`, `Navoiy tumanida`): the landmark named after the word before it. People have no lakes
 * or districts of their own; villages and towns are left out (`Бакыт айылына кетти` is his home village).
 */
function landmarkAfter(text: string, tokens: readonly Token[], folded: readonly string[], last: number): boolean {
  const next = last + 1;
  if (next >= tokens.length || !onlySpaces(text, tokens[last]!.end, tokens[next]!.start, 1) || landmarkGenitive.test(folded[last]!)) return false;
  return possessedLandmark(folded[next]!);
}
// Kazakh, Kyrgyz and Uzbek genitive endings: the owner, a person (`Айдындың көлі` would be hers).
const landmarkGenitive = /(?:[ндт][ыі]ң|[ндт][ыиуү]н|ning|нинг)$/u;

function possessedLandmark(word: string): boolean {
  for (const stem of landmarkStems) {
    if (!word.startsWith(stem)) continue;
    const at = possessiveAt(word, stem);
    if (at < word.length && possessiveVowels.includes(word[at]!)) return true;
  }
  return false;
}
// The possessive vowel follows the stem directly after a consonant, and after `с` after a vowel (`тоосу`, `тауы`).
function possessiveAt(word: string, stem: string): number {
  return vowels.includes(stem[stem.length - 1]!) && (word[stem.length] === 'с' || word[stem.length] === 's') ? stem.length + 1 : stem.length;
}
const possessiveVowels = 'ыіиуүiu';
const vowels = 'ыіиуүiuаәеэоөұяюaeo';
// Kazakh, Kyrgyz and Uzbek Latin and Cyrillic: lake, mountain, river, district, region.
const landmarkStems: readonly string[] = ['көл', 'тоо', 'тау', 'өзөн', 'өзен', 'аудан', 'район', 'облус', 'облыс', "ko'l", 'kol', 'кўл', "tog'", 'тоғ', 'daryo', 'дарё', 'tuman', 'туман', 'viloyat', 'вилоят'];

function digitLedAt(text: string, tokens: readonly Token[], k: number): boolean {
  return k >= 0 && k < tokens.length && tokens[k]!.hasDigit && digit(text.charCodeAt(tokens[k]!.start));
}

function digit(code: number): boolean {
  return code >= 48 && code <= 57;
}
