// WordBit.EnglishFunction gates the English social passes (scan.ts): it must be set exactly for the words of the two
// function-word lists readsEnglish() is asked with, or a pass that would act is skipped.
import { describe, expect, it } from 'vitest';
import { detect } from '../../../src/detect/index.js';
import { loadNameResources } from '../../../src/detect/name/resources.js';
import { describeWordFully } from '../../../src/detect/name/scan.js';
import { WordBit } from '../../../src/detect/name/vocabulary.js';

const resources = loadNameResources();

describe('the scan marks a word as an English function word exactly when a function-word list holds it', () => {
  it.each(['the', 'is', 'you', 'like', 'and', 'was', 'of', 'rahmat', 'buyurtma', 'kuryer', 'zorvek', 'спасибо', 'va', 'u', 'bu', '2024'])('%s', (word) => {
    const listed = resources.englishSocial.functionWords.has(word) || resources.chatWords.englishFunctionWords.has(word);
    expect((describeWordFully(word, resources).bits & WordBit.EnglishFunction) !== 0).toBe(listed);
  });

  it('marks the common English function words', () => {
    expect(describeWordFully('the', resources).bits & WordBit.EnglishFunction).not.toBe(0);
    expect(describeWordFully('you', resources).bits & WordBit.EnglishFunction).not.toBe(0);
  });
});

// Invented names: the English passes still act on English text, and Uzbek Latin text without an English function
// word is not read as English.
describe('the English social passes behind the gate', () => {
  it.each([
    ['Nice vid Qorvath you can do better next time', 'Qorvath'],
    ['LeMarcus you and Quorin are the best', 'Quorin'],
  ])('still find the addressed name in `%s`', (text, name) => {
    const names = detect(text).filter((span) => span.type === 'NAME').map((span) => text.slice(span.start, span.end));
    expect(names).toContain(name);
  });

  it.each(['Kuryer Zorvek juda tez keldi, rahmat', 'Buyurtma kecha keldi, hammasi joyida'])('`%s` has no English function word', (text) => {
    const marked = text.toLowerCase().split(/[^a-z']+/u).filter((word) => word !== '' && (describeWordFully(word, resources).bits & WordBit.EnglishFunction) !== 0);
    expect(marked).toEqual([]);
  });
});
