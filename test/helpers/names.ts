// The NAME detector as a tenant sees it at the default threshold: the texts of the spans it keeps after resolution.

import { createNameDetector } from '../../src/detect/name/index.js';
import { resolveSpans } from '../../src/detect/resolve.js';

const detector = createNameDetector();

export function names(text: string): string[] {
  const spans = resolveSpans(text, detector.detect(text, { regions: [], knownNames: [] }), { threshold: 0.5, allow: new Set(), deny: [] });
  return spans.map((span) => text.slice(span.start, span.end));
}
