// Title-case writing (`Спасибо Большое Оператору За Помощь`, `Kuryer Juda Tez Keldi`): every word capitalised, so a
// capital is no evidence of a name there. Such lines are lowered but for the names in them, and read like chat.

import type { Token } from '../../text/tokenize.js';
import { turkicVerbOrObject } from './chat.js';
import { englishWordForm } from './en-common-words.js';
import { foldedWordSet } from './folded-words.js';
import { cueGap, lineBreakBetween, onlySpaces } from './gaps.js';
import { phraseEndsAt } from './cues.js';
import { WordFlag } from './lexicon.js';
import { CueWord, type NameResources } from './resources.js';
import { foldWord } from '../../text/normalize.js';
import { EndingSet, forEachSplit, latinSuffixes, turkicSuffixes } from './suffixes.js';
import { WordBit, type WordInfo } from './vocabulary.js';

/**
 * The text with its title-case lines lowered (same length, so spans found in it map onto the text), or undefined
 * when it has none. Ordinary writing capitalises names, places and brands inside a sentence, hardly ever an everyday
 * word: a line is title case when nearly all its words inside sentences are capitalised and a good part of those
 * are everyday words (everydayWord: curated lists, Russian and Turkic word forms; English words do not count, as
 * English headlines and addresses are title case by convention). In such a line listed names, surname shapes and
 * unknown Russian words keep their capitals (`Алишеру`, `Каримовой`); everyday words, and in Turkic text every other
 * word, are lowered (`Буду`, `Вовремя`, `Yubordik`).
 */
export function lowerTitleCaseLines(text: string, tokens: readonly Token[], folded: readonly string[], words: readonly WordInfo[], wordBits: Int32Array, resources: NameResources, turkic: boolean): string | undefined {
  // Shapes first, per line: its first token, its end, words inside sentences, capitalised ones. Most texts end here:
  // no line of theirs is mostly capitalised.
  const lines: number[] = [];
  let textInside = 0;
  let textCapitalised = 0;
  let candidates = 0;
  // The most capitalised words of a candidate line.
  let widest = 0;
  let lineFirst = 0;
  let inside = 0;
  let capitalised = 0;
  // Words inside sentences that open in lower case (not `KZT`, `ИНН`).
  let lowerInside = 0;
  for (let i = 0; i <= tokens.length; i++) {
    const token = tokens[i];
    if (token === undefined || (i > 0 && lineBreakBetween(text, tokens[i - 1]!.end, token.start))) {
      lines.push(lineFirst, i, inside, capitalised, lowerInside === 0 && capitalised > 0 ? 1 : 0, 0, lowerInside, 0);
      textInside += inside;
      textCapitalised += capitalised;
      if (mostlyCapitalised(inside, capitalised)) {
        candidates++;
        if (capitalised > widest) widest = capitalised;
      }
      if (token === undefined) break;
      lineFirst = i;
      inside = 0;
      capitalised = 0;
      lowerInside = 0;
    }
    if (!insideWord(text, token)) continue;
    inside++;
    if (titleCaseWord(text, token, folded[i]!, turkic)) capitalised++;
    else if (text.charCodeAt(token.start) === folded[i]!.charCodeAt(0)) lowerInside++;
  }
  if (candidates === 0) return undefined;
  const textShaped = textCapitalised >= textInside * minTextShare;
  // Everyday words are some of the capitalised ones: a line needs two capitalised (titleLine), the text three
  // (titleText). Without them no line is lowered, and the everyday words need not be looked up (`Привет, Алишер!`).
  if (widest < 2 && !(textShaped && textCapitalised >= minTextEveryday)) return undefined;
  if (!turkic && textShaped && unmarkedTurkic(text, tokens, folded, words, resources)) turkic = true;
  // Then the everyday words among the capitalised ones, of the lines that may be title case.
  let textEveryday = 0;
  let latinEveryday = 0;
  // Latin everyday words of no English form in a text not marked Turkic: Uzbek typed in Latin letters.
  let uzbekEveryday = 0;
  let turkicEveryday = 0;
  // Capitalised English minor words inside the sentences of lines with every such word capitalised (englishTitleLine).
  let textMinor = 0;
  for (let l = 0; l < lines.length; l += lineSlots) {
    if (!textShaped && !mostlyCapitalised(lines[l + 2]!, lines[l + 3]!)) {
      lines[l + 2] = 0;
      continue;
    }
    let everyday = 0;
    for (let i = lines[l]!; i < lines[l + 1]!; i++) {
      const token = tokens[i]!;
      if (!insideWord(text, token) || !titleCaseWord(text, token, folded[i]!, turkic)) continue;
      if (!token.cyrillic && lines[l + 6] === 0) {
        if (englishMinorWords.has(folded[i]!)) lines[l + 5] = lines[l + 5]! + 1;
        else if (englishFunctionWords.has(folded[i]!)) lines[l + 7] = 1;
      }
      if (streetReading(token, wordBits[i]!) === Reading.Lower || ((everydayWord(token, folded[i]!, words[i]!, resources, turkic) && !(turkic && verbShapeBeforeSurname(text, tokens, folded, words, resources, i))) || (turkic && russianWordInTurkic(token, folded[i]!, resources)))) {
        everyday++;
        if (!token.cyrillic && !englishFunctionWords.has(folded[i]!)) {
          latinEveryday++;
          if (!turkic && !englishWordForm(folded[i]!)) uzbekEveryday++;
        }
        if (turkic && !quoted(text, token)) turkicEveryday++;
      }
    }
    textMinor += lines[l + 5]!;
    textEveryday += everyday;
    // The line's count of everyday words, where its count of capitalised ones was (kept in lines[l + 2] as a mark).
    lines[l + 2] = mostlyCapitalised(lines[l + 2]!, lines[l + 3]!) ? everyday + 1 : 0;
  }
  // A mostly capitalised line is title case when it has everyday words in capitals, or the text as a whole has (a
  // dialogue typed so, whose lines are short).
  // One such word is enough to read a title-case text's Latin words as Uzbek (title-case.ts readWord).
  const uzbekLatin = uzbekEveryday >= 1;
  const titleText = (textShaped && textEveryday >= minTextEveryday && textEveryday >= textCapitalised * minEverydayShare) || everyWordCapitalised(textInside, textCapitalised, latinEveryday, turkicEveryday) || ((turkic || uzbekLatin) && turkicTitleText(textShaped, textCapitalised, textEveryday));
  let lowered: string[] | undefined;
  for (let l = 0; l < lines.length; l += lineSlots) {
    if (lines[l + 2] === 0 || !(titleText || titleLine(lines[l + 3]!, lines[l + 2]! - 1, turkic) || (!turkic && englishTitleLine(lines, l, textShaped, textMinor)))) continue;
    lowerLine(text, tokens, folded, words, wordBits, resources, turkic, uzbekLatin, lines[l + 4] === 1, lines[l]!, lines[l + 1]!, (lowered ??= []));
  }
  return lowered === undefined ? undefined : applyLowered(text, tokens, lowered);
}

/**
 * A Cyrillic text with no Kazakh, Kyrgyz or Uzbek letter and no word that marks it Turkic, mostly capitalised, whose
 * capitalised words inside sentences read as Turkic everyday words and verb forms more often than as Russian words,
 * two or more (`Кутучасы Жыртылып Калыптыр, Ичиндеги Буюмдар Сынган`): Kyrgyz and Kazakh without their own letters.
 */
function unmarkedTurkic(text: string, tokens: readonly Token[], folded: readonly string[], words: readonly WordInfo[], resources: NameResources): boolean {
  let turkicWords = 0;
  let russianWords = 0;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (!token.cyrillic || !insideWord(text, token) || !titleCaseWord(text, token, folded[i]!, false)) continue;
    if (resources.commonWords.has(folded[i]!)) russianWords++;
    else if (everydayWord(token, folded[i]!, words[i]!, resources, true)) turkicWords++;
  }
  return turkicWords >= 2 && turkicWords > russianWords;
}

/**
 * A Central Asian text mostly capitalised, with four everyday words in capitals and three tenths of its capitalised
 * words everyday ones: a dialogue typed so has many names, short lines and no Russian or English headline style that
 * might capitalise a word.
 */
function turkicTitleText(textShaped: boolean, capitalised: number, everyday: number): boolean {
  return textShaped && everyday >= minTurkicTextEveryday && everyday >= capitalised * minTurkicEverydayShare;
}

/**
 * Every word inside the text's sentences capitalised, three or more, with one everyday word of a Turkic text among
 * them (not one in quotes: `«Хабар»` is a channel), or one Latin one that is no English function word (`Xodim
 * Sharipova Sevara Qo'pol Gapirdi`, `Yuk Nilufarning Nomiga Yozilgan`): short texts and dialogues typed so are mostly
 * names and miss the share of everyday words a line needs (minEverydayShare), while ordinary Central Asian writing
 * leaves some word inside a sentence in lower case. Russian lists of foreign names are all capitals with Russian
 * look-alike words in them (`Франк Де Блекере`), and English capitalises its headlines: neither counts here.
 */
function everyWordCapitalised(inside: number, capitalised: number, latinEveryday: number, turkicEveryday: number): boolean {
  return capitalised === inside && inside >= 3 && (latinEveryday >= 1 || turkicEveryday >= 1);
}

/**
 * A word inside «» quotes on its line: a firm's, a channel's or a show's name (`«Хабар»`, `«Кешкі Жаңалықтар»`).
 * Such names are short: the look back stops after 60 characters, so a long line costs no more than a short one.
 */
function quoted(text: string, token: Token): boolean {
  for (let at = token.start - 1; at >= 0 && at >= token.start - 60; at--) {
    const code = text.charCodeAt(at);
    if (code === 171) return true;
    if (code === 187 || code === 10) return false;
  }
  return false;
}

/**
 * A line of English typed with every word capitalised (`Both Kador And Nelford Were Helpful`, `The Order Is Under
 * Velli Zobritor`): no word inside its sentences in lower case (acronyms may stand there: `KZT`), three or more
 * capitalised, with two minor words among them (articles, short prepositions, conjunctions: the title styles of
 * headlines and works leave those in lower case), or one and a pronoun or auxiliary (`Were`: a clause, not an
 * advert's `Festival Tickets On Sale Now`); or two or more such lines' minor words in a text mostly capitalised,
 * where a short line may have none.
 */
function englishTitleLine(lines: readonly number[], l: number, textShaped: boolean, textMinor: number): boolean {
  if (lines[l + 6] !== 0 || lines[l + 3]! < 2) return false;
  return (lines[l + 3]! >= 3 && (lines[l + 5]! >= 2 || (lines[l + 5]! === 1 && lines[l + 7] === 1))) || (textShaped && textMinor >= 2);
}
// Articles, short prepositions and conjunctions: title styles write them in lower case inside a title.
const englishMinorWords: ReadonlySet<string> = new Set(['the', 'a', 'an', 'and', 'or', 'but', 'nor', 'of', 'to', 'in', 'on', 'at', 'for', 'with', 'by', 'from', 'as']);

function mostlyCapitalised(inside: number, capitalised: number): boolean {
  return inside > 0 && capitalised >= inside * minLineShare;
}

/**
 * A mostly capitalised line is title case with three everyday words among its capitalised ones, or two when every
 * capitalised word is one (`Рады Были Помочь`): a news credit line has all its words capitalised, names and a channel.
 */
function titleLine(capitalised: number, everyday: number, turkic: boolean): boolean {
  return everyday >= capitalised * minEverydayShare && (everyday >= 3 || (everyday === 2 && (capitalised === 2 || (turkic && capitalised <= 4))));
}
const minLineShare = 0.8;
// Per line: first token, end token, words inside sentences (then everyday words + 1), capitalised ones, 1 when no
// word inside its sentences opens in lower case (an acronym may stand there: `SMS Да Келген Жок`), its count of capitalised English minor words (englishTitleLine), its
// count of words inside sentences that open in lower case, 1 when it has a capitalised English pronoun or auxiliary.
const lineSlots = 8;
const minTextEveryday = 3;
const minTextShare = 0.7;
// News and lists capitalise many names, and some surnames are everyday words too (`Макрон`): in title-case writing
// the everyday words are a good part of the capitalised ones.
const minEverydayShare = 0.5;
const minTurkicTextEveryday = 4;
const minTurkicEverydayShare = 0.3;

/**
 * Lowers the everyday words of tokens [first, end) of a title-case line. In a Turkic line with every word capitalised
 * (`everyWord`), and in Uzbek typed in Latin letters (`uzbekLatin`: the text has a capitalised Uzbek everyday word of
 * no English form), every other word too but listed names and surname or patronymic shapes: Central Asian everyday
 * words are mostly on no list (`Qo'pol`, `Дөрекі`, `Тумани`), so such a word keeps its capital only where lower-case
 * writing would read a name too (nameSlot: a sentence's first word, the one addressed or greeted, after a role or a
 * label's colon, beside a name by a conjunction, before `кызы`, after a surname). Unknown words of Russian or English text keep their
 * capitals: an unlisted surname is more likely there than a word no lexicon holds; so do those of a Kazakh news line
 * with some word in lower case (`канцлері Ангела Меркель`). An ambiguous listed name (`Лола`, `Sari`) keeps its
 * capital beside a name or an initial, or declined in a Turkic line; street words keep theirs (`Kimberly Way`:
 * addresses are written so) but in Uzbek, which writes them in lower case.
 */
function lowerLine(text: string, tokens: readonly Token[], folded: readonly string[], words: readonly WordInfo[], wordBits: Int32Array, resources: NameResources, turkic: boolean, uzbekLatin: boolean, everyWord: boolean, first: number, end: number, lowered: string[]): void {
  const reading: Reading[] = [];
  for (let i = first; i < end; i++) {
    if (wordBits[i]! & WordBit.StreetOrPossessive) {
      reading.push(uzbekLatin ? Reading.Lower : streetReading(tokens[i]!, wordBits[i]!));
      continue;
    }
    if ((turkic || uzbekLatin) && auxiliaryAfterConverb(text, tokens, folded, first, i)) {
      reading.push(Reading.Lower);
      continue;
    }
    const word = readWord(text, tokens[i]!, folded[i]!, words[i]!, resources, turkic || (uzbekLatin && !tokens[i]!.cyrillic), everyWord);
    // Ordinary writing capitalises a sentence's first word: it stays so (`Hello! Complaint About Allen`, not a
    // lower-case `complaint` after a greeting), though it is no name its neighbours may lean on.
    if (word === Reading.Lower && tokens[i]!.sentenceStart) {
      reading.push(Reading.Opener);
      continue;
    }
    // A word read as everyday by its ending or a lexicon stem alone is a given name before a surname (`Радик Жакупов`).
    reading.push(word);
  }
  for (let i = first; i < end; i++) {
    const word = reading[i - first]!;
    if (word === Reading.Keep) continue;
    // Kept in English; in other writing only before a word lowered (`Қорабы Жыртылып`), not before a word kept,
    // which it would join as a capitalised case word (`Ҳужжатга Собиров Ш.`).
    if (word === Reading.Opener && ((!turkic && !uzbekLatin && !tokens[i]!.cyrillic) || (i + 1 < end && reading[i + 1 - first] === Reading.Lower))) continue;
    if (word === Reading.Unlisted && nameSlot(text, tokens, folded, words, reading, resources, first, end, i)) {
      // Kept, it is a name its neighbours may lean on (`Ақшәйім Мен Зерен`).
      reading[i - first] = Reading.Keep;
      continue;
    }
    if (word === Reading.Ambiguous && (addressSlot(text, tokens[i]!) || besideName(text, tokens, folded, reading, first, end, i, i - 1) || besideName(text, tokens, folded, reading, first, end, i, i + 1) || namedSlot(text, tokens, words, i))) continue;
    if (word === Reading.Ambiguous && !turkic && !tokens[i]!.cyrillic && latinNameSlot(text, tokens, folded, words, reading, resources, first, end, i)) continue;
    const token = tokens[i]!;
    lowered[i] = lowerSameLength(text.slice(token.start, token.end));
  }
}

/**
 * Token `i` is the auxiliary verb after a converb (`Иштебей Турду`, `Aylanib Yurdi`, `Кайтарып Берди`): a past tense
 * (or an Uzbek present continuous) one space after a word ending like a converb. Such verbs are names too (`Турды`, `Berdi`), never there.
 */
function auxiliaryAfterConverb(text: string, tokens: readonly Token[], folded: readonly string[], first: number, i: number): boolean {
  if (i <= first || !onlySpaces(text, tokens[i - 1]!.end, tokens[i]!.start, 1)) return false;
  const previous = folded[i - 1]!;
  if (previous.length < 4 || !(tokens[i]!.cyrillic ? cyrillicConverb : latinConverb).test(previous)) return false;
  return (tokens[i]!.cyrillic ? cyrillicTense : latinTense).test(folded[i]!);
}
// Converbs in -п/-б and negative ones in -бей/-пей/-мей (not -бай/-пай: surnames end so, `Құнанбай`). Past tenses only:
// the present in -ат/-ет ends given names (`Марат`, `Бекет`).
const cyrillicConverb = /(?:ып|ип|уп|үп|іп|иб|бей|пей|мей|бөй|пөй|мөй)$/u;
const latinConverb = /(?:ib|ub)$/u;
const cyrillicTense = /^.{2,}(?:ды|ди|ду|дү|ді|ты|ти|ту|тү|ті|моқда|япти)$/u;
const shortAccusative = /^(?:[^']{2,3}|[^']{1,2}'[^'])(?:ды|ди|ду|дү|ді|ты|ти|ту|тү|ті|ны|ни|ну|нү|ні|ni)$/u;
const latinTense = /^.{2,}(?:di|ti|moqda|yapti)$/u;

/**
 * English addresses capitalise their street words (`Kimberly Way`); Russian and Central Asian writing does not, and
 * the place rules read a name before a lower-case street word as the street's (`Амир Темур кўчасида`).
 */
function streetReading(token: Token, bits: number): Reading {
  return bits & WordBit.StreetOrPossessive && token.cyrillic ? Reading.Lower : Reading.Keep;
}

/**
 * A Russian word in Turkic text (`Рахмат За Быструю Доставку`): Russian spoken among Kazakh, Kyrgyz and Uzbek; not a
 * word with a Turkic letter, nor one shaped like a surname (the lexicon's stems meet Kazakh surnames by chance).
 */
function russianWordInTurkic(token: Token, folded: string, resources: NameResources): boolean {
  return token.cyrillic && !turkicLetters.test(folded) && !surnameEnding.test(folded) && resources.commonWords.has(folded);
}

/**
 * A Kyrgyz, Kazakh or Uzbek genitive of a curated everyday word (`Курьердин`, `Магазиндин`, `Заказдын`), in a
 * Russian or mixed line too: Central Asian Russian declines loan words so. The Russian lexicon is no stem list here: its
 * keys meet surnames (`Воронин`).
 */
function genitiveOfWord(token: Token, folded: string, resources: NameResources): boolean {
  if (!token.cyrillic) return false;
  const match = genitiveEnding.exec(folded);
  if (match === null) return false;
  const stem = folded.slice(0, match.index);
  return resources.everydayWords.has(stem);
}
const genitiveEnding = /(?<=.{4})(?:[дтн][ыиуүі]н|нинг)$/u;

/**
 * A word that reads as a Turkic verb by its ending alone, before a capitalised surname shape on no everyday list: a
 * given name (`Радик Жакупов`: `-дик` ends Uzbek verbs too).
 */
function verbShapeBeforeSurname(text: string, tokens: readonly Token[], folded: readonly string[], words: readonly WordInfo[], resources: NameResources, i: number): boolean {
  const word = folded[i]!;
  const next = tokens[i + 1];
  if (next === undefined || !tokens[i]!.cyrillic || resources.everydayWords.has(word) || resources.turkicMarkers.has(word)) return false;
  if (text.charCodeAt(next.start) === folded[i + 1]!.charCodeAt(0) || !surnameEnding.test(folded[i + 1]!) || !onlySpaces(text, tokens[i]!.end, next.start, 2)) return false;
  return !turkicEverydayForm(tokens[i]!, word, resources.everydayWords) && !everydayWord(next, folded[i + 1]!, words[i + 1]!, resources, true);
}

const enum Reading {
  Keep,
  Lower,
  /** A listed name that is also an everyday word: lowered unless a name stands next to it. */
  Ambiguous,
  /** A word on no list in a Turkic line: lowered unless it stands where a name does whatever the casing. */
  Unlisted,
  /** A sentence's first word, everyday: capitalised as in ordinary writing, but no name beside others. */
  Opener,
}

function readWord(text: string, token: Token, folded: string, info: WordInfo, resources: NameResources, turkic: boolean, everyWord: boolean): Reading {
  if (token.hasDigit || text.charCodeAt(token.start) === folded.charCodeAt(0)) return Reading.Keep;
  const everyday = resources.everydayWords.has(folded);
  // Abbreviated titles and initials keep their capitals (`Mrs.`, `Dr.`, `U.A.`): the title passes read them so. A
  // Turkic or Latin everyday word ending a sentence is no title (`Bor Edi.`); a Russian name may be one (`Яна.`).
  const length = token.end - token.start;
  if (length <= 3 && text.charCodeAt(token.end) === 46 && (length === 1 || !everyday || (token.cyrillic && !turkic))) return Reading.Keep;
  // On a curated everyday list: lowered even when some name list holds it too (`Edi`, `Rahmat`), but where a person is
  // addressed a listed given name is one (`Xursandmiz, Umid!`).
  // Turkic function words right after names: collective numerals, `all`, `self`, kin words of address (`Екеуі`, `Aka`).
  if (turkicFunctionWord(folded)) return Reading.Lower;
  // English function words are no names whatever a list says (`And`, `The`); `Will` may be one.
  if (!token.cyrillic && (englishMinorWords.has(folded) || (!turkic && englishFunctionWords.has(folded) && folded !== 'will'))) return Reading.Lower;
  if (everyday) return addressSlot(text, token) && (info.evidence(token.cyrillic, resources, turkic).nameFlags & WordFlag.First) !== 0 ? Reading.Keep : Reading.Lower;
  const evidence = info.evidence(token.cyrillic, resources, turkic);
  const flags = evidence.nameFlags;
  if ((flags & (WordFlag.First | WordFlag.Surname | WordFlag.Patronymic)) !== 0) {
    // Declined in a Turkic line, it is the name (`Sobirning Nomiga`, `Umidni`): an everyday word so declined is rare.
    if (flags & WordFlag.Ambiguous) return turkic && evidence.endingLength > 0 ? Reading.Keep : Reading.Ambiguous;
    // A surname of the world list that is a Russian word (`Буду`, `Рад`) is lowered.
    return (flags & WordFlag.First) === 0 && token.cyrillic && !turkic && resources.commonWords.has(folded) ? Reading.Lower : Reading.Keep;
  }
  // A kin word of address or a postposition with a case or possessive ending (`Аганын`, `Akaning`, `Opaga`): no name.
  if (turkic && turkicFunctionForm(token, folded)) return Reading.Lower;
  // In a Turkic line with every word capitalised, -ин/-ын is mostly a case or possessive ending (`Номерин`,
  // `Меенин`): such a word keeps its capital only where a name stands (nameSlot, surnameAfterGiven), or when it is a
  // surname declined (`Токторованын`). A first-person predicate (`Мақтаймын`) and the genitive of an everyday word in
  // a Russian line (`Курьердин`) are lowered.
  if (surnameEnding.test(folded)) return (turkic && (turkicEverydayForm(token, folded, resources.everydayWords) || turkicFormLikeSurname(token, folded))) || genitiveOfWord(token, folded, resources) ? Reading.Lower : turkic && everyWord && !ovSurnameEnding.test(folded) && !nameFormed(token, folded) ? Reading.Unlisted : Reading.Keep;
  // A word read as everyday by its ending or another language's lexicon alone keeps its capital where a name is
  // addressed or a label's colon opens a clause: an unlisted name (`Mijoz: Zarifbek …`, `Rahmat, Dilbar!`).
  if (everydayWord(token, folded, info, resources, turkic) || (turkic && russianWordInTurkic(token, folded, resources))) return (addressSlot(text, token) || afterColon(text, token)) && !(turkic && token.cyrillic && personalPredicate.test(folded)) ? Reading.Keep : Reading.Lower;
  // An English word on no name list, in a line its function words made title case (`We Will Call You Back`).
  // In a Turkic line a word on no list is no name by its capital alone: it keeps the capital where a name would stand
  // in lower-case writing too (nameSlot), or when it is formed like a surname, a patronymic or a Central Asian given
  // name (`-bek`, `-jon`: analyze.ts nameShape).
  // English words are lowered as below (`Yuk`, `Bank`).
  // A root of two or three letters in the accusative (`Үйдү`, `Yo'lni`, `Йўлни`): an object, hardly a name.
  if (turkic && everyWord) return nameFormed(token, folded) || evidence.nameShape ? Reading.Keep : (!token.cyrillic && englishWordForm(folded)) || shortAccusative.test(folded) ? Reading.Lower : Reading.Unlisted;
  return !token.cyrillic && !turkic && englishWordForm(folded) ? Reading.Lower : Reading.Keep;
}

/**
 * Token `i`, a listed Latin name that is also an everyday word (`Grace`, `Hunter`, `Mason`), in a title-case line
 * of Russian or English text, stands where a name does: beside another such word, one space apart (`Dean Wood`,
 * `Under Rose Mary`: two everyday words that are both names are one name), after a cue phrase that asks for a name
 * (`Hello Holly`, `Thanks To Penny`, `Spoke With Grace`), opening a sentence before a comma (`Penny, Thank You`),
 * or joined by `and` to a kept name (`Both Dinara And Mason`, `Mason And Dinara`).
 */
function latinNameSlot(text: string, tokens: readonly Token[], folded: readonly string[], words: readonly WordInfo[], reading: readonly Reading[], resources: NameResources, first: number, end: number, i: number): boolean {
  const token = tokens[i]!;
  if (i > first && reading[i - 1 - first] === Reading.Ambiguous && onlySpaces(text, tokens[i - 1]!.end, token.start, 1) && namePair(text, tokens, folded, i - 1)) return true;
  if (i + 1 < end && reading[i + 1 - first] === Reading.Ambiguous && onlySpaces(text, token.end, tokens[i + 1]!.start, 1) && namePair(text, tokens, folded, i)) return true;
  if (token.sentenceStart && text.charCodeAt(token.end) === 44) return true;
  if (i > first && (words[i - 1]!.cue & CueWord.PhraseEnd) !== 0 && cueGap(text, tokens[i - 1]!.end, token.start) && strongCueEndsAt(text, tokens, folded, resources, i - 1)) return true;
  if (coordinatedWithName(text, tokens, folded, reading, first, i)) return true;
  return i + 2 < end && folded[i + 1] === 'and' && reading[i + 2 - first] === Reading.Keep && text.charCodeAt(tokens[i + 2]!.start) !== folded[i + 2]!.charCodeAt(0) && onlySpaces(text, token.end, tokens[i + 1]!.start, 1) && onlySpaces(text, tokens[i + 1]!.end, tokens[i + 2]!.start, 1);
}

/**
 * Tokens `k` and `k + 1`, two listed names that are English words, read as one name: inside a sentence, or opening
 * one before a comma or colon (`Dean Wood, Your Order`), or with one of them no English word (`Bill Collins Mixed
 * Up My Order`); a sentence may open with two everyday words (`Young Guy At The Desk`).
 */
function namePair(text: string, tokens: readonly Token[], folded: readonly string[], k: number): boolean {
  if (!tokens[k]!.sentenceStart) return true;
  const after = text.charCodeAt(tokens[k + 1]!.end);
  return after === 44 || after === 58 || !englishWordForm(folded[k]!) || !englishWordForm(folded[k + 1]!);
}

/** A strong cue phrase (name-before.txt, name-intro.txt) ends at token `k`. */
function strongCueEndsAt(text: string, tokens: readonly Token[], folded: readonly string[], resources: NameResources, k: number): boolean {
  for (const phrase of resources.cuesBefore.get(folded[k]!) ?? []) {
    if ((phrase.strong || phrase.intro) && !phrase.question && phraseEndsAt(text, tokens, folded, phrase.words, k)) return true;
  }
  return false;
}

/**
 * A Kazakh or Kyrgyz word ending in -ин/-ын that no name has: a first-person or polite predicate (`Мақтаймын`,
 * `Ризамын`), or a plural with a possessive (`Сандарын`, `Товарларын`).
 */
function turkicFormLikeSurname(token: Token, folded: string): boolean {
  return token.cyrillic && (personalPredicate.test(folded) || pluralPossessive.test(folded));
}
const pluralPossessive = /...(?:[лдт][аео]р|[лдт][еө]р)(?:ын|ин|ун|үн|ін)$/u;

// Kazakh and Kyrgyz personal endings of a predicate, first person and the polite second (`Ыраазымын`,
// `Ризамыз`, `Келесиз`): a word read as everyday and so ending is the sentence's verb, never a name addressed.
const personalPredicate = /...(?:мын|мин|мун|мүн|мін|пын|пин|пун|пүн|пін|бын|бин|бун|бүн|бін|быз|биз|буз|бүз|біз|пыз|пиз|пуз|пүз|піз|мыз|миз|муз|мүз|міз|сыз|сиз|суз|сүз|сіз)$/u;
// Uzbek ones in Latin letters, after four letters or more (`Roziman`, `Mamnunmiz`; not `Salman`); in Cyrillic `-ман`
// ends Kyrgyz names too (`Калыйман`).
const uzbekPredicate = /[a-z]{4}(?:man|miz|siz)$/u;

/**
 * Token `i` stands where a name does whatever the casing: after a role word (`Operator Sharon`) or before a speaker's
 * colon (`Sharon:`).
 */
function namedSlot(text: string, tokens: readonly Token[], words: readonly WordInfo[], i: number): boolean {
  if (text.charCodeAt(tokens[i]!.end) === 58) return true;
  return i > 0 && (words[i - 1]!.cue & CueWord.Role) !== 0 && onlySpaces(text, tokens[i - 1]!.end, tokens[i]!.start, 1);
}

/**
 * The token opens what a speaker's label or a heading's colon introduces (`Mijoz: Zarifbek Keldi`): ordinary writing
 * capitalises that word whatever it is, so a word read as everyday by its ending alone keeps its capital there.
 */
function afterColon(text: string, token: Token): boolean {
  let back = token.start - 1;
  while (back > 0 && text.charCodeAt(back) === 32) back--;
  return text.charCodeAt(back) === 58;
}

/**
 * The token stands where a person is addressed: after a speaker's label and before a comma or `!` (`Operator: Umid,
 * Buyurtmangiz Yo'lda`), after a comma and before `!`, or before a full stop or `?` ending the line (`Rahmat, Umid.`).
 */
function addressSlot(text: string, token: Token): boolean {
  let back = token.start - 1;
  while (back > 0 && text.charCodeAt(back) === 32) back--;
  const before = text.charCodeAt(back);
  if (before !== 58 && before !== 44) return false;
  const after = text.charCodeAt(token.end);
  if (before === 58) return after === 44 || after === 33;
  if (after === 33) return true;
  return (after === 46 || after === 63) && (token.end + 1 >= text.length || text.charCodeAt(token.end + 1) === 10);
}

/** Token `other` is a kept capitalised word or an initial right beside token `i` (spaces or an initial's dot only). */
function besideName(text: string, tokens: readonly Token[], folded: readonly string[], reading: readonly Reading[], first: number, end: number, i: number, other: number): boolean {
  if (other < first || other >= end) return false;
  const token = tokens[other]!;
  // An initial, or a title before the word (`Dr. Taylor`).
  // The English pronoun `I` is no initial (`I Hope The Order Comes`) unless a dot follows it.
  const initial = (token.end - token.start === 1 && !(folded[other] === 'i' && !token.cyrillic && text.charCodeAt(token.end) !== 46)) || (other < i && token.end - token.start <= 3 && text.charCodeAt(token.end) === 46);
  if (!initial && (reading[other - first] !== Reading.Keep || token.hasDigit || text.charCodeAt(token.start) === folded[other]!.charCodeAt(0))) return false;
  const [from, to] = other < i ? [token.end, tokens[i]!.start] : [tokens[i]!.end, token.start];
  for (let at = from; at < to; at++) {
    const code = text.charCodeAt(at);
    if (code !== 32 && !(code === 46 && initial && at === token.end)) return false;
  }
  return true;
}

/**
 * Token `i`, a word on no list in a Turkic title-case line, stands where a name stands in lower-case writing too: it
 * opens a sentence, is addressed or greeted, follows a role word or a label's colon, is coordinated with a kept name
 * (`Гүлнар Мен Ақберен`), is the father's name before `кызы`, `уулу`, `o'g'li`, or follows a surname.
 */
function nameSlot(text: string, tokens: readonly Token[], folded: readonly string[], words: readonly WordInfo[], reading: readonly Reading[], resources: NameResources, first: number, end: number, i: number): boolean {
  const token = tokens[i]!;
  // `Men Roziman` ("I am content"): an Uzbek predicate after a pronoun is no self-introduction.
  if (!token.sentenceStart && uzbekPredicate.test(folded[i]!)) return false;
  if (token.sentenceStart || (addressSlot(text, token) && !(token.cyrillic && personalPredicate.test(folded[i]!))) || afterColon(text, token) || namedSlot(text, tokens, words, i)) return true;
  // `Зорбек Ака`, `Ақшәйімге Рақмет`, `Зерен Көмектесті`: before an honorific or another word written right after
  // names (thanks, telling, helping, `both of them`: cues/name-after.txt and name-honorifics.txt).
  // A thanks intensifier counts only before the thanks (`Айбекке Чоң Рахмат`, not `Өлчөмү Чоң Чыкты`).
  if (i + 1 < end && (words[i + 1]!.cue & CueWord.After) !== 0 && onlySpaces(text, token.end, tokens[i + 1]!.start, 1) && !(thanksIntensifiers.has(folded[i + 1]!) && !thanksWords.has(folded[i + 2] ?? ''))) return true;
  return coordinatedWithName(text, tokens, folded, reading, first, i) || greetedSlot(text, tokens, words, first, i) || (i + 1 < end && patronymicWords.has(folded[i + 1]!)) || afterSurname(text, tokens, folded, reading, first, i) || surnameAfterGiven(text, tokens, folded, words, reading, resources, first, end, i);
}

const thanksIntensifiers: ReadonlySet<string> = new Set(['katta', 'катта', 'үлкен', 'чоң', 'zor', 'зор']);
const thanksWords: ReadonlySet<string> = new Set(['рахмат', 'рақмет', 'раҳмат', 'рахмет', 'rahmat', 'raxmat', 'rahmatlar', 'алғыс', 'алғысымды', 'ризашылық', 'ризашылығымды', 'ыраазычылык', 'ыраазычылыгымды', 'ташаккур', 'tashakkur', 'спасибо']);

/**
 * `Аяулым Жиреншина`, `Жиреншина Аяулым`: token `i`, shaped like a surname in -ин/-ын (Turkic case endings make
 * everyday words so, and a title-case line keeps such a word only where a name stands), one space beside a kept
 * capitalised word in no case form; no predicate (`Мейірханға Ризамын`).
 */
function surnameAfterGiven(text: string, tokens: readonly Token[], folded: readonly string[], words: readonly WordInfo[], reading: readonly Reading[], resources: NameResources, first: number, end: number, i: number): boolean {
  if (!surnameEnding.test(folded[i]!) || personalPredicate.test(folded[i]!)) return false;
  return givenBeside(text, tokens, folded, words, reading, resources, first, end, i, i - 1) || givenBeside(text, tokens, folded, words, reading, resources, first, end, i, i + 1);
}

/** Token `other`, a kept capitalised word in no case form and of no surname shape, one space beside token `i`. */
function givenBeside(text: string, tokens: readonly Token[], folded: readonly string[], words: readonly WordInfo[], reading: readonly Reading[], resources: NameResources, first: number, end: number, i: number, other: number): boolean {
  if (other < first || other >= end || reading[other - first] !== Reading.Keep) return false;
  const [left, right] = other < i ? [tokens[other]!, tokens[i]!] : [tokens[i]!, tokens[other]!];
  if (!onlySpaces(text, left.end, right.start, 1) || text.charCodeAt(tokens[other]!.start) === folded[other]!.charCodeAt(0)) return false;
  return words[other]!.evidence(tokens[other]!.cyrillic, resources, true).endingLength === 0 && !surnameEnding.test(folded[other]!);
}

/** `Тўхтаева Зебинисо`, `Tursunova Zebiniso`: token `i` one space after a kept word shaped like a surname, the given name. */
function afterSurname(text: string, tokens: readonly Token[], folded: readonly string[], reading: readonly Reading[], first: number, i: number): boolean {
  if (i - 1 < first || reading[i - 1 - first] !== Reading.Keep || !onlySpaces(text, tokens[i - 1]!.end, tokens[i]!.start, 1)) return false;
  const word = folded[i - 1]!;
  return text.charCodeAt(tokens[i - 1]!.start) !== word.charCodeAt(0) && bareSurnameEnding.test(word);
}
// A surname in the nominative (`Тўхтаева`, `Tursunova`): a case ending or a patronymic after it closes the name.
const bareSurnameEnding = /(?:ов|ев|ова|ева|ov|ev|ova|eva)$/u;

/** `Гүлнар Мен Ақберен`, `Hilola Va Zarina`: token `i` follows a conjunction right after a kept capitalised word. */
function coordinatedWithName(text: string, tokens: readonly Token[], folded: readonly string[], reading: readonly Reading[], first: number, i: number): boolean {
  if (i - 2 < first || !conjunctions.has(folded[i - 1]!) || reading[i - 2 - first] !== Reading.Keep) return false;
  const name = tokens[i - 2]!;
  return text.charCodeAt(name.start) !== folded[i - 2]!.charCodeAt(0) && onlySpaces(text, name.end, tokens[i - 1]!.start, 1) && onlySpaces(text, tokens[i - 1]!.end, tokens[i]!.start, 1);
}
// Kazakh, Kyrgyz, Uzbek (both scripts), Russian and English "and" (`мен` is also "I", but not between two capitalised words).
const conjunctions: ReadonlySet<string> = new Set(['мен', 'пен', 'бен', 'менен', 'жана', 'және', 'ва', 'va', 'билан', 'bilan', 'и', 'and']);

/**
 * A word shaped like a surname or patronymic, bare or with a Turkic case ending (`Абдрахманованың`, `Ерланұлы`,
 * `Бобоеванинг`, `Berikqizi`): names are formed so, everyday words hardly.
 */
function nameFormed(token: Token, folded: string): boolean {
  if (nameFormingEnding.test(folded)) return true;
  return forEachSplit(folded, token.cyrillic ? turkicSuffixes : latinSuffixes, 4, (stem) => nameFormingEnding.test(folded.slice(0, stem)));
}
const nameFormingEnding = /(?:ов|ев|ова|ева|ина|ұлы|улы|қызы|кызы|ович|евич|овна|евна|ична|ov|ev|ova|eva|uly|qizi|ovich|evich|ovna|evna)$/u;

/**
 * `Рақмет, Аяулым.`, `Hurmatli Zarifbek!`: token `i` right after a word ending a cue phrase (a thanks, a greeting, a
 * form of address), with a comma or a space between, and a punctuation mark or the line's end after it.
 */
function greetedSlot(text: string, tokens: readonly Token[], words: readonly WordInfo[], first: number, i: number): boolean {
  if (i - 1 < first || (words[i - 1]!.cue & CueWord.PhraseEnd) === 0) return false;
  let at = tokens[i - 1]!.end;
  if (text.charCodeAt(at) === 44) at++;
  if (!onlySpaces(text, at, tokens[i]!.start, 1)) return false;
  const after = text.charCodeAt(tokens[i]!.end);
  return Number.isNaN(after) || after === 10 || after === 13 || after === 33 || after === 44 || after === 46 || after === 63;
}

// The separate word of a Kazakh, Kyrgyz or Uzbek patronymic (`Сейтек кызы`, `Jasur o'g'li`).
const patronymicWords: ReadonlySet<string> = new Set(['кызы', 'уулу', 'қызы', 'ұлы', 'улы', 'қизи', 'ўғли', 'угли', 'qizi', 'kyzy', 'uulu', 'uly'].concat(["o'g'li", 'o‘g‘li', 'o’g’li', 'o`g`li', 'oʻgʻli'].map(foldWord)));

function applyLowered(text: string, tokens: readonly Token[], lowered: readonly string[]): string {
  let out = '';
  let copied = 0;
  for (let i = 0; i < tokens.length; i++) {
    const word = lowered[i];
    if (word === undefined) continue;
    out += text.slice(copied, tokens[i]!.start) + word;
    copied = tokens[i]!.end;
  }
  return out + text.slice(copied);
}

/**
 * A word of two letters or more inside a sentence: the first word of a sentence, and the first after a speaker's
 * label or a heading's colon, is capitalised anyway.
 */
function insideWord(text: string, token: Token): boolean {
  if (token.sentenceStart || token.hasDigit || token.end - token.start < 2) return false;
  // Parts of an address or domain (`ravshan@inbox.kz`) are no words of the sentence.
  const after = text.charCodeAt(token.end);
  if (text.charCodeAt(token.start - 1) === 64 || text.charCodeAt(token.start - 1) === 46 || after === 64 || (after === 46 && text.charCodeAt(token.end + 1) > 64)) return false;
  let back = token.start - 1;
  while (back > 0 && text.charCodeAt(back) === 32) back--;
  return text.charCodeAt(back) !== 58;
}

/**
 * A capital, then a lower-case letter (`Большое`, not `ООО` or `iPhone`). An apostrophe, which folding changes, counts
 * as lower-case (`O‘g‘li`), and so does `ё` in Turkic text (`Аёл`), not in Russian, where such a word is mostly a
 * Korean name's syllable (`Ли Мён Хак`).
 */
function titleCaseWord(text: string, token: Token, folded: string, turkic: boolean): boolean {
  if (text.charCodeAt(token.start) === folded.charCodeAt(0)) return false;
  const second = text.charCodeAt(token.start + 1);
  return second === folded.charCodeAt(1) || folded.charCodeAt(1) === 39 || (second === 0x451 && turkic);
}

/**
 * On a curated everyday-word list (in Turkic text with a case ending too: `Manziliga`), a Turkic verb form or
 * possessed object (`Yubordik`, `Рақамини`), or a form of an everyday Russian or English word (hunspell, SCOWL).
 * Greetings, titles, brands and places are capitalised in ordinary writing too, so they do not count; nor does a word
 * ending like a surname (`Курсова`, `Турова` are forms of everyday words as well) or a listed name.
 */
export function everydayWord(token: Token, folded: string, info: WordInfo, resources: NameResources, turkic: boolean): boolean {
  const everyday = resources.everydayWords;
  if (everyday.has(folded)) return true;
  // Kin words of address, collective numerals, postpositions (`Aka`, `Екеуі`, `Uchun`): Turkic words even in a Russian
  // or mixed line (`Привет Sardor Aka, Qalesiz?`).
  if (turkicFunctionWord(folded)) return true;
  const evidence = info.evidence(token.cyrillic, resources, turkic);
  // A listed name says nothing of the writing: names are capitalised anyway.
  if ((evidence.nameFlags & (WordFlag.First | WordFlag.Surname | WordFlag.Patronymic)) !== 0 && (evidence.nameFlags & WordFlag.Ambiguous) === 0) return false;
  if (evidence.stopFlags & WordFlag.Place) return false;
  // Months and weekdays are lower case in Russian and Central Asian writing (`Шанба Куни`, `Сентябрь Ойида`).
  if (calendarWord(token, folded)) return true;
  // A first-person or polite predicate ends like a surname in -ин/-ын (`Мақтаймын`, `Ризамын`).
  if (surnameEnding.test(folded)) return turkic && (turkicEverydayForm(token, folded, everyday) || turkicFormLikeSurname(token, folded));
  // English capitalises headlines, addresses and firms by convention (`Grand Rapids`, `Kimberly Way`): its words do
  // not count. The Russian lexicon's stem keys meet Kazakh and Kyrgyz words by chance (`Радик`, `Хабар`).
  if (!turkic) return token.cyrillic ? resources.commonWords.has(folded) || loanPossessive(folded, everyday) : englishFunctionWords.has(folded) || (!englishWordForm(folded) && latinTurkicWord(token, folded, everyday));
  // A word that marks a text Turkic is an everyday one (`Жоқ`, `Менен`); greetings among them open sentences.
  if (token.cyrillic && resources.turkicMarkers.has(folded) && !greetingMarkers.has(folded)) return true;
  if (turkicEverydayForm(token, folded, everyday)) return true;
  return folded.length >= 5 && (token.cyrillic ? turkicVerbOrObject(folded) || cyrillicTurkicVerbEnding.test(folded) : latinTurkicVerbEnding.test(folded));
}

/**
 * A case or possessed form of an everyday word (`Номерин`, `Дарегине`, `Manziliga`): the split tables, then the
 * possessive endings with a case after them, which they lack; a Kazakh or Kyrgyz stem voices its last consonant
 * before a vowel ending (`дарек` → `Дарегине`, `китеп` → `Китебин`).
 */
function turkicEverydayForm(token: Token, folded: string, everyday: ReadonlySet<string>): boolean {
  if (forEachSplit(folded, token.cyrillic ? turkicSuffixes : latinSuffixes, 3, (stem) => everyday.has(folded.slice(0, stem)))) return true;
  if (possessedForm(folded, folded.length, token.cyrillic, everyday)) return true;
  // An Uzbek case after the possessive (`Buyurtmangizni`, `Raqamimga`).
  for (const ending of token.cyrillic ? casesCyrillic : uzbekCasesLatin) {
    if (folded.endsWith(ending) && possessedForm(folded, folded.length - ending.length, token.cyrillic, everyday)) return true;
  }
  return false;
}

/**
 * A Russian everyday word ending in a vowel with a Kyrgyz, Kazakh or Uzbek third-person possessive (`Машинасы`,
 * `Доставкаси`, `Коробкасын`): mixed lines decline loan words so, and no Russian word or name ends so.
 */
function loanPossessive(folded: string, everyday: ReadonlySet<string>): boolean {
  const at = folded.lastIndexOf('с');
  if (at < 4 || !possessedCyrillic.includes(folded.slice(at)) || !vowels.includes(folded.charAt(at - 1))) return false;
  return everyday.has(folded.slice(0, at));
}
const vowels = 'аеиоуыэюяё';

/** folded.slice(0, end) is an everyday word with a possessive ending (`Номерин`, `Дарегине`, `Buyurtmangiz`). */
function possessedForm(folded: string, end: number, cyrillic: boolean, everyday: ReadonlySet<string>): boolean {
  for (const ending of cyrillic ? possessedCyrillic : possessedLatin) {
    const stem = end - ending.length;
    if (stem < 3 || !folded.startsWith(ending, stem)) continue;
    if (everyday.has(folded.slice(0, stem))) return true;
    const voiced = voicedLetters.indexOf(folded.charAt(stem - 1));
    if (voiced >= 0 && everyday.has(folded.slice(0, stem - 1) + devoicedLetters.charAt(voiced))) return true;
  }
  return false;
}
// English pronouns, auxiliaries, articles, prepositions and conjunctions: a headline capitalises them only in full
// title style, a customer typing every word capitalised always (`We Will Call You Back At`).
const englishFunctionWords: ReadonlySet<string> = new Set([
  'i', 'we', 'you', 'he', 'she', 'it', 'they', 'me', 'us', 'him', 'her', 'them', 'my', 'our', 'your', 'his', 'its', 'their',
  'will', 'would', 'can', 'could', 'shall', 'should', 'must', 'is', 'are', 'was', 'were', 'be', 'been', 'have', 'has', 'had',
  'do', 'does', 'did', 'not', 'the', 'a', 'an', 'this', 'that', 'at', 'in', 'on', 'to', 'for', 'with', 'from', 'of', 'by',
  'and', 'or', 'but', 'so', 'very', 'please', 'thanks', 'thank',
]);
const turkicLetters = /[әғқңөұүһіўҳ]/u;
const greetingMarkers: ReadonlySet<string> = new Set(['рахмат', 'рақмет', 'раҳмат', 'салам', 'сәлем', 'салом']);
const uzbekCasesLatin = ['ni', 'ga', 'da', 'dan', 'ning'];
// Uzbek, then Kyrgyz and Kazakh cases after a first- or second-person possessive (`Курьериңиздин`, `Номериңизге`).
const casesCyrillic = ['ни', 'га', 'да', 'дан', 'нинг', 'дын', 'дин', 'дун', 'дүн', 'дың', 'дің', 'ды', 'ди', 'ду', 'дү', 'ді', 'ге', 'ға', 'го', 'гө', 'де', 'до', 'дө', 'ден', 'дон', 'дөн'];
// Third-person possessive, bare and before the accusative, dative, locative and ablative: Kyrgyz and Kazakh
// (`-ын`, `-ине`, `-ында`; after a vowel `-сын`: `баа` → `Баасын`), Uzbek (`-ини`, `-ига`, `-ида`, `Raqamim`, `Buyurtmangiz`);
// first and second person of Kyrgyz and Kazakh (`Курьериңиз`, `Курьерибиз`, `Номерім`).
const possessedCyrillic = ['ы', 'и', 'у', 'ү', 'і', 'ын', 'ин', 'ун', 'үн', 'ін', 'ына', 'ине', 'уна', 'үнө', 'іне', 'ында', 'инде', 'унда', 'үндө', 'інде', 'ынан', 'инен', 'інен', 'ини', 'ига', 'ида', 'идан', 'им', 'имиз', 'ингиз', 'нгиз', 'ыңыз', 'иңиз', 'уңуз', 'үңүз', 'іңіз', 'ңыз', 'ңиз', 'ңуз', 'ңүз', 'ңіз', 'ым', 'ум', 'үм', 'ім', 'ыбыз', 'ибиз', 'убуз', 'үбүз', 'ымыз', 'іміз', 'сы', 'си', 'су', 'сү', 'сі', 'сын', 'син', 'сун', 'сүн', 'сін', 'сына', 'сине', 'суна', 'сүнө', 'сіне', 'сында', 'синде', 'сінде'];
const possessedLatin = ['i', 'ini', 'iga', 'ida', 'idan', 'ining', 'si', 'sini', 'siga', 'sida', 'im', 'imiz', 'ingiz', 'ngiz', 'm', 'miz'];
const voicedLetters = 'гғб';
const devoicedLetters = 'кқп';

/** Uzbek typed in Latin letters often has no word that marks the text Turkic: its case and verb forms (`Manziliga`, `Yubordik`). */
function latinTurkicWord(token: Token, folded: string, everyday: ReadonlySet<string>): boolean {
  if (turkicEverydayForm(token, folded, everyday)) return true;
  return folded.length >= 5 && latinTurkicVerbEnding.test(folded);
}

// Russian and Uzbek surname endings, declined (`Курсова`, `Турова`, `Соколов` are forms of everyday words too).
// The surname endings -ов/-ев, bare or declined: Turkic everyday words hardly end so.
const ovSurnameEnding = /(?:ов|ев|ov|ev)(?:а|у|ой|ым|ых|е|ы|a|ga|ni|ning)?$/u;
const surnameEnding = /(?:ов|ев|ин|ын|ov|ev|in)(?:а|у|ой|ым|ых|е|ы|a|ga|ni|ning)?$/u;

// Kazakh and Kyrgyz past tenses and presents, possessed datives and locatives (`Келді`, `Жөнөттүк`, `Жатырмын`,
// `Дарегине`, `Уақытында`).
// Also participles, infinitives in the dative, habitual participles, agent nouns, converbs and plurals with their
// cases (`Артылған`, `Атқаруға`, `Салатынын`, `Алушы`, `Шығып`, `Балаларға`), and the Kyrgyz rounded forms
// (`Түшүндүрдү`, `Болгон`, `Көрсөтүп`, `Айтыңызчы` as `Жазуңуз`): names hardly take them.
const cyrillicTurkicVerbEnding = new EndingSet(['ду', 'дү', 'ту', 'тү', 'гон', 'гөн', 'кон', 'көн', 'ип', 'үп', 'иңиз', 'уңуз', 'үңүз', 'ған', 'қан', 'кен', 'уға', 'уге', 'ууга', 'үүгө', 'атын', 'етін', 'йтын', 'йтін', 'ытын', 'итин', 'ушы', 'уші', 'уучу', 'үүчү', 'ып', 'іп', 'лар', 'лер', 'дар', 'дер', 'тар', 'тер', 'лары', 'лері', 'дары', 'дері', 'тары', 'тері', 'ларға', 'лерге', 'ларды', 'лерді', 'лардың', 'лердің', 'ларда', 'лерде', 'лор', 'лөр', 'дор', 'дөр', 'тор', 'төр', 'моқда', 'япти', 'ді', 'ті', 'ында', 'інде', 'дык', 'дик', 'дук', 'дүк', 'тык', 'тик', 'тук', 'түк', 'дық', 'дік', 'тық', 'тік', 'дым', 'дим', 'дум', 'дүм', 'тым', 'тим', 'тум', 'түм', 'дім', 'тім', 'мын', 'мін', 'пын', 'пін', 'бын', 'бін', 'ыңыз', 'іңіз', 'ызчы', 'изчи', 'ңызшы', 'ңізші', 'ине', 'ына', 'іне', 'ысы', 'ісі', 'лари', 'ларини', 'ларига', 'ларида', 'ларидан', 'ларининг']);
const latinTurkicVerbEnding = new EndingSet(['di', 'dik', 'dim', 'dingiz', 'gan', 'yapti', 'yapman', 'aman', 'yman', 'lari', 'larini', 'lariga', 'larida', 'laridan', 'larining', 'ymiz', 'amiz', 'ing', 'ingiz', 'moqda']);

let functionWords: ReadonlySet<string> | undefined;
/** On patterns/stoplists/title-case-turkic.txt: Turkic function words that follow names and are on no everyday list. */
function turkicFunctionWord(folded: string): boolean {
  functionWords ??= foldedWordSet('stoplists/title-case-turkic.txt');
  return functionWords.has(folded);
}

/** A Turkic function word with a case or possessive ending of two letters or more (`Аганын`, `Эжеге`, `Akaning`). */
function turkicFunctionForm(token: Token, folded: string): boolean {
  functionWords ??= foldedWordSet('stoplists/title-case-turkic.txt');
  return forEachSplit(folded, token.cyrillic ? turkicSuffixes : latinSuffixes, 3, (stem) => folded.length - stem >= 2 && functionWords!.has(folded.slice(0, stem)));
}

let calendarWords: ReadonlySet<string> | undefined;
/** A month or weekday of a language that writes them in lower case (English capitalises them), bare or with a case ending. */
function calendarWord(token: Token, folded: string): boolean {
  calendarWords ??= foldedWordSet('stoplists/months.txt');
  if (calendarWords.has(folded)) return !englishWordForm(folded);
  return forEachSplit(folded, token.cyrillic ? turkicSuffixes : latinSuffixes, 3, (stem) => calendarWords!.has(folded.slice(0, stem))) && !englishWordForm(folded);
}

/** Lower case of the same length (`İ` lower-cases to two code units, so such letters stay). */
export function lowerSameLength(word: string): string {
  const lower = word.toLowerCase();
  if (lower.length === word.length) return lower;
  let out = '';
  for (const letter of word) {
    const small = letter.toLowerCase();
    out += small.length === letter.length ? small : letter;
  }
  return out;
}
