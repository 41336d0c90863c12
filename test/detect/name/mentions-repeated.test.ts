import { describe, expect, it } from 'vitest';
import { createNameDetector } from '../../../src/detect/name/index.js';
import { resolveSpans } from '../../../src/detect/resolve.js';

const detector = createNameDetector();

function names(text: string): string[] {
  const spans = resolveSpans(text, detector.detect(text, { regions: [], knownNames: [] }), { threshold: 0.5, allow: new Set(), deny: [] });
  return spans.map((span) => text.slice(span.start, span.end));
}

// Invented names. A name found many times in a document is kept once for the search for its mentions
// (mentions.ts FoundNames): its later mentions, inflected or in lower case, are found as after one.
const many = ['Зорбек Тилеков', 'Велмира Сандыкова', 'Айдархан Жолдасов', 'Нурбиби Касымова', 'Темирлан Оспанов', 'Гулзада Байматова', 'Ербол Куанышев', 'Саулемай Нуркенова', 'Дархан Болатов', 'Жанылсын Айтова', 'Мирас Сериков', 'Асылзат Тохтарова'];

describe('repeated mentions of a name found many times', () => {
  it.each([
    ['one name found three times', 'Меня зовут Гулноза Каримова. Гулноза Каримова звонила. Гулноза Каримова ждёт. Гулнозе передайте спасибо', 'Гулнозе'],
    ['twelve names found twice each', `${many.map((name) => `Звонил ${name}.`).join(' ')} ${many.map((name) => `Приходил ${name}.`).join(' ')} Передайте зорбеку спасибо`, 'зорбеку'],
  ])('with %s, finds the mention %j after them', (_what, text, mention) => {
    expect(names(text)).toContain(mention);
  });
});
