// Clause bounds for cue windows: a cue word in the previous sentence says nothing about this number.

// Why: "Kuryer заказ перепутал. Raqamim 87071661883" — the order word belongs to the sentence before, and
// "Проверяю 8952674807.\nКлиент: Raqami…" — the phone word belongs to the next line.

/** Start of the window of at most `maxBack` characters before `index` that stays inside the clause. */
export function clauseWindowStart(text: string, index: number, maxBack: number): number {
  const limit = Math.max(0, index - maxBack);
  for (let i = index - 1; i >= limit; i--) {
    const code = text.charCodeAt(i);
    if (code === 0x0a) {
      // A label line ("Phone:\n467 3395") carries over to the value on the next line.
      if (previousNonSpaceCode(text, i) === 0x3a) continue;
      return i + 1;
    }
    if (code === 0x21 || code === 0x3f || code === 0x3b) return i + 1;
    if (code === 0x2e && isSpaceCode(text.charCodeAt(i + 1)) && !isAbbreviation(text, i)) return i + 1;
  }
  return limit;
}

/** End of the window of at most `maxAhead` characters after `index` that stays inside the clause. */
export function clauseWindowEnd(text: string, index: number, maxAhead: number): number {
  const limit = Math.min(text.length, index + maxAhead);
  for (let i = index; i < limit; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x0a || code === 0x21 || code === 0x3f || code === 0x3b) return i;
    if (code === 0x2e && (i + 1 >= text.length || isSpaceCode(text.charCodeAt(i + 1))) && !isAbbreviation(text, i)) return i;
  }
  return limit;
}

/** `тел.`, `Tel.`, `моб.`, `т.`: a dot after a word of at most four letters does not end the sentence. */
function isAbbreviation(text: string, dot: number): boolean {
  let letters = 0;
  for (let i = dot - 1; i >= 0 && letters <= 4; i--) {
    if (!isLetter(text.charCodeAt(i))) break;
    letters++;
  }
  return letters > 0 && letters <= 4;
}

function previousNonSpaceCode(text: string, index: number): number {
  let i = index - 1;
  while (i >= 0 && (isSpaceCode(text.charCodeAt(i)) || text.charCodeAt(i) === 0x0d)) i--;
  return text.charCodeAt(i);
}

function isSpaceCode(code: number): boolean {
  return code === 0x20 || code === 0xa0 || code === 0x09 || code === 0x0a || code === 0x0d;
}

function isLetter(code: number): boolean {
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90);
  return (code >= 0x0400 && code <= 0x04ff) || (code >= 0xc0 && code <= 0x024f);
}
