// Name pools and morphology of the blind corpus (benchmarks/blind-corpus.ts), written without looking at the
// detector or the other corpora: given names, surnames and patronymics per language, with case endings.
//
// `unlisted` pools hold real or real-sounding names that `--check` proves absent from the detector's lists (given
// names, surnames and the surname stems); `listed` pools hold everyday names that are on the lists, because
// customers write those too. Uzbek Cyrillic pools are the Latin pools transliterated.

import type { Rng } from './rng.js';

export type NameLang = 'ru' | 'uz-latn' | 'uz-cyrl' | 'kk' | 'ky' | 'en' | 'tg';
export type PoolKind = 'listed' | 'unlisted';

export interface NamePool {
  male: readonly string[];
  female: readonly string[];
  /** Masculine base form; feminine forms are derived. */
  surnames: readonly string[];
}

// ---------------------------------------------------------------------------------------------------------------
// Uzbek Latin → Cyrillic (the official 1995 correspondence, enough for names).

const digraphs: readonly (readonly [string, string])[] = [
  ["o'", 'ў'], ["g'", 'ғ'], ['sh', 'ш'], ['ch', 'ч'], ['yo', 'ё'], ['yu', 'ю'], ['ya', 'я'], ['ye', 'е'], ["'", 'ъ'],
];
const letters: Record<string, string> = {
  a: 'а', b: 'б', d: 'д', e: 'е', f: 'ф', g: 'г', h: 'ҳ', i: 'и', j: 'ж', k: 'к', l: 'л', m: 'м', n: 'н', o: 'о', p: 'п',
  q: 'қ', r: 'р', s: 'с', t: 'т', u: 'у', v: 'в', x: 'х', y: 'й', z: 'з',
};

export function uzLatinToCyrillic(latin: string): string {
  let out = '';
  const lower = latin.toLowerCase();
  for (let i = 0; i < lower.length; ) {
    const upper = latin[i] !== lower[i];
    let piece: string | undefined;
    let width = 1;
    for (const [from, to] of digraphs) {
      if (lower.startsWith(from, i)) {
        piece = to;
        width = from.length;
        break;
      }
    }
    if (piece === undefined) {
      const char = lower[i]!;
      // A word-initial e is э in Cyrillic Uzbek (Eshmat → Эшмат).
      piece = char === 'e' && (i === 0 || !/\p{L}/u.test(lower[i - 1]!)) ? 'э' : (letters[char] ?? char);
    }
    out += upper ? piece.charAt(0).toUpperCase() + piece.slice(1) : piece;
    i += width;
  }
  return out;
}

function transliteratePool(pool: NamePool): NamePool {
  return { male: pool.male.map(uzLatinToCyrillic), female: pool.female.map(uzLatinToCyrillic), surnames: pool.surnames.map(uzLatinToCyrillic) };
}

// ---------------------------------------------------------------------------------------------------------------
// Pools.

const unlistedLatinUz: NamePool = {
  male: [
    'Shohruhmirzo', 'Nurislom', 'Zarifbek', 'Xurshidbek', 'Shukrullo', 'Ixtiyor', 'Sarvarbek', 'Zuhriddin', 'Quvonchbek',
    'Ravshanbek', 'Abdusamad', 'Nodirbek', 'Temurmalik', 'Iskandarbek', 'Sunnatilla', 'Abdurauf', 'Xayrullo', 'Nusratillo',
    'Shoxjahon', 'Ulmasbek', 'Bobomurod', 'Hasanboy', 'Doniyorbek', 'Xondamir', 'Oyatillo', 'Sayfulla',
    'Yusufbek', 'Abdulvosit', 'Davronbek', 'Faxriddin', 'Hamidullo', 'Jamshidbek', 'Latifjon', 'Mashrabjon', 'Nurmuhammad',
    'Xusniddin', 'Shavkatbek', 'Inomjon', 'Mirzaakbar', 'Qudratillo', 'Sayidazim',
  ],
  female: [
    'Zarnigor', 'Sabohat', 'Muxlisa', 'Zebiniso', 'Orzigul', 'Qunduz', 'Bibisora', 'Gulyuz', 'Mohichehra', 'Nozigul',
    'Dilnura', 'Shodiya', 'Hurriyat', 'Sarvigul', 'Gulrux', 'Moxirabonu', 'Gulshoda', 'Gulandom', 'Zumrad', 'Oysuluv',
    'Mohigul', 'Tanzila', 'Xumora', 'Nafosat', 'Parizod', 'Qumri', 'Tillaxon', 'Mashhura', 'Moxlaroyim', 'Xonzodabegim',
  ],
  surnames: [
    "Qo'chqorov", 'Normurodov', 'Xolmirzayev', "Jo'rayev", 'Tursunboyev', 'Boymurodov',
    "Yo'ldoshev", 'Mirzaqulov', 'Abduvohidov', 'Erkinboyev', 'Xudoyberdiyev', 'Tojiboyev', 'Pardayev',
    'Nazarqulov', 'Mamatqulov', 'Rahmonqulov', 'Saidaxmedov', 'Eshqobilov', "Qo'ziyev", 'Sultonmurodov',
    'Xushvaqtov', "Tog'ayev", 'Xayitboyev', 'Rahimberdiyev', 'Allaberganov', 'Matyoqubov', 'Bekchanov',
    'Ollanazarov', 'Quvondiqov', 'Jumaniyozov', 'Otajonov', 'Sapayev', 'Yusupaliyev', 'Ahmadaliyev', 'Nishonboyev',
    'Mamajonov', "To'xtasinov", 'Valixonov', 'Egamberdiyev', 'Berdimurodov',
  ],
};

export const unlistedPools: Record<NameLang, NamePool> = {
  ru: {
    male: [
      'Пафнутий', 'Добрыня', 'Акакий', 'Митрофан', 'Власий', 'Яким', 'Акинфий', 'Варсонофий', 'Досифей', 'Сысой',
      'Трифилий', 'Хрисанф', 'Дормидонт', 'Евтихий', 'Мардарий', 'Созонт', 'Африкан', 'Гермоген', 'Евфимий', 'Кирьян',
      'Мелентий', 'Пантелей', 'Протас', 'Феодул',
    ],
    female: [
      'Ефросинья', 'Гликерия', 'Аглая', 'Матрёна', 'Златослава', 'Капитолина', 'Домна', 'Пульхерия', 'Римма', 'Виринея',
      'Евстолия', 'Лукерья', 'Евфимия', 'Еликонида', 'Меланья', 'Неонила', 'Текуса', 'Хиония', 'Юлиания', 'Васса',
      'Конкордия', 'Маремьяна', 'Секлетея', 'Фотиния', 'Калерия', 'Поликсена', 'Платонида', 'Фавста',
    ],
    surnames: [
      'Пестряков', 'Кожемякин', 'Шелепугин', 'Подкорытов', 'Збруев', 'Тарабукин', 'Ерохин', 'Кулёмин', 'Сыромятников',
      'Недорезов', 'Заботкин', 'Гусляров', 'Толокнов', 'Мазуров', 'Бахметьев', 'Окунев', 'Портнягин',
      'Свистунов', 'Тюрин', 'Лапшин', 'Бочкарёв', 'Веретенников', 'Голубцов', 'Дробышев', 'Жеребцов', 'Зубарев', 'Лыков',
      'Мухортов', 'Нечаев', 'Пряхин', 'Рогожин', 'Сбитнев', 'Хомутов', 'Чеботарёв', 'Шапошников', 'Щеглов', 'Ярцев',
      'Бубенцов', 'Вислоухов', 'Гречишкин', 'Долгоносов', 'Колпаков', 'Мочалкин', 'Овсянников', 'Пищулин', 'Сухоруков',
      'Черепанов', 'Шестопалов', 'Кисляков', 'Лопатин', 'Вержбицкий', 'Загорулько',
    ],
  },
  'uz-latn': unlistedLatinUz,
  'uz-cyrl': transliteratePool(unlistedLatinUz),
  kk: {
    male: [
      'Ерсұлтан', 'Нұрболат', 'Ақтілек', 'Жәнібек', 'Ерқанат', 'Өркен', 'Тілеуберді', 'Үмбетәлі', 'Ысқақ', 'Ақберді',
      'Дәуренбек', 'Ерден', 'Жарылқасын', 'Өтеген', 'Сапарғали', 'Тұрарбек', 'Ұзақбай', 'Шәріпхан', 'Жанбота', 'Қуатбек',
      'Мейрамбек', 'Нұрсейіт', 'Ділмұрат', 'Есенгелді', 'Қанатбек', 'Ләтипхан', 'Мұхамедияр', 'Тәңірберген', 'Айбатыр',
      'Жасарал', 'Кәдірбек',
    ],
    female: [
      'Інжу', 'Толқын', 'Ақжүніс', 'Баянсұлу', 'Дәметкен', 'Ақсәуле', 'Балауса', 'Жаңагүл', 'Нұрсәуле', 'Хадиша',
      'Шәрбану', 'Ақкербез', 'Гүлбаршын', 'Нағима', 'Түймегүл', 'Дәрия', 'Жайнагүл', 'Күнзира',
    ],
    surnames: [
      'Сейтқалиев', 'Төлеубаев', 'Тұрсынбаев', 'Әбішев', 'Байжанов',
      'Сәрсенбаев', 'Нұрпейісов', 'Мұқанов', 'Төкенов', 'Смағұлов', 
      'Бердіқожин', 'Есенжолов', 'Жақыпбеков', 'Қалиакбаров', 'Мырзағалиев', 'Нұрмағамбетов', 
      'Тәжібаев', 'Үсенов', 'Шалабаев', 'Ізбасаров', 'Әмірбеков', 'Байғазиев', 'Досмұхамбетов', 'Жанұзақов', 'Көшербаев',
      'Қуанышбаев', 'Омарбеков', 'Рысқұлов', 'Сыздықов',
    ],
  },
  ky: {
    male: [
      'Эмилбек', 'Калысбек', 'Жениш', 'Мундузбек', 'Төлөгөн', 'Сүйүнбай', 'Нурдөөлөт', 'Жолдошбек', 'Үмөтбек', 'Кочкорбай',
      'Сыймык', 'Нуржигит', 'Айдарбек', 'Зарылбек', 'Ильгиз', 'Өскөн', 'Сапарбек', 'Чоробек', 'Эрнис', 'Ыйманбек', 'Кемел',
      'Нурсейит', 'Орозбек', 'Сейитбек', 'Токтобек', 'Үсөн',
    ],
    female: [
      'Жаңылай', 'Сайкал', 'Мээрбан', 'Айчүрөк', 'Мирбүбү', 'Айтолкун', 'Бүбүсара', 'Гүлайым', 'Таттыбүбү', 'Уулкан',
      'Чынаргүл', 'Айкыз', 'Бактыбүбү', 'Гүлкайыр', 'Зуура', 'Мөлмөл', 'Урпия', 'Айсалкын', 'Гүлсайра', 'Жибегүл',
      'Канышай', 'Нуркыз', 'Сонунгүл', 'Токтобүбү', 'Үмүткан', 'Шаарбүбү', 'Айымкан',
    ],
    surnames: [
      'Жээнбеков', 'Осмонкулов', 'Бейшеналиев', 'Абдылдаев', 'Сатыбалдиев', 'Тынайбеков', 'Мамбеталиев', 'Бообеков',
      'Ысмайылов', 'Түлөбердиев', 'Эсенгулов', 'Кадырбеков', 'Өмүралиев', 'Сыдыков', 'Акматов', 'Турдубаев',
      'Бекмаматов', 'Асанкулов', 'Дүйшөнбиев', 'Каримшаков', 'Мамытов', 'Нурматов', 'Орозбаев', 'Сагынбаев',
      'Үсөнов', 'Чолпонкулов', 'Шаршеналиев', 'Эркинбаев', 'Ажыбаев', 'Кулбаев', 'Молдокулов', 'Тологонов',
    ],
  },
  en: {
    male: [
      'Barnaby', 'Lysander', 'Peregrine', 'Evander', 'Alaric', 'Cassius', 'Caspian', 'Octavius', 'Crispin', 'Obadiah',
      'Zebulon', 'Thelonious', 'Hezekiah', 'Osric', 'Fennimore', 'Hadrian', 'Lorcan', 'Wystan',
    ],
    female: [
      'Philippa', 'Araminta', 'Persephone', 'Seraphina', 'Perpetua', 'Euphemia', 'Honora', 'Jessamine', 'Tamsin',
      'Zinnia', 'Briony', 'Isolde', 'Morwenna', 'Elowen', 'Ismay',
    ],
    surnames: [
      'Pemberton', 'Featherstonehaugh', 'Cresswell', 'Dunsmore', 'Eversleigh', 'Gatling', 'Hartigan', 'Ingleby', 'Jarrold',
      'Kettleby', 'Marchbanks', 'Netherby', 'Ollerenshaw', 'Pettigrew', 'Quarrington', 'Ravenscroft', 'Thistlewood',
      'Vickery', 'Wetherell', 'Yardley', 'Brimble', 'Coggeshall', 'Applegarth', 'Bellingham', 'Cloudesley', 'Dimmock',
      'Entwistle', 'Fothergill', 'Greenhalgh', 'Hollinshead', 'Inchbald', 'Juxon',
    ],
  },
  tg: {
    male: [
      'Сиёвуш', 'Исфандиёр', 'Шахриёр', 'Бахтовар', 'Бежан', 'Навид', 'Ориён', 'Фаромарз', 'Кайхусрав', 'Азизулло',
      'Диловар', 'Илхомчон', 'Кароматулло', 'Лутфулло', 'Нематулло', 'Рахматулло', 'Субхон', 'Фозил', 'Хайрулло', 'Эхсон',
    ],
    female: [
      'Мехрона', 'Зарафшон', 'Мадинахон', 'Мохру', 'Фаришта', 'Шукрона', 'Бунафша', 'Гулрухбону', 'Зарринамо', 'Мехринисо',
      'Ниёзмо', 'Паризод', 'Рухсора', 'Санавбар', 'Табассум', 'Гулафшон', 'Нозия', 'Рафоат', 'Шахрбону',
    ],
    surnames: [
      'Давлатзода', 'Шарифзода', 'Курбонзода', 'Хайдарзода',
      'Ашурзода', 'Ганджипур', 'Файзуллоев', 'Начмиддинов', 'Саъдуллоев',
    ],
  },
};

const listedLatinUz: NamePool = {
  male: ['Jahongir', 'Sherzod', 'Otabek', 'Bahodir', 'Farrux', 'Javohir', 'Elyor', 'Humoyun', 'Jaloliddin', 'Asadbek'],
  female: ['Nilufar', 'Shahnoza', 'Dildora', 'Feruza', 'Nodira', 'Gulnoza', 'Madina', 'Zilola', 'Sitora', 'Mohira'],
  surnames: ['Usmonov', 'Islomov', "Mo'minov", 'Karimov', 'Rahimov', 'Aliyev', 'Tursunov', 'Yusupov'],
};

export const listedPools: Record<NameLang, NamePool> = {
  ru: {
    male: ['Тарас', 'Мирон', 'Остап', 'Тихон', 'Кузьма', 'Прохор', 'Савва', 'Ростислав', 'Андрей', 'Дмитрий', 'Сергей'],
    female: ['Ульяна', 'Василиса', 'Серафима', 'Снежана', 'Таисия', 'Евдокия', 'Ольга', 'Наталья', 'Екатерина'],
    surnames: ['Шубин', 'Коновалов', 'Тетерин', 'Журавлёв', 'Иванов', 'Смирнов', 'Кузнецов', 'Попов'],
  },
  'uz-latn': listedLatinUz,
  'uz-cyrl': transliteratePool(listedLatinUz),
  kk: {
    male: ['Дәулет', 'Бауыржан', 'Ербол', 'Дархан', 'Қайрат', 'Талғат', 'Мақсат', 'Ерасыл', 'Мирас'],
    female: ['Айгерім', 'Жансая', 'Мөлдір', 'Меруерт', 'Салтанат', 'Аружан', 'Гүлмира', 'Назерке', 'Әсем'],
    surnames: ['Оспанов', 'Қасымов', 'Ахметов', 'Сейтов', 'Жақсылықов'],
  },
  ky: {
    male: ['Бакыт', 'Азамат', 'Мирлан', 'Таалай', 'Чынгыз', 'Адилет', 'Эрмек', 'Медер', 'Талант'],
    female: ['Айпери', 'Айзада', 'Бурул', 'Чолпон', 'Мээрим', 'Бегимай', 'Назгүл', 'Жылдыз', 'Элнура'],
    surnames: ['Бакиров', 'Асанов', 'Мамытов', 'Алиев', 'Сыдыков'],
  },
  en: {
    male: ['Thaddeus', 'Ezekiel', 'Leopold', 'Tobias', 'Silas', 'James', 'Michael', 'Daniel'],
    female: ['Henrietta', 'Cordelia', 'Ophelia', 'Rosalind', 'Winifred', 'Emily', 'Sarah', 'Laura'],
    surnames: ['Lockwood', 'Underhill', 'Fairweather', 'Smith', 'Johnson', 'Walker'],
  },
  tg: {
    male: ['Фирдавс', 'Джамшед', 'Далер', 'Парвиз', 'Комрон', 'Хуршед', 'Сухроб', 'Шохрух'],
    female: ['Тахмина', 'Манижа', 'Фарангис', 'Нигина', 'Шабнам', 'Парвина', 'Мунира'],
    surnames: ['Сафаров', 'Шарипов', 'Бобоев', 'Мирзоев', 'Джураев'],
  },
};

// ---------------------------------------------------------------------------------------------------------------
// People.

export interface Person {
  lang: NameLang;
  pool: PoolKind;
  female: boolean;
  given: string;
  /** Masculine base form. */
  surname: string;
  /** The father's given name (patronymics are built from it). */
  father: string;
}

export function drawPerson(rng: Rng, lang: NameLang, pool: PoolKind): Person {
  const names = (pool === 'listed' ? listedPools : unlistedPools)[lang];
  const female = rng.chance(0.5);
  // Fathers of Russian patronymics need a consonant or -й ending (Пафнутий → Пафнутьевич reads oddly, so skip -ий).
  const fathers = lang === 'ru' ? names.male.filter((name) => /[бвгджзклмнпрстфхцчшщ]$/u.test(name)) : names.male;
  return {
    lang,
    pool,
    female,
    given: rng.pick(female ? names.female : names.male),
    surname: rng.pick(names.surnames),
    father: rng.pick(fathers.length > 0 ? fathers : names.male),
  };
}

/** Surname stems for --check: the surname without its surname suffix (Пестряков → Пестряк). */
export function surnameStem(surname: string): string | undefined {
  const match = /^(.{3,}?)(?:ovich|ov|yev|iyev|ev|ин|ов|ев|ёв|зода|пур|ский|ко)$/iu.exec(surname);
  return match?.[1];
}

// ---------------------------------------------------------------------------------------------------------------
// Morphology.

export type Case = 'nom' | 'gen' | 'dat' | 'acc' | 'ins' | 'loc' | 'abl';

/** Feminine surname from the masculine base. */
export function feminineSurname(lang: NameLang, surname: string): string {
  if (/(зода|пур)$/u.test(surname)) return surname;
  if (/ский$/u.test(surname)) return surname.slice(0, -2) + 'ая';
  if (/(ов|ев|ёв|ин)$/u.test(surname)) return surname + 'а';
  if (lang === 'uz-latn' && /(ov|ev)$/u.test(surname)) return surname + 'a';
  return surname;
}

const hushing = /[гкхжшчщ]$/u;

/** Russian declension of one name word; `kind` says how it declines. */
export function russianCase(word: string, grammaticalCase: Case, kind: 'given' | 'surname' | 'patronymic', female: boolean): string {
  if (grammaticalCase === 'nom' || grammaticalCase === 'abl') return word;
  const c = grammaticalCase;
  if (kind === 'surname') {
    if (/(ко|зода|пур)$/u.test(word)) return word;
    if (/ая$/u.test(word)) return word.slice(0, -2) + { gen: 'ой', dat: 'ой', acc: 'ую', ins: 'ой', loc: 'ой' }[c];
    if (/ий$/u.test(word)) return word.slice(0, -2) + { gen: 'ого', dat: 'ому', acc: 'ого', ins: 'им', loc: 'ом' }[c];
    if (female && /а$/u.test(word)) return word.slice(0, -1) + { gen: 'ой', dat: 'ой', acc: 'у', ins: 'ой', loc: 'ой' }[c];
    if (female) return word;
    if (/(ов|ев|ёв|ин)$/u.test(word)) return word + { gen: 'а', dat: 'у', acc: 'а', ins: 'ым', loc: 'е' }[c];
    return word;
  }
  if (kind === 'patronymic') {
    if (female) return word.slice(0, -1) + { gen: 'ы', dat: 'е', acc: 'у', ins: 'ой', loc: 'е' }[c];
    return word + { gen: 'а', dat: 'у', acc: 'а', ins: 'ем', loc: 'е' }[c];
  }
  if (/ия$/u.test(word)) return word.slice(0, -1) + { gen: 'и', dat: 'и', acc: 'ю', ins: 'ей', loc: 'и' }[c];
  if (/ья$/u.test(word) || /я$/u.test(word)) return word.slice(0, -1) + { gen: 'и', dat: 'е', acc: 'ю', ins: 'ей', loc: 'е' }[c];
  if (/а$/u.test(word)) return word.slice(0, -1) + { gen: hushing.test(word.slice(0, -1)) ? 'и' : 'ы', dat: 'е', acc: 'у', ins: 'ой', loc: 'е' }[c];
  if (female) return word;
  if (/ий$/u.test(word)) return word.slice(0, -1) + { gen: 'я', dat: 'ю', acc: 'я', ins: 'ем', loc: 'и' }[c];
  if (/[йь]$/u.test(word)) return word.slice(0, -1) + { gen: 'я', dat: 'ю', acc: 'я', ins: 'ем', loc: 'е' }[c];
  return word + { gen: 'а', dat: 'у', acc: 'а', ins: /[жшчщц]$/u.test(word) ? 'ем' : 'ом', loc: 'е' }[c];
}

/** Russian patronymic of a father's name (Сысой → Сысоевич/Сысоевна). */
export function russianPatronymic(father: string, female: boolean): string {
  if (/[ая]$/u.test(father)) return father.slice(0, -1) + (female ? 'ична' : 'ич');
  const stem = /й$/u.test(father) ? father.slice(0, -1) + 'ев' : /[жшчщцоуиеёыэю]$/u.test(father) ? father + 'ев' : father + 'ов';
  return stem + (female ? 'на' : 'ич');
}

export function uzbekLatinCase(word: string, grammaticalCase: Case): string {
  switch (grammaticalCase) {
    case 'gen': return word + 'ning';
    case 'dat': return word + (/k$/u.test(word) ? 'ka' : /q$/u.test(word) ? 'qa' : 'ga');
    case 'acc': return word + 'ni';
    case 'abl': return word + 'dan';
    case 'loc': return word + 'da';
    // The instrumental is the postposition bilan, written by the template.
    default: return word;
  }
}

export function uzbekCyrillicCase(word: string, grammaticalCase: Case): string {
  switch (grammaticalCase) {
    case 'gen': return word + 'нинг';
    case 'dat': return word + (/к$/u.test(word) ? 'ка' : /қ$/u.test(word) ? 'қа' : 'га');
    case 'acc': return word + 'ни';
    case 'abl': return word + 'дан';
    case 'loc': return word + 'да';
    default: return word;
  }
}

const kazakhFrontVowels = 'әеіөүиэ';
const voiceless = /[кқпстфхцчшщ]$/u;
const nasal = /[мнң]$/u;
const vowelEnd = /[аәеиоөуұүыіэюя]$/u;

function lastVowel(word: string, vowels: string): string | undefined {
  for (let i = word.length - 1; i >= 0; i--) if (vowels.includes(word[i]!)) return word[i];
  return undefined;
}

/** Kazakh case ending with vowel harmony and consonant assimilation. */
export function kazakhCase(word: string, grammaticalCase: Case): string {
  const lower = word.toLowerCase();
  // у and и are written in both harmonies (Інжу → Інжуге); the vowel before them decides.
  const vowel = lastVowel(lower, 'аоұыәеіөүэя') ?? 'а';
  const front = kazakhFrontVowels.includes(vowel);
  const a = front ? 'е' : 'а';
  const y = front ? 'і' : 'ы';
  const k = voiceless.test(lower);
  const n = nasal.test(lower);
  switch (grammaticalCase) {
    case 'gen': return word + (vowelEnd.test(lower) || n ? 'н' : k ? 'т' : 'д') + y + 'ң';
    case 'acc': return word + (vowelEnd.test(lower) ? 'н' : k ? 'т' : 'д') + y;
    case 'dat': return word + (k ? (front ? 'ке' : 'қа') : (front ? 'ге' : 'ға'));
    case 'loc': return word + (k ? 'т' : 'д') + a;
    case 'abl': return word + (n ? 'н' : k ? 'т' : 'д') + a + 'н';
    case 'ins': return word + (k ? 'п' : vowelEnd.test(lower) || n || /[жз]$/u.test(lower) ? 'м' : 'б') + 'ен';
    default: return word;
  }
}

/** Kyrgyz case ending with four-way vowel harmony. */
export function kyrgyzCase(word: string, grammaticalCase: Case): string {
  const lower = word.toLowerCase();
  const vowel = lastVowel(lower, 'аоуыеиөүэюя') ?? 'а';
  const harmony: Record<string, [string, string]> = { а: ['а', 'ы'], я: ['а', 'ы'], ы: ['а', 'ы'], о: ['о', 'у'], у: ['о', 'у'], ю: ['о', 'у'], е: ['е', 'и'], э: ['е', 'и'], и: ['е', 'и'], ө: ['ө', 'ү'], ү: ['ө', 'ү'] };
  const [a, y] = harmony[vowel] ?? ['а', 'ы'];
  const k = voiceless.test(lower);
  const endsVowel = vowelEnd.test(lower);
  switch (grammaticalCase) {
    case 'gen': return word + (endsVowel ? 'н' : k ? 'т' : 'д') + y + 'н';
    case 'acc': return word + (endsVowel ? 'н' : k ? 'т' : 'д') + y;
    case 'dat': return word + (k ? 'к' : 'г') + a;
    case 'loc': return word + (k ? 'т' : 'д') + a;
    case 'abl': return word + (k ? 'т' : 'д') + a + 'н';
    // The instrumental is the postposition менен, written by the template after the name.
    default: return word;
  }
}

export function englishCase(word: string, grammaticalCase: Case): string {
  return grammaticalCase === 'gen' ? word + (word.endsWith('s') ? "'" : "'s") : word;
}

/** Case ending on the last word of a Turkic or English name; every word for Russian is declined by the caller. */
export function inflectLast(lang: NameLang, word: string, grammaticalCase: Case): string {
  switch (lang) {
    case 'uz-latn': return uzbekLatinCase(word, grammaticalCase);
    case 'uz-cyrl': return uzbekCyrillicCase(word, grammaticalCase);
    case 'kk': return kazakhCase(word, grammaticalCase);
    case 'ky': return kyrgyzCase(word, grammaticalCase);
    case 'en': return englishCase(word, grammaticalCase);
    default: return word;
  }
}
