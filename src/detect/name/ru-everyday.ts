// A lower-case everyday Russian word is no name through a spelling variant (`день` is not `Дэн`, `семья` not `Сэм`).

import type { WordEvidence } from './analyze.js';
import { WordFlag } from './lexicon.js';
import { plainFold } from './plain-letters.js';
import type { NameResources } from './resources.js';

/**
 * True when a lower-case Cyrillic word that the Russian lexicon knows as an everyday word reaches a name only
 * through a key that is not the name's own spelling: a transliterated skeleton (`день` → den ← `Дэн`, `власть` →
 * `Власта`), or a declension the name does not have (`жена` is no form of `Женя`); or, for a name the lists call
 * ambiguous, any case form (`тому` of `Тома`). Surname morphology is not vetoed:
 * real surnames are built from everyday words (`кузнецов`, `ухватов`). In lower-case writing
 * capitalisation cannot tell them apart, so the everyday reading wins. A listed name in one of its own forms (`иван`, `сила`) is left to the other rules.
 * Asked only for lower-case Cyrillic words with some name evidence, so rarely.
 */
export function everydayRussianWord(word: string, evidence: WordEvidence, resources: NameResources): boolean {
  const flags = evidence.nameFlags;
  if ((flags & (WordFlag.First | WordFlag.Surname)) === 0) return false;
  // `спасибо тому, кто помог`: a name the lists call ambiguous, in a case form that is also an everyday word.
  const suspect = !isRussianFormOf(word, evidence.base) || ((flags & WordFlag.Ambiguous) !== 0 && evidence.endingLength > 0);
  return suspect && resources.commonWords.has(word);
}

// Singular case endings a Russian-declined name takes, by the last letter of its base form (plural forms are no
// person in chat: `свет` is the genitive plural of `Света` only on paper).
const afterA = ['а', 'ы', 'и', 'е', 'у', 'ой', 'ою'];
const afterYa = ['я', 'и', 'е', 'ю', 'ей', 'ею'];
const afterSoftSign = ['ь', 'я', 'ю', 'ем', 'е', 'и', 'ью'];
const afterYot = ['й', 'я', 'ю', 'ем', 'е', 'и'];
const afterO = ['о', 'а', 'у', 'ом', 'е'];
const afterConsonant = ['', 'а', 'у', 'ом', 'ем', 'е', 'ым'];
const surnameEndings = ['ой', 'ы', 'ых', 'ыми'];

/** `word` is `base` itself or `base` with a case ending its last letter allows (`фарруха`, `нодире`, `ольгой`). */
export function isRussianFormOf(word: string, base: string): boolean {
  if (word === base) return true;
  const last = base.charCodeAt(base.length - 1);
  let stem = base.slice(0, -1);
  let endings: readonly string[];
  if (last === 0x430 /* а */) endings = afterA;
  else if (last === 0x44f /* я */) endings = afterYa;
  else if (last === 0x44c /* ь */) endings = afterSoftSign;
  else if (last === 0x439 /* й */) endings = afterYot;
  else if (last === 0x43e /* о */) endings = afterO;
  else if (isVowel(last)) return false;
  else {
    stem = base;
    endings = afterConsonant;
  }
  if (!word.startsWith(stem)) return false;
  const ending = word.slice(stem.length);
  // `петровой`, `ильиных`: the feminine and plural of -ов/-ин surnames.
  if ((last === 0x432 || last === 0x43d) && surnameEndings.includes(ending)) return true;
  // `машей`, `аллой`: -ей only after a hushing consonant or ц (`людей` is no form of `Люда`).
  if (ending === 'ей' && last === 0x430) return isHushing(stem.charCodeAt(stem.length - 1));
  return endings.includes(ending);
}

function isHushing(code: number): boolean {
  return code === 0x436 || code === 0x448 || code === 0x447 || code === 0x449 || code === 0x446;
}

function isVowel(code: number): boolean {
  return code === 0x435 || code === 0x438 || code === 0x443 || code === 0x44b || code === 0x44d || code === 0x44e || code === 0x451;
}

/**
 * `Посылка пришла мятая`, `Пицца пришла холодная`: a capitalised word on no list opening a sentence right before a
 * verb of arriving or helping, that the Russian lexicon knows as an everyday word and not as a proper noun, is the
 * thing that arrived. Before a verb of speech (`Брод напомнил`, `Бут рассказала`) surnames that are also words stay
 * names, as in the news, unless the word is an agent or body noun by its suffix (`Поставщик сообщил`,
 * `Правительство заявило`, `Администрация ответила`), which no surname is. Asked only for unlisted capitalised
 * sentence openers with a verb after them.
 */
export function everydayOpener(word: string, next: string | undefined, resources: NameResources): boolean {
  if (next === undefined || !resources.commonWords.has(word) || resources.commonWords.isProperNoun(word)) return false;
  return thingVerbs.has(next) || agentOrBodySuffix.test(word);
}

// Derivational suffixes of agents (-тель, -щик, -чик), bodies and abstractions (-ство, -ция, -ость) in the nominative.
const agentOrBodySuffix = /(?:тель|тельница|щик|чик|ство|ция|ость)$/u;

// Verbs on the name-verb list that things do too (cues/name-verbs.txt: помог, приехал, пришла).
const thingVerbs = new Set(['пришел', 'пришла', 'пришло', 'пришли', 'приехал', 'приехала', 'приехало', 'приехали', 'помог', 'помогла', 'помогло', 'помогли']);

/**
 * A capitalised word opening a sentence is case-less like a lower-case one: an everyday word that reaches a name
 * only through a spelling variant stays the word (`Жена заказывала` is no `Женя`), and a loanword with an inner э
 * whose only evidence is a name-like ending on the transliterated key is no name (`Кешбэк пришел`: -бэк is no -бек).
 */
export function everydayAtSentenceStart(word: string, evidence: WordEvidence, resources: NameResources): boolean {
  // A capitalised Kazakh name typed with Russian letters is its own spelling (`Алия, спасибо` for `Әлия`, `Султан`
  // for `Сұлтан`); in lower case the everyday word still wins (`турецкий султан`).
  if (evidence.nameFlags !== 0) return everydayRussianWord(word, evidence, resources) && !plainKazakhSpelling(word, evidence.base);
  return evidence.nameShape && word.indexOf('э', 1) !== -1;
}

function plainKazakhSpelling(word: string, base: string): boolean {
  const plain = plainFold(base);
  return plain !== base && isRussianFormOf(word, plain);
}

/**
 * A given name the lists call ambiguous that the Russian lexicon knows as an everyday word (`Любовь`, `Марина`,
 * `Роза`): opening a sentence, the surname its ending looks like (`Марин-а`) is no second piece of evidence. Asked
 * only for sentence openers with surname morphology.
 */
export function everydayGivenName(word: string, evidence: WordEvidence, resources: NameResources): boolean {
  return (evidence.nameFlags & WordFlag.Ambiguous) !== 0 && (evidence.nameFlags & WordFlag.First) !== 0 && resources.commonWords.has(word);
}
