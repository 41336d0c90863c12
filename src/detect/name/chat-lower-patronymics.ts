// Full names in lower-case writing, found through the patronymic whatever the names are: `поговорите с зармирой
// бекмуратовной`, `заказ оформлен на турдыкулова зармата бекмуратовича`, `зармир төлтайұлы, тапсырысыңыз …`,
// `shifokor toshpo'latov ilhom zarmirovich`. A lower-case patronymic (-ович/-овна in a case form, -ұлы/-қызы, Latin
// -ovich/-ovna) is one piece of evidence; the word right before it, which no list need hold but which is no
// everyday word, cue or role, is the other. A surname-shaped word before the given name joins the span.

import type { Token } from '../../text/tokenize.js';
import type { Span } from '../../types.js';
import { onlySpaces } from './gaps.js';
import { WordFlag } from './lexicon.js';
import { Morph } from './morphology.js';
import type { NameResources } from './resources.js';
import { mergeReplacing } from './ru-spans.js';
import { typoOfCommonWord } from './typos.js';
import { passGateBits, WordBit, type WordInfo } from './vocabulary.js';
import { nameWeights } from './weights.js';

/** The grammatical case a patronymic's ending shows, as the given name before it must agree (Russian only). */
const enum Case {
  /** Kazakh, Latin, or a form whose case the ending does not tell: no agreement asked. */
  Any,
  MasculineBare,
  MasculineA,
  MasculineU,
  MasculineEm,
  MasculineE,
  FeminineA,
  FeminineY,
  FeminineE,
  FeminineU,
  FeminineOj,
}

// Russian patronymics: the suffix, then a case ending (`бекмуратович`, `-а`, `-у`, `-ем`, `-е`; `-овн` + `а`, `ы`, `е`,
// `у`, `ой`). At least three letters of the father's name before the suffix.
const russianMasculine = /^[а-яё]{3,}?(?:ович|евич|ьевич)(а|у|ем|е)?$/u;
const russianFeminine = /^[а-яё]{3,}?(?:овн|евн|ьевн)(а|ы|е|у|ой)$/u;
// Kazakh -ұлы/-қызы joined to the father's name, with a case or possessive ending after it (`нұрланұлының`).
const kazakhAttached = /^[а-яёәғқңөұүһі]{3,}?(ұлы|қызы)(?:ның|на|ға|нан|нда|мен|н)?$/u;
// Latin (Uzbek, Kazakh in Latin letters): -ovich/-evich, -ovna/-evna, with an Uzbek case ending (`anvarovichga`).
const latinPatronymic = /^[a-zʻ'‘’`]{3,}?(?:ovich|evich|ovna|evna)(?:ga|ni|ning|dan|da|ka)?$/u;
const consonantBefore = /[бвгғджзйкқлмнңпрстфхһцчшщ]$/u;

/** Which patronymic `word` is and the case its ending shows; undefined when it is none. */
function patronymicCase(word: string, cyrillic: boolean): Case | undefined {
  if (!cyrillic) return latinPatronymic.test(word) ? Case.Any : undefined;
  const last = word.charCodeAt(word.length - 1);
  const masculine = russianMasculine.exec(word);
  if (masculine !== null) {
    const ending = masculine[1];
    return ending === undefined ? Case.MasculineBare : ending === 'а' ? Case.MasculineA : ending === 'у' ? Case.MasculineU : ending === 'ем' ? Case.MasculineEm : Case.MasculineE;
  }
  if (last === 0x430 || last === 0x44b || last === 0x435 || last === 0x443 || last === 0x439) {
    const feminine = russianFeminine.exec(word);
    if (feminine !== null) {
      const ending = feminine[1];
      return ending === 'а' ? Case.FeminineA : ending === 'ы' ? Case.FeminineY : ending === 'е' ? Case.FeminineE : ending === 'у' ? Case.FeminineU : Case.FeminineOj;
    }
  }
  const kazakh = kazakhAttached.exec(word);
  if (kazakh === null) return undefined;
  // After a vowel, -ұлы is an adjective ending (`атаулы`); -қызы is a daughter's whatever the father's name ends in.
  if (kazakh[1] === 'ұлы' && !consonantBefore.test(word.slice(0, word.lastIndexOf('ұлы')))) return undefined;
  return Case.Any;
}

// Final letters a given name may have in the case of the patronymic after it (the given name may also not decline:
// `айгуль бекмуратовной`, `нур ильичу`; a consonant or soft sign is always allowed for a feminine form).
function agrees(given: string, patronymic: Case): boolean {
  const last = given.charCodeAt(given.length - 1);
  const vowel = last === 0x430 || last === 0x44f || last === 0x443 || last === 0x44e || last === 0x435 || last === 0x438 || last === 0x44b || last === 0x43e || last === 0x451;
  switch (patronymic) {
    case Case.Any:
    case Case.MasculineBare:
    case Case.FeminineA:
      return true;
    case Case.MasculineA:
      return last === 0x430 || last === 0x44f || last === 0x438;
    case Case.MasculineU:
      return last === 0x443 || last === 0x44e || last === 0x435;
    case Case.MasculineEm:
      return given.endsWith('ом') || given.endsWith('ем') || given.endsWith('ой') || given.endsWith('ей');
    case Case.MasculineE:
      return last === 0x435 || last === 0x438;
    case Case.FeminineY:
      return last === 0x44b || last === 0x438 || !vowel;
    case Case.FeminineE:
      return last === 0x435 || last === 0x438 || !vowel;
    case Case.FeminineU:
      return last === 0x443 || last === 0x44e || !vowel;
    case Case.FeminineOj:
      return given.endsWith('ой') || given.endsWith('ей') || given.endsWith('ью') || !vowel;
  }
}

/**
 * Lower-case patronymics (WordBit.SurnameLike words, which the caller's gate asked for) with a given name right
 * before them, and a surname before that; in the Kazakh order the patronymic may come first (`мұратқызы жанар`,
 * a listed given name after it). The found spans replace the scan's overlapping ones.
 */
export function findLowerPatronymicNames(text: string, tokens: readonly Token[], folded: readonly string[], wordBits: ArrayLike<number>, words: readonly WordInfo[], spans: Span[], resources: NameResources, turkic: boolean): void {
  let found: Span[] | undefined;
  let from = 0;
  for (let p = 0; p < tokens.length; p++) {
    if (!(wordBits[p]! & (WordBit.SurnameLike | WordBit.PatronymicWord))) continue;
    const token = tokens[p]!;
    const word = folded[p]!;
    if (token.hasDigit || text.charCodeAt(token.start) !== word.charCodeAt(0)) continue;
    if (wordBits[p]! & WordBit.PatronymicWord) {
      const name = fatherAndPatronymicWord(text, tokens, folded, wordBits, words, p, from, resources, turkic);
      if (name === undefined) continue;
      (found ??= []).push(name);
      from = tokenEnd(tokens, name.end, p) + 1;
      p = from - 1;
      continue;
    }
    const kind = patronymicCase(word, token.cyrillic);
    if (kind === undefined) continue;
    if (token.cyrillic && kind !== Case.Any && resources.commonWords.has(word)) continue;
    let first = -1;
    let last = p;
    const g = p - 1;
    if (g >= from && givenBefore(text, tokens, folded, words, g, p, kind, resources, turkic)) {
      first = g;
      const s = g - 1;
      if (s >= from && surnameBefore(text, tokens, folded, wordBits, words, s, g, resources, turkic)) first = s;
    } else if (kind === Case.Any && token.cyrillic && p + 1 < tokens.length && listedGivenAfter(text, tokens, folded, words, p, resources)) {
      // `мұратқызы жанар бізге көмектесті`: the Kazakh patronymic first, a listed given name after it.
      first = p;
      last = p + 1;
    }
    if (first < 0) continue;
    // Base forms where a list or the morphology knows them, as the scan writes them (one person, one pseudonym).
    const names: string[] = [];
    for (let k = first; k <= last; k++) names.push(words[k]!.evidence(tokens[k]!.cyrillic, resources, turkic).base);
    (found ??= []).push({ start: tokens[first]!.start, end: tokens[last]!.end, type: 'NAME', score: nameWeights.lowerFirstAfterCue, source: 'name:morphology', normalized: names.join(' ') });
    from = last + 1;
    p = last;
  }
  if (found === undefined) return;
  // A span of the scan that already covers the name stays as it is (its base forms, its source).
  if (!sortedByStart(spans)) spans.sort((a, b) => a.start - b.start);
  let s = 0;
  const widening = found.filter((span) => {
    while (s < spans.length && spans[s]!.end <= span.start) s++;
    for (let t = s; t < spans.length && spans[t]!.start < span.end; t++) if (spans[t]!.start <= span.start && spans[t]!.end >= span.end) return false;
    return true;
  });
  if (widening.length > 0) mergeReplacing(spans, widening);
}

function sortedByStart(spans: readonly Span[]): boolean {
  for (let s = 1; s < spans.length; s++) if (spans[s]!.start < spans[s - 1]!.start) return false;
  return true;
}

/** No cue, role, label or other word fact (a surname shape aside): the word could be a name part at all. */
function plainWord(text: string, tokens: readonly Token[], folded: readonly string[], words: readonly WordInfo[], k: number, next: number, resources: NameResources): boolean {
  const token = tokens[k]!;
  const word = folded[k]!;
  if (token.hasDigit || token.cyrillic !== tokens[next]!.cyrillic || !onlySpaces(text, token.end, tokens[next]!.start, 1)) return false;
  if (word.length < 2 || token.end - token.start !== word.length) return false;
  const info = words[k]!;
  if (info.cue !== 0 || (info.bits & ~passGateBits & ~WordBit.SurnameLike & ~WordBit.PairSurname) !== 0) return false;
  return !resources.roles.has(word) && !resources.speakerLabels.has(word) && !resources.cueWords.has(word);
}

function givenBefore(text: string, tokens: readonly Token[], folded: readonly string[], words: readonly WordInfo[], g: number, p: number, kind: Case, resources: NameResources, turkic: boolean): boolean {
  if (!plainWord(text, tokens, folded, words, g, p, resources)) return false;
  const word = folded[g]!;
  const cyrillic = tokens[g]!.cyrillic;
  const evidence = words[g]!.evidence(cyrillic, resources, turkic);
  const listedFirst = (evidence.nameFlags & WordFlag.First) !== 0;
  if (!listedFirst) {
    if (evidence.stopFlags !== 0 || word.length < 3) return false;
    // Two patronymics in a row are no given name and its patronymic.
    if (evidence.morph === Morph.Patronymic) return false;
    if (cyrillic && (resources.commonWords.has(word) || typoOfCommonWord(word, resources.commonWords))) return false;
  }
  return !cyrillic || agrees(word, kind);
}

function surnameBefore(text: string, tokens: readonly Token[], folded: readonly string[], wordBits: ArrayLike<number>, words: readonly WordInfo[], s: number, g: number, resources: NameResources, turkic: boolean): boolean {
  if (!plainWord(text, tokens, folded, words, s, g, resources)) return false;
  const word = folded[s]!;
  const cyrillic = tokens[s]!.cyrillic;
  const evidence = words[s]!.evidence(cyrillic, resources, turkic);
  const shaped = (wordBits[s]! & WordBit.SurnameLike) !== 0 || evidence.morph === Morph.Surname || (evidence.nameFlags & WordFlag.Surname) !== 0;
  if (!shaped || evidence.stopFlags !== 0) return false;
  return !cyrillic || !resources.commonWords.has(word);
}

function listedGivenAfter(text: string, tokens: readonly Token[], folded: readonly string[], words: readonly WordInfo[], p: number, resources: NameResources): boolean {
  const n = p + 1;
  const token = tokens[n]!;
  if (token.hasDigit || !token.cyrillic || !onlySpaces(text, tokens[p]!.end, token.start, 1) || folded[n]!.length < 3) return false;
  const info = words[n]!;
  if (info.cue !== 0 || resources.roles.has(folded[n]!)) return false;
  const evidence = info.evidence(true, resources, true);
  return (evidence.nameFlags & WordFlag.First) !== 0 && (evidence.stopFlags & WordFlag.Place) === 0;
}

// Kyrgyz and Kazakh patronymic words, which may stand before the given name (`азамат кызы айчүрөк`); Uzbek `o‘g‘li`,
// `qizi` follow it.
const kyrgyzOrder = /^(?:уул|кыз|қыз|uul|kyz|qyz)/u;

// Genitive endings: `досумдун кызы` "my friend's daughter", `akamning o‘g‘li` "my brother's son".
const genitive = /(?:нын|нин|нун|нүн|дын|дин|дун|дүн|тын|тин|тун|түн|ның|нің|дың|дің|тың|тің|ning|нинг)$/u;

/**
 * `зармир бекмурод o‘g‘li`, `асанов талант адилет уулу`, `азамат кызы айчүрөк`: a separate patronymic word after the
 * father's name, with the given name before the father's (and a surname before it) or, in the Kyrgyz order, after
 * the patronymic word (a listed given name or one shaped like one). The father's name is no everyday word, marker or
 * genitive.
 */
function fatherAndPatronymicWord(text: string, tokens: readonly Token[], folded: readonly string[], wordBits: ArrayLike<number>, words: readonly WordInfo[], p: number, from: number, resources: NameResources, turkic: boolean): Span | undefined {
  // `қызылорда` starts like `қызы`: a place is no patronymic word.
  if (words[p]!.evidence(tokens[p]!.cyrillic, resources, turkic).stopFlags & WordFlag.Place) return undefined;
  const f = p - 1;
  if (f < from || !plainWord(text, tokens, folded, words, f, p, resources) || !nameOfFather(tokens, folded, words, f, resources, turkic)) return undefined;
  let first = f;
  let last = p;
  const g = f - 1;
  if (g >= from && plainWord(text, tokens, folded, words, g, f, resources) && nameOfFather(tokens, folded, words, g, resources, turkic)) {
    first = g;
    const s = g - 1;
    if (s >= from && surnameBefore(text, tokens, folded, wordBits, words, s, g, resources, turkic)) first = s;
  } else if (p + 1 < tokens.length && kyrgyzOrder.test(folded[p]!) && givenAfterPatronymicWord(text, tokens, folded, words, p, resources, turkic)) last = p + 1;
  else return undefined;
  const names: string[] = [];
  for (let k = first; k <= last; k++) names.push(words[k]!.evidence(tokens[k]!.cyrillic, resources, turkic).base);
  return { start: tokens[first]!.start, end: tokens[last]!.end, type: 'NAME', score: nameWeights.lowerFirstAfterCue, source: 'name:morphology', normalized: names.join(' ') };
}

/** A word that may be a given name or a father's: listed, or no everyday word, place, genitive or patronymic. */
function nameOfFather(tokens: readonly Token[], folded: readonly string[], words: readonly WordInfo[], k: number, resources: NameResources, turkic: boolean): boolean {
  const word = folded[k]!;
  if (word.length < 3) return false;
  const cyrillic = tokens[k]!.cyrillic;
  const evidence = words[k]!.evidence(cyrillic, resources, turkic);
  if (evidence.stopFlags & WordFlag.Place || evidence.morph === Morph.Patronymic) return false;
  // Names may end like a genitive (`нурдин`): only a listed one, or one shaped like a name, then.
  if (evidence.nameFlags & WordFlag.First) return !genitive.test(word) || !evidence.latinList;
  if (evidence.stopFlags !== 0 || (genitive.test(word) && !evidence.nameShape && words[k]!.givenShape() === 0)) return false;
  return !cyrillic || turkic || !resources.commonWords.has(word);
}

function givenAfterPatronymicWord(text: string, tokens: readonly Token[], folded: readonly string[], words: readonly WordInfo[], p: number, resources: NameResources, turkic: boolean): boolean {
  const n = p + 1;
  const token = tokens[n]!;
  if (token.hasDigit || token.cyrillic !== tokens[p]!.cyrillic || !onlySpaces(text, tokens[p]!.end, token.start, 1) || folded[n]!.length < 3) return false;
  const info = words[n]!;
  if (info.cue !== 0 || resources.roles.has(folded[n]!)) return false;
  const evidence = info.evidence(token.cyrillic, resources, turkic);
  if (evidence.stopFlags & WordFlag.Place) return false;
  if (((evidence.nameFlags & WordFlag.First) !== 0 && !evidence.latinList) || evidence.nameShape || info.givenShape() > 0) return true;
  // `азамат кызы айчүрөк бизге …`: an unlisted word, mid-clause, with no past-tense ending (`азамат уулу келди` is the
  // subject and its verb).
  // Two words on no list around the patronymic word (`кичинекей кызы ооруп`, "the little daughter fell ill") are no name.
  const father = words[p - 1]!.evidence(tokens[p - 1]!.cyrillic, resources, turkic);
  if (!(father.nameFlags & WordFlag.First) && !father.nameShape && words[p - 1]!.givenShape() === 0) return false;
  if ((info.bits & ~passGateBits & ~WordBit.SurnameLike & ~WordBit.PairSurname) !== 0 || resources.speakerLabels.has(folded[n]!) || resources.cueWords.has(folded[n]!) || !nameOfFather(tokens, folded, words, n, resources, turkic) || pastTense.test(folded[n]!)) return false;
  const after = text.charCodeAt(token.end);
  return n + 1 < tokens.length && (after === 32 || after === 44) && folded[n]!.length >= 4;
}

const pastTense = /(?:ды|ди|ду|дү|ты|ти|ту|тү|ді|ті|di|ti|du|ып|ип|уп|үп|іп|ib|ub)$/u;

/** The index of the token ending at `end`, searching forward from `k`. */
function tokenEnd(tokens: readonly Token[], end: number, k: number): number {
  while (k + 1 < tokens.length && tokens[k]!.end < end) k++;
  return k;
}
