// RESULTS.md sections are rewritten in place; sections written by other benchmarks stay untouched.

import { describe, expect, it } from 'vitest';
import { replaceSection } from '../../benchmarks/lib/results.js';

const file = '# Results\n\n## Accuracy\n\nold accuracy\n\n## HTTP\n\nhttp numbers\n';

describe('replaceSection', () => {
  it.each([
    ['replaces a section in the middle and keeps the next one', 'Accuracy', '# Results\n\n## Accuracy\n\nnew\n\n## HTTP\n\nhttp numbers\n'],
    ['replaces the last section', 'HTTP', '# Results\n\n## Accuracy\n\nold accuracy\n\n## HTTP\n\nnew\n'],
    ['appends a missing section', 'Throughput', `${file}\n## Throughput\n\nnew\n`],
  ])('%s', (_case, title, expected) => {
    expect(replaceSection(file, title, 'new')).toBe(expected);
  });

  it('is idempotent', () => {
    const once = replaceSection(file, 'Accuracy', 'new');
    expect(replaceSection(once, 'Accuracy', 'new')).toBe(once);
  });
});
