import { describe, expect, it } from 'vitest';
import { names } from '../helpers/names.js';

// Given names on none of our lists (`ильсур`, `айназ`, `гулнафис`, `мээрбан`, `oysara`, `tavrin`): only the chat
// structure can find them. Negatives: everyday words, brands, places, slang and kin words opening the same messages.
describe('a lower-case word opening a chat message before words addressed to a person is that person', () => {
  it.each([
    ['before a question word', 'ильсур где мой заказ', ['ильсур']],
    ['before an imperative', 'алсу скиньте чек пожалуйста', ['алсу']],
    ['before вы', 'фанис вы обещали перезвонить', ['фанис']],
    ['before a second-person verb', 'гулихол можете перезвонить', ['гулихол']],
    ['before the speaker turning to the person', 'тынара мне нужна помощь', ['тынара']],
    ['opening the second line', 'здравствуйте\nайназ подскажите пожалуйста где курьер', ['айназ']],
    ['before an Uzbek question word, code-switched', 'ильсур zakaz qayerda', ['ильсур']],
    ['in Uzbek Latin, before a question word', 'mehriniso buyurtma qachon keladi', ['mehriniso']],
    ['in Uzbek Latin, before an imperative', 'gulnafis iltimos tekshirib bering', ['gulnafis']],
    ['in Uzbek Cyrillic, before an imperative', 'нафосат илтимос текшириб беринг', ['нафосат']],
    ['in Kazakh, before a polite imperative', 'айбота көмектесіңізші', ['айбота']],
    ['in Kyrgyz, before a question word', 'чолпонай эмне үчүн жооп бербейсиз', ['чолпонай']],
    ['in English, before please', 'akinyi please send the receipt', ['akinyi']],
    ['not the kinship word before a listed name', 'malume freddy where are you', ['freddy']],
  ])('%s: %j', (_kind, text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    ['an obscene interjection', 'пиздец вы где'],
    ['a role word', 'курьер где мой заказ'],
    ['an everyday word', 'посылка где моя'],
    ['a city', 'чиланзар вы доставляете'],
    ['a brand', 'uzum где мой заказ'],
    ['a food word', 'лагман вы забыли положить'],
    ['chat slang', 'кароче верните деньги'],
    ['an Uzbek discourse word', 'xullas pulni qaytaring'],
    ['an Uzbek noun', 'buyurtma qachon keladi'],
    ['a Kazakh noun with a possessive', 'тапсырысым қашан келеді'],
    ['an English word', 'guys can you check my refund'],
    ['a Kazakh word before the suffix "without", not "you"', 'экологиялық қауіпсіздікті қамтамасыз етуде'],
  ])('%s: %j', (_kind, text) => {
    expect(names(text)).toEqual([]);
  });
});

describe('a lower-case word opening a chat message before a deed only a person does is that person', () => {
  it.each([
    ['a Russian person verb after a Latin name', 'xilola ответила быстро', ['xilola']],
    ['an English person verb', 'akinyi told me to wait', ['akinyi']],
    ['an English given name and surname before a verb of telling', 'tavrin quellson called me yesterday', ['tavrin quellson']],
    ['a Kyrgyz past tense ending the clause', 'мээрбан чалды бирок жооп жок', ['мээрбан']],
    ['a Kyrgyz converb and auxiliary', 'жанылай унутуп калды', ['жанылай']],
    ['a Kazakh past tense', 'тынара жазды кеше', ['тынара']],
    ['an Uzbek past tense', 'oysara keldi lekin buyurtma yo\'q', ['oysara']],
  ])('%s: %j', (_kind, text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    ['a thing that came', 'посылка келди'],
    ['a kin word that came', 'апам келді'],
    ['a Kazakh food word', 'тамак муздак келди'],
    ['an attribute before an object in the accusative', 'ашық дебатты журналистер жүргізеді'],
    ['an ordinal before an object', 'төртінші пешті іске қосқанда'],
    ['an English firm', 'support called me yesterday'],
    ['an English pronoun', 'someone called me about the order'],
    ['two Uzbek words before a past tense', 'ovqat sovuq keldi'],
  ])('%s: %j', (_kind, text) => {
    expect(names(text)).toEqual([]);
  });
});
