// "Its name is X" in Turkic chat: `курьердин аты сабыркан экен`, `operatorning ismi zarnigor edi`, `кассирдің аты айбота`.

import type { Token } from '../../text/tokenize.js';
import type { Span } from '../../types.js';
import { emojiUnit } from './gaps.js';
import { spanCovering } from './real-tokens.js';
import type { NameResources } from './resources.js';
import { EndingSet } from './suffixes.js';
import { personNoun } from './turkic-named.js';
import { GivenShape, turkicGivenShape } from './turkic-shape.js';
import { unlistedBareWord } from './turkic-bare-word.js';
import type { WordInfo } from './vocabulary.js';
import { nameWeights } from './weights.js';
import { WordFlag } from './lexicon.js';

// The words for "its/his/her name" (Kazakh, Kyrgyz, Uzbek Latin and Cyrillic). `аты` and `oti` are also "his horse",
// and "the name of" a shop or product: the word after them needs a second piece of evidence.
const nameWords: ReadonlySet<string> = new Set(['аты', 'есімі', 'ысымы', 'ismi', 'исми', 'исмі', 'oti', 'оти', 'аты-жөнү', 'аты-жөні', 'ism-sharifi', 'исм-шарифи']);

// The name words also said of shops, products and horses.
const thingNameWords: ReadonlySet<string> = new Set(['аты', 'oti', 'оти']);

// Predicates that say something of the name instead of giving it: "is needed" (`ismi kerak`, `аты керек`, `аты
// керекпе`), "there is none", "is not" (`ismi yo'q`, `аты жок`). Written for pii-gate from Uzbek, Kazakh and Kyrgyz
// grammar; `kerak` and `керек` take question and negation particles, so they are stems.
const predicateStems: readonly string[] = ['kerak', 'керак', 'керек', 'kerek'];
const predicates: ReadonlySet<string> = new Set(["yo'q", 'yoq', 'йўқ', 'жоқ', 'жок', 'joq', 'jok', 'emas', 'эмас', 'емес', 'эмес']);
/** `word`, after a word for a name, is a predicate about it (above). */
function namePredicate(word: string): boolean {
  return predicates.has(word) || predicateStems.some((stem) => word.startsWith(stem));
}

/** Entry condition (scan.ts ORs it into WordBit.NamedTrigger). */
export function nameWord(word: string): boolean {
  return nameWords.has(word);
}

// Copulas and evidential particles that close "its name is X" (екен "it turns out", эле/edi "was", болчу "used to be",
// го/ғой "you know", деп "so-called", сияқты "like"). Written for pii-gate from Kazakh, Kyrgyz and Uzbek grammar.
const copulas: ReadonlySet<string> = new Set(['екен', 'экен', 'ekan', 'экан', 'еді', 'эди', 'edi', 'эле', 'болатын', 'болчу', 'болган', 'болған', 'bolgan', 'edi-ku', 'го', 'ғой', 'goy', 'деп', 'dep', 'деб', 'сияқты', 'сыяктуу', 'shekilli', 'шекилли', 'шығар', 'чыгар']);

// Genitive endings before the name word (`курьердің`, `менеджердин`, `operatorning`, colloquial Uzbek `курьерни`).
const genitiveEndings: readonly string[] = ['ning', 'нинг', 'ның', 'нің', 'дың', 'дің', 'тың', 'тің', 'нын', 'нин', 'нун', 'нүн', 'дын', 'дин', 'дун', 'дүн', 'тын', 'тин', 'тун', 'түн', 'ни'];
// Agentive suffixes that make a person noun (`кеңесші`, `айдоочу`, `sotuvchi`, `haydovchi`): whose name it is.
const agentive = new EndingSet(['шы', 'ші', 'чы', 'чи', 'чу', 'чү', 'chi', 'кер', 'гер']);

/** Token `k` is a person in the genitive: a role, a person noun, or a noun with an agentive suffix. */
function personGenitive(folded: readonly string[], k: number, resources: NameResources): boolean {
  const word = folded[k];
  if (word === undefined || word.length < 5) return false;
  const ending = genitiveEndings.find((candidate) => word.endsWith(candidate));
  if (ending === undefined) return false;
  const stem = word.slice(0, word.length - ending.length);
  return stem.length >= 3 && (resources.roles.has(stem) || resources.serviceRoles.has(stem) || personNoun(stem) || (stem.length >= 5 && agentive.test(stem)));
}

/**
 * Between a cue and the name in chat: spaces, a comma, emoji (`rahmat 😊 temurmalik`) and, after a name word, a colon
 * or dash (`аты: сабыркан`); no sentence end (`раҳмат. есеппен`).
 */
export function chatGap(text: string, from: number, to: number, labelled: boolean): boolean {
  if (to <= from || to - from > 16) return false;
  for (let at = from; at < to; at++) {
    const code = text.charCodeAt(at);
    if (code === 32 || code === 0xa0 || code === 44 || emojiUnit(code) || (labelled && (code === 58 || code === 45 || code === 0x2013 || code === 0x2014))) continue;
    return false;
  }
  return true;
}

/** Only spaces, punctuation or emoji stand between `end` and the end of its line. */
export function lineEndsAfter(text: string, end: number): boolean {
  for (let at = end; at < text.length; at++) {
    const code = text.charCodeAt(at);
    if (code === 10 || code === 13) return true;
    if (isLetterOrDigit(code)) return false;
  }
  return true;
}
function isLetterOrDigit(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || (code >= 0xc0 && code <= 0x24f) || (code >= 0x400 && code <= 0x52f);
}

/**
 * A word right after a name word (`аты`, `ismi`) is the name when it is a bare word on no list (turkic-bare-word.ts)
 * and one more thing says so: a person in the genitive owns the name (`курьердин аты сабыркан`), a copula or
 * evidential closes it (`аты жыпар эле`), it ends the line, or it is shaped like a given name. Adds one span per such
 * word; listed names after a name word the scan finds already, but for those that are also everyday words (`ismi lola`,
 * `аты сәуле екен`), which take the same second piece of evidence.
 */
export function findNameWordNames(text: string, tokens: readonly Token[], folded: readonly string[], words: readonly WordInfo[], spans: Span[], resources: NameResources): void {
  const scanned = spans.length;
  let added = false;
  const count = tokens.length;
  for (let k = 0; k + 1 < count; k++) {
    if (!nameWords.has(folded[k]!)) continue;
    const i = k + 1;
    const token = tokens[i]!;
    if (!chatGap(text, tokens[k]!.end, token.start, true) || spanCovering(spans, scanned, token.start, token.end) !== undefined || namePredicate(folded[i]!)) continue;
    const bare = unlistedBareWord(text, tokens, folded, words, i, resources);
    if (!bare && !everydayListedName(text, token, folded[i]!, words[i]!, resources)) {
      // `+7 701 234 56 78 аты төлеген`: a contact line, a number, the name word, then the name closing the line.
      if (k > 0 && tokens[k - 1]!.hasDigit && lineEndsAfter(text, token.end) && contactLineName(text, token, folded[i]!, words[i]!, resources)) {
        spans.push({ start: token.start, end: token.end, type: 'NAME', score: nameWeights.firstAmbiguous, source: 'name:cue', normalized: folded[i]! });
        added = true;
      }
      continue;
    }
    const word = folded[i]!;
    const next = folded[i + 1];
    // A listed everyday word at the line's end is the name only after a word for a person's name (`ismi lola`; a
    // shop's or a horse's name is `аты` or `oti` too: `дүкеннің аты сәуле`).
    const evidenced =
      (k > 0 && personGenitive(folded, k - 1, resources)) || (next !== undefined && copulas.has(next)) || (lineEndsAfter(text, token.end) && (bare || !thingNameWords.has(folded[k]!))) || (bare && (turkicGivenShape(word) === GivenShape.Base || words[i]!.evidence(token.cyrillic, resources, true).nameShape));
    if (!evidenced) continue;
    spans.push({ start: token.start, end: token.end, type: 'NAME', score: nameWeights.firstAmbiguous, source: 'name:cue', normalized: word });
    added = true;
  }
  if (added) spans.sort((a, b) => a.start - b.start);
}

/** The lower-case token is a listed given name that is also an everyday word, as it stands (no ending, no place). */
function everydayListedName(text: string, token: Token, word: string, info: WordInfo, resources: NameResources): boolean {
  if (token.hasDigit || word.length < 4 || text.charCodeAt(token.start) !== word.charCodeAt(0)) return false;
  const evidence = info.evidence(token.cyrillic, resources, true);
  return (evidence.nameFlags & (WordFlag.First | WordFlag.Ambiguous)) === (WordFlag.First | WordFlag.Ambiguous) && evidence.stopFlags === 0 && evidence.endingLength === 0 && evidence.placeName !== true && !resources.commonWords.has(word);
}

// Case, plural, possessive and "without" endings (`нөміріне`, `белгісіз`, `noma'lum` is on the stop lists): after a
// word for a name, these are no name. Source: standard grammars.
const contactLineEnding = new EndingSet([
  'ning', 'нинг', 'ның', 'нің', 'нын', 'нин', 'нун', 'нүн', 'ga', 'га', 'ға', 'ге', 'ке', 'қа', 'ка', 'го', 'гө', 'ni', 'ни', 'ны', 'ні', 'ну', 'нү',
  'dan', 'дан', 'ден', 'нан', 'нен', 'тан', 'тен', 'дон', 'дөн', 'lar', 'ler', 'лар', 'лер', 'дар', 'дер', 'тар', 'тер',
  'siz', 'сиз', 'сыз', 'сіз', 'суз', 'сүз', 'ине', 'іне', 'ына', 'сына', 'сіне',
]);
/**
 * The lower-case token closing a contact line after a word for a name (`… аты төлеген`) is the contact's name when it
 * is what unlistedBareWord() turns away only for its shape: a participle (-ген/-ған: `Төлеген`, `Тұрған`; not a
 * passive one, `аталған`) or a Russian everyday word (a Kyrgyz or Kazakh name may be spelled like one), with no stop
 * list, role, cue or person noun knowing it and no case, plural, possessive or "without" ending (above).
 */
function contactLineName(text: string, token: Token, word: string, info: WordInfo, resources: NameResources): boolean {
  if (!token.cyrillic || token.hasDigit || word.length < 5 || word.includes('-') || text.charCodeAt(token.start) !== word.charCodeAt(0)) return false;
  if (resources.roles.has(word) || resources.serviceRoles.has(word) || resources.cueWords.has(word) || resources.honorifics.has(word) || personNoun(word) || contactLineEnding.test(word)) return false;
  if (info.evidence(true, resources, true).stopFlags !== 0) return false;
  return (participleName.test(word) && !passiveParticiple.test(word)) || resources.commonWords.has(word);
}
const participleName = new EndingSet(['ген', 'ған', 'ган', 'кен', 'қан', 'гон', 'гөн']);
const passiveParticiple = new EndingSet(['лген', 'лған', 'лган', 'нген', 'нған', 'нган', 'лгон', 'лгөн', 'нгон', 'нгөн']);
