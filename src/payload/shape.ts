// Document shapes: a review has `text`, a dialogue has `messages`. Checks types without ever echoing content.

import { PiiGateError } from '../errors.js';
import { isPlainObject } from './path.js';

export type DocumentShape = 'review' | 'dialogue';

/** Author fields redacted as a whole, whatever detectors say: author.name is a NAME even if nothing fires. */
export const authorFields = { name: 'NAME', phone: 'PHONE', email: 'EMAIL' } as const;

function invalid(path: string, problem: string): PiiGateError {
  return new PiiGateError('ERR_PII_INPUT_SCHEMA', `${path}: ${problem}`);
}

/** Throws ERR_PII_INPUT_SCHEMA naming the first bad field; returns the shape otherwise. */
export function documentShape(document: unknown): DocumentShape {
  if (!isPlainObject(document)) throw invalid('document', 'must be a JSON object');
  const hasText = Object.hasOwn(document, 'text');
  const hasMessages = Object.hasOwn(document, 'messages');
  if (!hasText && !hasMessages) throw invalid('document', 'needs text (a review) or messages (a dialogue)');
  if (hasText && typeof document['text'] !== 'string') throw invalid('text', 'must be a string');
  checkOptionalString(document, 'title', 'title');
  checkAuthor(document, 'author');
  if (hasMessages) {
    const messages = document['messages'];
    if (!Array.isArray(messages)) throw invalid('messages', 'must be an array');
    messages.forEach((message, index) => {
      const at = `messages[${index}]`;
      if (!isPlainObject(message)) throw invalid(at, 'must be an object');
      checkOptionalString(message, 'text', `${at}.text`);
      checkAuthor(message, `${at}.author`);
    });
  }
  return hasText ? 'review' : 'dialogue';
}

function checkOptionalString(holder: Record<string, unknown>, key: string, path: string): void {
  if (!Object.hasOwn(holder, key)) return;
  const value = holder[key];
  if (value !== null && typeof value !== 'string') throw invalid(path, 'must be a string');
}

// An author is `{ name?, phone?, email? }`, or a bare string taken as a name (chat exports often do that).
function checkAuthor(holder: Record<string, unknown>, path: string): void {
  if (!Object.hasOwn(holder, 'author')) return;
  const author = holder['author'];
  if (author === null || typeof author === 'string') return;
  if (!isPlainObject(author)) throw invalid(path, 'must be an object or a string');
  for (const field of Object.keys(authorFields)) checkOptionalString(author, field, `${path}.${field}`);
}
