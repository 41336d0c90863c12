// English praise phrases before a person (`shoutout to`, `kudos to`): the word after one is the person praised, in
// lower case and on no list too; a team, a department or a shop after them stays unmasked. Synthetic, written by hand.

import { describe, expect, it } from 'vitest';
import { names } from '../helpers/names.js';

describe('praise before a person', () => {
  it.each([
    ['shoutout to jarrah from support', 'jarrah'],
    ['shout out to Mbali at the Durban branch', 'Mbali'],
    ['kudos to tendai', 'tendai'],
    ['big shoutout to Oisin for the quick refund', 'Oisin'],
  ])('masks the person in %j', (text, name) => {
    expect(names(text)).toEqual([name]);
  });

  it.each(['shoutout to the whole team', 'kudos to support', 'shout out to uzum for fast delivery'])('leaves %j unmasked', (text) => {
    expect(names(text)).toEqual([]);
  });
});
