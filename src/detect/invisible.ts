// Invisible characters (zero-width, bidi controls, soft hyphen, BOM, C0 controls) can hide PII from detectors
// (`ivan\u200b@mail.ru`, `+998 90 123\u200d45 67`): detection runs on the text without them, spans map back.

// Tab, line feed and carriage return stay: they separate words. U+2028/2029 stay for the same reason.
const INVISIBLE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b-\u180f\u200b-\u200f\u202a-\u202e\u2060-\u206f\ufe00-\ufe0f\ufeff]/u;
const INVISIBLE_ALL = new RegExp(INVISIBLE.source, 'gu');

export interface VisibleView {
  /** The text without invisible characters (the same string when there were none). */
  readonly text: string;
  /** Offsets in `text` → offsets in the original: a span keeps every invisible character between its ends. */
  toOriginal<T extends { start: number; end: number }>(spans: T[]): T[];
}

export function visibleView(original: string): VisibleView {
  if (!INVISIBLE.test(original)) return { text: original, toOriginal: (spans) => spans };
  // origin[i] is the original index of visible character i; origin[length] is the original length.
  const origin: number[] = [];
  let visible = '';
  let last = 0;
  for (const match of original.matchAll(INVISIBLE_ALL)) {
    for (let index = last; index < match.index; index += 1) origin.push(index);
    visible += original.slice(last, match.index);
    last = match.index + match[0].length;
  }
  for (let index = last; index < original.length; index += 1) origin.push(index);
  visible += original.slice(last);
  origin.push(original.length);
  return {
    text: visible,
    toOriginal: (spans) =>
      spans.map((span) => ({
        ...span,
        start: origin[span.start] ?? original.length,
        end: span.end > span.start ? (origin[span.end - 1] ?? original.length - 1) + 1 : (origin[span.start] ?? original.length),
      })),
  };
}
