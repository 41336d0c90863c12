import { describe, expect, it } from 'vitest';
import { createNameDetector } from '../../src/detect/name/index.js';
import { resolveSpans } from '../../src/detect/resolve.js';

const detector = createNameDetector();

function names(text: string): string[] {
  const spans = resolveSpans(text, detector.detect(text, { regions: [], knownNames: [] }), { threshold: 0.5, allow: new Set(), deny: [] });
  return spans.map((span) => text.slice(span.start, span.end));
}

// Invented given names on none of the lists (`Зорбила`, `Бренадин`): only the surname's ending vouches for them.
describe('an unlisted capitalised word right before a surname found by its ending is the given name', () => {
  it.each([
    ['Kazakh, mid-sentence, genitive surname', 'Екі жыл бұрын Зорбила Бренидованың баласы ауырды.', ['Зорбила Бренидованың']],
    ['Kazakh, opening the sentence', 'Зорбила Бренидова бес пайыз алды.', ['Зорбила Бренидова']],
    ['Kazakh, a given name ending like a dative', 'Жоба авторы — Зорбиге Бренидов.', ['Зорбиге Бренидов']],
    ['a given name in -дин scored as a weak surname of its own', 'Тілшілер: Бренадин Зорбитов, Қарасай ауданы.', ['Бренадин Зорбитов']],
    ['Russian, mid-sentence', 'Вчера в офис пришла Зорбила Бренидова из соседнего отдела.', ['Зорбила Бренидова']],
  ])('%s: %j', (_kind, text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    ['a compound noun with a lower-case part', 'Пресс-служба Бренидова сообщила об этом.', 'Пресс-служба'],
    ['a Kazakh locative opening the sentence', 'Жиында Бренидов сөз сөйледі.', 'Жиында'],
    ['a Kazakh genitive (what the person heads)', 'Зорбиланың Бренидов деген басшысы бар.', 'Зорбиланың'],
    ['a Russian adjective', 'Областной Бренидов отчитался вчера.', 'Областной'],
    ['a Russian everyday word opening the sentence', 'Сегодня Бренидов отчитался.', 'Сегодня'],
    ['a role word', 'Директор Бренидов отчитался.', 'Директор'],
  ])('%s: %j leaves %j unmasked', (_kind, text, word) => {
    expect(names(text).join(' ')).not.toContain(word);
  });
});
