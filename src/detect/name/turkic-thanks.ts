// Thanks and a name in Turkic chat: `рахмат сабыркан`, `rahmat 😊 temurmalik`, `рахмет ағжан тез жеткіздіңіз`.

import { readPatternSection } from '../../patterns.js';
import { foldWord } from '../../text/normalize.js';
import type { Token } from '../../text/tokenize.js';
import type { Span } from '../../types.js';
import { deedAfter } from './chat-addressed.js';
import { isHonorificWithEnding } from './cues.js';
import { onlySpaces } from './gaps.js';
import { spanCovering } from './real-tokens.js';
import type { NameResources } from './resources.js';
import { EndingSet } from './suffixes.js';
import { unlistedBareWord } from './turkic-bare-word.js';
import { deedFollows, verbLikeGivenName } from './turkic-chat-deeds.js';
import { scriptSwitchAfter } from './turkic-chat-switch.js';
import { wishVerb } from './turkic-chat-wishes.js';
import { personNoun } from './turkic-named.js';
import { chatGap, lineEndsAfter } from './turkic-name-words.js';
import { WordBit, type WordInfo } from './vocabulary.js';
import { nameWeights } from './weights.js';
import { foldedWordSet } from './folded-words.js';
import { WordFlag } from './lexicon.js';

// The thanks are cues/name-before.txt's, one list for both passes: its `## turkic-thanks` blocks (Kazakh, Kyrgyz and
// Uzbek, chat spellings too) open the message, and those with its `## thanks` blocks (Russian, English) are the
// thanks in another language after the name (`рахмат даткайым спасибо большое`). The intensifiers that may stand
// before the thanks are cues/name-turkic-thanks-intensifiers.txt. Loaded on first use.
interface ThanksWords {
  readonly thanks: ReadonlySet<string>;
  readonly intensifiers: ReadonlySet<string>;
  readonly otherThanks: ReadonlySet<string>;
}
let loaded: ThanksWords | undefined;
function thanksWords(): ThanksWords {
  if (loaded === undefined) {
    const turkic = readPatternSection('cues/name-before.txt', 'turkic-thanks').map(foldWord);
    loaded = {
      thanks: new Set(turkic),
      intensifiers: foldedWordSet('cues/name-turkic-thanks-intensifiers.txt'),
      otherThanks: new Set([...turkic, ...readPatternSection('cues/name-before.txt', 'thanks').map(foldWord)]),
    };
  }
  return loaded;
}

// "To you" between the thanks and the name (`rahmat sizga temurmalik`, `рахмат вам сабыркан`): pronouns in the
// dative, a closed class kept here.
const toYou: ReadonlySet<string> = new Set(['sizga', 'sizlarga', 'сизга', 'сизге', 'сізге', 'сиздерге', 'сіздерге', 'силерге', 'сенге', 'вам', 'тебе']);

/** Entry condition (scan.ts WordBit.TurkicThanks). */
export function turkicThanksWord(word: string): boolean {
  return thanksWords().thanks.has(word);
}

// Second-person endings (Kazakh -ңыз/-сыз, Kyrgyz -ңиз/-сиз/-ңар, Uzbek -ngiz/-siz, past -дыңыз/-dingiz), with an
// optional particle after them (-шы, -чы, -ми): the message speaks to the person just thanked.
const secondPerson = new EndingSet(['ңыз', 'ңіз', 'ңиз', 'ңуз', 'ңүз', 'ңар', 'ңер', 'сыз', 'сіз', 'сиз', 'ngiz', 'siz', 'нгиз', 'ңызшы', 'ңізші', 'ңизчи', 'ңызчы', 'ңузчу', 'ngizmi', 'sizmi', 'сизми', 'ңызға', 'ңізге', 'ңизге', 'сізге', 'сизге', 'sizga', 'сизга']);

/** The word is an honorific, bare, with a case ending or a diminutive (`эже`, `akaga`, `эжеке`, `opajon`). */
function honorificWord(word: string, resources: NameResources): boolean {
  if (resources.honorifics.has(word) || isHonorificWithEnding(word, resources)) return true;
  const group = resources.cuesAfterByInitial.get(word.charCodeAt(0));
  if (group === undefined) return false;
  for (const honorific of group) if (word.length > honorific.length && word.length - honorific.length <= 3 && word.startsWith(honorific) && honorific.length >= 3) return true;
  return false;
}

/**
 * One of the next three tokens on the line (after `i`) is in the second person, or the next is an honorific or
 * thanks in another language.
 */
function speaksToReader(text: string, tokens: readonly Token[], folded: readonly string[], i: number, resources: NameResources): boolean {
  const { otherThanks } = thanksWords();
  const next = folded[i + 1];
  if (next !== undefined && honorificWord(next, resources) && !text.slice(tokens[i]!.end, tokens[i + 1]!.start).includes('\n')) return true;
  for (let k = i + 1; k < tokens.length && k <= i + 3; k++) {
    if (text.slice(tokens[k - 1]!.end, tokens[k]!.start).includes('\n')) return false;
    const word = folded[k]!;
    if (word.length >= 5 && secondPerson.test(word)) return true;
    // `рахмат даткайым спасибо`, `рахмат даткайым за помощь`: thanks in another language, or what for.
    if ((otherThanks.has(word) || word === 'за') && k === i + 1) return true;
  }
  return false;
}

/**
 * A bare word on no list (turkic-bare-word.ts) right after Turkic thanks that open a message or sentence (an emoji
 * between them allowed) is the person thanked when it ends the line (`рахмат сабыркан`, `rahmat 😊 temurmalik`) or
 * the message goes on in the second person (`рахмет ағжан тез жеткіздіңіз`), with thanks in another language, or with
 * what the person did (`рахмат айтолгон тез жеткирди`; turkic-chat-deeds.ts).
 * `рахмат баары`, `rahmat hammasi zo'r`, `рахмет бәрі жақсы` name nobody: the lists know those words.
 */
export function findThankedNames(text: string, tokens: readonly Token[], folded: readonly string[], wordBits: ArrayLike<number>, words: readonly WordInfo[], spans: Span[], resources: NameResources): void {
  const scanned = spans.length;
  let added = false;
  const count = tokens.length;
  const { intensifiers } = thanksWords();
  for (let k = 0; k + 1 < count; k++) {
    // The scan's word bits: WordBit.TurkicThanks is turkicThanksWord() of the word.
    if (!(wordBits[k]! & WordBit.TurkicThanks)) continue;
    const opening = tokens[k]!.sentenceStart || (k > 0 && tokens[k - 1]!.sentenceStart && intensifiers.has(folded[k - 1]!));
    // `rahmat sizga temurmalik`: "to you" between the thanks and the name.
    const i = k + 2 < count && toYou.has(folded[k + 1]!) && onlySpaces(text, tokens[k + 1]!.end, tokens[k + 2]!.start, 2) ? k + 2 : k + 1;
    const token = tokens[i]!;
    if (!opening || !chatGap(text, tokens[i - 1]!.end, token.start, false) || spanCovering(spans, scanned, token.start, token.end) !== undefined) continue;
    // The word first (most words after thanks are on a list or have an ending), then the frame that reads the words
    // after it. `рахмет құдайберген`: a given-name ending that reads as a verb; `rahmat lola tez yetkazdi`: a listed
    // name that is also an everyday word, when what the person did follows. The word tests need four letters, and
    // lower case below seven (unlistedBareWord, everydayNameDoing; verbLikeGivenName).
    const length = folded[i]!.length;
    if (length < 4 || (length < 7 && text.charCodeAt(token.start) !== folded[i]!.charCodeAt(0))) continue;
    if (!unlistedBareWord(text, tokens, folded, words, i, resources) && !verbLikeGivenName(folded[i]!, words[i]!.evidence(token.cyrillic, resources, true), resources) && !everydayNameDoing(text, tokens, folded, words, i, resources)) continue;
    // `рахмат айтолгон тез жеткирди`: or who was thanked did something (turkic-chat-deeds.ts); `рахмет балауса, …`:
    // a comma closes the one addressed, and so does a switch of script (`rahmat zorvena очень помогли`,
    // turkic-chat-switch.ts); `рахмет балауса денсаулық тілеймін`: wished well.
    if (!(lineEndsAfter(text, token.end) || text.charCodeAt(token.end) === 44 || speaksToReader(text, tokens, folded, i, resources) || scriptSwitchAfter(text, tokens, k, i) || wishedOrJudged(text, tokens, folded, i) || deedFollows(text, tokens, folded, i, (j) => deedAfter(tokens, folded, token.cyrillic, j, resources)))) continue;
    spans.push({ start: token.start, end: token.end, type: 'NAME', score: nameWeights.firstAmbiguous, source: 'name:cue', normalized: folded[i]! });
    added = true;
  }
  for (let k = 1; k < count; k++) {
    if (!(wordBits[k]! & WordBit.TurkicThanks)) continue;
    const i = namedBeforeThanks(text, tokens, folded, words, k, resources);
    if (i < 0 || spanCovering(spans, scanned, tokens[i]!.start, tokens[i]!.end) !== undefined) continue;
    spans.push({ start: tokens[i]!.start, end: tokens[i]!.end, type: 'NAME', score: nameWeights.firstAmbiguous, source: 'name:cue', normalized: folded[i]! });
    added = true;
  }
  if (added) spans.sort((a, b) => a.start - b.start);
}

// Words of agreement and honorifics that open a chat reply before the name and the thanks (`xop zulxumor rahmat`,
// `макул сайкал рахмат`, `opa zulxumor rahmat`). Written for pii-gate.
const replyOpeners: ReadonlySet<string> = new Set(["xop", "xo'p", 'xup', 'ok', 'ок', 'okey', 'окей', 'ha', 'ҳа', 'ха', 'mayli', 'майли', 'хоп', 'хўп', 'жарайды', 'жарайт', 'макул', 'мақұл', 'болды', 'ладно', 'хорошо', 'понятно', 'ага', 'opa', 'aka', 'опа', 'ака', 'апа', 'эже', 'апай', 'ағай', 'агай', 'байке', 'uka', 'ука']);
// "To" written apart from the name (`sabohat ga katta rahmat`, `сайкал га рахмат`): the dative particles.
const detachedDative: ReadonlySet<string> = new Set(['ga', 'ka', 'qa', 'га', 'ка', 'қа', 'ға', 'ге', 'ке', 'го', 'гө']);

/**
 * The token before the thanks at `k` (an intensifier between allowed) is a bare word on no list that is the person
 * thanked: after a reply opener that opens the message (`xop zulxumor rahmat`), or with the dative written apart
 * (`sabohat ga katta rahmat`). Returns its index, or -1.
 */
function namedBeforeThanks(text: string, tokens: readonly Token[], folded: readonly string[], words: readonly WordInfo[], k: number, resources: NameResources): number {
  const { intensifiers } = thanksWords();
  let j = k - 1;
  if (j > 0 && intensifiers.has(folded[j]!) && onlySpaces(text, tokens[j]!.end, tokens[k]!.start, 2)) j--;
  // `qunduzoy katta rahmat`: the word opening the message before an intensifier and the thanks (the scan's cues read
  // the name right before the thanks, not across "big").
  if (j === k - 2 && tokens[j]!.sentenceStart && onlySpaces(text, tokens[j]!.end, tokens[j + 1]!.start, 1)) {
    return unlistedBareWord(text, tokens, folded, words, j, resources) && !firstPersonPast.test(folded[j]!) && !exclamations.has(folded[j]!) ? j : -1;
  }
  if (j < 1 || !onlySpaces(text, tokens[j]!.end, tokens[j + 1]!.start, 2)) return -1;
  if (detachedDative.has(folded[j]!)) {
    const i = j - 1;
    if (!onlySpaces(text, tokens[i]!.end, tokens[j]!.start, 1) || tokens[j]!.cyrillic !== tokens[i]!.cyrillic) return -1;
    return unlistedBareWord(text, tokens, folded, words, i, resources) ? i : -1;
  }
  // `нуржигит ага рахмат`: an elder's honorific between the name opening the message and the thanks (`ага` is also
  // the Russian "yeah", so the scan's cue lists leave it out; before thanks it is the honorific).
  if (j === k - 1 && elderBeforeThanks.has(folded[j]!) && tokens[j - 1]!.sentenceStart && onlySpaces(text, tokens[j - 1]!.end, tokens[j]!.start, 1)) {
    return unlistedBareWord(text, tokens, folded, words, j - 1, resources) && !firstPersonPast.test(folded[j - 1]!) ? j - 1 : -1;
  }
  const i = j;
  if (j !== k - 1 || !tokens[i - 1]!.sentenceStart || !replyOpeners.has(folded[i - 1]!) || !chatGap(text, tokens[i - 1]!.end, tokens[i]!.start, false)) return -1;
  return unlistedBareWord(text, tokens, folded, words, i, resources) && !firstPersonPast.test(folded[i]!) ? i : -1;
}
// Exclamations of surprise or delight that open a message before big thanks (`ойбай үлкен рақмет`). Written for
// pii-gate from Kazakh, Kyrgyz and Uzbek chat.
const exclamations: ReadonlySet<string> = new Set(['ойбай', 'ойбой', 'ойпырмай', 'апырмай', 'апырай', 'войбой', 'oyboy', 'voyboy', 'ваау', 'вааау', 'vaau', 'yeee', 'ураа']);
// Elders' honorifics that the scan's after-name cues leave out because they are also everyday words (the Russian
// `ага` "yeah").
const elderBeforeThanks: ReadonlySet<string> = new Set(['ага']);
// First-person past (`kelishdik`, `tushundim`, `түшүндүк`): what the writer did, before the thanks.
const firstPersonPast = new EndingSet(['dik', 'tik', 'dim', 'tim', 'дик', 'тик', 'дим', 'тим', 'дық', 'тық', 'дік', 'тік', 'дым', 'тым', 'дім', 'тім', 'дук', 'дүк', 'тук', 'түк', 'дум', 'дүм', 'тум', 'түм', 'дык', 'тык']);

/**
 * Within the three words after token `i` (same line, spaces only) a verb of wishing (`рахмет балауса денсаулық
 * тілеймін`), or a person noun said of the one thanked (`rahmat qunduz yaxshi yigit`, `рахмет балауса жақсы жігіт`).
 */
function wishedOrJudged(text: string, tokens: readonly Token[], folded: readonly string[], i: number): boolean {
  for (let j = i + 1; j <= i + 3 && j < tokens.length; j++) {
    if (!onlySpaces(text, tokens[j - 1]!.end, tokens[j]!.start, 2)) return false;
    if (wishVerb(folded[j]!) || (j > i + 1 && personNoun(folded[j]!))) return true;
  }
  return false;
}

/**
 * Token `i`, lower case, is a listed given name that is also an everyday word (`lola`, `yulduz`, `сәуле`; no place, no
 * ending) and what the person did follows within three words (`rahmat lola tez yetkazdi`); `rahmat bahor keldi`
 * ("spring came") names nobody: coming right after the word is deedFollows()'s exception.
 */
function everydayNameDoing(text: string, tokens: readonly Token[], folded: readonly string[], words: readonly WordInfo[], i: number, resources: NameResources): boolean {
  const token = tokens[i]!;
  const word = folded[i]!;
  if (token.hasDigit || word.length < 4 || text.charCodeAt(token.start) !== word.charCodeAt(0)) return false;
  const evidence = words[i]!.evidence(token.cyrillic, resources, true);
  if ((evidence.nameFlags & WordFlag.First) === 0 || evidence.stopFlags !== 0 || evidence.endingLength !== 0 || evidence.placeName === true || resources.commonWords.has(word)) return false;
  return deedFollows(text, tokens, folded, i, (j) => deedAfter(tokens, folded, token.cyrillic, j, resources));
}
