// English given names that a Kazakh or Russian everyday word spells in Latin letters (`адам` "person" → Adam, `және`
// "and" → Jane, `мира` "of the world" → Mira; resources.ts cyrillicLookalikeNames). analyze.ts lets them be names in
// Latin text without a Turkic marker; here they are dropped again where the Latin text reads as no English: fewer
// than two English function words (Kazakh or Russian typed in Latin letters: `salem, adam keldi`, `s 8 marta! mira
// i dobra`, whose `i` is Russian `и`).

import type { Token } from '../../text/tokenize.js';
import type { Span } from '../../types.js';
import type { NameResources } from './resources.js';
import { dropSpans } from './span-filter.js';

/**
 * Removes, in place, the spans holding a look-alike given name unless two words of the text are English function
 * words. The caller checked that the text has Latin words and no Cyrillic one. Names the tenant listed
 * (`name:known`) stay.
 */
export function dropCyrillicLookalikeNames(text: string, tokens: readonly Token[], folded: readonly string[], spans: Span[], resources: NameResources): void {
  const lookalikes = resources.cyrillicLookalikeNames;
  let held = false;
  // The spans' tokens first (few, and most texts hold no look-alike): only then are the text's words counted.
  for (let s = 0, t = 0; s < spans.length && !held; s++) {
    const span = spans[s]!;
    while (t < tokens.length && tokens[t]!.end <= span.start) t++;
    for (let k = t; k < tokens.length && tokens[k]!.start < span.end; k++) if (lookalikes.has(folded[k]!)) held = true;
  }
  if (!held || readsEnglish(folded, resources)) return;
  dropSpans(text, tokens, folded, spans, holdsLookalike, lookalikes);
}

/** Two tokens at least are English function words. */
function readsEnglish(folded: readonly string[], resources: NameResources): boolean {
  const social = resources.englishSocial.functionWords;
  const chat = resources.chatWords.englishFunctionWords;
  let found = 0;
  for (let k = 0; k < folded.length; k++) if ((social.has(folded[k]!) || chat.has(folded[k]!)) && ++found >= 2) return true;
  return false;
}

function holdsLookalike(_text: string, _tokens: readonly Token[], folded: readonly string[], first: number, last: number, span: Span, lookalikes: ReadonlySet<string>): boolean {
  if (span.source === 'name:known') return false;
  for (let i = first; i <= last; i++) if (lookalikes.has(folded[i]!)) return true;
  return false;
}
