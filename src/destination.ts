// Destination parsing and zod issue wording, shared by the doors and by workers that parse raw request bodies.

import { z } from 'zod';
import { PiiGateError } from './errors.js';
import type { Destination } from './types.js';
import { PURPOSES } from './types.js';

export const destinationSchema = z
  .object({
    purpose: z.enum(PURPOSES as readonly [Destination['purpose'], ...Destination['purpose'][]]),
    region: z
      .string()
      .regex(/^[A-Za-z]{2}$/, 'must be an ISO 3166 alpha-2 code such as "UZ"')
      .transform((region) => region.toUpperCase()),
  })
  .strict();

/**
 * A zod issue as an error detail. zod quotes unknown keys in its message, and a key is client data (it can be a
 * phone number), so only identifier-like keys are named.
 */
export function describeIssue(issue: z.core.$ZodIssue | undefined): string {
  if (issue === undefined) return 'invalid';
  if (issue.code !== 'unrecognized_keys') return issue.message;
  const keys = issue.keys.map((key) => (/^[\w$-]{1,64}$/u.test(key) ? key : '<key>'));
  return `unknown field${keys.length === 1 ? '' : 's'} ${keys.join(', ')}`;
}

/** Validates a destination from an untrusted source; the error names the bad field. */
export function parseDestination(value: unknown, path = 'destination'): Destination {
  const parsed = destinationSchema.safeParse(value);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const field = [path, ...(issue?.path ?? []).map(String)].join('.');
  throw new PiiGateError('ERR_PII_INPUT_SCHEMA', `${field}: ${describeIssue(issue)}`);
}

