// A capitalised word right before a surname found by its ending is that person's given name (`Дәния Еспаева`).

import type { Token } from '../../text/tokenize.js';
import type { Span } from '../../types.js';
import { Morph } from './morphology.js';
import { WordFlag } from './lexicon.js';
import type { NameResources } from './resources.js';
import { tokenStartingAt } from './real-tokens.js';
import { EndingSet } from './suffixes.js';
import { WordBit, type WordInfo } from './vocabulary.js';
import { nameWeights } from './weights.js';
import { endsLikeSurname, WordKind, type WordScore } from './words.js';

// Kazakh/Kyrgyz genitive, ablative, instrumental, plural and derivational endings (-ның, -дан, -мен, -лар, -лық,
// -шы): a word with one before a name is what the person belongs to or comes with, not a given name.
const caseOrNounEnding = new EndingSet(['ның', 'нің', 'дың', 'дің', 'тың', 'тің', 'дан', 'ден', 'тан', 'тен', 'нан', 'нен', 'мен', 'бен', 'пен', 'лар', 'лер', 'дар', 'дер', 'тар', 'тер', 'лық', 'лік', 'дық', 'дік', 'тық', 'тік', 'шы', 'ші', 'сы', 'сі', 'ғы', 'гі']);
// Dative, locative and accusative: given names end so too (`Таблида`, `Едіге`), so these rule a word out only where
// it is capitalised for opening the sentence (`Жиында Тоқаев айтты`, `Кеңесті Назарбаевқа тапсырды`).
const dativeOrLocative = new EndingSet(['ға', 'ге', 'қа', 'ке', 'да', 'де', 'та', 'те', 'ны', 'ні', 'ды', 'ді', 'ты', 'ті']);
// Russian adjective and genitive-plural endings: `Российской Иванов`, `Всемирный Петров` are not given names.
const russianNonName = new EndingSet(['ый', 'ий', 'ой', 'ая', 'яя', 'ое', 'ее', 'ые', 'ие', 'ого', 'его', 'ому', 'ему', 'ых', 'их', 'ским', 'ской']);

/**
 * Widens each span that starts with a capitalised surname known only by its ending (-ов/-ева/-ин, any case) to the
 * capitalised word right before it: a given name no list knows (`Айнадин Молдабеков`, `Балсана Әлиманованың`).
 * Not after a role, place, brand or everyday word, nor a word with a case or adjective ending, nor a second surname
 * (`Тоқаев Назарбаев` are two people). A pass over the spans: one check per span, nothing per token.
 */
export function widenToGivenNames(
  text: string,
  tokens: readonly Token[],
  folded: readonly string[],
  words: readonly WordInfo[],
  scores: readonly WordScore[],
  spans: Span[],
  resources: NameResources,
  turkic: boolean,
): void {
  for (let s = 0; s < spans.length; s++) {
    const span = spans[s]!;
    const t = tokenStartingAt(tokens, span.start);
    if (t <= 0) continue;
    const surname = scores[t]!;
    if (surname.kind !== WordKind.Name || surname.source !== 'morphology' || surname.given === true || surname.patronymic === true) continue;
    if (!endsLikeSurname(folded[t]!)) continue;
    const p = t - 1;
    if (!givenNameBefore(text, tokens, folded, words, scores, p, t, resources, turkic)) continue;
    // The word before may be a span of its own (an -ин given name scored as a weak surname): one person, one span.
    const previous = s > 0 ? spans[s - 1]! : undefined;
    const merged = previous !== undefined && previous.start === tokens[p]!.start && previous.end === tokens[p]!.end;
    const score = Math.min(0.99, Math.max(span.score, merged ? previous.score : 0) + nameWeights.severalWords);
    const normalized = span.normalized === undefined ? undefined : `${scores[p]!.base || folded[p]!} ${span.normalized}`;
    const widened: Span = { ...span, start: tokens[p]!.start, score: Math.round(score * 100) / 100, normalized };
    if (merged) {
      spans.splice(s - 1, 2, widened);
      s--;
    } else spans[s] = widened;
  }
}

function givenNameBefore(
  text: string,
  tokens: readonly Token[],
  folded: readonly string[],
  words: readonly WordInfo[],
  scores: readonly WordScore[],
  p: number,
  t: number,
  resources: NameResources,
  turkic: boolean,
): boolean {
  const before = tokens[p]!;
  const token = tokens[t]!;
  // One space, same script, a capitalised word of at least three letters that is not an acronym.
  if (token.start !== before.end + 1 || text.charCodeAt(before.end) !== 32 || before.hasDigit || before.cyrillic !== token.cyrillic) return false;
  const word = folded[p]!;
  const length = before.end - before.start;
  if (length < 3 || length !== word.length) return false;
  const first = text.charCodeAt(before.start);
  if (first === word.charCodeAt(0) || text.charCodeAt(before.start + 1) !== word.charCodeAt(1)) return false;
  const score = scores[p]!;
  // Already a name word of its own run: only a weak one (a strong one would have joined, or is another person).
  if (score.kind !== WordKind.None && !(score.kind === WordKind.Name && score.score < 0.5)) return false;
  const info = words[p]!;
  if (info.cue !== 0 || info.bits & (WordBit.StreetWord | WordBit.StreetOrPossessive | WordBit.PatronymicWord | WordBit.Particle | WordBit.Contraction)) return false;
  // A second surname is a second person; but -дин/-din is the Arabic `ad-din` of given names (`Нуриддин`), and a
  // four-letter -ина word is too short for a surname (`Нина`).
  if (endsLikeSurname(word) && length > 4 && !word.endsWith('дин') && !word.endsWith('din')) return false;
  const evidence = info.evidence(before.cyrillic, resources, turkic);
  if (evidence.morph === Morph.Patronymic) return false;
  // `Дания Еспаева`, `Алтай Көлгінов`: in Turkic text a place that is also a given name, as written (no case
  // ending), not after a preposition; Russian says `Россия Путина` (Putin's Russia). Any other stop word (role,
  // brand, everyday word) rules the word out.
  // `Геннадий Головкин мен Әли Ахметовтың`: in Turkic text, inside a sentence, a listed given name that a stoplist
  // also holds as an everyday word (Kyrgyz `али` "still" folds with `Әли`).
  if (evidence.stopFlags !== 0) {
    if (!turkic) return false;
    if (evidence.stopFlags === WordFlag.NotName) return (evidence.nameFlags & WordFlag.First) !== 0 && !before.sentenceStart && !resources.cueWords.has(word);
    return evidence.stopFlags === WordFlag.Place && evidence.nameFlags === 0 && placeAsGivenName(word, folded, p);
  }
  // A word the lists know as a given name needs no further test; an unknown one must not look like an everyday form.
  if (evidence.nameFlags !== 0) return true;
  // `Пресс-служба Кадырова`: a compound with a lower-case part is a noun (names capitalise every part).
  const hyphen = word.indexOf('-');
  if (hyphen !== -1 && text.charCodeAt(before.start + hyphen + 1) === word.charCodeAt(hyphen + 1)) return false;
  if (turkic && !evidence.nameShape && (caseOrNounEnding.test(word) || (before.sentenceStart && dativeOrLocative.test(word)))) return false;
  if (!turkic && russianNonName.test(word)) return false;
  if (before.cyrillic && !turkic && resources.commonWords.has(word)) return false;
  return true;
}

// Prepositions before a place (`в Москве`, `из Дании`, `на Алтае`; Uzbek/Kazakh postpositions follow the word).
const placePrepositions = new Set(['в', 'во', 'из', 'на', 'до', 'по', 'под', 'над', 'через', 'между', 'у', 'к', 'от', 'с', 'со', 'in', 'to', 'from', 'at']);

// Any case ending on a place (`Алматыда`, `Ташкентга`, `Denovdan`): the place as such, not a given name.
const placeCaseEnding = new EndingSet(['ны', 'ні', 'ды', 'ді', 'ты', 'ті', 'га', 'ка', 'го', 'ко', 'дан', 'нинг', 'ни', 'ga', 'ka', 'qa', 'da', 'dan', 'ning', 'ni', 'лик', 'lik']);
function placeAsGivenName(word: string, folded: readonly string[], p: number): boolean {
  if (p > 0 && placePrepositions.has(folded[p - 1]!)) return false;
  return !caseOrNounEnding.test(word) && !dativeOrLocative.test(word) && !placeCaseEnding.test(word);
}

