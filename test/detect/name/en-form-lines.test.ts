import { describe, expect, it } from 'vitest';
import { names } from '../../helpers/names.js';

// Invented names (`tobiah r. quennell`, `Quennelly`) on no list.
describe('English forms and address blocks', () => {
  it.each([
    ['a lower-case name line padded after the label', 'name:      tobiah r. quennell\nphone:     none', ['tobiah r. quennell']],
    ['a lower-case name line without padding', 'name: jorunn v. vestergaard\naddress: 12 elm st', ['jorunn v. vestergaard']],
    ['a former member of a band', 'The single by ex-Beatle Quennelly sold well that year.', ['Quennelly']],
  ])('%s: %j', (_kind, text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    ['a name line that says no name was given', 'Name: not given\nAddress: 12 Elm St'],
    ['a former member with a lower-case role after it', 'He is an ex-Google engineer now.'],
    ['a US Navy ship in a military address', 'Please send the parcel to USNS Vincent\nFPO AE 09123'],
    ['a Coast Guard cutter in a military address', 'Ship it to USCGC Hamilton, FPO AP 96601 please'],
  ])('%s: %j has no name', (_kind, text) => {
    expect(names(text)).toEqual([]);
  });
});

describe('the first line of an English contact block', () => {
  it.each([
    ['an unknown given name before a listed one', 'Torvin Allan\nSenior plumber\nBrightwave Ltd\n12 Kings Road, Leeds', ['Torvin Allan']],
    ['after bullet marks', '??? Wendelin Gábor\n??? Overture Ltd\n??? 12 Main St', ['Wendelin Gábor']],
  ])('%s: %j', (_kind, text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});

describe('the speakers of a script\'s quoted lines', () => {
  it.each([
    ['an unknown speaker beside a listed one', 'Torvin: "Who are you?"\nMarla:"I am his sister".', ['Torvin', 'Marla']],
    ['an unknown speaker with an accented letter', 'Szilvány: "Where were you?"\nMarla: "At home".', ['Szilvány', 'Marla']],
  ])('%s: %j', (_kind, text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    ['role labels', 'User: "hello"\nAgent: "hi, how can I help?"'],
    ['question and answer labels', 'Question: "Who are you?"\nAnswer: "A friend".'],
    ['one quoted line only', 'Torvin: "Who are you?"'],
  ])('%s: %j has no name', (_kind, text) => {
    expect(names(text)).toEqual([]);
  });
});
