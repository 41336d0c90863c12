// Remembered answers of a pure test on one folded word: names and sentence openers repeat from text to text.

/**
 * A per-worker map from word to answer, cleared when full so a stream of unique words cannot grow memory (clearing
 * is cheaper than LRU bookkeeping). `answers.get(word) ?? answers.remember(word, test(word))`.
 */
export class WordAnswers {
  readonly #answers = new Map<string, boolean>();
  readonly #limit: number;

  constructor(limit: number) {
    this.#limit = limit;
  }

  get(word: string): boolean | undefined {
    return this.#answers.get(word);
  }

  /** Stores and returns `answer`. */
  remember(word: string, answer: boolean): boolean {
    if (this.#answers.size >= this.#limit) this.#answers.clear();
    this.#answers.set(word, answer);
    return answer;
  }
}
