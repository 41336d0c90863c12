// The name scan: tokens → per-word evidence → runs of adjacent name words → scored spans with base forms.

import type { Span } from '../../types.js';
import { foldText, foldWord, isApostrophe } from '../../text/normalize.js';
import { tokenize, type Token } from '../../text/tokenize.js';
import { analyzeWord, type WordEvidence } from './analyze.js';
import { StemMatcher, WordFlag } from './lexicon.js';
import { Morph } from './morphology.js';
import { CueWord, type NameResources } from './resources.js';
import { latinSuffixes, turkicSuffixes } from './suffixes.js';

/** Evidence weights. One place to tune; the tenant threshold (default 0.5) applies to the final span score. */
export const nameWeights = {
  known: 0.95,
  first: 0.7,
  firstAmbiguous: 0.55,
  firstAmbiguousAtSentenceStart: 0.35,
  lowerFirstAfterCue: 0.75,
  lowerContinuation: 0.5,
  lowerAfterIntro: 0.6,
  lowerVocative: 0.55,
  lowerPairStart: 0.45,
  repeatedMention: 0.8,
  surnameList: 0.6,
  patronymic: 0.75,
  surname: 0.62,
  surnameAtSentenceStart: 0.52,
  weakSurname: 0.35,
  nameShape: 0.55,
  unknownCapital: 0.3,
  unknownCapitalAtSentenceStart: 0.15,
  initial: 0.2,
  unknownPair: 0.55,
  unknownPairAtSentenceStart: 0.5,
  // Bonuses added to the strongest word of a run.
  severalWords: 0.15,
  quotedPenalty: 0.25,
  houseNumberPenalty: 0.3,
  placePrepositionPenalty: 0.15,
  latinNameInCyrillicText: 0.4,
  initialWithWord: 0.3,
  strongCue: 0.4,
  weakCue: 0.25,
  roleCue: 0.4,
  afterCue: 0.35,
  verbCue: 0.3,
  pastTenseCue: 0.2,
  roleCueForUnknown: 0.15,
  speakerPrefixForUnknown: 0.15,
  speakerPrefix: 0.3,
  /** Runs scoring below this are not reported at all (the resolver applies the tenant threshold after). */
  emitFloor: 0.3,
} as const;

const Cue = { None: 0, Weak: 1, Strong: 2, Role: 3, Verb: 4, Intro: 5 } as const;

// Words that join parts of one name: Kyrgyz/Kazakh/Uzbek patronymic words and Arabic/European particles.
const patronymicWords = new Set(['уулу', 'кызы', 'ұлы', 'қызы', 'улы', "o'g'li", "o'gli", 'ogli', 'qizi', 'ўғли', 'қизи', 'угли', 'оглы', 'uulu', 'kyzy', 'uly', 'gizi']);
/** `уулу`, `o‘g‘li`, and with a case ending (`o‘g‘liga`, `уулуна`, `кызынын`). */
const patronymicPrefixes = new Set([...patronymicWords].map((word) => word.slice(0, 3)));
const patronymicInitials = new Set([...patronymicWords].map((word) => word.charCodeAt(0)));
function isPatronymicWord(word: string): boolean {
  if (word.length < 3 || word.length > 12 || !patronymicInitials.has(word.charCodeAt(0)) || !patronymicPrefixes.has(word.slice(0, 3))) return false;
  if (patronymicWords.has(word)) return true;
  for (let cut = 1; cut <= 5 && cut < word.length - 3; cut++) if (patronymicWords.has(word.slice(0, word.length - cut))) return true;
  return false;
}

// Cheap pre-check before analysing a lower-case word after a name: does it end like a surname or patronymic?
const surnameLikeEnding = /(?:ов|ев|ова|ева|ин|ина|ович|евич|овна|евна|ұлы|қызы|ov|ev|ova|eva|yev|yeva|ovich|evich|ovna|evna|ovа)[а-яәғқңөұүһіa-z']{0,5}$/u;
function lowerContinuation(word: string): boolean {
  return word.length >= 4 && surnameLikeEnding.test(word);
}

const particles = new Set(['ибн', 'ibn', 'bin', 'бин', 'бен', 'van', 'von', 'der', 'de', 'da', 'del', 'di', 'du', 'dos', 'фон', 'ван', 'дер', 'де', 'ди', 'да', 'дю', 'ле', 'ла', 'ал', 'аль', 'эль', 'әл', 'al', 'ad', 'el', 'la', 'le']);

// Titles written with a dot: the dot does not end the sentence before the name (`Dr. Kyle Kuefer`).
const titleAbbreviations = new Set(['mr', 'mrs', 'ms', 'dr', 'prof', 'г-н', 'г-жа', 'st', 'sr', 'jr']);

const WordKind = { None: 0, Name: 1, Initial: 2, Patronymic: 3, Particle: 4 } as const;
type WordKind = (typeof WordKind)[keyof typeof WordKind];

interface WordScore {
  kind: WordKind;
  score: number;
  base: string;
  source: 'known' | 'gazetteer' | 'morphology' | 'cue' | 'capital';
  /** The name ends here: a Kazakh case ending, or a surname/patronymic after which only listed names may follow. */
  closes?: 'ending' | 'surname';
  /** A listed first name. */
  given?: boolean;
  /** Patronymic by its ending (`Ойбековна`, `Берікұлы`). */
  patronymic?: boolean;
}

// Kazakh derivational, plural and possessive endings: a capitalised unknown word with one is a compound noun or
// title word (`Әкімшілігі`, `Ұлттар`, `Еуразиялық`), not a name.
const turkicNounEnding = /(?:лық|лік|дық|дік|тық|тік|шы|ші|сы|сі|лар|лер|дер|тер|ған|ген|қан|кен|ғы|гі|ғын|гін|нан|нен|дан|ден|тан|тен|ның|нің|дың|дің|тың|тің|ға|ге|қа|ке|да|де|та|те|ды|ді|ты|ті|ны|ні|мыз|міз|не|на|сіне|сына)$/u;

// Letters only Kazakh, Kyrgyz, Uzbek or Tajik Cyrillic use: their case endings are safe to strip in such text.
const turkicLetters = /[әғқңөұүһіўҳӣӯҷӘҒҚҢӨҰҮҺІЎҲӢӮҶ]/u;

// Russian adjective endings: a capitalised unknown word with one is a place or organisation adjective
// (`Русской службе`, `Нижний Новгород`), not a surname.
const adjectiveEnding = /(?:ый|ий|ой|ая|яя|ое|ее|ые|ие|ого|его|ому|ему|ым|им|ыми|ими|ую|юю|ых|их|ской|ского|скому|ским|ском)$/u;

const none: WordScore = { kind: WordKind.None, score: 0, base: '', source: 'capital' };

/** Spaces only (no line break), at most `max` of them. */
function onlySpaces(text: string, from: number, to: number, max: number): boolean {
  if (to - from > max || to <= from) return false;
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    if (code !== 32 && code !== 0xa0 && code !== 9 && code !== 0x202f) return false;
  }
  return true;
}

// Between a greeting and a name: spaces, commas, colons, dashes, exclamation marks (`Здравствуйте, Дильноза!`).
function cueGap(text: string, from: number, to: number): boolean {
  if (to - from > 4 || to <= from) return false;
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    if (!(code === 32 || code === 0xa0 || code === 44 || code === 58 || code === 45 || code === 0x2014 || code === 0x2013 || code === 33 || code === 46)) return false;
  }
  return true;
}

/** Names known for a document (ctx.knownNames), found again lower-cased or inflected. */
function roleGap(text: string, from: number, to: number): boolean {
  return onlySpaces(text, from, to, 2) || (to - from <= 3 && /^\s*[-–—]\s*$/u.test(text.slice(from, to)));
}

export class KnownNames {
  readonly #matcher = new StemMatcher();
  constructor(names: readonly string[]) {
    for (const name of names) {
      for (const word of name.split(/[\s,]+/u)) {
        const folded = foldWord(word.replace(/[^\p{L}\p{M}'’‘ʻ-]/gu, ''));
        if (folded.length >= 2) this.#matcher.add(folded);
      }
    }
  }
  get size(): number {
    return this.#matcher.size;
  }
  find(folded: string, cyrillic: boolean): string | undefined {
    const base = this.#matcher.find(folded, cyrillic ? turkicSuffixes : latinSuffixes, 2);
    // The base keeps the script of the known name; a match in the other script keeps the word's own stem.
    return base;
  }
}

export function scanNames(text: string, resources: NameResources, known: KnownNames | undefined): Span[] {
  const tokens = tokenize(text);
  const count = tokens.length;
  if (count === 0) return [];
  const folded: string[] = new Array<string>(count);
  const foldedText = foldText(text);
  for (let i = 0; i < count; i++) {
    const token = tokens[i]!;
    folded[i] = foldedText === undefined ? foldWord(text.slice(token.start, token.end)) : foldedText.slice(token.start, token.end);
  }

  const cueBefore = new Uint8Array(count);
  const cueAfter = new Uint8Array(count);
  markCues(text, tokens, folded, resources, cueBefore, cueAfter);

  let turkic = turkicLetters.test(text);
  for (let i = 0; i < count && !turkic; i++) if (resources.turkicMarkerShapes.mayContain(folded[i]!) && resources.turkicMarkers.has(folded[i]!)) turkic = true;
  let cyrillicWords = 0;
  for (const token of tokens) if (token.cyrillic) cyrillicWords++;
  // In Cyrillic text, capitalised Latin words are mostly brands and media (Lenta.ru, NEWSru, MySQL).
  const mostlyCyrillic = cyrillicWords * 3 > count * 2;
  const scores: WordScore[] = new Array<WordScore>(count);
  for (let i = 0; i < count; i++) {
    scores[i] = scoreWord(text, tokens, folded, i, resources, known, cueBefore[i]!, cueAfter[i]!, turkic, mostlyCyrillic, i > 0 ? scores[i - 1] : undefined);
  }

  const spans: Span[] = [];
  let i = 0;
  while (i < count) {
    if (scores[i]!.kind !== WordKind.Name && scores[i]!.kind !== WordKind.Initial) {
      i++;
      continue;
    }
    let last = i;
    let hasGiven = scores[i]!.given === true;
    while (last + 1 < count && joins(text, tokens, scores, last, hasGiven)) {
      last++;
      if (scores[last]!.given) hasGiven = true;
    }
    let first = i;
    // `Смерть Егора`, `Когда Алишер`: an unknown capitalised sentence opener is not the first part of the name.
    if (first < last && scores[first]!.score < 0.5 && !scores[first]!.given && tokens[first]!.sentenceStart && scores[first + 1]!.given) first++;
    // `губернатор Приморья Сергей Дарькин`, `Президент ФИФА Зепп Блаттер`: an unknown word before a given name
    // is the organisation the person belongs to.
    while (first < last && scores[first]!.source === 'capital' && scores[first + 1]!.given) first++;
    const span = scoreRun(text, tokens, folded, scores, first, last, resources, cueBefore, cueAfter);
    if (span) spans.push(span);
    i = last + 1;
  }
  if (spans.length > 0) findRepeatedMentions(text, tokens, folded, scores, spans, turkic);
  return spans;
}

/**
 * A name found once in a document is found again elsewhere in it, alone, inflected or lower-cased
 * (`Исаков Жолон Сүйүнбай уулу … Жолон!`, `Jasur … jasurga`). Adds spans in place.
 */
function findRepeatedMentions(
  text: string,
  tokens: readonly Token[],
  folded: readonly string[],
  scores: readonly WordScore[],
  spans: Span[],
  turkic: boolean,
): void {
  // Words with their own evidence are found again in any case; unknown capitalised words joined to a name
  // (`Лофнер` in `Джаред Лофнер`) only when capitalised again (so `Davis Orchestra` does not make `orchestra` a name).
  const mentions = new StemMatcher();
  const capitalMentions = new StemMatcher();
  const covered = new Uint8Array(tokens.length);
  let k = 0;
  for (const span of spans) {
    if (span.score < 0.5) continue;
    while (k < tokens.length && tokens[k]!.end <= span.start) k++;
    for (let t = k; t < tokens.length && tokens[t]!.start < span.end; t++) {
      covered[t] = 1;
      // Only real name words seed the search: not initials, particles or patronymic words.
      if (scores[t]!.kind !== WordKind.Name || scores[t]!.base.length < 3) continue;
      (scores[t]!.score >= 0.5 ? mentions : capitalMentions).add(scores[t]!.base);
    }
  }
  if (mentions.size === 0 && capitalMentions.size === 0) return;
  const added: Span[] = [];
  for (let t = 0; t < tokens.length; t++) {
    if (covered[t] || tokens[t]!.hasDigit || folded[t]!.length < 3 || scores[t]!.score >= 0.5) continue;
    const suffixes = tokens[t]!.cyrillic ? turkicSuffixes : latinSuffixes;
    let base = mentions.mayStartWith(folded[t]!) ? mentions.find(folded[t]!, suffixes, 2) : undefined;
    if (base === undefined && text.charCodeAt(tokens[t]!.start) !== folded[t]!.charCodeAt(0) && capitalMentions.mayStartWith(folded[t]!)) {
      base = capitalMentions.find(folded[t]!, suffixes, 2);
    }
    if (base === undefined || !mentionEndingAllowed(folded[t]!, base, turkic)) continue;
    added.push({ start: tokens[t]!.start, end: withoutPossessive(text, tokens[t]!.start, tokens[t]!.end), type: 'NAME', score: nameWeights.repeatedMention, source: 'name:known', normalized: base });
  }
  if (added.length === 0) return;
  spans.push(...added);
  spans.sort((a, b) => a.start - b.start);
}

// In Russian text a one-letter ending on a short stem is too loose (`Ан` → `Ана`); require the stem to be long.
function mentionEndingAllowed(word: string, base: string, turkic: boolean): boolean {
  return turkic || word.length - base.length <= 3;
}

function markCues(
  text: string,
  tokens: readonly Token[],
  folded: readonly string[],
  resources: NameResources,
  cueBefore: Uint8Array,
  cueAfter: Uint8Array,
): void {
  const count = tokens.length;
  for (let j = 0; j < count; j++) {
    const word = folded[j]!;
    if (!resources.cueShapes.mayContain(word)) continue;
    const kinds = resources.cueWords.get(word);
    if (kinds === undefined) continue;
    const next = j + 1 < count ? tokens[j + 1]! : undefined;
    if (next && kinds & CueWord.PhraseEnd) {
      const phrases = resources.cuesBefore.get(word)!;
      if (cueGap(text, tokens[j]!.end, next.start)) {
        for (const phrase of phrases) {
          if (phraseEndsAt(text, tokens, folded, phrase.words, j)) {
            const kind = phrase.intro ? Cue.Intro : phrase.strong ? Cue.Strong : Cue.Weak;
            // Intro outranks the rest; otherwise the stronger cue wins.
            const current = cueBefore[j + 1]!;
            if (current !== Cue.Intro && (kind === Cue.Intro || kind > current || current === Cue.Verb)) cueBefore[j + 1] = kind;
          }
        }
      }
    }
    // `Оператор Анна`, not `Оператор: Здравствуйте` (a colon ends the speaker label).
    if (next && kinds & CueWord.Role && roleGap(text, tokens[j]!.end, next.start)) cueBefore[j + 1] = Cue.Role;
    if (kinds & CueWord.Verb) {
      // `Клинсман заявил` / `сказал Хоровитц`: only across a space or a comma.
      if (j > 0 && cueGap(text, tokens[j - 1]!.end, tokens[j]!.start) && cueAfter[j - 1] === 0) cueAfter[j - 1] = 2;
      if (next && kinds & CueWord.VerbBefore && cueGap(text, tokens[j]!.end, next.start) && cueBefore[j + 1] === 0) cueBefore[j + 1] = Cue.Verb;
    }
    if (j > 0 && kinds & CueWord.After) {
      const previous = tokens[j - 1]!;
      if (onlySpaces(text, previous.end, tokens[j]!.start, 2) || text[previous.end] === '-') cueAfter[j - 1] = 1;
    }
  }
}

function phraseEndsAt(text: string, tokens: readonly Token[], folded: readonly string[], words: readonly string[], end: number): boolean {
  const first = end - words.length + 1;
  if (first < 0) return false;
  for (let k = 0; k < words.length; k++) {
    if (folded[first + k] !== words[k]) return false;
    if (k > 0 && !onlySpaces(text, tokens[first + k - 1]!.end, tokens[first + k]!.start, 3)) return false;
  }
  return true;
}

function scoreWord(
  text: string,
  tokens: readonly Token[],
  folded: readonly string[],
  i: number,
  resources: NameResources,
  known: KnownNames | undefined,
  cue: number,
  after: number,
  turkic: boolean,
  mostlyCyrillic: boolean,
  previous: WordScore | undefined,
): WordScore {
  const token = tokens[i]!;
  if (token.hasDigit) return none;
  const word = folded[i]!;
  // Fast exit for the common case: a lower-case word with no cue, no known names and no name-like neighbour.
  // `folded` is the lower-cased text: a first letter equal to its folded form is lower case.
  const firstCode = text.charCodeAt(token.start);
  const lower = firstCode === word.charCodeAt(0) || firstCode === 0x451;
  let lowerRole: 'continuation' | 'vocative' | 'pair' | 'surnameFirst' | undefined;
  if (lower && cue !== Cue.Strong && cue !== Cue.Intro && cue !== Cue.Role && after !== 1 && (known === undefined || known.size === 0)) {
    if (isPatronymicWord(word) || (word.length <= 3 && particles.has(word))) {
      // handled below
    } else if (
      previous?.kind === WordKind.Name && (previous.score >= 0.5 || previous.given === true) && onlySpaces(text, tokens[i - 1]!.end, token.start, 2) &&
      (lowerContinuation(word) || (i + 1 < tokens.length && isPatronymicWord(folded[i + 1]!)))
    ) {
      lowerRole = 'continuation';
    } else if (token.sentenceStart && text.charCodeAt(token.end) === 44) {
      lowerRole = 'vocative';
    } else if (i + 1 < tokens.length && onlySpaces(text, token.end, tokens[i + 1]!.start, 2) && lowerContinuation(folded[i + 1]!)) {
      lowerRole = 'pair';
    } else if (lowerContinuation(word) && i + 1 < tokens.length && text.charCodeAt(tokens[i + 1]!.start) === folded[i + 1]!.charCodeAt(0) && nextIsGivenName(text, tokens, folded, i, resources, turkic)) {
      // `jo‘rayev shuhrat`: a lower-case surname before a lower-case given name.
      lowerRole = 'surnameFirst';
    } else {
      return none;
    }
  }
  if (isPatronymicWord(word)) return { kind: WordKind.Patronymic, score: 0, base: word, source: 'morphology' };
  if (particles.has(word) && token.end - token.start <= 3) return { kind: WordKind.Particle, score: 0, base: word, source: 'gazetteer' };

  const length = token.end - token.start;
  const capital = !lower;
  if (capital && length === 1) {
    if (text.charCodeAt(token.end) === 46) return { kind: WordKind.Initial, score: nameWeights.initial, base: word, source: 'gazetteer' };
    // `Kate M Begum`: a middle initial without its dot, between two name words (not the words `I` and `A`).
    const letter = text.charCodeAt(token.start);
    const nextToken = tokens[i + 1];
    const between =
      previous?.kind === WordKind.Name && letter !== 73 && letter !== 65 && nextToken !== undefined && text.charCodeAt(token.end) === 32 &&
      text.charCodeAt(nextToken.start) !== folded[i + 1]!.charCodeAt(0);
    return between ? { kind: WordKind.Initial, score: nameWeights.initial, base: word, source: 'gazetteer' } : none;
  }
  if (resources.streetWords.has(word)) return none;
  if (!token.cyrillic && isContraction(word)) return none;

  if (known !== undefined && known.size > 0) {
    const base = known.find(word, token.cyrillic);
    if (base !== undefined) return { kind: WordKind.Name, score: nameWeights.known, base, source: 'known' };
  }
  const cued = cue === Cue.Strong || cue === Cue.Intro || cue === Cue.Role || after === 1;
  if (!capital && !cued && lowerRole === undefined) return none;
  if (word.length < 2) return none;
  // Acronyms (`ООО`, `UZUM`): the second and the last letter are upper case too.
  const allUpper = capital && length > 1 && text.charCodeAt(token.start + 1) !== word.charCodeAt(1) && text.charCodeAt(token.end - 1) !== word.charCodeAt(length - 1);
  if (allUpper && length <= 3) return none;

  const evidence: WordEvidence = analyzeWord(word, token.cyrillic, resources, turkic);
  if (evidence.stopFlags !== 0) return none;

  if (!capital) {
    // Lower-case chat names: a listed, unambiguous first name after a greeting, thanks or role word, as a
    // vocative (`бекзат, сизге рахмат`), or next to a lower-case surname (`javlon yusupov`).
    const unambiguousFirst = (evidence.nameFlags & WordFlag.First) !== 0 && (evidence.nameFlags & WordFlag.Ambiguous) === 0;
    const surnameLike = evidence.morph === Morph.Surname || evidence.morph === Morph.Patronymic;
    const result = (score: number, source: WordScore['source']): WordScore => {
      const scored: WordScore = { kind: WordKind.Name, score, base: evidence.base, source, given: unambiguousFirst };
      if (turkic && evidence.endingLength >= 2) scored.closes = 'ending';
      return scored;
    };
    if (lowerRole === undefined) {
      if (unambiguousFirst || (cue === Cue.Intro && evidence.nameFlags & WordFlag.First)) return result(nameWeights.lowerFirstAfterCue, 'cue');
      // Right after a self-introduction any word that is not a listed everyday word is the name (`исмим сувонқул`).
      if (cue === Cue.Intro && word.length >= 3 && !token.hasDigit) return result(nameWeights.lowerAfterIntro, 'cue');
      // A bare lower-case surname form only after an introduction (`меня зовут иванов`): after a role word it is
      // usually a genitive noun (`министр финансов`).
      if (surnameLike && (cue === Cue.Strong || cue === Cue.Intro)) return result(nameWeights.surname, 'cue');
      if (surnameLike && cue === Cue.Role && nextIsGivenName(text, tokens, folded, i, resources, turkic)) return result(nameWeights.surname, 'cue');
      return none;
    }
    // After a name, a lower-case given name, patronymic or -ов/-ев surname (not -ин: `Кремниевой долиной`).
    // A father's name before `уулу`/`o‘g‘li` need not be listed (`эмил чыңгыз уулу`).
    const beforePatronymicWord = i + 1 < tokens.length && isPatronymicWord(folded[i + 1]!);
    const continues = unambiguousFirst || beforePatronymicWord || evidence.morph === Morph.Patronymic || (evidence.morph === Morph.Surname && !/(?:ин|ын|in)$/u.test(evidence.base));
    if (lowerRole === 'continuation') return continues ? result(nameWeights.lowerContinuation, 'morphology') : none;
    if (lowerRole === 'surnameFirst') return evidence.morph === Morph.Surname ? result(nameWeights.lowerPairStart, 'morphology') : none;
    // Alone, a lower-case name must be long enough not to be a common short word (`тема`, `дана`).
    // A pair needs the surname-like next word, so a shorter given name is safe there (`olga krylova`).
    if (!unambiguousFirst || evidence.latinList || word.length < (lowerRole === 'pair' ? 4 : 5)) return none;
    return result(lowerRole === 'vocative' ? nameWeights.lowerVocative : nameWeights.lowerPairStart, 'gazetteer');
  }

  const atStart = token.sentenceStart;
  let score = 0;
  let source: WordScore['source'] = 'gazetteer';
  if (evidence.nameFlags & WordFlag.First) {
    score = evidence.nameFlags & WordFlag.Ambiguous ? (atStart ? nameWeights.firstAmbiguousAtSentenceStart : nameWeights.firstAmbiguous) : nameWeights.first;
  } else if (evidence.nameFlags & WordFlag.Surname) {
    score = evidence.nameFlags & WordFlag.Ambiguous ? nameWeights.firstAmbiguousAtSentenceStart : nameWeights.surnameList;
  }
  let morphScore = 0;
  if (evidence.morph === Morph.Patronymic) morphScore = nameWeights.patronymic;
  else if (evidence.morph === Morph.Surname) morphScore = atStart ? nameWeights.surnameAtSentenceStart : nameWeights.surname;
  else if (evidence.morph === Morph.WeakSurname) morphScore = nameWeights.weakSurname;
  else if (evidence.nameShape) morphScore = nameWeights.nameShape;
  if (morphScore > score) {
    score = morphScore;
    source = 'morphology';
  }
  // Adjectival forms (`Российской`, `Петровского`) count only right after a given name or an initial.
  const adjectival =
    token.cyrillic && !turkic && adjectiveEnding.test(word) && (evidence.nameFlags & WordFlag.First) === 0 && evidence.morph !== Morph.Surname && evidence.morph !== Morph.Patronymic;
  if (adjectival && !(previous?.given || previous?.kind === WordKind.Initial) && !nextIsGivenName(text, tokens, folded, i, resources, turkic)) return none;
  if (score === 0) {
    if (allUpper) return none;
    if (!token.cyrillic && mostlyCyrillic) return none;
    // Kazakh noun endings rule a word out, except after a given name (`Мария Мудряктың`) or before a patronymic
    // (`Бірлік Берікұлы`).
    if (token.cyrillic && turkic && turkicNounEnding.test(word) && !previous?.given && !nextIsPatronymic(text, tokens, folded, i, resources, turkic)) {
      return none;
    }
    score = atStart ? nameWeights.unknownCapitalAtSentenceStart : nameWeights.unknownCapital;
    source = 'capital';
  }
  if (allUpper) score -= 0.05;
  // `Lenta.ru`, `Bank of East Asia`: a Latin word from the big name lists inside Cyrillic text is usually a brand.
  if (!token.cyrillic && mostlyCyrillic && evidence.latinList) score = Math.min(score, nameWeights.latinNameInCyrillicText);
  if (evidence.nameFlags & WordFlag.Ambiguous && evidence.endingLength > 0 && turkic) score = Math.min(score, nameWeights.firstAmbiguousAtSentenceStart);
  // A listed name opening a sentence and followed by a comma is a vocative (`Азамат, әзірге осы.`).
  if (score < nameWeights.firstAmbiguous && evidence.nameFlags & WordFlag.First && text.charCodeAt(token.end) === 44) score = nameWeights.firstAmbiguous;
  const result: WordScore = { kind: WordKind.Name, score, base: evidence.base, source };
  if (evidence.nameFlags & WordFlag.First) result.given = true;
  if (turkic && evidence.endingLength >= 2 && !diminutives.has(word.slice(word.length - evidence.endingLength))) result.closes = 'ending';
  // A listed first name that merely ends like a surname (`Парвине`: -ин + е) does not close the name.
  else if ((evidence.morph === Morph.Surname || evidence.morph === Morph.Patronymic) && (evidence.nameFlags & WordFlag.First) === 0) result.closes = 'surname';
  if (evidence.morph === Morph.Patronymic) result.patronymic = true;
  return result;
}

// `I'll`, `don't`, `we're`: English contractions are never names (the possessive `'s` is handled elsewhere).
const contractionTails = new Set(['ll', 've', 're', 'd', 'm', 't']);
function isContraction(word: string): boolean {
  const apostrophe = word.lastIndexOf("'");
  return apostrophe > 0 && contractionTails.has(word.slice(apostrophe + 1));
}

// `Обама выступал`, `Лоуенкрон указал`: a lower-case Russian past-tense verb right after the capitalised word.
const pastTense = /(?:[аеиоуя]л|[аеиоуя]ла|[аеиоуя]лся|[аеиоуя]лась)$/u;
function pastTenseAfter(text: string, tokens: readonly Token[], folded: readonly string[], last: number): boolean {
  const next = tokens[last + 1]!;
  if (!onlySpaces(text, tokens[last]!.end, next.start, 2) || text.charCodeAt(next.start) !== folded[last + 1]!.charCodeAt(0)) return false;
  const word = folded[last + 1]!;
  return word.length >= 5 && pastTense.test(word);
}

const placePrepositions = new Set(['в', 'во', 'из']);

// Affectionate endings (`Мўминжон`, `Jasurjon`) are part of the name, not a case ending that closes it.
const diminutives = new Set(['жон', 'jon', 'xon', 'хон', 'жан']);

// Titles that sit between a person's name and the street word in street names (`Төле би көшесі`).
const streetTitles = new Set(['би', 'батыр', 'хан', 'ата', 'бобо', 'ака', 'шоҳ', 'shoh', 'ota', 'bobo', 'biy', 'batyr']);

function isStreetWord(word: string, resources: NameResources): boolean {
  if (resources.streetWords.has(word)) return true;
  const first = word.charCodeAt(0);
  for (const stem of resources.streetStems) {
    if (stem.charCodeAt(0) !== first || !word.startsWith(stem)) continue;
    // `қаласы`, `облысынан`, `tumanida`; not `қалай` (how) or a longer unrelated word.
    const rest = word.length - stem.length;
    if (rest === 0 || (rest <= 7 && word[stem.length] !== 'й' && word[stem.length] !== 'y')) return true;
  }
  return false;
}

/** The next word is a capitalised patronymic (`Берікұлы`, `Rustamovna`). */
function nextIsPatronymic(text: string, tokens: readonly Token[], folded: readonly string[], i: number, resources: NameResources, turkic: boolean): boolean {
  const next = tokens[i + 1];
  if (next === undefined || !onlySpaces(text, tokens[i]!.end, next.start, 2)) return false;
  if (text.charCodeAt(next.start) === folded[i + 1]!.charCodeAt(0)) return false;
  return analyzeWord(folded[i + 1]!, next.cyrillic, resources, turkic).morph === Morph.Patronymic;
}

/** `мастер чернов николай`: the word after a lower-case surname is a listed, unambiguous first name. */
function nextIsGivenName(text: string, tokens: readonly Token[], folded: readonly string[], i: number, resources: NameResources, turkic: boolean): boolean {
  const next = tokens[i + 1];
  if (next === undefined || !onlySpaces(text, tokens[i]!.end, next.start, 2)) return false;
  const evidence = analyzeWord(folded[i + 1]!, next.cyrillic, resources, turkic);
  return (evidence.nameFlags & WordFlag.First) !== 0 && (evidence.nameFlags & WordFlag.Ambiguous) === 0 && evidence.stopFlags === 0;
}

function initialsFollowName(scores: readonly WordScore[], i: number): boolean {
  let k = i;
  while (k >= 0 && scores[k]!.kind === WordKind.Initial) k--;
  return k >= 0 && k < i && scores[k]!.kind === WordKind.Name && scores[k]!.closes === 'surname';
}

/** Whether token `i + 1` continues the name run that token `i` is in. */
function joins(text: string, tokens: readonly Token[], scores: readonly WordScore[], i: number, hasGiven: boolean): boolean {
  const current = scores[i]!;
  const next = scores[i + 1]!;
  const from = tokens[i]!.end;
  const to = tokens[i + 1]!.start;
  if (current.kind === WordKind.Initial) {
    // `Бестужева П. Г. Бестужева`: initials after a surname end the name (after a given name they do not).
    if (next.kind === WordKind.Name && initialsFollowName(scores, i)) return false;
    if (text.charCodeAt(from) === 32 && to === from + 1) return next.kind === WordKind.Name;
    // `И.И. Иванов`, `A. Karimov`, `И.Иванов`: the dot, then optional spaces.
    if (text.charCodeAt(from) !== 46) return false;
    if (!(to === from + 1 || onlySpaces(text, from + 1, to, 2))) return false;
    return next.kind === WordKind.Name || next.kind === WordKind.Initial;
  }
  if (!onlySpaces(text, from, to, 2) && !(text.charCodeAt(from) === 45 && to === from + 1)) return false;
  if (next.kind === WordKind.None) return false;
  if (current.closes === 'ending') return false;
  // After a surname only a given name may follow (`Иванов Иван Иванович`), and only if none came before it
  // (`Қасым-Жомарт Тоқаев Дмитрий Медведевті` is two people).
  if (current.closes === 'surname' && next.kind === WordKind.Name && (next.score < 0.5 || (hasGiven && next.given))) {
    // `Көчкөнов Төлөгөн Тилек уулу`, `Зокирова Қундузой Ойбековна`: surname, given name, patronymic.
    const patronymicFollows =
      (i + 2 < scores.length && scores[i + 2]!.patronymic === true) ||
      (i + 3 < scores.length && scores[i + 2]!.kind === WordKind.Name && scores[i + 3]!.kind === WordKind.Patronymic);
    if (!patronymicFollows) return false;
  }
  if (next.kind === WordKind.Initial) return current.kind === WordKind.Name;
  if (next.kind === WordKind.Patronymic) return current.kind === WordKind.Name;
  if (next.kind === WordKind.Particle) return current.kind === WordKind.Name && i + 2 < tokens.length && scores[i + 2]!.kind === WordKind.Name;
  return true;
}

function scoreRun(
  text: string,
  tokens: readonly Token[],
  folded: readonly string[],
  scores: readonly WordScore[],
  first: number,
  last: number,
  resources: NameResources,
  cueBefore: Uint8Array,
  cueAfter: Uint8Array,
): Span | undefined {
  // Initials alone and trailing initials (`Иванов И.` keeps them; `И.` alone is nothing).
  let best = 0;
  let bestSource: WordScore['source'] = 'capital';
  let names = 0;
  let initials = 0;
  let strongWords = 0;
  for (let k = first; k <= last; k++) {
    const word = scores[k]!;
    if (word.kind === WordKind.Initial) initials++;
    if (word.kind !== WordKind.Name) continue;
    names++;
    if (word.score >= 0.5) strongWords++;
    if (word.score > best || (word.score === best && word.source === 'gazetteer')) {
      best = word.score;
      bestSource = word.source;
    }
  }
  if (names === 0) return undefined;
  const isKnown = bestSource === 'known';

  // Streets, districts and stations named after people stay unmasked.
  if (!isKnown) {
    if (first > 0 && resources.streetWords.has(folded[first - 1]!)) return undefined;
    // The street word may follow a title (`Төле би көшесі`).
    for (let k = last + 1; k <= last + 2 && k < tokens.length; k++) {
      const after = folded[k]!;
      if (isStreetWord(after, resources)) return undefined;
      // Look one word further past a title or a capitalised word the run stopped at (`Alisher Navoiy nomidagi`).
      const capitalised = text.charCodeAt(tokens[k]!.start) !== after.charCodeAt(0);
      if (!(streetTitles.has(after) || capitalised) || !onlySpaces(text, tokens[k - 1]!.end, tokens[k]!.start, 2)) break;
    }
  }

  // `в Свердловске`, `из Нидерландов`: one word after a place preposition is more likely a place.
  const afterPlacePreposition = first > 0 && placePrepositions.has(folded[first - 1]!);
  let score = best;
  if (afterPlacePreposition && names === 1 && !isKnown && tokens[first]!.cyrillic) score -= nameWeights.placePrepositionPenalty;
  if (names >= 2 && strongWords >= 1) score += nameWeights.severalWords;
  // Russian capitalises only the first word of places and organisations (`Белый дом`), so two capitalised unknown
  // words in a row are most often a foreign first name and surname (`Фернандо Алонсо`).
  else if (names >= 2 && tokens[first]!.cyrillic) score = tokens[first]!.sentenceStart ? nameWeights.unknownPairAtSentenceStart : nameWeights.unknownPair;
  if (initials > 0) score += nameWeights.initialWithWord;
  const cue = cueBefore[first]!;
  let cueBonus = 0;
  // A greeting that ends its sentence (`Салом! Рақамим: …`) vouches only for a listed name after it.
  const crossesSentence = tokens[first]!.sentenceStart && best < 0.5 && !(first > 0 && titleAbbreviations.has(folded[first - 1]!));
  if (crossesSentence) cueBonus = 0;
  else if (cue === Cue.Strong || cue === Cue.Intro) cueBonus = nameWeights.strongCue;
  // `министр финансов`, `директор Института`: a role word before one unknown capitalised word is weak evidence.
  else if (cue === Cue.Role) cueBonus = best >= 0.5 || names >= 2 || colonAfter(text, tokens[last]!.end) ? nameWeights.roleCue : nameWeights.roleCueForUnknown;
  else if (cue === Cue.Weak) cueBonus = nameWeights.weakCue;
  else if (cue === Cue.Verb) cueBonus = nameWeights.verbCue;
  if (cueAfter[last] === 1) cueBonus = Math.max(cueBonus, nameWeights.afterCue);
  else if (cueAfter[last] === 2) cueBonus = Math.max(cueBonus, nameWeights.verbCue);
  else if (tokens[first]!.cyrillic && last + 1 < tokens.length && !afterPlacePreposition && pastTenseAfter(text, tokens, folded, last)) {
    cueBonus = Math.max(cueBonus, nameWeights.pastTenseCue);
  }
  if (isSpeakerPrefix(text, tokens, first, last)) cueBonus = Math.max(cueBonus, best >= 0.5 ? nameWeights.speakerPrefix : nameWeights.speakerPrefixForUnknown);
  score += cueBonus;
  // `14 Crown Street`, `149 Monika Union`: a number right before a capitalised phrase makes it an address line.
  if (!isKnown && first > 0 && !tokens[first]!.cyrillic && isNumber(text, tokens[first - 1]!) && onlySpaces(text, tokens[first - 1]!.end, tokens[first]!.start, 2)) {
    score -= nameWeights.houseNumberPenalty;
  }
  // «Нұр Отан», «Адам бол»: a capitalised phrase right after an opening quote is a title or an organisation.
  if (!isKnown && first > 0 && openingQuote(text.charCodeAt(tokens[first]!.start - 1))) score -= nameWeights.quotedPenalty;
  if (cueBonus > 0 && best < 0.5 && !isKnown) bestSource = 'cue';
  score = Math.min(0.99, score);
  if (score < nameWeights.emitFloor) return undefined;

  const bases: string[] = [];
  for (let k = first; k <= last; k++) if (scores[k]!.base) bases.push(scores[k]!.base);
  const sourceName = bestSource === 'capital' ? 'cue' : bestSource;
  return {
    start: tokens[first]!.start,
    end: withoutPossessive(text, tokens[first]!.start, tokens[last]!.end),
    type: 'NAME',
    score: Math.round(score * 100) / 100,
    source: `name:${sourceName}`,
    normalized: bases.join(' '),
  };
}

// `Amanda's daughter`: the English possessive is not part of the name.
function withoutPossessive(text: string, start: number, end: number): number {
  if (end - start > 3 && (text[end - 1] === 's' || text[end - 1] === 'S') && isApostrophe(text[end - 2]!)) return end - 2;
  return end;
}

// `Оператор Чыңгыз: …`: a role word, a name and a colon is a chat speaker label.
function colonAfter(text: string, end: number): boolean {
  let at = end;
  while (at < text.length && text.charCodeAt(at) === 32) at++;
  return text.charCodeAt(at) === 58;
}

function isNumber(text: string, token: Token): boolean {
  if (!token.hasDigit) return false;
  for (let k = token.start; k < token.end; k++) {
    const code = text.charCodeAt(k);
    if (code < 48 || code > 57) return false;
  }
  return true;
}

function openingQuote(code: number): boolean {
  return code === 0xab || code === 0x201c || code === 0x201e || code === 34;
}

// `Анна: здравствуйте` at the start of a line: a chat speaker prefix.
function isSpeakerPrefix(text: string, tokens: readonly Token[], first: number, last: number): boolean {
  const start = tokens[first]!.start;
  let before = start - 1;
  while (before >= 0 && (text.charCodeAt(before) === 32 || text.charCodeAt(before) === 9)) before--;
  if (before >= 0 && text.charCodeAt(before) !== 10 && text.charCodeAt(before) !== 13) return false;
  let after = tokens[last]!.end;
  while (after < text.length && text.charCodeAt(after) === 32) after++;
  return text.charCodeAt(after) === 58;
}
