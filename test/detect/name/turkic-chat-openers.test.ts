// Turkic chat openers the lists miss: a name before `ага` or big thanks (turkic-thanks.ts), a Kyrgyz deed in text
// typed without Kyrgyz letters (scan.ts → turkic-person-acts.ts), the name endings -zoda, -begim and -бике that end like a
// locative, "my" or a dative (chat.ts bareTurkicName), the endearing -jon/-xon/-жан on a listed everyday-word name
// (analyze.ts), and "are you …?" after the name (chat-addressed.ts).

import { describe, expect, it } from 'vitest';
import { names } from '../../helpers/names.js';

describe('a name opening the message before an elder honorific and thanks', () => {
  it.each([
    ['Kyrgyz, plain Cyrillic', 'тилекмат ага рахмат', ['тилекмат']],
    ['Kyrgyz, name-shaped', 'эркинбек ага рахмат', ['эркинбек']],
    ['Kazakh thanks', 'нұрсая ага рақмет', ['нұрсая']],
  ])('is the name (%s): %s', (_, text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    ['"ok yeah thanks"', 'ок ага рахмат'],
    ['"understood yeah thanks"', 'понял ага рахмат'],
    ['"fine yeah thanks"', 'хорошо ага рахмат'],
    ['"I understood" in Kyrgyz', 'тушундум ага рахмат'],
    ['"agreed" in Kyrgyz', 'макул ага рахмат'],
    ['"super"', 'супер ага рахмат'],
  ])('is no name (%s): %s', (_, text) => {
    expect(names(text)).toEqual([]);
  });
});

describe('a Kyrgyz deed in lower-case text typed without Kyrgyz letters', () => {
  it.each([
    ['called me', 'эркинбек мага чалды, номерим +996 555 12 34 56', ['эркинбек']],
    ['called me, short', 'тилекмат мага чалды', ['тилекмат']],
    ['called me, name in -ай', 'чолпонай мага чалды', ['чолпонай']],
  ])('finds the opener (%s): %s', (_, text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    ['Russian chat with a Kyrgyz word', 'курьер мага чалды, номерим +996 555 12 34 56'],
    ['an everyday opener', 'вчера мага чалды, номерим +996 555 12 34 56'],
    ['an operator', 'оператор мага чалды'],
  ])('finds nobody (%s): %s', (_, text) => {
    expect(names(text)).toEqual([]);
  });
});

describe('a given-name ending that ends like a locative or "my"', () => {
  it.each([
    ['-zoda before a deed', 'shahrizoda juda yaxshi tushuntirdi', ['shahrizoda']],
    ['-zoda before an answer', 'nurizoda tez javob berdi', ['nurizoda']],
    ['-begim with the dative apart', 'oftobbegim ga rahmat', ['oftobbegim']],
    ['-begim after a phone number', 'call me: +998 90 123 45 67 oftobbegim', ['oftobbegim']],
    ['-begim before "and"', 'oftobbegim va aziz yordam berishdi', ['oftobbegim', 'aziz']],
    ['-бике before a deed', 'айбике баарын жакшы түшүндүрдү', ['айбике']],
    ['-бике after thanks', 'рахмет 🌹 айбике тез жеткізді', ['айбике']],
  ])('is a name (%s): %s', (_, text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    ['a locative', 'bozorda juda yaxshi tushuntirdi'],
    ['a locative, Latin', 'ofisda tez javob berdi'],
    ['a dative', 'операторго тез жооп берди'],
  ])('is no name (%s): %s', (_, text) => {
    expect(names(text)).toEqual([]);
  });
});

describe('the endearing -jon/-xon/-жан on a listed name that is also a word', () => {
  it.each([
    ['-xon before a deed', 'ozodaxon juda yaxshi tushuntirdi', ['ozodaxon']],
    ['-xon before a deed, late', 'ozodaxon tez javob berdi', ['ozodaxon']],
    ['-жон in Russian chat', 'а каримжон сказал что привезет', ['каримжон']],
  ])('is a name (%s): %s', (_, text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    ['"freedom" alone', 'ozoda havo, rahmat'],
    ['a listed word without the suffix', 'а карим сказал что привезет'],
  ])('leaves the bare word alone (%s): %s', (_, text) => {
    expect(names(text)).toEqual([]);
  });
});

describe('a name opening the message before big thanks (turkic-thanks.ts)', () => {
  it.each([
    ['Uzbek', 'qunduzoy katta rahmat', ['qunduzoy']],
    ['Uzbek, unshaped', 'oybarchin katta rahmat', ['oybarchin']],
    ['Kyrgyz', 'бурулай чоң рахмат', ['бурулай']],
  ])('is the name (%s): %s', (_, text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    ['"to everyone"', 'hammaga katta rahmat'],
    ['"to you"', 'sizlarga katta rahmat'],
    ['a role', 'kuryer katta rahmat'],
    ['"I understood"', 'tushundim katta rahmat'],
    ['an exclamation', 'ойбай үлкен рақмет'],
    ['"agreed"', 'жарайды үлкен рақмет'],
  ])('is no name (%s): %s', (_, text) => {
    expect(names(text)).toEqual([]);
  });
});

describe('a name opening the message before "are you …?" (chat-addressed.ts)', () => {
  it.each([
    ['Uzbek Latin', 'muxlisa yaxshimisiz', ['muxlisa']],
    ['Uzbek Latin, unshaped', 'oybarchin yaxshimisiz', ['oybarchin']],
  ])('is the name (%s): %s', (_, text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    ['after a greeting', 'ассалому алайкум яхшимисиз'],
    ['after "hello"', 'salom yaxshimisiz'],
    ['"everyone"', 'hammangiz yaxshimisiz'],
  ])('is no name (%s): %s', (_, text) => {
    expect(names(text)).toEqual([]);
  });
});
