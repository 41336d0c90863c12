// Inflection for the corpus generator: Russian cases, Turkic case suffixes, feminine surnames, Uzbek Latin → Cyrillic.
// Good enough to produce the forms people write; the gold span always covers the whole inflected word.

export type Gender = 'm' | 'f';
export type RuCase = 'nom' | 'gen' | 'dat' | 'acc' | 'ins' | 'pre';
export type TurkicCase = 'nom' | 'gen' | 'dat' | 'acc' | 'loc' | 'abl';
export type Case = RuCase | TurkicCase;

const hushing = /[жшчщц]$/u;
const velarOrHushing = /[гкхжшчщ]$/u;

/** Stems that lose a vowel when declined (Павел → Павла). */
const fleetingStems: Record<string, string> = { Павел: 'Павл', Лев: 'Льв', Пётр: 'Петр' };

function declineHardFeminine(word: string, grammaticalCase: RuCase): string {
  const stem = word.slice(0, -1);
  const endings: Record<RuCase, string> = {
    nom: 'а',
    gen: velarOrHushing.test(stem) ? 'и' : 'ы',
    dat: 'е',
    acc: 'у',
    ins: hushing.test(stem) ? 'ей' : 'ой',
    pre: 'е',
  };
  return stem + endings[grammaticalCase];
}

function declineSoftFeminine(word: string, grammaticalCase: RuCase): string {
  const stem = word.slice(0, -1);
  if (word.endsWith('ия')) {
    const endings: Record<RuCase, string> = { nom: 'я', gen: 'и', dat: 'и', acc: 'ю', ins: 'ей', pre: 'и' };
    return stem + endings[grammaticalCase];
  }
  const endings: Record<RuCase, string> = { nom: 'я', gen: 'и', dat: 'е', acc: 'ю', ins: 'ей', pre: 'е' };
  return stem + endings[grammaticalCase];
}

function declineMasculineConsonant(word: string, grammaticalCase: RuCase): string {
  if (grammaticalCase === 'nom') return word;
  if (word.endsWith('ий')) {
    const stem = word.slice(0, -1);
    return stem + { gen: 'я', dat: 'ю', acc: 'я', ins: 'ем', pre: 'и' }[grammaticalCase];
  }
  if (word.endsWith('й') || word.endsWith('ь')) {
    const stem = word.slice(0, -1);
    return stem + { gen: 'я', dat: 'ю', acc: 'я', ins: 'ем', pre: 'е' }[grammaticalCase];
  }
  const stem = fleetingStems[word] ?? word;
  return stem + { gen: 'а', dat: 'у', acc: 'а', ins: hushing.test(stem) ? 'ем' : 'ом', pre: 'е' }[grammaticalCase];
}

export function declineRussianFirstName(name: string, gender: Gender, grammaticalCase: RuCase): string {
  if (grammaticalCase === 'nom') return name;
  if (name.endsWith('а')) return declineHardFeminine(name, grammaticalCase);
  if (name.endsWith('я')) return declineSoftFeminine(name, grammaticalCase);
  if (gender === 'm') return declineMasculineConsonant(name, grammaticalCase);
  if (name.endsWith('ь')) {
    const stem = name.slice(0, -1);
    return stem + { gen: 'и', dat: 'и', acc: 'ь', ins: 'ью', pre: 'и' }[grammaticalCase];
  }
  return name; // women's names ending in a consonant (Нилуфар) do not decline
}

const indeclinableSurname = /(?:о|е|и|у|ых|их|зода)$/u;

export function feminineRussianSurname(surname: string): string {
  if (/(?:ов|ев|ёв|ин|ын)$/u.test(surname)) return surname + 'а';
  if (surname.endsWith('ский')) return surname.slice(0, -4) + 'ская';
  if (surname.endsWith('цкий')) return surname.slice(0, -4) + 'цкая';
  if (surname.endsWith('ой')) return surname.slice(0, -2) + 'ая';
  return surname;
}

export function declineRussianSurname(surname: string, gender: Gender, grammaticalCase: RuCase): string {
  if (grammaticalCase === 'nom' || indeclinableSurname.test(surname)) return surname;
  if (gender === 'm') {
    if (/(?:ов|ев|ёв|ин|ын)$/u.test(surname)) {
      return surname + { gen: 'а', dat: 'у', acc: 'а', ins: 'ым', pre: 'е' }[grammaticalCase];
    }
    if (/(?:ский|цкий|ой)$/u.test(surname)) {
      const stem = surname.slice(0, -2);
      return stem + { gen: 'ого', dat: 'ому', acc: 'ого', ins: 'им', pre: 'ом' }[grammaticalCase];
    }
    return declineMasculineConsonant(surname, grammaticalCase);
  }
  if (/(?:ова|ева|ёва|ина|ына)$/u.test(surname)) {
    const stem = surname.slice(0, -1);
    return stem + { gen: 'ой', dat: 'ой', acc: 'у', ins: 'ой', pre: 'ой' }[grammaticalCase];
  }
  if (/(?:ская|цкая|ая)$/u.test(surname)) {
    const stem = surname.slice(0, -2);
    return stem + { gen: 'ой', dat: 'ой', acc: 'ую', ins: 'ой', pre: 'ой' }[grammaticalCase];
  }
  return surname; // Ким, Цой for a woman
}

/** Father's first name → patronymic (Сергей → Сергеевич / Сергеевна). */
export function russianPatronymic(fatherName: string, gender: Gender): string {
  const suffix = gender === 'm' ? 'ич' : 'на';
  if (fatherName === 'Илья') return gender === 'm' ? 'Ильич' : 'Ильинична';
  if (fatherName === 'Никита') return gender === 'm' ? 'Никитич' : 'Никитична';
  if (fatherName.endsWith('ий')) return fatherName.slice(0, -2) + 'ьев' + suffix;
  if (fatherName.endsWith('й') || fatherName.endsWith('ь')) return fatherName.slice(0, -1) + 'ев' + suffix;
  return (fleetingStems[fatherName] ?? fatherName) + 'ов' + suffix;
}

export function declineRussianPatronymic(patronymic: string, gender: Gender, grammaticalCase: RuCase): string {
  if (grammaticalCase === 'nom') return patronymic;
  if (gender === 'f') return declineHardFeminine(patronymic, grammaticalCase);
  return patronymic + { gen: 'а', dat: 'у', acc: 'а', ins: patronymic.endsWith('ич') ? 'ем' : 'ом', pre: 'е' }[grammaticalCase];
}

/** Latin -ov/-yev surnames → feminine (Karimov → Karimova); the same rule serves Cyrillic -ов/-ев. */
export function feminineTurkicSurname(surname: string): string {
  return /(?:ov|ev|in|ов|ев|ин)$/u.test(surname) ? surname + (/[a-z]$/u.test(surname) ? 'a' : 'а') : surname;
}

export function uzbekLatinSuffix(word: string, grammaticalCase: TurkicCase): string {
  switch (grammaticalCase) {
    case 'nom':
      return '';
    case 'gen':
      return 'ning';
    case 'dat':
      return word.endsWith('k') ? 'ka' : word.endsWith('q') ? 'qa' : 'ga';
    case 'acc':
      return 'ni';
    case 'loc':
      return 'da';
    case 'abl':
      return 'dan';
  }
}

export function uzbekCyrillicSuffix(word: string, grammaticalCase: TurkicCase): string {
  switch (grammaticalCase) {
    case 'nom':
      return '';
    case 'gen':
      return 'нинг';
    case 'dat':
      return word.endsWith('к') ? 'ка' : word.endsWith('қ') ? 'қа' : 'га';
    case 'acc':
      return 'ни';
    case 'loc':
      return 'да';
    case 'abl':
      return 'дан';
  }
}

const kazakhFront = /[әеіөүиэ]/u;
const kazakhVowels = /[аәеіоөұүыиэуюяё]/u;
const voiceless = /[бвгдкқпстфхцчшщ]$/u;

function lastVowel(word: string, vowels: RegExp): string {
  for (let i = word.length - 1; i >= 0; i--) if (vowels.test(word[i]!)) return word[i]!;
  return 'а';
}

/** Kazakh case suffixes by vowel harmony and the final sound (Айгүлге, Ерланның, Бауыржанды). */
export function kazakhSuffix(word: string, grammaticalCase: TurkicCase): string {
  if (grammaticalCase === 'nom') return '';
  const lower = word.toLowerCase();
  // -ұлы / -қызы carry the possessive -ы, which takes the pronominal endings (Нұрланұлына, Айгүл Ерланқызын).
  if (/(?:ұлы|қызы)$/u.test(lower)) {
    return { gen: 'ның', dat: 'на', acc: 'н', loc: 'нда', abl: 'нан' }[grammaticalCase];
  }
  // Russian-style -ов/-ев surnames harmonise with the Kazakh stem, not the suffix vowel (Назарбаевқа).
  const harmonyPart = lower.replace(/(?:ов|ев|ёв)а?$/u, '') || lower;
  const front = kazakhFront.test(lastVowel(harmonyPart, kazakhVowels));
  const endsInVowel = kazakhVowels.test(lower.at(-1) ?? '');
  const endsVoiceless = voiceless.test(lower);
  const pick = (back: string, frontForm: string): string => (front ? frontForm : back);
  switch (grammaticalCase) {
    case 'gen':
      if (endsInVowel || /[мнң]$/u.test(lower)) return pick('ның', 'нің');
      return endsVoiceless ? pick('тың', 'тің') : pick('дың', 'дің');
    case 'dat':
      return endsVoiceless ? pick('қа', 'ке') : pick('ға', 'ге');
    case 'acc':
      if (endsInVowel) return pick('ны', 'ні');
      return endsVoiceless ? pick('ты', 'ті') : pick('ды', 'ді');
    case 'loc':
      return endsVoiceless ? pick('та', 'те') : pick('да', 'де');
    case 'abl':
      if (/[мнң]$/u.test(lower)) return pick('нан', 'нен');
      return endsVoiceless ? pick('тан', 'тен') : pick('дан', 'ден');
  }
}

const kyrgyzVowels = /[аеиоөуүыэюяё]/u;

/** Kyrgyz case suffixes with four-way vowel harmony (Бакытка, Айгеримдин, Чолпонго). */
export function kyrgyzSuffix(word: string, grammaticalCase: TurkicCase): string {
  if (grammaticalCase === 'nom') return '';
  const lower = word.toLowerCase();
  const vowel = lastVowel(lower, kyrgyzVowels);
  const open = /[аыяё]/u.test(vowel) ? 'а' : /[еиэ]/u.test(vowel) ? 'е' : /[оую]/u.test(vowel) ? 'о' : 'ө';
  const close = /[аыяё]/u.test(vowel) ? 'ы' : /[еиэ]/u.test(vowel) ? 'и' : /[оую]/u.test(vowel) ? 'у' : 'ү';
  // уулу / кызы are possessive forms: Азамат уулуна, Нурлан кызын.
  if (lower === 'уулу' || lower === 'кызы') {
    return { gen: 'нун', dat: 'на', acc: 'н', loc: 'нда', abl: 'нан' }[grammaticalCase].replace('у', close);
  }
  const endsInVowel = kyrgyzVowels.test(lower.at(-1) ?? '');
  // Unlike Kazakh (Назарбаевқа), Kyrgyz treats a final в as voiced (Атамбаевге).
  const endsVoiceless = /[бгдкпстфхцчшщ]$/u.test(lower);
  switch (grammaticalCase) {
    case 'gen':
      return (endsInVowel ? 'н' : endsVoiceless ? 'т' : 'д') + close + 'н';
    case 'acc':
      return (endsInVowel ? 'н' : endsVoiceless ? 'т' : 'д') + close;
    case 'dat':
      return (endsVoiceless ? 'к' : 'г') + open;
    case 'loc':
      return (endsVoiceless ? 'т' : 'д') + open;
    case 'abl':
      return (endsVoiceless ? 'т' : 'д') + open + 'н';
  }
}

const uzbekDigraphs: [RegExp, string][] = [
  [/o‘/gu, 'ў'],
  [/g‘/gu, 'ғ'],
  [/sh/gu, 'ш'],
  [/ch/gu, 'ч'],
  [/yo/gu, 'ё'],
  [/yu/gu, 'ю'],
  [/ya/gu, 'я'],
  [/ye/gu, 'е'],
];
const uzbekLetters: Record<string, string> = {
  a: 'а', b: 'б', d: 'д', e: 'е', f: 'ф', g: 'г', h: 'ҳ', i: 'и', j: 'ж', k: 'к', l: 'л', m: 'м', n: 'н',
  o: 'о', p: 'п', q: 'қ', r: 'р', s: 'с', t: 'т', u: 'у', v: 'в', x: 'х', y: 'й', z: 'з', '’': 'ъ',
};

/** Uzbek Latin (with ‘ for o‘/g‘) → Uzbek Cyrillic, one word. Word-initial e is э. */
export function uzbekLatinToCyrillic(word: string): string {
  const capital = word[0] !== undefined && word[0] !== word[0].toLowerCase();
  let lower = word.toLowerCase();
  for (const [pattern, letter] of uzbekDigraphs) lower = lower.replace(pattern, letter);
  let out = '';
  for (const [index, char] of [...lower].entries()) {
    out += index === 0 && char === 'e' ? 'э' : (uzbekLetters[char] ?? char);
  }
  return capital ? out[0]!.toUpperCase() + out.slice(1) : out;
}
