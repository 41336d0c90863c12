// One walk over the spans for the place readings of a name: streets and institutions named after people without
// the street word (ru-street-ellipsis.ts) and businesses named like people (establishments.ts).

import type { Token } from '../../text/tokenize.js';
import type { Span } from '../../types.js';
import { establishmentSpan } from './establishments.js';
import { streetSpan } from './ru-street-ellipsis.js';
import { dropSpans } from './span-filter.js';

/** Removes, in place, spans that name a street or a business. Names the tenant listed (`name:known`) stay. */
export function dropPlaceNames(text: string, tokens: readonly Token[], folded: readonly string[], spans: Span[], cyrillic: boolean): void {
  dropSpans(text, tokens, folded, spans, cyrillic ? namesPlaceInCyrillicText : namesPlace, undefined);
}

function namesPlace(text: string, tokens: readonly Token[], folded: readonly string[], first: number, last: number, span: Span): boolean {
  return tokens[first]!.start === span.start && span.source !== 'name:known' && establishmentSpan(text, tokens, folded, first, last);
}

function namesPlaceInCyrillicText(text: string, tokens: readonly Token[], folded: readonly string[], first: number, last: number, span: Span): boolean {
  return (
    tokens[first]!.start === span.start && span.source !== 'name:known' &&
    ((tokens[first]!.cyrillic && streetSpan(text, tokens, folded, first, last)) || establishmentSpan(text, tokens, folded, first, last))
  );
}
