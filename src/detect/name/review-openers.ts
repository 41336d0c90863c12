// A review's opening subject read from the rest of its sentence: `Бурулкан менин суроолорума жооп берди`, `Sabohat
// pulni qaytarib berdi`, `Айкөркем тапсырысты уақытында жеткізді`, `Zebiniso sotuvchi sifatida zo'r`.

import type { Token } from '../../text/tokenize.js';
import { foldWord } from '../../text/normalize.js';
import { EndingSet } from './suffixes.js';
import { CueWord } from './resources.js';
import { WordBit } from './vocabulary.js';
import { foldedWordSet } from './folded-words.js';

// The open word classes this pass reads (Kyrgyz, Kazakh, Uzbek Latin and Cyrillic), loaded on first use: predicates
// only a person takes (polite, showed, delivered, "well done": cues/name-turkic-person-predicates.txt; the deeds of
// cues/name-turkic-person-acts.txt count too, turkic-person-acts.ts asks both), person nouns said of the opener
// (specialist, girl: cues/name-turkic-person-nouns.txt), gratitude that takes its person in the dative
// (cues/name-turkic-gratitude.txt), teams (cues/name-turkic-teams.txt) and kin stems before "my"
// (cues/name-turkic-kin-stems.txt). The closed ones stay below: one verb's forms ("gave", "I asked"), the verb pairs,
// "as", "and".
interface ReviewWords {
  readonly personPredicates: ReadonlySet<string>;
  readonly personPredicateNouns: ReadonlySet<string>;
  readonly gratitude: ReadonlySet<string>;
  readonly teams: ReadonlySet<string>;
  readonly kinStems: ReadonlySet<string>;
}
let loaded: ReviewWords | undefined;
function reviewWords(): ReviewWords {
  loaded ??= {
    personPredicates: foldedWordSet('cues/name-turkic-person-predicates.txt'),
    personPredicateNouns: foldedWordSet('cues/name-turkic-person-nouns.txt'),
    gratitude: foldedWordSet('cues/name-turkic-gratitude.txt'),
    teams: foldedWordSet('cues/name-turkic-teams.txt'),
    kinStems: foldedWordSet('cues/name-turkic-kin-stems.txt'),
  };
  return loaded;
}

// "Gave" after a converb: the benefactive, a deed done for someone (`алмаштырып берди`, `қайтарып берді`, `qaytarib
// berdi`); a verb pair whose second word is one of these after its own first word (`тосуп алды` welcomed, `алып келди`
// brought, `hal qildi` solved, `kutib oldi`).
const benefactives = new Set(['берди', 'берді', 'berdi', 'бердилер', 'беришти', 'берішті', 'berishdi'].map(foldWord));
const converb = new EndingSet(['ып', 'ип', 'уп', 'үп', 'іп', 'ib', 'иб']);
const pairs = new Map<string, readonly string[]>([
  ['алды', ['тосуп', 'қарсы']],
  ['келді', ['алып']],
  ['oldi', ['kutib']],
  ['олди', ['кутиб']],
  ['keldi', ['olib']],
  ['келди', ['алып', 'олиб']],
  ['qildi', ['hal']],
  ['қилди', ['ҳал']],
].map(([verb, firsts]) => [foldWord(verb as string), (firsts as string[]).map(foldWord)]));
// "As a …" after a role word in apposition to the name: `Жылдызкан консультант катары`, `Еркежан шебер ретінде`.
const asWords = new Set(['катары', 'ретінде', 'sifatida', 'сифатида'].map(foldWord));

/** `word` can end a person predicate (the scan ORs this into WordBit.PersonAct, the pass's entry condition). */
export function reviewPredicateWord(word: string): boolean {
  const { personPredicates, gratitude } = reviewWords();
  return personPredicates.has(word) || benefactives.has(word) || pairs.has(word) || asWords.has(word) || gratitude.has(word) || asked.has(word);
}

// "I/we asked", which takes the person asked in the ablative: `Shahnozadan so'radim, hammasini tushuntirdi`.
const asked = new Set(["so'radim", "so'radik", 'soradim', 'soradik', 'сўрадим', 'сўрадик', 'сұрадым', 'сұрадық', 'сурадым', 'сурадык'].map(foldWord));
const ablative = new EndingSet(['dan', 'дан', 'ден', 'тан', 'тен', 'нан', 'нен', 'дон', 'дөн', 'тон', 'төн', 'нон', 'нөн']);
/** The opener ends in an ablative after a bare stem of four letters or more, and "I asked" comes next. */
export function askedInAblative(word: string, next: string | undefined): boolean {
  if (next === undefined || !asked.has(next) || word.length < 7 || !ablative.test(word)) return false;
  const stem = word.slice(0, word.length - 3);
  return (!beforeDative.test(stem) || (stem.length >= 8 && possessiveShapedName(stem))) && !reviewWords().teams.has(stem) && !kinWithPossessive(stem) && !notOpenerName(stem);
}

const dative = new EndingSet(['га', 'ге', 'ка', 'ке', 'ға', 'қа', 'го', 'гө', 'ко', 'кө', 'ga', 'ka', 'qa']);
// Plural or possessive before the dative (`Кызматкерлерге`, `Досума`, `Апама`); teams (`Жамаатка`, `Ұжымға`) are
// listed (reviewWords().teams).
const beforeDative = new EndingSet(['лер', 'лар', 'дер', 'дар', 'тер', 'тар', 'лор', 'лөр', 'дор', 'дөр', 'тор', 'төр', 'lar', 'ler', 'ым', 'им', 'ім', 'ум', 'үм', 'ың', 'иң', 'ің', 'уң', 'үң', 'ңыз', 'ңиз', 'ңіз', 'ңуз', 'ңүз', 'ңар', 'ңер', 'ңор', 'ңөр', 'im', 'ing', 'сы', 'си', 'сі', 'су', 'сү', 'si']);
/**
 * The opener ends in a dative after a stem of four letters or more, with no plural or possessive before it, and the
 * next word is gratitude that takes its person in the dative (cues/name-turkic-gratitude.txt). Shops, apps and staff
 * are on the stop lists (the caller asks them) or plural.
 */
export function thankedInDative(word: string, next: string | undefined): boolean {
  if (next === undefined || !reviewWords().gratitude.has(next) || word.length < 6 || !dative.test(word)) return false;
  const stem = word.slice(0, word.length - 2);
  // A long stem ending like "my …" is a name (`Назгүлімге`), a short one a thing of mine (`Заказымга`).
  return (!beforeDative.test(stem) || (stem.length >= 8 && possessiveShapedName(stem))) && !reviewWords().teams.has(stem) && !kinWithPossessive(stem) && !notOpenerName(stem);
}

// The third-person possessive that makes the opener a modifier, not the subject: `Дүкөн кызматкерлери абдан сылык`
// (the shop's staff), `Filial xodimlari`, `Дүкен сатушысы`. Unambiguous forms only (after a vowel, or after a plural).
const possessed = new EndingSet(['сы', 'сі', 'си', 'су', 'сү', 'si', 'лары', 'лері', 'лери', 'дары', 'дері', 'дери', 'тары', 'тері', 'тери', 'лору', 'лөрү', 'дору', 'дөрү', 'тору', 'төрү', 'lari', 'лари']);
const conjunctions = new Set(['мен', 'менен', 'менеен', 'және', 'жана', 'va', 'ва', 'bilan', 'билан']);
// The sentence's words are read up to this many: a review's first sentence is short.
const reach = 8;

/**
 * After the capitalised word at `k - 1` opening its sentence, the rest of the sentence says a person is meant: a
 * person predicate (above) or a deed (`isDeed`, cues/name-turkic-person-acts.txt) within `reach` words and before a
 * comma (unless a converb closes the clause: `Үмүтай кассада туруп, баарын көрсөттү`, or one word said of the opener
 * does: `Нұрсұлу керемет, бәрін түсіндірді`), a benefactive after a converb, or a role word
 * right after the name followed by "as" (`Zebiniso sotuvchi sifatida zo'r`). Not when the word right after is a
 * possessed noun (`Дүкөн кызматкерлери абдан сылык`).
 */
export function personPredicateAhead(text: string, tokens: readonly Token[], folded: readonly string[], wordBits: ArrayLike<number>, wordCues: ArrayLike<number>, k: number, isDeed: (word: string) => boolean, isRole: (word: string) => boolean, deedClose: (from: number) => boolean): boolean {
  if (k >= tokens.length || tokens[k]!.sentenceStart) return false;
  if (possessed.test(folded[k]!)) return false;
  const { personPredicates, personPredicateNouns } = reviewWords();
  // asWords, personPredicates, the deeds, benefactives and pairs' second words all carry WordBit.PersonAct (the scan
  // sets it from reviewPredicateWord and the deed list): most words have none, and one bit test skips their lookups.
  if (k + 1 < tokens.length && wordBits[k + 1]! & WordBit.PersonAct && isRole(folded[k]!) && asWords.has(folded[k + 1]!)) return true;
  for (let j = k; j < tokens.length && j < k + reach && !tokens[j]!.sentenceStart; j++) {
    const word = folded[j]!;
    // Another capitalised word first: the deed may be that one's (`Мәртебелі қонақты Ақордада … Тоқаев қарсы алды`).
    // A second name joined by "and" shares the deed (`Ақбөпе мен Салтанат екеуі де көмектесті`).
    if (text.charCodeAt(tokens[j]!.start) !== word.charCodeAt(0) && !(j > k && conjunctions.has(folded[j - 1]!))) return false;
    if (wordBits[j]! & WordBit.PersonAct) {
      if (personPredicates.has(word) || isDeed(word)) return true;
      if (j > k && benefactives.has(word) && converb.test(folded[j - 1]!)) return true;
      if (j > k) {
        const firsts = pairs.get(word);
        if (firsts !== undefined && firsts.includes(folded[j - 1]!)) return true;
      }
    }
    // `Нұрсұлу керемет маман, …`, `Сагынай абдан жакшы адис`: a person noun or service role (not possessed, no case
    // ending: those are in no list) said of the opener.
    // Service roles are among the words marked CueWord.Role.
    if (j > k && (personPredicateNouns.has(word) || (wordCues[j]! & CueWord.Role && isRole(word))) && !possessed.test(word)) return true;
    // A comma closes the clause unless a converb carries it on to the same subject, or the clause was one word said
    // of the opener and the next one has no subject of its own before its deed (`Нұрсұлу керемет, бәрін түсіндірді`).
    if (text.charCodeAt(tokens[j]!.end) === 44 && !converb.test(word)) return j === k && deedClose(j + 1);
  }
  return false;
}

// Case and plural endings (dative, accusative, genitive, locative, ablative, plural): a listed name that is also an
// everyday word (`Oydin`, `Ерке`) counts as the opener only bare.
const caseOrPlural = new EndingSet(['ga', 'ka', 'qa', 'ni', 'ning', 'da', 'dan', 'lar', 'ler', 'га', 'ка', 'ке', 'ге', 'ға', 'қа', 'ни', 'ны', 'ні', 'нинг', 'ның', 'нің', 'нын', 'нин', 'да', 'де', 'дан', 'ден', 'лар', 'лер', 'дар', 'дер', 'тар', 'тер']);
/** A bare word: no case or plural ending. */
export function bareOpener(word: string): boolean {
  return !caseOrPlural.test(word);
}

// Kin and partner nouns (reviewWords().kinStems) before the first-person possessive (`Жолдошум`, `Карындашым`,
// `Xotinim`): "my husband", "my sister" open reviews as names do.
const firstPersonPossessive = new EndingSet(['им', 'ым', 'ім', 'ум', 'үм', 'im']);
/**
 * `Айсезим`, `Назгүлім`: a name ending like the first-person possessive (-им, -ым, -ім) on a stem of five letters or
 * more that is no kin noun (`Жолдошум` "my husband"); short stems are everyday (`Досум`, `Анам`, `Кызым`).
 */
export function possessiveShapedName(word: string): boolean {
  if (word.length < 7 || !firstPersonPossessive.test(word)) return false;
  return !kinWithPossessive(word);
}
function kinWithPossessive(word: string): boolean {
  if (!firstPersonPossessive.test(word)) return false;
  const stem = word.slice(0, word.length - 2);
  const { kinStems } = reviewWords();
  return kinStems.has(stem) || kinStems.has(stem.slice(0, stem.length - 1));
}

// Genitive endings (not -дин/-тин/-нин, which close given names: `Jaloliddin`, `Шамсидин`): `Жұрттың барлығы …`, a
// possessor, not the subject.
const genitive = new EndingSet(['ның', 'нің', 'дың', 'дің', 'тың', 'тің', 'нын', 'нун', 'нүн', 'дын', 'дун', 'дүн', 'тын', 'тун', 'түн', 'ning', 'нинг']);
// "The one in …" typed with a doubled vowel too (`Дүкендеегі`, `Дўкондааги`): a place word, no subject.
const locativeAttributive = /[дт][аәеэоөуүыіи]{1,2}[гғ][іыиүу]$|[dt][aeiou]{1,2}gi$/u;
// The attributive of time or place (`Bugungi kuryer`, `Бүгүнкү курьер`, `Кечаги`) and first-person verbs (`Сурадым`
// "I asked", `Жаздык`, `Күтөмүн`): no subject's name.
const attributiveOrFirstPerson = new EndingSet(['gi', 'ги', 'гі', 'кі', 'ки', 'кү', 'ку', 'гү', 'гу', 'ғы', 'қы', 'гы', 'кы', 'дым', 'дум', 'дүм', 'тым', 'тум', 'түм', 'дім', 'тім', 'дык', 'дук', 'дүк', 'тык', 'тук', 'түк', 'дық', 'дік', 'тық', 'тік', 'мын', 'мун', 'мүн']);
/** The opener is a possessor, a compound, "the one in …", "today's", a first-person verb or "my husband": no given name. */
export function notOpenerName(word: string): boolean {
  return word.includes('-') || genitive.test(word) || locativeAttributive.test(word) || attributiveOrFirstPerson.test(word) || kinWithPossessive(word);
}
