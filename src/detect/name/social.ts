// English social text: list hits an English sentence cannot hold, and runs that name a thing, place or hashtag.

import type { Token } from '../../text/tokenize.js';
import type { Span } from '../../types.js';
import { asciiTitleCase, readsEnglish } from './english.js';
import { englishWordForm } from './en-common-words.js';
import { afterCapitalisedEveryday, afterTitleVerb, endsInPlaceHead, streetFollows, titleContinuation, inUnknownLanguage, latinListsOnly, nationalityWord } from './en-titles.js';
import { onlySpaces } from './gaps.js';
import { WordFlag } from './lexicon.js';
import type { EnglishSocialWords } from './en-social-words.js';
import type { NameResources } from './resources.js';
import { tokenStartingAt } from './real-tokens.js';
import { scoreRun } from './runs.js';
import type { WordEvidence } from './analyze.js';
import type { WordInfo } from './vocabulary.js';
import { nameWeights } from './weights.js';
import { notAName, WordKind, type WordScore } from './words.js';

/**
 * A list hit English cannot produce: a Russian or Turkic case ending on a listed name (`Very` = Vera + y, `Like` =
 * Li + ke), or an everyday English word that is only the bare inflecting stem of a listed name, its final vowel cut
 * (`Lol` of Lola, `All` of Alla, `Dad` of Dada), and that no list holds as a name of its own. English names take no
 * case endings, and the stem is there only for the endings. Only asked about gazetteer-scored words inside spans.
 */
function foreignListForm(word: string, evidence: WordEvidence, resources: NameResources): boolean {
  if (evidence.nameFlags === 0 || evidence.stopFlags !== 0) return false;
  const stemEnd = word.length - evidence.endingLength;
  if (evidence.endingLength > 0) {
    const ending = word.slice(stemEnd);
    if (ending !== "'s" && ending !== "'") return true;
  }
  // The stem must be an everyday English word too (the lists mark it ambiguous): `Tay` of Taya, `Shan` of Shana are
  // nicknames in their own right.
  if ((evidence.nameFlags & WordFlag.Ambiguous) === 0) return false;
  const stem = stemEnd === word.length ? word : word.slice(0, stemEnd);
  return evidence.base.length > stem.length && !resources.latinBaseNames.has(stem);
}

/**
 * The spans of Latin-script words, read once each (one token lookup per span): a word whose only evidence is a list
 * form English cannot hold, in text that reads as English, counts as an unknown capitalised word and its run is
 * scored again, so it stays a name only with a cue or a real name beside it (`thank you Lol` stays; `Lol, well made me
 * laugh`, `Very Nice` go). Then a run is dropped when it is a hashtag, follows an article or possessive determiner,
 * names a place or a thing, or is made of everyday-word names in a title-case sentence (the functions below). Known
 * names stay. The English test (one pass over the tokens) runs only for texts with such a list form in a span.
 * Compacts the spans in one pass.
 */
export function reviewLatinSpans(
  text: string,
  tokens: readonly Token[],
  folded: readonly string[],
  words: readonly WordInfo[],
  wordBits: ArrayLike<number>,
  scores: WordScore[],
  spans: Span[],
  resources: NameResources,
  turkic: boolean,
  cueBefore: Uint8Array,
  cueAfter: Uint8Array,
): void {
  const social = resources.englishSocial;
  let english: boolean | undefined;
  let kept = 0;
  // Where a show's or game's title goes on past the span dropped before (`watching Rick and Morty`).
  let titleGoesOnAt = -1;
  for (let s = 0; s < spans.length; s++) {
    let span: Span | undefined = spans[s]!;
    let first = span.source === 'name:known' ? -1 : tokenStartingAt(tokens, span.start);
    if (first !== -1 && !tokens[first]!.cyrillic) {
      let last = first;
      while (last + 1 < tokens.length && tokens[last + 1]!.start < span.end) last++;
      // `Lil Yachty`: a stage name, whatever the lists say of its words.
      if (first < last && stageTitle(text, tokens, folded, first, social)) {
        if (span.score < nameWeights.unknownPair) span = { ...span, score: nameWeights.unknownPair };
        spans[kept++] = span;
        continue;
      }
      // Every name word is an everyday-word name or an unknown capital (the title-case test needs that).
      let everyday = true;
      let changed = false;
      for (let k = first; k <= last; k++) {
        const score = scores[k]!;
        if (score.kind !== WordKind.Name || score.source === 'capital') continue;
        if (score.source !== 'gazetteer' || tokens[k]!.cyrillic) {
          everyday = false;
          continue;
        }
        // Cheap first: a listed base form as written, scored above an ambiguous name, is neither a list form nor an
        // everyday word, so most name words cost no evidence lookup.
        const asListed = score.base === folded[k];
        if (asListed && score.score > nameWeights.firstAmbiguous) {
          everyday = false;
          continue;
        }
        const evidence = words[k]!.evidence(false, resources, turkic);
        if (!asListed && foreignListForm(folded[k]!, evidence, resources) && (english ??= readsEnglish(folded, social.functionWords))) {
          scores[k] = unknownCapital(tokens[k]!.sentenceStart, score.base);
          changed = true;
        } else if ((evidence.nameFlags & WordFlag.Ambiguous) === 0) everyday = false;
      }
      // `Did Anna call back?`: an auxiliary opening the question is no part of the name.
      if (first < last && tokens[first]!.sentenceStart && social.auxiliaries.has(folded[first]!) && scores[first]!.kind === WordKind.Name) {
        scores[first] = notAName;
        first++;
        changed = true;
      }
      if (changed) span = scoreRun(text, tokens, folded, wordBits, scores, first, last, resources, cueBefore, cueAfter);
      if (span !== undefined && first > 0 && stagePrefix(text, tokens, folded, span, first, social)) span = { ...span, start: tokens[first - 1]!.start };
      if (span !== undefined && scores[last]!.given === true && lowerSurnameFollows(text, tokens, folded, words, span, last, resources, turkic) && (english ??= readsEnglish(folded, social.functionWords))) {
        span = { ...span, end: tokens[last + 1]!.end };
      }
      if (
        span !== undefined &&
        ((hashtag(text, span.start) && !hashtaggedPerson(text, tokens, folded, words, span, first, last, resources)) || afterDeterminer(text, tokens, folded, span, first, last, social) || namesPlace(text, tokens, folded, span, first, last, social) ||
          // English only: `band` is Uzbek for "busy" (`Jasur band edi`).
          (thingFollows(text, tokens, folded, span, last, social) && (english ??= readsEnglish(folded, social.functionWords))) ||
          (everyday && titleCaseRun(text, tokens, folded, span, first, last, cueBefore, cueAfter)))
      ) {
        span = undefined;
      }
      // `Queen Elizabeth Drive`: a street, cue or not.
      if (span !== undefined && streetFollows(text, tokens, folded, span, last, resources)) span = undefined;
      // en-titles.ts: titles, products, places, peoples and foreign-language clauses; a cue around the run keeps it.
      if (span !== undefined && cueBefore[first] === 0 && cueAfter[last] === 0) {
        if (span.start === titleGoesOnAt || afterTitleVerb(text, tokens, folded, span, first, last, resources)) {
          // `watching Rick and Morty`: the title goes on after `and`.
          titleGoesOnAt = titleContinuation(text, tokens, folded, span, last);
          span = undefined;
        } else if (
          // `Star Wars`: everyday-word names with a list form English cannot hold and no real name among them.
          (changed && everyday) ||
          (!turkic && everyday && afterCapitalisedEveryday(text, tokens, folded, scores, span, first, last, resources)) ||
          (!turkic &&
            (endsInPlaceHead(text, tokens, folded, span, first, last, resources) || nationalityWord(tokens, folded, span, first, last, resources)) &&
            (english ??= readsEnglish(folded, social.functionWords))) ||
          (!turkic &&
            span.source === 'name:gazetteer' &&
            (english ??= readsEnglish(folded, social.functionWords)) &&
            latinListsOnly(words, first, last, resources) &&
            inUnknownLanguage(text, tokens, folded, words, first, last, resources))
        ) {
          span = undefined;
        }
      }
    }
    if (span !== undefined) spans[kept++] = span;
  }
  // Setting the length is a runtime call even when nothing was dropped.
  if (kept !== spans.length) spans.length = kept;
}

// Same fields in the same order as words.ts builds them (one hidden class for every WordScore).
function unknownCapital(sentenceStart: boolean, base: string): WordScore {
  const score = sentenceStart ? nameWeights.unknownCapitalAtSentenceStart : nameWeights.unknownCapital;
  return { kind: WordKind.Name, score, base, source: 'capital', closes: undefined, given: undefined, cued: undefined, patronymic: undefined };
}

/** `#ShareTheLove`, `# NextToBlow`: a run right after `#` (one space allowed) is a hashtag, not a person. */
function hashtag(text: string, start: number): boolean {
  const before = start > 0 ? text.charCodeAt(start - 1) : 0;
  return before === 35 || (before === 32 && start > 1 && text.charCodeAt(start - 2) === 35);
}

/**
 * `# Tobias quennel`, `#Brenna`: a hashtag made of a person's name, as social posts tag the people they write about
 * (posts tokenised for NER put a space after `#`). The run's first word is a title-case given name the lists hold
 * as a name only (not `Will`, `Hope`), written without an inner capital (`#JohnWickChapter` is a title), and no
 * further token is glued to the run.
 */
function hashtaggedPerson(text: string, tokens: readonly Token[], folded: readonly string[], words: readonly WordInfo[], span: Span, first: number, last: number, resources: NameResources): boolean {
  const token = tokens[first]!;
  if (token.start !== span.start || !asciiTitleCase(text, token) || tokens[last]!.end !== span.end) return false;
  const evidence = words[first]!.evidence(false, resources, false);
  if ((evidence.nameFlags & WordFlag.First) === 0 || (evidence.nameFlags & WordFlag.Ambiguous) !== 0 || evidence.stopFlags !== 0 || evidence.endingLength !== 0) return false;
  const code = span.end < text.length ? text.charCodeAt(span.end) : 32;
  return !englishWordForm(folded[first]!) && (code === 32 || code === 33 || code === 44 || code === 46 || code === 10);
}

/**
 * `the Ferrari's of pots`, `the Jet Black Airpods`, `the Cinematographer, said`, `your Tesla videos`: a run right
 * after an English article names a thing, a brand or a role, not a person, unless a lower-case noun follows it, for
 * then the name is used as a modifier (`the Johnson novel`, `a Busta Rhymes video`) and still names the person; after
 * a possessive determiner, modifier or not.
 */
function afterDeterminer(text: string, tokens: readonly Token[], folded: readonly string[], span: Span, first: number, last: number, { articles, possessives, functionWords }: EnglishSocialWords): boolean {
  // Cheap test first: `a ` at least before the span.
  if (first < 1 || text.charCodeAt(span.start - 1) !== 32 || !onlySpaces(text, tokens[first - 1]!.end, span.start, 1)) return false;
  if (possessives.has(folded[first - 1]!)) return true;
  if (!articles.has(folded[first - 1]!)) return false;
  // `the Ferrari's of pots`: a possessive is no modifier of the noun after it.
  if (tokens[last]!.end > span.end) return true;
  const next = tokens[last + 1];
  // At the clause end, only after `the`/`an`: in Russian typed in Latin letters `a` is "and" (`a Jasur?`).
  if (next === undefined || next.hasDigit || next.end - next.start < 2 || !onlySpaces(text, tokens[last]!.end, next.start, 1)) return folded[first - 1] !== 'a';
  // A lower-case word after the run: the name modifies it, unless the word is a function word (`the Hilton in
  // Boston`, `the Marriott was`): then the run is the thing itself.
  if (text.charCodeAt(next.start) !== folded[last + 1]!.charCodeAt(0)) return true;
  return folded[first - 1] !== 'a' && functionWords.has(folded[last + 1]!);
}

/** A run that a place opener starts or stands right before (`Los Angeles`, `San Michele`). */
function namesPlace(text: string, tokens: readonly Token[], folded: readonly string[], span: Span, first: number, last: number, { placeOpeners }: EnglishSocialWords): boolean {
  if (last > first && placeOpeners.has(folded[first]!) && capitalised(text, tokens, folded, first)) return true;
  return first > 0 && placeOpeners.has(folded[first - 1]!) && capitalised(text, tokens, folded, first - 1) && onlySpaces(text, tokens[first - 1]!.end, span.start, 1);
}

/** A thing noun right after the run (`Wendy show`, `Zac Brown band`); the caller checks that the text is English. */
function thingFollows(text: string, tokens: readonly Token[], folded: readonly string[], span: Span, last: number, { thingHeads, objectWords }: EnglishSocialWords): boolean {
  const next = tokens[last + 1];
  if (next === undefined || tokens[last]!.end !== span.end || !thingHeads.has(folded[last + 1]!) || !onlySpaces(text, span.end, next.start, 1)) return false;
  // `Jasur show me the receipt`: a verb with its object after it, said to the person.
  return !(last + 2 < tokens.length && objectWords.has(folded[last + 2]!));
}

function capitalised(text: string, tokens: readonly Token[], folded: readonly string[], k: number): boolean {
  return text.charCodeAt(tokens[k]!.start) !== folded[k]!.charCodeAt(0);
}

// How far around a span the title-case test reads: enough for a headline or a post, bounded so a text of one long
// capitalised sentence costs a constant per span.
const titleWindow = 24;

/**
 * `Sharing, Justice and Peace for All`, `What Will Happen To Ice Cream`: in a sentence of five words or more where
 * at least three words in four are capitalised, capitalisation is no evidence, so a run whose every word is an
 * everyday-word name (ambiguous on the lists) or an unknown capitalised word (the caller checks that) is no person.
 * A cue before or after the run keeps it. The sentence is read only for such runs.
 */
function titleCaseRun(text: string, tokens: readonly Token[], folded: readonly string[], span: Span, first: number, last: number, cueBefore: Uint8Array, cueAfter: Uint8Array): boolean {
  if (cueBefore[first] !== 0 || cueAfter[last] !== 0) return false;
  // `Remember me, Randy?`: a name between a comma and the end of its clause is addressed, whatever the capitals.
  if (first > 0 && commaBetween(text, tokens[first - 1]!.end, span.start) && clauseEndAt(text, span.end)) return false;
  return capitalisedSentence(text, tokens, folded, first);
}

/** The sentence around token `i` (within titleWindow tokens each way) has 5+ words, 3 in 4 of them capitalised. */
export function capitalisedSentence(text: string, tokens: readonly Token[], folded: readonly string[], i: number): boolean {
  let from = i;
  while (from > 0 && from > i - titleWindow && !tokens[from]!.sentenceStart) from--;
  let wordsSeen = 0;
  let capitals = 0;
  for (let k = from; k < tokens.length && k < i + titleWindow && (k === from || !tokens[k]!.sentenceStart); k++) {
    const token = tokens[k]!;
    if (token.hasDigit || token.end - token.start < 2) continue;
    wordsSeen++;
    if (text.charCodeAt(token.start) !== folded[k]!.charCodeAt(0)) capitals++;
  }
  return wordsSeen >= 5 && capitals * 4 >= wordsSeen * 3;
}

function commaBetween(text: string, from: number, to: number): boolean {
  for (let at = from; at < to; at++) if (text.charCodeAt(at) === 44) return true;
  return false;
}

/** Only spaces, then `,` `.` `!` `?` or the end of the text, from `at`. */
function clauseEndAt(text: string, at: number): boolean {
  let k = at;
  while (k < text.length && text.charCodeAt(k) === 32) k++;
  if (k === text.length) return true;
  const code = text.charCodeAt(k);
  return code === 44 || code === 46 || code === 33 || code === 63;
}

/**
 * `Travis scott`, `Jesus christ`: social posts write the surname in lower case. After a listed given name that ends
 * the run, a lower-case word one space on that the lists hold as a surname and not as an everyday word is the
 * surname (not a cue or honorific word). Unlisted words are not taken: the English common-word list lacks too many
 * everyday words (`Marcelo defend`, `Filthy Frank reaction` were the cost). The caller checks that the text is
 * English (`Jasur keldi` is Uzbek for "Jasur came").
 */
function lowerSurnameFollows(text: string, tokens: readonly Token[], folded: readonly string[], words: readonly WordInfo[], span: Span, last: number, resources: NameResources, turkic: boolean): boolean {
  const next = tokens[last + 1];
  if (next === undefined || next.cyrillic || next.hasDigit || tokens[last]!.end !== span.end || next.start !== span.end + 1 || text.charCodeAt(span.end) !== 32) return false;
  const word = folded[last + 1]!;
  if (text.charCodeAt(next.start) !== word.charCodeAt(0) || next.end - next.start !== word.length) return false;
  const evidence = words[last + 1]!.evidence(false, resources, turkic);
  if (evidence.stopFlags !== 0 || resources.cueWords.has(word)) return false;
  return (evidence.nameFlags & WordFlag.Surname) !== 0 && (evidence.nameFlags & WordFlag.Ambiguous) === 0 && word.length >= 4;
}

/** `Lil Yachty`: the run opens with a stage-name prefix of three letters or more in title case, before a capital. */
function stageTitle(text: string, tokens: readonly Token[], folded: readonly string[], first: number, { stagePrefixes }: EnglishSocialWords): boolean {
  const prefix = tokens[first]!;
  if (prefix.end - prefix.start < 3 || !stagePrefixes.has(folded[first]!) || !capitalised(text, tokens, folded, first) || !capitalised(text, tokens, folded, first + 1)) return false;
  // Title case, not capitals (`LIL` in a shouted line).
  return text.charCodeAt(prefix.start + 1) === folded[first]!.charCodeAt(1);
}

/** `DJ Khaled`: the word right before the run (one space) is a stage-name prefix in capitals. */
function stagePrefix(text: string, tokens: readonly Token[], folded: readonly string[], span: Span, first: number, { stagePrefixes }: EnglishSocialWords): boolean {
  const before = tokens[first - 1]!;
  if (before.end - before.start !== 2 || before.end + 1 !== span.start || !stagePrefixes.has(folded[first - 1]!)) return false;
  // Both letters upper case (`DJ`, not `dj` or `Mc`, which is part of a surname elsewhere).
  return text.charCodeAt(before.start) !== folded[first - 1]!.charCodeAt(0) && text.charCodeAt(before.start + 1) !== folded[first - 1]!.charCodeAt(1);
}
