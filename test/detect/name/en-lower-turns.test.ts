// Lower-case English reviews and dialogues (english-lower.ts): a customer's own name as the label of a turn that
// opens with a greeting (`zorvek: hello, …`), the possessor of what a person gives (`zorvek's advice saved me`), a
// given name and surname after `by` (`packed by zorvek quennell,`) and the surname after a role word's given name
// (`driver zorvek quennell,`); and the words that stay out. Sentences written for pii-gate, names invented.

import { describe, expect, it } from 'vitest';
import { names } from '../../helpers/names.js';

describe('lower-case names in English turns and reviews', () => {
  it.each([
    ['a speaker label before hello', 'quellin: hello, my parcel has not arrived yet', ['quellin']],
    ['a speaker label before hi', 'tavorne: hi! where is my order, it is late', ['tavorne']],
    ['a possessor before advice and a verb', "quellin's advice saved me a second trip.", ["quellin's"]],
    ['a possessor before patience ending the clause', "thanks for everything.\ntavorne's patience, really.", ["tavorne's"]],
    ['a pair after `by` ending the clause', 'the parcel was packed by quellin marrowby, thanks a lot', ['quellin marrowby']],
    ['a pair after `by` ending the text', 'my refund was approved yesterday by tavorne quillsby', ['tavorne quillsby']],
    ['a surname after a driver and given name', 'driver tavorne quillsby, thank you for the ride', ['tavorne quillsby']],
    ['a surname after a driver and given name before a verb', 'driver tavorne quillsby took me to the station.', ['tavorne quillsby']],
    ['a pair after `is` ending the clause', 'hello, this is quellin marrowby, my order is late', ['quellin marrowby']],
    ['a turn that is only the name', 'agent: may i have your name please?\ncustomer: quellin marrowby\nagent: thank you, one moment.', ['quellin marrowby']],
  ])('is a name (%s): %s', (_, text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    ['an everyday word as a label', 'note: hello world is printed by the program'],
    ['a possessor English uses', "the shop's advice was useless and slow"],
    ['a brand possessor', "uzum's help desk never answers my calls"],
    ['one unknown word after `by`', 'the parcel was sent by quellinex, thanks a lot'],
    ['a pair after `by` going on', 'it was made by quellin marrowby machines in the factory'],
    ['a pair after `is` going on', 'the problem is quellin marrowby stuff that never works'],
    ['a turn of English words', 'agent: may i have your order number?\ncustomer: sorry, second please\nagent: thank you.'],
    ['a turn of one English word and an unknown one', 'agent: how can i help you today?\ncustomer: refund quellinex\nagent: one moment.'],
    ['English words SCOWL holds after `by`', 'it was sent by management department, thanks'],
  ])('masks nothing (%s): %s', (_, text) => {
    expect(names(text)).toEqual([]);
  });
});
