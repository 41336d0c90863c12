// Dialogues typed in lower case: the speaker a line's label names (`менеджер зармина: …`, `operator zarmira: …`,
// `зармина: номер заказа …` in a dialogue whose other lines carry role labels), the person thanked or greeted at the
// end of a clause (`спасибо, зармина!`, `rahmat, yulduz.`, `көмектескенімізге қуаныштымыз, зармир!`), and that same
// word wherever else the dialogue says it. Capitalised dialogues are read by the scan and label-addressees.ts; in
// lower case, a given name that is also a word (`яна`, `yulduz`, `ислам`) or on no list is left out there.

import type { Token } from '../../text/tokenize.js';
import type { Span } from '../../types.js';
import { foldWord } from '../../text/normalize.js';
import { readsEnglish } from './english.js';
import { foldedWordSet } from './folded-words.js';
import { WordFlag } from './lexicon.js';
import { CueWord, type NameResources } from './resources.js';
import { typoOfCommonWord } from './typos.js';
import { passGateBits, WordBit, type WordInfo } from './vocabulary.js';
import { nameWeights } from './weights.js';

let lineOpenerWords: ReadonlySet<string> | undefined;
function lineOpener(word: string): boolean {
  lineOpenerWords ??= foldedWordSet('cues/name-label-line-openers.txt');
  return lineOpenerWords.has(word);
}

// "Glad we could help", the last word before the name a service line thanks the customer by in Russian, Uzbek,
// Kazakh and Kyrgyz (`рады были помочь, …!`, `yordam berganimizdan xursandmiz, …!`).
const gladWords: ReadonlySet<string> = new Set(['помочь', 'xursandmiz', 'хурсандмиз', 'қуаныштымыз', 'кубанычтабыз', 'қуанамыз', 'кубанабыз'].map(foldWord));

// First-person endings of Uzbek, Kazakh and Kyrgyz verbs after the stem's vowel (`eshitaman`, `тексеремін`,
// `күтөбүз`), long enough to leave names in -ман/-мин out (`калыйман`, `ясмин`, `амин`).
const firstPersonVerb = /^(?:.{3,}[aiy]man|.{2,}[аеиоуыөүәі]м[ыіиуү]н|.{3,}[аиэ]ман|.+(?:miz|мыз|міз|миз|быз|біз|буз|бүз|пыз|піз))$/u;

const enum Frame {
  /** `менеджер зармина:`: a role label and one word before the colon. */
  RoleNamed = 1,
  /** `зармина:`: one word before the colon, in a dialogue with role labels. */
  Bare = 2,
  /** `спасибо, зармина!` */
  Vocative = 3,
}

/** Whether the text may hold a lower-case dialogue line label (`: ` after a word): the caller's cheap gate. */
export function mayHaveLowerDialogue(text: string): boolean {
  return text.includes(': ') || text.includes(', ');
}

/**
 * Speaker names of lower-case dialogue lines and the customers thanked or greeted at a clause's end, then every other
 * lower-case mention of the same word. A word on no list (nor shaped like a given name) from a bare label or a
 * vocative needs to come up twice in the text; a role label's word needs only to be no everyday word, cue or role.
 */
export function findLowerDialogueNames(text: string, tokens: readonly Token[], folded: readonly string[], words: readonly WordInfo[], spans: Span[], resources: NameResources, turkic: boolean, cyrillic: boolean): void {
  // English dialogues are en-*.ts's: `thanks, mate!` is no name.
  if (!turkic && !cyrillic && readsEnglish(folded, resources.chatWords.englishFunctionWords)) return;
  const count = tokens.length;
  let roleLines = 0;
  let candidates: number[] | undefined;
  let frames: number[] | undefined;
  for (let k = 0; k < count; k++) {
    const token = tokens[k]!;
    if (token.hasDigit || text.charCodeAt(token.start) !== folded[k]!.charCodeAt(0)) continue;
    const end = token.end;
    const code = text.charCodeAt(end);
    if (code === 58 /* : */ && opensLine(text, token.start)) {
      if (words[k]!.bits & WordBit.SpeakerLabel) roleLines++;
      else ((candidates ??= []).push(k), (frames ??= []).push(Frame.Bare));
      continue;
    }
    if (code === 32 && k + 1 < count && tokens[k + 1]!.start === end + 1 && text.charCodeAt(tokens[k + 1]!.end) === 58 && opensLine(text, token.start) && words[k]!.bits & WordBit.SpeakerLabel) {
      roleLines++;
      const next = tokens[k + 1]!;
      if (!next.hasDigit && text.charCodeAt(next.start) === folded[k + 1]!.charCodeAt(0)) ((candidates ??= []).push(k + 1), (frames ??= []).push(Frame.RoleNamed));
      k++;
      continue;
    }
    if (k > 0 && closesClause(text, end) && text.charCodeAt(token.start - 1) === 32 && text.charCodeAt(token.start - 2) === 44 && tokens[k - 1]!.end === token.start - 2 && thanksOrGreeting(folded[k - 1]!, words[k - 1]!, resources)) {
      ((candidates ??= []).push(k), (frames ??= []).push(Frame.Vocative));
    }
  }
  if (candidates === undefined) return;
  // How often each candidate word stands in the text outside a line's label (`izoh:` on every line is a form's
  // field, not a person): one pass, so a long dialogue stays linear.
  const mentions = new Map<string, number>();
  for (const k of candidates) mentions.set(folded[k]!, 0);
  for (let k = 0; k < count; k++) {
    const seen = mentions.get(folded[k]!);
    if (seen !== undefined && !(text.charCodeAt(tokens[k]!.end) === 58 && (opensLine(text, tokens[k]!.start) || (k > 0 && opensLine(text, tokens[k - 1]!.start))))) mentions.set(folded[k]!, seen + 1);
  }
  let names: Set<string> | undefined;
  for (let c = 0; c < candidates.length; c++) {
    const k = candidates[c]!;
    const frame = frames![c]!;
    if (frame === Frame.Bare && roleLines === 0) continue;
    if (names?.has(folded[k]!)) continue;
    const strength = nameLike(tokens, folded, words, k, resources, turkic);
    if (strength === Strength.None) continue;
    // A bare label's word said nowhere else but in labels, or a vocative said once, needs a list or a name's shape.
    if (strength === Strength.Unlisted && frame !== Frame.RoleNamed && mentions.get(folded[k]!)! < (frame === Frame.Bare ? 1 : 2)) continue;
    (names ??= new Set()).add(folded[k]!);
  }
  if (names === undefined) return;
  // The scan's spans by start (the passes before may have appended out of order), to skip covered tokens.
  const sorted = spans.slice().sort((a, b) => a.start - b.start);
  let added = false;
  let s = 0;
  for (let k = 0; k < count; k++) {
    const token = tokens[k]!;
    if (!names.has(folded[k]!) || text.charCodeAt(token.start) !== folded[k]!.charCodeAt(0)) continue;
    while (s < sorted.length && sorted[s]!.end <= token.start) s++;
    if (s < sorted.length && sorted[s]!.start < token.end) {
      const covering = sorted[s]!;
      if (covering.start === token.start && covering.end === token.end && covering.score < nameWeights.lowerVocative) covering.score = nameWeights.lowerVocative;
      continue;
    }
    spans.push({ start: token.start, end: token.end, type: 'NAME', score: nameWeights.lowerVocative, source: 'name:cue', normalized: folded[k]! });
    added = true;
  }
  if (added) spans.sort((a, b) => a.start - b.start);
}

export const enum Strength {
  None,
  /** On no list and not shaped like a given name: only a role label or a second mention makes it a name. */
  Unlisted,
  /** A listed given name (one that is also a word included) or a word shaped like one. */
  Listed,
}

/** Whether token `k` could be a person's name at all, and on what evidence of its own. */
export function nameLike(tokens: readonly Token[], folded: readonly string[], words: readonly WordInfo[], k: number, resources: NameResources, turkic: boolean): Strength {
  const token = tokens[k]!;
  const word = folded[k]!;
  if (word.length < 3 || token.end - token.start !== word.length || word.includes('-')) return Strength.None;
  // The line openers are Turkic and English words (Uzbek `яна` "again" is the Russian given name Яна).
  if ((turkic || !token.cyrillic) && lineOpener(word)) return Strength.None;
  if (resources.roles.has(word) || resources.speakerLabels.has(word)) return Strength.None;
  const info = words[k]!;
  const evidence = info.evidence(token.cyrillic, resources, turkic);
  if (evidence.stopFlags & WordFlag.Place) return Strength.None;
  // The big English and international lists hold everyday English words (`mate`, `will`): listed there only, a
  // word is as good as unlisted.
  if (evidence.nameFlags & WordFlag.First && !evidence.latinList) return Strength.Listed;
  if (evidence.nameFlags & WordFlag.First) return firstPersonVerb.test(word) ? Strength.None : Strength.Unlisted;
  if (info.cue !== 0 || resources.cueWords.has(word) || evidence.stopFlags !== 0 || (info.bits & ~passGateBits & ~WordBit.SurnameLike) !== 0) return Strength.None;
  if (token.cyrillic && (resources.commonWords.has(word) || typoOfCommonWord(word, resources.commonWords))) return Strength.None;
  if (!token.cyrillic && resources.chatWords.englishFunctionWords.has(word)) return Strength.None;
  // `eshitaman`, `күтемін`: a verb in the first person closes a greeting's clause too.
  if (firstPersonVerb.test(word)) return Strength.None;
  return evidence.nameShape || info.givenShape() > 0 ? Strength.Listed : Strength.Unlisted;
}

function thanksOrGreeting(word: string, info: WordInfo, resources: NameResources): boolean {
  if (info.bits & (WordBit.RussianThanks | WordBit.TurkicThanks)) return true;
  if (gladWords.has(word)) return true;
  return ((resources.cueWords.get(word) ?? 0) & CueWord.PhraseEnd) !== 0;
}

/** `!`, `.` or `?` right after the word, then a space, a line break or the text's end. */
function closesClause(text: string, end: number): boolean {
  const code = text.charCodeAt(end);
  if (code !== 33 && code !== 46 && code !== 63) return false;
  const next = text.charCodeAt(end + 1);
  return end + 1 >= text.length || next === 32 || next === 10 || next === 13;
}

export function opensLine(text: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i--;
  return i < 0 || text.charCodeAt(i) === 10 || text.charCodeAt(i) === 13;
}
