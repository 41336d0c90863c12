// A listed place in a case form (`Samarqandga`, `Алматыдан`, `Бишкекке`, `Москвы`): where someone goes, comes from
// or lives. After a given name in its base form it is not that person's surname (`Jasur Samarqandga ketdi`,
// `Айгүл Алматыдан келді`, `Иван Москвы не видел`), while a bare place can be (`Джек Лондон`), and in `книга Джека
// Лондона` both words agree, so words.ts asks only when the given name has no ending.

// Uzbek, Kazakh and Kyrgyz case endings (dative, locative, ablative, genitive, accusative, limitative), both
// scripts, with the vowel- and voicing-harmony variants.
const turkicCaseEndings = new Set([
  'ga', 'ka', 'qa', 'da', 'ta', 'dan', 'tan', 'ning', 'ni', 'gacha', 'dagi',
  'га', 'ка', 'қа', 'ға', 'ге', 'ке', 'го', 'гө', 'ко', 'кө', 'да', 'та', 'де', 'те', 'до', 'дө', 'то', 'тө',
  'дан', 'тан', 'ден', 'тен', 'дон', 'дөн', 'тон', 'төн', 'нан', 'нен', 'нинг', 'нің', 'ның', 'нын', 'нин', 'нун',
  'нүн', 'дын', 'дин', 'дун', 'дүн', 'тын', 'тин', 'тун', 'түн', 'ни', 'ны', 'ні', 'гача', 'дағы', 'дегі', 'даги',
]);

// Russian oblique endings of places in -а/-я (`Москвы`, `Москве`, `Москву`, `Москвой`).
const russianFeminineEndings = ['ы', 'и', 'е', 'у', 'ю', 'ой', 'ей'];
// Russian oblique endings of places with a bare stem (`Ташкента`, `Ташкенте`, `Ташкентом`).
const russianStemEndings = ['а', 'у', 'е', 'ом'];

/** Whether `word` (folded) is a place of `places` plus a case ending, and not itself a listed place. */
export function placeCaseForm(word: string, places: ReadonlySet<string>): boolean {
  if (places.has(word)) return false;
  const cyrillic = word.charCodeAt(0) >= 0x400;
  for (let length = 1; length <= 4 && word.length - length >= 3; length++) {
    const stem = word.slice(0, word.length - length);
    const ending = word.slice(word.length - length);
    if (places.has(stem) && (turkicCaseEndings.has(ending) || (cyrillic && russianStemEndings.includes(ending)))) return true;
    if (cyrillic && russianFeminineEndings.includes(ending) && (places.has(stem + 'а') || places.has(stem + 'я'))) return true;
  }
  return false;
}
