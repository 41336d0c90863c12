// Finds every regular expression in TypeScript source: `/literals/flags` and `new RegExp(...)` first arguments.

export interface RegexSource {
  /** File path and 1-based line, for the failure message. */
  readonly where: string;
  /** The pattern as the RegExp engine sees it (template placeholders substituted), or undefined when built at run time. */
  readonly pattern: string | undefined;
  readonly flags: string;
  readonly kind: 'literal' | 'constructor';
}

type Token =
  | { kind: 'word'; value: string; at: number }
  | { kind: 'punct'; value: string; at: number }
  | { kind: 'string'; value: string; at: number }
  | { kind: 'template'; value: string; at: number }
  | { kind: 'regex'; value: string; flags: string; at: number };

// After these a `/` starts a regex, not a division.
const keywordsBeforeRegex = new Set(['return', 'typeof', 'case', 'in', 'of', 'new', 'delete', 'void', 'throw', 'else', 'do', 'yield', 'await', 'instanceof']);

/** What a template literal placeholder stands for: a literal alternation, the way the detectors build their markers. */
export const PLACEHOLDER = '(?:alpha|beta)';

const isWordChar = (char: string): boolean => /[\w$]/u.test(char);

function lineOf(source: string, index: number): number {
  let line = 1;
  for (let at = 0; at < index; at += 1) if (source.charCodeAt(at) === 10) line += 1;
  return line;
}

/** Cooks the escapes of a JS string or template body (no expressions left in it). */
export function cookEscapes(raw: string): string {
  return raw.replace(/\\(u\{[0-9a-fA-F]+\}|u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|[\s\S])/gu, (_match, escape: string) => {
    if (escape.startsWith('u{')) return String.fromCodePoint(parseInt(escape.slice(2, -1), 16));
    if (escape.length > 1 && (escape[0] === 'u' || escape[0] === 'x')) return String.fromCharCode(parseInt(escape.slice(1), 16));
    const simple: Record<string, string> = { n: '\n', t: '\t', r: '\r', b: '\b', f: '\f', v: '\v', '0': '\0' };
    return simple[escape] ?? escape;
  });
}

function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  let index = 0;
  const regexAllowed = (): boolean => {
    const previous = tokens[tokens.length - 1];
    if (previous === undefined) return true;
    if (previous.kind === 'word') return keywordsBeforeRegex.has(previous.value);
    if (previous.kind === 'punct') return ![')', ']', '}'].includes(previous.value);
    return false;
  };
  // Reads a template literal starting after its backtick; placeholders become PLACEHOLDER.
  const readTemplate = (): string => {
    let body = '';
    while (index < source.length) {
      const char = source[index]!;
      if (char === '\\') {
        body += source.slice(index, index + 2);
        index += 2;
      } else if (char === '`') {
        index += 1;
        return body;
      } else if (char === '$' && source[index + 1] === '{') {
        index += 2;
        skipExpression();
        body += PLACEHOLDER.replace(/[\\`]/gu, '\\$&');
      } else {
        body += char;
        index += 1;
      }
    }
    return body;
  };
  // Skips a `${ ... }` expression, nested braces, strings and templates included.
  const skipExpression = (): void => {
    let depth = 1;
    while (index < source.length && depth > 0) {
      const char = source[index]!;
      if (char === '{') depth += 1;
      else if (char === '}') depth -= 1;
      else if (char === '`') {
        index += 1;
        readTemplate();
        continue;
      } else if (char === '"' || char === "'") {
        index += 1;
        readString(char);
        continue;
      }
      index += 1;
    }
  };
  const readString = (quote: string): string => {
    let body = '';
    while (index < source.length && source[index] !== quote) {
      if (source[index] === '\\') {
        body += source.slice(index, index + 2);
        index += 2;
      } else {
        body += source[index];
        index += 1;
      }
    }
    index += 1;
    return body;
  };
  const readRegex = (): { body: string; flags: string } => {
    let body = '';
    let inClass = false;
    while (index < source.length) {
      const char = source[index]!;
      if (char === '\\') {
        body += source.slice(index, index + 2);
        index += 2;
        continue;
      }
      if (char === '\n') throw new Error(`unterminated regex literal at line ${lineOf(source, index)}`);
      if (char === '[') inClass = true;
      else if (char === ']') inClass = false;
      else if (char === '/' && !inClass) break;
      body += char;
      index += 1;
    }
    index += 1;
    let flags = '';
    while (index < source.length && /[a-z]/u.test(source[index]!)) flags += source[index++];
    return { body, flags };
  };

  // A shebang line is not code.
  if (source.startsWith('#!')) index = source.indexOf('\n') === -1 ? source.length : source.indexOf('\n');
  while (index < source.length) {
    const char = source[index]!;
    const at = index;
    if (/\s/u.test(char)) {
      index += 1;
    } else if (char === '/' && source[index + 1] === '/') {
      while (index < source.length && source[index] !== '\n') index += 1;
    } else if (char === '/' && source[index + 1] === '*') {
      const close = source.indexOf('*/', index + 2);
      index = close === -1 ? source.length : close + 2;
    } else if (char === '"' || char === "'") {
      index += 1;
      tokens.push({ kind: 'string', value: cookEscapes(readString(char)), at });
    } else if (char === '`') {
      index += 1;
      tokens.push({ kind: 'template', value: cookEscapes(readTemplate()), at });
    } else if (char === '/' && regexAllowed()) {
      index += 1;
      const { body, flags } = readRegex();
      tokens.push({ kind: 'regex', value: body, flags, at });
    } else if (isWordChar(char)) {
      let word = '';
      while (index < source.length && isWordChar(source[index]!)) word += source[index++];
      tokens.push({ kind: 'word', value: word, at });
    } else {
      tokens.push({ kind: 'punct', value: char, at });
      index += 1;
    }
  }
  return tokens;
}

/** Every regex literal and every `new RegExp(…)` / `RegExp(…)` call in `source`. */
export function extractRegexes(source: string, file: string): RegexSource[] {
  const tokens = tokenize(source);
  const found: RegexSource[] = [];
  tokens.forEach((token, position) => {
    const where = `${file}:${lineOf(source, token.at)}`;
    if (token.kind === 'regex') {
      found.push({ where, pattern: token.value, flags: token.flags, kind: 'literal' });
      return;
    }
    const open = tokens[position + 1];
    if (token.kind !== 'word' || token.value !== 'RegExp' || open?.kind !== 'punct' || open.value !== '(') return;
    const previous = tokens[position - 1];
    if (previous?.kind === 'punct' && previous.value === '.') return; // e.g. `foo.RegExp(` is not the constructor
    const argument = tokens[position + 2];
    const flagsToken = tokens[position + 4];
    const flags = flagsToken?.kind === 'string' || flagsToken?.kind === 'template' ? flagsToken.value : '';
    const pattern = argument?.kind === 'string' || argument?.kind === 'template' ? argument.value : undefined;
    found.push({ where, pattern, flags, kind: 'constructor' });
  });
  return found;
}
