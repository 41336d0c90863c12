// The person a dialogue line addresses right after its role label: `Кардар: Бекжанды чакырыңызчы?`, `Клиент:
// Айгизя, где мой заказ?`, `Mijoz: Zarnigor, buyurtmam qayerda?`.

import type { Token } from '../../text/tokenize.js';
import type { Span } from '../../types.js';
import { foldWord } from '../../text/normalize.js';
import { WordFlag } from './lexicon.js';
import { spanCovering, tokenStartingAt } from './real-tokens.js';
import { typoOfCommonWord } from './typos.js';
import type { NameResources } from './resources.js';
import { EndingSet } from './suffixes.js';
import { opensSpeakerLine } from './turkic-dialogue.js';
import { passGateBits, WordBit, type WordInfo } from './vocabulary.js';
import { nameWeights } from './weights.js';
import { foldedWordSet } from './folded-words.js';

// Words that open a customer's or an employee's line and are not the person addressed: question words, pronouns,
// yes/no/OK, time words, sorry/please, honorifics used alone, greetings, in Kyrgyz, Kazakh, Uzbek and English
// (cues/name-label-line-openers.txt).
let lineOpenerWords: ReadonlySet<string> | undefined;
function lineOpener(word: string): boolean {
  lineOpenerWords ??= foldedWordSet('cues/name-label-line-openers.txt');
  return lineOpenerWords.has(word);
}
// Endings of verbs, polite second persons, question particles, case and plural forms, possessives: `Саламатсызбы`,
// `Кечиресиз`, `Тексерейін`, `Заказым`, `Буйрутмаңыз`, `Kutyapman`, `Sizga`.
const notAddressee = new EndingSet([
  'бы', 'би', 'бу', 'бү', 'пы', 'пи', 'пу', 'пү', 'ба', 'бе', 'ма', 'ме', 'mi', 'ми', 'мы',
  'сыз', 'сиз', 'сіз', 'суз', 'сүз', 'siz', 'ңыз', 'ңиз', 'ңіз', 'ңуз', 'ңүз', 'ngiz', 'нгиз', 'сыздар', 'сиздер',
  'мын', 'мин', 'мін', 'мун', 'мүн', 'ман', 'мен', 'man', 'миз', 'мыз', 'міз', 'miz', 'йын', 'йін', 'йин', 'йын',
  'ды', 'ди', 'ді', 'ду', 'дү', 'ты', 'ти', 'ті', 'ту', 'тү', 'di', 'ti', 'ып', 'ип', 'іп', 'уп', 'үп', 'ib', 'иб',
  'ган', 'ген', 'ған', 'gan', 'кан', 'кен', 'қан', 'yapti', 'япти', 'моқда', 'moqda', 'йт', 'йд', 'ңдар', 'ңдер', 'ңыздар',
  'га', 'ге', 'ка', 'ке', 'ға', 'қа', 'ga', 'ka', 'qa', 'ны', 'ні', 'ну', 'нү', 'ni', 'ни', 'да', 'де', 'та', 'те', 'da', 'дан', 'ден', 'тан', 'тен', 'dan',
  'ның', 'нің', 'нын', 'нун', 'дын', 'тын', 'ning', 'нинг', 'лар', 'лер', 'дар', 'дер', 'тар', 'тер', 'lar', 'ler', 'лор', 'лөр', 'дор', 'дөр',
  'ым', 'ім', 'ум', 'үм', 'im', 'ым', 'сы', 'сі', 'си', 'су', 'сү', 'si',
]);

/**
 * A capitalised word right after a line-opening role label and its colon (`Кардар: `, `Тұтынушы: `, `Mijoz: `),
 * then a comma, `!` or `?`, is the person the line addresses when no list knows it (or a list
 * holds it as a name that is also a word), it has none of the endings above, and it is no question word, pronoun,
 * greeting or other line opener (above), nor a word of the Russian lexicon or one typo from one. The role label and the position are the
 * two pieces of evidence; the word itself only may not be a known other thing. An accusative counts before a verb
 * of calling or putting through (`Кардар: Бекжанды чакырып коюңузчу?`). The caller runs this on text with a
 * colon that is not all lower case.
 */
export function findLabelAddressees(text: string, tokens: readonly Token[], folded: readonly string[], words: readonly WordInfo[], spans: Span[], resources: NameResources): void {
  const scanned = spans.length;
  let added = false;
  // From `: ` to `: ` (the builtin search), not token by token: most tokens of a dialogue follow no colon.
  for (let colon = text.indexOf(': '); colon !== -1; colon = text.indexOf(': ', colon + 2)) {
    const k = tokenStartingAt(tokens, colon + 2);
    if (k < 1) continue;
    const token = tokens[k]!;
    // WordBit.SpeakerLabel is resources.speakerLabels.has() of the word.
    if (!(words[k - 1]!.bits & WordBit.SpeakerLabel) || !opensSpeakerLine(text, tokens, k)) continue;
    if (!addressee(text, tokens, folded, words, k, resources)) continue;
    const existing = spanCovering(spans, scanned, token.start, token.end);
    if (existing === undefined) {
      spans.push({ start: token.start, end: token.end, type: 'NAME', score: nameWeights.firstAmbiguous, source: 'name:cue', normalized: folded[k]! });
      added = true;
    } else if (existing.start === token.start && existing.end === token.end && existing.score < nameWeights.firstAmbiguous) existing.score = nameWeights.firstAmbiguous;
  }
  if (added) spans.sort((a, b) => a.start - b.start);
}

export function addressee(text: string, tokens: readonly Token[], folded: readonly string[], words: readonly WordInfo[], k: number, resources: NameResources): boolean {
  const token = tokens[k]!;
  const word = folded[k]!;
  if (token.hasDigit || token.end - token.start < 4 || token.end - token.start !== word.length || word.includes('-')) return false;
  // Capitalised, the second letter lower case (not `ООО`, not an acronym).
  if (text.charCodeAt(token.start) === word.charCodeAt(0) || text.charCodeAt(token.start + 1) !== word.charCodeAt(1)) return false;
  const next = tokens[k + 1];
  const after = text.charCodeAt(token.end);
  // Set off by a comma, `!` or `?` as an address is; or, one space on, a verb of calling after its accusative (below).
  const marked = after === 44 || after === 33 || after === 63;
  if (!marked && (next === undefined || next.start !== token.end + 1 || after !== 32 || text.charCodeAt(next.start) !== folded[k + 1]!.charCodeAt(0))) return false;
  const info = words[k]!;
  // A word shaped like a surname is still a name here (`Клиент: Курманбекова, …`); other word facts rule it out.
  if (info.cue !== 0 || (info.bits & ~passGateBits & ~WordBit.SurnameLike) !== 0) return false;
  if (lineOpener(word) || resources.roles.has(word) || resources.speakerLabels.has(word) || resources.cueWords.has(word)) return false;
  // Dialogue lines carry typos of everyday words (`Номмер заказа`, `Преезвоним`): the Russian lexicon's near misses too.
  if (token.cyrillic && (resources.commonWords.hasWord(info) || typoOfCommonWord(word, resources.commonWords))) return false;
  // English sentence adverbs and interjections (`Agent: Unfortunately, …`, `Support: Sorry, …`).
  if (!token.cyrillic && ((word.length >= 6 && word.endsWith('ly')) || resources.chatWords.englishFunctionWords.has(word))) return false;
  const evidence = info.evidence(token.cyrillic, resources, true);
  if (evidence.stopFlags !== 0) return false;
  // A listed name that is also a word counts (`Ерке`); a listed name otherwise the scan already masked.
  if (evidence.nameFlags !== 0 && evidence.nameFlags !== (WordFlag.First | WordFlag.Ambiguous)) return false;
  if (!marked) return calledInAccusative(word, folded[k + 1], resources);
  return evidence.nameFlags !== 0 || !notAddressee.test(word);
}

// Accusative endings, and the stems of "call", "invite", "put through" (`Бекжанды чакырып коюңузчу?`, `Айгерімді
// шақырыңызшы`, `Zarnigorni chaqiring`, `Сагынайды байланыштырыңыз`): the customer asks for a person.
const accusative = new EndingSet(['ны', 'ни', 'ну', 'нү', 'ні', 'ды', 'ди', 'ду', 'дү', 'ді', 'ты', 'ти', 'ту', 'тү', 'ті', 'ni']);
const callStems = ['чакыр', 'шақыр', 'шакыр', 'chaqir', 'чақир', 'байланыштыр', 'қос', 'ula', 'ула', 'позов', 'соедин'].map(foldWord);
// A possessive before the case ending (`Заказымды`, `Буйрутмамды`, `Буйрутмаңызды`): a thing of mine or yours, not a person.
const possessiveBeforeCase = new EndingSet(['ым', 'им', 'ім', 'ум', 'үм', 'ам', 'ем', 'ям', 'ом', 'өм', 'əм', 'әм', 'ың', 'иң', 'ің', 'уң', 'үң', 'ңыз', 'ңиз', 'ңіз', 'ңуз', 'ңүз', 'im', 'ing', 'ingiz', 'сы', 'си', 'сі', 'су', 'сү', 'si', 'лар', 'лер', 'дар', 'дер', 'тар', 'тер', 'лор', 'лөр', 'дор', 'дөр', 'тор', 'төр', 'lar', 'ler']);
function calledInAccusative(word: string, next: string | undefined, resources: NameResources): boolean {
  if (next === undefined || word.length < 6 || !accusative.test(word)) return false;
  const stem = word.slice(0, word.length - 2);
  if (possessiveBeforeCase.test(stem) || lineOpener(stem) || resources.commonWords.has(stem)) return false;
  return callStems.some((call) => next.startsWith(call));
}
