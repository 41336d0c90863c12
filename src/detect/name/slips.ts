// The slips customers make inside a word, read back: two neighbouring letters swapped (`зовтu`), a letter typed twice
// (`Operattor`), a letter left out (`Drivr`). The first letter never slips (typos rarely hit it).

/**
 * `word` is `target` with one slip: two inner neighbours swapped, a letter doubled, or a letter after the first left
 * out. No substitution: a changed letter reaches too many other words and names. Compares codes, allocates nothing.
 */
export function oneSlip(word: string, target: string): boolean {
  const n = word.length;
  const m = target.length;
  if (n === m) {
    let i = 0;
    while (i < n && word.charCodeAt(i) === target.charCodeAt(i)) i++;
    if (i === 0 || i + 1 >= n) return false;
    return word.charCodeAt(i) === target.charCodeAt(i + 1) && word.charCodeAt(i + 1) === target.charCodeAt(i) && word.slice(i + 2) === target.slice(i + 2);
  }
  if (n === m + 1) {
    // A doubled letter: `word` has one extra copy of the letter before it.
    let i = 0;
    while (i < m && word.charCodeAt(i) === target.charCodeAt(i)) i++;
    if (i === 0 || word.charCodeAt(i) !== word.charCodeAt(i - 1)) return false;
    for (let k = i; k < m; k++) if (word.charCodeAt(k + 1) !== target.charCodeAt(k)) return false;
    return true;
  }
  if (n + 1 === m) {
    let i = 0;
    while (i < n && word.charCodeAt(i) === target.charCodeAt(i)) i++;
    if (i === 0) return false;
    for (let k = i; k < n; k++) if (word.charCodeAt(k) !== target.charCodeAt(k + 1)) return false;
    return true;
  }
  return false;
}

/**
 * Visits `word` with one slip undone, in this order: each doubled letter typed once (`мееня` → `меня`; `at`: the
 * second copy), then each two inner neighbours swapped back (`сотурдника` → `сотрудника`; `at`: the first of the
 * pair). Only letters `letter` accepts take part; a swap ends at least `swapEnd` letters before the end (1: the last
 * two may swap). Stops at, and returns true for, the first visit that returns true.
 */
export function someSlipUndone(word: string, letter: (code: number) => boolean, swapEnd: number, visit: (reading: string, swapped: boolean, at: number) => boolean): boolean {
  const length = word.length;
  for (let i = 1; i < length; i++) {
    const code = word.charCodeAt(i);
    if (code === word.charCodeAt(i - 1) && letter(code) && visit(word.slice(0, i) + word.slice(i + 1), false, i)) return true;
  }
  for (let i = 1; i + swapEnd < length; i++) {
    const a = word.charCodeAt(i);
    const b = word.charCodeAt(i + 1);
    if (a !== b && letter(a) && letter(b) && visit(word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2), true, i)) return true;
  }
  return false;
}

/** Any code at all (someSlipUndone's `letter` for words of letters only). */
export function anyCode(): boolean {
  return true;
}
