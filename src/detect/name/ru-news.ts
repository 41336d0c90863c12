// Russian news prose: the frames in which wire copy names people the lists do not hold (foreign given name +
// surname pairs after a title and a country, participant lines of a bulleted list, a monarch's name after the title,
// a foreign surname in an oblique case), and the place and plural forms it must not take
// for a person (`на Апеннинах`, `братьев Ямадаевых`, `Формулы-1`).

import { readPatternWords } from '../../patterns.js';
import { analyzeWord } from './analyze.js';
import type { Token } from '../../text/tokenize.js';
import type { Span } from '../../types.js';
import { WordFlag } from './lexicon.js';
import { Morph } from './morphology.js';
import { CueWord, type NameResources } from './resources.js';
import type { WordInfo } from './vocabulary.js';
import { nameWeights } from './weights.js';
import { mergeReplacing } from './ru-spans.js';
import { reviewNewsBodies } from './ru-news-bodies.js';
import { findEponyms } from './ru-news-eponyms.js';
import { findNamedAfter } from './ru-news-named-after.js';
import { findKoreanNames } from './ru-news-korean.js';
import { findPlaceSpelledSurnames } from './ru-news-place-surnames.js';
import { findObjectsAfterHeads, findPersonObjects } from './ru-news-objects.js';
import { typoOfCommonWord } from './typos.js';
import { particles } from './words.js';

// The first letters of the titles in name-ru-monarch-titles.txt, lower case (ц к и п с э ш х), checked before the set.
function monarchInitial(code: number): boolean {
  return code === 0x446 || code === 0x43a || code === 0x438 || code === 0x43f || code === 0x441 || code === 0x44d || code === 0x448 || code === 0x445;
}

let monarchTitles: ReadonlySet<string> | undefined;
/** `царь`, `королева`, `князю` (name-ru-monarch-titles.txt). */
function monarchTitle(word: string): boolean {
  monarchTitles ??= new Set(readPatternWords('cues/name-ru-monarch-titles.txt'));
  return monarchTitles.has(word);
}

// Foreign surname endings of the weak morphology (morphology.ts) that an adjective or a Russian noun does not share.
// `-аман`/`-яман`/`-иман` and `-арман` are also Uzbek and Kyrgyz first person forms (`оламан`, `келарман`) that
// Turkic text without its own letters reads as Russian: a consonant other than -р after a vowel must come before
// -ман (`Клинсман`, `Хофман`; `Шуман` aside).
const foreignSurnameEnding = /(?:[бвгджзклмнпстфхцчшщу]ман|[бвгджзклмнпрстфхцчшщ]рман|сон|берг|штейн|штайн|стайн|етти|елли|уччи|ян)(?:а|у|ом|е|ы|ой|ым)?$/u;

// Organisation words Russian compounds (Минсвязи, Роскосмос, Интерпол, Евросоюз): never a person's surname. A
// prefix, or a last part with at most a case ending.
const organisationPrefix = /^(?:мин|рос|гос|евро|газ|нефт|спец|глав|мос|укр|бел)[а-яё]{3}/u;
const organisationEnding = /(?:пол|пром|банк|строй|торг|стат|надзор|союз|тех|инвест|холдинг|сбыт|авиа)(?:а|у|ом|е|ы)?$/u;
export function organisationShape(word: string): boolean {
  return organisationPrefix.test(word) || organisationEnding.test(word);
}

/**
 * Adds the names of the news frames to the scan's spans, and drops the spans that news prose shows are no person.
 * Cyrillic text without Turkic letters only (the caller checks); spans sorted and disjoint, and kept so.
 */
export function reviewNewsNames(text: string, tokens: readonly Token[], folded: readonly string[], words: readonly WordInfo[], cues: ArrayLike<number>, parenthesis: boolean, spans: Span[], resources: NameResources): void {
  const count = tokens.length;
  let found: Span[] | undefined;
  // A bullet line needs a `(` after its run: tokenize() saw whether the text has one, and `•` is looked for once.
  const bullets = parenthesis && text.includes('\u2022');
  for (let k = 0; k < count; k++) {
    const token = tokens[k]!;
    // Most tokens are none of the three frames' openers: a role word (a cue bit), a lower-case word of a monarch's
    // title's length, a line opener.
    const role = (cues[k]! & CueWord.Role) !== 0;
    if (!role && !(bullets && token.sentenceStart) && !(token.end - token.start <= 12 && token.cyrillic && monarchInitial(text.charCodeAt(token.start)))) continue;
    // `• Тадао Мори (Япония)`: a bullet line of two to four capitalised words before a parenthesis that opens with a
    // capitalised word (a country, a team) is a participant list.
    if (bullets && token.sentenceStart && capitalCyrillic(text, token, folded[k]!) && bulletBefore(text, token.start)) {
      let last = k;
      while (last + 1 < count && last - k < 3 && onlySpaceBetween(text, tokens[last]!, tokens[last + 1]!) && (capitalCyrillic(text, tokens[last + 1]!, folded[last + 1]!) || particles.has(folded[last + 1]!))) last++;
      const after = tokens[last + 1];
      if (last > k && after !== undefined && parenthesisBetween(text, tokens[last]!.end, after.start) && capitalWord(text, after, folded[last + 1]!) && participantRun(folded, words, k, last, resources)) {
        found = addFound(found, text, tokens, folded, spans, k, last, nameWeights.unknownPair);
        k = last;
        continue;
      }
    }
    // `царь Пётр Первый`, `король Людовик XIV`, `князь Игорь`: after a monarch's title, a listed given name or a word
    // Russian knows in no form but as a proper noun (the dictionary holds monarchs' names), and a capitalised epithet or a Roman numeral after it.
    if (k + 1 < count && capitalCyrillic(text, tokens[k + 1]!, folded[k + 1]!) && lowerCyrillic(text, token, folded[k]!) && onlySpaceBetween(text, token, tokens[k + 1]!) && monarchTitle(folded[k]!)) {
      const given = k + 1;
      const evidence = words[given]!.evidence(true, resources, false);
      const person = evidence.stopFlags & WordFlag.Place ? false : evidence.nameFlags & WordFlag.First ? true : evidence.stopFlags === 0 && !resources.commonWords.has(folded[given]!);
      if (person) {
        const next = tokens[given + 1];
        const epithet = next !== undefined && onlySpaceBetween(text, tokens[given]!, next) && (romanNumeral(text, next) || (capitalCyrillic(text, next, folded[given + 1]!) && epithetEnding.test(folded[given + 1]!)));
        found = addFound(found, text, tokens, folded, spans, given, epithet ? given + 1 : given, nameWeights.nameShape);
        k = epithet ? given + 1 : given;
        continue;
      }
    }
    // `Премьер-министр Австралии Тадао Мори`, `глава японского МИДа Сэйдзи Маэхара`: after a title (and up to two
    // lower-case words), a capitalised run whose first words are the country or body the person serves.
    if (role) {
      let first = k + 1;
      while (first < count && first - k <= 2 && lowerCyrillic(text, tokens[first]!, folded[first]!)) first++;
      if (first >= count || !tokens[first]!.cyrillic || !capitalWord(text, tokens[first]!, folded[first]!)) continue;
      let last = first;
      while (last + 1 < count && onlySpaceBetween(text, tokens[last]!, tokens[last + 1]!) && (capitalCyrillic(text, tokens[last + 1]!, folded[last + 1]!) || particles.has(folded[last + 1]!))) last++;
      // The body is one word here; a person's name after it is two or three words (a particle makes three). The
      // run is measured before the lists are asked (`Оператор Шерзод:` in a dialogue ends at once).
      const nameFirst = first + 1;
      const length = last - nameFirst + 1;
      if (length < 2 || length > 3 || (length === 3 && !particles.has(folded[nameFirst + 1]!))) continue;
      if (!serviceBody(text, tokens[first]!, folded[first]!, words[first]!, resources)) continue;
      if (patronymicIn(folded, words, nameFirst, last, resources) || everydayRun(folded, words, nameFirst, last, resources)) continue;
      found = addFound(found, text, tokens, folded, spans, nameFirst, last, nameWeights.unknownPair);
      k = last;
      continue;
    }
  }
  if (found !== undefined) mergeReplacing(spans, found, 'inside');
  // `Брандтнеру предъявлено обвинение` (ru-news-objects.ts), `закон Гука`, `труды ибн Рушда` (ru-news-eponyms.ts).
  const objects = findPersonObjects(text, tokens, folded, words, spans, resources);
  if (objects !== undefined) mergeReplacing(spans, objects, 'inside');
  const afterHeads = findObjectsAfterHeads(text, tokens, folded, words, spans, resources);
  if (afterHeads !== undefined) mergeReplacing(spans, afterHeads, 'inside');
  // `Тарн сообщил`, `между Вельцем и Тарном` (ru-news-place-surnames.ts).
  const placeSpelled = findPlaceSpelledSurnames(text, tokens, folded, words, cues, spans, resources);
  if (placeSpelled !== undefined) mergeReplacing(spans, placeSpelled, 'inside');
  const eponyms = findEponyms(text, tokens, folded, words, spans, resources);
  if (eponyms !== undefined) mergeReplacing(spans, eponyms, 'inside');
  // `театр имени Вельтмана`, `МГУ им. Ирины Торновой` (ru-news-named-after.ts).
  const namedAfter = findNamedAfter(text, tokens, folded, words, spans, resources);
  if (namedAfter !== undefined) mergeReplacing(spans, namedAfter, 'inside');
  // `Пак Ын Хва`, `Кима Чон Ира` (ru-news-korean.ts).
  const korean = findKoreanNames(text, tokens, folded, spans);
  if (korean !== undefined) mergeReplacing(spans, korean, 'inside');
  // `планов Марека Рубовски`, `Кондолиза Райс опровергает`: the word right before a person's span is the given name
  // when it is a listed given name inside the sentence (Russian may know it as a word: `барак`), or, opening the
  // sentence, a word Russian knows in no form, nor as a typo (`Меенджер Борис:`), that ends in a vowel (`Водитль
  // Мафтуна`, `Менеджр Зарина:`: the role words chat misspells are nouns in a consonant).
  for (const span of spans) {
    if (span.score < 0.5) continue;
    const k = tokenAt(tokens, span.start);
    if (k < 1 || !onlySpaceBetween(text, tokens[k - 1]!, tokens[k]!) || !capitalCyrillic(text, tokens[k - 1]!, folded[k - 1]!)) continue;
    const given = tokens[k - 1]!;
    const evidence = words[k - 1]!.evidence(true, resources, false);
    const widen = given.sentenceStart
      ? tokens[k]!.end === span.end && evidence.nameFlags === 0 && unknownSurname(folded[k - 1]!, words[k - 1]!, resources) && endsInVowel(folded[k - 1]!) && !typoOfCommonWord(folded[k - 1]!, resources.commonWords)
      : (evidence.nameFlags & WordFlag.First) !== 0 && (evidence.stopFlags & WordFlag.Place) === 0 && !(k > 1 && capitalWord(text, tokens[k - 2]!, folded[k - 2]!) && tokens[k - 2]!.cyrillic);
    if (!widen) continue;
    span.start = given.start;
    if (span.normalized !== undefined) span.normalized = `${evidence.base} ${span.normalized}`;
  }
  // `вместе с Рейсманом`, `решение Клинсмана`: a foreign surname ending (-ман, -сон, -берг, -ян) the scan weighs
  // as weak evidence is a person's when Russian knows the word in no form, as a place or as anything else.
  for (const span of spans) {
    if (span.score >= 0.5) continue;
    const k = tokenAt(tokens, span.start);
    if (k < 0 || tokens[k]!.end !== span.end || !capitalCyrillic(text, tokens[k]!, folded[k]!)) continue;
    const word = folded[k]!;
    if (word.length >= 6 && foreignSurnameEnding.test(word) && !word.includes('-') && unknownSurname(word, words[k]!, resources) && words[k]!.evidence(true, resources, false).morph === Morph.WeakSurname) span.score = nameWeights.nameShape;
  }
  // `Ливиу-Дитер Нисипяну`: a double given name before a person's span (after the loop above, which lifts the
  // foreign surnames).
  for (const span of spans) {
    if (span.score < 0.5) continue;
    const k = tokenAt(tokens, span.start);
    if (k < 1 || !onlySpaceBetween(text, tokens[k - 1]!, tokens[k]!) || !capitalCyrillic(text, tokens[k - 1]!, folded[k - 1]!) || !doubleGivenName(text, tokens[k - 1]!, folded[k - 1]!, resources)) continue;
    span.start = tokens[k - 1]!.start;
    if (span.normalized !== undefined) span.normalized = `${folded[k - 1]!} ${span.normalized}`;
  }
  dropNewsNonPersons(text, tokens, folded, words, spans, resources);
  // `Франс Ньюс Марат Жолдасов`, `города Вестбрук Хилл`, `Франции, Лимбургии, Бельгии`, `президента Республики`
  // (ru-news-bodies.ts).
  if (spans.length > 0) reviewNewsBodies(text, tokens, folded, words, cues, spans, resources);
}

/**
 * `на Апеннинах`, `Нидерландских`, `братьев Ямадаевых`, `пилота Формулы-1`: a one-word span in the locative or the
 * genitive plural of an adjective-like form names a place, a family or a thing, never one person; a span with a
 * digit names a model or a series.
 */
function dropNewsNonPersons(text: string, tokens: readonly Token[], folded: readonly string[], words: readonly WordInfo[], spans: Span[], resources: NameResources): void {
  let kept = 0;
  for (const span of spans) {
    const k = span.score < dropCeiling ? tokenAt(tokens, span.start) : -1;
    let drop = false;
    // A name the caller said is known stays whatever its shape, and so does one a list or two pieces of evidence
    // vouch for (every span these shapes dropped on the real data scored 0.5-0.7; most spans of a chat score more).
    if (span.score < dropCeiling && k >= 0 && span.source !== 'name:known') {
      // The word's shape and its neighbour first; the lists only for a span that has the shape.
      if (tokens[k]!.end === span.end && tokens[k]!.cyrillic) {
        const word = folded[k]!;
        const lastCode = word.charCodeAt(word.length - 1);
        if (lastCode === 0x445 /* х */ && word.length >= 6 && (pluralLocative(word) || pluralAdjective(word))) drop = (words[k]!.evidence(true, resources, false).nameFlags & WordFlag.First) === 0;
        // `Интерполу`, `глава Минсвязи`: an organisation's compound on no name list, with no surname ending.
        if (!drop) {
          const evidence = words[k]!.evidence(true, resources, false);
          drop = evidence.nameFlags === 0 && evidence.morph === Morph.None && organisationShape(word);
        }
        // `в Питере`, `на Рейне`, `в Сан Луисе`, `в Южной Каролине`: a name-like word in the prepositional case after
        // `в`/`на`, or after a capitalised compass adjective, is a place.
        if (!drop && k > 0 && lastCode === 0x435 /* е */ && span.score < nameWeights.known && placePreposition(folded[k - 1]!)) drop = words[k]!.evidence(true, resources, false).endingLength > 0;
        if (!drop && k > 0 && text.charCodeAt(tokens[k - 1]!.start) !== folded[k - 1]!.charCodeAt(0) && compassAdjective.test(folded[k - 1]!)) drop = true;
      }
      // Token.hasDigit is false for `Формулы-1` (a hyphenated token): the span's own characters are read.
      for (let i = span.start; !drop && i < span.end; i++) if (isDigitCode(text.charCodeAt(i))) drop = true;
    }
    if (!drop) spans[kept++] = span;
  }
  // Setting the length is a runtime call even when nothing was dropped (as span-filter.ts dropSpans).
  if (kept !== spans.length) spans.length = kept;
}

const dropCeiling = 0.8;

function isDigitCode(code: number): boolean {
  return code >= 48 && code <= 57;
}

// An epithet or an ordinal after a monarch's name: an adjective (`Грозный`, `Первая`, `Великого`).
const epithetEnding = /(?:ый|ий|ой|ая|ого|его|ому|ему|ым|им|ую)$/u;
function romanNumeral(text: string, token: Token): boolean {
  return /^[IVXL]+$/u.test(text.slice(token.start, token.end));
}

/**
 * `Ливиу-Дитер`, `Ханс-Юрген`: a double given name, both parts capitalised, whose last part is a listed given name
 * (the first may be on no list, or on the place list by chance); not a place of two parts (`Сан-Диего`, `Нью-Джерси`).
 */
function doubleGivenName(text: string, token: Token, word: string, resources: NameResources): boolean {
  const hyphen = word.indexOf('-');
  if (hyphen < 2 || hyphen !== word.lastIndexOf('-') || hyphen > word.length - 3) return false;
  if (text.charCodeAt(token.start + hyphen + 1) === word.charCodeAt(hyphen + 1) || placeFirstParts.has(word.slice(0, hyphen))) return false;
  const last = analyzeWord(word.slice(hyphen + 1), true, resources);
  return (last.nameFlags & WordFlag.First) !== 0 && (last.stopFlags & WordFlag.Place) === 0;
}
const placeFirstParts = new Set(['сан', 'санта', 'сен', 'сент', 'санкт', 'нью', 'порт', 'форт', 'лос', 'лас', 'эль', 'ла', 'ле', 'де', 'дель', 'усть', 'вест', 'ист', 'норт', 'саут', 'баден', 'гран', 'монте', 'пуэрто', 'рио']);

function endsInVowel(word: string): boolean {
  const code = word.charCodeAt(word.length - 1);
  return code === 0x430 || code === 0x435 || code === 0x438 || code === 0x43e || code === 0x443 || code === 0x44b || code === 0x44d || code === 0x44e || code === 0x44f;
}

function placePreposition(word: string): boolean {
  return word === 'в' || word === 'во' || word === 'на' || word === 'сан' || word === 'санта' || word === 'сент' || word === 'лос';
}
const compassAdjective = /^(?:южн|северн|западн|восточн|центральн|верхн|нижн)(?:ая|ой|ую|ый|ого|ом|ому|ые|ых)$/u;

// -ах/-ях: the locative (and dative -ам/-ям does not come here) plural of a noun; a person is one.
function pluralLocative(word: string): boolean {
  return word.endsWith('ах') || word.endsWith('ях');
}
// -ых/-их: a family (`Петровых`) or an adjective (`Кремниевых`), never one person.
// Only after an -ов/-ев/-ин stem: surnames in -ых/-их themselves (`Непомнящих`, `Черных`) do not decline.
function pluralAdjective(word: string): boolean {
  return /(?:ов|ев|ёв|ин|ын)(?:ых|их)$/u.test(word);
}

/**
 * Adds a frame's span to `found` (returned, created on the first one), unless the scan's own span over these words
 * (or more) stands; a scan span over the body and these words is trimmed to the person instead.
 */
function addFound(found: Span[] | undefined, text: string, tokens: readonly Token[], folded: readonly string[], spans: readonly Span[], first: number, last: number, score: number): Span[] | undefined {
  const start = tokens[first]!.start;
  const end = tokens[last]!.end;
  for (const span of spans) {
    if (span.score < 0.5 || span.end <= start || span.start >= end) continue;
    if (span.start <= start && span.end >= end) {
      // `король Майкл Джексон`: a span reaching further right is the scan's fuller reading of the person.
      if (span.end === end && span.start < start) trimStart(span, start, text);
      return found;
    }
  }
  const added: Span = { start, end, type: 'NAME', score, source: 'name:cue', normalized: folded.slice(first, last + 1).join(' ') };
  if (found === undefined) return [added];
  found.push(added);
  return found;
}

/** Cuts the body off the front of a span (`МИДа Сэйдзи Маэхара` → `Сэйдзи Маэхара`), its base form likewise. */
function trimStart(span: Span, start: number, text: string): void {
  const dropped = text.slice(span.start, start).trim().split(/\s+/u).length;
  if (span.normalized !== undefined) span.normalized = span.normalized.split(' ').slice(dropped).join(' ');
  span.start = start;
}

/** The token whose start is `start`, or -1 (binary search; tokens sorted). */
function tokenAt(tokens: readonly Token[], start: number): number {
  let low = 0;
  let high = tokens.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (tokens[middle]!.start < start) low = middle + 1;
    else high = middle;
  }
  return low < tokens.length && tokens[low]!.start === start ? low : -1;
}

export function capitalCyrillic(text: string, token: Token, word: string): boolean {
  if (!token.cyrillic || token.hasDigit || text.charCodeAt(token.start) === word.charCodeAt(0)) return false;
  // Not an acronym (`МИД`, `РБК`): the second letter is lower case.
  return token.end - token.start > 1 && text.charCodeAt(token.start + 1) === word.charCodeAt(1);
}
function capitalWord(text: string, token: Token, word: string): boolean {
  return !token.hasDigit && text.charCodeAt(token.start) !== word.charCodeAt(0);
}
export function lowerCyrillic(text: string, token: Token, word: string): boolean {
  return token.cyrillic && !token.hasDigit && text.charCodeAt(token.start) === word.charCodeAt(0);
}

export function onlySpaceBetween(text: string, a: Token, b: Token): boolean {
  for (let i = a.end; i < b.start; i++) if (text.charCodeAt(i) !== 32) return false;
  return b.start > a.end;
}
function parenthesisBetween(text: string, from: number, to: number): boolean {
  const between = text.slice(from, to).trim();
  return between === '(';
}
// `•` (U+2022) opens the line, with nothing but spaces or more bullets between it and the word.
function bulletBefore(text: string, start: number): boolean {
  let bullet = false;
  for (let i = start - 1; i >= 0; i--) {
    const code = text.charCodeAt(i);
    if (code === 0x2022) bullet = true;
    else if (code === 10) return bullet;
    else if (code !== 32 && code !== 9) return false;
  }
  return bullet;
}

/**
 * A word Russian knows in no form (nor as a proper noun), on no stoplist, shaped like no organisation, and not
 * hyphenated (`Пресс-служба`, `Вице-спикер`: compounds of news prose that open a sentence).
 */
export function unknownSurname(word: string, info: WordInfo, resources: NameResources): boolean {
  if (word.includes('-') || resources.commonWords.hasWord(info) || resources.commonWords.isProperNoun(word) || resources.cueWords.has(word) || organisationShape(word)) return false;
  const evidence = info.evidence(true, resources, false);
  if (evidence.stopFlags !== 0) return false;
  // `-ский`/`-ская` and other adjective forms are places and bodies in news (`Химкинского`).
  if (/(?:ск|цк|ов|ев|ин)(?:ий|ая|ое|ого|ому|ой|ую|ие|их|им|ими|ом)$/u.test(word) && (evidence.nameFlags & WordFlag.Surname) === 0) return false;
  return true;
}

/** The country or body right after a title: a listed place, an acronym with a case ending (`МИДа`), or a genitive. */
function serviceBody(text: string, token: Token, word: string, info: WordInfo, resources: NameResources): boolean {
  const evidence = info.evidence(true, resources, false);
  // `врача Ивановой Алины Андреевны`: a surname opens the person's name, it serves no one.
  if (evidence.morph === Morph.Surname || evidence.morph === Morph.Patronymic || evidence.nameFlags & WordFlag.Surname) return false;
  if (evidence.stopFlags & WordFlag.Place && (evidence.nameFlags & WordFlag.First) === 0) return true;
  if (resources.commonWords.isProperNoun(word) && (evidence.nameFlags & (WordFlag.First | WordFlag.Surname)) === 0) return true;
  // `МИДа`, `ФИФА`: more than one capital letter.
  return token.end - token.start > 2 && text.charCodeAt(token.start + 1) !== word.charCodeAt(1);
}

function patronymicIn(folded: readonly string[], words: readonly WordInfo[], first: number, last: number, resources: NameResources): boolean {
  for (let t = first; t <= last; t++) if (words[t]!.evidence(true, resources, false).morph === Morph.Patronymic || patronymicForm.test(folded[t]!)) return true;
  return false;
}
// A patronymic in any case (`Андреевны`, `Ильичу`): the morphology reads some oblique women's forms as weak surnames.
const patronymicForm = /(?:ович|евич|ьич|ильич|овн|евн|ичн|инична)[а-я]{0,3}$/u;

/**
 * A bullet line's run before `(`: no word of it a listed place (`• Коста Рика (…)`), an organisation's compound, or
 * an adjective other than a -ский/-цкий surname (`• Северный Поток (…)`, `• Нидерландские Антилы (…)`), and some
 * word of it a listed name, a surname form (`Камский`) or a word Russian knows in no form (Russian knows many short
 * foreign names as word forms: `Тора`, `Гора`; an everyday run is `• Зенит Арена (…)`).
 */
function participantRun(folded: readonly string[], words: readonly WordInfo[], first: number, last: number, resources: NameResources): boolean {
  let evidenced = false;
  for (let t = first; t <= last; t++) {
    const word = folded[t]!;
    if (particles.has(word)) continue;
    const evidence = words[t]!.evidence(true, resources, false);
    if (evidence.stopFlags & WordFlag.Place && (evidence.nameFlags & WordFlag.First) === 0) return false;
    if (organisationShape(word)) return false;
    if (adjectiveForm.test(word) && !surnameAdjective.test(word) && (evidence.nameFlags & WordFlag.First) === 0) return false;
    if (evidence.nameFlags !== 0 || evidence.morph !== Morph.None || !resources.commonWords.has(word)) evidenced = true;
  }
  return evidenced;
}
const adjectiveForm = /(?:ый|ой|ий|ая|яя|ое|ее|ые|ие)$/u;
const surnameAdjective = /(?:ск|цк)(?:ий|ая)$/u;

/** Every word of the run is an everyday Russian word (`Новые Правила`): no person's name. */
function everydayRun(folded: readonly string[], words: readonly WordInfo[], first: number, last: number, resources: NameResources): boolean {
  for (let t = first; t <= last; t++) {
    if (particles.has(folded[t]!)) continue;
    if (!resources.commonWords.has(folded[t]!) || words[t]!.evidence(true, resources, false).nameFlags !== 0) return false;
  }
  return true;
}
