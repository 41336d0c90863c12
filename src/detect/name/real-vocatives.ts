// Turkic vocatives: a bare capitalised word set off by commas at a sentence edge is the person addressed (`Зейін, …`).

import type { Token } from '../../text/tokenize.js';
import type { Span } from '../../types.js';
import { spanCovering, tokenEndingAt, tokenStartingAt } from './real-tokens.js';
import { opensSpeakerLine } from './turkic-dialogue.js';
import type { NameResources } from './resources.js';
import { EndingSet } from './suffixes.js';
import { passGateBits, type WordInfo } from './vocabulary.js';
import { nameWeights } from './weights.js';
import { WordKind, type WordScore } from './words.js';

// Endings of Kazakh/Kyrgyz/Uzbek words that open a sentence before a comma without being a name: adverbial
// (-ша/-ше: `Меніңше`), ablative (-ден: `Біріншіден`), converbs (-ып, -іп), conditionals (-са, -се), comparison
// (-дай, -лай), case endings, possessive (-сы, -сі), plural (-лар), -мыз/-сыз persons, and more below.
const notVocative = new EndingSet(['ша', 'ше', 'ча', 'че', 'дан', 'ден', 'тан', 'тен', 'нан', 'нен', 'ып', 'іп', 'ип', 'уп', 'үп', 'п', 'са', 'се', 'дай', 'дей', 'тай', 'тей', 'лай', 'лей', 'ға', 'ге', 'қа', 'ке', 'га', 'ка', 'да', 'де', 'та', 'те', 'ның', 'нің', 'дың', 'дің', 'тың', 'тің', 'нын', 'нин', 'дын', 'тын', 'ны', 'ні', 'ды', 'ді', 'ты', 'ті', 'сы', 'сі', 'си', 'лар', 'лер', 'дар', 'дер', 'тар', 'тер', 'мыз', 'міз', 'сыз', 'сіз', 'ла', 'ле', 'ақ', 'ек', 'ау', 'еу', 'і', 'ы', 'и', 'ма', 'ме', 'ба', 'бе', 'па', 'пе',
  // participles (-ған: `Сақтандырылған`), first-person plural imperatives (-йік: `Көрейік`), first-person possessive
  // after a velar (`Қазағым`)
  'ған', 'ген', 'қан', 'кен', 'йік', 'йық', 'ейік', 'айық', 'ғым', 'гім', 'қым', 'кім']);

/**
 * In Turkic text, one capitalised Cyrillic word of four letters or more that opens its sentence before `, ` and a
 * lower-case word (`Зейін, өткен жылы …`), or stands between a comma and the sentence end (`…, Сағыныш.`), is the
 * person addressed, even when it is also an everyday noun (Сағыныш, Бірлік): not a listed place, brand, role, cue or
 * everyday word, and without an adverbial, converb, case, possessive or plural ending. Adds or lifts one span per
 * such word; only the words around each comma are looked at.
 */
export function findTurkicVocatives(text: string, tokens: readonly Token[], folded: readonly string[], words: readonly WordInfo[], scores: readonly WordScore[], spans: Span[], resources: NameResources): void {
  let added = false;
  // The scan's spans, sorted by start and disjoint; vocatives are appended after them and sorted in at the end.
  const scanned = spans.length;
  // From comma to comma: the word before one (opening its sentence) and the word after one (closing it).
  for (let comma = text.indexOf(','); comma !== -1; comma = text.indexOf(',', comma + 1)) {
    if (text.charCodeAt(comma + 1) !== 32) continue;
    const before = tokenEndingAt(tokens, comma);
    // A dialogue line's first word after its speaker label (`Менеджер: Айнамкөз, …`) opens it as a sentence would.
    if (before !== -1 && (tokens[before]!.sentenceStart || opensSpeakerLine(text, tokens, before))) {
      const next = tokens[before + 1];
      if (next !== undefined && next.start === comma + 2 && text.charCodeAt(next.start) === folded[before + 1]!.charCodeAt(0)) added = addVocative(text, tokens, folded, words, scores, spans, scanned, resources, before) || added;
    }
    const after = tokenStartingAt(tokens, comma + 2);
    if (after > 0 && !tokens[after]!.sentenceStart && tokens[after - 1]!.end === comma) {
      const end = text.charCodeAt(tokens[after]!.end);
      if (end === 46 || end === 33 || end === 63) added = addVocative(text, tokens, folded, words, scores, spans, scanned, resources, after) || added;
    }
  }
  if (added) spans.sort((a, b) => a.start - b.start);
}

/** Adds or lifts the span of token `k` when it is a bare name; true when a span was added. */
function addVocative(text: string, tokens: readonly Token[], folded: readonly string[], words: readonly WordInfo[], scores: readonly WordScore[], spans: Span[], scanned: number, resources: NameResources, k: number): boolean {
  if (!bareName(text, tokens, folded, words, scores, k, resources)) return false;
  const token = tokens[k]!;
  const existing = spanCovering(spans, scanned, token.start, token.end);
  if (existing === undefined) {
    spans.push({ start: token.start, end: token.end, type: 'NAME', score: nameWeights.firstAmbiguous, source: 'name:cue', normalized: folded[k]! });
    return true;
  }
  if (existing.start === token.start && existing.end === token.end && existing.score < nameWeights.firstAmbiguous) existing.score = nameWeights.firstAmbiguous;
  return false;
}

/**
 * A bare capitalised Cyrillic word of four letters or more that may be a person addressed: on no stop list, no cue,
 * no surname ending, and without an adverbial, case, possessive or verb ending unless a list knows it as a name.
 */
export function bareName(text: string, tokens: readonly Token[], folded: readonly string[], words: readonly WordInfo[], scores: readonly WordScore[], k: number, resources: NameResources): boolean {
  const token = tokens[k]!;
  const word = folded[k]!;
  if (!token.cyrillic || token.hasDigit || token.end - token.start < 4 || token.end - token.start !== word.length || word.includes('-')) return false;
  if (text.charCodeAt(token.start) === word.charCodeAt(0) || text.charCodeAt(token.start + 1) !== word.charCodeAt(1)) return false;
  if (scores[k]!.kind !== WordKind.None && scores[k]!.kind !== WordKind.Name) return false;
  const info = words[k]!;
  if (info.cue !== 0 || (info.bits & ~passGateBits) !== 0) return false;
  const evidence = info.evidence(true, resources, true);
  if (evidence.stopFlags !== 0 || evidence.morph !== 0) return false;
  return evidence.nameFlags !== 0 || !notVocative.test(word);
}

