// Remembered answers of a pure test on one folded word: names and sentence openers repeat from text to text.

/**
 * A per-worker map from word to answer, cleared when full so a stream of unique words cannot grow memory (clearing
 * is cheaper than LRU bookkeeping). `answers.get(word) ?? answers.remember(word, test(word))`. The answer is a boolean
 * unless the test says more (turkic-shape.ts answers a GivenShape number; `??` keeps its 0).
 */
export class WordAnswers<Answer = boolean> {
  readonly #answers = new Map<string, Answer>();
  readonly #limit: number;

  constructor(limit: number) {
    this.#limit = limit;
  }

  get(word: string): Answer | undefined {
    return this.#answers.get(word);
  }

  /** Stores and returns `answer`. */
  remember(word: string, answer: Answer): Answer {
    if (this.#answers.size >= this.#limit) this.#answers.clear();
    this.#answers.set(word, answer);
    return answer;
  }
}
