// The person an English review or dialogue turn opens with (`Oyelaran was great.`, `Mirela from support called`,
// `Agent: Nilufar, your order …`, `Customer: Sure Emeka, one moment`): an unknown title-case word at the start of
// the text or of a line, read with what follows it.

import type { Token } from '../../text/tokenize.js';
import type { Span } from '../../types.js';
import { asciiTitleCase, unlistedEnglishName } from './english.js';
import { onlySpaces } from './gaps.js';
import { WordFlag } from './lexicon.js';
import { personCandidate } from './en-person-verbs.js';
import { spanOverlapping } from './real-tokens.js';
import type { NameResources } from './resources.js';
import type { WordInfo } from './vocabulary.js';
import { nameWeights } from './weights.js';
import { WordKind, type WordScore } from './words.js';
import { foldedWordSet } from './folded-words.js';
import { addFoundSpans } from './span-search.js';

// The open word classes this pass reads, loaded on first use: words between the name and its verb that say nothing
// either way (`Dragos could not`, `Oleksiy honestly saved`: cues/name-english-opener-adverbs.txt), intensifiers
// between `was` and the praise (`was so great`, `is a real star`: cues/name-english-praise-intensifiers.txt), words a
// turn opens with before the addressee (`Sure Maarja,`, `No problem Serkan,`: cues/name-english-turn-interjections.txt)
// and words right after `Name,` that speak to that person (`Vytautas, your order`, `Zodwa, thank you`:
// cues/name-english-addressed-after-comma.txt).
interface OpenerWords {
  readonly adverbs: ReadonlySet<string>;
  readonly intensifiers: ReadonlySet<string>;
  readonly turnInterjections: ReadonlySet<string>;
  readonly addressedAfterComma: ReadonlySet<string>;
}
let loaded: OpenerWords | undefined;
function openerWords(): OpenerWords {
  loaded ??= {
    adverbs: foldedWordSet('cues/name-english-opener-adverbs.txt'),
    intensifiers: foldedWordSet('cues/name-english-praise-intensifiers.txt'),
    turnInterjections: foldedWordSet('cues/name-english-turn-interjections.txt'),
    addressedAfterComma: foldedWordSet('cues/name-english-addressed-after-comma.txt'),
  };
  return loaded;
}

// Prepositions that open a team or place phrase between the name and its verb (`Golnar in customer care deserves`):
// a closed class, kept here.
const teamPrepositions = new Set(['from', 'at', 'in', 'on', 'of']);

/**
 * For each word opening the text or a line, or the turn after a speaker label (`Agent:`), possibly after an
 * interjection (`Sure`, `OK`, `No problem`), that en-person-verbs.ts's personCandidate() accepts (a title-case word on
 * no list that English would not use, no capitalised neighbour): it is a person, scored as an unknown pair, when
 * (the English words these tests read make the text English enough)
 * - a comma follows it and then a word that speaks to a person (`your`, `thank`, `we`), or an interjection stood
 *   before it and a comma, `!`, `.` or the end of the line follows (the addressee of the turn);
 * - opening the text or a line (no label, no interjection), what follows says a person: a verb of doing in the past
 *   (an everyday -ed word, or one of cues/name-english-verbs-after.txt, not a firm's verb of
 *   cues/name-english-firm-verbs.txt), after at most two adverbs or a team phrase (`from support`, `in the
 *   warehouse`); `is`/`was` and praise (cues/name-english-review-praise.txt, the person adjectives); `the` and a
 *   person noun (`Gokhan the courier`); `and his`/`and her`.
 */
export function liftTurnOpeners(text: string, tokens: readonly Token[], folded: readonly string[], words: readonly WordInfo[], scores: readonly WordScore[], spans: Span[], resources: NameResources): void {
  let found: Span[] | undefined;
  let labels = 0;
  let named: number[] | undefined;
  for (let t = 0; t < tokens.length; t++) {
    // A line break starts a sentence too (tokenize.ts): one property read per token before the line test.
    if (!tokens[t]!.sentenceStart) continue;
    // `Food was cold. Oguz the driver was nice though.`: a sentence inside a line opens with the person only by what
    // follows (no label, interjection, comma address or possessor there).
    const inLine = t > 0 && !lineStart(text, tokens[t]!.start);
    let k = t;
    // `Agent: …`, `Support Team: …`: a speaker label of one or two title-case words and a colon.
    const label = inLine ? -1 : labelEnd(text, tokens, folded, t);
    if (label !== -1) {
      k = label + 1;
      labels++;
      // `Assistant Tolani:`: a role word the role lists lack, then an unknown name, in a dialogue of labelled lines. The
      // name's cheap token tests first: the role word's stem lookup cost more than the rest of the pass.
      if (label === t + 1 && labelledName(text, tokens, folded, words, scores, label, resources) && everydayWord(folded[t]!, resources)) (named ??= []).push(label);
    }
    let interjection = false;
    const { turnInterjections } = openerWords();
    while (k < tokens.length && k - t < 5 && label !== -1 && turnInterjections.has(folded[k]!) && onlySpaces(text, tokens[k]!.end, tokens[k + 1]?.start ?? text.length, 1)) {
      interjection = true;
      k++;
    }
    // `Oyelaran's advice saved me a second trip`: a possessor opening the text or a line.
    if (label === -1 && k === t && !inLine && possessiveOpener(text, tokens, folded, words, scores, k, resources)) {
      const token = tokens[k]!;
      const span = spanOverlapping(spans, token.start, token.end);
      if (span === undefined) (found ??= []).push({ start: token.start, end: token.end, type: 'NAME', score: nameWeights.unknownPair, source: 'name:cue', normalized: folded[k]!.endsWith("'s") ? folded[k]!.slice(0, -2) : folded[k]! });
      continue;
    }
    // `Fantastic, thank you!`: praise the common-word list lacks opens a review too. The scan's kind first (cheap).
    if (k >= tokens.length || !unknownCapital(scores[k]!) || !openerShape(folded[k]!, resources) || !personCandidate(text, tokens, folded, words, scores, k, true, resources)) continue;
    const after = tokens[k]!.end;
    const addressed = !inLine && (commaThenAddressed(text, tokens, folded, k) || (interjection && turnEnds(text, after)));
    if (!addressed && (label !== -1 || interjection || !personFollows(text, tokens, folded, k + 1, resources))) continue;
    const token = tokens[k]!;
    const span = spanOverlapping(spans, token.start, token.end);
    if (span !== undefined) {
      if (span.start === token.start && span.end === token.end && span.score < nameWeights.unknownPair) span.score = nameWeights.unknownPair;
      continue;
    }
    (found ??= []).push({ start: token.start, end: token.end, type: 'NAME', score: nameWeights.unknownPair, source: 'name:cue', normalized: folded[k]! });
  }
  // Two labelled lines at least: the text is a dialogue, and `Word Name:` its speaker.
  if (named !== undefined && labels >= 2) {
    for (const k of named) {
      const token = tokens[k]!;
      const span = spanOverlapping(spans, tokens[k - 1]!.start, token.end);
      if (span === undefined) (found ??= []).push({ start: token.start, end: token.end, type: 'NAME', score: nameWeights.unknownPair, source: 'name:cue', normalized: folded[k]! });
      else if (span.end === token.end && (span.start === token.start || span.start === tokens[k - 1]!.start)) {
        // The scan's run took the role word in (`Assistant Tolani`): the name alone.
        span.start = token.start;
        span.normalized = folded[k]!;
        if (span.score < nameWeights.unknownPair) span.score = nameWeights.unknownPair;
      }
    }
  }
  addFoundSpans(spans, found);
}

// Auxiliaries and modals say nothing of who the subject is (`Pedestrians must enter`).
const auxiliaries = new Set(['is', 'are', 'was', 'were', 'has', 'have', 'had', 'does', 'do', 'did', 'will', 'would', 'can', 'could', 'should', 'must', 'may', 'might', 'shall']);

// Endings of English adjectives and plural nouns the common-word list (base forms mostly) may lack: opening a review
// they are no name (`Useless staged vid`, `Pedestrians must`).
const everydayEndings = ['less', 'ful', 'ous', 'able', 'ible', 'ians', 'ists', 'ions', 'ings'];

/**
 * The word may be a name opening a review: no praise the common-word list lacks (`Fantastic, thank you!`), no
 * everyday ending, no letter typed three times over (`Beyoooond`, `Aaawww`).
 */
function openerShape(word: string, resources: NameResources): boolean {
  const social = resources.englishSocial;
  if (social.reviewPraise.has(word) || social.personAdjectives.has(word)) return false;
  for (const ending of everydayEndings) if (word.endsWith(ending)) return false;
  for (let at = 2; at < word.length; at++) if (word.charCodeAt(at) === word.charCodeAt(at - 1) && word.charCodeAt(at) === word.charCodeAt(at - 2)) return false;
  return true;
}

/**
 * `Oyelaran's advice saved me`, `Catriona's patience was amazing`: token `k` is a title-case word with `'s` whose stem
 * no list knows as anything but a name and English would not use (or a name the scan found), one space before what a
 * person gives (cues/name-english-person-gives.txt), itself followed by a lower-case verb (`saved`, `was`) or the end
 * of the clause, not a compound's second noun (`help desk`). The span takes the `'s` in, as the annotated reviews do.
 */
function possessiveOpener(text: string, tokens: readonly Token[], folded: readonly string[], words: readonly WordInfo[], scores: readonly WordScore[], k: number, resources: NameResources): boolean {
  const token = tokens[k]!;
  const word = folded[k]!;
  const noun = k + 1;
  if (noun >= tokens.length || word.length < 5 || word.charCodeAt(word.length - 1) !== 115 || !resources.englishSocial.personGives.has(folded[noun]!)) return false;
  // `Oyelaran's advice` (one token), or `Vytautas' advice` (the apostrophe after the token).
  const inner = apostropheCode(text.charCodeAt(token.end - 2));
  if (inner ? !sameClause(text, tokens, noun) : !apostropheCode(text.charCodeAt(token.end)) || text.charCodeAt(token.end + 1) !== 32 || tokens[noun]!.start !== token.end + 2) return false;
  const stemEnd = inner ? token.end - 2 : token.end;
  for (let at = token.start + 1; at < stemEnd; at++) {
    const code = text.charCodeAt(at);
    if (code < 97 || code > 122) return false;
  }
  const first = text.charCodeAt(token.start);
  if (first < 65 || first > 90 || words[k]!.cue !== 0) return false;
  const stem = inner ? word.slice(0, -2) : word;
  if (stem.length < 4) return false;
  const score = scores[k]!;
  const known = score.kind === WordKind.Name && score.source !== 'capital';
  if (!known && (!openerShape(stem, resources) || !unlistedEnglishName(stem, words[k]!.evidence(false, resources, false), resources))) return false;
  const after = noun + 1;
  if (after >= tokens.length || !sameClause(text, tokens, after)) return true;
  const next = folded[after]!;
  return lowerCase(text, tokens, folded, after) && (next === 'is' || next === 'was' || next === 'made' || lowerVerb(next, resources));
}

function apostropheCode(code: number): boolean {
  return code === 39 || code === 0x2019 || code === 0x2bc;
}

/** The scan scored the word a name on its capital alone, or on a weak cue short of a name (personCandidate's first test). */
function unknownCapital(score: WordScore): boolean {
  return score.kind === WordKind.Name && (score.source === 'capital' || (score.source === 'cue' && score.score < nameWeights.unknownPair));
}

/**
 * `Agent Ravenna:`: the second word of a speaker label is a name when it is title case, four letters at least, on no
 * list as it stands (a stoplist may still hold a word it seems to inflect: the label says more), no cue, no everyday
 * ending, and the scan did not make it a name already.
 */
function labelledName(text: string, tokens: readonly Token[], folded: readonly string[], words: readonly WordInfo[], scores: readonly WordScore[], k: number, resources: NameResources): boolean {
  const token = tokens[k]!;
  const word = folded[k]!;
  const score = scores[k]!;
  if (token.hasDigit || token.cyrillic || word.length < 4 || words[k]!.cue !== 0 || (score.kind !== WordKind.None && (score.kind !== WordKind.Name || score.score >= nameWeights.unknownPair))) return false;
  if (!asciiTitleCase(text, token) || resources.latinNames.getStem(word) !== undefined || resources.cueWords.has(word) || !openerShape(word, resources)) return false;
  for (let at = 0; at < word.length; at++) {
    const code = word.charCodeAt(at);
    if (code < 97 || code > 122) return false;
  }
  return true;
}

/** Only spaces, tabs, `>` or `-` between the line's start (or the text's) and `at`. */
function lineStart(text: string, at: number): boolean {
  for (let i = at - 1; i >= 0; i--) {
    const code = text.charCodeAt(i);
    if (code === 10 || code === 13) return true;
    if (code !== 32 && code !== 9 && code !== 62 && code !== 45) return false;
  }
  return true;
}

/** `Agent:`, `Support Team:`: one or two capitalised words from token `t`, then a colon; the last label token, or -1. */
function labelEnd(text: string, tokens: readonly Token[], folded: readonly string[], t: number): number {
  for (let k = t; k < t + 2 && k + 1 < tokens.length; k++) {
    const token = tokens[k]!;
    if (token.hasDigit || text.charCodeAt(token.start) === folded[k]!.charCodeAt(0)) return -1;
    const next = tokens[k + 1]!.start;
    // `: ` or a single space between this token and the next, read code by code (no slice per line).
    if (next === token.end + 2 && text.charCodeAt(token.end) === 58 && text.charCodeAt(token.end + 1) === 32) return k;
    if (next !== token.end + 1 || text.charCodeAt(token.end) !== 32) return -1;
  }
  return -1;
}

/** `X, your …`: a comma right after token `k`, then a word that speaks to a person. */
function commaThenAddressed(text: string, tokens: readonly Token[], folded: readonly string[], k: number): boolean {
  const next = tokens[k + 1];
  return next !== undefined && text.charCodeAt(tokens[k]!.end) === 44 && next.start === tokens[k]!.end + 2 && text.charCodeAt(tokens[k]!.end + 1) === 32 && openerWords().addressedAfterComma.has(folded[k + 1]!);
}

/** A comma, `!`, `.` or `?` right after, or the end of the line. */
function turnEnds(text: string, at: number): boolean {
  if (at >= text.length) return true;
  const code = text.charCodeAt(at);
  return code === 44 || code === 33 || code === 46 || code === 63 || code === 10 || code === 13;
}

/** From token `v` on (right after the candidate), the words say the candidate is a person doing or being something. */
function personFollows(text: string, tokens: readonly Token[], folded: readonly string[], v: number, resources: NameResources): boolean {
  const social = resources.englishSocial;
  const from = v;
  if (!sameClause(text, tokens, v)) return false;
  let word = folded[v];
  if (word === undefined) return false;
  if (word === 'the' && social.personNouns.has(folded[v + 1] ?? '') && sameClause(text, tokens, v + 1)) return true;
  if (word === 'and' && (folded[v + 1] === 'his' || folded[v + 1] === 'her') && sameClause(text, tokens, v + 1)) return true;
  // `from support`, `in the warehouse`, `at the front desk`: up to four lower-case words before the verb.
  if (teamPrepositions.has(word)) {
    let k = v + 1;
    while (k < tokens.length && k - v <= 4 && sameClause(text, tokens, k) && !lowerVerb(folded[k]!, resources) && lowerCase(text, tokens, folded, k)) k++;
    if (k >= tokens.length || k - v > 4 || !sameClause(text, tokens, k) || !lowerVerb(folded[k]!, resources)) return false;
    v = k;
    word = folded[v]!;
  }
  const { adverbs } = openerWords();
  while (adverbs.has(word) && v - from < 4 && v + 1 < tokens.length && sameClause(text, tokens, v + 1)) word = folded[++v]!;
  if (!lowerCase(text, tokens, folded, v)) return false;
  if (word === 'is' || word === 'was') return praised(text, tokens, folded, v + 1, resources);
  if (social.firmVerbs.has(word) || auxiliaries.has(word)) return false;
  // `Valorant ranked is pure pain`: an -ed word before the copula is an adjective of a thing's name.
  if (v + 1 < tokens.length && auxiliaries.has(folded[v + 1]!)) return false;
  // Verbs only a person takes say enough; any other verb needs the reviewer in its clause (`Kiptoo brought the order
  // to my door`, not `Contracts went to Taylor`): the common-word list lacks many everyday nouns.
  if (social.personVerbs.has(word) || resources.chatWords.englishAfterName.has(word)) return true;
  return (social.verbsAfterName.has(word) || regularPastTense(word, resources)) && reviewerInClause(text, tokens, folded, v + 1);
}

// The reviewer: first-person words.
const firstPerson = new Set(['me', 'my', 'us', 'our', 'i', 'we', 'mine', 'myself']);

/** A first-person word within eight tokens from `k` on, in the same clause. */
function reviewerInClause(text: string, tokens: readonly Token[], folded: readonly string[], k: number): boolean {
  for (let m = k; m < tokens.length && m < k + 8 && sameClause(text, tokens, m); m++) if (firstPerson.has(folded[m]!)) return true;
  return false;
}

/** A verb the team-phrase walk stops at (`from returns arranged`): `is`/`was` or a verb of personFollows(). */
function lowerVerb(word: string, resources: NameResources): boolean {
  const social = resources.englishSocial;
  return word === 'is' || word === 'was' || ((social.verbsAfterName.has(word) || social.personVerbs.has(word) || regularPastTense(word, resources)) && !social.firmVerbs.has(word));
}

/** After the copula: at most two intensifiers, then praise said of a person (`so great`, `a star`, `really patient`). */
function praised(text: string, tokens: readonly Token[], folded: readonly string[], a: number, resources: NameResources): boolean {
  const social = resources.englishSocial;
  let k = a;
  const { intensifiers } = openerWords();
  while (k < tokens.length && k - a < 3 && intensifiers.has(folded[k]!) && sameClause(text, tokens, k)) k++;
  if (k >= tokens.length || !sameClause(text, tokens, k)) return false;
  return social.reviewPraise.has(folded[k]!) || social.personAdjectives.has(folded[k]!) || social.personNouns.has(folded[k]!);
}

/** An everyday verb in -ed (`sorted`, `handled`, `stopped`): its stem is on the common-word list. */
function regularPastTense(word: string, resources: NameResources): boolean {
  if (word.length < 5 || !word.endsWith('ed')) return false;
  const stem = word.slice(0, -2);
  if (everydayWord(stem, resources) || everydayWord(`${stem}e`, resources)) return true;
  if (stem.endsWith('i') && everydayWord(`${stem.slice(0, -1)}y`, resources)) return true;
  return stem.length >= 4 && stem.charCodeAt(stem.length - 1) === stem.charCodeAt(stem.length - 2) && everydayWord(stem.slice(0, -1), resources);
}

function everydayWord(word: string, resources: NameResources): boolean {
  const entry = resources.latinNames.getStem(word);
  return entry !== undefined && (entry.flags & WordFlag.NotName) !== 0;
}

/** Token `k` exists and only spaces stand between it and the token before (no comma, colon or line break). */
function sameClause(text: string, tokens: readonly Token[], k: number): boolean {
  return k < tokens.length && k > 0 && onlySpaces(text, tokens[k - 1]!.end, tokens[k]!.start, 2);
}

function lowerCase(text: string, tokens: readonly Token[], folded: readonly string[], k: number): boolean {
  return text.charCodeAt(tokens[k]!.start) === folded[k]!.charCodeAt(0);
}
