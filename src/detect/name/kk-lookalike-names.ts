// English given names that a Kazakh everyday word spells in Latin letters (`адам` "person" → Adam, `және` "and" →
// Jane, `әлі` "still" → Ali; resources.ts kazakhLookalikeNames). analyze.ts lets them be names in Latin text without
// a Turkic marker; here they are dropped again where the Latin text reads no English (Kazakh typed in Latin letters:
// `salem, adam keldi me?`).

import type { Token } from '../../text/tokenize.js';
import type { Span } from '../../types.js';
import { dropSpans } from './span-filter.js';

/**
 * Removes, in place, the spans holding a Kazakh look-alike given name. The caller checked that the text has Latin
 * words, no Cyrillic one and no English function word. Names the tenant listed (`name:known`) stay.
 */
export function dropKazakhLookalikeNames(text: string, tokens: readonly Token[], folded: readonly string[], spans: Span[], lookalikes: ReadonlySet<string>): void {
  dropSpans(text, tokens, folded, spans, holdsLookalike, lookalikes);
}

function holdsLookalike(_text: string, _tokens: readonly Token[], folded: readonly string[], first: number, last: number, span: Span, lookalikes: ReadonlySet<string>): boolean {
  if (span.source === 'name:known') return false;
  for (let i = first; i <= last; i++) if (lookalikes.has(folded[i]!)) return true;
  return false;
}
