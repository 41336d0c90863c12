// Greetings and thanks run on into the customer's own sentence, with the punctuation left out or a capital after the
// comma: `Здравствуйте Меня зовут…`, `Спасибо Купил…`, `Hello, My order…`. The capitalised word right after the cue
// opens that sentence; it is no addressee.

/** English pronouns and articles that open a sentence; some are given names in the world lists (`My`, `The`). */
const englishOpeners: ReadonlySet<string> = new Set(['my', 'the', 'our', 'your', 'their', 'this', 'that', 'these', 'those', 'we', 'it', 'its', 'i', 'you', 'a', 'an', 'his', 'her', 'me']);

/** Service nouns a support line names (`чек`, `заказ`, `номер`): as loanwords they take Turkic case endings (`Чекті`). */
const serviceNouns: ReadonlySet<string> = new Set([
  'номер', 'заказ', 'почта', 'чек', 'трек', 'адрес', 'телефон', 'вопрос', 'жалоба', 'отзыв', 'документ', 'документы', 'магазин', 'доставка',
  'оплата', 'сумма', 'товар', 'посылка', 'код', 'карта', 'ссылка', 'скидка', 'возврат', 'компенсация', 'компенсацию',
]);

/** Russian pronouns, prepositions and adverbs that open a customer's sentence (folded, ё as е). */
const russianOpeners: ReadonlySet<string> = new Set([
  'я', 'меня', 'мне', 'мной', 'мы', 'нас', 'нам', 'нами', 'вы', 'вас', 'вам', 'вами', 'мой', 'моя', 'мое', 'мои', 'мою', 'моего', 'моему',
  'наш', 'наша', 'наше', 'наши', 'нашу', 'ваш', 'ваша', 'ваше', 'ваши', 'вашу', 'это', 'этот', 'эта', 'все', 'всем', 'уже', 'еще', 'сегодня',
  'вчера', 'когда', 'где', 'как', 'что', 'почему', 'можно', 'подскажите', 'скажите', 'хочу', 'хотел', 'хотела', 'у', 'на', 'в', 'с', 'к', 'по', 'за',
  // Short adjectives and the service nouns a support line opens with (`Оператор Мадина Рады были помочь`, `Джамшед
  // Номер заказа…`): no surname.
  'рад', 'рада', 'рады', 'готов', 'готова', 'готовы', ...serviceNouns,
]);

/** Whether `stem` (folded) is a service noun (serviceNouns). */
export function russianServiceNoun(stem: string): boolean {
  return serviceNouns.has(stem);
}

/** A Russian past-tense verb form (`взял`, `оплатила`, `заказали`, `получил`): asked together with the lexicon. */
const pastTense = /(?:[аеиоуыя]л|[аеиоуыя]ла|[аеиоуыя]ли|[аеиоуыя]ло|лся|лась|лись)$/;

/** An English word opening the sentence after a greeting or thanks (`word` folded). */
export function englishRunOnOpener(word: string): boolean {
  return englishOpeners.has(word);
}

/** A Russian pronoun, preposition or adverb that opens a customer's sentence (`мой`, `можно`, `на`). */
export function russianOpenerWord(word: string): boolean {
  return russianOpeners.has(word);
}

/**
 * A Russian word opening the sentence after a greeting or thanks: a pronoun, preposition or everyday adverb (`На
 * Новый год…`), or a past-tense verb the lexicon knows before a lower-case word (`Купил`, not an unlisted name ending
 * in -ла such as `Зорбила`).
 */
export function russianRunOnOpener(word: string, beforeCapital: boolean, isCommonWord: (folded: string) => boolean): boolean {
  return russianOpenerWord(word) || (!beforeCapital && pastTense.test(word) && isCommonWord(word));
}
