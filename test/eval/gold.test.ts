// Gold records are checked before scoring, and problems name the field, never the text.

import { describe, expect, it } from 'vitest';
import { toGoldRecord } from '../../src/eval/gold.js';

const secret = 'Dilnoza Karimova';

describe('toGoldRecord', () => {
  it('accepts a record and defaults a missing lang to und', () => {
    const parsed = toGoldRecord({ id: 'x', text: secret, spans: [{ start: 0, end: 7, type: 'NAME' }] });
    expect(parsed).toEqual({
      ok: true,
      record: { id: 'x', lang: 'und', text: secret, spans: [{ start: 0, end: 7, type: 'NAME' }] },
    });
  });

  it.each([
    ['text is missing', { spans: [] }, /^text:/],
    ['spans are missing', { text: secret }, /^spans:/],
    ['a span type is unknown', { text: secret, spans: [{ start: 0, end: 3, type: 'ADDRESS' }] }, /^spans\[0\]\.type:/],
    ['a span is empty', { text: secret, spans: [{ start: 3, end: 3, type: 'NAME' }] }, /^spans\[0\]: offsets out of range/],
    ['a span runs past the text', { text: secret, spans: [{ start: 0, end: 99, type: 'NAME' }] }, /^spans\[0\]: offsets/],
    ['an offset is fractional', { text: secret, spans: [{ start: 0.5, end: 3, type: 'NAME' }] }, /^spans\[0\]\.start:/],
  ])('rejects a record where %s, without quoting it', (_case, value, problem) => {
    const parsed = toGoldRecord(value);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.problem).toMatch(problem);
    expect(parsed.problem).not.toContain('Dilnoza');
  });
});
