// Lower-case given names in the frames English posts keep for people (en-lower-frames.ts): the object of a verb done
// to a person, an opener said to (`you` as subject, or a question word and `you`), `my friend X`, `X and i`, a
// retweeted account, a full name joined by `and` to a found one; and the hard negatives beside them (a verb before
// `you`, an auxiliary on the name lists, a thing after the verb, text that is not English). Sentences written for
// pii-gate, names invented or common.

import { describe, expect, it } from 'vitest';
import { names } from '../../helpers/names.js';

const people: [frame: string, text: string, expected: string[]][] = [
  ['the object of `invite`', 'We really need to invite gunnar to the party next time', ['gunnar']],
  ['the object of `trained`, in a capitalised post', 'My old coach trained dmitri for years and it shows', ['dmitri']],
  ['after `especially`, before an everyday word', 'Loved the whole cast, especially brigitte honestly', ['brigitte']],
  ['after `not`, ending the clause, in a capitalised post', 'The best player was Marcelo, not ronan.', ['Marcelo', 'ronan']],
  ['after thanks and `to`', 'Please pass my thanks to lola when you see her', ['lola']],
  ['the object of `help`, in a capitalised post', 'Can someone help brigitte with her homework?', ['brigitte']],
  ['an everyday-word given name opening, said to with `you` as subject', 'sterling you went way too far with this one', ['sterling']],
  ['an everyday-word given name opening a question put to them', 'tanner why do you always upload so late', ['tanner']],
  ['an everyday-word given name after an interjection opening the post, before a request', 'yea tanner do another one of these', ['tanner']],
  ['an everyday-word given name opening the post before `please`', 'mason please make more of these', ['mason']],
  ['an everyday-word given name after `my friend`, before `and i`', 'my friend grace and i went to the show last night', ['grace']],
  ['an everyday-word given name before `and i`', 'Yesterday mason and i finally finished the build', ['mason']],
  ['an everyday-word given name mourned, ending the clause', 'rip tanner, you will be missed by all of us', ['tanner']],
  ['an everyday-word given name after `love you`, ending the clause', 'we love you grace. never change', ['grace']],
  ['an everyday-word given name after `me and`, before a verb', 'me and grace went to the mall after school', ['grace']],
  ['an everyday-word given name after `my boy`, before a verb', 'my boy tanner is the best at this game', ['tanner']],
  ['a retweeted account before a colon', 'RT corvella: this is the best video of the year', ['corvella']],
  ['an everyday-word given name after `help`, before a bare verb', 'can someone help mason squeeze his glove on', ['mason']],
  ['an everyday-word given name after `watching`, before a bare verb', 'we were watching tanner win the whole tournament', ['tanner']],
  ['an everyday-word given name after `let`, before a bare verb', 'you should let grace finish her song next time', ['grace']],
  ['an everyday-word given name after `made`, before a bare verb', 'that ending made mason cry in the theater', ['mason']],
  ['an unlisted word after `fighting`, before an apposition', 'try fighting zorvek the fake monk, he kicked me twice', ['zorvek']],
  ['an unlisted word after `married`', 'she married qelwyn last year and they moved away', ['qelwyn']],
  ['an everyday-word given name after a relayed `that`, before `called`', 'please tell him that grace called back this morning', ['grace']],
  ['an everyday-word given name after `let him know that`, before `said`', 'can you let him know that mark said hi', ['mark']],
  ['an everyday-word given name after a relayed `that`, before a slip of `called`', 'tell oswin that jack caled about the order', ['oswin', 'jack']],
  ['a full name joined by `and` to a found lower-case name', 'i spoke with olga petrova and jack parker, the issue is solved', ['olga petrova', 'jack parker']],
];

const notPeople: [what: string, text: string, expected: string[]][] = [
  ['a verb before `you` opening the post', 'hope you are all doing well this week', []],
  ['an auxiliary on the name lists opening a question', 'will you ever make another video like this', []],
  ['an everyday-word given name after a verb done to a person', 'they will beat will in the final for sure', []],
  ['a listed given name after the verb, before a thing noun', 'we went to visit jordan store on the weekend', []],
  ['an everyday word after `my friend` before a noun', 'my friend rose garden is blooming so nicely this year', []],
  ['an everyday word after an article, before `and i`', 'the grace and i are not on speaking terms lol', []],
  ['an auxiliary on the name lists after an interjection, before `do`', 'ok will do, thanks for the tip', []],
  ['an everyday word after `not`', 'Honestly this ring is not jade.', []],
  ['an everyday word after thanks and `to`', 'We got there all thanks to patience and hard work', []],
  ['an auxiliary after `me and`', 'me and will power do not get along at all', []],
  ['an everyday word after `go`, the clause going on', 'we should go grace the stage with our presence', []],
  ['an everyday word after `watch`, before a noun', 'we sat there to watch rose petals fall all day', []],
  ['an auxiliary on the name lists after `let`', 'you have to let will go sometimes in this game', []],
  ['an everyday-word given name after `help`, before a thing noun', 'please help mason jar collectors find this shop', []],
  ['an unlisted word after `fighting`, before a plural', 'i hate fighting zorvek bosses in the new game', []],
  ['an unlisted word after a verb that takes things too', 'we finally beat zorvekcraft on the hardest level', []],
  ['a chat word after `kissed`', 'whats the song called when he gets kissed lmao', []],
  ['an everyday word after a relayed `that`, before `is`', 'tell them that rose is blooming in the garden now', []],
  ['an everyday word after a relayed `that`, before `was`', 'i told you that bill was due last week', []],
  ['an auxiliary on the name lists after a relayed `that`', 'tell him that will called for nothing', []],
  ['`RT` without a colon after the word', 'rt this if you love the new album so much', []],
  ['a place word after `and` beside a found name', 'i spoke with olga petrova and the hill team, all sorted', ['olga petrova']],
];

describe('lower-case given names in the frames English posts keep for people', () => {
  it.each(people)('masks %s: %s', (_frame, text, expected) => {
    expect(names(text)).toEqual(expected);
  });
  it.each(notPeople)('leaves %s unmasked: %s', (_what, text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});
