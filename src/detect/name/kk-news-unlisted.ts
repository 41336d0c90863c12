// Kazakh news: a capitalised word no list knows, read as a person by the frame around it (`Xтың айтуынша`, `X ата`,
// `әріптесім X`) or by a shape only surnames and given names have in Kazakh text (`Xскийдің`, `Xтай`).

import { readPatternSection } from '../../patterns.js';
import { foldWord } from '../../text/normalize.js';
import type { Token } from '../../text/tokenize.js';
import type { Span } from '../../types.js';
import { onlySpaces } from './gaps.js';
import type { NameResources } from './resources.js';
import { WordFlag } from './lexicon.js';
import { overlappingEither, overlappingSpan } from './span-search.js';
import { EndingSet } from './suffixes.js';
import { locativeAttributiveWord } from './turkic-shape.js';
import { nounDerived } from './turkic-unlisted.js';
import { WordBit, type WordInfo } from './vocabulary.js';
import { nameWeights } from './weights.js';

// The four blocks of cues/name-kk-news-frames.txt, loaded once per process or worker.
interface Frames {
  readonly speech: ReadonlySet<string>;
  readonly titles: ReadonlySet<string>;
  readonly after: ReadonlySet<string>;
  readonly according: ReadonlySet<string>;
  readonly places: ReadonlySet<string>;
  readonly nisbaWords: ReadonlySet<string>;
  readonly self: ReadonlySet<string>;
  readonly kin: ReadonlySet<string>;
  readonly with: ReadonlySet<string>;
}
let frames: Frames | undefined;
function frameWords(): Frames {
  const section = (name: string): ReadonlySet<string> => new Set(readPatternSection('cues/name-kk-news-frames.txt', name).map(foldWord));
  frames ??= { speech: section('speech'), titles: section('titles'), after: section('after'), according: section('according'), places: section('places'), nisbaWords: section('nisba'), self: section('self'), kin: section('kin'), with: section('with') };
  return frames;
}

// Kazakh case endings after a Russian -ский/-цкий surname (`Мавровскийдің`, `Зелинскийге`): a Kazakh sentence declines
// only a name so; a place or an adjective keeps its Russian form or takes the Kazakh one (`Петропавлда`).
const skiyCase = /[сц]кий(?:дің|ге|ді|ден|мен|дей|дікі|де)$/u;
// Given-name elements that no list of name endings holds because they close everyday words in lower case (the
// similative -тай "like", `қожа` "master"): capitalised inside a sentence, a word ending in one after a stem of three
// letters (two before -қожа) is a given name (`Қажытай`, `Ерғожа`), with a case ending after it too. Counted on the licensed name lists:
// 5 of the ~1000 given names end in -тай, and Kazakh names in -қожа/-ғожа are a known formation.
const elements = ['тай', 'қожа', 'ғожа'];
const caseAfterElement = ['', 'дың', 'дің', 'ның', 'нің', 'ға', 'ге', 'қа', 'ке', 'ды', 'ді', 'ны', 'ні', 'дан', 'ден', 'нан', 'нен', 'мен', 'бен', 'пен', 'да', 'де'];
// The Kazakh respectful short form of a person's name, with the possessive -ң and a case ending (`Бейсекеңнің`,
// `Сапекеңе`, `Жақаңды` from Бейсен, Сапар, Жақып): no everyday word is formed so.
const respectful = /^.{2,}?(?:еке|ақа|әке|іке)ң(?:нің|ның|е|а|ге|ға|ді|ды|мен|нен|нан|де|да)?$/u;
// The genitive (every harmony variant; Kyrgyz and Uzbek too), which the "according to" frame needs on the word before it.
const genitive = new EndingSet(['ның', 'нің', 'дың', 'дің', 'тың', 'тің', 'нын', 'нин', 'нун', 'нүн', 'дын', 'дин', 'дун', 'дүн', 'тын', 'тин', 'тун', 'түн', 'нинг']);
// Not a person: a possessive or plural before the genitive (`Министрлігінің`, `Мамандардың`), or a noun that closes
// titles of institutions.
const institutionGenitive = new EndingSet(['ының', 'інің', 'сының', 'сінің', 'лардың', 'лердің', 'дардың', 'дердің', 'тардың', 'тердің', 'ынын', 'инин', 'унун', 'үнүн', 'лардын', 'лердин', 'ининг', 'ларнинг']);
// Endings that make the word before `ата`, `батыр` no bare name: plural, genitive, dative, locative, ablative,
// locative-attributive, and (opening a sentence) the participle (`Туған ата`).
// Not the ablative: given names end in -тан, -дан (`Ерсұлтан`, `Дастан`).
// Nor "our …", "your …" (`Халқымыз ақын …`).
const notBeforeTitle = new EndingSet(['лар', 'лер', 'дар', 'дер', 'тар', 'тер', 'ның', 'нің', 'дың', 'дің', 'тың', 'тің', 'ға', 'ге', 'қа', 'ке', 'да', 'де', 'та', 'те', 'ғы', 'гі', 'мыз', 'міз', 'ңыз', 'ңіз']);
const participle = new EndingSet(['ған', 'ген', 'қан', 'кен']);
// The abstract-noun suffix, which given names carry too (`Жақсылық`, `Қуандық`, `Сағындық`).
const abstractNoun = new EndingSet(['лық', 'лік', 'дық', 'дік', 'тық', 'тік']);
// The locative, dative and ablative: a place after a title (`Мемлекет басшысы Ақордада`, `Журналист Мәскеуге
// барды`), not the person holding it. Names take these cases too, but then mostly after a name the scan knows.
const placeCase = new EndingSet(['да', 'де', 'та', 'те', 'нда', 'нде', 'ға', 'ге', 'қа', 'ке', 'на', 'не', 'дан', 'ден', 'тан', 'тен', 'нан', 'нен', 'га', 'ка', 'го', 'гө', 'ко', 'кө', 'до', 'дө', 'то', 'тө', 'дон', 'дөн', 'тон', 'төн']);
// The third-person possessive, with a case ending after it, on the lower-case noun after the word: the word names it
// (`Гарвард университетінде`, `Шалқар ауданының`, `Армия қатарында`), as a person's name would in the genitive only.
// Not -ны/-ні: the accusative of everyday nouns (`баяндаманы`).
const possessedNoun = new EndingSet(['сы', 'сі', 'ында', 'інде', 'ының', 'інің', 'ына', 'іне', 'ымен', 'імен', 'ынан', 'інен', 'ындағы', 'індегі', 'сында', 'сінде', 'сының', 'сінің', 'сына', 'сіне']);
// The first- and second-person possessive before a genitive or a comitative (`Анамның`, `Досыңның`, `Анаммен`,
// `Әріптесіміздің`), and the third-person possessive or the plural before a comitative (`Ағасымен`, `Достармен`):
// kin of the writer or of someone named elsewhere, not a name.
const ownGenitive = new EndingSet(['мның', 'мнің', 'ңның', 'ңнің', 'мыздың', 'міздің', 'ңыздың', 'ңіздің']);
const comitative = new EndingSet(['мен', 'бен', 'пен']);
const possessedComitative = new EndingSet(['ммен', 'ңмен', 'ымен', 'імен', 'лармен', 'лермен', 'дармен', 'дермен', 'тармен', 'термен', 'мызбен', 'мізбен', 'ңызбен', 'ңізбен']);

// Postpositions after a noun phrase (`Инфляция туралы`): a topic, not a person.
const postpositions: ReadonlySet<string> = new Set(['туралы', 'жөнінде', 'бойынша', 'арқылы', 'сияқты', 'секілді', 'атындағы', 'тарапынан']);

// The Arabic and Persian nisba ending -и of names Kazakh news writes (`Ясауи`, `Тирмизи`), which foreign surnames
// share (`Берлускони`, `Гарибашвили`), with the cases a person takes after it (`Ясауидің`, `Ясауиге`, `Ясауиді`,
// `Ясауимен`); not the locative or ablative, which places take (`Тбилисиде`). Kazakh spelling ends no native word in
// -и: what does is an Arabic adjective (`Рухани`, `## nisba` of the frames file), a Russian loan (`Жюри`, the Russian
// lexicon) or a place (the place lists). Four letters at least before the -и (`Мали`, `Дели` are places).
const nisba = /^([^-]{4,}и)(?:дің|ге|ді|мен|дей)?$/u;
/** The word without its case ending when it ends like a nisba name, else undefined. */
// Letters of Kazakh that Kyrgyz and Uzbek do not write, asked of the words next to a nisba-shaped one: Kyrgyz and
// Uzbek end the accusative and the past in -и (`Чекти`, `Чекни`, `Келди`), and texts mix languages line by line.
const kazakhLetters = /[әұі]/u;
function kazakhWord(word: string | undefined): boolean {
  return word !== undefined && kazakhLetters.test(word);
}
// A consonant before -ди, -ни, -ти: the Kyrgyz and Uzbek past and accusative (`Келди`, `Чекни`), not a nisba.
const turkicInflection = /[бвгғджзйклмнңпрстфхқһцчшщ][дтн]и$/u;
function nisbaStem(word: string): string | undefined {
  const stem = word.length >= 5 && nisbaEnding(word) ? nisba.exec(word)?.[1] : undefined;
  return stem === undefined || turkicInflection.test(stem) ? undefined : stem;
}

// skiyCase and respectful after the letters each needs (`кий`, `ң`), looked for first: most capitalised words have
// neither, and the lazy `^.{2,}?` of respectful tried every split of the word.
function skiyShaped(word: string): boolean {
  return word.length >= 8 && word.includes('кий') && skiyCase.test(word);
}
function respectfulShaped(word: string): boolean {
  return word.length >= 6 && word.includes('ң') && respectful.test(word);
}

// What `nisba` needs at the end of the word (-и, or -и and a case ending), tested first: the regex, run on every
// capitalised word inside a Kazakh sentence, was most of findKazakhNewsNames' time.
function nisbaEnding(word: string): boolean {
  const last = word.charCodeAt(word.length - 1);
  if (last === 0x438) return true;
  for (const ending of nisbaCases) if (word.endsWith(ending)) return true;
  return false;
}
const nisbaCases: readonly string[] = ['идің', 'иге', 'иді', 'имен', 'идей'];

/** Entry condition of findKazakhNewsNames (scan.ts ORs it into WordBit.KazakhNewsFrame): a frame word or a shape. */
export function kazakhNewsFrameWord(word: string): boolean {
  const found = frameWords();
  return found.titles.has(word) || found.speech.has(word) || found.after.has(word) || found.according.has(word) || found.self.has(word) || found.kin.has(word) || found.with.has(word) || skiyShaped(word) || elementShaped(word) || respectfulShaped(word) || nisbaStem(word) !== undefined;
}

function elementShaped(word: string): boolean {
  // Both elements hold `тай` or `ожа`: most words have neither, and need no walk over the case endings.
  if (word.length < 6 || (!word.includes('тай') && !word.includes('ожа'))) return false;
  for (const ending of caseAfterElement) {
    if (!word.endsWith(ending)) continue;
    const stem = word.slice(0, word.length - ending.length);
    // Three letters before -тай, two before -қожа (`Ерғожа`, `Бекқожа`).
    for (const element of elements) if (stem.length >= element.length + (element.length >= 4 ? 2 : 3) && stem.endsWith(element)) return true;
  }
  return false;
}

/**
 * Capitalised Kazakh text (the caller checks it has a frame word, WordBit.KazakhNewsFrame, or a conjunction). A capitalised Cyrillic
 * word that no list holds as a place or everyday word is a person:
 * - right after a quote's verb of saying (`«…», – деді Жолтөре.`) or a person noun (`облыс әкімі Тоқсанбай`,
 *   `басшысы Анри Пупар-Лафарж`, `әріптесім Қорған Төреғожа`, `ақын Жұматай`), with the capitalised words after it
 *   (a surname), up to the first with a case ending;
 * - right before a postposed title or kin word (`Ерсұлтан ата`, `Ағынтай батыр`, `Дархан әулеті`), unless a street,
 *   monument or village word follows (`Бөгенбай батыр көшесі`) or a street word stands before (`улица Толе би`);
 * - in the genitive right before "according to" (`Тұрмағамбеттің айтуынша`), or inside a sentence right before
 *   "himself" (`жеңген Зерденің өзі`); inside a sentence with a participle's
 *   ending right before a verb of saying (`Бұл туралы Ертаған мәлімдеді`);
 * - a Russian -ский surname with a Kazakh case ending (`Мавровскийдің`), the respectful short form of a name
 *   (`Бейсекеңнің`), or, inside a sentence, a given name in -тай,
 *   -қожа (`Қажытай`, `Ерғожа`), or a nisba name in -и next to a Kazakh word (`Бүгінде Ясауи хикметтері`);
 * - inside a sentence, joined by мен/пен/бен/және to a word the scan found as a name on its own (`Диас пен Дархан`).
 * Words in a span the scan found keep it (a weak one is lifted to the score of an ambiguous listed name).
 */
export function findKazakhNewsNames(text: string, tokens: readonly Token[], folded: readonly string[], words: readonly WordInfo[], spans: Span[], resources: NameResources): void {
  const { speech, titles, after, according, places, nisbaWords, self, kin, with: withWords } = frameWords();
  let added: Span[] | undefined;
  let resort = false;
  const count = tokens.length;
  for (let k = 0; k < count; k++) {
    const word = folded[k]!;
    if (!capitalised(text, tokens[k]!, word) || !frameNear(folded, words, k, count)) continue;
    let first = k;
    let last = k;
    const previous = k > 0 ? folded[k - 1]! : undefined;
    const next = k + 1 < count ? folded[k + 1]! : undefined;
    const adjacentBefore = previous !== undefined && onlySpaces(text, tokens[k - 1]!.end, tokens[k]!.start, 1);
    const adjacentAfter = next !== undefined && onlySpaces(text, tokens[k]!.end, tokens[k + 1]!.start, 1);
    let found = false;
    let stem: string | undefined;
    const attributed = adjacentBefore && !tokens[k]!.sentenceStart && speech.has(previous) && quoteAttribution(text, tokens, folded, k - 1);
    if (attributed || (adjacentBefore && !tokens[k]!.sentenceStart && (titles.has(previous) || childOfGenitive(text, tokens, folded, k)))) {
      // Not the first word of a title (`– деді Білім министрі`).
      if (personWord(tokens[k]!, word, words[k]!, resources) && !genitiveOfTitle(word) && !placeCase.test(word) && !modifierBefore(text, tokens, folded, k + 1, places) && !(next !== undefined && titles.has(next))) {
        found = true;
        // The surname after the given name, capitalised too, up to the first word with a case ending.
        // Not into a name the scan found (`актрисасы Брижит Бардо Қасым-Жомарт Тоқаевқа`: Бардо … is its span).
        while (
          last + 1 < count && last - k < 2 && !caseEnded(folded[last]!) && capitalised(text, tokens[last + 1]!, folded[last + 1]!) && onlySpaces(text, tokens[last]!.end, tokens[last + 1]!.start, 1) &&
          personWord(tokens[last + 1]!, folded[last + 1]!, words[last + 1]!, resources) && !strongSpanOver(spans, tokens[last + 1]!)
        ) {
          last++;
        }
        // `әріптесім Қорған Жолтарбек`: a given name before a word the scan found alone joins its span.
        const joined = last + 1 < count && last - k < 2 && !caseEnded(folded[last]!) && onlySpaces(text, tokens[last]!.end, tokens[last + 1]!.start, 1) ? singleWordSpan(spans, tokens[last + 1]!) : undefined;
        if (joined !== undefined && capitalised(text, tokens[last + 1]!, folded[last + 1]!)) {
          if (overlappingEither(spans, added, tokens[first]!.start, tokens[last]!.end) !== undefined && !dropWeakInside(spans, tokens[first]!.start, tokens[last]!.end)) continue;
          joined.start = tokens[first]!.start;
          joined.normalized = text.slice(joined.start, joined.end).toLowerCase();
          resort = true;
          k = last + 1;
          continue;
        }
      }
    } else if (adjacentAfter && after.has(next) && !(k + 2 < count && places.has(folded[k + 2]!)) && !(k > 0 && words[k - 1]!.bits & (WordBit.StreetWord | WordBit.StreetOrPossessive))) {
      // Given names in -лық, -дық pass here (`Қуандық ата`, `Жақсылық батыр`): a kin word or title follows a person.
      found = !notBeforeTitle.test(word) && !(tokens[k]!.sentenceStart && (participle.test(word) || resources.commonWords.has(word))) && personWord(tokens[k]!, word, words[k]!, resources, abstractNoun.test(word));
    } else if (adjacentAfter && speech.has(next) && !tokens[k]!.sentenceStart && participle.test(word)) {
      // `Бұл туралы Ертаған мәлімдеді`: a name ending like a participle, which the scan reads as a verb form.
      found = word.length >= 6 && personWord(tokens[k]!, word, words[k]!, resources) && words[k]!.evidence(true, resources, true).nameFlags === 0 && !resources.commonWords.has(word);
    } else if (adjacentAfter && self.has(next) && !tokens[k]!.sentenceStart && !(k > 0 && capitalised(text, tokens[k - 1]!, previous!))) {
      // `берген Айсананың өзі`: alone, not the last word of a capitalised phrase (`Кеңес Одағының өзі`).
      const stem = word.slice(0, word.length - 3);
      found = word.length >= 6 && genitive.test(word) && !institutionGenitive.test(word) && personWord(tokens[k]!, word, words[k]!, resources) && !resources.commonWords.has(stem) && !strongSpanOver(spans, tokens[k]!);
    } else if (adjacentAfter && according.has(next)) {
      const stem = word.slice(0, word.length - (word.endsWith('нинг') ? 4 : 3));
      found = word.length >= 6 && genitive.test(word) && !institutionGenitive.test(word) && personWord(tokens[k]!, word, words[k]!, resources) && !resources.commonWords.has(stem);
    } else if (adjacentAfter && kin.has(next) && word.length >= 6 && genitive.test(word) && !institutionGenitive.test(word) && !ownGenitive.test(word)) {
      // `Гүлшаттың папасы`: alone, not the last word of a capitalised phrase the scan did not find as a name.
      const stem = word.slice(0, word.length - 3);
      found = !(k > 0 && !tokens[k - 1]!.sentenceStart && capitalised(text, tokens[k - 1]!, previous!)) && personWord(tokens[k]!, word, words[k]!, resources) && !resources.commonWords.has(stem) && !strongSpanOver(spans, tokens[k]!);
    } else if (adjacentAfter && withWords.has(next) && word.length >= 6 && comitative.test(word) && !possessedComitative.test(word)) {
      // `Шалқармен бірге`: the person who went along; a place, a body or an everyday noun is on a list.
      const stem = word.slice(0, word.length - 3);
      found = !(k > 0 && !tokens[k - 1]!.sentenceStart && capitalised(text, tokens[k - 1]!, previous!)) && personWord(tokens[k]!, word, words[k]!, resources) && !resources.commonWords.has(stem) && !strongSpanOver(spans, tokens[k]!);
    } else if (!tokens[k]!.sentenceStart && (coordinatedWithGiven(text, tokens, folded, spans, k, k + 1, k + 2) || coordinatedWithGiven(text, tokens, folded, spans, k, k - 1, k - 2))) {
      found = !caseEnded(word) && personWord(tokens[k]!, word, words[k]!, resources) && words[k]!.evidence(true, resources, true).nameFlags === 0 && !resources.commonWords.has(word);
    } else if (skiyShaped(word)) {
      found = words[k]!.evidence(true, resources, true).stopFlags === 0;
    } else if (respectfulShaped(word)) {
      found = personWord(tokens[k]!, word, words[k]!, resources);
    } else if (!tokens[k]!.sentenceStart && (stem = nisbaStem(word)) !== undefined && (kazakhWord(previous) || kazakhWord(next))) {
      // `Бүгінде Ясауи хикметтері`: not before a street, monument or institution word (`Фараби атындағы`), nor an
      // acronym spelt out in syllables (`ЭйДжи`, `ПиЭйчДи`: a capital inside).
      found = text.slice(tokens[k]!.start + 1, tokens[k]!.end) === word.slice(1) && personWord(tokens[k]!, word, words[k]!, resources) && !nisbaWords.has(stem) && !resources.commonWords.has(stem) && !modifierBefore(text, tokens, folded, k + 1, places) && !(next !== undefined && postpositions.has(next));
    } else if (!tokens[k]!.sentenceStart && elementShaped(word)) {
      found = personWord(tokens[k]!, word, words[k]!, resources) && words[k]!.evidence(true, resources, true).nameFlags === 0 && !resources.commonWords.has(word);
    }
    if (!found) continue;
    const start = tokens[first]!.start;
    const end = tokens[last]!.end;
    k = last;
    if (strongSpanOver(spans, tokens[first]!)) continue;
    // The scan's weak spans inside the name (`Қорған` and `Төреғожа` each below the threshold) give way to it.
    if (overlappingEither(spans, added, start, end) !== undefined && !dropWeakInside(spans, start, end)) continue;
    (added ??= []).push({ start, end, type: 'NAME', score: nameWeights.firstAmbiguous, source: 'name:cue', normalized: text.slice(start, end).toLowerCase() });
  }
  if (added !== undefined) for (const span of added) spans.push(span);
  if (added !== undefined || resort) spans.sort((a, b) => a.start - b.start);
}

/**
 * Some frame below can read token `k`: the word or a neighbour is a frame word or shape (WordBit.KazakhNewsFrame is
 * kazakhNewsFrameWord()), a neighbour is a conjunction (WordBit.Conjunction holds `мен`, `пен`, `бен`, `және`), or
 * `қызы`/`ұлы` stands before it. Most capitalised words have none, and skip the frames' set lookups.
 */
function frameNear(folded: readonly string[], words: readonly WordInfo[], k: number, count: number): boolean {
  const near = WordBit.KazakhNewsFrame | WordBit.Conjunction;
  if (words[k]!.bits & WordBit.KazakhNewsFrame || (k + 1 < count && words[k + 1]!.bits & near)) return true;
  return k > 0 && ((words[k - 1]!.bits & near) !== 0 || folded[k - 1] === 'қызы' || folded[k - 1] === 'ұлы');
}

/**
 * Token `k` follows `қызы` or `ұлы` right after a capitalised genitive (`Хасанның қызы X`): "daughter of", "son of"
 * (the patronymic words stand without a genitive before them: `Асан қызы`).
 */
function childOfGenitive(text: string, tokens: readonly Token[], folded: readonly string[], k: number): boolean {
  if (k < 2) return false;
  const child = folded[k - 1]!;
  if (child !== 'қызы' && child !== 'ұлы') return false;
  const parent = folded[k - 2]!;
  return genitive.test(parent) && !institutionGenitive.test(parent) && capitalised(text, tokens[k - 2]!, parent) && onlySpaces(text, tokens[k - 2]!.end, tokens[k - 1]!.start, 1);
}

/**
 * Token `k` (the word after a candidate) is a lower-case possessed noun, a place noun or a postposition: the
 * candidate names a place, an institution or a topic (`Гарвард университетінде`, `Жаңаөзен қаласына`, `Инфляция
 * туралы`).
 */
function modifierBefore(text: string, tokens: readonly Token[], folded: readonly string[], k: number, places: ReadonlySet<string>): boolean {
  if (k >= tokens.length || text.charCodeAt(tokens[k]!.start) !== folded[k]!.charCodeAt(0)) return false;
  const word = folded[k]!;
  return places.has(word) || postpositions.has(word) || (word.length >= 5 && possessedNoun.test(word));
}

// News agencies report and write (`– деп хабарлады Қазақпарат`): after these the capitalised word is no speaker.
const agencyVerbs: ReadonlySet<string> = new Set(['хабарлады', 'жазды']);
/**
 * Token `j`, a verb of saying, attributes a quote: `деді` right after a dash or closing guillemet (`», – деді`), or any
 * of them after `деп` (`– деп атап өтті`, `деп мәлімдеді`).
 */
function quoteAttribution(text: string, tokens: readonly Token[], folded: readonly string[], j: number): boolean {
  if (agencyVerbs.has(folded[j]!)) return false;
  let verb = j;
  if (folded[verb] === 'өтті') {
    if (verb < 1 || folded[verb - 1] !== 'атап') return false;
    verb--;
  }
  if (verb >= 1 && folded[verb - 1] === 'деп') return true;
  if (folded[j] !== 'деді' || verb < 1) return false;
  for (let at = tokens[verb - 1]!.end; at < tokens[verb]!.start; at++) {
    const code = text.charCodeAt(at);
    if (code === 0x2013 || code === 0x2014 || code === 0xbb || code === 45) return true;
  }
  return false;
}

/** The scan's span at or above the threshold that is the token alone. */
function singleWordSpan(spans: readonly Span[], token: Token): Span | undefined {
  const span = overlappingSpan(spans, token.start, token.end);
  return span !== undefined && span.start === token.start && span.end === token.end && span.score >= nameWeights.coordinatedWith ? span : undefined;
}

// Kazakh "and" (мен/пен/бен also "with").
const conjunctions: ReadonlySet<string> = new Set(['мен', 'пен', 'бен', 'және']);
/**
 * Token `link` is a Kazakh "and" one space from token `k` and from token `other`, which a span of the scan at or above
 * the threshold covers alone: `Диас пен Дархан`, `Дархан мен Диас` (mentions.ts pairs unknown words with surnames
 * and full names only, `Rick and Morty` being a title in English).
 */
function coordinatedWithGiven(text: string, tokens: readonly Token[], folded: readonly string[], spans: readonly Span[], k: number, link: number, other: number): boolean {
  if (other < 0 || other >= tokens.length || !conjunctions.has(folded[link]!)) return false;
  const left = Math.min(k, other);
  if (!onlySpaces(text, tokens[left]!.end, tokens[left + 1]!.start, 1) || !onlySpaces(text, tokens[left + 1]!.end, tokens[left + 2]!.start, 1)) return false;
  const span = overlappingSpan(spans, tokens[other]!.start, tokens[other]!.end);
  return span !== undefined && span.start === tokens[other]!.start && span.end === tokens[other]!.end && span.score >= nameWeights.coordinatedWith;
}

/** A span of the scan at or above the threshold overlaps the token. */
function strongSpanOver(spans: readonly Span[], token: Token): boolean {
  const span = overlappingSpan(spans, token.start, token.end);
  return span !== undefined && span.score >= nameWeights.coordinatedWith;
}

/**
 * Removes the spans below the threshold that lie inside [start, end); false (nothing removed) when a span reaches
 * outside it or scores at the threshold: the caller then leaves the words to that span.
 */
function dropWeakInside(spans: Span[], start: number, end: number): boolean {
  let from = -1;
  let to = -1;
  for (let s = 0; s < spans.length; s++) {
    const span = spans[s]!;
    if (span.end <= start || span.start >= end) continue;
    if (span.start < start || span.end > end || span.score >= nameWeights.coordinatedWith) return false;
    if (from === -1) from = s;
    to = s;
  }
  if (from !== -1) spans.splice(from, to - from + 1);
  return true;
}

/** A Cyrillic word of three letters or more, capitalised with the second letter in lower case (no acronym). */
function capitalised(text: string, token: Token, word: string): boolean {
  return token.cyrillic && !token.hasDigit && token.end - token.start >= 3 && text.charCodeAt(token.start) !== word.charCodeAt(0) && text.charCodeAt(token.start + 1) === word.charCodeAt(1);
}

/**
 * No list holds the word as a place, brand or everyday word; it is no cue, role, person noun or patronymic word
 * (`Ұлы` "great", "son of"), no derived noun (`Бөлімше`, `-лық`), and not "the one in …" (`Ауылдағы`).
 */
function personWord(token: Token, word: string, info: WordInfo, resources: NameResources, derivedAllowed = false): boolean {
  if (info.cue !== 0 || info.bits & WordBit.PatronymicWord || resources.roles.has(word) || resources.cueWords.has(word) || locativeAttributiveWord(word) || (!derivedAllowed && nounDerived(word))) return false;
  const stopFlags = info.evidence(token.cyrillic, resources, true).stopFlags;
  return stopFlags === 0 || (stopFlags === WordFlag.NotName && truncatedStem(word, resources));
}

/**
 * The stoplists hold the word only as the stem a Russian noun declines on (`Ораз` of `ораза`, which Russian declines
 * `оразы`, `оразу`): Kazakh keeps the last vowel of a word in every case, so in Kazakh text the word is not that noun.
 */
function truncatedStem(word: string, resources: NameResources): boolean {
  const entry = resources.stops.getStem(word);
  return entry !== undefined && entry.baseCyrillic.length > word.length && entry.baseCyrillic.startsWith(word);
}

/** `әкімі Қаланың …`: a possessive before a genitive after a title opens an institution's name. */
function genitiveOfTitle(word: string): boolean {
  return institutionGenitive.test(word);
}

// The Kazakh case endings that close a name phrase (`Анри Пупар-Лафаржді қабылдады`).
const closingCase = new EndingSet(['ның', 'нің', 'дың', 'дің', 'тың', 'тің', 'ға', 'ге', 'қа', 'ке', 'ды', 'ді', 'ты', 'ті', 'ны', 'ні', 'дан', 'ден', 'тан', 'тен', 'нан', 'нен', 'мен', 'бен', 'пен', 'ға', 'қа']);
function caseEnded(word: string): boolean {
  return word.length >= 5 && closingCase.test(word);
}

/**
 * `Әсия, Әдина, Зәуреш мектепке барады`: a capitalised word on no list in a comma list whose two nearest other items
 * are names the scan found on their own (given names listed as children, guests, winners) is a name too. The word has
 * no case ending (the list's last item may carry the case of the whole list: `… Равельдердің`), no place, everyday or
 * cue reading, and no noun suffix; lists of places have no name in them to vouch (`Алматы, Астана, Шымкент`). The
 * caller runs this on capitalised Turkic text with a comma and two spans at least.
 */
export function findListedKazakhNames(text: string, tokens: readonly Token[], folded: readonly string[], words: readonly WordInfo[], spans: Span[], resources: NameResources): void {
  let added: Span[] | undefined;
  for (let k = 0; k < tokens.length; k++) {
    const word = folded[k]!;
    if (!capitalised(text, tokens[k]!, word) || (tokens[k]!.sentenceStart && !commaAfter(text, tokens, k))) continue;
    let vouching = 0;
    // Left: `A, B, X`; right: `X, A, B`, `X, A және B`, `X және A`.
    if (commaBetween(text, tokens, k - 1) && singleWordSpan(spans, tokens[k - 1]!) !== undefined) {
      vouching++;
      if (commaBetween(text, tokens, k - 2) && singleWordSpan(spans, tokens[k - 2]!) !== undefined) vouching++;
    }
    let right = k + 1;
    if (right < tokens.length && (commaBetween(text, tokens, k) || (conjunctions.has(folded[right]!) && ++right < tokens.length)) && singleWordSpan(spans, tokens[right]!) !== undefined) {
      vouching++;
      if (right + 1 < tokens.length && commaBetween(text, tokens, right) && singleWordSpan(spans, tokens[right + 1]!) !== undefined) vouching++;
    }
    if (vouching < 2 || caseEnded(word) || strongSpanOver(spans, tokens[k]!)) continue;
    if (!personWord(tokens[k]!, word, words[k]!, resources) || words[k]!.evidence(true, resources, true).nameFlags !== 0 || resources.commonWords.has(word)) continue;
    if (overlappingEither(spans, added, tokens[k]!.start, tokens[k]!.end) !== undefined && !dropWeakInside(spans, tokens[k]!.start, tokens[k]!.end)) continue;
    (added ??= []).push({ start: tokens[k]!.start, end: tokens[k]!.end, type: 'NAME', score: nameWeights.firstAmbiguous, source: 'name:cue', normalized: word });
  }
  if (added === undefined) return;
  for (const span of added) spans.push(span);
  spans.sort((a, b) => a.start - b.start);
}

/** Only `, ` between token `j` and the next one. */
function commaBetween(text: string, tokens: readonly Token[], j: number): boolean {
  if (j < 0 || j + 1 >= tokens.length) return false;
  return tokens[j + 1]!.start - tokens[j]!.end === 2 && text.charCodeAt(tokens[j]!.end) === 44 && text.charCodeAt(tokens[j]!.end + 1) === 32;
}
function commaAfter(text: string, tokens: readonly Token[], k: number): boolean {
  return text.charCodeAt(tokens[k]!.end) === 44;
}
