// Lower-case Kazakh, Kyrgyz and Uzbek chat: a name in the case a person takes before a word that needs one, where the
// capital letter was the evidence in written text. The person thanked in the dative, with words between (`ерболға көп
// рақмет`, `sherzodbekka chin dildan rahmat`); reached in the dative (`тілеуханға хабарласып едім`); talked with
// (`сәкенжанбен сөйлестім`, `чолпонай менен сүйлөштүк`, `ikromjon bilan gaplashdim`); waited on for an answer in
// the ablative (`nodirbekdan javob kutyapman`, `әлмұханнан хабар жоқ`). The word must be a listed given name, or a
// word on no list whose stem ends like one (names/morphemes.txt, names/turkic-given-endings.txt, or the -ай/-oy of
// Kyrgyz and Uzbek women's names on a stem of four letters or more): never the case ending alone.

import type { Token } from '../../text/tokenize.js';
import type { Span } from '../../types.js';
import { skeleton } from '../../text/translit.js';
import { analyzeWord } from './analyze.js';
import { deedAfter, turkicNonNameForm } from './chat-addressed.js';
import { onlySpaces } from './gaps.js';
import { WordFlag } from './lexicon.js';
import type { KnownNames } from './mentions.js';
import type { NameResources } from './resources.js';
import { addFoundSpans, overlappingSpan } from './span-search.js';
import { EndingSet } from './suffixes.js';
import { personActWord } from './turkic-person-acts.js';
import { GivenShape, turkicGivenShape } from './turkic-shape.js';
import { clauseOpenerAt } from './turkic-unlisted.js';
import { WordBit, type WordInfo } from './vocabulary.js';
import { nameWeights } from './weights.js';

// Thanks after the person in the dative (Kazakh, Kyrgyz, Uzbek in both scripts, and Russian in mixed chat).
const thanks = new Set(['рақмет', 'рахмет', 'рахмат', 'раҳмат', 'rahmat', 'raxmat', 'rakhmat', 'алғыс', 'алғысымды', 'алғысым', 'ташаккур', 'tashakkur', 'спасибо', 'благодарю', 'ыраазычылыгымды', 'ыраазычылык', 'minnatdorchilik', 'миннатдорчилик']);
// Words that may stand between the person and the thanks: "many", "big", "great", "very", "from the heart".
const between = new Set(['көп', 'үлкен', 'зор', 'чоң', 'катта', 'katta', 'зўр', "zo'r", 'zor', 'өте', 'абдан', 'juda', 'жуда', 'шын', 'жүректен', 'чын', 'жүрөктөн', 'chin', 'dildan', 'чин', 'дилдан', 'сізге', 'сизге', 'ko\'p', 'кўп']);
// Verbs that reach a person in the dative: calling, writing, contacting, telling, sending, handing over; converbs and
// first-person past (the finite forms turkic-unlisted.ts reads are here too, for listed names). Folded: ё is е.
const reached = new Set([
  'хабарластым', 'хабарластық', 'хабарласып', 'хабарласқан', 'хабарласқанмын', 'хабарласам', 'хабарласыңыз', 'жаздым', 'жазып', 'жаздық', 'айттым', 'айтып', 'жібердім', 'жіберіп', 'қоңырау', 'звондадым',
  'чалдым', 'чалып', 'чалдык', 'жаздым', 'кайрылдым', 'кайрылып', 'айтып', 'жибердим', 'жөнөттүм', 'билдирдим',
  'yozdim', 'yozib', 'yozdik', "qo'ng'iroq", 'murojaat', 'aytdim', 'aytib', 'yubordim', 'yuborib', 'telefon',
  'ездим', 'езиб', 'қўнғироқ', 'мурожаат', 'айтдим', 'айтиб', 'юбордим', 'юбориб', 'телефон',
  // Complaining about someone: the complaint goes to them in the dative (`арманға шағым айтамын`).
  'шағым', 'шағымданамын', 'даттанам', 'даттандым', 'shikoyat', 'шикоят',
]);
// Asking for someone to the phone, the person in the accusative (`арманды шақырыңызшы`, `umidni chaqiring`).
const summoned = new Set(['шақырыңызшы', 'шақырыңыз', 'шақырып', 'чакырыңызчы', 'чакырыңыз', 'чакырып', 'chaqiring', 'chaqirib', 'chaqirvoring', 'чақиринг', 'чақириб']);
// Verbs of talking or meeting with someone, after Kazakh -мен/-бен/-пен, Kyrgyz `менен`, Uzbek `bilan`.
const talked = new Set([
  'сөйлестім', 'сөйлестік', 'сөйлесіп', 'сөйлесті', 'сөйлескенмін', 'хабарластым', 'байланыстым', 'кездестім', 'келістім', 'тілдестім', 'сөйлесу',
  'сүйлөштүм', 'сүйлөштүк', 'сүйлөшүп', 'сүйлөштү', 'жолуктум', 'байланыштым', 'кездештим', 'макулдаштым', 'макулдаштык', 'сүйлөшкөм',
  'gaplashdim', 'gaplashdik', 'gaplashib', 'gaplashdi', 'gaplashgandim', 'suhbatlashdim', 'uchrashdim', 'kelishdim', 'kelishdik', "bog'landim",
  'гаплашдим', 'гаплашдик', 'гаплашиб', 'гаплашди', 'суҳбатлашдим', 'учрашдим', 'келишдим', 'келишдик', 'боғландим',
]);
const withWords = new Set(['менен', 'bilan', 'билан']);
// After the ablative: an answer or news awaited from the person, asking them, buying from them.
const fromPerson = new Set(['жауап', 'жооп', 'javob', 'жавоб', 'xabar', 'хабар', 'habar', 'сұрадым', 'сурадым', "so'radim", 'сўрадим', 'сұрап', 'сурап', "so'rab", 'сўраб', 'сатып', 'sotib', 'сотиб']);
// "To me", "to us" between a subject and a deed done for the speaker (`болот мага чалып`, `umid menga yozdi`).
const toMe = new Set(['маған', 'мага', 'маган', 'менга', 'menga', 'бізге', 'бизге', 'bizga', 'бизга']);
// Accusative endings of the object a sentence may open with before its subject (`буйрутманы роза кабыл алды`).
const accusativeEndings = ['ны', 'ні', 'ды', 'ді', 'ты', 'ті', 'ну', 'нү', 'ду', 'дү', 'ту', 'тү', 'ни', 'ni'];
const accusative = new EndingSet(accusativeEndings);
// A name asked for to the phone also takes Uzbek Cyrillic -ди/-ти, which an opening object is not read by (`келди`).
const accusativeOfName = new EndingSet([...accusativeEndings, 'ди', 'ти']);
// Converbs of a compound verb (`алып келди`, `olib keldi`, `чалып`).
const converb = new EndingSet(['ып', 'іп', 'уп', 'үп', 'ип', 'ib', 'иб']);
// Nouns of compound verbs with "do" or "take" (`qabul qildi`, `кабыл алды`, `қабылдады` is one word).
const compoundNoun = new Set(['qabul', 'қабул', 'кабыл', 'қабыл', 'hal', 'ҳал', 'chek', 'чек', 'javob', 'жавоб', 'жауап', 'жооп']);
// Third-person past (`қабылдады`, `тексерді`, `keldi`), five letters or more: no plural accusative (`-ларды`).
const past = new EndingSet(['ды', 'ді', 'ты', 'ті', 'ди', 'ти', 'ду', 'дү', 'ту', 'тү', 'di', 'ti']);
const pluralAccusative = new EndingSet(['ларды', 'лерді', 'дарды', 'дерді', 'тарды', 'терді', 'лерди', 'lardi', 'larni']);
function pastThird(word: string): boolean {
  return word.length >= 5 && past.test(word) && !pluralAccusative.test(word);
}

const dative = new EndingSet(['ға', 'ге', 'қа', 'ке', 'га', 'го', 'гө', 'ка', 'ко', 'кө', 'ga', 'ka', 'qa']);
const comitative = new EndingSet(['мен', 'бен', 'пен']);
const ablative = new EndingSet(['дан', 'ден', 'тан', 'тен', 'нан', 'нен', 'дон', 'дөн', 'тон', 'төн', 'dan']);
// A plural or possessive before the case ending makes a group or a thing (`менеджерлерге`, `дүкеніне`, `do'koniga`).
const groupOrPossessed = new EndingSet(['лар', 'лер', 'дар', 'дер', 'тар', 'тер', 'лор', 'лөр', 'дор', 'дөр', 'тор', 'төр', 'lar', 'ler', 'ым', 'ім', 'им', 'ум', 'үм', 'ың', 'ің', 'иң', 'ыңыз', 'іңіз', 'ңыз', 'ңіз', 'ңиз', 'im', 'ing', 'ingiz', 'ы', 'і', 'си', 'сы', 'сі', 'i', 'si']);

const Frame = { None: 0, Dative: 1, Comitative: 2, Ablative: 3, With: 4, Subject: 5, Summoned: 6 } as const;
type Frame = (typeof Frame)[keyof typeof Frame];

// Every word a frame ends in, for the entry test.
const frameEnds: ReadonlySet<string> = new Set([...thanks, ...reached, ...talked, ...fromPerson, ...toMe, ...summoned]);

/** Entry test: a word a frame ends in, after the first token (`folded`: the scan's folded tokens). */
export function mayHaveTurkicCaseFrames(folded: readonly string[]): boolean {
  for (let k = 1; k < folded.length; k++) if (frameEnds.has(folded[k]!) || accusative.test(folded[k - 1]!)) return true;
  return false;
}

/**
 * In Turkic text (or Latin-script text) typed without capitals: token `k`, left unnamed, in the dative before thanks
 * (up to two words between) or a verb of reaching, in the comitative before a verb of talking, or in the ablative
 * before an answer awaited; or bare before Kyrgyz `менен`, Uzbek `bilan` and that verb. A listed given name (its
 * ending the case ending) or a word on no list whose stem is shaped like a given name. Adds to the scan's spans.
 */
export function findLowerTurkicCaseNames(text: string, tokens: readonly Token[], folded: readonly string[], words: readonly WordInfo[], spans: Span[], resources: NameResources, known: KnownNames | undefined, turkic: boolean): void {
  let found: Span[] | undefined;
  const count = tokens.length;
  for (let k = 0; k + 1 < count; k++) {
    const token = tokens[k]!;
    if (token.hasDigit || token.end - token.start < 4 || !onlySpaces(text, token.end, tokens[k + 1]!.start, 1)) continue;
    let frame = frameAt(text, tokens, folded, k);
    if (frame === Frame.None && subjectAt(text, tokens, folded, k, resources)) frame = Frame.Subject;
    if (frame === Frame.None) continue;
    const word = folded[k]!;
    // `xolmatov ilhom bilan`: a surname-shaped word beside it; the pair pass (turkic-lower-pairs.ts) names the two.
    if ((k > 0 && words[k - 1]!.bits & WordBit.SurnameLike) || words[k + 1]!.bits & WordBit.SurnameLike) continue;
    if (resources.cueWords.has(word) || resources.roles.has(word) || resources.serviceRoles.has(word) || words[k]!.bits & (WordBit.MisspeltCue | WordBit.SpeakerLabel)) continue;
    // A span below the threshold on this very word is lifted; any other span stands.
    const covering = overlappingSpan(spans, token.start, token.end);
    if (covering !== undefined && (covering.score >= nameWeights.lowerVocative || covering.start !== token.start || covering.end !== token.end)) continue;
    if (known !== undefined && known.findWord(words[k]!, token.cyrillic) !== undefined) continue;
    const ending = frame === Frame.With || frame === Frame.Subject ? 0 : frame === Frame.Dative || frame === Frame.Summoned ? 2 : 3;
    const stem = word.slice(0, word.length - ending);
    if (stem.length < 3 || (ending > 0 && groupOrPossessed.test(stem))) continue;
    const base = nameBase(stem, token.cyrillic, resources, turkic);
    if (base === undefined) continue;
    const span: Span = { start: token.start, end: token.end, type: 'NAME', score: nameWeights.lowerVocative, source: 'name:cue', normalized: base };
    if (covering !== undefined) spans[spans.indexOf(covering)] = span;
    else (found ??= []).push(span);
  }
  addFoundSpans(spans, found);
}

/**
 * Token `k` is the subject of a deed done to the speaker (`болот мага чалып`, `бүгүн umid menga yozdi`), or of a deed
 * done to an object opening the sentence (`буйрутманы роза кабыл алды`, `buyurtmani hayot olib keldi`): it opens its
 * sentence (after a time adverb too) or follows that object, and is no manner, time or verb word.
 */
function subjectAt(text: string, tokens: readonly Token[], folded: readonly string[], k: number, resources: NameResources): boolean {
  const token = tokens[k]!;
  const object = k > 0 && !token.sentenceStart && folded[k - 1]!.length >= 5 && accusative.test(folded[k - 1]!) && (tokens[k - 1]!.sentenceStart || (k > 1 && tokens[k - 2]!.sentenceStart && clauseOpenerAt(folded, k - 2))) && onlySpaces(text, tokens[k - 1]!.end, token.start, 1);
  const opening = token.sentenceStart || (k > 0 && tokens[k - 1]!.sentenceStart && clauseOpenerAt(folded, k - 1) && onlySpaces(text, tokens[k - 1]!.end, token.start, 1));
  if (!object && !opening) return false;
  if (personActWord(folded[k]!) || turkicNonNameForm(folded[k]!)) return false;
  let j = k + 1;
  // `мага чалып` after any opener; after an object the deed may follow straight away.
  if (toMe.has(folded[j]!)) j++;
  else if (!object) return false;
  if (j >= tokens.length || !onlySpaces(text, tokens[j - 1]!.end, tokens[j]!.start, 1)) return false;
  const cyrillic = token.cyrillic;
  if (reached.has(folded[j]!) || deedAfter(tokens, folded, cyrillic, j, resources) || (object && pastThird(folded[j]!))) return true;
  // `olib keldi`, `qabul qildi`, `кабыл алды`: a converb or a noun of a compound verb, then the past.
  if (j + 1 >= tokens.length || !onlySpaces(text, tokens[j]!.end, tokens[j + 1]!.start, 1)) return false;
  return (folded[j]!.length >= 4 && converb.test(folded[j]!) && deedAfter(tokens, folded, cyrillic, j + 1, resources)) || (object && compoundNoun.has(folded[j]!) && pastThird(folded[j + 1]!));
}

function frameAt(text: string, tokens: readonly Token[], folded: readonly string[], k: number): Frame {
  const word = folded[k]!;
  const next = folded[k + 1]!;
  if (withWords.has(next)) return k + 2 < tokens.length && talked.has(folded[k + 2]!) && onlySpaces(text, tokens[k + 1]!.end, tokens[k + 2]!.start, 1) ? Frame.With : Frame.None;
  if (dative.test(word)) {
    if (reached.has(next)) return Frame.Dative;
    // `ерболға көп рақмет`, `шын жүректен рақмет`: up to two words between.
    for (let m = k + 1; m < tokens.length && m <= k + 3; m++) {
      if (m > k + 1 && !onlySpaces(text, tokens[m - 1]!.end, tokens[m]!.start, 1)) return Frame.None;
      if (thanks.has(folded[m]!)) return Frame.Dative;
      if (!between.has(folded[m]!)) return Frame.None;
    }
    return Frame.None;
  }
  if (comitative.test(word) && talked.has(next)) return Frame.Comitative;
  if (summoned.has(next) && accusativeOfName.test(word)) return Frame.Summoned;
  if (ablative.test(word) && fromPerson.has(next)) return Frame.Ablative;
  return Frame.None;
}

/**
 * The base form when `stem` (a case ending cut off) is a listed given name, not a place, or a word on no list shaped
 * like one; undefined otherwise.
 */
function nameBase(stem: string, cyrillic: boolean, resources: NameResources, turkic: boolean): string | undefined {
  const evidence = analyzeWord(stem, cyrillic, resources, turkic);
  if (evidence.stopFlags !== 0 || evidence.placeName === true) return undefined;
  if (evidence.nameFlags & WordFlag.First) return evidence.endingLength === 0 ? evidence.base : undefined;
  if (evidence.nameFlags !== 0) return undefined;
  if (resources.commonWords.has(stem) || resources.everydayWords.has(stem) || resources.placeWords.has(stem) || resources.roles.has(stem) || resources.serviceRoles.has(stem) || resources.cueWords.has(stem)) return undefined;
  return givenNameStem(stem, resources) ? stem : undefined;
}

/**
 * `stem` (folded, no case ending) ends like a given name: an ending of names/turkic-given-endings.txt or
 * names/morphemes.txt after three letters or more, not doubled (`jonajon`), or -ай/-ой/-oy after four letters or more
 * (`чолпонай`, `muxlisaoy`; `сарай`, `қытай` are too short). Read only in a person's slot: a negative converb in -бай
 * takes no case ending and no `менен`.
 */
export function givenNameStem(stem: string, resources: NameResources): boolean {
  const shape = turkicGivenShape(stem);
  if (shape === GivenShape.Base || shape === GivenShape.WeakBase) return true;
  const key = skeleton(stem);
  for (const ending of resources.nameEndings) {
    if (key.length >= ending.length + 3 && key.endsWith(ending) && !key.startsWith(ending)) return true;
  }
  return key.length >= 6 && (key.endsWith('ai') || key.endsWith('oi') || key.endsWith('oy'));
}
