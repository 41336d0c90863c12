// The NAME detector: person names in Russian, Uzbek (Latin/Cyrillic), Kazakh, Kyrgyz, Tajik and English text.

import type { Detector, DetectContext } from '../detector.js';
import type { Span } from '../../types.js';
import { PiiGateError } from '../../errors.js';
import { foldWord } from '../../text/normalize.js';
import { analyzeWord } from './analyze.js';
import { loadNameResources, type NameResources } from './resources.js';
import { KnownNames } from './mentions.js';
import { scanNames } from './scan.js';

export { nameWeights } from './weights.js';

let sharedResources: NameResources | undefined;

function resources(): NameResources {
  try {
    sharedResources ??= loadNameResources();
  } catch (error) {
    // A missing or unreadable list must stop detection (fail closed), not silently find fewer names.
    throw new PiiGateError('ERR_PII_DETECT_FAILED', 'name lists in patterns/ could not be loaded', { cause: error });
  }
  return sharedResources;
}

/** Creates the NAME detector. Lists are read and compiled once per process (or worker) and shared. */
export function createNameDetector(): Detector {
  const loaded = resources();
  // The same knownNames array usually comes back for every field of one document: compile it once.
  let lastKnown: readonly string[] | undefined;
  let lastCompiled: KnownNames | undefined;
  return {
    type: 'NAME',
    name: 'name',
    detect(text: string, ctx: DetectContext): Span[] {
      let known: KnownNames | undefined;
      if (ctx.knownNames.length > 0) {
        if (ctx.knownNames !== lastKnown) {
          lastKnown = ctx.knownNames;
          lastCompiled = new KnownNames(ctx.knownNames);
        }
        known = lastCompiled;
      }
      return scanNames(text, loaded, known);
    },
  };
}

const cyrillicLetter = /[\u0400-\u052f]/u;
const turkicLetter = /[әғқңөұүһіўҳӣӯҷ]/u;

/**
 * The normalised form of a name, as put in Span.normalized: each word case-folded (ё→е, apostrophes unified) and,
 * where a list or the morphology knows its stem, in base form (`Алишеру` → `алишер`, `Ивану Петровичу` →
 * `иван петрович`). Lets the engine compare names across dialogue turns.
 */
export function nameKey(value: string): string {
  const keys: string[] = [];
  for (const word of value.split(/\s+/u)) {
    const folded = foldWord(word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''));
    if (!folded) continue;
    keys.push(analyzeWord(folded, cyrillicLetter.test(folded), resources(), turkicLetter.test(folded)).base);
  }
  return keys.join(' ');
}
