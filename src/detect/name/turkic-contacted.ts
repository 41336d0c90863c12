// A person reached in Turkic chat, whatever the shape of the name: `атыркүлгө жазыңыз`, `xondamirga yozdim`.

import type { Token } from '../../text/tokenize.js';
import type { Span } from '../../types.js';
import { analyzeWord } from './analyze.js';
import { bareTurkicName } from './chat.js';
import { onlySpaces } from './gaps.js';
import { russianTypedInLatin } from './mixed-scripts.js';
import { spanCovering } from './real-tokens.js';
import type { NameResources } from './resources.js';
import { EndingSet } from './suffixes.js';
import { personNoun } from './turkic-named.js';
import { contactVerbAt, nounDerived } from './turkic-unlisted.js';
import { typoOfCommonWord } from './typos.js';
import { WordBit, type WordInfo } from './vocabulary.js';
import { nameWeights } from './weights.js';
import { WordFlag } from './lexicon.js';
import { foldedWordSet } from './folded-words.js';
import { readPatternSection } from '../../patterns.js';
import { foldWord } from '../../text/normalize.js';
import { GivenShape, turkicGivenShape } from './turkic-shape.js';

// Dative endings (Uzbek -ga/-ka/-qa, Kazakh -ға/-ге/-қа/-ке, Kyrgyz -га/-ге/-го/-гө/-ка/-ке/-ко/-кө), the accusative
// (-ni, -ны/-ні/-ды/-ді/-ты/-ті, Kyrgyz -ну/-нү/-ду/-дү/-ту/-тү, Uzbek Cyrillic -ни), two letters each; and the
// ablative of asking (`alisherdan so'radim`, `айгерімнен сұрадым`), three.
const caseEnding = new EndingSet(['ga', 'ka', 'qa', 'ni', 'га', 'ка', 'қа', 'ни', 'ға', 'ге', 'ке', 'го', 'гө', 'ко', 'кө', 'ны', 'ні', 'ды', 'ді', 'ты', 'ті', 'ну', 'нү', 'ду', 'дү', 'ту', 'тү']);
const ablativeEnding = new EndingSet(['dan', 'дан', 'тан', 'нан', 'ден', 'тен', 'нен', 'дон', 'дөн', 'тон', 'төн', 'нон', 'нөн']);
/** The stem before a dative, accusative or ablative ending, or undefined. */
function caseStem(word: string): string | undefined {
  if (caseEnding.test(word)) return word.slice(0, word.length - 2);
  if (ablativeEnding.test(word)) return word.slice(0, word.length - 3);
  return undefined;
}
// A possessive, plural or first-person possessive before the case (`операторыңызға`, `досыма`, `onamga`,
// `do'stimga`, `менеджерлерге`): a thing, a group or a relative.
const possessiveBefore = new EndingSet(['i', 'ы', 'і', 'и', 'у', 'ү', 'im', 'am', 'um', 'ым', 'ім', 'им', 'ам', 'ем', 'ум', 'үм', 'lar', 'ler', 'лар', 'лер', 'дар', 'дер', 'тар', 'тер', 'ngiz', 'нгиз', 'ңыз', 'ңіз', 'ңиз', 'ңуз', 'ңүз', 'ңар', 'ңер', 'ңор', 'ңөр', 'siz', 'сиз', 'сыз', 'сіз']);

// Requests to write, call, tell or ask (cues/name-turkic-contact-requests.txt). Loaded once per process or worker.
let requests: ReadonlySet<string> | undefined;
function requestSet(): ReadonlySet<string> {
  requests ??= foldedWordSet('cues/name-turkic-contact-requests.txt');
  return requests;
}
/**
 * Entry condition (scan.ts ORs it into WordBit.ContactVerb): a request to write, call, tell or ask, or a verb that
 * takes a person in the dative or accusative (below).
 */
export function turkicContactRequest(word: string): boolean {
  return requestSet().has(word) || caseVerbs().verbs.has(word);
}

// Verbs of giving and transferring (dative) and of waiting for, calling for and knowing (accusative), and the money
// words that may stand between (cues/name-turkic-case-verbs.txt). Loaded once per process or worker.
const enum Takes {
  Dative = 1,
  Accusative = 2,
}
interface CaseVerbs {
  readonly verbs: ReadonlyMap<string, Takes>;
  readonly objects: ReadonlySet<string>;
}
let caseVerbLists: CaseVerbs | undefined;
function caseVerbs(): CaseVerbs {
  if (caseVerbLists === undefined) {
    const verbs = new Map<string, Takes>();
    const file = 'cues/name-turkic-case-verbs.txt';
    for (const word of readPatternSection(file, 'dative')) verbs.set(foldWord(word), Takes.Dative);
    for (const word of readPatternSection(file, 'accusative')) verbs.set(foldWord(word), Takes.Accusative);
    caseVerbLists = { verbs, objects: new Set(readPatternSection(file, 'objects').map(foldWord)) };
  }
  return caseVerbLists;
}
// The accusative endings of caseEnding (the rest, two letters, are datives), and Kyrgyz -ди/-ти after a front vowel.
const accusative = new EndingSet(['ni', 'ни', 'ны', 'ні', 'ды', 'ді', 'ты', 'ті', 'ну', 'нү', 'ду', 'дү', 'ту', 'тү', 'ди', 'ти']);
const frontAccusative = new EndingSet(['ди', 'ти']);

// Thanks among the contact verbs take the dative only (`ochilbekka rahmat`; not `өтпейді Rahmat`).
const thanks: ReadonlySet<string> = new Set(['rahmat', 'raxmat', 'раҳмат', 'рахмат', 'рахмет', 'рақмет']);
const dative = new EndingSet(['ga', 'ka', 'qa', 'га', 'ка', 'қа', 'ға', 'ге', 'ке', 'го', 'гө', 'ко', 'кө']);

/** What reachingVerb() found after a word in a case. */
const enum Reach {
  None,
  /** A verb of writing, calling, telling or asking, or a request to. */
  Contact,
  /** A verb of giving (dative) or waiting for (accusative), cues/name-turkic-case-verbs.txt. */
  CaseVerb,
}
/**
 * Token `i` (folded `word`) stands in a case the verb after it takes: a contact verb or request takes any of the
 * three; a case verb its own, right after the word or after one money word.
 */
function reachingVerb(text: string, tokens: readonly Token[], folded: readonly string[], i: number, word: string): Reach {
  const next = folded[i + 1]!;
  if (requestSet().has(next) || contactVerbAt(folded, i + 1)) return Reach.Contact;
  const { verbs, objects } = caseVerbs();
  let verb = i + 1;
  if (objects.has(next) && i + 2 < tokens.length && onlySpaces(text, tokens[i + 1]!.end, tokens[i + 2]!.start, 1)) verb = i + 2;
  const takes = verbs.get(folded[verb]!);
  if (takes === undefined || ablativeEnding.test(word)) return Reach.None;
  return (takes === Takes.Accusative) === accusative.test(word) ? Reach.CaseVerb : Reach.None;
}

/**
 * Token `i`, lower case and right before a Turkic verb of writing, calling, telling or asking (WordBit.ContactVerb),
 * in the dative or accusative on a stem of four letters or more that no list, stop list or lexicon knows (Russian
 * for Cyrillic, English and Russian typed in Latin for Latin letters), with no possessive, plural or noun-forming
 * suffix before the case, is the person reached (`тамерланга жаздым`, `shohjahonga yozing`). Roles, brands and
 * institutions (`операторго`, `telegramga`, `банкке`) are on the lists. The shaped names (`ochilbekka yozdim`) the
 * scan's other passes find already.
 */
export function findContactedPeople(text: string, tokens: readonly Token[], folded: readonly string[], wordBits: ArrayLike<number>, words: readonly WordInfo[], spans: Span[], resources: NameResources): void {
  const scanned = spans.length;
  let added = false;
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (!(wordBits[i + 1]! & WordBit.ContactVerb) && !(i + 2 < tokens.length && wordBits[i + 2]! & WordBit.ContactVerb)) continue;
    const token = tokens[i]!;
    const word = folded[i]!;
    // Lower case only: a capital opening the sentence (`Тамерланга жаздым`) changed 32 blind texts and caught no name.
    if (word.length < 6 || token.hasDigit || text.charCodeAt(token.start) !== word.charCodeAt(0)) continue;
    if (tokens[i + 1]!.cyrillic !== token.cyrillic || !onlySpaces(text, token.end, tokens[i + 1]!.start, 1)) continue;
    const reach = reachingVerb(text, tokens, folded, i, word);
    if (reach === Reach.None) continue;
    // Kyrgyz -ди/-ти is also the Uzbek and Kyrgyz past tense (`келди`): an accusative before a case verb only.
    const stem = caseStem(word) ?? (reach === Reach.CaseVerb && frontAccusative.test(word) ? word.slice(0, word.length - 2) : undefined);
    if (stem === undefined || stem.length < 4) continue;
    if ((thanks.has(folded[i + 1]!) && !dative.test(word)) || spanCovering(spans, scanned, token.start, token.end) !== undefined) continue;
    if (nounDerived(stem) || resources.roles.has(stem) || resources.serviceRoles.has(stem) || resources.honorifics.has(stem) || resources.cueWords.has(stem) || personNoun(stem)) continue;
    const evidence = words[i]!.evidence(token.cyrillic, resources, true);
    if (evidence.stopFlags !== 0) continue;
    // A listed given name, unambiguous, whose ending is the case ending itself (`Мұхиты` is Мұхит + a possessive).
    if (evidence.nameFlags !== 0) {
      if ((evidence.nameFlags & WordFlag.First) === 0 || (evidence.nameFlags & WordFlag.Ambiguous) !== 0 || evidence.endingLength !== word.length - stem.length) continue;
    } else if (possessiveBefore.test(stem) || !bareTurkicName(stem, evidence, resources)) continue;
    if (evidence.nameFlags === 0 && (token.cyrillic ? resources.commonWords.has(word) || resources.commonWords.has(stem) || typoOfCommonWord(stem, resources.commonWords) : russianTypedInLatin(stem, evidence, resources))) continue;
    // The stem on its own: a stop word or listed word that the case ending hid (`adminga`, `supportga`).
    const bare = analyzeWord(stem, token.cyrillic, resources, true);
    if (bare.stopFlags !== 0 || (evidence.nameFlags === 0 && bare.nameFlags !== 0)) continue;
    // Things and kin are given and awaited too (`кошунага бердим`, `натийжаны күтөм`): before a verb of giving or
    // waiting, an unlisted stem must end like a given name (-bek, -xon, -bonu, -хан).
    if (reach === Reach.CaseVerb && evidence.nameFlags === 0 && !bare.nameShape && turkicGivenShape(stem) !== GivenShape.Base) continue;
    spans.push({ start: token.start, end: token.end, type: 'NAME', score: nameWeights.firstAmbiguous, source: 'name:cue', normalized: stem });
    added = true;
  }
  if (added) spans.sort((a, b) => a.start - b.start);
}
