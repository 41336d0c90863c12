// After a service role, a Turkic adjective or predicate is no name (turkic-role-predicates.ts): Turkic drops the
// present copula, so `курьер сыпайы` is "the courier is polite"; a name after the role still counts.

import { describe, expect, it } from 'vitest';
import { names } from '../../helpers/names.js';

describe('an adjective or predicate after a service role', () => {
  it.each([
    ['Kazakh bare adjective ending the message', 'курьер сыпайы'],
    ['Kazakh bare adjective before a full stop', 'курьер сыпайы.'],
    ['Kazakh bare adjective before thanks', 'курьер сыпайы, рахмет'],
    ['Kazakh -ді on a word a name list holds', 'курьер мейірімді'],
    ['Kazakh -ды on a word a name list holds', 'курьер ақылды'],
    ['Kazakh -лы', 'оператор сабырлы'],
    ['Kazakh -сыз', 'оператор сабырсыз'],
    ['Kyrgyz bare adjective', 'курьер сылык'],
    ['Kyrgyz -туу', 'курьер сылыктуу'],
    ['a noun as the predicate', 'оператор кемпир'],
    ['an adjective before екен', 'курьер жаксы екен'],
    ['a degree word before the adjective', 'курьер аябай сылык'],
    ['a negative converb before the deed', 'курьер кешікпей келді'],
    ['Uzbek -li', 'курьер одобли'],
  ])('is no name (%s): %s', (_, text) => {
    expect(names(text)).toEqual([]);
  });
});

describe('a name after a service role', () => {
  it.each([
    ['an unlisted Kazakh name before a deed', 'курьер ақбөпе тапсырысты әкелді', ['ақбөпе']],
    ['a listed name ending the message', 'курьер айгерим', ['айгерим']],
    ['a listed name before a verb', 'курьер айгерим тез келді', ['айгерим']],
    ['a listed name in the accusative before a verb', 'менеджер азаматты мақтаймын', ['азаматты']],
    ['a listed name in the accusative, -ді, before a verb', 'курьер мейірімді көрдім', ['мейірімді']],
    ['a Kazakh patronymic in -ұлы', 'курьер ержанұлы', ['ержанұлы']],
    ['a Latin surname before a comma', 'agent haydarova, hi', ['haydarova']],
    ['a name before an adjective', 'курьер сағынтай сыпайы екен', ['сағынтай']],
    ['a speaker label', 'оператор жолон: рахмат', ['жолон']],
    ['a Russian unlisted name before a verb', 'курьер велимудр привез заказ', ['велимудр']],
  ])('stays a name (%s): %s', (_, text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});
