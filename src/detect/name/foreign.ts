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
