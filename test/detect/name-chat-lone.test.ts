import { describe, expect, it } from 'vitest';
import { names } from '../helpers/names.js';

// Invented names on none of the lists (`брениса`, `зорвас`, `zorvath`, `гулбарчин`) and listed ones (`зарина`,
// `ульяна`) where the test is about a listed name, so only the chat structure can find them.
describe('a word alone on its line or as the whole message is the person called', () => {
  it.each([
    ['a listed name as the whole message, asked', 'зарина?', ['зарина']],
    ['a listed Latin name as the whole message, shouted', 'zarina!!', ['zarina']],
    ['an unlisted name as the whole message, asked', 'брениса?', ['брениса']],
    ['an unlisted Latin name, shouted', 'gulbarchin!!!', ['gulbarchin']],
    ['a name on its own line after a greeting line', 'добрый день\nбрениса\nподскажите по возврату', ['брениса']],
    ['a name on its own line after thanks', 'спасибо\nбрениса', ['брениса']],
    ['a name on its own line in Latin Russian chat', 'privet\nzorvath\nzakaz kogda budet', ['zorvath']],
    ['an asked name on its own line between messages', 'заказ пришел\nбрениса?\nответьте', ['брениса']],
    ['an @mention alone, asked', '@брениса?', ['брениса']],
  ])('%s: %j', (_kind, text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    ['an everyday word as the whole message', 'норм'],
    ['a Kazakh verb as the whole message', 'күтемін'],
    ['a loanword thanks as the whole message', 'данке'],
    ['a diminutive thanks as the whole message', 'благодарочка'],
    ['a listed name that is also an Uzbek word, alone without a mark', 'bera'],
    ['a question word alone', 'qachon?'],
    ['a place alone, asked', 'Chilonzor?'],
    ['a brand alone, shouted', 'Payme!!'],
    ['a shopping list, one word a line', 'Самса\nПлов\nЛагман'],
    ['greeting lines with everyday words', 'здравствуйте\nкогда\nбудет'],
    ['a lone everyday word after thanks', 'спасибо\nхорошо\nпока'],
    ['a lone Uzbek word after a greeting', 'salom\nqachon\nkeladi'],
    ['an everyday word after a redacted introduction, in Turkic text', 'жакшы\nМеня зовут [NAME],\nбыстрой\n[PHONE]\n'],
  ])('%s: %j', (_kind, text) => {
    expect(names(text)).toEqual([]);
  });
});

describe('emoji stand where punctuation would between a greeting and the name', () => {
  it.each([
    ['thanks, an emoji, an unlisted name', 'спасибо 🙏 брениса', ['брениса']],
    ['thanks, an emoji, a listed name', 'спасибо 🙏 ульяна', ['ульяна']],
    ['several emoji with a skin tone and a joiner', 'привет 👋🏽😊 зорвас как дела', ['зорвас']],
    ['a dingbat heart with its variation selector', 'thanks ❤️ zorvath', ['zorvath']],
    ['Uzbek thanks with an emoji', 'rahmat 😊 gulbarchin', ['gulbarchin']],
  ])('%s: %j', (_kind, text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    ['thanks, an emoji, an everyday word', 'спасибо 🙏 доставка быстрая'],
    ['a greeting, an emoji, a question', 'привет 👋 когда будет заказ'],
    ['Uzbek thanks, an emoji, an everyday word', 'rahmat 😊 hammasi zo\'r'],
  ])('%s: %j', (_kind, text) => {
    expect(names(text)).toEqual([]);
  });
});

describe('apologies before the person addressed', () => {
  it.each([
    ['a Russian apology', 'извините брениса я перепутал номер', ['брениса']],
    ['a Russian apology in Latin letters', 'izvinite zorvath ya oshiblas', ['zorvath']],
  ])('%s: %j', (_kind, text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    ['a Russian apology before its reason', 'извините за задержку'],
    ['a Russian apology before please', 'извините пожалуйста, заказ не пришел'],
    ['an English apology before its reason', 'sorry for the delay'],
    ['a Kazakh apology before its reason', 'кешіріңіз кешіккеніміз үшін'],
  ])('%s: %j', (_kind, text) => {
    expect(names(text)).toEqual([]);
  });
});
