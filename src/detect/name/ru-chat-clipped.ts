// Russian chat, the clipped vocative: a given name in -а/-я without its last vowel, opening a message before a comma
// (`Маш, ты где?`, `Вась, перезвони`, `Тань, глянь почту`), which ru-vocatives.ts leaves out when the lexicon holds
// the clipped form as a word (`маш`, `коль`) or it is three letters long.

import type { Token } from '../../text/tokenize.js';
import { analyzeWord } from './analyze.js';
import { WordFlag } from './lexicon.js';
import type { NameResources } from './resources.js';
import { WordKind, type WordScore } from './words.js';

// The person spoken to, after the comma: ты and its forms, a greeting, a second-person verb.
const youSingular = new Set(['ты', 'тебе', 'тебя', 'тобой', 'твой', 'твоя', 'твое', 'твои', 'привет', 'приветик', 'здравствуй']);

/**
 * The full given name when token `k` (opening the message or a line, the caller checked), a comma right after it, is
 * one clipped: three to seven Cyrillic letters ending in a consonant or ь, which with -а (`маш` → `маша`) or with
 * -я for its ь (`вась` → `вася`) is a listed first name no everyday word shares. When the clipped form is a word
 * too (`свет`, `коль`), the word after the comma must speak to a person: ты, a greeting, an imperative (`глянь`,
 * `перезвони`: the lexicon knows it with -те) or a second-person verb (`можешь`). Undefined otherwise.
 */
export function clippedVocative(text: string, tokens: readonly Token[], folded: readonly string[], score: WordScore, k: number, resources: NameResources): string | undefined {
  const token = tokens[k]!;
  const word = folded[k]!;
  if (!token.cyrillic || token.hasDigit || word.length < 3 || word.length > 7 || !commaAfter(text, token.end)) return undefined;
  if (!(score.kind === WordKind.None || (score.kind === WordKind.Name && score.score < 0.5))) return undefined;
  const last = word.charCodeAt(word.length - 1);
  if (isVowel(last) || last === 0x44a /* ъ */ || last === 0x439 /* й */) return undefined;
  const base = last === 0x44c /* ь */ ? word.slice(0, -1) + 'я' : word + 'а';
  const evidence = analyzeWord(base, true, resources, false);
  if ((evidence.nameFlags & WordFlag.First) === 0 || evidence.nameFlags & WordFlag.Ambiguous || evidence.stopFlags !== 0 || evidence.endingLength !== 0) return undefined;
  if (!resources.commonWords.has(word)) return base;
  return k + 1 < tokens.length && speaksToPerson(folded[k + 1]!, resources) ? base : undefined;
}

// `Вась, …` or `Вась , …`.
function commaAfter(text: string, end: number): boolean {
  return text.charCodeAt(end) === 44 || (text.charCodeAt(end) === 32 && text.charCodeAt(end + 1) === 44);
}

function speaksToPerson(next: string, resources: NameResources): boolean {
  if (youSingular.has(next)) return true;
  const last = next.charCodeAt(next.length - 1);
  // Imperatives in -и, -ь, -й whose plural the lexicon knows (`скинь` → `скиньте`); verbs in -ешь, -ишь.
  if ((last === 0x438 || last === 0x44c || last === 0x439) && next.length >= 4 && resources.commonWords.has(next + 'те') && resources.commonWords.has(next)) return true;
  return (next.endsWith('ешь') || next.endsWith('ишь')) && next.length >= 5 && resources.commonWords.has(next);
}

function isVowel(code: number): boolean {
  return code === 0x430 || code === 0x435 || code === 0x438 || code === 0x43e || code === 0x443 || code === 0x44b || code === 0x44d || code === 0x44e || code === 0x44f || code === 0x451;
}
