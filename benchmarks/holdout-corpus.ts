// Writes a held-out NAME corpus (JSONL {"id","lang","genre","text","spans"}): templates and names that share nothing
// with benchmarks/generate-corpus.ts and are absent from patterns/names, to measure how the detector generalises.
// Usage: npx tsx benchmarks/holdout-corpus.ts [--seed 31] [--count 3000] [--out benchmarks/out/holdout-corpus.jsonl] [--check]
//
// A measuring instrument, not training data: never tune the detector on its sentences by string. --check lists the
// given names and surnames below that the detector's own lists know (there should be none: a listed name tests the
// gazetteer, not generalisation).

import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { createRng, type Rng } from './lib/rng.js';
import { onNameList } from './lib/on-list.js';

type Lang = 'ru' | 'uz-latn' | 'uz-cyrl' | 'kk' | 'ky' | 'en';
type Genre = 'review' | 'chat' | 'dialogue' | 'negative';
interface GoldSpan {
  start: number;
  end: number;
  type: 'NAME' | 'PHONE';
}
interface HoldoutRecord {
  id: string;
  lang: string;
  genre: Genre;
  text: string;
  spans: GoldSpan[];
}

// ---------------------------------------------------------------------------------------------------------------
// Names. Given names were checked absent from patterns/names (and the stoplists) with --check; surnames are built
// from stems by each language's own morphology, so the detector can only find them by their shape and context.

interface NamePool {
  male: readonly string[];
  female: readonly string[];
  /** Masculine surnames; the feminine form is built by `feminine`. */
  surnames: readonly string[];
}

const pools: Record<Lang, NamePool> = {
  ru: {
    male: ['Добрыня', 'Власий', 'Митрофан', 'Сысой', 'Ильшат', 'Фарит', 'Салават', 'Фанис', 'Ашот', 'Гурген', 'Вардан', 'Сурен', 'Ованес', 'Гиви', 'Автандил', 'Тамаз', 'Нодар', 'Ильгизар', 'Ильнур', 'Радик', 'Зиннат', 'Ленар', 'Зульфат'],
    female: ['Ефросинья', 'Меланья', 'Соломония', 'Февронья', 'Аграфена', 'Резеда', 'Ляйсан', 'Раиля', 'Зарема', 'Манана', 'Кетеван', 'Мзия', 'Флюра', 'Наиля', 'Айсылу', 'Миляуша', 'Рузиля', 'Альфия', 'Есения', 'Лукерья', 'Капитолина'],
    surnames: ['Кочергин', 'Ухватов', 'Самоваров', 'Бересклетов', 'Подорожников', 'Калачёв', 'Сухарев', 'Чернобровов', 'Колокольцев', 'Репейников', 'Жмыхов', 'Перепёлкин', 'Коромыслов', 'Лапотников', 'Овчинкин', 'Сундуков', 'Пряников', 'Рукавишников', 'Толокнов', 'Шестопалов', 'Ясенев', 'Крапивин', 'Гусляров', 'Дегтярёв', 'Кушаков', 'Кадушкин', 'Ковригин', 'Сбитнев', 'Студенцов', 'Тюфякин'],
  },
  'uz-latn': {
    male: ['Qudratilla', 'Zuhriddin', 'Ravshanbek', 'Shukrullo', 'Muslimbek', 'Ixtiyor', 'Xushnud', 'Sunnatilla', 'Ergash', 'Nurmuhammad', 'Rustambek', 'Temurmalik', 'Davronbek', 'Hasanboy', 'Jamshidbek'],
    female: ['Nodirabegim', 'Shoxista', 'Muhayyo', 'Zarnigor', 'Mehrinoz', 'Baxtigul', 'Gulbadan'],
    surnames: ['Tursunqulov', 'Xolbutayev', 'Eshboltayev', 'Normurodov', 'Bozorboyev', 'Chorshanbiyev', "Yo'ldoshaliyev", 'Sattorqulov', "Tog'aymurodov", 'Boymirzayev', 'Oltiboyev', "Qo'ziboyev", 'Pirnazarov', 'Jumanazarov', 'Xudoyberdiyev', 'Ashurqulov', 'Egamberdiyev', 'Berdimurodov', 'Qulmatov', 'Mamatqulov', 'Rahmonqulov', 'Ergashboyev', 'Suvonqulov', 'Qudratov', 'Sunnatov', 'Ixtiyorov'],
  },
  'uz-cyrl': { male: [], female: [], surnames: [] },
  kk: {
    male: ['Диас', 'Бекасыл', 'Ерқанат', 'Жарасқан', 'Қалижан', 'Тілеухан', 'Ұларбек', 'Аңсар', 'Ерсұлтан', 'Нұрхан', 'Қамбар', 'Бекжігіт'],
    female: ['Інжу', 'Аяулым', 'Айкөркем', 'Ақсұлу', 'Дәмелі', 'Тұмар', 'Балауса', 'Бекзада', 'Дамеш', 'Ақбаян'],
    surnames: ['Тұрсынбаев', 'Жақыпбеков', 'Әбдіқадыров', 'Сейітқалиев', 'Құрманғалиев', 'Бекмұханбетов', 'Оразғұлов', 'Қожахметов', 'Түгелбаев', 'Есенғазиев', 'Тілеубердиев', 'Қалдыбаев', 'Мырзахметов', 'Өтеғұлов', 'Байжұманов', 'Ермекбаев', 'Шәкәрімов'],
  },
  ky: {
    male: ['Нуржигит', 'Жаркын', 'Каныбек', 'Эркинбек', 'Жээнбек', 'Актилек', 'Илимбек', 'Өмүркан', 'Ысмайыл', 'Алымбек', 'Майрамбек', 'Осмонбек', 'Сыргак', 'Таалайбек', 'Төлөгөн', 'Чоро', 'Шайырбек'],
    female: ['Адинай', 'Айзирек', 'Күмүшай', 'Сайкал', 'Эрайым', 'Гулира'],
    surnames: ['Токтогулов', 'Асанкулов', 'Жусупбеков', 'Сатыбалдиев', 'Молдокматов', 'Абдыкадыров', 'Бообеков', 'Шаршеналиев', 'Ыдырысов', 'Кененсариев', 'Бекташев', 'Сыдыкбеков', 'Турдубаев', 'Эсенкулов', 'Жантороев', 'Алымкулов', 'Чотонов', 'Качкынбаев'],
  },
  en: {
    male: ['Cormac', 'Eamon', 'Lorcan', 'Peregrine', 'Oisin', 'Jago', 'Piran', 'Cadoc', 'Emrys', 'Gethin', 'Iolo', 'Taliesin', 'Dafydd', 'Ruaridh', 'Torquil', 'Alasdair', 'Cian'],
    female: ['Saoirse', 'Aoife', 'Caoimhe', 'Tamsin', 'Fenella', 'Morwenna', 'Elowen', 'Bronwen', 'Gwenllian', 'Mhairi', 'Eilidh', 'Catriona', 'Ailsa', 'Fionnuala'],
    surnames: ['Treloar', 'Penhaligon', 'Pengelly', 'Quiller', 'Polglase', 'Nankervis', 'Kitto', 'Rowse', 'Jory', 'Vosper', 'Tonkin', 'Pascoe', 'Trengrouse', 'Carlyon', 'Kneebone', 'Rosewarne', 'Boscawen', 'Chenoweth', 'Trelawny', 'Vyvyan', 'Wolstenholme', 'Trevithick'],
  },
};

// Uzbek Cyrillic names are the Latin ones transliterated, so both scripts test the same unseen names.
const latinToCyrillic: readonly (readonly [string, string])[] = [
  ["yo'", 'йў'], ["o'", 'ў'], ["g'", 'ғ'], ['sh', 'ш'], ['ch', 'ч'], ['yo', 'ё'], ['yu', 'ю'], ['ya', 'я'], ['ye', 'е'],
  ['a', 'а'], ['b', 'б'], ['d', 'д'], ['e', 'е'], ['f', 'ф'], ['g', 'г'], ['h', 'ҳ'], ['i', 'и'], ['j', 'ж'], ['k', 'к'],
  ['l', 'л'], ['m', 'м'], ['n', 'н'], ['o', 'о'], ['p', 'п'], ['q', 'қ'], ['r', 'р'], ['s', 'с'], ['t', 'т'], ['u', 'у'],
  ['v', 'в'], ['x', 'х'], ['y', 'й'], ['z', 'з'], ["'", 'ъ'],
];
function toCyrillic(latin: string): string {
  let out = '';
  let i = 0;
  const lower = latin.toLowerCase();
  while (i < lower.length) {
    const pair = latinToCyrillic.find(([from]) => lower.startsWith(from, i));
    if (pair === undefined) {
      out += lower[i];
      i++;
      continue;
    }
    // Word-initial e is э (Ergash → Эргаш).
    out += i === 0 && pair[0] === 'e' ? 'э' : pair[1];
    i += pair[0].length;
  }
  return out.charAt(0).toUpperCase() + out.slice(1);
}
const uzLatn = pools['uz-latn'];
pools['uz-cyrl'] = { male: uzLatn.male.map(toCyrillic), female: uzLatn.female.map(toCyrillic), surnames: uzLatn.surnames.map(toCyrillic) };

interface Person {
  given: string;
  surname: string;
  female: boolean;
  father: string;
}

function drawPerson(rng: Rng, lang: Lang): Person {
  const pool = pools[lang];
  const female = rng.chance(0.45);
  const given = rng.pick(female ? pool.female : pool.male);
  const surname = feminine(lang, rng.pick(pool.surnames), female);
  return { given, surname, female, father: rng.pick(pool.male) };
}

function feminine(lang: Lang, surname: string, female: boolean): string {
  if (!female || lang === 'en') return surname;
  return lang === 'uz-latn' ? surname + 'a' : surname + 'а';
}

// ---------------------------------------------------------------------------------------------------------------
// Morphology: each language's case endings on names the lists do not know.

type Case = 'nom' | 'gen' | 'dat' | 'acc' | 'ins' | 'prep' | 'abl' | 'poss';

const russianVowels = 'аеёиоуыэюя';
function russianGiven(name: string, grammaticalCase: Case): string {
  if (grammaticalCase === 'nom') return name;
  const last = name.slice(-1);
  const stem = name.slice(0, -1);
  if (last === 'я') {
    const ia = name.endsWith('ия') || name.endsWith('ья');
    const forms: Partial<Record<Case, string>> = { gen: 'и', dat: ia ? 'и' : 'е', acc: 'ю', ins: 'ей', prep: ia ? 'и' : 'е' };
    return stem + (forms[grammaticalCase] ?? 'я');
  }
  if (last === 'а') {
    const hushing = 'гкхжшчщ'.includes(name.slice(-2, -1));
    const forms: Partial<Record<Case, string>> = { gen: hushing ? 'и' : 'ы', dat: 'е', acc: 'у', ins: 'ой', prep: 'е' };
    return stem + (forms[grammaticalCase] ?? 'а');
  }
  if (last === 'й') {
    const forms: Partial<Record<Case, string>> = { gen: 'я', dat: 'ю', acc: 'я', ins: 'ем', prep: 'е' };
    return stem + (forms[grammaticalCase] ?? 'й');
  }
  // Feminine names ending in a consonant or a vowel other than а/я do not decline (Кетеван, Зарема is -а).
  if (russianVowels.includes(last)) return name;
  const forms: Partial<Record<Case, string>> = { gen: 'а', dat: 'у', acc: 'а', ins: 'жшчщц'.includes(last) ? 'ем' : 'ом', prep: 'е' };
  return name + (forms[grammaticalCase] ?? '');
}
function russianGivenFor(person: Person, grammaticalCase: Case): string {
  if (person.female && !person.given.endsWith('а') && !person.given.endsWith('я')) return person.given;
  return russianGiven(person.given, grammaticalCase);
}
function russianSurname(person: Person, grammaticalCase: Case): string {
  const surname = person.surname;
  if (grammaticalCase === 'nom') return surname;
  if (person.female) return surname.slice(0, -1) + (grammaticalCase === 'acc' ? 'у' : 'ой');
  const forms: Partial<Record<Case, string>> = { gen: 'а', dat: 'у', acc: 'а', ins: 'ым', prep: 'е' };
  return surname + (forms[grammaticalCase] ?? '');
}
function russianPatronymic(person: Person, grammaticalCase: Case): string {
  const father = person.father.endsWith('я') || person.father.endsWith('а') ? person.father.slice(0, -1) + 'ич' : person.father;
  const base = father.endsWith('ич') ? father : father + (person.female ? 'овна' : 'ович');
  if (grammaticalCase === 'nom') return base;
  if (person.female) return base.slice(0, -1) + (grammaticalCase === 'acc' ? 'у' : grammaticalCase === 'gen' ? 'ы' : grammaticalCase === 'ins' ? 'ой' : 'е');
  const forms: Partial<Record<Case, string>> = { gen: 'а', dat: 'у', acc: 'а', ins: 'ем', prep: 'е' };
  return base + (forms[grammaticalCase] ?? '');
}

const uzbekLatinEndings: Partial<Record<Case, string>> = { gen: 'ning', dat: 'ga', acc: 'ni', abl: 'dan', prep: 'da' };
const uzbekCyrillicEndings: Partial<Record<Case, string>> = { gen: 'нинг', dat: 'га', acc: 'ни', abl: 'дан', prep: 'да' };

const backVowels = 'аоұыуaouı';
const kazakhVoiceless = 'кқпстфхшщчц';
const kazakhVowels = 'аәеиоөуұүыіэюя';
function kazakhEnding(word: string, grammaticalCase: Case): string {
  const lower = word.toLowerCase();
  let back = true;
  for (let i = lower.length - 1; i >= 0; i--) {
    const letter = lower[i]!;
    if (!kazakhVowels.includes(letter)) continue;
    back = backVowels.includes(letter);
    break;
  }
  const last = lower.slice(-1);
  const vowel = kazakhVowels.includes(last);
  const voiceless = kazakhVoiceless.includes(last);
  const pick = (backForm: string, frontForm: string): string => (back ? backForm : frontForm);
  switch (grammaticalCase) {
    case 'dat':
      return voiceless ? pick('қа', 'ке') : pick('ға', 'ге');
    case 'gen':
      if (vowel || 'мнң'.includes(last)) return pick('ның', 'нің');
      return voiceless ? pick('тың', 'тің') : pick('дың', 'дің');
    case 'acc':
      if (vowel) return pick('ны', 'ні');
      return voiceless ? pick('ты', 'ті') : pick('ды', 'ді');
    case 'abl':
      if ('мнң'.includes(last)) return pick('нан', 'нен');
      return voiceless ? pick('тан', 'тен') : pick('дан', 'ден');
    case 'ins':
      if (vowel || 'руйл'.includes(last)) return 'мен';
      return voiceless ? 'пен' : 'бен';
    default:
      return '';
  }
}

// Kyrgyz has four-way vowel harmony: а/ы, о/у, е/и, ө/ү.
function kyrgyzEnding(word: string, grammaticalCase: Case): string {
  const lower = word.toLowerCase();
  let harmony = 'а';
  for (let i = lower.length - 1; i >= 0; i--) {
    const letter = lower[i]!;
    if ('аы'.includes(letter)) harmony = 'а';
    else if ('оу'.includes(letter)) harmony = 'о';
    else if ('еиэ'.includes(letter)) harmony = 'е';
    else if ('өү'.includes(letter)) harmony = 'ө';
    else continue;
    break;
  }
  const narrow: Record<string, string> = { а: 'ы', о: 'у', е: 'и', ө: 'ү' };
  const last = lower.slice(-1);
  const vowel = 'аоеөыуиүэюя'.includes(last);
  const voiceless = 'кпстфхшчц'.includes(last);
  switch (grammaticalCase) {
    case 'dat':
      return (voiceless ? 'к' : 'г') + harmony;
    case 'gen':
      return (vowel ? 'н' : voiceless ? 'т' : 'д') + narrow[harmony] + 'н';
    case 'acc':
      return (vowel ? 'н' : voiceless ? 'т' : 'д') + narrow[harmony];
    case 'abl':
      return (voiceless ? 'т' : 'д') + harmony + 'н';
    default:
      return '';
  }
}

function inflect(lang: Lang, word: string, grammaticalCase: Case): string {
  if (grammaticalCase === 'nom') return word;
  switch (lang) {
    case 'uz-latn':
      return word + (uzbekLatinEndings[grammaticalCase] ?? '');
    case 'uz-cyrl':
      return word + (uzbekCyrillicEndings[grammaticalCase] ?? '');
    case 'kk':
      return word + kazakhEnding(word, grammaticalCase);
    case 'ky':
      return word + kyrgyzEnding(word, grammaticalCase);
    case 'en':
      return grammaticalCase === 'poss' ? word + "'s" : word;
    default:
      return word;
  }
}

const uzbekApostrophes = ["'", '‘', 'ʻ', '’', '`'];

/** One name form. Kinds: g given, s surname, gs given + surname, sg surname + given, gp given + patronymic, is/si initials. */
function nameForm(rng: Rng, lang: Lang, person: Person, kind: string, grammaticalCase: Case): string {
  if (lang === 'ru') {
    const given = russianGivenFor(person, grammaticalCase);
    const surname = russianSurname(person, grammaticalCase);
    const initial = person.given.charAt(0) + '.';
    const fatherInitial = person.father.charAt(0) + '.';
    switch (kind) {
      case 'g':
        return given;
      case 's':
        return surname;
      case 'gs':
        return `${given} ${surname}`;
      case 'sg':
        return `${surname} ${given}`;
      case 'gp':
        return `${given} ${russianPatronymic(person, grammaticalCase)}`;
      case 'sgp':
        return `${surname} ${given} ${russianPatronymic(person, grammaticalCase)}`;
      case 'is':
        return `${initial}${rng.chance(0.5) ? ' ' : ''}${fatherInitial} ${surname}`;
      case 'si':
        return `${surname} ${initial}${fatherInitial}`;
      default:
        throw new Error(`unknown name kind ${kind}`);
    }
  }
  const initial = person.given.charAt(0) + '.';
  // Turkic names take the case ending on the last word only.
  const last = (words: string[]): string => {
    const out = [...words];
    out[out.length - 1] = inflect(lang, out[out.length - 1]!, grammaticalCase);
    return out.join(' ');
  };
  const patronymic = (): string[] => {
    switch (lang) {
      case 'uz-latn': {
        const apostrophe = rng.pick(uzbekApostrophes);
        return [person.father, person.female ? 'qizi' : `o${apostrophe}g${apostrophe}li`];
      }
      case 'uz-cyrl':
        return [person.father, person.female ? 'қизи' : 'ўғли'];
      case 'kk':
        // Attached (Ерқанатұлы) after a consonant, apart (Ару қызы) otherwise.
        return kazakhVowels.includes(person.father.slice(-1)) ? [person.father, person.female ? 'қызы' : 'ұлы'] : [person.father + (person.female ? 'қызы' : 'ұлы')];
      case 'ky':
        return [person.father, person.female ? 'кызы' : 'уулу'];
      default:
        return [person.father];
    }
  };
  switch (kind) {
    case 'g':
      return last([person.given]);
    case 's':
      return last([person.surname]);
    case 'gs':
      return last([person.given, person.surname]);
    case 'sg':
      return last([person.surname, person.given]);
    case 'gp':
      return last([person.given, ...patronymic()]);
    case 'sgp':
      return last([person.surname, person.given, ...patronymic()]);
    case 'is':
      return last([`${initial}`, person.surname]);
    case 'si':
      return `${person.surname} ${initial}`;
    default:
      throw new Error(`unknown name kind ${kind}`);
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Hard negatives and fillers in the same templates: places, brands, months, streets named after people, holidays.

const negatives: Record<string, Record<'latin' | 'cyrillic', readonly string[]>> = {
  place: {
    latin: ['Chilonzor', 'Yunusobod', 'Sergeli', 'Olmazor', 'Zangiota', 'Parkent', 'Qibray', 'Nurafshon', 'Denov', 'Shahrisabz', 'Kattaqo‘rg‘on', 'Oqtosh', 'Nukus', 'Urgut'],
    cyrillic: ['Чиланзар', 'Юнусабад', 'Сергели', 'Алмалык', 'Каскелен', 'Талгар', 'Токмок', 'Кара-Балта', 'Шымкент', 'Қонаев', 'Нарын', 'Жалал-Абад', 'Чирчик', 'Ангрен'],
  },
  brand: {
    latin: ['Uzum', 'Korzinka', 'Makro', 'Havas', 'Texnomart', 'Mediapark', 'Olcha', 'Express24', 'Wildberries', 'Kaspi', 'Humo', 'Artel', 'Yandex Go', 'MyTaxi'],
    cyrillic: ['Узум', 'Корзинка', 'Макро', 'Магнум', 'Каспи', 'Халык', 'Озон', 'Вайлдберриз', 'Сбер', 'Глово', 'Арбуз', 'Технодом'],
  },
  month: {
    latin: ['yanvar', 'fevral', 'mart', 'aprel', 'may', 'iyun', 'iyul', 'avgust', 'sentabr', 'oktabr', 'noyabr', 'dekabr'],
    cyrillic: ['январе', 'феврале', 'марте', 'апреле', 'мае', 'июне', 'июле', 'августе', 'сентябре', 'октябре', 'ноябре', 'декабре'],
  },
  street: {
    latin: ['Amir Temur shoh ko‘chasi', 'Bobur ko‘chasi', 'Mukimiy ko‘chasi', 'Abdulla Qodiriy ko‘chasi', 'Shota Rustaveli ko‘chasi', 'Navoiy ko‘chasi'],
    cyrillic: ['улица Навои', 'проспект Амира Темура', 'улица Бабура', 'улица Шота Руставели', 'проспект Абая', 'улица Толе би', 'проспект Манаса', 'улица Фрунзе'],
  },
  holiday: {
    latin: ['Navro‘z', 'Ramazon hayiti', 'Qurbon hayiti', 'Yangi yil'],
    cyrillic: ['Наурыз', 'Новым годом', 'Курбан-айт', 'Рамазан айт'],
  },
};
const englishNegatives: Record<string, readonly string[]> = {
  place: ['Bristol', 'Leeds', 'Cardiff', 'Aberdeen', 'Croydon', 'Swindon', 'Truro', 'Galway', 'Dundee', 'Harrogate'],
  brand: ['Amazon', 'Tesco', 'Argos', 'Deliveroo', 'Uber Eats', 'Currys', 'Boots', 'Royal Mail', 'Evri', 'Halfords'],
  month: ['January', 'March', 'April', 'June', 'August', 'October', 'December', 'Monday', 'Friday'],
  street: ['Victoria Road', 'King Street', 'Nelson Avenue', 'Churchill Way', 'Queen Elizabeth Drive'],
  holiday: ['Christmas', 'Easter', 'Boxing Day', 'Halloween'],
};

function negative(rng: Rng, lang: Lang, slot: string): string {
  if (lang === 'en') return rng.pick(englishNegatives[slot]!);
  const list = negatives[slot]!;
  return rng.pick(lang === 'uz-latn' ? list.latin : list.cyrillic);
}

function phone(rng: Rng, lang: Lang): string {
  const groups = `${rng.digits(3)} ${rng.digits(2)} ${rng.digits(2)}`;
  if (lang === 'kk') return `+7 70${rng.int(0, 8)} ${groups}`;
  if (lang === 'ky') return `+996 55${rng.int(0, 9)} ${rng.digits(3)} ${rng.digits(3)}`;
  if (lang === 'ru') return `+7 9${rng.digits(2)} ${groups}`;
  if (lang === 'en') return `+44 7${rng.digits(3)} ${rng.digits(6)}`;
  return `+998 9${rng.int(0, 9)} ${groups}`;
}

// ---------------------------------------------------------------------------------------------------------------
// Templates: one per line, `genre|text`. Slots: {kind[2][:case]} for names (kind g s gs sg gp sgp is si; 2 = a
// second person), {place} {brand} {month} {street} {holiday} {ph} for the rest. Chat lines are lower-cased after
// filling. Written for this file only: none shares a sentence with benchmarks/lib/dev-corpus.ts.

const templates: Record<Lang | 'mixed', readonly string[]> = {
  ru: [
    'review|Хочу поблагодарить курьера {g:acc}, привёз всё вовремя и помог поднять коробки на пятый этаж',
    'review|Жалоба на сотрудника {sg:acc}: нагрубил на кассе в {place}, прошу принять меры',
    'review|Отдельное спасибо {gp:dat} за терпение, с возвратом разобрались за один звонок',
    'review|Заказ собирала {gs}, всё упаковано аккуратно. Буду брать ещё в {brand}',
    'review|В пункте выдачи на {street} работает {sg}, всё объяснили спокойно и без очереди',
    'review|Забирал посылку у {g:gen}, ждал минут сорок, в {month} такого не было',
    'review|{gs:dat} огромное спасибо, без вас бы не справились',
    'review|Прошу разобраться: мастер {si} не пришёл в назначенное время и не отвечает на {ph}',
    'review|Акт подписал {is}, копию так и не выдали',
    'review|Доставка из {brand} опоздала на два часа, водитель {g} извинился, но осадок остался',
    'review|Благодарю доктора {s:acc} за внимательный осмотр, направили к {gs2:dat}',
    'review|С {gs:ins} договорились на четверг, а в итоге никто не приехал',
    'review|Обращалась к {gp:dat} в {month}, всё объяснили, вопрос закрыт',
    'review|Про {g:acc} из отдела доставки хочу сказать только хорошее',
    'review|Консультант {s} посоветовал не тот кабель, пришлось ехать обратно в {place}',
    'review|Ставлю пять звёзд, но только благодаря {g:dat}. Остальные сотрудники молчали',
    'review|Продавец {gs} в магазине на {street} — лучший, всегда подскажет',
    'review|Были с мужем в {place}, нас обслуживала {g}, очень приятная девушка',
    'chat|здравствуйте {g} подскажите когда будет доставка',
    'chat|спасибо {g:dat} большое все пришло целое',
    'chat|кто такой {s} и почему он мне звонит с номера {ph}',
    'chat|{g} позвоните пожалуйста {ph}',
    'chat|передайте {g:dat} что заказ отменяю',
    'chat|мне звонила {gs} сказала ждать до пятницы',
    'chat|{ph} {g} перезвоните',
    'chat|курьер {s} опять не дозвонился((',
    'chat|а где {g}? обещал заехать в {place} сегодня',
    'chat|ок {g} жду',
    'chat|добрый вечер, я по заказу, оформляла на {sg}',
    'chat|скажите {g:dat} {gp2:dat} что оплата прошла',
    'chat|приняла {is} в 14 30 претензий нет',
    'dialogue|Оператор {g}: Здравствуйте! Чем могу помочь?\nКлиент: Не пришёл заказ из {brand}',
    'dialogue|Клиент: Добрый день, меня зовут {gs}, номер заказа 48213\nОператор: Добрый день, {g}! Сейчас проверю',
    'dialogue|Оператор: Как к вам обращаться?\nКлиент: {g}\nОператор: {g}, спасибо, одну минуту',
    'dialogue|{g}: алло, это служба доставки?\nОператор: Да, слушаю вас',
    'dialogue|Оператор: Ваш заказ передан курьеру {sg:dat}, он позвонит за час\nКлиент: Хорошо, спасибо',
    'dialogue|Клиент: Посылка на имя {sgp:gen}, получатель сменил номер на {ph}\nОператор: Записал',
    'dialogue|Менеджер {gs}: Добрый вечер, вы оставляли заявку в {month}?\nКлиент: Да, это я',
    'dialogue|Оператор: Уточните фамилию получателя\nКлиент: {s}, {g}',
    'negative|Заказывал в {brand}, доставили в {place} через три дня, в {month} обещали скидки',
    'negative|Спасибо за быструю доставку, курьер вежливый, всё целое',
    'negative|Магазин на {street} закрыт уже вторую неделю, перенесите выдачу',
    'negative|Менеджер отдела продаж не перезвонил, оператор колл-центра тоже молчит',
    'negative|Поздравляем с {holiday}! Скидки в {brand} до конца месяца',
    'negative|Здравствуйте, Уважаемые Клиенты! Пункт Выдачи В {place} Работает Без Выходных',
    'negative|Директор филиала обещал компенсацию, старший кассир подтвердил',
  ],
  'uz-latn': [
    'review|{g:dat} katta rahmat, buyurtmani vaqtida yetkazib berdi',
    'review|Kuryer {g} juda xushmuomala ekan, {place}gacha o‘zi olib keldi',
    'review|Operator {gs} savolimga aniq javob berdi, {brand}dan yana buyurtma qilaman',
    'review|{sg} degan xodim qo‘pollik qildi, chora ko‘rishingizni so‘rayman',
    'review|Do‘kondagi sotuvchi {g} opa hammasini tushuntirib berdi',
    'review|Hujjatni {is} imzoladi, lekin nusxasini bermadi',
    'review|{gp} ismli mijozga pul qaytarilmadi, {month} oyidan beri kutyapmiz',
    'review|Men {g:gen} ishidan juda mamnunman, rahmat',
    'review|Usta {s} vaqtida kelmadi, telefoni {ph} javob bermayapti',
    'review|{gs:abl} xabar kutyapmiz, buyurtma hali yo‘q',
    'review|Filialdagi menejer {s} aka yordam berdi, {street}dagi do‘konga boring',
    'review|Shifokor {sgp:dat} minnatdorchilik bildiraman',
    'review|Yetkazib beruvchi {g} aka telefon qilmasdan keldi, uyda hech kim yo‘q edi',
    'chat|salom {g} aka qachon yetkazasiz',
    'chat|{g} opa rahmat hammasi keldi',
    'chat|assalomu alaykum {g} buyurtmam qayerda',
    'chat|{ph} shu nomerga {g} aka tel qilsin',
    'chat|kuryer {s} kemadi hali',
    'chat|{g:dat} ayting pulni o‘tkazdim',
    'chat|{gs} bilan gaplashdim u ertaga deydi',
    'chat|men {g} {place}dan yozyapman',
    'chat|ismim {g} familiyam {s}',
    'chat|{g:acc} chaqirib bering iltimos',
    'chat|operator {g} javob bermayapti',
    'dialogue|Operator {g}: Assalomu alaykum! Sizga qanday yordam bera olaman?\nMijoz: Buyurtmam kelmadi',
    'dialogue|Mijoz: Salom, mening ismim {gs}\nOperator: Rahmat, {g}, tekshirib ko‘raman',
    'dialogue|Operator: Ismingizni ayting\nMijoz: {g}\nOperator: {g} aka, bir daqiqa kuting',
    'dialogue|{g}: alo, yetkazib berish xizmatimi?\nOperator: Ha, eshitaman',
    'dialogue|Operator: Buyurtma kuryer {sg:dat} berildi, u {ph} raqamidan qo‘ng‘iroq qiladi\nMijoz: Yaxshi',
    'dialogue|Mijoz: Oluvchi {sgp}\nOperator: Yozib oldim',
    'negative|{brand}dan buyurtma qildim, {place}ga uch kunda keldi',
    'negative|Rahmat, kuryer juda xushmuomala, hammasi butun keldi',
    'negative|{street}dagi do‘kon ikki haftadan beri yopiq',
    'negative|{holiday} bilan tabriklaymiz! {brand}da chegirmalar',
    'negative|Salom, Hurmatli Mijozlar! {place} Filiali Dam Olish Kunlarisiz Ishlaydi',
    'negative|Menejer qo‘ng‘iroq qilmadi, operator ham javob bermadi',
  ],
  'uz-cyrl': [
    'review|{g:dat} катта раҳмат, буюртмани вақтида етказиб берди',
    'review|Курьер {g} жуда хушмуомала экан, уйгача ўзи олиб келди',
    'review|Оператор {gs} саволимга аниқ жавоб берди',
    'review|{sg} деган ходим қўполлик қилди, чора кўришингизни сўрайман',
    'review|Дўкондаги сотувчи {g} опа ҳаммасини тушунтириб берди',
    'review|Ҳужжатни {is} имзолади, лекин нусхасини бермади',
    'review|{gp} исмли мижозга пул қайтарилмади, {month} ойидан бери кутяпмиз',
    'review|Мен {g:gen} ишидан жуда мамнунман',
    'review|Уста {s} вақтида келмади, телефони {ph} жавоб бермаяпти',
    'review|Шифокор {sgp:dat} миннатдорчилик билдираман',
    'review|Филиалдаги менежер {s} ака ёрдам берди, {street}даги дўконга боринг',
    'chat|салом {g} ака қачон етказасиз',
    'chat|{g} опа раҳмат ҳаммаси келди',
    'chat|ассалому алайкум {g} буюртмам қаерда',
    'chat|{ph} шу номерга {g} ака тел қилсин',
    'chat|курьер {s} кемади ҳали',
    'chat|{g:dat} айтинг пулни ўтказдим',
    'chat|{gs} билан гаплашдим у эртага дейди',
    'chat|исмим {g} фамилиям {s}',
    'chat|{g:acc} чақириб беринг илтимос',
    'dialogue|Оператор {g}: Ассалому алайкум! Сизга қандай ёрдам бера оламан?\nМижоз: Буюртмам келмади',
    'dialogue|Мижоз: Салом, менинг исмим {gs}\nОператор: Раҳмат, {g}, текшириб кўраман',
    'dialogue|Оператор: Исмингизни айтинг\nМижоз: {g}\nОператор: {g} ака, бир дақиқа кутинг',
    'dialogue|{g}: ало, етказиб бериш хизматими?\nОператор: Ҳа, эшитаман',
    'dialogue|Мижоз: Олувчи {sgp}\nОператор: Ёзиб олдим',
    'negative|{brand}дан буюртма қилдим, уч кунда келди',
    'negative|Раҳмат, курьер жуда хушмуомала, ҳаммаси бутун келди',
    'negative|{street}даги дўкон икки ҳафтадан бери ёпиқ',
    'negative|Менежер қўнғироқ қилмади, оператор ҳам жавоб бермади',
  ],
  kk: [
    'review|{g:dat} үлкен рахмет, тапсырысты уақытында жеткізді',
    'review|Курьер {g} өте сыпайы екен, үйге дейін өзі әкелді',
    'review|Оператор {gs} сұрағыма нақты жауап берді, {brand} арқылы тағы аламын',
    'review|{sg} деген қызметкер дөрекілік жасады, шара қолдануыңызды сұраймын',
    'review|Дүкендегі сатушы {g} бәрін түсіндіріп берді',
    'review|Құжатқа {is} қол қойды, бірақ көшірмесін бермеді',
    'review|{gp} атты клиентке ақша қайтарылмады',
    'review|Мен {g:gen} жұмысына өте ризамын',
    'review|Шебер {s} уақытында келмеді, телефоны {ph} жауап бермейді',
    'review|Дәрігер {sgp:dat} алғысымды білдіремін',
    'review|{place} қаласындағы филиалда {gs} көмектесті',
    'chat|сәлем {g} қашан жеткізесіз',
    'chat|{g} рахмет бәрі келді',
    'chat|сәлеметсіз бе {g} тапсырысым қайда',
    'chat|{ph} осы нөмірге {g} хабарлассын',
    'chat|курьер {s} әлі келген жоқ',
    'chat|{g:dat} айтыңызшы ақшаны аудардым',
    'chat|{gs:ins} сөйлестім ол ертең дейді',
    'chat|менің атым {g} тегім {s}',
    'chat|{g:acc} шақырып беріңізші',
    'dialogue|Оператор {g}: Сәлеметсіз бе! Сізге қалай көмектесе аламын?\nКлиент: Тапсырысым келмеді',
    'dialogue|Клиент: Сәлем, менің атым {gs}\nОператор: Рахмет, {g}, тексеріп көремін',
    'dialogue|Оператор: Атыңызды айтыңыз\nКлиент: {g}\nОператор: {g}, бір минут күтіңіз',
    'dialogue|{g}: алло, жеткізу қызметі ме?\nОператор: Иә, тыңдап тұрмын',
    'dialogue|Клиент: Алушы {sgp}\nОператор: Жазып алдым',
    'negative|{brand} арқылы тапсырыс бердім, {place} қаласына үш күнде келді',
    'negative|Рахмет, курьер өте сыпайы, бәрі бүтін келді',
    'negative|{holiday} мерекесімен құттықтаймыз!',
    'negative|Менеджер хабарласпады, оператор да жауап бермеді',
  ],
  ky: [
    'review|{g:dat} чоң рахмат, буйрутманы убагында жеткирип берди',
    'review|Курьер {g} абдан сылык экен, үйгө чейин өзү алып келди',
    'review|Оператор {gs} сурооума так жооп берди',
    'review|{sg} деген кызматкер орой мамиле кылды, чара көрүүңүздү суранам',
    'review|Дүкөндөгү сатуучу {g} баарын түшүндүрүп берди',
    'review|Документке {is} кол койду, бирок көчүрмөсүн берген жок',
    'review|{gp} деген кардарга акча кайтарылган жок',
    'review|Мен {g:gen} ишине абдан ыраазымын',
    'review|Уста {s} убагында келген жок, телефону {ph} жооп бербейт',
    'review|Дарыгер {sgp:dat} ыраазычылык билдирем',
    'chat|салам {g} качан жеткиресиз',
    'chat|{g} рахмат баары келди',
    'chat|саламатсызбы {g} буйрутмам кайда',
    'chat|{ph} ушул номерге {g} чалсын',
    'chat|курьер {s} дагы эле келе элек',
    'chat|{g:dat} айтыңызчы акчаны которуп жибердим',
    'chat|менин атым {g} фамилиям {s}',
    'chat|{g:acc} чакырып бериңизчи',
    'dialogue|Оператор {g}: Саламатсызбы! Сизге кантип жардам бере алам?\nКардар: Буйрутмам келген жок',
    'dialogue|Кардар: Салам, менин атым {gs}\nОператор: Рахмат, {g}, текшерип көрөм',
    'dialogue|Оператор: Атыңызды айтыңыз\nКардар: {g}\nОператор: {g}, бир мүнөт күтө туруңуз',
    'dialogue|Кардар: Алуучу {sgp}\nОператор: Жазып алдым',
    'negative|{brand} аркылуу буйрутма бердим, {place} шаарына үч күндө келди',
    'negative|Рахмат, курьер абдан сылык, баары бүтүн келди',
    'negative|Менеджер чалган жок, оператор да жооп берген жок',
  ],
  en: [
    'review|Huge thanks to {g} from the delivery team, parcel arrived a day early',
    'review|{gs} at the {place} branch sorted my refund in ten minutes',
    'review|Complaint about driver {sg}, left the box in the rain',
    'review|Signed for by {is}, but nothing was inside the bag',
    'review|Ask for {g} at the {street} store, she knows everything about phones',
    'review|I spoke to {gs} twice in {month} and still no refund from {brand}',
    'review|Technician {s} never showed up and his phone {ph} goes to voicemail',
    'review|{g:poss} advice saved me a second trip',
    'review|Five stars for {g} and {g2}, the rest of the staff were useless',
    'review|Dr {s} was patient and kind, highly recommend',
    'chat|hi {g} wheres my order',
    'chat|thanks {g} all good',
    'chat|{g} pls call me back {ph}',
    'chat|spoke to {gs} yesterday she said friday',
    'chat|courier {s} didnt ring the bell again',
    'chat|tell {g} i cancelled',
    'chat|its {g} {s} here about the return',
    'chat|ok {g} cheers',
    'dialogue|Agent {g}: Hi, how can I help today?\nCustomer: My order from {brand} never came',
    'dialogue|Customer: Hello, my name is {gs}\nAgent: Thanks {g}, let me check',
    'dialogue|Agent: Who am I speaking with?\nCustomer: {g}\nAgent: Thanks {g}, one moment',
    'dialogue|{g}: hello, is this the delivery line?\nAgent: Yes, go ahead',
    'dialogue|Agent: The parcel is with driver {sg}, he will call from {ph}\nCustomer: Great',
    'negative|Ordered from {brand}, took three days to reach {place}',
    'negative|Thanks for the quick delivery, driver was polite',
    'negative|The {street} store has been closed since {month}',
    'negative|Happy {holiday} Everyone! Big Savings At {brand} This Week',
    'negative|The Store Manager Promised A Refund, The Senior Cashier Agreed',
  ],
  mixed: [
    'review|Рахмат {g:dat}, заказ пришёл вовремя, hammasi zo‘r',
    'review|Курьер {g} aka молодец, до подъезда донёс',
    'review|Оператор {gs} ответила быстро, спасибо katta',
    'chat|salom {g} aka, когда доставка?',
    'chat|{g} opa спасибо всё пришло',
    'chat|скажите {g:dat} pulni o‘tkazdim',
    'chat|курьер {s} kemadi hali, позвоните {ph}',
    'dialogue|Mijoz: Здравствуйте, меня зовут {gs}\nOperator: Rahmat, {g}, tekshiraman',
    'dialogue|Оператор {g}: Assalomu alaykum, слушаю вас\nMijoz: Buyurtma kelmadi',
    'negative|{brand} dan заказ, {place} ga три дня шёл',
  ],
};

// Mixed Russian/Uzbek text carries Uzbek names in either script, chosen per record.
function templateLang(group: Lang | 'mixed', rng: Rng, text: string): Lang {
  if (group !== 'mixed') return group;
  const latinFrame = /[a-z]/u.test(text.replace(/\{[^}]*\}/gu, ''));
  return latinFrame && rng.chance(0.6) ? 'uz-latn' : rng.chance(0.5) ? 'uz-cyrl' : 'uz-latn';
}

const slotPattern = /\{([a-z]+)(2)?(?::([a-z]+))?\}/gu;
const nameKinds = new Set(['g', 's', 'gs', 'sg', 'gp', 'sgp', 'is', 'si']);

function fill(rng: Rng, group: Lang | 'mixed', template: string): { genre: Genre; text: string; spans: GoldSpan[] } {
  const bar = template.indexOf('|');
  const genre = template.slice(0, bar) as Genre;
  const body = template.slice(bar + 1);
  const lang = templateLang(group, rng, body);
  const people = [drawPerson(rng, lang), drawPerson(rng, lang)];
  let text = '';
  const spans: GoldSpan[] = [];
  let at = 0;
  for (const match of body.matchAll(slotPattern)) {
    text += body.slice(at, match.index);
    at = match.index + match[0].length;
    const [, kind, second, grammaticalCase] = match;
    let value: string;
    let type: GoldSpan['type'] | undefined;
    if (nameKinds.has(kind!)) {
      value = nameForm(rng, lang, people[second ? 1 : 0]!, kind!, (grammaticalCase ?? 'nom') as Case);
      type = 'NAME';
    } else if (kind === 'ph') {
      value = phone(rng, lang);
      type = 'PHONE';
    } else value = negative(rng, lang, kind!);
    // An initial's trailing dot belongs to the name, but a bare name never takes the sentence's punctuation.
    if (type !== undefined) spans.push({ start: text.length, end: text.length + value.length, type });
    text += value;
    // The honorific after a name agrees with the person (aka for men, opa for women).
    if (type === 'NAME') at = agreeHonorific(body, at, people[second ? 1 : 0]!.female, (honorific) => (text += honorific));
  }
  text += body.slice(at);
  // Chat: no capitals anywhere (lower-casing keeps UTF-16 lengths for these alphabets).
  if (genre === 'chat') text = text.toLowerCase();
  return { genre, text, spans };
}

const honorifics: readonly (readonly [string, string])[] = [[' aka', ' opa'], [' ака', ' опа']];
function agreeHonorific(body: string, at: number, female: boolean, write: (honorific: string) => void): number {
  for (const [male, woman] of honorifics) {
    if (body.startsWith(male, at) || body.startsWith(woman, at)) {
      write(female ? woman : male);
      return at + male.length;
    }
  }
  return at;
}

export function generateHoldout(seed: number, count: number): HoldoutRecord[] {
  const rng = createRng(seed);
  const groups = Object.keys(templates) as (Lang | 'mixed')[];
  const records: HoldoutRecord[] = [];
  for (let n = 0; n < count; n++) {
    const group = groups[n % groups.length]!;
    const filled = fill(rng, group, rng.pick(templates[group]));
    records.push({ id: `holdout/${String(n + 1).padStart(5, '0')}`, lang: group, ...filled });
  }
  return records;
}

/** Given names and surnames of the pools that the detector's lists know (should be none). */
async function listedNames(): Promise<string[]> {
  const { loadNameResources } = await import('../src/detect/name/resources.js');
  const { analyzeWord } = await import('../src/detect/name/analyze.js');
  const { foldWord } = await import('../src/text/normalize.js');
  const resources = loadNameResources();
  const listed: string[] = [];
  for (const pool of Object.values(pools)) {
    for (const name of [...pool.male, ...pool.female, ...pool.surnames]) {
      const folded = foldWord(name);
      const cyrillic = /[\u0400-\u04ff]/u.test(folded);
      if (onNameList(analyzeWord(folded, cyrillic, resources, true)) || onNameList(analyzeWord(folded, cyrillic, resources, false))) listed.push(name);
    }
  }
  return listed;
}

export const defaultHoldoutPath = fileURLToPath(new URL('./out/holdout-corpus.jsonl', import.meta.url));

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const { values } = parseArgs({ options: { seed: { type: 'string' }, count: { type: 'string' }, out: { type: 'string' }, check: { type: 'boolean' } } });
  if (values.check) {
    const listed = await listedNames();
    process.stdout.write(listed.length === 0 ? 'no pool name is on the detector lists\n' : `listed (remove them from the pools): ${listed.join(' ')}\n`);
    process.exit(listed.length === 0 ? 0 : 1);
  }
  const seed = values.seed === undefined ? 31 : Number(values.seed);
  const count = values.count === undefined ? 3000 : Number(values.count);
  if (!Number.isInteger(seed) || !Number.isInteger(count) || count <= 0) throw new Error('--seed and --count must be integers, --count positive');
  const path = values.out ?? defaultHoldoutPath;
  const records = generateHoldout(seed, count);
  const content = records.map((record) => JSON.stringify(record)).join('\n') + '\n';
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, content);
  process.stdout.write(`wrote ${records.length} records (${(Buffer.byteLength(content) / 1e6).toFixed(2)} MB) to ${relative(process.cwd(), path)}\n`);
}
