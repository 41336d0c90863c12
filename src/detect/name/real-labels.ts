// Form labels written like initials: `F.I.Sh.`, `Ф.И.О.` (surname, given name, patronymic) head a name, are none.

import type { Span } from '../../types.js';

// The letters of the label, lower case: Uzbek familiya-ism-sharif, Russian фамилия-имя-отчество, English-style F.I.O.
const labels = new Set(['fish', 'fio', 'фиш', 'фио']);

/**
 * A span that opens with such a label loses it (`Ф.И.О. Зорватов Бренид` → `Зорватов Бренид`); a span that is only
 * the label is dropped. Only spans whose second character is a dot are looked at.
 */
export function dropFormLabels(text: string, spans: Span[]): void {
  // Compacts in place: a splice per dropped label was quadratic on a long form.
  let kept = 0;
  for (let s = 0; s < spans.length; s++) {
    const span = spans[s]!;
    const labelEnd = text.charCodeAt(span.start + 1) === 46 ? labelAt(text, span.start, span.end) : -1;
    if (labelEnd !== -1) {
      let next = labelEnd;
      while (next < span.end && text.charCodeAt(next) === 32) next++;
      if (next >= span.end) continue;
      span.start = next;
    }
    spans[kept++] = span;
  }
  // Setting the length is a runtime call even when nothing was dropped.
  if (kept !== spans.length) spans.length = kept;
}

/** The end of the label (after its last dot, or the span end) opening at `start`, or -1. */
function labelAt(text: string, start: number, end: number): number {
  let letters = '';
  let at = start;
  // One or two letters, a dot, optional spaces; at most four such parts (`F.`, `I.`, `Sh.`).
  for (let part = 0; part < 4 && at < end; part++) {
    let length = 0;
    while (at + length < end && length < 3 && isLetter(text.charCodeAt(at + length))) length++;
    if (length === 0 || length > 2) break;
    letters += text.slice(at, at + length).toLowerCase();
    at += length;
    if (labels.has(letters) && (at >= end || text.charCodeAt(at) === 46 || text.charCodeAt(at) === 32)) return at < end && text.charCodeAt(at) === 46 ? at + 1 : at;
    if (at >= end || text.charCodeAt(at) !== 46) break;
    at++;
    while (at < end && text.charCodeAt(at) === 32) at++;
  }
  return -1;
}

function isLetter(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || (code >= 0x410 && code <= 0x44f) || code === 0x401 || code === 0x451;
}
