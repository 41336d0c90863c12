import { describe, expect, it } from 'vitest';
import { names } from '../helpers/names.js';

// Invented names on none of the lists (`зорвас`, `брениса`, `zorvath`, `quindley`), so only the cue can find them.
describe('chat closings, operator openings and talking with a person, as cue phrases', () => {
  it.each([
    ['a closing before the writer', 'с уважением, брениса', ['брениса']],
    ['an Uzbek closing', 'hurmat bilan, zorvath', ['zorvath']],
    ['an English closing', 'kind regards, quindley', ['quindley']],
    ['an operator opening', 'на связи брениса, чем могу помочь?', ['брениса']],
    ['the operator greeting the customer', 'вас приветствует зорвас, слушаю вас', ['зорвас']],
    ['an operator speaking', 'с вами говорит брениса, чем могу помочь', ['брениса']],
    ['a person whose name is recalled', 'оператора звали брениса, она все решила', ['брениса']],
    ['talking with a person', 'вчера общалась с брениса по телефону', ['брениса']],
  ])('%s: %j', (_kind, text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    ['a closing before the team', 'с уважением, команда поддержки'],
    ['an English closing before the team', 'kind regards, support team'],
    ['an operator opening before an everyday word', 'на связи круглосуточно, пишите'],
    ['a robot speaking', 'с вами говорит робот, выберите пункт меню'],
    ['called home, not named', 'его звали домой а он не пошел'],
    ['talking with everyday words', 'связался с поддержкой никто не ответил'],
    ['cheers before an everyday word', 'cheers mate that was quick'],
  ])('%s: %j', (_kind, text) => {
    expect(names(text)).toEqual([]);
  });
});

describe('self-introductions opening a chat message cue a lower-case name', () => {
  it.each([
    ['это after a greeting', 'привет это брениса заказ не пришел', ['брениса']],
    ['я opening the message', 'я зорвас, звонил вчера по заказу', ['зорвас']],
    ['im after an English greeting', 'hi im zorvath my order never came', ['zorvath']],
    ['мен after a Kazakh greeting', 'сәлем мен брениса тапсырыс туралы', ['брениса']],
  ])('%s: %j', (_kind, text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    ['an everyday word after это', 'привет это снова я по заказу'],
    ['a verb after я', 'здравствуйте я хотела узнать статус заказа'],
    ['an English adjective', 'this is ridiculous nobody answers'],
    ['an English adverb the word list lacks', "I'm originally from Norway"],
    ['an inflected verb after im', 'hi im waiting for my parcel'],
    ['a self-introduction in the middle of a sentence', 'заказ пришел но это брениса какая-то'],
  ])('%s: %j', (_kind, text) => {
    expect(names(text)).toEqual([]);
  });
});

describe('the last word of a greeting phrase is part of the greeting', () => {
  it.each([
    ['добрый день alone (день ~ Дэн by skeleton)', 'добрый день, подскажите статус заказа', []],
    ['қайырлы таң alone (таң ~ Таня by skeleton)', 'қайырлы таң, тапсырысым қайда', []],
    ['the name after добрый день stays, without день', 'добрый день эльвира заказ так и не пришел', ['эльвира']],
    ['a capitalised greeting and name', 'Добрый день, Эльвира!', ['Эльвира']],
  ])('%s: %j', (_kind, text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});

describe('a greeting, thanks or self-introduction misspelt by one typo still cues the name', () => {
  it.each([
    ['a doubled letter in thanks', 'спассибо брениса за помощь', ['брениса']],
    ['a dropped letter in a greeting', 'здраствуйте брениса мне нужна помощь', ['брениса']],
    ['a dropped letter in an Uzbek self-introduction', 'imim zorvath, buyurtma haqida', ['zorvath']],
    ['a doubled letter in a Russian self-introduction', 'меня зовуут брениса', ['брениса']],
  ])('%s: %j', (_kind, text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    ['a real word one edit from a greeting', 'привез курьер заказ вовремя'],
    ['another ending, not a typo (тегін beside тегім)', 'ол жерде тегін жатқан шымтезек бар'],
    ['another ending, not a typo (есімін beside есімім)', 'бала есімін елордаға беруді қолдап отыр'],
  ])('%s: %j', (_kind, text) => {
    expect(names(text)).toEqual([]);
  });
});

describe('lower-case English chat: a word English would not use, where chat names a person', () => {
  it.each([
    ['asking for a person at the start of a message', 'is zorvath there today i need help', ['zorvath']],
    ['with a surname', 'please ask zorvath quindley to call me back', ['zorvath quindley']],
    ['before a verb a person does', 'my parcel never came and zorvath said it was sent', ['zorvath']],
    ['where is', 'where is zorvath, he promised a refund', ['zorvath']],
  ])('%s: %j', (_kind, text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    ['an everyday word after a message-opening is', 'is delivery free for my order'],
    ['an everyday word after ask', 'please ask support to call me back'],
    ['an adjective the word list lacks after this is', 'this is ridiculous nobody answers me'],
    ['an Uzbek Latin message is not English', 'salom buyurtmam qachon keladi kuryer telefon qilmadi'],
  ])('%s: %j', (_kind, text) => {
    expect(names(text)).toEqual([]);
  });
});

describe('a lower-case Kazakh or Kyrgyz chat message opening with an everyday or inflected word names nobody', () => {
  it.each([
    ['a locative-attributive adjective', 'дүкөндөгү сатуучу жардам берди'],
    ['a misspelt Russian loanword', 'телеофн рақамим жоқ екен білмеймін'],
    ['a word before a number', 'буюрма #221380 келмеди ертең келеді'],
    ['a genitive', 'сіздің тапсырыс келмеді бірақ ақша төледім'],
    ['a first-person verb', 'барамын тапсырыс келмеді бірақ ақша төледім'],
    ['an everyday word on the list', 'жаман тапсырыс келмеді бірақ ақша төледім'],
    ['a Russian lower-case message', 'заказ пришел но курьер опоздал'],
  ])('%s: %j', (_kind, text) => {
    expect(names(text)).toEqual([]);
  });
});

describe('a lower-case name before an honorific with a case ending', () => {
  it.each([
    ['a listed Uzbek name before akaga', 'oybek akaga rahmat katta', ['oybek']],
    ['an unlisted name before akaga', 'zorvath akaga rahmat katta', ['zorvath']],
    ['a Kazakh name before апайға, without the honorific', 'мейіргүл апайға үлкен рахмет', ['мейіргүл']],
  ])('%s: %j', (_kind, text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    ['an honorific with an ending is no name itself', 'апайға үлкен рахмет бәрі жақсы'],
    ['an Uzbek pronoun before akaga', 'men akaga aytdim ertaga keladi'],
  ])('%s: %j', (_kind, text) => {
    expect(names(text)).toEqual([]);
  });
});

describe('a lower-case chat message signed after a dash', () => {
  it.each([
    ['an English signature', 'thanks for nothing - zorvath', ['zorvath']],
    ['an Uzbek signature', 'rahmat hammasi yaxshi — zorvath', ['zorvath']],
    ['a Russian signature', 'заказ так и не пришел — брениса', ['брениса']],
  ])('%s: %j', (_kind, text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    ['an everyday word after the dash', 'заказ пришел вовремя — спасибо'],
    ['a team after the dash', 'всё решили быстро - поддержка'],
    ['a copula dash in prose', 'Соның бірі — мектеп туризмі.'],
    ['a number range', 'доставка займет 2-3 дня'],
  ])('%s: %j', (_kind, text) => {
    expect(names(text)).toEqual([]);
  });
});
