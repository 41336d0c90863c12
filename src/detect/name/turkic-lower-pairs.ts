// Lower-case surname and unlisted given name side by side in Turkic chat: `алымкулова сыймык менен сүйлөштүк`,
// `ortiqboyev gulshoda bilan gaplashdim`, `hamdam abdullayeva buyurtmani adashtirib yubordi`.

import type { Token } from '../../text/tokenize.js';
import type { Span } from '../../types.js';
import { bareTurkicName } from './chat.js';
import { onlySpaces } from './gaps.js';
import { WordFlag } from './lexicon.js';
import { Morph } from './morphology.js';
import { spanCovering } from './real-tokens.js';
import { EndingSet } from './suffixes.js';
import { type NameResources } from './resources.js';
import { personActWord } from './turkic-person-acts.js';
import { WordBit, type WordInfo } from './vocabulary.js';
import { nameWeights } from './weights.js';

// -ин/-ын/-in surnames are also everyday words (Turkic possessives, Russian nouns): not enough to lean on.
const shortSurnameEnding = new EndingSet(['ин', 'ын', 'in', 'ина', 'ына', 'ina']);
const turkicPatronymic = new EndingSet(['ұлы', 'қызы', 'улы', 'кызы', 'uly', 'qyzy']);
// Past-tense and converb endings: a verb after the surname (`karimova keldi`), not a given name.
const verbEnding = new EndingSet(['di', 'ti', 'ди', 'ти', 'ды', 'ді', 'ты', 'ті', 'ду', 'дү', 'ту', 'тү', 'ib', 'иб', 'ып', 'іп', 'уп', 'үп', 'moqda', 'моқда', 'yapti', 'япти', 'ган', 'ген', 'ған', 'gan']);

/**
 * A lower-case word on no list (bare: no case, plural, possessive or verb ending) right before or after a lower-case
 * word with a surname or patronymic ending (-ov/-ova/-yev, -ұлы) is the given name of that person: the surname's
 * ending and the bare unknown word beside it are the two pieces of evidence (the scan reads the pair only when the
 * given name is listed). The span found for the surname alone is widened; a new span covers both otherwise. The
 * caller runs this on lower-case Turkic or Latin-script writing with a surname-like word only (Cyrillic text read as
 * Russian left out: -ов is also a genitive plural there, `доставка заказов`).
 */
export function findLowerSurnamePairs(text: string, tokens: readonly Token[], folded: readonly string[], firstCodes: ArrayLike<number>, wordBits: ArrayLike<number>, words: readonly WordInfo[], spans: Span[], resources: NameResources, turkic: boolean): void {
  const scanned = spans.length;
  let added = false;
  const count = tokens.length;
  for (let i = 0; i < count; i++) {
    if ((wordBits[i]! & WordBit.SurnameLike) === 0) continue;
    const token = tokens[i]!;
    const surname = folded[i]!;
    // `krylova's killers`: an English possessive.
    if (surname.length < 6 || surname.endsWith('s') && isApostropheCode(text.charCodeAt(token.end - 2)) || token.hasDigit || text.charCodeAt(token.start) !== firstCodes[i] || (token.cyrillic && !turkic)) continue;
    const evidence = words[i]!.evidence(token.cyrillic, resources, turkic);
    // A patronymic leads only in the Kazakh and Kyrgyz order (`мейрамұлы дидар`); -ovna follows the given name,
    // which the scan reads already.
    const leadingPatronymic = evidence.morph === Morph.Patronymic && turkicPatronymic.test(surname);
    if ((evidence.morph !== Morph.Surname && !leadingPatronymic) || evidence.stopFlags !== 0 || shortSurnameEnding.test(evidence.base)) continue;
    if (token.cyrillic && resources.commonWords.has(surname)) continue;
    // `дүкөн ибраимов көчөсү`: a street named after a person.
    if (i + 1 < count && wordBits[i + 1]! & WordBit.StreetWord) continue;
    const own = spanCovering(spans, scanned, token.start, token.end);
    // `qosimova tanzila lochinovna`: the given name and patronymic found, the lower-case surname before them not.
    const after = own === undefined && bareSurname.test(surname) ? nameSpanBeside(text, tokens, spans, scanned, i, 1) : undefined;
    if (after !== undefined) {
      after.start = token.start;
      if (after.normalized !== undefined) after.normalized = `${evidence.base} ${after.normalized}`;
      added = true;
      continue;
    }
    // A span holding more than the surname already has its given name (`інжу тұрсынова дәметкен екеуміз`: the word
    // after is a second person).
    if (own !== undefined && (own.start !== token.start || own.end !== token.end)) continue;
    const given = (bareSurname.test(surname) ? givenBeside(text, tokens, folded, firstCodes, words, spans, scanned, resources, turkic, i, 1) : undefined) ?? (leadingPatronymic ? undefined : givenBeside(text, tokens, folded, firstCodes, words, spans, scanned, resources, turkic, i, -1));
    if (given === undefined) continue;
    const pairStart = Math.min(token.start, tokens[given]!.start);
    const pairEnd = Math.max(token.end, tokens[given]!.end);
    const found = own;
    if (found !== undefined) {
      found.normalized = given > i ? `${found.normalized ?? surname} ${folded[given]!}` : `${folded[given]!} ${found.normalized ?? surname}`;
      found.start = Math.min(found.start, pairStart);
      found.end = Math.max(found.end, pairEnd);
      if (found.score < nameWeights.unknownPair) found.score = nameWeights.unknownPair;
    } else {
      const normalized = given > i ? `${evidence.base} ${folded[given]!}` : `${folded[given]!} ${evidence.base}`;
      spans.push({ start: pairStart, end: pairEnd, type: 'NAME', score: nameWeights.unknownPair, source: 'name:morphology', normalized });
    }
    added = true;
  }
  if (added) spans.sort((a, b) => a.start - b.start);
}

// Endings of everyday words the shared Turkic ending table leaves out: locative, ablative and possessive cases
// (`асанкулова убагында` "on time", `қалдыбаева сұрағыма` "to my question", `қуанышов ауруханадан`, `құралов
// өздігімен`), converbs (`келімбетов баяндап`), agent nouns and ordinals (`айыпталушы нұрмұханова`, `біртанов
// бірінші`), abstract nouns (`шайхислямов төрағалық`).
const everydayEnding = new EndingSet([
  // Not -дан/-тан after a vowel or alone: given names end so (Ерсұлтан, Гулбадан).
  'да', 'де', 'та', 'те', 'до', 'дө', 'то', 'тө', 'лардан', 'лерден', 'дардан', 'тардан', 'ден', 'тен', 'нан', 'нен', 'ыма', 'іме', 'ума', 'үмө', 'ымен', 'імен', 'имен',
  'ап', 'еп', 'шы', 'ші', 'чы', 'чи', 'chi', 'лық', 'лік', 'лык', 'лик', 'дық', 'дік', 'тық', 'тік', 'lik',
]);
// A surname in its dictionary form (no case ending after it): only then may the given name follow it
// (`хушвақтовни сўрасам` "if I ask Khushvaqtov", `тоқаевтың тапсырмаларын` "Tokayev's orders").
const bareSurname = new EndingSet(['ов', 'ова', 'ев', 'ева', 'ёв', 'ёва', 'ov', 'ova', 'ev', 'eva', 'ұлы', 'қызы', 'улы', 'кызы', 'uly', 'qyzy', 'зода', 'zoda', 'заде', 'zade']);

// -malik given names (Temurmalik, Абдумалик) end like -lik nouns.
const malik = new EndingSet(['malik', 'малик']);

/** The token on `side` of surname `i` when it is a lower-case bare word on no list and in no span. */
function givenBeside(text: string, tokens: readonly Token[], folded: readonly string[], firstCodes: ArrayLike<number>, words: readonly WordInfo[], spans: readonly Span[], scanned: number, resources: NameResources, turkic: boolean, i: number, side: number): number | undefined {
  const j = i + side;
  const token = tokens[j];
  if (token === undefined || token.hasDigit || token.cyrillic !== tokens[i]!.cyrillic || text.charCodeAt(token.start) !== firstCodes[j]) return undefined;
  const before = side > 0 ? tokens[i]! : token;
  const after = side > 0 ? token : tokens[i]!;
  if (!onlySpaces(text, before.end, after.start, 1)) return undefined;
  const word = folded[j]!;
  if (verbEnding.test(word) || (everydayEnding.test(word) && !malik.test(word)) || personActWord(word) || resources.roles.has(word) || spanCovering(spans, scanned, token.start, token.end) !== undefined) return undefined;
  const evidence = words[j]!.evidence(token.cyrillic, resources, turkic);
  if (bareTurkicName(word, evidence, resources)) return j;
  // `жанар ермекова`, `lola abdurahmonova`: a listed given name that is also a word (the scan leaves it out in lower
  // case) takes its reading from the surname beside it. Not an English word from the big lists (`will`).
  if (evidence.nameFlags & WordFlag.First && evidence.stopFlags === 0 && word.length >= 3 && !resources.cueWords.has(word) && !(evidence.latinList && resources.chatWords.englishFunctionWords.has(word))) return j;
  // A name-forming part (Gul-, -bek) outweighs an ending that is also a case (`gulshoda`: -da).
  return evidence.nameShape && word.length >= 5 && evidence.nameFlags === 0 && evidence.stopFlags === 0 && !resources.cueWords.has(word) ? j : undefined;
}

/** The name span that starts at the token right after surname `i` (`side` 1), with one space between. */
function nameSpanBeside(text: string, tokens: readonly Token[], spans: readonly Span[], scanned: number, i: number, side: number): Span | undefined {
  const next = tokens[i + side];
  if (next === undefined || !onlySpaces(text, tokens[i]!.end, next.start, 1)) return undefined;
  const found = spanCovering(spans, scanned, next.start, next.end);
  return found !== undefined && found.start === next.start ? found : undefined;
}

function isApostropheCode(code: number): boolean {
  return code === 39 || code === 0x2019 || code === 0x2bc || code === 0x60;
}
