// Cue phrases around words: greetings, introductions, role words, reporting verbs, honorifics after a name.

import type { Token } from '../../text/tokenize.js';
import { opensChatMessage } from './chat-openings.js';
import { misspeltCueWord } from './cue-typos.js';
import { oneSlip } from './slips.js';
import { answerAfterSpeakerLabel, cueGap, onlySpaces, questionGap, roleGap } from './gaps.js';
import { CueWord, type NameResources } from './resources.js';
import { EndingSet } from './suffixes.js';
import { WordBit } from './vocabulary.js';

export const Cue = { None: 0, Weak: 1, Strong: 2, Role: 3, Verb: 4, Intro: 5 } as const;

export function markCues(
  text: string,
  tokens: readonly Token[],
  folded: readonly string[],
  wordCues: ArrayLike<number>,
  wordBits: ArrayLike<number>,
  resources: NameResources,
  cueBefore: Uint8Array,
  cueAfter: Uint8Array,
): void {
  const count = tokens.length;
  for (let j = 0; j < count; j++) {
    // WordInfo.cue and .bits of each token's word (`folded[j]`).
    let kinds = wordCues[j]!;
    let word = folded[j]!;
    // The end of a cue phrase misspelt already: no other word of the phrase may be.
    let slipped = false;
    if (kinds === 0) {
      if (j > 0 && wordBits[j]! & WordBit.HonorificWithEnding && honorificWithEnding(text, tokens, j)) cueAfter[j - 1] = 1;
      if (!(wordBits[j]! & WordBit.MisspeltCue)) continue;
      // `спассибо алишер`, `Operattor Azamat`, `меннің атыым толқын`, `Данаға үллкен рақмет` (cue-typos.ts): read as
      // the cue word it misspells; a chat spelling of a greeting (`салям`) cues the word after it.
      const target = misspeltCueWord(word, resources)!;
      kinds = resources.cueWords.get(target) ?? 0;
      if (kinds === 0) {
        if (j + 1 < count && cueBefore[j + 1] === 0 && cueGap(text, tokens[j]!.end, tokens[j + 1]!.start)) cueBefore[j + 1] = Cue.Strong;
        continue;
      }
      word = target;
      slipped = true;
    }
    const next = j + 1 < count ? tokens[j + 1]! : undefined;
    if (next && kinds & CueWord.PhraseEnd) {
      const plainGap = cueGap(text, tokens[j]!.end, next.start);
      const askGap = !plainGap && questionGap(text, tokens[j]!.end, next.start);
      if (plainGap || askGap) {
        for (const phrase of resources.cuesBefore.get(word)!) {
          if (phrase.question === askGap && phraseEndsNear(text, tokens, folded, phrase.words, j, slipped)) {
            let kind: number = phrase.intro ? Cue.Intro : phrase.strong ? Cue.Strong : Cue.Weak;
            const first = j - phrase.words.length + 1;
            if (phrase.opening && opensChatMessage(text, tokens, folded, first, j + 1, cueBefore[first] === Cue.Strong)) kind = Cue.Strong;
            // Intro outranks the rest; otherwise the stronger cue wins.
            const current = cueBefore[j + 1]!;
            if (current !== Cue.Intro && (kind === Cue.Intro || kind > current || current === Cue.Verb)) cueBefore[j + 1] = kind;
          }
        }
      }
    }
    // `Как к вам обращаться?` / `Ismingizni ayting.`, then the next speaker's line: `Клиент: Ованес`.
    if (next && kinds & CueWord.QuestionEnd) {
      for (const phrase of resources.cuesBefore.get(word)!) {
        if (!phrase.question || !phraseEndsNear(text, tokens, folded, phrase.words, j, slipped)) continue;
        const answer = answerAfterSpeakerLabel(text, tokens, j);
        if (answer !== -1) cueBefore[answer] = Cue.Intro;
        break;
      }
    }
    // `Оператор Анна`, not `Оператор: Здравствуйте` (a colon ends the speaker label).
    if (next && kinds & CueWord.Role && roleGap(text, tokens[j]!.end, next.start)) cueBefore[j + 1] = Cue.Role;
    if (kinds & CueWord.Verb) {
      // `Клинсман заявил` / `сказал Хоровитц`: only across a space or a comma.
      if (j > 0 && cueGap(text, tokens[j - 1]!.end, tokens[j]!.start) && cueAfter[j - 1] === 0) cueAfter[j - 1] = 2;
      // `Брод также напомнил`, `Smith also said`: one adverb between the name and its verb.
      if (j > 1 && adverbBeforeVerb(text, tokens, folded, j) && cueAfter[j - 2] === 0) cueAfter[j - 2] = 2;
      if (next && kinds & CueWord.VerbBefore && cueGap(text, tokens[j]!.end, next.start) && cueBefore[j + 1] === 0) cueBefore[j + 1] = Cue.Verb;
    }
    // `ильгизар позвоните`: a request to call marks the word before it (3), checked only for lower-case words.
    if (j > 0 && kinds & CueWord.CallVerb && cueAfter[j - 1] === 0 && onlySpaces(text, tokens[j - 1]!.end, tokens[j]!.start, 2)) cueAfter[j - 1] = 3;
    // An honorific is no name itself (`мейіргүл апайға үлкен рахмет`): it marks the word before it.
    if (j > 0 && kinds & CueWord.After && !(wordBits[j - 1]! & WordBit.HonorificWithEnding || resources.honorifics.has(folded[j - 1]!)) && !objectBeforeTaking(word, folded[j - 1]!)) {
      const previous = tokens[j - 1]!;
      if (onlySpaces(text, previous.end, tokens[j]!.start, 2) || text[previous.end] === '-') cueAfter[j - 1] = 1;
    }
  }
}

// `Umiddan oldim` ("I got it from Umid"), not `2 dona oldim`, `Olma oldim`: before a first-person past verb (the
// taking words of name-after.txt) only a word in the ablative is a person.
const firstPersonPast = new EndingSet(['dim', 'дим', 'дым', 'дім', 'тим', 'тым', 'тім']);
const ablative = new EndingSet(['dan', 'дан', 'ден', 'дән', 'тан', 'тен', 'нан', 'нен', 'дон', 'дөн', 'тон', 'төн']);
function objectBeforeTaking(verb: string, before: string): boolean {
  return firstPersonPast.test(verb) && !ablative.test(before);
}

// Adverbs and particles that stand between a subject and its reporting verb (a closed word class); the negation
// too (`Бринкер не признал`, `Smith never said`): the verb still has a person for its subject.
const verbAdverbs = new Set(['также', 'тоже', 'уже', 'ещё', 'еще', 'же', 'вновь', 'снова', 'лично', 'сам', 'сама', 'тогда', 'позже', 'затем', 'не', 'ранее', 'накануне', 'неоднократно', 'публично', 'открыто', 'впервые', 'also', 'then', 'later', 'once', 'again', 'never']);

/** Token `j - 1` is such an adverb, with only spaces around it and a word before it. */
function adverbBeforeVerb(text: string, tokens: readonly Token[], folded: readonly string[], j: number): boolean {
  return verbAdverbs.has(folded[j - 1]!) && onlySpaces(text, tokens[j - 1]!.end, tokens[j]!.start, 2) && cueGap(text, tokens[j - 2]!.end, tokens[j - 1]!.start);
}

export function phraseEndsAt(text: string, tokens: readonly Token[], folded: readonly string[], words: readonly string[], end: number): boolean {
  const first = end - words.length + 1;
  if (first < 0) return false;
  for (let k = 0; k < words.length; k++) {
    if (folded[first + k] !== words[k]) return false;
    if (k > 0 && !onlySpaces(text, tokens[first + k - 1]!.end, tokens[first + k]!.start, 3)) return false;
  }
  return true;
}

/**
 * phraseEndsAt, except that one word of the phrase may be misspelt (slips.ts): a word of four letters or more before
 * the last (`меян зовут`, `my naem is`), or the last (`slipped`: markCues read it as the cue word it misspells).
 */
function phraseEndsNear(text: string, tokens: readonly Token[], folded: readonly string[], words: readonly string[], end: number, slipped: boolean): boolean {
  const first = end - words.length + 1;
  if (first < 0) return false;
  for (let k = 0; k < words.length; k++) {
    if (k + 1 < words.length && folded[first + k] !== words[k]) {
      if (slipped || words[k]!.length < 4 || !oneSlip(folded[first + k]!, words[k]!)) return false;
      slipped = true;
    }
    if (k > 0 && !onlySpaces(text, tokens[first + k - 1]!.end, tokens[first + k]!.start, 3)) return false;
  }
  return true;
}

// Case and possessive endings an honorific takes after a name (`Эльбрус атаның`, `Клара апамыз`, `Jasur akaga`).
const honorificEndings = new Set(['ның', 'нің', 'нын', 'нин', 'ға', 'ге', 'га', 'ка', 'ны', 'ні', 'ни', 'мен', 'мыз', 'міз', 'быз', 'сы', 'сі', 'ы', 'і', 'м', 'ң', 'ning', 'ga', 'ni', 'miz', 'ngiz', 'дан', 'ден', 'нан', 'нен', 'да', 'де', 'лар', 'лар', 'лер', 'ңыз', 'ңіз', 'мыздың', 'міздің']);

/**
 * Token `j` is an honorific with an ending (WordBit.HonorificWithEnding), one or two spaces after a word: capitalised
 * or not (`oybek akaga rahmat`, `мейіргүл апайға`), the scoring then asks the lists, the word's shape or, for a
 * lower-case word on no list, chat.ts unlistedChatName.
 */
function honorificWithEnding(text: string, tokens: readonly Token[], j: number): boolean {
  const previous = tokens[j - 1]!;
  return onlySpaces(text, previous.end, tokens[j]!.start, 2);
}

/** The folded word is an honorific written after a name with a case or possessive ending (`атаның`, `akaga`). */
export function isHonorificWithEnding(word: string, resources: NameResources): boolean {
  if (word.length < 4) return false;
  const honorifics = resources.cuesAfterByInitial.get(word.charCodeAt(0));
  if (honorifics === undefined) return false;
  for (const honorific of honorifics) {
    if (word.length > honorific.length && word.startsWith(honorific) && honorificEndings.has(word.slice(honorific.length))) return true;
  }
  return false;
}
