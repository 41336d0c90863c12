// Whether a phone candidate is all its line holds: a dialogue turn that answers with the number alone.

// Why: "Клиент: 91.000.19.78" or "Mijoz: 87710012345" carries no cue word, yet a turn that is only a number is how
// people answer "what is your number?". Callers take it as evidence for digits that are already phone-like
// (a valid mobile grouped like one, or a mobile written with its trunk prefix), never for any digits.

/** Characters a speaker label (`Клиент`, `Mijoz 2`, `Operator (Aziza)`) may hold before its colon. */
const maxLabel = 40;

/**
 * True when the line of `text[start, end)` holds nothing else: at most a speaker label with a colon or a dialogue
 * dash before it, and closing punctuation after it.
 */
export function standsAloneOnLine(text: string, start: number, end: number): boolean {
  return isLineEndAfter(text, end) && isLineStartBefore(text, start);
}

function isLineEndAfter(text: string, end: number): boolean {
  for (let i = end; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x0a || code === 0x0d) return true;
    // space, tab, no-break space, . , ! ;
    if (code !== 0x20 && code !== 0x09 && code !== 0xa0 && code !== 0x2e && code !== 0x2c && code !== 0x21 && code !== 0x3b) {
      return false;
    }
  }
  return true;
}

function isLineStartBefore(text: string, start: number): boolean {
  let i = skipSpacesBack(text, start - 1);
  if (i < 0 || isLineBreak(text.charCodeAt(i))) return true;
  const mark = text.charCodeAt(i);
  // `- 91 000 19 78`, `— 91 000 19 78`: a dialogue dash, then a space, opens the turn (`-8992…` is a minus).
  if ((mark === 0x2d || mark === 0x2013 || mark === 0x2014) && i + 1 < start) {
    i = skipSpacesBack(text, i - 1);
    return i < 0 || isLineBreak(text.charCodeAt(i));
  }
  if (mark !== 0x3a) return false;
  // `Клиент:`: a label of letters (and spaces, digits, brackets) from the line start to the colon.
  let letters = 0;
  const limit = Math.max(-1, i - 1 - maxLabel);
  for (let j = i - 1; j > limit; j--) {
    const code = text.charCodeAt(j);
    if (isLineBreak(code)) return letters > 0;
    if (isLabelLetter(code)) letters++;
    else if (!isLabelMark(code)) return false;
  }
  return limit === -1 && letters > 0;
}

function skipSpacesBack(text: string, from: number): number {
  let i = from;
  while (i >= 0 && (text.charCodeAt(i) === 0x20 || text.charCodeAt(i) === 0x09 || text.charCodeAt(i) === 0xa0)) i--;
  return i;
}

function isLineBreak(code: number): boolean {
  return code === 0x0a || code === 0x0d;
}

function isLabelLetter(code: number): boolean {
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90);
  return (code >= 0x0400 && code <= 0x04ff) || (code >= 0xc0 && code <= 0x024f) || code === 0x02bb || code === 0x02bc;
}

function isLabelMark(code: number): boolean {
  // space, no-break space, digits, ' ‘ ’ ( ) . -
  return code === 0x20 || code === 0xa0 || (code >= 0x30 && code <= 0x39) || code === 0x27 || code === 0x2018 || code === 0x2019 || code === 0x28 || code === 0x29 || code === 0x2e || code === 0x2d;
}
