// A capitalised word right before "I bought / we bought" in Uzbek, Kazakh or Kyrgyz is what the writer bought, not a
// person: `Kecha Tecno oldim`, `Men Honor oldim`, `Кеше Лада алдым`. The speaker is the subject, so a person there
// would be the one the thing is for and take the dative (`Dilnozaga oldim`); a name in the nominative is the thing.
// Verbs of seeing or meeting are left out: chat drops the accusative of a person (`Kecha Sardor ko'rdim`).

import type { Token } from '../../text/tokenize.js';
import type { Span } from '../../types.js';
import { onlySpaces } from './gaps.js';
import { dropSpans } from './span-filter.js';

/** Entry condition of dropFirstPersonObjects (scan.ts ORs it into WordGate.BoughtWord): the word after a span dropped. */
export function boughtWord(word: string): boolean {
  return boughtWords.has(word);
}

/** Removes, in place, one-word spans in the nominative right before a first-person "bought". `name:known` stays. */
export function dropFirstPersonObjects(text: string, tokens: readonly Token[], folded: readonly string[], spans: Span[]): void {
  dropSpans(text, tokens, folded, spans, thingBeforeOwnDeed, undefined);
}

function thingBeforeOwnDeed(text: string, tokens: readonly Token[], folded: readonly string[], first: number, last: number, span: Span): boolean {
  const next = last + 1;
  if (first !== last || next >= tokens.length || span.source === 'name:known' || tokens[first]!.start !== span.start || span.end !== tokens[last]!.end) return false;
  if (!onlySpaces(text, tokens[last]!.end, tokens[next]!.start, 1)) return false;
  return boughtWords.has(folded[next]!) && !caseEnding.test(folded[first]!);
}

// "I/we bought (took)": Uzbek Latin and Cyrillic, Kazakh, Kyrgyz.
const boughtWords = new Set(['oldim', 'oldik', 'олдим', 'олдик', 'алдым', 'алдық', 'алдык', 'алдим']);
// A name in an oblique case is the person the deed is for or about (`Dilnozaga`, `Айгерімге`, `Азизни`).
const caseEnding = /^.{3,}(?:ga|ka|qa|ni|ning|dan|da|ге|ке|ға|қа|га|ка|гө|кө|ны|ні|ни|ну|нү|ды|ді|ди|ду|дү|ты|ті|ти|ту|тү|дан|ден|тан|тен|нан|нен|да|де|та|те)$/u;
