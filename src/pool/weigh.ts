// Cheap size estimate of a JSON document (string characters), used to cap batch sizes.

/** Sum of string lengths (keys and values) in a JSON-like value; stops counting past `cap`. */
export function countChars(value: unknown, cap = Number.POSITIVE_INFINITY): number {
  let total = 0;
  const stack: unknown[] = [value];
  while (stack.length > 0 && total < cap) {
    const current = stack.pop();
    if (typeof current === 'string') total += current.length;
    else if (Array.isArray(current)) for (const entry of current) stack.push(entry);
    else if (typeof current === 'object' && current !== null) {
      for (const [key, entry] of Object.entries(current)) {
        total += key.length;
        stack.push(entry);
      }
    }
  }
  return total;
}
