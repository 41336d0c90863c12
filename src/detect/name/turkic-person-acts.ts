// Lower-case Turkic given names on no list, read from what the person did: `eshmat juda yaxshi tushuntirdi`,
// `оператор айзирек абдан сылык болду`, `yodgor, rahmat sizga`.

import type { Token } from '../../text/tokenize.js';
import type { Span } from '../../types.js';
import { foldWord } from '../../text/normalize.js';
import { bareTurkicName } from './chat.js';
import { onlySpaces } from './gaps.js';
import { spanCovering } from './real-tokens.js';
import { EndingSet } from './suffixes.js';
import { CueWord, type NameResources } from './resources.js';
import { typoOfCommonWord } from './typos.js';
import { GivenShape, locativeAttributiveWord, turkicGivenShape } from './turkic-shape.js';
import { askedInAblative, bareOpener, notOpenerName, personPredicateAhead, thankedInDative, possessiveShapedName, reviewPredicateWord } from './review-openers.js';
import { WordFlag } from './lexicon.js';
import { clauseOpenerAt, nounDerived } from './turkic-unlisted.js';
import { WordBit, type WordInfo } from './vocabulary.js';
import { nameWeights } from './weights.js';
import { foldedWordSet } from './folded-words.js';
import { turkicRoleManner } from './turkic-role-predicates.js';

// Loaded once per process or worker.
let acts: ReadonlySet<string> | undefined;
let manners: ReadonlySet<string> | undefined;
function actSet(): ReadonlySet<string> {
  acts ??= foldedWordSet('cues/name-turkic-person-acts.txt');
  return acts;
}
let objectAdjectives: ReadonlySet<string> | undefined;
function objectAdjectiveSet(): ReadonlySet<string> {
  objectAdjectives ??= foldedWordSet('cues/name-turkic-object-adjectives.txt');
  return objectAdjectives;
}
function mannerSet(): ReadonlySet<string> {
  manners ??= foldedWordSet('cues/name-turkic-manner-words.txt');
  return manners;
}
// The words the two passes below pass over as openers, each set once as one: deeds, manner words and thanks (and,
// for findCapitalPersonActs, person nouns). One lookup per sentence opener instead of three or four.
let deedOrMannerOrThanks: ReadonlySet<string> | undefined;
let notCapitalOpener: ReadonlySet<string> | undefined;
function deedMannerOrThanks(): ReadonlySet<string> {
  deedOrMannerOrThanks ??= new Set([...actSet(), ...mannerSet(), ...thanks]);
  return deedOrMannerOrThanks;
}
function capitalOpenerVetoes(): ReadonlySet<string> {
  notCapitalOpener ??= new Set([...deedMannerOrThanks(), ...personNouns]);
  return notCapitalOpener;
}
/** `word` is a deed or manner word (cues/name-turkic-person-acts.txt, name-turkic-manner-words.txt): never a name. */
export function personActWord(word: string): boolean {
  return actSet().has(word) || mannerSet().has(word);
}

// "Thank you" after a comma: the thanks and the second person together (`yodgor, rahmat sizga`, `айзирек, сизге
// рахмат`); thanks alone also follow everyday words (`yaxshi, rahmat`).
const thanks = new Set(['rahmat', 'raxmat', 'раҳмат', 'рахмат', 'рахмет', 'рақмет']);
const you = new Set(['sizga', 'сизга', 'сизге', 'сізге', 'sizlarga', 'сизларга', 'сага', 'саған', 'senga', 'сенга']);
// Honorifics written after an elder's given name (cues/name-honorifics.txt has these and more: `ата` "grandfather",
// `jon`, `bey` also close everyday phrases).
const elderHonorifics = new Set(['aka', 'opa', 'akajon', 'opajon', 'ака', 'опа', 'апа', 'эже', 'байке', 'ага', 'аға', 'апай', 'агай', 'ағай', 'әпке', 'апке']);
const comparative = new EndingSet(['roq', 'rak', 'роқ', 'рақ', 'рок', 'рак', 'рек', 'рээк', 'раак', 'роок']);
// "Very" (Uzbek, Kazakh, Kyrgyz): `operator mashhura juda xushmuomala`, `курьер дәмелі өте сыпайы`.
const intensifiers = new Set(['juda', 'жуда', 'өте', 'абдан']);
// Past-tense and converb endings: a verb opening the sentence (`keldi`, `келди`), not a subject.
const verbEnding = new EndingSet(['di', 'ti', 'ди', 'ти', 'ды', 'ді', 'ты', 'ті', 'ду', 'дү', 'ту', 'тү', 'ib', 'иб', 'ып', 'іп', 'уп', 'үп', 'moqda', 'моқда', 'yapti', 'япти', 'ган', 'ген', 'ған', 'gan']);

/**
 * A lower-case word on no list (bare: no case, plural, possessive or verb ending) is a given name when two things
 * say so, in lower-case Turkic or Latin-script writing (the caller's gate):
 * - it opens its sentence and, after at most two adverbs or time words, comes a deed only a person does (explained,
 *   helped, answered, called, apologised, was late: cues/name-turkic-person-acts.txt): `muhayyo juda yaxshi
 *   tushuntirdi`, `жекшен кечээ чалды`;
 * - it stands right after a service role and before "very" or a deed: `operator yodgor juda xushmuomala`, `курьер
 *   дәмелі өте сыпайы`, `курьер дәмелі уақытында келді`;
 * - it opens its sentence before a comma and "thank you": `yodgor, rahmat sizga`;
 * - it opens its sentence right before an elder's honorific: `жекшен ага чалды`.
 */
export function findPersonActNames(text: string, tokens: readonly Token[], folded: readonly string[], firstCodes: ArrayLike<number>, wordCues: ArrayLike<number>, words: readonly WordInfo[], spans: Span[], resources: NameResources, turkic: boolean): void {
  const scanned = spans.length;
  let added = false;
  const count = tokens.length;
  const deeds = actSet();
  const gapWords = mannerSet();
  const notOpeners = deedMannerOrThanks();
  for (let i = 0; i < count; i++) {
    const token = tokens[i]!;
    // Cheapest tests first: most tokens neither open a sentence nor follow a role word.
    const afterRole = i > 0 && (wordCues[i - 1]! & CueWord.Role) !== 0;
    // The subject opens its sentence, or follows a time word that does (`bugun oydina javob berdi`).
    const opening = token.sentenceStart || (i > 0 && tokens[i - 1]!.sentenceStart && clauseOpenerAt(folded, i - 1));
    if (!opening && !afterRole) continue;
    if (token.end - token.start < 4 || token.hasDigit || text.charCodeAt(token.start) !== firstCodes[i]) continue;
    const word = folded[i]!;
    if (notOpeners.has(word)) continue;
    const next = tokens[i + 1];
    let placed = false;
    // After the role, "very" next: an adverb or adjective after the role stands before the deed (`оператор ҳали
    // жавоб бермади`, `курьер шамалы кешікті`), and one before "very" would be a second adverb.
    // Or a deed after at most two manner or time words (`курьер дәмелі уақытында келді`, `сатушы дәмелі көмектесті`).
    if (afterRole && next !== undefined && resources.serviceRoles.has(folded[i - 1]!) && onlySpaces(text, tokens[i - 1]!.end, token.start, 2) && onlySpaces(text, token.end, next.start, 2)) {
      placed = !turkicRoleManner(word) && (intensifiers.has(folded[i + 1]!) || (actAfter(text, tokens, folded, i + 1, gapWords) && !adverbShaped(word)) || (actAfterObject(text, tokens, folded, i + 1, gapWords) && !adverbShaped(word) && !attributive.test(word) && !objectAdjectiveSet().has(word)));
    }
    // Before an honorific of an elder, opening the sentence (`жекшен ага чалды`); not a comparative adverb (`tezroq
    // opa`, "quicker, sister"). After a greeting the scan reads the name already.
    if (!placed && opening && next !== undefined && elderHonorifics.has(folded[i + 1]!)) placed = onlySpaces(text, token.end, next.start, 1) && !comparative.test(word);
    if (!placed && opening && next !== undefined) {
      if (token.sentenceStart && text.charCodeAt(token.end) === 44) placed = thankedAfter(folded, i + 1);
      else if (onlySpaces(text, token.end, next.start, 2)) placed = deedAhead(text, tokens, folded, i + 1, deeds, gapWords) || (resources.serviceRoles.has(folded[i + 1]!) && !attributive.test(word) && actAfter(text, tokens, folded, i + 2, gapWords));
    }
    if (!placed) continue;
    if (resources.roles.has(word) || resources.cueWords.has(word) || personNouns.has(word) || spanCovering(spans, scanned, token.start, token.end) !== undefined) continue;
    const evidence = words[i]!.evidence(token.cyrillic, resources, turkic);
    if (!bareTurkicName(word, evidence, resources) || verbEnding.test(word)) continue;
    if (russianWord(token, word, resources, turkic)) continue;
    spans.push({ start: token.start, end: token.end, type: 'NAME', score: nameWeights.firstAmbiguous, source: 'name:cue', normalized: word });
    added = true;
  }
  if (added) spans.sort((a, b) => a.start - b.start);
}

// Abstract nouns (-lik/-лик/-лық/-лік/-лык/-лук/-лүк "-ness"): what a role did, not who (`xodim qo'pollik qildi` "the
// clerk was rude", `кызматкер оройлук кылды`); -malik given names end so too (`Temurmalik`, `Абдумалик`).
const abstractNoun = new EndingSet(['lik', 'liq', 'лик', 'лиқ', 'лық', 'лік', 'лык', 'лук', 'лүк', 'дик', 'тик', 'дық', 'дік', 'тық', 'тік', 'дык', 'тык', 'дук', 'тук', 'дүк', 'түк']);
const malikName = new EndingSet(['malik', 'малик']);
// Adverbs of time and manner: a locative after -н- (`жакында` "soon", `кечинде` "in the evening"), a converb in -лап/-lab
// (`жакшылап` "well", `ertalab` "in the morning"), an adjective in -лы/-лі/-li "with" (`шамалы` "a little", `бағалы`
// "valuable").
const adverbEnding = new EndingSet(['нда', 'нде', 'nda', 'nde', 'лап', 'леп', 'лаб', 'lab', 'lap', 'лоп', 'лөп', 'лы', 'лі', 'ли', 'лу', 'лү', 'ly', 'li']);
/** An abstract noun or an adverb by its ending: what a role did, or when or how, not who (after a role, before a deed). */
function adverbShaped(word: string): boolean {
  return (abstractNoun.test(word) && !malikName.test(word)) || adverbEnding.test(word);
}

// Participle endings (-ған/-ген/-қан/-кен, Kyrgyz -ган/-гон/-гөн, Uzbek -gan/-kan, Kazakh Latin -gen/-ken) that given
// names keep from the verb they were made of (`Тілеген` "the wished-for", `Токтоган` "the one who stayed"); the passive
// and the negative (`берілген`, `келмеген`, `kelmagan`) and the causative of delivering (`жеткізген`) are no name's.
const participleEnding = new EndingSet(['ған', 'ген', 'қан', 'кен', 'ган', 'гон', 'гөн', 'gan', 'kan', 'gen', 'ken', 'қон', 'кон']);
const notNameParticiple = new EndingSet(['лген', 'лған', 'лган', 'нген', 'нған', 'нган', 'лгон', 'лгөн', 'маған', 'меген', 'баған', 'беген', 'паған', 'пеген', 'маган', 'меген', 'баган', 'паган', 'магон', 'бегон', 'magan', 'megan', 'lgan', 'ngan', 'ілген', 'ылған', 'зген', 'зған', 'зган', 'zgan', 'тқан', 'ткен', 'tgan', 'tkan']);
// Before a role, what describes it: ordinals (`birinchi`, `бірінші`), attributives and demonstratives in -gi/-ki
// (`yangi`, `keyingi`, `бүгінгі`, `тиги`, `мурунку`). Source: standard grammars.
const attributive = new EndingSet(['gi', 'ki', 'qi', 'ги', 'ки', 'гі', 'кі', 'гу', 'ку', 'гү', 'кү', 'ғы', 'қы', 'inchi', 'нчи', 'нші', 'ншы', 'нчы', 'нчу', 'нчү']);

// The past tenses of what people do in service chat (chat-addressed.ts reads the same list). Loaded on first use.
let chatDeeds: ReadonlySet<string> | undefined;
function chatDeedWord(word: string): boolean {
  chatDeeds ??= foldedWordSet('cues/name-chat-turkic-deeds.txt');
  return chatDeeds.has(word);
}

/**
 * From token `k` (a role in apposition before it: `дәнеш курьер тез жеткізді`), after at most two manner or time words
 * (spaces only), a deed or person predicate (personDeedWord(), cues/name-chat-turkic-deeds.txt's deeds too).
 */
function actAfter(text: string, tokens: readonly Token[], folded: readonly string[], k: number, gapWords: ReadonlySet<string>): boolean {
  for (let j = k; j < k + 3 && j < tokens.length; j++) {
    if (!onlySpaces(text, tokens[j - 1]!.end, tokens[j]!.start, 2)) return false;
    if (personDeedWord(folded[j]!) || chatDeedWord(folded[j]!)) return true;
    if (!gapWords.has(folded[j]!)) return false;
  }
  return false;
}

/**
 * From token `k`, after at most two manner or time words (spaces only), a deed or person predicate (WordBit.PersonAct:
 * the deeds and review-openers.ts's predicates): `Тілеген тез жеткізді`. No role or honorific between.
 */
function actRightAfter(text: string, tokens: readonly Token[], folded: readonly string[], wordBits: ArrayLike<number>, k: number, gapWords: ReadonlySet<string>): boolean {
  for (let j = k; j < k + 3 && j < tokens.length; j++) {
    if (!onlySpaces(text, tokens[j - 1]!.end, tokens[j]!.start, 2)) return false;
    if (wordBits[j]! & WordBit.PersonAct) return true;
    if (!gapWords.has(folded[j]!)) return false;
  }
  return false;
}

// Accusative endings of a thing done or brought (`тапсырысты`, `заказни`, `buyurtmani`) and the units of a delay
// (`2 сағат кешікті`): what may stand between a role's name and the deed.
const accusative = new EndingSet(['ты', 'ті', 'ны', 'ні', 'ды', 'ді', 'ни', 'ти', 'ди', 'ну', 'нү', 'ту', 'тү', 'ду', 'дү', 'ni']);
const delayUnits: ReadonlySet<string> = new Set(['сағат', 'минут', 'саат', 'мүнөт', 'soat', 'daqiqa', 'соат', 'дақиқа', 'күн', 'кун', 'kun']);

/**
 * From token `k`, up to three words (spaces only) of which one is an object in the accusative or a delay (a number
 * and its unit), the rest manner or time words, then a deed (`курьер дәмелі тапсырысты әкелді`, `курьер дәмелі 2 сағат
 * кешікті`).
 */
function actAfterObject(text: string, tokens: readonly Token[], folded: readonly string[], k: number, gapWords: ReadonlySet<string>): boolean {
  let objects = 0;
  for (let j = k; j < k + 4 && j < tokens.length; j++) {
    if (!onlySpaces(text, tokens[j - 1]!.end, tokens[j]!.start, 2)) return false;
    const word = folded[j]!;
    if (objects > 0 && (personDeedWord(word) || chatDeedWord(word))) return true;
    if (gapWords.has(word) || (objects === 0 && objectAdjectiveSet().has(word))) continue;
    if (objects > 0) return false;
    if (tokens[j]!.hasDigit && j + 1 < tokens.length && delayUnits.has(folded[j + 1]!)) {
      objects++;
      j++;
      continue;
    }
    if (word.length < 5 || !accusative.test(word)) return false;
    objects++;
  }
  return false;
}

// Stems of everyday verbs of service chat (ask, work, write, say, come, go, take, sell, wait, call, do, send, see,
// find): their participles open a sentence as "the one who …" (`Сұраған бәрін түсіндірді`, `Ишлаган тез жавоб берди`).
const everydayVerbStems: ReadonlySet<string> = new Set(['сұра', 'сура', 'сўра', "so'ra", 'sora', 'ишла', 'ishla', 'иште', 'істе', 'жаз', 'yoz', 'ёз', 'айт', 'ayt', 'кел', 'kel', 'кет', 'ket', 'ал', 'ол', 'ol', 'сат', 'сот', 'sot', 'күт', 'кут', 'kut', 'шақыр', 'чакыр', 'чақир', 'chaqir', 'жаса', 'қил', 'qil', 'кыл', 'жібер', 'жибер', 'юбор', 'yubor', 'бар', 'бор', 'bor', 'көр', 'кўр', "ko'r", 'тап', 'топ', 'top', 'бол', 'bo\'l', 'бер', 'ber', 'сөйле', 'сүйлө', 'gapir', 'гапир', 'шал', 'чал'].map(foldWord));
/** `word`, on no list, is a participle's shape on a stem of three letters or more that no list or lexicon knows. */
function participleShapedName(word: string, resources: NameResources): boolean {
  if (word.length < 6 || word.includes('-') || !participleEnding.test(word) || notNameParticiple.test(word)) return false;
  if (everydayVerbStems.has(word.slice(0, word.length - 3)) || everydayVerbStems.has(word.slice(0, word.length - 4))) return false;
  return !resources.commonWords.has(word) && !resources.cueWords.has(word) && !resources.roles.has(word) && !resources.serviceRoles.has(word) && !nounDerived(word);
}

// Russian words come into Turkic chat too (`оператор вежливый`): the Russian lexicon has the last word, and without
// Kazakh or Kyrgyz letters in the text its near misses too.
function russianWord(token: Token, word: string, resources: NameResources, turkic: boolean): boolean {
  return token.cyrillic && (resources.commonWords.has(word) || (!turkic && typoOfCommonWord(word, resources.commonWords)));
}

/** Entry condition of findCapitalPersonActs (scan.ts ORs it into WordBit.PersonAct): a deed only a person does. */
export function personDeedWord(word: string): boolean {
  return actSet().has(word) || reviewPredicateWord(word);
}

// `Дүкөндөгү сатуучу …` ("the one in the shop") is no subject's name either (turkic-shape.ts locativeAttributiveWord).
// Agent nouns (-чы/-чу/-шы: `Ашпозчу` cook, `Тұтынушы`; -паз: `Аспаз`, `Oshpaz`; -кер/-гер: `Дарыгер`) and a
// management noun (`Rahbariyat`): people by trade, never given names.
const agentNoun = new EndingSet(['чы', 'чі', 'чу', 'чү', 'шы', 'ші', 'шу', 'шү', 'chi', 'чи', 'паз', 'paz', 'кер', 'гер', 'iyat', 'ият', 'ийат']);
// Person nouns that open a sentence before a deed as the subject (`Жігіт өте сыпайы`, `Qiz yaxshi tushuntirdi`).
const personNouns = new Set(['odam', 'kishi', 'yigit', 'ayol', 'xodim', 'bola', 'hamma', 'одам', 'киши', 'йигит', 'аёл', 'ходим', 'бола', 'ҳамма', 'адам', 'кісі', 'жігіт', 'әйел', 'бала', 'ешкім', 'барлық', 'жигит', 'аял', 'эркек', 'ер', 'эч', 'баары', 'бәрі', 'барлығы']);

/**
 * Capitalised writing: a word on no list opening its sentence, capitalised as every sentence opener is (so the capital
 * says nothing), is the subject's given name when, after at most two manner or time words, comes a deed only a
 * person does: `Кәусар бәрін түсіндірді`, `Сыдык абдан сылык экен`, `Sabohat tez javob berdi`. The deed and "no list
 * knows the word, and it has no case, plural, possessive or verb ending" are the two pieces of evidence; roles, person
 * nouns and Russian words (the Russian lexicon) stay out. The caller runs this on capitalised Turkic or Latin-script
 * text with a deed word in it.
 */
export function findCapitalPersonActs(text: string, tokens: readonly Token[], folded: readonly string[], firstCodes: ArrayLike<number>, wordBits: ArrayLike<number>, wordCues: ArrayLike<number>, words: readonly WordInfo[], spans: Span[], resources: NameResources, turkic: boolean): void {
  const scanned = spans.length;
  let added = false;
  const count = tokens.length;
  const deeds = actSet();
  const gapWords = mannerSet();
  const notOpeners = capitalOpenerVetoes();
  asked_ = { text, tokens, folded, current: 0, deeds, gapWords, serviceRoles: resources.serviceRoles };
  for (let i = 0; i + 1 < count; i++) {
    const token = tokens[i]!;
    if (!token.sentenceStart && !(i > 0 && tokens[i - 1]!.sentenceStart && clauseOpenerAt(folded, i - 1))) continue;
    // Capitalised, the second letter in lower case (not `ООО`, not an acronym).
    if (token.end - token.start < 4 || token.hasDigit || text.charCodeAt(token.start) === firstCodes[i] || text.charCodeAt(token.start + 1) !== folded[i]!.charCodeAt(1)) continue;
    if (!onlySpaces(text, token.end, tokens[i + 1]!.start, 2)) continue;
    const word = folded[i]!;
    if (notOpeners.has(word)) continue;
    asked_.current = i;
    // `Бурулканга ыраазычылык билдирем`: thanked in the dative (review-openers.ts), the case ending closing the name.
    // `Shahnozadan so'radim, …`: asked in the ablative likewise.
    // Gratitude and "I asked" carry WordBit.PersonAct (reviewPredicateWord).
    const caseEnding = (wordBits[i + 1]! & WordBit.PersonAct) === 0 ? 0 : thankedInDative(word, folded[i + 1]!) ? 2 : askedInAblative(word, folded[i + 1]!) ? 3 : 0;
    // The deed close by (`Кәусар бәрін түсіндірді`), or a person's predicate later in the sentence (review-openers.ts:
    // `Бурулкан менин суроолорума жооп берди`, `Sabohat pulni qaytarib berdi`). Asked before the word-shape vetoes:
    // most sentence openers have neither, and the vetoes cost more.
    if (caseEnding === 0 && !(deedAhead(text, tokens, folded, i + 1, deeds, gapWords) && deedDone(folded, i + 1, deeds)) && !personPredicateAhead(text, tokens, folded, wordBits, wordCues, i + 1, isDeed, isRole, deedClose)) continue;
    if (agentNoun.test(word) || locativeAttributiveWord(word) || notOpenerName(word)) continue;
    if (caseEnding !== 0) {
      // Read with the Turkic case endings whatever the text's letters: the dative is one (`Курьерге` is a courier).
      const evidence = words[i]!.evidence(token.cyrillic, resources, true);
      const stem = word.slice(0, word.length - caseEnding);
      if (evidence.stopFlags !== 0 || (evidence.nameFlags & ~(WordFlag.First | WordFlag.Ambiguous)) !== 0 || resources.commonWords.has(stem) || resources.roles.has(stem) || spanCovering(spans, scanned, token.start, token.end) !== undefined) continue;
      spans.push({ start: token.start, end: token.end, type: 'NAME', score: nameWeights.firstAmbiguous, source: 'name:cue', normalized: word });
      added = true;
      continue;
    }
    if (resources.roles.has(word) || resources.cueWords.has(word)) continue;
    const existing = spanCovering(spans, scanned, token.start, token.end);
    if (existing !== undefined) {
      // The scan's own span of a listed everyday-word name opening the sentence, scored below the threshold there.
      if (existing.start === token.start && existing.end === token.end && existing.score < nameWeights.firstAmbiguous && words[i]!.evidence(token.cyrillic, resources, turkic).nameFlags & WordFlag.First) existing.score = nameWeights.firstAmbiguous;
      continue;
    }
    const evidence = words[i]!.evidence(token.cyrillic, resources, turkic);
    // A name ending that looks like a verb's (`Ырыскелди`, `Xudoyberdi`) still counts when the whole word is shaped so.
    const shapedBase = turkicGivenShape(word) === GivenShape.Base && evidence.nameFlags === 0 && evidence.stopFlags === 0;
    // A listed given name that is also an everyday word (`Oydinoy`, `Еркежан`), or one ending like "my …" (`Айсезим`),
    // is the subject all the same before a person's deed (review-openers.ts).
    const listedAmbiguous = evidence.nameFlags === (WordFlag.First | WordFlag.Ambiguous) && evidence.stopFlags === 0 && bareOpener(word);
    const possessiveShaped = evidence.nameFlags === 0 && evidence.stopFlags === 0 && possessiveShapedName(word);
    // Shaped like a participle (`Тілеген`, `Токтоган`, `Tilagan`), opening the message right before the deed or a
    // manner word (no role or honorific between: `Келген ағай …` is "the man who came").
    const participleShaped = caseEnding === 0 && !shapedBase && evidence.nameFlags === 0 && evidence.stopFlags === 0 && participleShapedName(word, resources) && actRightAfter(text, tokens, folded, wordBits, i + 1, gapWords);
    if (!shapedBase && !listedAmbiguous && !possessiveShaped && !participleShaped && (!bareTurkicName(word, evidence, resources) || verbEnding.test(word) || nounDerived(word))) continue;
    if (russianWord(token, word, resources, turkic)) continue;
    spans.push({ start: token.start, end: token.end, type: 'NAME', score: nameWeights.firstAmbiguous, source: 'name:cue', normalized: word });
    added = true;
  }
  asked_ = idle; // the text is not kept past the call
  if (added) spans.sort((a, b) => a.start - b.start);
}

// The text findCapitalPersonActs is reading, for the predicate tests' callbacks below: module-level functions, not
// closures made per call (under tsx each closure also costs a keep-names call, ~40% of the pass in a profile).
interface AskedOpener {
  text: string;
  tokens: readonly Token[];
  folded: readonly string[];
  /** The opener being asked about. */
  current: number;
  deeds: ReadonlySet<string>;
  gapWords: ReadonlySet<string>;
  serviceRoles: ReadonlySet<string>;
}
const idle: AskedOpener = { text: '', tokens: [], folded: [], current: 0, deeds: new Set(), gapWords: new Set(), serviceRoles: new Set() };
let asked_ = idle;
function isDeed(candidate: string): boolean {
  return asked_.deeds.has(candidate) && deedDone(asked_.folded, asked_.folded.indexOf(candidate, asked_.current + 1), asked_.deeds);
}
function isRole(role: string): boolean {
  return asked_.serviceRoles.has(role);
}
function deedClose(from: number): boolean {
  const { text, tokens, folded, deeds, gapWords } = asked_;
  return deedAhead(text, tokens, folded, from, deeds, gapWords) && deedDone(folded, from, deeds);
}

// The deeds that are nouns (help, answer, call, advice, apology, promise): after an adverb or adjective opening the
// sentence they are a thing (`Қаржылай көмек алып`, "taking financial help"), so the verb that gives or does one must
// follow (`көмек көрсетті`, `жауап берді`, `javob berdi`, `қоңырау шалды`).
const nounDeeds = new Set(['yordam', 'javob', "qo'ng'iroq", 'qongiroq', "qo'ngiroq", 'maslahat', 'uzr', "va'da", 'ёрдам', 'жавоб', 'қўнғироқ', 'маслаҳат', 'узр', 'ваъда', 'көмек', 'жауап', 'қоңырау', 'кеңес', 'кешірім', 'уәде', 'жардам', 'жооп', 'кеңеш', 'кечирим', 'убада'].map(foldWord));
const doStems = ['бер', 'ber', 'көрсет', 'korsat', "ko'rsat", 'кўрсат', 'қил', 'qil', 'жаса', 'кыл', 'шал', 'чал', 'ет', 'et', 'сура', 'сұра', "so'ra"];
/** The first deed from token `k` on, when a noun, has a verb of giving or doing right after it. */
function deedDone(folded: readonly string[], k: number, deeds: ReadonlySet<string>): boolean {
  let j = k;
  while (j < folded.length && !deeds.has(folded[j]!)) j++;
  if (j >= folded.length || !nounDeeds.has(folded[j]!)) return true;
  const verb = folded[j + 1];
  return verb !== undefined && doStems.some((stem) => verb.startsWith(stem));
}

// A person noun or honorific right after a name, in apposition ("the girl", "sister"): `Айчүрөк кыз жакшы түшүндүрдү`.
const appositions = new Set(['qiz', 'қиз', 'қыз', 'кыз', 'yigit', 'йигит', 'жігіт', 'жигит', 'opa', 'опа', 'aka', 'ака', 'апай', 'эже', 'әпке', 'байке', 'ағай', 'агай', 'ханым', 'айым', 'мырза']);

/** A deed (cues/name-turkic-person-acts.txt) at token `k`, after at most two manner or time words (and a person noun). */
function deedAhead(text: string, tokens: readonly Token[], folded: readonly string[], k: number, deeds: ReadonlySet<string>, gapWords: ReadonlySet<string>): boolean {
  // `айнамкөз қыз жақсы түсіндірді`, `Mashhura opa tez javob berdi`: the person noun or honorific in apposition first.
  const start = k < tokens.length && appositions.has(folded[k]!) && onlySpaces(text, tokens[k]!.end, tokens[k + 1]?.start ?? -1, 2) ? k + 1 : k;
  for (let j = start; j < start + 3 && j < tokens.length; j++) {
    const word = folded[j]!;
    if (deeds.has(word)) return true;
    if (!gapWords.has(word) || !onlySpaces(text, tokens[j]!.end, tokens[j + 1]?.start ?? -1, 2)) return false;
  }
  return false;
}

/** Thanks and "you" in the two words from token `k`, in either order (`rahmat sizga`, `сизге рахмат`). */
function thankedAfter(folded: readonly string[], k: number): boolean {
  const first = folded[k];
  const second = folded[k + 1];
  if (first === undefined || second === undefined) return false;
  return (thanks.has(first) && you.has(second)) || (you.has(first) && thanks.has(second));
}
