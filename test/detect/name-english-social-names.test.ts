// Names in English social posts (en-social-names.ts): surnames typed after a listed given name in any case, lower-case
// given names in a comparison, a pity or a coordination, names asked for or compared to, and names opening a post
// that is said to them or about a person; and the everyday posts around the same words that stay unmasked.

import { describe, expect, it } from 'vitest';
import { names } from '../helpers/names.js';

describe('the surname after a listed given name', () => {
  it.each([
    ['title case, on no list', 'I love Tobias Wexbridge so much, what a voice', ['Tobias Wexbridge']],
    ['lower case, on no list, before a function word', 'I will never vote for Theodora quennel if I can help it', ['Theodora quennel']],
    ['lower case, on no list, ending the post', 'she is a huge fan of tobias quennel', ['tobias quennel']],
    ['lower case, a listed surname that is an everyday word too', 'thank you fake rosalind walker', ['rosalind walker']],
  ])('joins the name (%s): %s', (_, text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    ['a lower-case word before an everyday word', 'Then Tobias pretty much took over the show', ['Tobias']],
    ['a capitalised everyday word', 'Lucinda Kill the lights now', ['Lucinda']],
    ['laughter', 'I love Tobias hahahahaha', ['Tobias']],
    ['a typo of a verb', 'the seller tobias helepd me choose', ['tobias']],
  ])('keeps the given name alone (%s): %s', (_, text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});

describe('a lower-case given name where posts name a person', () => {
  it.each([
    ['after poor', 'omg poor lucinda!!!! can you believe it', ['lucinda']],
    ['after than', 'this guy is way better than marisol and I said it', ['marisol']],
    ['after as, ending the clause', 'you are just as funny as oriana, good luck', ['oriana']],
    ['after to, ending the clause', 'Give all the credit for this to theodora!', ['theodora']],
    ['coordinated with a capitalised name', 'I watch you and Quinlan and rosalind every day', ['Quinlan', 'rosalind']],
  ])('is a person (%s): %s', (_, text, expected) => {
    expect(names(text).map((name) => name)).toEqual(expected);
  });

  it.each([
    ['in an e-mail address', 'The courier gave it to marisol.harris@mail.com yesterday'],
    ['after to, going on', 'I went to lucinda street to pick up the parcel'],
    ['no frame', 'The lucinda model is the best one of the lot'],
  ])('masks nothing (%s): %s', (_, text) => {
    expect(names(text)).toEqual([]);
  });
});

describe('a name asked for or compared to', () => {
  it.each([
    ["after a split where's", "Where ' s Zorvek?", ['Zorvek']],
    ['after where is, in lower case', 'where is qelwyn? I miss the old videos', ['qelwyn']],
    ['after looks like', 'He looks like Zorvek from that old show', ['Zorvek']],
    ['after sounds exactly like, in lower case', 'she sounds exactly like qelwyn.', ['qelwyn']],
  ])('is a person (%s): %s', (_, text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    ['a function word asked for', "Where ' s the remote?"],
    ['a possessive asked for', 'where is your receipt?'],
    ['an everyday word compared', 'He looks like rain is coming'],
    ['a word before a noun', 'you look like troll face in that video'],
  ])('masks nothing (%s): %s', (_, text) => {
    expect(names(text)).toEqual([]);
  });
});

describe('a name opening a post, said to or about a person', () => {
  it.each([
    ['an everyday-word name before I and your', 'Summer I love your channel so much', ['Summer']],
    ['an everyday-word name before you are', 'Summer you are amazing', ['Summer']],
    ['a listed given name before is and a person noun', 'Hunter is a good dude.', ['Hunter']],
    ['two words before a verb and his', 'Pj Wexbridge wants to shoot but with his release he cannot', ['Pj Wexbridge']],
    ['in lower case, before u', 'qelwyn u see now!!! next time you listen', ['qelwyn']],
  ])('is a person (%s): %s', (_, text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    ['a wish', 'Hope you are doing well today'],
    ['a blessing', 'Bless you for this video'],
    ['a question', 'Will you do a part two?'],
    ['chat slang', 'Lol you are so funny'],
  ])('masks nothing (%s): %s', (_, text) => {
    expect(names(text)).toEqual([]);
  });
});

describe('a word no list holds (SCOWL neither) opening a post, said of a person', () => {
  it.each([
    ['before a verb and his', 'Quorvane continues his run as the worst goalie ever', ['Quorvane']],
    ['before a verb and me', 'Zelvrin had me crying the whole time', ['Zelvrin']],
    ['before a verb and them', 'Talvory wants them out of the house', ['Talvory']],
    ['before my and a kin word', 'Skorvel my brother we will miss you', ['Skorvel']],
    ['before my and a person noun', 'Brevlan my guy never change', ['Brevlan']],
    ['before is so and praise of a person', 'Quilvane is so talented, love it', ['Quilvane']],
    ['before is such a and praise of a person', 'Dravlik is such a savage lol', ['Dravlik']],
    ['before you', 'Morvash you are the best', ['Morvash']],
  ])('is a person (%s): %s', (_, text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    ['a game that is two English words', 'Deadpool had me dying the whole film'],
    ['a game that is two English words, praised', 'Overwatch is so much better than this'],
    ['a game, praised as things are', 'Zorvcraft is so fun to play with friends'],
    ['a game, the best', 'Zorvcraft is the best game ever made'],
    ['a brand before my and a thing', 'Snapglow is my favourite app'],
    ['an everyday word before a verb and me', 'Proof that this made me laugh'],
    ['laughter before a pronoun', 'Hahahah had me on the floor'],
    ['a place before is a', 'Jamaica is a stupid idea for a trip'],
    ['an Uzbek greeting before my and a kin word', 'Yaxshimisiz my brother'],
    ['thanks in Uzbek before my and a kin word', 'Rahmat my brother!'],
  ])('masks nothing (%s): %s', (_, text) => {
    expect(names(text)).toEqual([]);
  });
});

describe('a capitalised word before a second-person word', () => {
  it.each([
    ['after a compliment', 'Nice vid Zorvek you can do a give away', ['Zorvek']],
    ['with a comma, your for you are', 'if you do not like Zorvek, your the minority', ['Zorvek']],
  ])('is said to a person (%s): %s', (_, text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    ['after a word of place', 'things in Zorvland you can buy cheap'],
    ['in capitals', 'It is from a band called BTS you should check them'],
  ])('masks nothing (%s): %s', (_, text) => {
    expect(names(text)).toEqual([]);
  });
});

describe('a capitalised word that he, she or his refers back to', () => {
  it.each([
    ['he, after but', 'I am no fan of Zorvek but he has worked hard for it', ['Zorvek']],
    ['his, an everyday-word name', 'Hats off to Hunter for his love of the game', ['Hunter']],
    ['she, after when', 'How does it work for Qelwyn when she is away?', ['Qelwyn']],
  ])('is a person (%s): %s', (_, text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    ['a wish opening the clause', 'No intent to hurt anyone. Hope she is okay.'],
    ['after an article', 'There is a Zorvmart poster on one of his walls'],
    ['another sentence', 'We tried Zorvmart. He said it was fine'],
  ])('masks nothing (%s): %s', (_, text) => {
    expect(names(text)).toEqual([]);
  });
});

describe('a name after praise of a person (cues/name-before.txt)', () => {
  it.each([
    ['props to', 'Props to Zorvek, great job', ['Zorvek']],
    ['hats off to', 'Hats off to Zorvek for the edit', ['Zorvek']],
    ['salute to, in lower case', 'salute to theodora quennel for this', ['theodora quennel']],
  ])('is a person (%s): %s', (_, text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    ['with respect to', 'with respect to Zorvek'],
    ['a salute to a group', 'A salute to the troops'],
  ])('masks nothing (%s): %s', (_, text) => {
    expect(names(text)).toEqual([]);
  });
});
