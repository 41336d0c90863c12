// Foreign name shapes in Russian and English text: Arabic articles (`аль-Барадеи`, `al-Haj`).

// Arabic articles written lower case before a capitalised name: аль-, эль-, ал-, ад-, ас-, ат-; al-, el-, ad-, as-.
const articles = new Set(['аль', 'эль', 'ал', 'ад', 'ас', 'ат', 'al', 'el', 'ad', 'as', 'at']);

/**
 * The token `start..end` (lower case) is an Arabic article, a hyphen and a capitalised name (`аль-Барадеи`). Checked
 * on every lower-case token, so it first tests the hyphen's position by char code and allocates only on a hit.
 */
export function articleBeforeCapital(text: string, start: number, end: number): boolean {
  let hyphen: number;
  if (text.charCodeAt(start + 2) === 45) hyphen = start + 2;
  else if (text.charCodeAt(start + 3) === 45) hyphen = start + 3;
  else return false;
  if (end - hyphen < 3) return false;
  const letter = text.charCodeAt(hyphen + 1);
  const upper = (letter >= 65 && letter <= 90) || (letter >= 0x410 && letter <= 0x42f);
  return upper && articles.has(text.slice(start, hyphen));
}

/**
 * The capitalised token `start..end` (folded: `word`) has a hyphen followed by a lower-case part that is not an
 * honorific (`Пресс-служба`, but not `Жасур-ака`).
 */
export function lowerAfterHyphen(text: string, start: number, end: number, word: string, honorifics: ReadonlySet<string>): boolean {
  for (let at = start + 1; at < end - 1; at++) {
    if (text.charCodeAt(at) !== 45) continue;
    const letter = text.charCodeAt(at + 1);
    if (!((letter >= 97 && letter <= 122) || (letter >= 0x430 && letter <= 0x44f))) return false;
    return !honorifics.has(word.slice(at - start + 1));
  }
  return false;
}
