// One walk over the spans for the place readings of a name: streets and institutions named after people without
// the street word (ru-street-ellipsis.ts) and businesses named like people (establishments.ts).

import type { Token } from '../../text/tokenize.js';
import type { Span } from '../../types.js';
import { establishmentSpan } from './establishments.js';
import { streetSpan } from './ru-street-ellipsis.js';
import type { WordInfo } from './vocabulary.js';

/** Removes, in place, spans that name a street or a business. Names the tenant listed (`name:known`) stay. */
export function dropPlaceNames(text: string, tokens: readonly Token[], folded: readonly string[], words: readonly WordInfo[], spans: Span[], cyrillic: boolean): void {
  let t = 0;
  let kept = 0;
  for (const span of spans) {
    while (t < tokens.length && tokens[t]!.end <= span.start) t++;
    let last = t;
    while (last + 1 < tokens.length && tokens[last + 1]!.start < span.end) last++;
    const place =
      t < tokens.length && tokens[t]!.start === span.start && span.source !== 'name:known' &&
      ((cyrillic && tokens[t]!.cyrillic && streetSpan(text, tokens, folded, t, last)) || establishmentSpan(text, tokens, folded, words, t, last));
    if (!place) spans[kept++] = span;
  }
  if (kept !== spans.length) spans.length = kept;
}
