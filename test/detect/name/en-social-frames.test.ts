// English social posts (en-social-frames.ts): a given name built on a prefix (`LeMarcus`), a word coordinated with
// `you`, `me` or `I`, and a possessive split from its word or typed without the apostrophe; and the brands, things
// and family words in the same frames that stay unmasked. Invented names and sentences, written for pii-gate.

import { describe, expect, it } from 'vitest';
import { names } from '../../helpers/names.js';

const people: [frame: string, text: string, expected: string[]][] = [
  ['a prefixed given name opening the post', 'LeMarcus is by far the best player on this team', ['LeMarcus']],
  ['a prefixed given name mid-sentence', 'I think DaQuavis played the best game of his life', ['DaQuavis']],
  ['a three-letter prefix', 'I think ShaTavia sang it better than anyone in the show', ['ShaTavia']],
  ['coordinated after `you and`', 'It was so nice meeting you and Quorvel at the show!', ['Quorvel']],
  ['coordinated before `and I`', 'Zarnik and I watched this like ten times', ['Zarnik']],
  ['coordinated after `me &`', 'me & Talvory are going to the next one for sure', ['Talvory']],
  ['a possessive split from its word', "lol sometimes Quilda ' s mother reminds me of my aunt", ['Quilda']],
  ['a possessive typed without the apostrophe', 'Damn Vorlens daughter is so talented', ['Vorlens']],
  ['an unknown word ending the clause after `fuck` (cues/name-english-address.txt)', 'Fuck Quorvane. Worst referee ever', ['Quorvane']],
  ['an unknown word ending the clause after `screw`', 'Screw Talvory. Worst referee ever', ['Talvory']],
  ['a lower-case listed given name after `by`, with its surname', 'Check out this cover, it was produced by paul hendry', ['paul hendry']],
  ['a lower-case listed given name after `by`, ending the sentence', 'Honestly the best remix was the one by martin.', ['martin']],
  ['the subject of a split negated question', "Did n ' t Quorvane have a different hat in the last video?", ['Quorvane']],
  ['the subject after `or does`', 'Is it just me or does Talvory look tired in this one', ['Talvory']],
  ['the subject after `how does`', 'How does Zarnik cook all of that in one day', ['Zarnik']],
  ['the subject after `why is`', 'Why is Quilda so impulsive?', ['Quilda']],
  ['a subject with one inner capital after `how does`', 'How does MaQuorin cook all of that in one day', ['MaQuorin']],
  ['a subject with one inner capital after `or does`', 'Is it just me or does MoQuarvin look tired in this one', ['MoQuarvin']],
];

const notPeople: [what: string, text: string][] = [
  ['a brand with an inner capital', 'My DeWalt drill is the best thing I bought this year'],
  ['a drink with an inner capital', 'I could drink LaCroix all day and still want more'],
  ['a family word after `you and`', 'you and Mom should try this recipe it is so good'],
  ['a brand after `me and`', 'Just me and Netflix on a rainy Sunday afternoon'],
  ['a plural of an everyday word before `videos`', 'Games videos are the best thing on this channel'],
  ['a weekday before a possessed noun', 'Tuesdays videos are always the best ones'],
  ['a split possessive after an article', "the Quilda ' s voice in the trailer is off"],
  ['a place after `you and`', 'you and London will always have a place in my heart'],
  ['an everyday word after `fuck`, in lower case', 'fuck homework, I am going out'],
  ['a month after `by`', 'It should be done by april at the latest'],
  ['a word after `by` that no list holds as a given name', 'We came back by helicopter and it was so loud'],
  ['a word asked about', 'What does Yeet mean in this song?'],
  ['a brand with an inner capital that works', 'How does GoQuorin work on this phone'],
  ['a brand with an inner capital, not asked of', 'I bought a MaQuorin blender yesterday'],
  ['a brand with a longer head before its inner capital', 'Why does PlayStation charge so much for this'],
  ['a thing that works', 'How does Bluetooth work on this phone'],
  ['an event that happened', 'How did Brexit happen so fast'],
  ['`was` opening a question about a film', 'Was Mortvale rly so bad? i thought it was ok'],
];

describe('a person named by a frame of English posts', () => {
  it.each(people)('is found (%s): %s', (_, text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});

describe('a word in the same frames that names no person', () => {
  it.each(notPeople)('masks nothing (%s): %s', (_, text) => {
    expect(names(text)).toEqual([]);
  });
});
