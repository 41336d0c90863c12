// The error a pool call was refused with, asserting that it was refused with a PiiGateError at all.

import { expect } from 'vitest';
import { PiiGateError } from '../../src/errors.js';

export async function failureOf(promise: Promise<unknown>): Promise<PiiGateError> {
  const outcome = await promise.then(
    (value) => ({ value }),
    (error: unknown) => ({ error }),
  );
  if (!('error' in outcome)) throw new Error('expected the pool to refuse, but it returned a result');
  expect(outcome.error).toBeInstanceOf(PiiGateError);
  return outcome.error as PiiGateError;
}
