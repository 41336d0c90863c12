// The name scan: tokens → per-word evidence → runs of adjacent name words → scored spans with base forms.

import { foldText, foldWord, lacksUpperCase } from '../../text/normalize.js';
import { lowerTitleCaseLines } from './title-case.js';
import { lowerCapsLines } from './caps-lines.js';
import { nameOnlyPost } from './en-name-posts.js';
import { relineFlatDialogue } from './flat-dialogues.js';
import { tokenize, type Token, type TokenStats } from '../../text/tokenize.js';
import type { Span } from '../../types.js';
import { dropAddressCoordinations } from './addresses.js';
import { dropPlaceNames, dropPlacesAfterIn } from './place-spans.js';
import { dropCapitalisedEverydayWords } from './mixed-words.js';
import { findGreetedNames, greetingOpenerWord } from './chat-greeted-names.js';
import { establishmentWord } from './establishments.js';
import { streetEllipsisWord } from './ru-street-ellipsis.js';
import { givenFatherPatronymic, ownGivenName, shortWordOpening } from './chat.js';
import { markCues } from './cues.js';
import { markLoneLines, mayHaveLoneLine } from './chat-lone.js';
import { findAddressedOpeners, lowerLineOpener, mayOpenWithAddressee } from './chat-addressed.js';
import { findContactNames, mayHaveContact } from './contact-names.js';
import { calledWord, findCalledNames, mayCallByName } from './ru-called.js';
import { liftCoordinatedUnknowns, markEnglishChatCues } from './english.js';
import { findOpeningLowerNames, findUnlistedEnglishNames } from './english-lower.js';
import { findLowerFullNames } from './en-lower-names.js';
import { findEverydaySurnamePairs } from './en-chat-surnames.js';
import { findSelfNamedGreeters, mayNameSelf, selfNamingWord } from './chat-self-named.js';
import { englishSubjectWord, findPredicatedSubjects, liftOpeningSubjects } from './en-subjects.js';
import { liftAddressedNames } from './en-address.js';
import { liftWorkMakers } from './en-works.js';
import { extendGivenNameTails, liftAddressedLowSpans, liftPronounAntecedents, liftAskedAndComparedNames, liftLowerGivenNames, liftOpeningAddressees } from './en-social-names.js';
import { liftWorldGivenNames, worldGivenOpener, worldGivenWord } from './en-world-names.js';
import { liftPossessors } from './en-possessors.js';
import { liftFramedSocialNames } from './en-social-frames.js';
import { liftLowerSocialNames } from './en-lower-social.js';
import { liftClauseSubjects } from './en-clause-subjects.js';
import { liftLowerCoordinated } from './en-lower-coordinated.js';
import { liftLowerFramedNames } from './en-lower-frames.js';
import { liftLowerHandles } from './en-lower-handles.js';
import { liftPersonWords } from './en-person-verbs.js';
import { findEverydayWordPeople } from './en-everyday-people.js';
import { widenSurnameFirstPairs } from './en-lower-surname-first.js';
import { findInitialsPeople } from './en-initials-people.js';
import { liftTurnOpeners } from './en-openers.js';
import { liftApostropheNames } from './en-apostrophe.js';
import { liftListedUnknowns } from './en-lists.js';
import { findAskedNames, liftBarePossessives, liftCoordinatedNameWords, liftPossessedUnknowns, liftQuestionedOpeners, liftVersusNames } from './en-name-links.js';
import { liftPlaceGivenPairs } from './en-pairs.js';
import { liftOpeningEverydayGivenPairs } from './en-opening-pairs.js';
import { dropBrandPossessives } from './en-brand-possessives.js';
import { liftClosingAddressees } from './en-closing-addressees.js';
import { findNobleTitledNames } from './en-noble-titles.js';
import { findNamePredicates } from './en-name-predicates.js';
import { findPraisedOpeners, liftPraisedSubjects } from './en-praised-subjects.js';
import { findExpletiveNames } from './en-expletive-names.js';
import { dropEnglishPlaceNames } from './en-place-negatives.js';
import { findSigners, maySign } from './en-chat-signers.js';
import { describeWord } from './facts.js';
import { trimEverydayTypos } from './everyday-typos.js';
import { findDashPairs } from './pairs.js';
import { endsGreetingPhrase } from './greeting-words.js';
import { coordinationWord, findBracketedOriginals, findCoordinatedNames, findRepeatedMentions, KnownNames } from './mentions.js';
import { dropOrganisationNames } from './organisations.js';
import { dashNearEnd, findSignature } from './signatures.js';
import { dropSignedPlaces } from './signature-places.js';
import { dropSurnameFirms, dropTitleWords } from './real-firms.js';
import { widenToGivenNames } from './real-given-before-surname.js';
import { trimHyphenHonorifics } from './real-honorific.js';
import { dropFormLabels } from './real-labels.js';
import { liftOpeningVocative, liftUnknownLatinPairs } from './real-latin-pairs.js';
import { findGoalScorers, liftLineupSurnames } from './real-lineups.js';
import { findTurkicVocatives } from './real-vocatives.js';
import { findLabelAddressees } from './label-addressees.js';
import { findNewsCredits, mayBeNewsCredits } from './kk-news-credits.js';
import { widenPatronymicGiven } from './kk-patronymic-given.js';
import { findCopulaSubjects } from './kk-news-copula.js';
import { findMidVocatives } from './kk-news-vocatives.js';
import { findArticleNames } from './kk-arabic-article.js';
import { dropLowerPossessedNouns } from './kk-news-lower-nouns.js';
import { findKazakhNewsNames, findListedKazakhNames, kazakhNewsFrameWord } from './kk-news-unlisted.js';
import { findFormerMembers } from './en-former-members.js';
import { dropShipNames, findFormNameLines, findQuotedSpeakers, mayHaveNameLine, mayHaveShip } from './en-form-lines.js';
import { findNamedPeople, namedTriggerWord } from './turkic-named.js';
import { findNameWordNames, nameWord } from './turkic-name-words.js';
import { findThankedNames, turkicThanksWord } from './turkic-thanks.js';
import { findContactedPeople, turkicContactRequest } from './turkic-contacted.js';
import { findContactedLowerNames, findUnlistedTurkicNames, turkicContactVerb } from './turkic-unlisted.js';
import { findCapitalPersonActs, findPersonActNames, personDeedWord } from './turkic-person-acts.js';
import { findLowerSurnamePairs } from './turkic-lower-pairs.js';
import { findLowerPatronymicNames } from './chat-lower-patronymics.js';
import { findLowerGenitiveNames } from './turkic-lower-genitives.js';
import { findLowerDialogueNames, mayHaveLowerDialogue } from './chat-lower-dialogue.js';
import { findBareLabelNames } from './dialogue-bare-labels.js';
import { locativeAttributiveWord } from './turkic-shape.js';
import { boughtWord, dropFirstPersonObjects } from './turkic-object-negatives.js';
import { dropWishedNouns, wishedNounWord } from './turkic-chat-wishes.js';
import { dropCompoundNouns, lightConverb } from './turkic-chat-compounds.js';
import { dropGreetingAdjectives, greetingAdjectiveWord } from './greeting-negatives.js';
import { dropHolidayNames, holidayNameWord } from './holiday-names.js';
import { brandWord, dropBrandLines } from './brand-lines.js';
import { dropEverydayReadings, everydayArticle, everydayFrameWord, EverydayFrames, everydayWishWord } from './everyday-negatives.js';
import { CueWord, type NameResources } from './resources.js';
import { findRussianChatNames, russianChatPlaceWord } from './ru-chat.js';
import { findBuddyNames } from './ru-chat-buddies.js';
import { findFamilyNames } from './ru-family-names.js';
import { findThankedLatinNames } from './ru-thanked-latin.js';
import { findShiftSubjects, russianShiftWord } from './ru-chat-shift.js';
import { findRussianCoordinatedNames, mayCoordinate } from './ru-coordination.js';
import { everydayOpenerBeforeName } from './ru-openers.js';
import { findRussianNamePairs, pairSurnameWord } from './ru-pairs.js';
import { findSurnameTails } from './ru-chat-surname-tails.js';
import { findLowerRussianSlots, widenLowerSurnames } from './ru-chat-lower-slots.js';
import { findLowerListedNames, mayListLower } from './chat-lower-lists.js';
import { findLowerInitialsNames, mayHaveLowerInitials } from './chat-lower-initials.js';
import { findLowerTurkicFrames, mayHaveTurkicFrames } from './chat-lower-turkic-frames.js';
import { findLowerTurkicCaseNames, mayHaveTurkicCaseFrames } from './chat-lower-turkic-cases.js';
import { widenKoreanSurnames } from './ru-korean-openers.js';
import { reviewNewsNames } from './ru-news.js';
import { findRussianVocatives, mayAddress, russianThanksWord } from './ru-vocatives.js';
import { dropCyrillicLookalikeNames } from './cyrillic-lookalike-names.js';
import { reviewLatinSpans } from './social.js';
import { readInCyrillic, readsRussianInLatin, RussianLatinGate, russianLatinMarker, spansInLatin } from './ru-latin-reading.js';
import { spansAsWritten, StretchedGate, stretchedWord, unstretch } from './stretched-letters.js';
import { RespelledGate, respelledCueWord, respellCues, spansRespelled } from './respelled-cues.js';
import { joins, scoreRun } from './runs.js';
import { Vocabulary, WordBit, WordGate, type WordFacts, type WordInfo } from './vocabulary.js';
import { PlainReading, restorePlainLetters } from './plain-letters.js';
import { nameWeights } from './weights.js';
import { notAName, plainLowerWord, scoreWord, WordKind, type WordScore } from './words.js';

// One vocabulary per set of lists (in practice one per process or worker), and a small one for tokens with digits:
// phone numbers and order ids are mostly unique and must not push the words out.
interface Vocabularies {
  readonly words: Vocabulary;
  readonly numbers: Vocabulary;
}
const vocabularies = new WeakMap<NameResources, Vocabularies>();
function vocabulariesOf(resources: NameResources): Vocabularies {
  let found = vocabularies.get(resources);
  if (found === undefined) {
    const describe = (folded: string): WordFacts => digitGroupFacts(folded) ?? withGateBits(describeWord(folded, resources), folded, resources);
    found = { words: new Vocabulary(describe), numbers: new Vocabulary(describe, numbersLimit) };
    vocabularies.set(resources, found);
  }
  return found;
}
const numbersLimit = 16_384;

// Facts of a word of ASCII digits and hyphens (`12`, `90-123-45`), the words of phone numbers, dates and order ids:
// no list holds one and no per-word test reads anything but letters, so only the hyphen's position sets a bit (the
// test in test/detect/name/digit-facts.test.ts compares the full tests on thousands of such words). A page of digit
// groups is tens of thousands of words the numbers vocabulary cannot keep: describing each in full was a fifth of its
// detect() time.
const plainDigitFacts: WordFacts = { cue: 0, bits: 0 };
const hyphenDigitFacts: WordFacts = { cue: 0, bits: WordBit.InnerHyphen };
export function digitGroupFacts(folded: string): WordFacts | undefined {
  if (!isDigitCode(folded.charCodeAt(0))) return undefined;
  for (let k = 1; k < folded.length; k++) {
    const code = folded.charCodeAt(k);
    if (code !== 45 && !isDigitCode(code)) return undefined;
  }
  return folded.indexOf('-') > 2 ? hyphenDigitFacts : plainDigitFacts;
}

/** The full per-word tests of the scan (describeWord and the pass gates), for a word met for the first time. */
export function describeWordFully(folded: string, resources: NameResources): WordFacts {
  return withGateBits(describeWord(folded, resources), folded, resources);
}

// The later passes' trigger words, as word bits: worked out once per word, ORed over the tokens of a text, so a pass
// none of whose words occur is not entered at all (each pass entered costs more than its own loop).
function withGateBits(facts: WordFacts, folded: string, resources: NameResources): WordFacts {
  let bits = facts.bits;
  if (russianChatPlaceWord(folded, resources)) bits |= WordBit.RussianChatPlace;
  if (pairSurnameWord(folded, bits)) bits |= WordBit.PairSurname;
  if (namedTriggerWord(folded) || nameWord(folded) || calledWord(folded)) bits |= WordBit.NamedTrigger;
  if (turkicThanksWord(folded)) bits |= WordBit.TurkicThanks;
  if (resources.speakerLabels.has(folded)) bits |= WordBit.SpeakerLabel;
  if (turkicContactVerb(folded) || turkicContactRequest(folded)) bits |= WordBit.ContactVerb;
  if (coordinationWord(folded)) bits |= WordBit.Conjunction;
  if (establishmentWord(folded)) bits |= WordBit.EstablishmentWord;
  const street = streetEllipsisWord(folded);
  if (street !== 0) bits |= street === 1 ? WordBit.StreetCorner : street === 2 ? WordBit.StreetPreposition : WordBit.StreetPlace;
  if (englishSubjectWord(folded, resources)) bits |= WordBit.EnglishSubjectCue;
  if (russianThanksWord(folded)) bits |= WordBit.RussianThanks;
  if (worldGivenWord(folded, resources)) bits |= WordBit.WorldGivenName;
  if (resources.englishSocial.personPossessions.has(folded)) bits |= WordBit.PersonPossession;
  if (personDeedWord(folded)) bits |= WordBit.PersonAct;
  if (kazakhNewsFrameWord(folded)) bits |= WordBit.KazakhNewsFrame;
  if (russianShiftWord(folded)) bits |= WordBit.RussianShift;
  if (resources.englishSocial.functionWords.has(folded) || resources.chatWords.englishFunctionWords.has(folded)) bits |= WordBit.EnglishFunction;
  let gates = 0;
  if (wishedNounWord(folded) || everydayWishWord(folded)) gates |= WordGate.WishNoun;
  if (everydayFrameWord(folded)) gates |= WordGate.EverydayFrame;
  if (everydayArticle(folded)) gates |= WordGate.Article;
  if (greetingAdjectiveWord(folded)) gates |= WordGate.GreetingAdjective;
  if (boughtWord(folded)) gates |= WordGate.BoughtWord;
  if (holidayNameWord(folded)) gates |= WordGate.HolidayName;
  if (brandWord(folded)) gates |= WordGate.BrandWord;
  if (lightConverb(folded)) gates |= WordGate.LightConverb;
  if (greetingOpenerWord(folded)) gates |= WordGate.Greeting;
  if (selfNamingWord(folded)) gates |= WordGate.SelfNaming;
  if (resources.plainLetters.markers.has(folded)) gates |= WordGate.PlainTurkic;
  if (resources.plainLetters.looseMarkers.has(folded)) gates |= WordGate.LooseTurkic;
  if (russianLatinMarker(folded)) gates |= RussianLatinGate;
  if (stretchedWord(folded)) gates |= StretchedGate;
  if (respelledCueWord(folded, facts.cue, bits, resources)) gates |= RespelledGate;
  if (gates !== 0) return { cue: facts.cue, bits, gates };
  return bits === facts.bits ? facts : { cue: facts.cue, bits };
}

// Cue marks per token, reused from text to text (only the first `count` entries are read, after zeroing): typed
// arrays cost a buffer each to allocate. The scan is synchronous and never re-entered.
let cueBuffers = { before: new Uint8Array(256), after: new Uint8Array(256) };
// Per token, its word's WordInfo.bits, WordInfo.cue and first folded code, reused likewise (only `count` entries
// are read, each written first): the loops over every token read these instead of visiting each WordInfo.
let wordBuffers = { bits: new Int32Array(256), cues: new Uint16Array(256), firsts: new Uint16Array(256) };

// Where the touched values go (never read): a store the compiler must keep.
let touchSink = 0;

/** All NAME spans in `text` (scores below the tenant threshold included; the resolver filters them). */
// Longer texts are not looked at for title-case writing (title-case.ts).
const titleCaseMaxLength = 65_536;

export function scanNames(text: string, resources: NameResources, known: KnownNames | undefined, titleCaseRead = false, asWritten = false): Span[] {
  const stats: TokenStats = { foldable: false, turkicLetter: false, dash: false, colon: false, comma: false, parenthesis: false, hyphen: false };
  // Shared Token objects (tokenize's `reuse`): a re-reading below starts only after this reading's last use of them.
  const tokens = tokenize(text, stats, true);
  const count = tokens.length;
  if (count === 0) return [];
  const folded: string[] = new Array<string>(count);
  const words: WordInfo[] = new Array<WordInfo>(count);
  if (wordBuffers.bits.length < count) wordBuffers = { bits: new Int32Array(count * 2), cues: new Uint16Array(count * 2), firsts: new Uint16Array(count * 2) };
  const { bits: wordBits, cues: wordCues, firsts: firstCodes } = wordBuffers;
  const { words: wordVocabulary, numbers: numberVocabulary } = vocabulariesOf(resources);
  // Only token slices of the folded text are read: ё or apostrophes between tokens need no folding. Folded lazily:
  // most words are found in the vocabulary straight from the text.
  let foldedText: string | undefined | null = null;
  let turkic = stats.turkicLetter;
  let cyrillicWords = 0;
  // Tokens of another script that open with a letter (Latin in practice; not `12345`): the Latin-script passes below
  // act only on spans that start at one, and order ids and phone numbers would otherwise switch them on.
  let latinWords = 0;
  // Tokens that open with a digit (house numbers, amounts, phone groups).
  let digitLed = false;
  let englishChatCues = false;
  // Every token's word bits ORed, and its WordGate flags: the entry conditions of the passes after the runs.
  let textBits = 0;
  let textGates = 0;
  // Capitalised words inside sentences: title-case writing needs several (title-case.ts).
  let capitalisedInside = 0;
  // A lower-case word of four letters or more opens the text or a line (chat-addressed.ts lowerLineOpener).
  let lineOpener = false;
  // Words opening with two capitals (`СПАСИБО`, `ООО`): ALL CAPS writing needs two (caps-lines.ts).
  let capsWords = 0;
  // Every token's table slot and facts are read once before the lookups below (Vocabulary.touch): independent loads
  // the CPU overlaps, where each lookup would otherwise wait for its own cache misses in turn.
  let touched = 0;
  for (let i = 0; i < count; i++) {
    const token = tokens[i]!;
    if (token.foldHash !== -1) touched ^= (token.hasDigit ? numberVocabulary : wordVocabulary).touch(token.foldHash);
  }
  touchSink ^= touched;
  for (let i = 0; i < count; i++) {
    const token = tokens[i]!;
    if (token.cyrillic) cyrillicWords++;
    else if (!(token.hasDigit && isDigitCode(text.charCodeAt(token.start)))) latinWords++;
    else digitLed = true;
    const vocabulary = token.hasDigit ? numberVocabulary : wordVocabulary;
    const number = token.foldHash === -1 ? -1 : vocabulary.number(text, token.start, token.end, token.foldHash);
    let bits: number;
    if (number !== -1) {
      // The common case reads the vocabulary's flat arrays only, not the WordInfo object.
      words[i] = vocabulary.infoAt(number);
      folded[i] = vocabulary.foldedAt(number);
      bits = vocabulary.bitsAt(number);
      textGates |= vocabulary.gatesAt(number);
      wordCues[i] = vocabulary.cueAt(number);
      firstCodes[i] = vocabulary.firstAt(number);
    } else {
      let info: WordInfo;
      if (token.foldHash !== -1) info = vocabulary.findHashed(text, token.start, token.end, token.foldHash);
      else {
        if (foldedText === null) foldedText = foldText(text, !stats.foldable);
        info = vocabulary.get(foldedText === undefined ? foldWord(text.slice(token.start, token.end)) : foldedText.slice(token.start, token.end));
      }
      words[i] = info;
      folded[i] = info.folded;
      bits = info.bits;
      textGates |= info.gates;
      wordCues[i] = info.cue;
      firstCodes[i] = info.folded.charCodeAt(0);
    }
    wordBits[i] = bits;
    textBits |= bits;
    if (text.charCodeAt(token.start) !== firstCodes[i]) {
      if (!token.sentenceStart) capitalisedInside++;
      // A second capital: ALL CAPS writing may need reading lowered (caps-lines.ts).
      if (token.end - token.start > 1 && text.charCodeAt(token.start + 1) !== folded[i]!.charCodeAt(1)) capsWords++;
    } else if (token.sentenceStart && !lineOpener && lowerLineOpener(text, tokens, i, firstCodes[i]!)) lineOpener = true;
    if (bits & (WordBit.TurkicMarker | WordBit.EnglishChatCue)) {
      // `Ли Мён Бак`: `Мён` folds to the Kazakh `мен`; the markers spell ё only as their first letter (`ёрдам`).
      if (bits & WordBit.TurkicMarker && !yoInside(text, token)) turkic = true;
      if (bits & WordBit.EnglishChatCue) englishChatCues = true;
    }
  }

  // `Кеше Акбота келди`: an everyday Kazakh word typed with Russian letters that Kyrgyz may write so too makes the
  // text Turkic; without a Turkic marker as written it is read as Kazakh typed plain (plain-letters.ts).
  const looseTurkic = !turkic && (textGates & WordGate.LooseTurkic) !== 0 && cyrillicWords > 0;
  if (looseTurkic) turkic = true;
  // `Спасибооо Зорина` (stretched-letters.ts): read with each stretched run cut to one letter; that reading has none.
  // A span over a stretched run needs one in the text read as it stands (`asWritten`: no re-reading of it).
  if (textGates & StretchedGate && !asWritten && text.length <= titleCaseMaxLength) {
    const reading = unstretch(text);
    if (reading !== undefined) return spansAsWritten(scanNames(reading.text, resources, known, titleCaseRead), reading, () => scanNames(text, resources, known, titleCaseRead, true));
  }
  // `Operattor Muxlisa:`, `меннің атыым толқын` (respelled-cues.ts): read with its misspelt cue words spelt right.
  if (textGates & RespelledGate && text.length <= titleCaseMaxLength) {
    const reading = respellCues(text, tokens, folded, wordCues, wordBits, resources);
    if (reading !== undefined) return spansRespelled(scanNames(reading.text, resources, known, titleCaseRead, asWritten), reading);
  }
  // `Menya zovut Denis, pishu po povodu zakaza` (ru-latin-reading.ts): Russian typed in Latin letters is read in
  // Cyrillic, by the Russian lists and cues (`asWritten`: that reading misread the text, which is read as it stands).
  if (textGates & RussianLatinGate && !asWritten && cyrillicWords === 0 && text.length <= titleCaseMaxLength && readsRussianInLatin(folded, count, resources)) {
    const reading = readInCyrillic(text, resources);
    // The reading is never read in Cyrillic again: a text it leaves in Latin letters would be re-read for ever.
    return spansInLatin(text, scanNames(reading.text, resources, known, titleCaseRead, true), reading) ?? scanNames(text, resources, known, titleCaseRead, true);
  }
  // Texts read a second time, re-written at the same length: a review or a dialogue, not a pasted document (reading
  // a text twice must not double the cost of a megabyte).
  // Kazakh, Kyrgyz or Uzbek typed with Russian letters (plain-letters.ts): read with the letters our lists know given
  // back. A Turkic marker without Turkic letters (`буюртма`) may stand in such a text too, but then so may Kyrgyz
  // written as it should be: letters are guessed only with a word whose own spelling Kyrgyz never types plain.
  if ((textGates & WordGate.PlainTurkic || turkic) && !stats.turkicLetter && text.length <= titleCaseMaxLength) {
    const reading = textGates & WordGate.PlainTurkic ? PlainReading.Guess : looseTurkic ? PlainReading.Listed : PlainReading.NotKyrgyz;
    const restored = restorePlainLetters(text, tokens, folded, resources.plainLetters, reading);
    if (restored !== undefined) return scanNames(restored, resources, known, titleCaseRead);
  }
  // `Оператор: Чем помочь? Клиент: Зорбек, …` on one line (flat-dialogues.ts): its turns are read as lines.
  if (textBits & WordBit.SpeakerLabel && stats.colon === true && !titleCaseRead && text.length <= titleCaseMaxLength && text.indexOf('\n') === -1) {
    const relined = relineFlatDialogue(text, tokens, folded, resources);
    if (relined !== undefined) return scanNames(relined, resources, known);
  }
  // `TANNER QUORVELL`, `Starvin Marvin` (en-name-posts.ts): a post that is only a name, before it is read lowered.
  if (count <= 3 && count > 1 && capsWords + capitalisedInside + 1 >= count && cyrillicWords === 0 && !turkic && !titleCaseRead) {
    const post = nameOnlyPost(text, tokens, folded, words, resources);
    if (post !== undefined) return [post];
  }
  // `СПАСИБО АЛИШЕРУ ЗА ПОМОЩЬ` (caps-lines.ts): its ALL CAPS lines are read as lower-case writing.
  if (capsWords >= 2 && !titleCaseRead && text.length <= titleCaseMaxLength) {
    const lowered = lowerCapsLines(text, tokens, folded, words, resources, turkic);
    if (lowered !== undefined) return scanNames(lowered, resources, known, true);
  }
  // `Спасибо Большое Оператору За Помощь` (title-case.ts): its title-case lines are read as lower-case writing.
  if (capitalisedInside >= 2 && !titleCaseRead && text.length <= titleCaseMaxLength && mayBeTitleCase(text, tokens, firstCodes, capitalisedInside)) {
    const lowered = lowerTitleCaseLines(text, tokens, folded, words, wordBits, resources, turkic);
    if (lowered !== undefined) return scanNames(lowered, resources, known, true);
  }

  if (cueBuffers.before.length < count) cueBuffers = { before: new Uint8Array(count * 2), after: new Uint8Array(count * 2) };
  const { before: cueBefore, after: cueAfter } = cueBuffers;
  // A loop, not fill(): the builtin's call costs more than zeroing the ~20 entries of a typical text.
  for (let i = 0; i < count; i++) {
    cueBefore[i] = 0;
    cueAfter[i] = 0;
  }
  markCues(text, tokens, folded, wordCues, wordBits, resources, cueBefore, cueAfter);
  if (englishChatCues) markEnglishChatCues(text, tokens, folded, words, resources, cueBefore, cueAfter);
  // `зарина?`, `hi\nottoline\nwhere is my parcel` (chat-lone.ts): a word alone on its line is addressed.
  if (mayHaveLoneLine(text, count)) markLoneLines(text, tokens, words, wordCues, resources, turkic, cueBefore);

  // In Cyrillic text, capitalised Latin words are mostly brands and media (Lenta.ru, NEWSru, MySQL).
  const mostlyCyrillic = cyrillicWords * 3 > count * 2;
  // Chat messages typed without any capital letter (a long enough text, so one lower-case line of a form is not).
  const lowerCaseWriting = text.length >= 20 && (lacksUpperCase(text) ?? noUpperCase(text, foldedText === null ? foldText(text, !stats.foldable) : foldedText));
  const scores: WordScore[] = new Array<WordScore>(count);
  // widenToGivenNames() starts only from a name word that its surname ending alone made (not the first token); the
  // passes before it only demote scores (social.ts), so without one here it is not entered.
  let endingSurname = false;
  for (let i = 0; i < count; i++) {
    const cue = cueBefore[i]!;
    const after = cueAfter[i]!;
    const previous = i > 0 ? scores[i - 1] : undefined;
    const score = plainLowerWord(text, tokens, folded, wordBits, firstCodes, i, known, cue, after, previous, lowerCaseWriting)
      ? notAName
      : scoreWord(text, tokens, folded, words, wordBits, firstCodes, i, resources, known, cue, after, turkic, mostlyCyrillic, previous, lowerCaseWriting);
    scores[i] = score;
    if (wordBits[i]! & WordBit.SurnameLike && i > 0 && score.kind === WordKind.Name && score.source === 'morphology' && score.given !== true && score.patronymic !== true) endingSurname = true;
  }

  const spans: Span[] = [];
  let i = 0;
  while (i < count) {
    if (scores[i]!.kind !== WordKind.Name && scores[i]!.kind !== WordKind.Initial) {
      i++;
      continue;
    }
    let last = i;
    let hasGiven = scores[i]!.given === true;
    while (last + 1 < count && joins(text, tokens, scores, last, hasGiven)) {
      last++;
      if (scores[last]!.given) hasGiven = true;
    }
    let first = i;
    // `Про Автандила`, `На Землю`: a short capitalised everyday word opening the sentence before one more word is a
    // preposition or pronoun (before two, it may be a given name: `Люк Ван Велли`).
    if (first + 1 === last && shortWordOpening(tokens, folded, scores, first, resources)) first++;
    // `Смерть Егора`, `Когда Алишер`: an unknown capitalised sentence opener is not the first part of the name.
    // A two-word line of a contact block (`Torvin Allan⏎Plumber⏎…`) is the whole name, not an opener and a name; an
    // SSA given name that is no English word opens the name (`Marv Albert voice`: en-world-names.ts worldGivenOpener).
    if (first < last && scores[first]!.score < 0.5 && !scores[first]!.given && scores[first]!.closes !== 'surname' && tokens[first]!.sentenceStart && scores[first + 1]!.given && !givenFatherPatronymic(scores, first, last) && !(first + 1 === last && nameLine(text, tokens, first, last)) && !worldGivenOpener(text, tokens[first]!, folded[first]!, wordBits[first]!)) first++;
    // `Звонила Назокат`, `Медсестра Резеда` (ru-openers.ts): likewise an everyday word before a name on no list.
    else if (first < last && !turkic && everydayOpenerBeforeName(tokens, folded, scores, first, resources)) first++;
    // `губернатор Приморья Сергей Дарькин`, `Президент ФИФА Зепп Блаттер`: an unknown word before a given name
    // is the organisation the person belongs to; but an ambiguous "given name" ending a two-word run is rather the
    // surname (`Фил Гордон`, `Вишванатан Ананд`).
    while (first < last && tokens[first]!.cyrillic && scores[first]!.source === 'capital' && scores[first + 1]!.given && !(first + 1 === last && scores[last]!.score < nameWeights.first) && !ownGivenName(scores, cueBefore, first, last)) first++;
    // `Дүкөндөгү Айбийкеге`, `Кампадагы Жумакадырга` (turkic-shape.ts): "the one in …" is no part of the name.
    if (first < last && turkic && locativeAttributiveWord(folded[first]!)) first++;
    // `добрый день эльвира` (greeting-words.ts): the last word of a greeting phrase is no part of the name.
    if (wordCues[first]! & CueWord.PhraseEnd && endsGreetingPhrase(text, tokens, folded, first, resources)) first++;
    const span = first > last ? undefined : scoreRun(text, tokens, folded, wordBits, scores, first, last, resources, cueBefore, cueAfter);
    if (span) spans.push(span);
    i = last + 1;
  }
  // `Пак Анатолий оформил возврат` (ru-korean-openers.ts): the Korean surname opening the sentence before a given name.
  if (cyrillicWords > 0 && spans.length > 0) widenKoreanSurnames(text, tokens, folded, words, spans, resources);
  // `spoke to oisin yesterday`, `thx tendai` (english-lower.ts): lower-case English writing only, or a short lower-case message.
  if (cyrillicWords === 0 && (lowerCaseWriting || (count <= 4 && count > 1 && text.length < 20 && lacksUpperCase(text) === true))) findUnlistedEnglishNames(text, tokens, folded, words, scores, spans, resources);
  // `tanvir never called back`, `🙏 zhiwei okafor was very helpful` (english-lower.ts): Latin text opening in lower case.
  if (cyrillicWords === 0 && !turkic && latinWords > 2 && text.charCodeAt(tokens[0]!.start) === folded[0]!.charCodeAt(0)) findOpeningLowerNames(text, tokens, folded, words, scores, spans, resources);
  // `hi there this is zorvek`, `name is zhaman` (chat-self-named.ts): Latin-script text with `this is`, `its`, `im`
  // or `name is` only (a Kazakh-looking name can make an English text Turkic, so that is not asked).
  if (cyrillicWords === 0 && textGates & WordGate.SelfNaming && mayNameSelf(text)) findSelfNamedGreeters(text, tokens, folded, words, spans, resources);
  // `looks like ian connor` (en-lower-names.ts): English text only.
  if (latinWords > 1 && cyrillicWords === 0 && !turkic) {
    if (textBits & WordBit.EnglishFunction) findLowerFullNames(text, tokens, folded, words, spans, resources);
    // `gordon black never called back`, `courier frank hill` (en-chat-surnames.ts).
    findEverydaySurnamePairs(text, tokens, folded, words, spans, resources);
    // `Elba is such a badass dude` (en-subjects.ts): needs a person noun.
    if (textBits & WordBit.EnglishSubjectCue) {
      findPredicatedSubjects(text, tokens, folded, words, wordBits, spans, resources);
      // `Stoneham's a stud`, `any Stoneham supporters` (en-everyday-people.ts): an everyday word as a person's name.
      findEverydayWordPeople(text, tokens, folded, words, wordBits, spans, resources);
      // `Ravindu fixed it in ten minutes`, `Coach Otieno` (en-person-verbs.ts).
      liftPersonWords(text, tokens, folded, words, wordBits, scores, spans, resources);
    }
    // `Oyelaran was great.`, `Agent: Nilufar, your order …` (en-openers.ts): text with a capital only.
    if (!lowerCaseWriting) {
      liftTurnOpeners(text, tokens, folded, words, scores, spans, resources);
      // `O'Sullivan sorted out my refund` (en-apostrophe.ts).
      liftApostropheNames(text, tokens, folded, spans);
    }
    // `approved by t. quenby`, `signed by holloway t.,` (en-chat-signers.ts): only with `by ` in the text.
    if (maySign(text)) findSigners(text, tokens, folded, spans);
    // `helped by Mary Oyelaran` (en-pairs.ts): a given name capped as a place, before an unknown surname.
    if (spans.length > 0) liftPlaceGivenPairs(text, tokens, folded, words, scores, spans, resources);
  }
  // `шахзода сказала`, `передайте нодире` (ru-chat.ts), `адлет, спасибо` (ru-vocatives.ts), `зарема ахмедова`
  // (ru-pairs.ts): Cyrillic text without Turkic letters only.
  if (cyrillicWords > 0 && !turkic) {
    if (textBits & WordBit.RussianChatPlace) findRussianChatNames(text, tokens, folded, words, wordBits, scores, spans, resources);
    // `а шахзод сегодня на смене?` (ru-chat-shift.ts).
    if (textBits & WordBit.RussianShift) findShiftSubjects(text, tokens, folded, words, wordBits, spans, resources);
    if (mayAddress(text, tokens, folded, stats.comma === true, (textBits & WordBit.RussianThanks) !== 0, resources)) findRussianVocatives(text, tokens, folded, words, scores, spans, resources);
    if (textBits & WordBit.PairSurname) findRussianNamePairs(text, tokens, folded, words, wordBits, spans, resources);
    // `с мариной вишневской`, `с мариной ким` (ru-chat-surname-tails.ts): lower-case writing only.
    if (lowerCaseWriting && cyrillicWords > 1) findSurnameTails(text, tokens, folded, words, spans, resources);
    // `это была зорислава`, `позовите марину`, `курьер айдамир, претензий нет` (ru-chat-lower-slots.ts): lower-case writing only.
    if (lowerCaseWriting && cyrillicWords > 1) {
      findLowerRussianSlots(text, tokens, folded, words, spans, resources);
      // `анну шевчук`, `ивана тена` (ru-chat-lower-slots.ts): the surname after a found given name.
      if (spans.length > 0) widenLowerSurnames(text, tokens, folded, words, spans, resources);
    }
    // `сардору и карамату`, `азиз и зарема помогли` (ru-coordination.ts): beside a name, or before a past tense.
    // mayCoordinate() looks for ` и ` in the text, then for a comma: without an `и` token or a comma, neither.
    if ((spans.length > 0 || textBits & WordBit.RussianChatPlace) && (textBits & WordBit.Conjunction || stats.comma === true) && mayCoordinate(text, stats.comma === true, spans)) findRussianCoordinatedNames(text, tokens, folded, words, scores, spans, resources);
  }
  // `серік, сізге рақмет`, `шолпанға ризамын` (chat-lower-turkic-frames.ts): lower-case Turkic or Latin writing only.
  if (lowerCaseWriting && (turkic || cyrillicWords === 0) && mayHaveTurkicFrames(text)) findLowerTurkicFrames(text, tokens, folded, words, spans, resources, known, turkic);
  // `ерболға көп рақмет`, `ikromjon bilan gaplashdim` (chat-lower-turkic-cases.ts): lower-case Turkic or Latin writing only.
  if ((lowerCaseWriting || (text.length < 20 && lacksUpperCase(text) === true)) && (turkic || cyrillicWords === 0) && mayHaveTurkicCaseFrames(folded)) findLowerTurkicCaseNames(text, tokens, folded, words, spans, resources, known, turkic);
  // `б.и. цой`, `трубецкая п.п.` (chat-lower-initials.ts): lower-case writing only.
  if (lowerCaseWriting && mayHaveLowerInitials(text)) findLowerInitialsNames(text, tokens, folded, words, spans, resources, turkic);
  // `ок спасибо — дина` (signatures.ts): only when a dash stands near the end.
  // Every hyphen or dash is either inside a token (stats.hyphen) or between tokens (stats.dash).
  if (text.length > 8 && (stats.dash === true || stats.hyphen === true) && dashNearEnd(text)) findSignature(text, tokens, folded, words, scores, spans, resources, turkic, lowerCaseWriting);
  // `Kuba, can I …` (real-latin-pairs.ts): only the first token, only when a comma follows it.
  if (tokens[0]!.end < text.length && text.charCodeAt(tokens[0]!.end) === 44) liftOpeningVocative(text, tokens, folded, words, scores, spans, resources);
  // `сәлем, дәулет тапсырыс келмеді` (chat-greeted-names.ts): an ambiguous first name after a greeting word.
  if (count > 2 && textGates & WordGate.Greeting) findGreetedNames(text, tokens, folded, words, spans, resources, turkic);
  // `Зейін, …`, `…, Сағыныш.` (real-vocatives.ts): Turkic text with a comma only.
  if (turkic && cyrillicWords > 0 && stats.comma === true) {
    findTurkicVocatives(text, tokens, folded, words, scores, spans, resources);
    // `Иә, Зорбіл, бұл дұрыс.` (kk-news-vocatives.ts).
    findMidVocatives(text, tokens, folded, words, scores, spans, resources);
  }
  // `Кардар: Бекжанды чакырыңызчы?`, `Клиент: Айгизя, где мой заказ?` (label-addressees.ts): the word right after a dialogue line's role label.
  if (stats.colon === true && !lowerCaseWriting && textBits & WordBit.SpeakerLabel) findLabelAddressees(text, tokens, folded, words, spans, resources);
  // `Әсем Қалдыбай, Ерасыл Төребек, «Түнгі хабар».` (kk-news-credits.ts): a news report's sign-off line.
  if (turkic && stats.comma === true && mayBeNewsCredits(text)) findNewsCredits(text, tokens, folded, words, spans, resources);
  // `Дания Әлиқызы`, `Көлгінов Алтай Сейдірұлы` (kk-patronymic-given.ts): a place word as the given name.
  if (turkic && spans.length > 0) widenPatronymicGiven(text, tokens, folded, words, spans, resources);
  // `Зарбике — үш баланың анасы.` (kk-news-copula.ts): a dash between words is needed.
  if (turkic && stats.dash === true) findCopulaSubjects(text, tokens, folded, words, spans, resources);
  // `әл-Бирунидің` (kk-arabic-article.ts): only a hyphen inside a token can join the article.
  if (turkic && stats.hyphen === true) findArticleNames(text, tokens, folded, words, spans, resources);
  // `облыс әкімі Тоқсанбай`, `Ерсұлтан ата`, `Тұрмағамбеттің айтуынша`, `Диас пен Дархан` (kk-news-unlisted.ts):
  // capitalised Turkic text with a frame word, a name shape or a conjunction only.
  if (turkic && textBits & (WordBit.KazakhNewsFrame | WordBit.Conjunction) && cyrillicWords > 0 && !lowerCaseWriting) findKazakhNewsNames(text, tokens, folded, words, spans, resources);
  // `Әсия, Әдина, Зәуреш мектепке барады` (kk-news-unlisted.ts): a word on no list among names in a comma list.
  if (turkic && stats.comma === true && spans.length > 1 && cyrillicWords > 0 && !lowerCaseWriting) findListedKazakhNames(text, tokens, folded, words, spans, resources);
  // Match reports: `3:1 — 14:51 Бернс (Сен-Луи, Хитли)` (real-lineups.ts); the colon and dash tests keep other texts out.
  if (stats.colon === true && stats.dash === true) findGoalScorers(text, tokens, folded, words, spans, resources);
  // `the parcel came late but Obinna sorted it` (en-world-names.ts): English text only, before the social-text vetoes.
  if (textBits & WordBit.WorldGivenName && latinWords > 1 && cyrillicWords === 0 && !turkic) liftWorldGivenNames(text, tokens, folded, words, wordBits, scores, spans, resources);
  // The passes gated on EnglishFunction change nothing unless readsEnglish() holds, which needs one word of its list
  // in the text: Uzbek typed in Latin letters enters the English passes below (no Turkic marker word) and mostly
  // has none.
  const englishSocial = (textBits & WordBit.EnglishFunction) !== 0;
  // `attribute that to dana!` (en-social-names.ts): English text with a capital only.
  if (latinWords > 1 && cyrillicWords === 0 && !turkic) {
    if (!lowerCaseWriting && latinWords > 2 && englishSocial) liftLowerGivenNames(text, tokens, folded, words, firstCodes, spans, resources);
    // `wait simon wears glasses`, `thanks romeo` (en-lower-social.ts): a listed given name no SCOWL word, in a frame.
    liftLowerSocialNames(text, tokens, folded, words, spans, resources);
    // `invite gunnar`, `tanner why do you …`, `my friend grace and i` (en-lower-frames.ts).
    if (englishSocial) liftLowerFramedNames(text, tokens, folded, words, spans, resources);
    // `wow zorvek, your video …`, `my boy qelDubbz` (en-lower-handles.ts).
    if (englishSocial) liftLowerHandles(text, tokens, folded, words, spans, resources);
    // `before zorvek wakes up`, `noticed that Zorvek bases himself …` (en-clause-subjects.ts).
    if (englishSocial) liftClauseSubjects(text, tokens, folded, words, spans, resources);
    // `Zorvek is the best: D`, `zorvek is slaying` (en-praised-subjects.ts): a sentence's unlisted first word praised.
    if (englishSocial) findPraisedOpeners(text, tokens, folded, words, spans, resources);
    // `Samuel fucking Quorvel` (en-expletive-names.ts): a full name split by an expletive.
    if (englishSocial) findExpletiveNames(text, tokens, folded, words, spans, resources);
    // `Zorvek is my username`, `Zorvek for president` (en-name-predicates.ts); `Zorvek 4 President` holds no English
    // function word: the frame is English itself.
    if ((englishSocial && text.includes(' is my ')) || text.includes('resident')) findNamePredicates(text, tokens, folded, words, spans, resources);
    // `is your last name actually baker` (en-name-links.ts).
    if (englishSocial && text.includes('name')) findAskedNames(text, tokens, folded, wordBits, spans, resources);
    // `emma and zelvie is so cute` (en-lower-coordinated.ts): only beside a span.
    if (englishSocial && spans.length > 0 && textBits & WordBit.Conjunction) liftLowerCoordinated(text, tokens, folded, words, spans, resources);
    // `the order is under quennell karen` (en-lower-surname-first.ts): a found given name widened over its surname.
    if (englishSocial && spans.length > 0) widenSurnameFirstPairs(text, tokens, folded, words, wordBits, spans, resources);
    // `hey QJ will you …`, `Where is QJ` (en-initials-people.ts): initials greeted or asked for.
    if (englishSocial && !lowerCaseWriting) findInitialsPeople(text, tokens, folded, words, spans, resources);
    // `Where ' s Zorvek?`, `looks like qelwyn` (en-social-names.ts).
    liftAskedAndComparedNames(text, tokens, folded, words, scores, spans, resources);
    // `Zorvek you rock`, `Tanner is a good dude` (en-social-names.ts).
    if (englishSocial) liftOpeningAddressees(text, tokens, folded, words, scores, spans, resources);
    // `Jimmy Quorvell is the best` (en-opening-pairs.ts): only with a span below the threshold.
    if (englishSocial && spans.length > 0) liftOpeningEverydayGivenPairs(text, tokens, folded, words, wordBits, spans, resources);
    // `Nice vid Zorvek you can …` (en-social-names.ts): only with a span below the threshold.
    if (spans.length > 0 && englishSocial) {
      liftAddressedLowSpans(text, tokens, folded, words, scores, spans, resources);
      // `Penny is so right!`, `if Pebble was n't so annoying`, `Rusty just texted me` (en-praised-subjects.ts).
      liftPraisedSubjects(text, tokens, folded, words, spans, resources);
      // `no fan of Zorvek but he has worked` (en-social-names.ts).
      liftPronounAntecedents(text, tokens, folded, words, scores, spans, resources);
      // `loved your last video Zorvek` (en-closing-addressees.ts): text with a capital only.
      if (!lowerCaseWriting) liftClosingAddressees(text, tokens, folded, words, scores, spans, resources);
    }
  }
  // `love Naledi's videos` (en-possessors.ts): English text with a capital only.
  if (textBits & WordBit.PersonPossession && latinWords > 1 && cyrillicWords === 0 && !turkic && !lowerCaseWriting) liftPossessors(text, tokens, folded, words, wordBits, scores, spans, resources);
  // `you and Quorin`, `Quorin ' s mom`, `LeMarcus` (en-social-frames.ts): English text with a capital only.
  if (latinWords > 2 && cyrillicWords === 0 && !turkic && !lowerCaseWriting && englishSocial) liftFramedSocialNames(text, tokens, folded, words, wordBits, textBits, spans, resources);
  // `at Quinella's Secret` (en-brand-possessives.ts): a given name's possessive before a capitalised everyday word.
  if (spans.length > 0 && latinWords > 1 && cyrillicWords === 0 && !turkic && !lowerCaseWriting && (text.includes("'") || text.includes('’'))) dropBrandPossessives(text, tokens, folded, words, wordBits, spans, resources);
  if (spans.length > 0) {
    // Firm names and street-first addresses are checked on Latin-script spans only.
    if (latinWords > 0) {
      // In Cyrillic text with a Latin brand or order id, none of these five is entered.
      if (mayHaveLatinSpan(tokens, spans)) {
        // English social text (social.ts): list forms English cannot hold (`Lol`), runs after an article, in place
        // or thing names, and everyday-word runs in title-case sentences.
        reviewLatinSpans(text, tokens, folded, words, wordBits, scores, spans, resources, turkic, cueBefore, cueAfter);
        dropOrganisationNames(text, tokens, folded, spans, resources.orgWords);
        // `X and Hersnapvej 75`, `Kuusiku 7 and X` (addresses.ts): an `and` and a house number, a token of digits.
        if (textBits & WordBit.Conjunction && digitLed) dropAddressCoordinations(text, tokens, folded, spans);
        dropSurnameFirms(text, tokens, folded, words, spans, resources);
        dropTitleWords(tokens, folded, words, spans, resources);
      }
      // `Apt. 417 Corvenhale`, `I work for Quorvex Lindqvist`, `moved here from Ashcombe` (en-place-negatives.ts).
      if (cyrillicWords === 0) dropEnglishPlaceNames(text, tokens, folded, spans);
      if (cyrillicWords * 3 < count) liftUnknownLatinPairs(text, tokens, folded, words, scores, spans, resources);
      // `Oisin Pascoe at the Swindon branch sorted my refund` (en-subjects.ts): English text only.
      if (cyrillicWords === 0 && textBits & WordBit.EnglishSubjectCue) liftOpeningSubjects(text, tokens, folded, scores, spans, resources);
      // `Great work Olan!` (en-address.ts): English text only.
      if (cyrillicWords === 0 && !turkic) {
        liftAddressedNames(text, tokens, folded, scores, spans, resources);
        // `the Ronner novel` (en-works.ts).
        liftWorkMakers(text, tokens, folded, scores, spans, resources);
        // `a huge fan of tobias quennel`, `I love Corvan Wexley` (en-social-names.ts).
        // `Tobias Thunder 💖`: a post of two words has no function word to read English by.
        if (englishSocial || count === 2) extendGivenNameTails(text, tokens, folded, words, spans, resources);
        // `prayers to Lord Zorvek` (en-noble-titles.ts): text holding the title only, after the social review.
        if (latinWords > 1 && !lowerCaseWriting && (text.includes('Lord ') || text.includes('Lady '))) findNobleTitledNames(text, tokens, folded, words, spans, resources);
      }
    }
    if (endingSurname) widenToGivenNames(text, tokens, folded, words, scores, spans, resources, turkic);
    // `ерасыл, мирас және томирис`, `медер менен калыйман экөө тең` (chat-lower-lists.ts): lower-case writing only.
    if (lowerCaseWriting && ((textBits & WordBit.Conjunction) !== 0 || mayListLower(text))) findLowerListedNames(text, tokens, folded, words, spans, resources, turkic);
    findRepeatedMentions(text, tokens, folded, words, scores, spans, turkic, firstCodes);
    if (stats.parenthesis === true) findBracketedOriginals(text, tokens, spans);
    if (textBits & WordBit.Conjunction) findCoordinatedNames(text, tokens, folded, scores, spans);
    if (spans.length > 1 && latinWords > 0) liftCoordinatedUnknowns(text, tokens, folded, scores, spans);
    // `thanks to Ana, Kwame and Li` (en-lists.ts): English text with a comma or `and` only.
    if (cyrillicWords === 0 && !turkic && (stats.comma === true || textBits & WordBit.Conjunction)) liftListedUnknowns(text, tokens, folded, words, scores, spans, resources);
    if (cyrillicWords === 0 && !turkic && latinWords > 2 && englishSocial) {
      // `Talia and Baker`, `Penny & Talia` (en-name-links.ts): a listed everyday-word name beside a found one.
      if (textBits & WordBit.Conjunction || text.includes('&')) liftCoordinatedNameWords(text, tokens, folded, words, wordBits, spans, resources);
      // `Kwame … Kwames bags were packed` (en-name-links.ts).
      liftBarePossessives(text, tokens, folded, wordBits, spans, resources);
      // `Zorvek vs Julio Ramirez`, `Penny why do you …` (en-name-links.ts): the scan's weak span beside a versus or a question.
      liftVersusNames(text, tokens, folded, wordBits, spans, resources);
      liftQuestionedOpeners(text, tokens, folded, words, spans, resources);
      // `I love Zorvek ' s entrance` (en-name-links.ts).
      if (text.includes("'") || text.includes('’')) liftPossessedUnknowns(text, tokens, folded, words, wordBits, spans, resources);
    }
    // Both need a dash between words (` — `) or, for line-ups, a parenthesis: tokenize() saw whether there is one.
    if (stats.dash === true) findDashPairs(text, tokens, scores, spans);
    if (cyrillicWords > 0 && (stats.dash === true || stats.parenthesis === true)) liftLineupSurnames(text, tokens, scores, spans);
    // A `-` inside a span is inside a token or between two (a dash): none in the text, nothing to trim.
    if (stats.hyphen === true || stats.dash === true) trimHyphenHonorifics(text, spans, resources);
    dropFormLabels(text, spans);
    // `магазин на Абая`, `на углу Абая и Байтурсынова`, `Ресторан Афсона`, `кафе Лола` (place-spans.ts): streets
    // without the street word and businesses named like people.
    if (spans.length > 0 && mayNamePlace(textBits, cyrillicWords > 0, digitLed)) dropPlaceNames(text, tokens, folded, wordBits, spans, cyrillicWords > 0, turkic);
    // `доставка в Лада`, `посылка ещё в Мина` (place-spans.ts): a name after `в` is where goods go.
    if (spans.length > 0 && cyrillicWords > 0) dropPlacesAfterIn(text, tokens, folded, spans);
    // `но Upakovka была мятая`, `Курьер Молодец`, `Upakovka rvanaya` (mixed-words.ts): everyday words capitalised in
    // text with Cyrillic, or in Russian typed in Latin letters.
    if (spans.length > 0 && (cyrillicWords > 0 || (latinWords > 1 && !turkic))) dropCapitalisedEverydayWords(text, tokens, folded, words, spans, resources, turkic);
  }
  // `Eshqul degan kuryer`, `tursunqul bilan gaplashdim` (turkic-named.ts): Turkic or mostly Latin-script text only;
  // after the repeated mentions, whose higher score a name found again keeps.
  if (textBits & WordBit.NamedTrigger && (turkic || latinWords * 2 > count)) findNamedPeople(text, tokens, folded, firstCodes, words, spans, resources);
  // `курьердин аты сабыркан экен` (turkic-name-words.ts), `рахмат сабыркан` (turkic-thanks.ts): each needs its word.
  if (textBits & WordBit.NamedTrigger) findNameWordNames(text, tokens, folded, words, spans, resources);
  if (textBits & WordBit.TurkicThanks) findThankedNames(text, tokens, folded, wordBits, words, spans, resources);
  // `Спасибо Oybarchin за помощь` (ru-thanked-latin.ts): a Latin name thanked in Russian for a person's help.
  if (textBits & WordBit.RussianThanks && latinWords > 0 && cyrillicWords > 0) findThankedLatinNames(text, tokens, folded, wordBits, words, spans, resources);
  // `азиз братан спасибо`, `aziz bro rahmat` (ru-chat-buddies.ts): a slang word for a mate between a name and thanks.
  if (count > 2 && textBits & (WordBit.RussianThanks | WordBit.TurkicThanks)) findBuddyNames(text, tokens, folded, words, spans, resources);
  // `семья Назаровых благодарит`, `супруги Алиевы` (ru-family-names.ts): a family by its surname in the plural.
  if (cyrillicWords > 1) findFamilyNames(text, tokens, folded, firstCodes, spans, resources, lowerCaseWriting);
  // `тамерланга жаздым`, `shohjahonga yozing` (turkic-contacted.ts): a case form before a verb of contacting.
  if (textBits & WordBit.ContactVerb) findContactedPeople(text, tokens, folded, wordBits, words, spans, resources);
  // `Kecha Tecno oldim`, `Кеше Лада алдым`, `вчера Tecno oldim` (turkic-object-negatives.ts): before the Turkic
  // passes, which find persons; Russian text with an Uzbek Latin verb too.
  if (spans.length > 0 && textGates & WordGate.BoughtWord && (turkic || latinWords > 0)) dropFirstPersonObjects(text, tokens, folded, spans);
  // `Кутман күн!` (greeting-negatives.ts): "good day" in Kyrgyz, whose "good" is also a given name.
  if (spans.length > 0 && textGates & WordGate.GreetingAdjective && cyrillicWords > 1) dropGreetingAdjectives(text, tokens, folded, spans);
  // `Рамазан хайит`, `с Рамазаном` after `поздравляем` (holiday-names.ts): feasts whose names are given names.
  if (spans.length > 0 && textGates & WordGate.HolidayName) dropHolidayNames(text, tokens, folded, spans);
  // `Kaspi Gold`, `Uzum Nasiya` (brand-lines.ts): a product line after its brand.
  if (spans.length > 0 && textGates & WordGate.BrandWord) dropBrandLines(text, tokens, folded, spans);
  // `Omad!`, `Бакыт каалайм` (turkic-chat-wishes.ts): a wished noun that the lists hold as a given name.
  if (spans.length > 0 && textGates & WordGate.WishNoun) dropWishedNouns(text, tokens, folded, spans);
  // `Кайрат кылып` (turkic-chat-compounds.ts): a noun in a compound verb with "make/do".
  if (spans.length > 0 && textGates & WordGate.LightConverb && (turkic || cyrillicWords > 0 || latinWords * 2 > count)) dropCompoundNouns(text, tokens, folded, spans);
  // `eshqul juda yaxshi tushuntirdi`, `dilnoza va muhayyo` (turkic-unlisted.ts): lower-case Turkic or Latin-script
  // writing (Cyrillic text read as Russian left out: 0.9% of the scan against 1.2-1.9% with it, for 8 of 1024 probe
  // sentences; messages capitalised only at sentence starts left out: about twice the cost, nothing on the corpora).
  if (lowerCaseWriting && (turkic || latinWords * 2 > count)) {
    const listed = spans.length;
    findUnlistedTurkicNames(text, tokens, folded, firstCodes, wordCues, words, spans, resources, turkic);
    // `nodirbek va mohirabonu keldi` (chat-lower-lists.ts): the list again beside a name found just now.
    if (spans.length > listed && ((textBits & WordBit.Conjunction) !== 0 || mayListLower(text))) findLowerListedNames(text, tokens, folded, words, spans, resources, turkic);
    // `eshmat juda yaxshi tushuntirdi`, `курьер ойниса кечикди` (turkic-person-acts.ts).
    findPersonActNames(text, tokens, folded, firstCodes, wordCues, words, spans, resources, turkic);
    // `алымкулова сыймык`, `hamdam abdullayeva` (turkic-lower-pairs.ts): only with a surname-like word.
    if (textBits & WordBit.SurnameLike) findLowerSurnamePairs(text, tokens, folded, firstCodes, wordBits, words, spans, resources, turkic);
  }
  // `Kecha dilnozaga yozdim` (turkic-unlisted.ts): the same texts capitalised, only before a verb of writing or asking.
  else if (turkic || latinWords * 2 > count) {
    if (textBits & WordBit.ContactVerb) findContactedLowerNames(text, tokens, folded, firstCodes, wordBits, words, spans, resources, turkic);
    // `Кәусар бәрін түсіндірді`, `Sabohat tez javob berdi` (turkic-person-acts.ts): a capitalised opener before a deed.
    if (textBits & WordBit.PersonAct) findCapitalPersonActs(text, tokens, folded, firstCodes, wordBits, wordCues, words, spans, resources, turkic);
  }
  // Kyrgyz or Kazakh reviews typed without their own letters read as Russian; a Turkic deed says otherwise (`эркинбек
  // мага чалды` in lower case too).
  else if (textBits & WordBit.PersonAct) {
    if (lowerCaseWriting || (text.length < 20 && lacksUpperCase(text) === true)) findPersonActNames(text, tokens, folded, firstCodes, wordCues, words, spans, resources, turkic);
    else findCapitalPersonActs(text, tokens, folded, firstCodes, wordBits, wordCues, words, spans, resources, turkic);
  }
  // `нұрсаяның көмегі`, `ерқанаттың телефоны` (turkic-lower-genitives.ts): lower-case Kazakh or Kyrgyz writing only.
  if (lowerCaseWriting && ((turkic && cyrillicWords > 1) || (cyrillicWords === 0 && latinWords > 1 && text.includes('ning ')))) findLowerGenitiveNames(text, tokens, folded, words, spans, resources, turkic);
  // `с зармирой бекмуратовной`, `зармир төлтайұлы`, `zarmir bekmurod o‘g‘li` (chat-lower-patronymics.ts): lower-case
  // writing with a word ending like a surname or patronymic, or a patronymic word.
  if (lowerCaseWriting && count > 1 && textBits & (WordBit.SurnameLike | WordBit.PatronymicWord)) findLowerPatronymicNames(text, tokens, folded, wordBits, words, spans, resources, turkic);
  // `менеджер зармина:`, `rahmat, yulduz!` (chat-lower-dialogue.ts): lower-case dialogues and thanks, not in English.
  if (lowerCaseWriting && count > 2 && (stats.colon === true || stats.comma === true) && mayHaveLowerDialogue(text)) findLowerDialogueNames(text, tokens, folded, words, spans, resources, turkic, cyrillicWords > 0);
  // `Кулбарой: …` in a capitalised dialogue with role labels (dialogue-bare-labels.ts).
  if (!lowerCaseWriting && count > 2 && stats.colon === true && textBits & WordBit.SpeakerLabel) findBareLabelNames(text, tokens, folded, words, spans, resources, turkic);
  // `ильсур где мой заказ`, `dilfuza buyurtma qachon keladi` (chat-addressed.ts): a lower-case line opener.
  if (count > 1 && mayOpenWithAddressee(text, tokens, lineOpener)) findAddressedOpeners(text, tokens, folded, words, firstCodes, spans, resources, turkic);
  // `меня мухаббат зовут` (ru-called.ts): Cyrillic text with a form of the verb as a word that spells `зовут` or `звать`.
  if (cyrillicWords > 2 && textBits & WordBit.NamedTrigger && mayCallByName(text)) findCalledNames(text, tokens, folded, words, spans, resources);
  // `+998 90 123 45 67 (жасур)`, `тел 8 701 234 5678 айгерим` (contact-names.ts): a name right after a phone number.
  if (digitLed && count > 1 && mayHaveContact(text, tokens)) findContactNames(text, tokens, folded, words, spans, resources, turkic);
  // `name:    tobiah r. quennell` (en-form-lines.ts): a form's name line, whole; `USNS Baker` is a ship.
  if (stats.colon === true && cyrillicWords === 0) {
    if (mayHaveNameLine(text)) findFormNameLines(text, tokens, folded, spans, resources);
    // `Torvin: "Who are you?"` (en-form-lines.ts): a script's quoted lines, two at least.
    if (latinWords > 1 && (text.includes(':"') || text.includes(': "'))) findQuotedSpeakers(text, tokens, folded, words, spans, resources);
  }
  // `by ex-Beatle Quennelly` (en-former-members.ts).
  if (stats.hyphen === true && latinWords > 1 && text.includes('ex-')) findFormerMembers(text, tokens, folded, words, spans, resources);
  if (spans.length > 0 && latinWords > 1 && mayHaveShip(text)) dropShipNames(text, tokens, folded, spans);
  // `Премьер-министр Австралии Тадао Мори`, `• Дзюн Окабэ (Япония)`, `царь Ардвин Второй`, `на Апеннинах`
  // (ru-news.ts): Russian prose written with capitals; last, so its drops see every pass's spans.
  if (cyrillicWords > latinWords * 2 && !turkic && !lowerCaseWriting) reviewNewsNames(text, tokens, folded, words, wordCues, stats.parenthesis === true, spans, resources);
  // `Президент жанындағы`, `қазақ еліне алғысы` (kk-news-lower-nouns.ts): a possessed noun a cue made a name.
  // It drops one-word spans in lower case only: a span opening with a Cyrillic letter past the basic capitals.
  if (turkic && !lowerCaseWriting && spans.length > 0 && mayOpenInLowerCase(text, spans)) dropLowerPossessedNouns(text, tokens, folded, spans);
  // `Мен Манас 45 турам`, `2 ta Malika oldim`, `аты өзгерген`, `бакытты күтөм` (everyday-negatives.ts): last, so
  // every pass's spans meet the frames that read them as an address, goods, a verb or a wish.
  // Each frame needs a token opening with a digit or a word of WordGate.EverydayFrame, Article or WishNoun: only the
  // frames whose words the text holds are tried.
  if (spans.length > 0 && (digitLed || textGates & (WordGate.EverydayFrame | WordGate.Article | WordGate.WishNoun))) dropEverydayReadings(text, tokens, folded, spans, resources, everydayFrames(digitLed, textGates));
  // `Автор: Марина Самара`, `— Олег Москва` (signature-places.ts): a signature's town is no surname.
  if (spans.length > 0 && (stats.colon === true || stats.dash === true || stats.comma === true || stats.hyphen === true)) dropSignedPlaces(text, tokens, folded, words, spans, resources);
  // `salem, adam keldi`, `s 8 marta!` (cyrillic-lookalike-names.ts): Kazakh or Russian words in Latin text that reads no English.
  if (spans.length > 0 && cyrillicWords === 0 && latinWords > 0) dropCyrillicLookalikeNames(text, tokens, folded, spans, resources);
  // `Шфиокор Ҳамидов Муҳаммад`, `Магазиин` (everyday-typos.ts): a misspelt everyday word at a span's edge.
  if (spans.length > 0) trimEverydayTypos(text, tokens, folded, words, spans, resources, turkic);
  return spans;
}

/**
 * Whether the Latin-span passes (review, organisations, addresses, surname firms, title words) can act: they skip a
 * span that opens exactly at a Cyrillic token, unless the token before is another script's (`X, Y & Z` firms end
 * right before it). Spans in any order (the passes before may append), a binary search each: long texts stay
 * linear-log.
 */
function yoInside(text: string, token: Token): boolean {
  for (let i = token.start + 1; i < token.end; i++) if (text.charCodeAt(i) === 0x451) return true;
  return false;
}

function mayHaveLatinSpan(tokens: readonly Token[], spans: readonly Span[]): boolean {
  for (let s = 0; s < spans.length; s++) {
    const start = spans[s]!.start;
    let low = 0;
    let high = tokens.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (tokens[middle]!.end <= start) low = middle + 1;
      else high = middle;
    }
    if (low >= tokens.length || tokens[low]!.start !== start || !tokens[low]!.cyrillic || (low > 0 && !tokens[low - 1]!.cyrillic)) return true;
  }
  return false;
}

/**
 * dropPlaceNames() can drop a span: an establishment word in the text or, in Cyrillic text, what streetSpan() needs
 * before a span: a corner word or `имени` (`и` counts only after a corner word), or `на`/`по` with a house number
 * (a token opening with a digit) or a place word.
 */
function mayNamePlace(textBits: number, cyrillic: boolean, digitLed: boolean): boolean {
  if (textBits & WordBit.EstablishmentWord) return true;
  if (!cyrillic) return false;
  return (textBits & WordBit.StreetCorner) !== 0 || ((textBits & WordBit.StreetPreposition) !== 0 && ((textBits & WordBit.StreetPlace) !== 0 || digitLed));
}

/**
 * Some span opens with a Cyrillic code past the basic capitals А–Я and Ѐ–Џ (U+0400–042F): a lower-case letter, or a
 * capital of the extended block (`Ә`, `Қ`), which dropLowerPossessedNouns() then tells apart.
 */
function mayOpenInLowerCase(text: string, spans: readonly Span[]): boolean {
  for (let s = 0; s < spans.length; s++) {
    const code = text.charCodeAt(spans[s]!.start);
    if (code >= 0x430 && code <= 0x52f) return true;
  }
  return false;
}

/**
 * Whether lowerTitleCaseLines() can find a line mostly capitalised (four capitalised words inside sentences to each
 * one that is not, title-case.ts minLineShare): always, but in a text of one line, where it cannot once a quarter of
 * `capitalised` (the scan's count of capitalised words inside sentences, which holds all of that line's) is met by
 * lower-case words surely inside a sentence (two letters or more, no digit, a space before and no colon before it,
 * no `@` or `.` after: none of insideWord()'s exceptions). Stops at the first one too many.
 */
function mayBeTitleCase(text: string, tokens: readonly Token[], firstCodes: Uint16Array, capitalised: number): boolean {
  if (text.indexOf('\n') !== -1) return true;
  let lower = 0;
  for (let i = 1; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token.sentenceStart || token.hasDigit || token.end - token.start < 2 || text.charCodeAt(token.start) !== firstCodes[i] || text.charCodeAt(token.start - 1) !== 32) continue;
    const after = text.charCodeAt(token.end);
    if (after === 64 || after === 46) continue;
    let back = token.start - 2;
    while (back > 0 && text.charCodeAt(back) === 32) back--;
    if (text.charCodeAt(back) === 58) continue;
    if (++lower * 4 > capitalised) return false;
  }
  return true;
}

/** The EverydayFrames of a text, from its WordGate flags and whether a token opens with a digit. */
function everydayFrames(digitLed: boolean, textGates: number): number {
  let frames = digitLed ? EverydayFrames.Digit : 0;
  if (textGates & WordGate.Article) frames |= EverydayFrames.Article;
  if (textGates & WordGate.EverydayFrame) frames |= EverydayFrames.Word;
  if (textGates & WordGate.WishNoun) frames |= EverydayFrames.Wish;
  return frames;
}

/**
 * Tokens `first`..`last`, Latin-script words, are a line of their own, with more lines after it: only bullet marks (`>`, `?`, `*`, `-`,
 * spaces) before them on the line, and a line break right after.
 */
function nameLine(text: string, tokens: readonly Token[], first: number, last: number): boolean {
  if (tokens[first]!.cyrillic || tokens[last]!.cyrillic) return false;
  const end = tokens[last]!.end;
  if (text.charCodeAt(end) !== 10 || end + 1 >= text.length) return false;
  for (let i = tokens[first]!.start - 1; i >= 0; i--) {
    const code = text.charCodeAt(i);
    if (code === 10) return true;
    if (code !== 32 && code !== 62 && code !== 63 && code !== 42 && code !== 45) return false;
  }
  return true;
}

function isDigitCode(code: number): boolean {
  return code >= 48 && code <= 57;
}

// foldedText differs from the text only in case, ё and apostrophes: compare code by code, ignoring the latter two.
function noUpperCase(text: string, foldedText: string | undefined): boolean {
  if (foldedText === undefined) return false;
  if (text === foldedText) return true;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code !== foldedText.charCodeAt(i) && code !== 0x451 && code !== 0x60 && code !== 0xb4 && !(code >= 0x2b9 && code <= 0x2bc) && code !== 0x2018 && code !== 0x2019 && code !== 0x2032) return false;
  }
  return true;
}
