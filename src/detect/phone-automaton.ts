// Numbering-plan patterns as one digit automaton per plan: one pass over a number answers every pattern at once.

// Why: validating a candidate asked up to a dozen anchored regexes of one plan (the general pattern, then each type)
// on slices of the digits; on unseen digits that was half of PHONE time (~1.7 µs per window of a split run). The
// patterns of libphonenumber-js's metadata use a small regex subset (digits, `\d`, classes with ranges, groups,
// `|`, `?`, `*`, `+`, `{n}`, `{n,m}`) over digits only, so they compile to a deterministic automaton over the
// ten digits. A pattern outside that subset throws here, and the caller keeps its regexes: speed, never output.

type Node =
  | { kind: 'set'; digits: number } // bitmask of the digits 0–9 it accepts
  | { kind: 'seq'; items: Node[] }
  | { kind: 'alt'; options: Node[] }
  | { kind: 'repeat'; item: Node; min: number; max: number }; // max Infinity: unbounded

const anyDigit = 0x3ff;

/** Parses one pattern of the subset; throws on anything else. */
function parse(pattern: string): Node {
  let at = 0;
  const fail = (): never => {
    throw new Error(`unsupported numbering-plan pattern at ${at}: ${pattern}`);
  };

  function alternation(): Node {
    const options = [sequence()];
    while (pattern[at] === '|') {
      at++;
      options.push(sequence());
    }
    return options.length === 1 ? options[0]! : { kind: 'alt', options };
  }

  function sequence(): Node {
    const items: Node[] = [];
    while (at < pattern.length && pattern[at] !== '|' && pattern[at] !== ')') items.push(quantified(atom()));
    return { kind: 'seq', items };
  }

  function atom(): Node {
    const char = pattern[at]!;
    if (char >= '0' && char <= '9') {
      at++;
      return { kind: 'set', digits: 1 << (char.charCodeAt(0) - 48) };
    }
    if (char === '\\') {
      if (pattern[at + 1] !== 'd') fail();
      at += 2;
      return { kind: 'set', digits: anyDigit };
    }
    if (char === '[') return digitClass();
    if (char === '(') {
      at++;
      if (pattern.startsWith('?:', at)) at += 2;
      else if (pattern[at] === '?') fail();
      const inner = alternation();
      if (pattern[at] !== ')') fail();
      at++;
      return inner;
    }
    return fail();
  }

  function digitClass(): Node {
    at++;
    let digits = 0;
    if (pattern[at] === '^') fail();
    while (at < pattern.length && pattern[at] !== ']') {
      const low = pattern.charCodeAt(at) - 48;
      if (!(low >= 0 && low <= 9)) fail();
      let high = low;
      if (pattern[at + 1] === '-' && pattern[at + 2] !== ']') {
        high = pattern.charCodeAt(at + 2) - 48;
        if (!(high >= low && high <= 9)) fail();
        at += 2;
      }
      for (let digit = low; digit <= high; digit++) digits |= 1 << digit;
      at++;
    }
    if (pattern[at] !== ']') fail();
    at++;
    return { kind: 'set', digits };
  }

  function quantified(item: Node): Node {
    let node = item;
    for (;;) {
      const char = pattern[at];
      let min: number;
      let max: number;
      if (char === '?') [min, max] = [0, 1];
      else if (char === '*') [min, max] = [0, Number.POSITIVE_INFINITY];
      else if (char === '+') [min, max] = [1, Number.POSITIVE_INFINITY];
      else if (char === '{') {
        const close = pattern.indexOf('}', at);
        const bounds = /^(\d+)(?:(,)(\d*))?$/u.exec(pattern.slice(at + 1, close === -1 ? at : close));
        if (!bounds) return fail();
        min = Number(bounds[1]);
        max = bounds[2] === undefined ? min : bounds[3] === '' ? Number.POSITIVE_INFINITY : Number(bounds[3]);
        at = close;
      } else return node;
      at++;
      // A lazy or possessive marker would change nothing for an anchored whole-string test, but is not expected.
      if (pattern[at] === '?' || pattern[at] === '+') fail();
      node = { kind: 'repeat', item: node, min, max };
    }
  }

  const tree = alternation();
  if (at !== pattern.length) fail();
  return tree;
}

/** Thompson NFA: `edges[s]` digit transitions as [digitsMask, target] pairs, `empty[s]` ε-targets. */
class Nfa {
  readonly edges: Array<Array<[number, number]>> = [];
  readonly empty: number[][] = [];

  state(): number {
    this.edges.push([]);
    this.empty.push([]);
    return this.edges.length - 1;
  }

  /** Adds `node` between `from` and a new state, which it returns. */
  build(node: Node, from: number): number {
    switch (node.kind) {
      case 'set': {
        const to = this.state();
        this.edges[from]!.push([node.digits, to]);
        return to;
      }
      case 'seq': {
        let at = from;
        for (const item of node.items) at = this.build(item, at);
        return at;
      }
      case 'alt': {
        const to = this.state();
        for (const option of node.options) {
          const start = this.state();
          this.empty[from]!.push(start);
          this.empty[this.build(option, start)]!.push(to);
        }
        return to;
      }
      case 'repeat': {
        let at = from;
        for (let i = 0; i < node.min; i++) at = this.build(node.item, at);
        if (node.max === Number.POSITIVE_INFINITY) {
          const loop = this.state();
          this.empty[at]!.push(loop);
          this.empty[this.build(node.item, loop)]!.push(loop);
          return loop;
        }
        const to = this.state();
        this.empty[at]!.push(to);
        for (let i = node.min; i < node.max; i++) {
          at = this.build(node.item, at);
          this.empty[at]!.push(to);
        }
        return to;
      }
    }
  }
}

/**
 * A deterministic automaton over the digits for up to 30 patterns at once. `run(text, from, to)` reads the digits
 * text[from, to) and returns the bitmask of the patterns that match them entirely (bit i: pattern i), as
 * `new RegExp('^(?:' + pattern + ')$').test(text.slice(from, to))` would answer for each.
 */
export class DigitAutomaton {
  readonly #next: Int32Array;
  readonly #accepts: Int32Array;

  private constructor(next: Int32Array, accepts: Int32Array) {
    this.#next = next;
    this.#accepts = accepts;
  }

  /** Compiles the patterns; throws when one is outside the supported subset or the automaton grows too large. */
  static compile(patterns: readonly string[], maxStates = 20_000): DigitAutomaton {
    if (patterns.length > 30) throw new Error('at most 30 patterns per automaton');
    const nfa = new Nfa();
    const start = nfa.state();
    const finals = new Map<number, number>();
    patterns.forEach((pattern, index) => {
      const entry = nfa.state();
      nfa.empty[start]!.push(entry);
      const end = nfa.build(parse(pattern), entry);
      finals.set(end, (finals.get(end) ?? 0) | (1 << index));
    });
    return determinize(nfa, start, finals, maxStates);
  }

  /** Bitmask of the patterns matching the whole of text[from, to) (ASCII digits expected; anything else: 0). */
  run(text: string, from: number, to: number): number {
    const next = this.#next;
    let state = 0;
    for (let i = from; i < to; i++) {
      const digit = text.charCodeAt(i) - 48;
      if (!(digit >= 0 && digit <= 9)) return 0;
      state = next[state * 10 + digit]!;
      if (state < 0) return 0;
    }
    return this.#accepts[state]!;
  }

  static fromTables(next: Int32Array, accepts: Int32Array): DigitAutomaton {
    return new DigitAutomaton(next, accepts);
  }
}

function determinize(nfa: Nfa, start: number, finals: ReadonlyMap<number, number>, maxStates: number): DigitAutomaton {
  const mark = new Int32Array(nfa.edges.length);
  let stamp = 0;
  const stack: number[] = [];
  /**
   * The states reachable from `targets` over ε-edges, keeping only those with digit edges or an accepting mark:
   * the ε-only waypoints of alternations would make sets (and their keys) larger without changing the automaton.
   */
  const closureOf = (targets: readonly number[]): number[] => {
    stamp++;
    const set: number[] = [];
    stack.push(...targets);
    while (stack.length > 0) {
      const state = stack.pop()!;
      if (mark[state] === stamp) continue;
      mark[state] = stamp;
      if (nfa.edges[state]!.length > 0 || finals.has(state)) set.push(state);
      for (const target of nfa.empty[state]!) stack.push(target);
    }
    return set.sort((a, b) => a - b);
  };
  const ids = new Map<string, number>();
  const sets: number[][] = [];
  const next: number[] = [];
  const accepts: number[] = [];
  const add = (set: number[]): number => {
    const key = set.join(',');
    let id = ids.get(key);
    if (id === undefined) {
      id = sets.length;
      if (id >= maxStates) throw new Error('numbering-plan automaton too large');
      ids.set(key, id);
      sets.push(set);
      let mask = 0;
      for (const state of set) mask |= finals.get(state) ?? 0;
      accepts.push(mask);
    }
    return id;
  };
  add(closureOf([start]));
  const targets: number[] = [];
  for (let id = 0; id < sets.length; id++) {
    for (let digit = 0; digit < 10; digit++) {
      targets.length = 0;
      for (const state of sets[id]!) for (const [digits, target] of nfa.edges[state]!) if (digits & (1 << digit)) targets.push(target);
      const set = targets.length === 0 ? targets : closureOf(targets);
      next[id * 10 + digit] = set.length === 0 ? -1 : add(set);
    }
  }
  return DigitAutomaton.fromTables(Int32Array.from(next), Int32Array.from(accepts));
}
