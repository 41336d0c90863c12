// Kazakh and Kyrgyz chat typed without capitals: a person named in the genitive before what is theirs (`нұрсаяның
// көмегі үшін рахмет`, `ерқанаттың телефоны өшірулі`, `зерекенің арқасында бәрі шешілді`). The capital was the
// evidence in written text; in lower case the possessed word must be one a person has: help, work, advice, answer,
// manner, phone, name.

import type { Token } from '../../text/tokenize.js';
import type { Span } from '../../types.js';
import { onlySpaces } from './gaps.js';
import type { NameResources } from './resources.js';
import { spanCovering } from './real-tokens.js';
import { EndingSet } from './suffixes.js';
import type { WordInfo } from './vocabulary.js';
import { nameWeights } from './weights.js';

// Genitive endings, Kazakh and Kyrgyz, every harmony variant.
const genitive = new EndingSet(['ның', 'нің', 'дың', 'дің', 'тың', 'тің', 'нын', 'нин', 'дын', 'дин', 'тын', 'тин', 'нун', 'нүн', 'дун', 'дүн', 'тун', 'түн']);
// Before the genitive, a plural (`тілшілердің`) or a possessive (`кешенінің`, `саясатының`): a group or a thing.
const groupOrPossessed = new EndingSet(['лар', 'лер', 'дар', 'дер', 'тар', 'тер', 'лор', 'лөр', 'дор', 'дөр', 'тор', 'төр', 'ы', 'і', 'у', 'ү']);
// What a person has, as the stems of the possessed word (its possessive and case endings follow); not `аты` "its
// name", which places and shops have too (`кафенің аты әдемі`).
const personStems = [
  'көмег', 'көмек', 'жардам', 'арқас', 'аркас', 'жауаб', 'жооб', 'кеңес', 'кеңеш', 'мінез', 'мүнөз', 'сыпайы', 'сылык', 'ықылас', 'ыклас', 'мейір', 'пейил',
  'сөз', 'пікір', 'пикир', 'айтуы', 'айтқан', 'айткан', 'телефон', 'нөмір', 'номер', 'қызмет', 'кызмат', 'жұмыс', 'жумуш', 'еңбег', 'эмгег', 'кәсіби', 'шеберл', 'адалд',
  'қамқор', 'камкор', 'есім', 'тегі', 'байланыс', 'поштас', 'почтас', 'мекенжай', 'дарег',
];
const personStemFirsts = new Set(personStems.map((stem) => stem.charCodeAt(0)));

/**
 * In lower-case Kazakh or Kyrgyz writing (the caller checked): a word on no list, in the genitive on a stem of three
 * letters or more that is no plural, possessive, role, cue or pronoun, right before a word of what a person has.
 * Adds to the scan's spans.
 */
export function findLowerGenitiveNames(text: string, tokens: readonly Token[], folded: readonly string[], words: readonly WordInfo[], spans: Span[], resources: NameResources, turkic: boolean): void {
  const scanned = spans.length;
  let added = false;
  for (let k = 0; k + 1 < tokens.length; k++) {
    const token = tokens[k]!;
    const word = folded[k]!;
    if (!token.cyrillic || token.hasDigit || word.length < 6 || word.charCodeAt(word.length - 1) !== 0x4a3 /* ң */ && word.charCodeAt(word.length - 1) !== 0x43d /* н */) continue;
    const next = folded[k + 1]!;
    if (!personStemFirsts.has(next.charCodeAt(0)) || !genitive.test(word) || !onlySpaces(text, token.end, tokens[k + 1]!.start, 1)) continue;
    if (!personStems.some((stem) => next.startsWith(stem))) continue;
    const stem = word.slice(0, word.length - 3);
    if (stem.length < 3 || groupOrPossessed.test(stem) || word.includes('-')) continue;
    if (resources.cueWords.has(word) || resources.roles.has(stem) || resources.serviceRoles.has(stem) || resources.cueWords.has(stem) || resources.speakerLabels.has(stem)) continue;
    const evidence = words[k]!.evidence(true, resources, turkic);
    if (evidence.nameFlags !== 0 || evidence.stopFlags !== 0) continue;
    if (spanCovering(spans, scanned, token.start, token.end) !== undefined) continue;
    spans.push({ start: token.start, end: token.end, type: 'NAME', score: nameWeights.lowerVocative, source: 'name:cue', normalized: stem });
    added = true;
  }
  if (added) spans.sort((a, b) => a.start - b.start);
}
