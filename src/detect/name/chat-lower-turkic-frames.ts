// Lower-case Kazakh, Kyrgyz and Uzbek chat: places only a person stands in, where the capital letter used to mark a
// given name that is also a word (`дана`, `серік`, `aziz`, `lola`) or one on no list: the message opening with the
// name and thanks after a comma (`серік, сізге рақмет`), the name opening its clause before a verb of explaining
// or helping (`дана бәрін жақсы түсіндірді`), the possessor of an order's name (`yuk azizning nomiga yozilgan`),
// the person one is grateful to (`шолпанға ризамын`, `men loladan minnatdorman`) or praises (`менеджер сайкалды
// мактайм`).

import type { Token } from '../../text/tokenize.js';
import type { Span } from '../../types.js';
import { onlySpaces } from './gaps.js';
import { WordFlag } from './lexicon.js';
import { englishCommonWords } from './en-common-words.js';
import type { KnownNames } from './mentions.js';
import type { NameResources } from './resources.js';
import { namedElsewhere } from './ru-chat-lower-slots.js';
import { addFoundSpans, overlappingSpan } from './span-search.js';
import { EndingSet } from './suffixes.js';
import { WordBit, type WordInfo } from './vocabulary.js';
import { nameWeights } from './weights.js';

const thanks = new Set(['рахмет', 'рақмет', 'рахмат', 'раҳмат', 'rahmat', 'raxmat', 'rakhmat', 'спасибо', 'спс', 'сізге', 'сизге', 'сизга', 'sizga']);
// Verbs of explaining, helping, advising and answering: what a person does, third person past.
const explained = new Set(['түсіндірді', 'көмектесті', 'түшүндүрдү', 'tushuntirdi', 'тушунтирди', 'түсіндіріп', 'түшүндүрүп', 'tushuntirib', 'тушунтириб', 'көмектесіп']);
// Folded: ё is е (`ердам` is ёрдам).
const helpNouns = new Set(['көмек', 'кеңес', 'жауап', 'жардам', 'кеңеш', 'жооп', 'yordam', 'maslahat', 'javob', 'ердам', 'маслаҳат', 'жавоб']);
const gave = new Set(['берді', 'берди', 'berdi', 'berishdi', 'беришди', 'беришти', 'берген', 'бердi']);
// `X-нің атына`, `X-ning nomiga`: in X's name.
const inTheName = new Set(['nomiga', 'номига', 'nomidan', 'номидан', 'атына', 'атынан']);
// Gratitude taking its person in the dative (Kazakh, Kyrgyz) or the ablative (Uzbek).
const gratefulDative = new Set(['ризамын', 'ризамыз', 'ыраазымын', 'ыраазыбыз', 'разымын']);
const gratefulAblative = new Set(['minnatdorman', 'minnatdormiz', 'миннатдорман', 'миннатдормиз', 'roziman', 'розиман']);
const degree = new Set(['juda', 'жуда', 'өте', 'абдан', 'чоң', 'катта', 'katta', 'қатты', 'cheksiz', 'чексиз']);
// Praise taking its person in the accusative.
const praise = new Set(['мақтаймын', 'мақтаймыз', 'мактайм', 'мактаймын', 'мактайбыз', 'maqtayman', 'maqtaymiz', 'мақтайман', 'мақтаймиз']);

const genitive = new EndingSet(['ның', 'нің', 'дың', 'дің', 'тың', 'тің', 'нын', 'нин', 'нун', 'нүн', 'дын', 'дин', 'дун', 'дүн', 'тын', 'тин', 'тун', 'түн', 'ning', 'нинг']);
const dative = new EndingSet(['ға', 'ге', 'қа', 'ке', 'га', 'ка', 'го', 'гө', 'ко', 'кө']);
const ablative = new EndingSet(['dan', 'дан', 'tan', 'тан']);
const accusative = new EndingSet(['ды', 'ді', 'ты', 'ті', 'ны', 'ні', 'ду', 'дү', 'ту', 'тү', 'ну', 'нү', 'ни', 'ди', 'ти', 'ni']);
// Plural and possessive endings before a case ending: a thing of mine or many, no person (`заказымды`, `кызматкерлерди`,
// `жастарының атынан`, `yordamidan minnatdorman` "grateful for his help").
const beforeCase = new EndingSet(['лер', 'лар', 'дер', 'дар', 'тер', 'тар', 'лор', 'лөр', 'дор', 'дөр', 'тор', 'төр', 'lar', 'ler', 'ым', 'им', 'ім', 'ум', 'үм', 'ың', 'иң', 'ің', 'ңыз', 'ңиз', 'ңіз', 'im', 'ing', 'ingiz', 'сы', 'си', 'сі', 'су', 'сү', 'si', 'ы', 'і', 'lari', 'лари', 'i', 'и']);

/** Entry test: a word of one of the frames in the text (cheap substring tests). */
export function mayHaveTurkicFrames(text: string): boolean {
  if (text.includes(',') || text.includes('ди') || text.includes('ді') || text.includes('dі') || text.includes('di') || text.includes('им') || text.includes('ман') || text.includes('man') || text.includes('ын')) return true;
  for (const stem of roleStems) if (text.includes(stem)) return true;
  return false;
}
// Service roles' stems (`kuryer`, `оператор`, `сотувчи`, `маман`): the role frame's entry test.
const roleStems = ['kuryer', 'курьер', 'operator', 'оператор', 'menejer', 'менеджер', 'менежер', 'sotuvchi', 'сотувчи', 'сатуш', 'сатуучу', 'mutaxassis', 'мутахассис', 'маман', 'haydovchi', 'ҳайдовчи', 'usta', 'уста', 'kassir', 'кассир'];

/**
 * In Turkic text (or Uzbek Latin) typed without capitals: token `k`, left unnamed, is a name in one of the frames
 * above; a listed given name in any of them (an everyday-word one too, not a place), a word on no list only with a
 * case ending the frame asks for (gratitude, praise, `nomiga`) after a stem of four letters or more that is no role,
 * plural or possessive. Adds to the scan's spans (sorted, disjoint).
 */
export function findLowerTurkicFrames(text: string, tokens: readonly Token[], folded: readonly string[], words: readonly WordInfo[], spans: Span[], resources: NameResources, known: KnownNames | undefined, turkic: boolean): void {
  let found: Span[] | undefined;
  const count = tokens.length;
  for (let k = 0; k < count; k++) {
    const token = tokens[k]!;
    if (token.hasDigit || token.end - token.start < 3) continue;
    let frame = k + 1 < count ? frameAt(text, tokens, folded, k, folded[k + 1]!) : Frame.None;
    // `kuryer lola soat 14:25gacha keladi`, `rahmat, aziz.`: after a service role or Turkic thanks.
    if (frame === Frame.None && k > 0) frame = afterRoleOrThanks(text, tokens, folded, k, resources, turkic);
    if (frame === Frame.None) continue;
    // `талант сейтқазиев бәрін түсіндірді`: a surname after the word; the pair pass (turkic-lower-pairs.ts) owns it.
    if ((frame === Frame.Explained || frame === Frame.Role) && k + 1 < count && words[k + 1]!.bits & WordBit.SurnameLike) continue;
    const word = folded[k]!;
    // `umid qilaman`, `үміт етемін`: a noun in a compound verb.
    if (frame === Frame.Role && k + 1 < count && lightVerb(folded[k + 1]!)) continue;
    if (resources.cueWords.has(word) || resources.roles.has(word) || resources.serviceRoles.has(word) || words[k]!.bits & (WordBit.MisspeltCue | WordBit.SpeakerLabel)) continue;
    if (overlappingSpan(spans, token.start, token.end) !== undefined) continue;
    // A name the tenant listed: the known-name pass gives it its own, higher score.
    if (known !== undefined && known.findWord(words[k]!, token.cyrillic) !== undefined) continue;
    const evidence = words[k]!.evidence(token.cyrillic, resources, true);
    if (evidence.stopFlags !== 0 || evidence.placeName === true) continue;
    let base: string | undefined;
    if (evidence.nameFlags & WordFlag.First) {
      // The opening frames take the name as it stands; the others its case form.
      const bare = frame === Frame.Thanked || frame === Frame.Explained || frame === Frame.Role || frame === Frame.ThankedAfter;
      if (bare === (evidence.endingLength === 0)) base = evidence.base;
    } else if (evidence.nameFlags === 0 && (frame === Frame.Named || frame === Frame.Grateful || frame === Frame.Praised)) {
      base = unlistedStem(word, frame, resources);
    }
    if (base === undefined) continue;
    // A bare name named elsewhere in the text: the repeated mentions (mentions.ts) name it here too, at that span's score.
    if (evidence.endingLength === 0 && namedElsewhere(spans, base)) continue;
    (found ??= []).push({ start: token.start, end: token.end, type: 'NAME', score: nameWeights.lowerVocative, source: 'name:cue', normalized: base });
  }
  addFoundSpans(spans, found);
}

const Frame = { None: 0, Thanked: 1, Explained: 2, Named: 3, Grateful: 4, Praised: 5, Role: 6, ThankedAfter: 7 } as const;
type Frame = (typeof Frame)[keyof typeof Frame];

function frameAt(text: string, tokens: readonly Token[], folded: readonly string[], k: number, next: string): Frame {
  const word = folded[k]!;
  const spaced = onlySpaces(text, tokens[k]!.end, tokens[k + 1]!.start, 2);
  if (spaced) {
    if (inTheName.has(next) && genitive.test(word)) return Frame.Named;
    // `loladan juda minnatdorman`: one adverb of degree between.
    if (degree.has(next) && k + 2 < tokens.length && onlySpaces(text, tokens[k + 1]!.end, tokens[k + 2]!.start, 2)) {
      const after = folded[k + 2]!;
      if ((gratefulDative.has(after) && dative.test(word)) || (gratefulAblative.has(after) && ablative.test(word)) || (praise.has(after) && accusative.test(word))) return Frame.Grateful;
    }
    if ((gratefulDative.has(next) && dative.test(word)) || (gratefulAblative.has(next) && ablative.test(word))) return Frame.Grateful;
    if (praise.has(next) && accusative.test(word)) return Frame.Praised;
  }
  if (k !== 0 && !tokens[k]!.sentenceStart) return Frame.None;
  // `серік, сізге рақмет`: a comma, then thanks within two words.
  const end = tokens[k]!.end;
  if (text.charCodeAt(end) === 44 && onlySpaces(text, end + 1, tokens[k + 1]!.start, 2)) {
    if (thanks.has(next) || (k + 2 < tokens.length && thanks.has(folded[k + 2]!))) return Frame.Thanked;
    return Frame.None;
  }
  // `дана бәрін жақсы түсіндірді`: up to three words of the clause, then explaining or help given.
  for (let m = k + 1; m < tokens.length && m <= k + 4; m++) {
    if (!onlySpaces(text, tokens[m - 1]!.end, tokens[m]!.start, 2) || tokens[m]!.hasDigit) return Frame.None;
    if (explained.has(folded[m]!) || (helpNouns.has(folded[m]!) && m + 1 < tokens.length && gave.has(folded[m + 1]!))) return Frame.Explained;
  }
  return Frame.None;
}

// Thanks before a comma and the person thanked: `rahmat, aziz.`, `рақмет, тұмар!`.
const thanksFirst = new Set(['рахмет', 'рақмет', 'рахмат', 'раҳмат', 'rahmat', 'raxmat', 'rakhmat']);

/**
 * Token `k` (a listed given name, the caller checks) right after a service role (`kuryer lola`, `курьер бўстон`), or
 * after thanks and a comma with the clause ending after it (`rahmat, aziz.`, `рақмет, тұмар!`, `раҳмат, бўстон`
 * closing the text).
 */
function afterRoleOrThanks(text: string, tokens: readonly Token[], folded: readonly string[], k: number, resources: NameResources, turkic: boolean): Frame {
  const previous = folded[k - 1]!;
  const start = tokens[k]!.start;
  const before = tokens[k - 1]!.end;
  if (resources.serviceRoles.has(previous) && onlySpaces(text, before, start, 2)) return tokens[k]!.cyrillic ? (turkic ? Frame.Role : Frame.None) : latinRole(text, tokens, folded, k) ? Frame.Role : Frame.None;
  if (!thanksFirst.has(previous) || text.charCodeAt(before) !== 44 || !onlySpaces(text, before + 1, start, 2)) return Frame.None;
  const end = tokens[k]!.end;
  const after = end < text.length ? text.charCodeAt(end) : 10;
  return after === 46 || after === 33 || after === 63 || after === 44 || after === 10 || after === 13 ? Frame.ThankedAfter : Frame.None;
}

/** `qilaman`, `қилди`, `етті`, `bo'ldi`: a light verb that makes a verb of the noun before it. */
function lightVerb(word: string): boolean {
  return word.startsWith('qil') || word.startsWith('қил') || word.startsWith('қыл') || word.startsWith('кыл') || word.startsWith('ет') || word.startsWith('эт') || word.startsWith("bo'l") || word.startsWith('bo‘l') || word.startsWith('бўл') || word.startsWith('бол');
}

/**
 * In Latin letters, a role Uzbek spells its own way (`kuryer`, `menejer`, `sotuvchi`), or one English shares
 * (`operator`) with a word English does not have after the name (`operator lola juda ...`, not `operator will call`).
 */
function latinRole(text: string, tokens: readonly Token[], folded: readonly string[], k: number): boolean {
  const english = englishCommonWords();
  if (!english.has(folded[k - 1]!)) return true;
  if (k + 1 >= tokens.length || tokens[k + 1]!.cyrillic || !onlySpaces(text, tokens[k]!.end, tokens[k + 1]!.start, 1)) return false;
  return !english.has(folded[k + 1]!);
}

/** A word on no list, read through the case ending its frame asks for: its stem when that may be a given name. */
function unlistedStem(word: string, frame: Frame, resources: NameResources): string | undefined {
  const ending = frame === Frame.Named ? (word.endsWith('ning') || word.endsWith('нинг') ? 4 : 3) : frame === Frame.Grateful ? (ablative.test(word) ? 3 : 2) : 2;
  const stem = word.slice(0, word.length - ending);
  if (stem.length < 4 || beforeCase.test(stem) || resources.commonWords.has(stem) || resources.everydayWords.has(stem) || resources.commonWords.has(word)) return undefined;
  if (resources.roles.has(stem) || resources.serviceRoles.has(stem) || resources.cueWords.has(stem) || resources.placeWords.has(stem)) return undefined;
  return stem;
}
