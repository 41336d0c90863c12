// JSON field paths (`meta.comment`, `messages[*].note`, `items[0].text`): parsed once, then walked over documents.

export type PathStep = { kind: 'key'; key: string } | { kind: 'index'; index: number } | { kind: 'every' };

/** A place in a document that holds a string: `holder[key]`. */
export interface StringSlot {
  holder: Record<string, unknown> | unknown[];
  key: string | number;
  /** Printable location for reports and errors, e.g. `messages[2].note`. Never the value. */
  path: string;
}

// Keys that reach prototypes rather than data; a policy path may never name them.
const forbiddenKeys = new Set(['__proto__', 'constructor', 'prototype']);
const segmentPattern = /^([^.[\]\s]+)((?:\[(?:\*|\d+)\])*)$/u;

/** Parses a field path or throws an Error whose message says what is wrong (the caller adds tenant and field). */
export function parseFieldPath(path: string): PathStep[] {
  if (path.length === 0) throw new Error('must not be empty');
  const steps: PathStep[] = [];
  for (const segment of path.split('.')) {
    const match = segmentPattern.exec(segment);
    if (!match) throw new Error(`"${path}" is not a path like meta.comment or messages[*].note`);
    const key = match[1] ?? '';
    if (forbiddenKeys.has(key)) throw new Error(`"${path}" names "${key}", which is not allowed`);
    steps.push({ kind: 'key', key });
    for (const index of (match[2] ?? '').matchAll(/\[(\*|\d+)\]/gu)) {
      const value = index[1] ?? '*';
      steps.push(value === '*' ? { kind: 'every' } : { kind: 'index', index: Number(value) });
    }
  }
  return steps;
}

/** Every string the path reaches in `root`. Only own properties of plain objects and arrays are followed. */
export function findStringSlots(root: unknown, steps: readonly PathStep[]): StringSlot[] {
  const found: StringSlot[] = [];
  walk(root, steps, 0, '', found);
  return found;
}

function walk(node: unknown, steps: readonly PathStep[], depth: number, at: string, found: StringSlot[]): void {
  const step = steps[depth];
  if (step === undefined) return;
  const last = depth === steps.length - 1;
  const visit = (holder: Record<string, unknown> | unknown[], key: string | number, path: string): void => {
    const child = (holder as Record<string | number, unknown>)[key];
    if (last) {
      if (typeof child === 'string') found.push({ holder, key, path });
    } else {
      walk(child, steps, depth + 1, path, found);
    }
  };
  if (step.kind === 'key') {
    if (isPlainObject(node) && Object.hasOwn(node, step.key)) visit(node, step.key, at ? `${at}.${step.key}` : step.key);
  } else if (Array.isArray(node)) {
    if (step.kind === 'index') {
      if (step.index < node.length) visit(node, step.index, `${at}[${step.index}]`);
    } else {
      for (let index = 0; index < node.length; index += 1) visit(node, index, `${at}[${index}]`);
    }
  }
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}
