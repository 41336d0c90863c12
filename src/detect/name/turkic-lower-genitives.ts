// Kazakh, Kyrgyz and Uzbek chat typed without capitals: a person named in the genitive before what is theirs
// (`нұрсаяның көмегі үшін рахмет`, `ерқанаттың телефоны өшірулі`, `зерекенің арқасында бәрі шешілді`,
// `sherzodbekning raqamini bera olasizmi`). The capital was the evidence in written text; in lower case the possessed
// word must be one a person has: help, work, advice, answer, manner, phone, name.

import type { Token } from '../../text/tokenize.js';
import type { Span } from '../../types.js';
import { onlySpaces } from './gaps.js';
import type { NameResources } from './resources.js';
import { spanCovering } from './real-tokens.js';
import { givenNameStem } from './chat-lower-turkic-cases.js';
import { WordFlag } from './lexicon.js';
import { EndingSet } from './suffixes.js';
import type { WordInfo } from './vocabulary.js';
import { nameWeights } from './weights.js';

// Genitive endings, Kazakh and Kyrgyz, every harmony variant; Uzbek (uzbekGenitive) apart, one length longer.
const genitive = new EndingSet(['ның', 'нің', 'дың', 'дің', 'тың', 'тің', 'нын', 'нин', 'дын', 'дин', 'тын', 'тин', 'нун', 'нүн', 'дун', 'дүн', 'тун', 'түн']);
const uzbekGenitive = new EndingSet(['ning', 'нинг']);
// Before the genitive, a plural (`тілшілердің`) or a possessive (`кешенінің`, `саясатының`): a group or a thing.
const groupOrPossessed = new EndingSet(['лар', 'лер', 'дар', 'дер', 'тар', 'тер', 'лор', 'лөр', 'дор', 'дөр', 'тор', 'төр', 'ы', 'і', 'у', 'ү']);
// What a person has, as the stems of the possessed word (its possessive and case endings follow); not `аты` "its
// name", which places and shops have too (`кафенің аты әдемі`).
const personStems = [
  'көмег', 'көмек', 'жардам', 'арқас', 'аркас', 'жауаб', 'жооб', 'кеңес', 'кеңеш', 'мінез', 'мүнөз', 'сыпайы', 'сылык', 'ықылас', 'ыклас', 'мейір', 'пейил',
  'сөз', 'пікір', 'пикир', 'айтуы', 'айтқан', 'айткан', 'телефон', 'нөмір', 'номер', 'қызмет', 'кызмат', 'жұмыс', 'жумуш', 'еңбег', 'эмгег', 'кәсіби', 'шеберл', 'адалд',
  'қамқор', 'камкор', 'есім', 'тегі', 'байланыс', 'поштас', 'почтас', 'мекенжай', 'дарег',
  // Uzbek, both scripts (folded: ё is е).
  'yordam', 'ердам', 'javob', 'жавоб', 'maslahat', 'маслаҳат', 'muomala', 'муомала', 'raqam', 'рақам', 'telefon', 'nomer', 'xizmat', 'хизмат',
  'ism', 'исм', 'familiya', 'фамилия', 'aytish', 'айтиш', 'manzil', 'манзил', "so'z", 'сўз', 'fikr', 'фикр', 'mehnat', 'меҳнат',
  // Work in Kyrgyz and Uzbek (`иши`, `ishi`: the possessive, so not `ишонч` "trust").
  'иши', 'ishi',
];
const personStemFirsts = new Set(personStems.map((stem) => stem.charCodeAt(0)));

/**
 * In lower-case Kazakh, Kyrgyz or Uzbek writing (the caller checked): a listed given name or a word on no list (in
 * Uzbek, one shaped like a given name), in the genitive on a stem of three letters or more that is no plural,
 * possessive, role, cue or pronoun, right before a word of what a person has. Adds to the scan's spans.
 */
export function findLowerGenitiveNames(text: string, tokens: readonly Token[], folded: readonly string[], words: readonly WordInfo[], spans: Span[], resources: NameResources, turkic: boolean): void {
  const scanned = spans.length;
  let added = false;
  for (let k = 0; k + 1 < tokens.length; k++) {
    const token = tokens[k]!;
    const word = folded[k]!;
    const last = word.charCodeAt(word.length - 1);
    if (token.hasDigit || word.length < 6 || (last !== 0x4a3 /* ң */ && last !== 0x43d /* н */ && last !== 0x433 /* г */ && last !== 0x67 /* g */)) continue;
    const next = folded[k + 1]!;
    if (!personStemFirsts.has(next.charCodeAt(0)) || !onlySpaces(text, token.end, tokens[k + 1]!.start, 1)) continue;
    const uzbek = uzbekGenitive.test(word);
    if ((!uzbek && (!token.cyrillic || !genitive.test(word))) || !personStems.some((stem) => next.startsWith(stem))) continue;
    const stem = word.slice(0, word.length - (uzbek ? 4 : 3));
    if (stem.length < 3 || word.includes('-')) continue;
    if (resources.cueWords.has(word) || resources.roles.has(stem) || resources.serviceRoles.has(stem) || resources.cueWords.has(stem) || resources.speakerLabels.has(stem)) continue;
    // A listed name the scan scored below the threshold is lifted; any other span stands.
    const covering = spanCovering(spans, scanned, token.start, token.end);
    if (covering !== undefined && (covering.score >= nameWeights.lowerVocative || covering.start !== token.start || covering.end !== token.end)) continue;
    const evidence = words[k]!.evidence(token.cyrillic, resources, turkic);
    if (evidence.stopFlags !== 0 || evidence.placeName === true) continue;
    let base = stem;
    // A plural or possessive stem, unless it ends like a given name (`барнобону`: -бону, not the possessive -у).
    if (evidence.nameFlags === 0 && groupOrPossessed.test(stem) && !givenNameStem(stem, resources)) continue;
    if (evidence.nameFlags !== 0) {
      // A listed given name in the genitive (`айсулуунун номерин`): the ending read off must be the genitive itself.
      if ((evidence.nameFlags & WordFlag.First) === 0 || evidence.endingLength !== word.length - stem.length) continue;
      base = evidence.base;
    } else if (uzbek && !givenNameStem(stem, resources)) {
      // Uzbek: a word on no list only when shaped like a given name (`do'konning raqami` is the shop's).
      continue;
    } else if (uzbek && (resources.commonWords.has(stem) || resources.everydayWords.has(stem) || resources.placeWords.has(stem))) continue;
    const span: Span = { start: token.start, end: token.end, type: 'NAME', score: nameWeights.lowerVocative, source: 'name:cue', normalized: base };
    if (covering !== undefined) spans[spans.indexOf(covering)] = span;
    else {
      spans.push(span);
      added = true;
    }
  }
  if (added) spans.sort((a, b) => a.start - b.start);
}
