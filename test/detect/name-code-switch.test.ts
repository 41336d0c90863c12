import { describe, expect, it } from 'vitest';
import { names } from '../helpers/names.js';

// Code-switched chat: greetings and thanks typed in the other script or in chat spelling, and a name written in a
// script other than the greeting's. Invented or unlisted names only (`ilnara`, `zarema`, `Резеда`), so only the
// cue and the lexicons can find them.
describe('greetings and thanks in chat spelling or in the other script cue the name after them', () => {
  it.each([
    ['Latin-script Russian thanks before a Latin name', 'spasibo zarema kurer opozdal', ['zarema']],
    ['misspelt Latin-script thanks', 'spasiba nafosat vse prishlo', ['nafosat']],
    ['Latin-script Russian thanks with an intensifier', 'spasibo bolshoe ilnara vy luchshie', ['ilnara']],
    ['chat shorthand before a capitalised Cyrillic name', 'sps Ильнара vse ok', ['Ильнара']],
    ['English shorthand before a Cyrillic name', 'thx Резеда got it', ['Резеда']],
    ['English shorthand tnx', 'tnx Фануза bro', ['Фануза']],
    ['a Kazakh greeting in Latin letters', 'salem Лейсан kak dela', ['Лейсан']],
    ['a Latin-script Russian greeting', 'privet gulzifa kak tam zakaz', ['gulzifa']],
    ['a formal greeting in Latin letters', 'zdravstvuyte Лейсан u menya vopros', ['Лейсан']],
    ['a clipped Russian thanks', 'пасиб asliddin все норм', ['asliddin']],
    ['a Kazakh thanks before a Latin name', 'рахмет ilnara тапсырыс келді', ['ilnara']],
    ['Russian thanks before a Latin name', 'спс zarema все пришло', ['zarema']],
    ['a Russian greeting before a Latin name', 'здравствуйте intizor у меня вопрос по заказу', ['intizor']],
    ['a two-word Russian greeting before a Latin name', 'добрый день ilsiyar подскажите пожалуйста', ['ilsiyar']],
    ['Russian thanks with an intensifier before a Latin name', 'спасибо большое shirinbika вы лучшая', ['shirinbika']],
    ['Russian thanks mid-message', 'все норм привезли целым спасибо ilnara и удачи', ['ilnara']],
    // Lists key words by a script-free skeleton: the Latin cue `sposibo` must not hide the Cyrillic typo `спосибо`.
    ['a Cyrillic typo whose skeleton is a Latin cue', 'спосибо хумора', ['хумора']],
    ['a clipped Cyrillic thanks', 'спасиб зарема', ['зарема']],
  ])('%s: %j', (_kind, text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    ['Latin-script Russian words after thanks', 'spasibo vsem'],
    ['thanks for the help', 'spasibo za pomosh'],
    ['a greeting before a question', 'privet kak dela'],
    ['a greeting before the team', 'privet rebyata'],
    ['a greeting before a request', 'zdravstvuyte podskajite pojaluysta'],
    ['Latin-script Russian with a dropped soft sign', 'spasibo kurer'],
    ['Latin-script Russian adjective', 'spasibo horoshego dnya'],
    ['thanks in advance', 'spasibo zaranee'],
    ['English after Russian thanks', 'спасибо team'],
    ['English slang after Russian thanks', 'спасибо bro'],
    ['English service word after a greeting', 'привет support'],
    ['a brand after Russian thanks', 'спасибо yandex'],
    ['an Uzbek word after Russian thanks', 'спасибо yordam uchun'],
    ['an Uzbek verb phrase after Russian thanks', 'спасибо zakaz keldi'],
    ['an Uzbek possessive after a greeting', 'привет buyurtmam qani'],
    ['a loanword after Russian thanks', 'спасибо promokod'],
    ['a city after Latin-script thanks', 'spasibo kazan'],
    ['a Kazakh word after thanks', 'rahmet barine'],
    ['chat shorthand before slang', 'sps bratishka'],
    // helper-51's person verbs in chat spelling (ru-unlisted.ts personVerbReading).
    ['a misspelt verb after a service role', 'курьер памог донести до двери'],
    ['a misspelt promise after a manager', 'новый менеджер абещал скидку'],
  ])('%s: %j', (_kind, text) => {
    expect(names(text)).toEqual([]);
  });
});

describe('Russian typed in Latin letters: requests, reports, self-introductions and service roles cue the name', () => {
  it.each([
    ['a request to pass on', 'peredayte tamirlan chtoby perezvonil', ['tamirlan']],
    ['served by', 'menya obsluzhivala gulzifa ochen vezhlivo', ['gulzifa']],
    ['talked with', 'ya govorila s intizor vchera', ['intizor']],
    ['a request to tell', 'skazhite ansar pust perezvonit', ['ansar']],
    ['a self-introduction', 'menya zovut Зарема ya operator', ['Зарема']],
    ['a self-introduction in reverse order', 'zovut menya alfiya operator', ['alfiya']],
    ['this is, opening the message', 'eto nafosat iz podderzhki', ['nafosat']],
    ['a Russian-only courier spelling before a Russian verb', 'kurer asliddin privez bystro', ['asliddin']],
    ['a Russian dative of a role in Latin letters', 'blagodarnost operatoru shirinbika za pomoshch', ['shirinbika']],
    ['a Cyrillic role before a Latin name and a Russian word', 'оператор zarema очень помогла', ['zarema']],
    ['a manager spelt in Latin letters', 'menedzher ilsiyar ne otvechaet uzhe tri dnya', ['ilsiyar']],
  ])('%s: %j', (_kind, text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    ['an Uzbek adjective after a Cyrillic role', 'оператор xushmuomala edi'],
    ['an Uzbek noun after a Cyrillic role', 'оператор javob bermadi'],
    ['a Russian adverb after a role', 'курьер bystro privez'],
    ['a Russian verb after a role', 'kurer priehal vovremya'],
    ['Russian praise after a role', 'оператор ochen vezhlivaya'],
    ['a brand after a role', 'kurer glovo opozdal'],
    ['an English word after a role', 'оператор support ответил'],
    ['a Russian word after a request', 'peredayte pojaluysta chto zhdu'],
    ['a Russian word after this is', 'eto uzhas kakoy-to'],
    ['a Russian word after talked with', 'ya govorila s podderzhkoy'],
  ])('%s: %j', (_kind, text) => {
    expect(names(text)).toEqual([]);
  });
});
