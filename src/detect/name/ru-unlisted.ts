// Russian chat, names on no list: what a word Russian does not know must bring besides its place (a verb that
// agrees with it, a case ending the preposition asks for) before ru-chat.ts reads it as a person.

import { readPatternWords } from '../../patterns.js';
import type { NameResources } from './resources.js';
import { isRussianChatSlang } from './ru-vocatives.js';
import { EndingSet } from './suffixes.js';
import { typoOfCommonWord } from './typos.js';
import { WordAnswers } from './word-answers.js';

// Words whose answers the memos below keep, each: chat repeats its words; the bound keeps a stream of unique words
// from growing memory.
const answerLimit = 8192;

let presentVerbs: ReadonlySet<string> | undefined;
/** Present and future 3rd-person verbs of service chat whose subject is a person (name-ru-subject-verbs.txt). */
export function personVerb(word: string): boolean {
  presentVerbs ??= new Set(readPatternWords('cues/name-ru-subject-verbs.txt'));
  return presentVerbs.has(word);
}

let spokenVerbs: ReadonlyMap<string, string> | undefined;
/**
 * The person verb `word` is written for when chat spells its unstressed vowels as heard or drops a soft or hard sign
 * (`памагла` → `помогла`, `атветила` → `ответила`, `абьяснила` → `объяснила`); `word` itself when it is one;
 * undefined otherwise. A word the lexicon knows is itself (`писало` is no `писала`). One map lookup: the verbs are
 * keyed by their spelling with о→а, е/я/ы→и and no ь/ъ.
 */
export function personVerbReading(word: string, resources: NameResources): string | undefined {
  if (personVerb(word)) return word;
  if (readingsFor !== resources) {
    verbReadings = new WordAnswers<string>(answerLimit);
    readingsFor = resources;
  }
  // '' remembers "no reading".
  const known = verbReadings.get(word);
  if (known !== undefined) return known === '' ? undefined : known;
  const reading = spokenVerbReading(word, resources);
  verbReadings.remember(word, reading ?? '');
  return reading;
}

// personVerbReading()'s answers per word (a key built letter by letter and a lexicon lookup each; the chat passes
// ask about the words after a name text after text), cleared when full, begun afresh for other resources.
let verbReadings = new WordAnswers<string>(answerLimit);
let readingsFor: NameResources | undefined;

function spokenVerbReading(word: string, resources: NameResources): string | undefined {
  if (word.length < 5 || resources.commonWords.has(word)) return undefined;
  if (spokenVerbs === undefined) {
    const keyed = new Map<string, string>();
    const slipped = new Map<string, string>();
    for (const verb of readPatternWords('cues/name-ru-subject-verbs.txt')) {
      keyed.set(spokenKey(verb), verb);
      for (const slip of letterSlips(verb)) if (!slipped.has(slip)) slipped.set(slip, verb);
    }
    // A spelling as heard wins over a slip of the keys.
    for (const [key, verb] of keyed) slipped.set(key, verb);
    spokenVerbs = slipped;
  }
  return spokenVerbs.get(spokenKey(word));
}

/**
 * `сказл`, `пирвез`, `атветла`: chat drops an inner letter or swaps two neighbours (the first letter and the last
 * kept, and the last two in a swap: they carry the stem and the gender). The verb's spoken keys with one such slip, for verbs of six letters or
 * more (shorter ones leave too few letters to tell them from other words).
 */
function letterSlips(verb: string): string[] {
  const slips: string[] = [];
  if (verb.length < 6) return slips;
  const key = spokenKey(verb);
  for (let i = 1; i < key.length - 1; i++) {
    slips.push(key.slice(0, i) + key.slice(i + 1));
    if (i < key.length - 2) slips.push(key.slice(0, i) + key[i + 1]! + key[i]! + key.slice(i + 2));
  }
  return slips;
}

function spokenKey(word: string): string {
  let key = '';
  for (let i = 0; i < word.length; i++) {
    const letter = word[i]!;
    if (letter === 'ь' || letter === 'ъ') continue;
    key += letter === 'о' ? 'а' : letter === 'е' || letter === 'я' || letter === 'ы' ? 'и' : letter;
  }
  return key;
}

/**
 * A Cyrillic word on no list that Russian does not know in any spelling chat gives it: not in the lexicon (nor as
 * a proper noun), no chat slang, not one slip away from an everyday word (a doubled or swapped letter, an unstressed
 * vowel written as heard, a dropped or extra soft sign: `памагла`, `курер`), no diminutive of one (`доставочке`),
 * and not declined like an adjective or a reflexive verb. Without `spokenSpellings`, a vowel written as heard, a
 * dropped letter and a feminine job title are not asked about (Kazakh and Kyrgyz words are often one vowel away from
 * a Russian one).
 */
export function unknownToRussian(word: string, resources: NameResources, spokenSpellings = true): boolean {
  if (!spokenSpellings) return unknownWord(word, resources, false);
  if (answersFor !== resources) {
    unknownAnswers = new WordAnswers(answerLimit);
    answersFor = resources;
  }
  return unknownAnswers.get(word) ?? unknownAnswers.remember(word, unknownWord(word, resources, true));
}

// unknownToRussian()'s answers per word with every spelling asked about (each costs dozens of lexicon lookups of
// freshly built strings, and several passes ask about the same chat words text after text), cleared when full,
// begun afresh for other resources.
let unknownAnswers = new WordAnswers(answerLimit);
let answersFor: NameResources | undefined;

function unknownWord(word: string, resources: NameResources, spokenSpellings: boolean): boolean {
  if (word.length < 4 || word.includes('-') || notNameEnding.test(word)) return false;
  const common = resources.commonWords;
  if (common.has(word) || common.isProperNoun(word) || isRussianChatSlang(word) || resources.cueWords.has(word)) return false;
  return !typoOfCommonWord(word, common) && !(spokenSpellings && (spokenSpelling(word, resources) || feminineOfCommonNoun(word, resources))) && !diminutiveOfCommonWord(word, resources);
}

// `диспетчерша`, `врачиха`, `операторшу`: chat makes a woman's job title from the noun with -ш-/-их- and a case ending.
// The noun under it is an everyday word; a given name ending so (`наташа`, `паша`) has none of four letters or more.
const feminineSuffixes = ['ш', 'их'];
function feminineOfCommonNoun(word: string, resources: NameResources): boolean {
  for (const suffix of feminineSuffixes) {
    const at = word.lastIndexOf(suffix);
    if (at < 4 || word.length - at - suffix.length > 3) continue;
    if (resources.commonWords.has(word.slice(0, at))) return true;
  }
  return false;
}

// Adjective, participle and reflexive verb endings, and the abstract-noun and infinitive endings no given name has;
// the lexicon lacks many participles (`бежавший`, `узнавший`).
const notNameEnding = new EndingSet(['ых', 'их', 'ое', 'ые', 'ого', 'его', 'ому', 'ему', 'ыми', 'ими', 'ую', 'юю', 'ся', 'сь', 'ость', 'ать', 'ить', 'еть', 'ешь', 'ишь', 'ция', 'ции', 'ций', 'ый', 'ший', 'шая', 'щий', 'щая', 'нная', 'нный', 'ная', 'ную', 'чная', 'чной', 'чную', 'чные']);

// Letters chat drops inside a word.
const droppedLetters = ['ь', 'о', 'а', 'е', 'и'];

// Letters chat writes for one another: unstressed о/а and е/и/я, and ы/и.
const vowelSlips: Readonly<Record<string, string>> = { о: 'а', а: 'о', е: 'и', и: 'е', я: 'е', ы: 'и' };

/**
 * One vowel written as heard (`гаварит`, `памагла`), a vowel or soft sign dropped (`рабте`, `курер`), or a soft sign
 * added (`обьявление`).
 */
function spokenSpelling(word: string, resources: NameResources): boolean {
  const common = resources.commonWords;
  for (let i = 0; i < word.length; i++) {
    const slip = vowelSlips[word[i]!];
    if (slip !== undefined && common.has(word.slice(0, i) + slip + word.slice(i + 1))) return true;
    if (i === 0) continue;
    const head = word.slice(0, i);
    const tail = word.slice(i);
    for (const dropped of droppedLetters) if (common.has(head + dropped + tail)) return true;
  }
  const soft = word.indexOf('ь');
  return soft > 0 && common.has(word.slice(0, soft) + word.slice(soft + 1));
}

/** `доставочке` is a diminutive of `доставке`, `курьерчику` of `курьеру`: an everyday word, not a name. */
// Diminutive suffixes before a case ending (`доставочке`, `магазинчику`, `заказик`): the word without them is the
// everyday noun. A name's diminutive (`алишерчику`) has no everyday word under it and stays a candidate.
// A bare -ик is left out: Russian given names end so (`радику`, from `рад`).
const diminutives = ['очк', 'ечк', 'ичк', 'оньк', 'еньк', 'чик', 'ушк', 'юшк'];
export function diminutiveOfCommonWord(word: string, resources: NameResources): boolean {
  for (const suffix of diminutives) {
    const at = word.lastIndexOf(suffix);
    if (at < 3) continue;
    const keep = suffix.endsWith('к') && suffix.length === 3 && suffix !== 'чик' ? 'к' : '';
    const plain = word.slice(0, at) + keep + word.slice(at + suffix.length);
    if (resources.commonWords.has(plain)) return true;
  }
  return false;
}

/**
 * The subject agrees with its verb: a feminine past tense (-ла, -лась) after a word ending in -а/-я, a masculine
 * one (-л, -лся) after a consonant or -й, either after -ь; a present or future verb after either. A plural verb agrees with no
 * single unknown word.
 */
export function agreesWithVerb(word: string, verb: string): boolean {
  const last = word.charCodeAt(word.length - 1);
  // A soft sign ends men's and women's names alike (`шамиль`, `асель`).
  const soft = last === 0x44c;
  const feminine = last === 0x430 || last === 0x44f || soft;
  const masculine = soft || (!feminine && !isVowelOrSign(last));
  if (verb.endsWith('ла') || verb.endsWith('лась')) return feminine || turkicAy(word);
  if (verb.endsWith('л') || verb.endsWith('лся')) return masculine;
  if (verb.endsWith('ли') || verb.endsWith('лись') || verb.endsWith('ло') || verb.endsWith('лось')) return false;
  return feminine || masculine;
}

/**
 * `назокат пришла`, `хадижат обещала`: a feminine past tense after a word ending in a hard consonant, or `рахматулла
 * приехал`, a masculine one after a word in -а/-я. Russian nouns of those shapes take the other gender (`заказ
 * пришел`, `посылка пришла`), so a subject that agrees across its shape is a person: a woman's name that does not
 * decline, or a man's in -а. Stronger than agreement by shape, so any past tense the lexicon knows is enough.
 */
export function agreesAcrossShape(word: string, verb: string): boolean {
  const last = word.charCodeAt(word.length - 1);
  const feminineShape = last === 0x430 || last === 0x44f;
  // `алсу пришла`: women's names in -у do not decline either; Russian nouns in -у are few and known (`меню`, `шоу`).
  if (verb.endsWith('ла') || verb.endsWith('лась')) return (!feminineShape && !isVowelOrSign(last) && (last !== 0x439 /* й */ || turkicAy(word))) || (last === 0x443 /* у */ && word.length >= 4);
  // `привез`, `принес`, `помог`: the masculine past of stems in -з, -с, -г has no -л.
  const verbLast = verb.charCodeAt(verb.length - 1);
  if (verb.endsWith('л') || verb.endsWith('лся') || verbLast === 0x437 || verbLast === 0x441 || verbLast === 0x433) return feminineShape;
  return false;
}

/**
 * `нурай`, `толгонай`, `турдубай`: Kazakh and Kyrgyz given names in -ай (ай, the moon, in women's names; бай in men's)
 * are either gender. Russian words in -ай are masculine nouns (`сарай`, `трамвай`) the lexicon knows, so an unknown
 * word in -ай after a feminine past tense is a woman's name, as a hard consonant is (`назокат пришла`).
 */
function turkicAy(word: string): boolean {
  return word.length >= 5 && word.charCodeAt(word.length - 1) === 0x439 /* й */ && word.charCodeAt(word.length - 2) === 0x430 /* а */;
}

/**
 * `евграфий опоздал`, `гордей опять не пришел`: a masculine past tense after a word in -ий or -ей. Russian nouns of
 * those shapes (`сценарий`, `музей`) are everyday words the lexicon knows and its adjectives in -ий (`синий`) too, so
 * a word Russian does not know that ends so and agrees is a man's name (`евтихий` too); -ший, -щий, -жий, -чий and
 * -кий end participles and adjectives the lexicon may lack (`бежавший`, `стажерский`), no name.
 */
export function masculineInIy(word: string, verb: string): boolean {
  const length = word.length;
  if (length < 5 || word.charCodeAt(length - 1) !== 0x439 /* й */) return false;
  const vowel = word.charCodeAt(length - 2);
  const before = word.charCodeAt(length - 3);
  if (vowel !== 0x435 /* е */ && (vowel !== 0x438 /* и */ || before === 0x448 || before === 0x449 || before === 0x436 || before === 0x447 || before === 0x43a /* к */)) return false;
  const verbLast = verb.charCodeAt(verb.length - 1);
  return verb.endsWith('л') || verb.endsWith('лся') || verbLast === 0x437 || verbLast === 0x441 || verbLast === 0x433;
}

function isVowelOrSign(code: number): boolean {
  return code === 0x430 || code === 0x435 || code === 0x438 || code === 0x43e || code === 0x443 || code === 0x44b || code === 0x44d || code === 0x44e || code === 0x44f || code === 0x44c || code === 0x44a || code === 0x451;
}

// Oblique case endings of a person's name and the base endings they come from: `заремы` → `зарема`, `эшкула` →
// `эшкул`, `асрором` → `асрор`, `ойнисе` → `ойниса`.
const obliqueEndings: readonly (readonly [string, string])[] = [
  ['ой', 'а'], ['ей', 'я'], ['ом', ''], ['ем', ''], ['ы', 'а'], ['и', 'я'], ['е', 'а'], ['у', ''], ['у', 'а'], ['ю', 'я'], ['а', ''], ['я', 'ь'],
];

// The cases a preposition asks for, as the endings a name takes in them: с + instrumental (`с заремой`), у, от,
// для, без + genitive (`у эшкула`), к + dative (`к ахрору`), про + accusative, при and о + prepositional. After a verb
// of telling, giving, thanking or calling: dative, accusative or genitive.
const genitive = ['ы', 'и', 'а', 'я'];
const caseEndings: ReadonlyMap<string, readonly string[]> = new Map([
  ['с', ['ой', 'ей', 'ом', 'ем']], ['со', ['ой', 'ей', 'ом', 'ем']],
  ['у', genitive], ['от', genitive], ['для', genitive], ['без', genitive],
  ['к', ['е', 'у', 'ю', 'и']], ['ко', ['е', 'у', 'ю', 'и']], ['про', ['у', 'ю', 'а', 'я']], ['при', ['е', 'и']], ['о', ['е', 'и']], ['об', ['е', 'и']],
]);
// `с браузерной`: adjectives in -н-, -ск-; surname stems (-ов, -ев, -ин) are the surname rules' (ru-pairs.ts).
const adjectiveOrSurnameStem = new EndingSet(['н', 'ск', 'цк', 'ов', 'ев', 'ин']);
const hushing = new EndingSet(['ж', 'ш', 'ч', 'щ', 'ц']);
// Slavic given names are compounds whose second half is an everyday word (`богумил`, `огнеслав`, `велимир`): a stem
// ending in one of these halves stays a name.
const slavicNameStem = new EndingSet(['слав', 'мир', 'мил']);

/**
 * `инноград`, `промокод`: a stem of seven letters or more ends in an everyday word of four letters or more (a
 * compound or a brand made of one). Shorter stems leave too little for two words.
 */
export function compoundOfCommonWord(stem: string, resources: NameResources): boolean {
  if (stem.length < 7) return false;
  for (let from = 3; stem.length - from >= 4; from++) if (resources.commonWords.has(stem.slice(from))) return true;
  return false;
}

const afterVerb = ['у', 'ю', 'е', 'и', 'ы', 'а', 'я'];
// The case endings of the -ья declension after its soft sign (`федосьи`, `федосье`, `федосью`, `федосьей`).
const softEndings = ['и', 'е', 'ю', 'ей'];

/**
 * The base form of `word` read as a person's name in the case the word before it (a preposition, or a verb of
 * telling, giving, thanking or calling) asks for, when the word and its base are unknown to Russian; undefined
 * otherwise. The case ending is the second piece of evidence: a bare unknown word after `для` or `с` is as often a
 * brand, a loanword or a typo. `dictionary`: the caller found the word a proper noun of the lexicon
 * (ru-chat-dictionary.ts), which stands for its being unknown.
 */
export function obliquePerson(word: string, before: string, resources: NameResources, dictionary = false): string | undefined {
  const endings = caseEndings.get(before) ?? afterVerb;
  let ending = '';
  for (const candidate of endings) if (word.endsWith(candidate) && candidate.length > ending.length) ending = candidate;
  if (ending === '' || word.length - ending.length < 3 || !(dictionary || unknownToRussian(word, resources))) return undefined;
  const stem = word.slice(0, word.length - ending.length);
  const last = stem.charCodeAt(stem.length - 1);
  // `федосьи`, `с федосьей`: a name of the lexicon in -ья declines from its soft sign.
  if (dictionary && last === 0x44c /* ь */ && softEndings.includes(ending)) return resources.commonWords.has(stem + 'я') ? undefined : stem + 'я';
  // A consonant before the ending: a name in a vowel declines from the consonant before it (`зарем-ы`). A proper
  // noun of the lexicon is neither an adjective nor a compound (`с матреной`, `у иллариона`).
  if (isVowelOrSign(last) || (!dictionary && (adjectiveOrSurnameStem.test(stem) || (compoundOfCommonWord(stem, resources) && !slavicNameStem.test(stem))))) return undefined;
  for (const [form, base] of obliqueEndings) {
    if (form !== ending) continue;
    // `с ойпарчей`: -ей after a hushing consonant is the -а declension.
    const candidate = stem + (form === 'ей' && hushing.test(stem) ? 'а' : base);
    if (resources.commonWords.has(candidate)) return undefined;
    return candidate;
  }
  return undefined;
}
