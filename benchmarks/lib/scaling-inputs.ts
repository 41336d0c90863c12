// Seeded inputs for the linear-cost checks: realistic mixed reviews and the adversarial shapes of issue 6.

import { createRng } from './rng.js';

export const adversarialKinds = [
  'digits and separators',
  "'@' run",
  'one long token',
  'capitalised words',
  'Cyrillic lower-case chat',
] as const;
export type AdversarialKind = (typeof adversarialKinds)[number];

const latinSyllables = ['ka', 'ri', 'mo', 'ta', 'sha', 'lo', 'be', 'nur', 'ay', 'gul', 'dil', 'xon', 'bek', 'ro', 'za'];
const cyrillicSyllables = ['ка', 'ри', 'мов', 'та', 'ша', 'ло', 'бе', 'нур', 'ай', 'гүл', 'дил', 'хон', 'бек', 'ро', 'за', 'қы', 'өз'];
const chatWords = ['привет', 'заказ', 'доставка', 'спасибо', 'когда', 'будет', 'курьер', 'опять', 'норм', 'ок', 'жду', 'уже', 'час', 'рахмат', 'рақмет'];
const separators = [' ', '-', '(', ')', '+', '.', ' ', '-'];

function fill(length: number, piece: () => string): string {
  const parts: string[] = [];
  let size = 0;
  while (size < length) {
    const next = piece();
    parts.push(next);
    size += next.length;
  }
  return parts.join('').slice(0, length);
}

function word(syllables: readonly string[], rng: ReturnType<typeof createRng>): string {
  let out = '';
  const count = rng.int(1, 4);
  for (let i = 0; i < count; i++) out += rng.pick(syllables);
  return out;
}

const capitalise = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

/**
 * `length` UTF-16 code units of one adversarial shape; the same kind, length and variant always give the same text.
 * Other variants are other texts of the same shape: benchmarks that repeat a call use a new variant each time, so
 * that the detectors' caches (phone verdicts, interned words) never see the text again.
 */
export function adversarialInput(kind: AdversarialKind, length: number, variant = 0): string {
  const rng = createRng(6_000 + adversarialKinds.indexOf(kind) + 1_000 * variant);
  switch (kind) {
    case 'digits and separators':
      return fill(length, () => rng.digits(rng.int(1, 4)) + rng.pick(separators));
    case "'@' run":
      return '@'.repeat(length);
    case 'one long token': {
      const alphabet = 'abcdefghijklmnopqrstuvwxyz0123456789._-';
      return fill(length, () => alphabet[rng.int(0, alphabet.length - 1)]!);
    }
    case 'capitalised words':
      return fill(length, () => `${capitalise(word(rng.chance(0.5) ? latinSyllables : cyrillicSyllables, rng))} `);
    case 'Cyrillic lower-case chat':
      return fill(length, () => `${rng.chance(0.3) ? rng.pick(chatWords) : word(cyrillicSyllables, rng)}${rng.chance(0.1) ? ', ' : ' '}`);
  }
}

// Synthetic (not real) people and numbers, so the realistic input has entities every sentence.
const templates = [
  (n: string, p: string) => `Меня зовут ${n}, курьер опоздал на час. Перезвоните на ${p}. `,
  (n: string, p: string) => `Salom, men ${n}. Buyurtma kechikdi, raqamim ${p}. `,
  (n: string, p: string) => `Operator ${n} was polite; call me back at ${p} or write to user${p.slice(-2)}@example.com. `,
  (n: string, p: string) => `Сәлеметсіз бе, менің атым ${n}. Нөмірім ${p}. `,
];
const people = ['Тестов Тест', 'Testbek Testov', 'Jane Testperson', 'Тестбек Тестұлы'];

/** Mixed-language reviews with a name and a phone in every sentence, repeated to `length` code units. */
export function realisticInput(length: number): string {
  const rng = createRng(6_100);
  return fill(length, () => rng.pick(templates)(rng.pick(people), `+998 90 ${rng.digits(3)} ${rng.digits(2)} ${rng.digits(2)}`));
}
