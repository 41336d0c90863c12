// Lower-case Russian chat: a given name and a surname after it agree in case and gender (`драгомир жмуров обещал`,
// `у беляны белоусовой`, `с милонегом ремезовым`). ru-chat-lower-slots.ts asks this of a listed given name, or of a
// word Russian does not know before a listed surname, that no place found.

// Cases as bits: nominative, genitive, dative, accusative, instrumental, prepositional.
const N = 1;
const G = 2;
const D = 4;
const A = 8;
const I = 16;
const P = 32;

/** The cases a given name's form `form` of base `base` may be in (0: none read), and whether the name is a woman's. */
function givenCases(form: string, base: string): number {
  const feminine = base.endsWith('а') || base.endsWith('я');
  if (form === base) return feminine || !base.endsWith('ь') ? N : N | A;
  if (base.endsWith('ь') && !feminine) {
    // `игорь`/`любовь`: either declension.
    return cases(form, [['я', G | A], ['ю', D], ['ем', I], ['е', P], ['и', G | D | P], ['ью', I]]);
  }
  if (feminine) return cases(form, [['ы', G], ['и', G | D | P], ['е', D | P], ['у', A], ['ю', A], ['ой', I], ['ей', I]]);
  return cases(form, [['а', G | A], ['я', G | A], ['у', D], ['ю', D], ['ом', I], ['ем', I], ['ём', I], ['е', P]]);
}

function cases(form: string, table: readonly (readonly [string, number])[]): number {
  let found = 0;
  let length = 0;
  for (const [ending, bits] of table) {
    if (!form.endsWith(ending) || ending.length < length) continue;
    found = ending.length > length ? bits : found | bits;
    length = ending.length;
  }
  return found;
}

/** The cases surname form `form` (base `base`) may be in for a woman (`feminine`) or a man; 0 for none. */
function surnameCases(form: string, base: string, feminine: boolean): number {
  if (base.endsWith('ий') || base.endsWith('ая')) {
    const stem = base.slice(0, -2);
    if (!form.startsWith(stem)) return 0;
    const ending = form.slice(stem.length);
    if (feminine) return ending === 'ая' ? N : ending === 'ой' ? G | D | I | P : ending === 'ую' ? A : 0;
    return ending === 'ий' ? N : ending === 'ого' ? G | A : ending === 'ому' ? D : ending === 'им' ? I : ending === 'ом' ? P : 0;
  }
  const possessive = /(?:ов|ев|ёв|ин|ын)а?$/u.test(base);
  if (possessive) {
    const stem = base.endsWith('а') ? base.slice(0, -1) : base;
    if (!form.startsWith(stem)) return 0;
    const ending = form.slice(stem.length);
    if (feminine) return ending === 'а' ? N : ending === 'ой' ? G | D | I | P : ending === 'у' ? A : 0;
    return ending === '' ? N : ending === 'а' ? G | A : ending === 'у' ? D : ending === 'ым' ? I : ending === 'е' ? P : 0;
  }
  // A woman's surname in a consonant, -о, -их/-ых, -дзе, -швили, -ян does not decline; a man's in a consonant does.
  if (feminine || /(?:о|их|ых|дзе|швили|ия)$/u.test(base)) return form === base ? N | G | D | A | I | P : 0;
  if (form === base) return N;
  return form.startsWith(base) ? cases(form.slice(base.length - 1), [['а', G | A], ['у', D], ['ом', I], ['ем', I], ['е', P]]) : 0;
}

/**
 * Given name `givenForm` (base `givenBase`) and surname `surnameForm` (base `surnameBase`, either gender's) agree in
 * case and gender: `у беляны белоусовой`, `у сергея кудрявцева`, `с милонегом ремезовым`.
 */
export function pairAgrees(givenForm: string, givenBase: string, surnameForm: string, surnameBase: string): boolean {
  const given = givenCases(givenForm, givenBase);
  if (given === 0) return false;
  const soft = givenBase.endsWith('ь');
  const woman = givenBase.endsWith('а') || givenBase.endsWith('я');
  let womanBase = surnameBase;
  let manBase = surnameBase;
  if (/(?:ова|ева|ёва|ина|ына)$/u.test(surnameBase)) manBase = surnameBase.slice(0, -1);
  else if (/(?:ов|ев|ёв|ин|ын)$/u.test(surnameBase)) womanBase = surnameBase + 'а';
  else if (/(?:ская|цкая)$/u.test(surnameBase)) manBase = surnameBase.slice(0, -2) + 'ий';
  else if (/(?:ский|цкий)$/u.test(surnameBase)) womanBase = surnameBase.slice(0, -2) + 'ая';
  if ((woman || soft) && (given & surnameCases(surnameForm, womanBase, true)) !== 0) return true;
  return !woman && (given & surnameCases(surnameForm, manBase, false)) !== 0;
}
