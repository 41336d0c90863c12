// EMAIL: written forms and look-alikes found by a held-out probe (what the dev corpus does not hold). Synthetic
// addresses on example.* domains. Not read, on purpose: a percent-encoded `%40` in links (a pass of its own over
// every text), `@username` handles (no domain: not an address).

import { describe, expect, it } from 'vitest';
import { detect } from '../../src/detect/index.js';

/** Reported e-mails (score ≥ 0.5, overlaps resolved), as the text they cover and their normalised form. */
function emailsIn(text: string): Array<{ text: string; normalized: string | undefined }> {
  return detect(text, { types: ['EMAIL'] }).map((span) => ({ text: text.slice(span.start, span.end), normalized: span.normalized }));
}

/** Every EMAIL candidate, reported or not, with its score. */
function scoredEmails(text: string): Array<{ text: string; score: number }> {
  return detect(text, { types: ['EMAIL'], threshold: 0 }).map((span) => ({ text: text.slice(span.start, span.end), score: span.score }));
}

describe('a real @ with the rest of the address disguised', () => {
  it.each([
    ['a spelled-out dot after it', 'почта: ali.valiyev@example dot com', 'ali.valiyev@example dot com', 'ali.valiyev@example.com'],
    ['a bracketed dot after it', 'ali@example[.]com', 'ali@example[.]com', 'ali@example.com'],
    ['the sign in brackets', 'yozing: ali[@]example.uz', 'ali[@]example.uz', 'ali@example.uz'],
    ['the sign in parentheses', 'ali(@)example.kz', 'ali(@)example.kz', 'ali@example.kz'],
    ['spaces around the sign and the dot, next to a cue word', 'почта: ali @ example . ru', 'ali @ example . ru', 'ali@example.ru'],
  ])('reads %s: %j', (_what, text, address, normalized) => {
    expect(emailsIn(text)).toEqual([{ text: address, normalized }]);
  });

  it.each([
    ['spaces around the sign and the dot, with no cue word', 'see you @ cafe . com'],
    ['a price with a spaced dot', '2 @ 100 . 50'],
  ])('keeps %s below the threshold: %j', (_what, text) => {
    expect(emailsIn(text)).toEqual([]);
  });
});

describe('phone-keyboard typos around the dot after a real @', () => {
  it.each([
    ['a comma for the dot', 'Pochtam ali@example,com', 'ali@example,com', 'ali@example.com'],
    ['a comma for the dot, Russian domain', 'почта ali@mail,ru', 'ali@mail,ru', 'ali@mail.ru'],
    ['a space after the dot, next to a cue word', 'pochta: ali@gmail. com', 'ali@gmail. com', 'ali@gmail.com'],
    ['a space before the dot, next to a cue word', 'e-mail: ali@gmail .com', 'ali@gmail .com', 'ali@gmail.com'],
  ])('reads %s: %j', (_what, text, address, normalized) => {
    expect(emailsIn(text)).toEqual([{ text: address, normalized }]);
  });

  it.each([
    ['a comma before a word that is no top-level domain', 'ali@home,then we left'],
    ['a sentence end after an @ with no cue word', 'I wrote to ali@home. Me too'],
    ['two plain addresses joined by a comma', 'ali@example.com,bob@example.org'],
  ])('does not read %s as one disguised address: %j', (_what, text) => {
    expect(emailsIn(text).filter((email) => email.text.includes(',') || email.text.includes('. '))).toEqual([]);
  });
});

describe('a spaced @ after a local part no sentence has', () => {
  it.each([
    ['a dot in the local part', 'ali.valiyev @example.com', 'ali.valiyev @example.com'],
    ['digits in the local part', 'ali1990 @ example.uz', 'ali1990 @ example.uz'],
  ])('reads %s: %j', (_what, text, address) => {
    expect(emailsIn(text).map((email) => email.text)).toEqual([address]);
  });

  it('keeps a plain word before a spaced @ below the threshold', () => {
    expect(emailsIn('dinner @ cafe.uz tonight')).toEqual([]);
  });
});

describe('dots spelled out in the local part', () => {
  it.each([
    ['English words', 'john dot smith at example dot com', 'john dot smith at example dot com', 'john.smith@example.com'],
    ['bracketed words', 'ali (dot) valiyev (at) example (dot) com', 'ali (dot) valiyev (at) example (dot) com', 'ali.valiyev@example.com'],
    ['Russian words', 'ivan точка petrov собака example точка ru', 'ivan точка petrov собака example точка ru', 'ivan.petrov@example.ru'],
  ])('reads the whole local part with %s: %j', (_what, text, address, normalized) => {
    expect(emailsIn(text)).toEqual([{ text: address, normalized }]);
  });
});

describe('Uzbek apostrophes inside a local part', () => {
  it.each([
    ['a turned comma', 'oʻktam@example.uz'],
    ['a right single quote', 'g’ulom@example.uz'],
    ['a backtick', 'o`ktam@example.uz'],
  ])('masks the whole address with %s: %j', (_what, address) => {
    expect(emailsIn(`Pochtam: ${address}`).map((email) => email.text)).toEqual([address]);
  });
});

describe('file names written with @', () => {
  it.each([
    ['a retina image', 'logo@2x.png'],
    ['a scaled sprite', 'sprite@1.5x.png'],
    ['a webp image', 'banner@3x.webp'],
    ['a document', 'report@final.pdf'],
  ])('leaves %s alone: %j', (_what, text) => {
    expect(emailsIn(`Файл ${text} не грузится`)).toEqual([]);
  });

  it('still reads an address whose domain only looks like a file name', () => {
    expect(emailsIn('ali@png.example.com').map((email) => email.text)).toEqual(['ali@png.example.com']);
  });
});

describe('a word of prose before a bare English "at"', () => {
  it.each([
    ['a pronoun and a verb', 'she is at work dot com these days'],
    ['a pronoun', 'I bought it at example dot uz yesterday'],
    ['a verb', 'I was looking at google dot com'],
  ])('keeps %s below the threshold, not dropped: %j', (_what, text) => {
    const candidates = scoredEmails(text);
    expect(candidates.length).toBe(1);
    expect(candidates[0]!.score).toBeLessThan(0.5);
  });

  it.each([
    ['a name', 'Ravshan at example dot com', 'Ravshan at example dot com'],
    ['a bracketed at after a prose word', 'it[at]example.com', 'it[at]example.com'],
  ])('still reads %s: %j', (_what, text, address) => {
    expect(emailsIn(text).map((email) => email.text)).toEqual([address]);
  });
});
