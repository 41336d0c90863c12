// The text slots of a document in reading order: who is speaking first (author fields), then what they wrote.

import { PiiGateError } from '../errors.js';
import type { EntityType } from '../types.js';
import { type PathStep, type StringSlot, findStringSlots, isPlainObject, parseFieldPath } from './path.js';
import { type DocumentShape, authorFields } from './shape.js';

export interface TextSlot extends StringSlot {
  /** Set for structured fields: the whole value is one entity of this type. Unset: free text, run detection. */
  wholeAs?: EntityType;
}

/**
 * Order matters: names met in earlier slots become known names for later ones. A review reads author, title,
 * text; a dialogue reads each turn's author then its text, turn by turn; tenant paths (`policy.fields`) come last.
 */
export function textSlots(document: Record<string, unknown>, shape: DocumentShape, extraPaths: readonly string[] = []): TextSlot[] {
  const slots: TextSlot[] = [];
  // The built-in fields name distinct places; only tenant paths can name one of them again.
  const add = (slot: TextSlot): void => {
    slots.push(slot);
  };

  addAuthor(document, 'author', add);
  addString(document, 'title', 'title', add);
  if (shape === 'review' || Object.hasOwn(document, 'text')) addString(document, 'text', 'text', add);
  const messages = document['messages'];
  if (Object.hasOwn(document, 'messages') && Array.isArray(messages)) {
    messages.forEach((message, index) => {
      if (!isPlainObject(message)) return;
      addAuthor(message, `messages[${index}].author`, add);
      addString(message, 'text', `messages[${index}].text`, add);
    });
  }
  if (extraPaths.length > 0) addTenantPaths(document, extraPaths, slots);
  return slots;
}

/** Tenant paths add the strings they reach, each place once: a place a built-in field or earlier path named is skipped. */
function addTenantPaths(document: Record<string, unknown>, paths: readonly string[], slots: TextSlot[]): void {
  const seen = new Map<object, Set<string | number>>();
  const firstVisit = (slot: StringSlot): boolean => {
    const keys = seen.get(slot.holder) ?? new Set();
    if (keys.has(slot.key)) return false;
    keys.add(slot.key);
    seen.set(slot.holder, keys);
    return true;
  };
  for (const slot of slots) firstVisit(slot);
  for (const path of paths) {
    for (const slot of findStringSlots(document, compiledPath(path))) if (firstVisit(slot)) slots.push(slot);
  }
}

function addString(holder: Record<string, unknown>, key: string, path: string, add: (slot: TextSlot) => void, wholeAs?: EntityType): void {
  if (!Object.hasOwn(holder, key) || typeof holder[key] !== 'string') return;
  // Literals of one shape each rather than a spread of an optional part (one per text field of every document).
  add(wholeAs === undefined ? { holder, key, path } : { holder, key, path, wholeAs });
}

function addAuthor(holder: Record<string, unknown>, path: string, add: (slot: TextSlot) => void): void {
  if (!Object.hasOwn(holder, 'author')) return;
  const author = holder['author'];
  if (typeof author === 'string') {
    addString(holder, 'author', path, add, 'NAME');
    return;
  }
  if (!isPlainObject(author)) return;
  for (const [field, type] of Object.entries(authorFields)) addString(author, field, `${path}.${field}`, add, type);
}

// Tenant paths are validated when the policy loads; a worker sees the same few strings again and again.
const compiled = new Map<string, PathStep[]>();
function compiledPath(path: string): PathStep[] {
  let steps = compiled.get(path);
  if (steps === undefined) {
    try {
      steps = parseFieldPath(path);
    } catch (error) {
      // Only reachable with a hand-built policy: file policies are checked at load.
      throw new PiiGateError('ERR_PII_POLICY_INVALID', `fields: ${(error as Error).message}`);
    }
    if (compiled.size < 1000) compiled.set(path, steps);
  }
  return steps;
}
