// Dropping name spans in place by what the tokens under them say: one walk over sorted, disjoint spans.

import type { Token } from '../../text/tokenize.js';
import type { Span } from '../../types.js';

/** A test on the tokens `first`…`last` that a span covers; `extra` is the caller's data (no closure per call). */
export type SpanTest<Extra> = (text: string, tokens: readonly Token[], folded: readonly string[], first: number, last: number, span: Span, extra: Extra) => boolean;

/** Removes, in place, the spans `drops` answers true for. Spans past the last token stay. */
export function dropSpans<Extra>(text: string, tokens: readonly Token[], folded: readonly string[], spans: Span[], drops: SpanTest<Extra>, extra: Extra): void {
  let t = 0;
  let kept = 0;
  for (const span of spans) {
    while (t < tokens.length && tokens[t]!.end <= span.start) t++;
    let last = t;
    while (last + 1 < tokens.length && tokens[last + 1]!.start < span.end) last++;
    if (!(t < tokens.length && drops(text, tokens, folded, t, last, span, extra))) spans[kept++] = span;
  }
  // Setting the length is a runtime call even when nothing was dropped.
  if (kept !== spans.length) spans.length = kept;
}
