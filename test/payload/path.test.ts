import { describe, expect, it } from 'vitest';
import { findStringSlots, parseFieldPath } from '../../src/payload/index.js';

describe('parseFieldPath', () => {
  it.each([
    ['meta.comment', [{ kind: 'key', key: 'meta' }, { kind: 'key', key: 'comment' }]],
    ['messages[*].note', [{ kind: 'key', key: 'messages' }, { kind: 'every' }, { kind: 'key', key: 'note' }]],
    ['items[2].text', [{ kind: 'key', key: 'items' }, { kind: 'index', index: 2 }, { kind: 'key', key: 'text' }]],
    ['grid[*][0]', [{ kind: 'key', key: 'grid' }, { kind: 'every' }, { kind: 'index', index: 0 }]],
  ])('parses %s', (path, steps) => {
    expect(parseFieldPath(path)).toEqual(steps);
  });

  it.each([
    ['an empty path', ''],
    ['an empty segment', 'meta..comment'],
    ['a bad index', 'items[x].text'],
    ['a __proto__ segment', 'meta.__proto__'],
    ['a constructor segment', 'constructor.prototype'],
    ['a space', 'meta comment'],
  ])('rejects %s', (_case, path) => {
    expect(() => parseFieldPath(path)).toThrowError();
  });
});

describe('findStringSlots', () => {
  const document = {
    meta: { comment: 'c', score: 5 },
    messages: [{ note: 'n0' }, { note: 7 }, { other: 'x' }, { note: 'n3' }],
    nested: [['a', 'b'], ['c']],
  };

  it.each([
    ['meta.comment', ['meta.comment']],
    ['meta.score', []],
    ['messages[*].note', ['messages[0].note', 'messages[3].note']],
    ['messages[3].note', ['messages[3].note']],
    ['messages[9].note', []],
    ['nested[*][1]', ['nested[0][1]']],
    ['missing.path', []],
    ['meta.comment.deeper', []],
  ])('finds the strings at %s', (path, expected) => {
    expect(findStringSlots(document, parseFieldPath(path)).map((slot) => slot.path)).toEqual(expected);
  });

  it('does not follow inherited properties', () => {
    const inherited = Object.create({ secretField: 'inherited' }) as object;
    expect(findStringSlots({ wrapper: inherited }, parseFieldPath('wrapper.secretField'))).toEqual([]);
  });
});
