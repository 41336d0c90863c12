// A small JSON Schema (2020-12 subset used by our OpenAPI document) checker, to hold real responses to the spec.

type Schema = Record<string, unknown>;

function resolveRef(root: Schema, ref: string): Schema {
  if (!ref.startsWith('#/')) throw new Error(`only local $ref supported: ${ref}`);
  let node: unknown = root;
  for (const part of ref.slice(2).split('/')) node = (node as Record<string, unknown>)[part];
  if (typeof node !== 'object' || node === null) throw new Error(`unresolved $ref ${ref}`);
  return node as Schema;
}

function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

function matchesType(value: unknown, type: string): boolean {
  const actual = typeOf(value);
  return actual === type || (type === 'number' && actual === 'integer');
}

/** Returns a list of problems (empty when `value` conforms), each with a JSON-pointer-ish path. */
export function validateSchema(value: unknown, schema: Schema, root: Schema, path = '$'): string[] {
  if (typeof schema['$ref'] === 'string') return validateSchema(value, resolveRef(root, schema['$ref']), root, path);
  const problems: string[] = [];
  const type = schema['type'];
  if (type !== undefined) {
    const types = Array.isArray(type) ? (type as string[]) : [type as string];
    if (!types.some((entry) => matchesType(value, entry))) return [`${path}: expected ${types.join('|')}, got ${typeOf(value)}`];
  }
  if (Array.isArray(schema['enum']) && !(schema['enum'] as unknown[]).includes(value)) problems.push(`${path}: not in enum`);
  if (typeof schema['minimum'] === 'number' && typeof value === 'number' && value < schema['minimum']) problems.push(`${path}: below minimum`);
  if (typeof schema['pattern'] === 'string' && typeof value === 'string' && !new RegExp(schema['pattern']).test(value)) {
    problems.push(`${path}: does not match ${schema['pattern']}`);
  }
  if (Array.isArray(schema['anyOf'])) {
    const anyOk = (schema['anyOf'] as Schema[]).some((option) => validateSchema(value, option, root, path).length === 0);
    if (!anyOk) problems.push(`${path}: matches none of anyOf`);
  }
  if (typeOf(value) === 'object') {
    const object = value as Record<string, unknown>;
    for (const key of (schema['required'] as string[] | undefined) ?? []) {
      if (!Object.hasOwn(object, key)) problems.push(`${path}.${key}: required`);
    }
    const properties = (schema['properties'] as Record<string, Schema> | undefined) ?? {};
    for (const [key, entry] of Object.entries(object)) {
      if (schema['propertyNames'] !== undefined) problems.push(...validateSchema(key, schema['propertyNames'] as Schema, root, `${path}[key ${key}]`));
      const propertySchema = properties[key];
      if (propertySchema !== undefined) problems.push(...validateSchema(entry, propertySchema, root, `${path}.${key}`));
      else if (schema['additionalProperties'] === false) problems.push(`${path}.${key}: not allowed`);
      else if (typeof schema['additionalProperties'] === 'object') {
        problems.push(...validateSchema(entry, schema['additionalProperties'] as Schema, root, `${path}.${key}`));
      }
    }
  }
  if (Array.isArray(value) && typeof schema['items'] === 'object') {
    value.forEach((entry, index) => problems.push(...validateSchema(entry, schema['items'] as Schema, root, `${path}[${index}]`)));
  }
  return problems;
}

/** The schema an OpenAPI document declares for a response, or undefined when it declares no JSON body. */
export function responseSchema(document: Schema, path: string, method: string, status: number): { schema: Schema | undefined; mediaType: string } {
  const operation = ((document['paths'] as Record<string, Record<string, Schema>>)[path] ?? {})[method];
  if (operation === undefined) throw new Error(`${method.toUpperCase()} ${path} is not in the OpenAPI document`);
  const response = (operation['responses'] as Record<string, Schema>)[String(status)];
  if (response === undefined) throw new Error(`${method.toUpperCase()} ${path} does not declare status ${status}`);
  const content = (response['content'] as Record<string, Schema> | undefined) ?? {};
  const [mediaType, media] = Object.entries(content)[0] ?? ['', undefined];
  return { schema: media?.['schema'] as Schema | undefined, mediaType };
}
