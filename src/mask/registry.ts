// Operators by action name: the one place that maps a policy action to the code that performs it.

import type { Action } from '../types.js';
import { keepOperator } from './keep.js';
import { maskOperator } from './mask.js';
import type { Operator } from './operator.js';
import { pseudonymizeOperator } from './pseudonymize.js';
import { removeOperator } from './remove.js';
import { replaceOperator } from './replace.js';

export const operators: Readonly<Record<Action, Operator>> = Object.freeze({
  keep: keepOperator,
  replace: replaceOperator,
  mask: maskOperator,
  pseudonymize: pseudonymizeOperator,
  remove: removeOperator,
});

/** Runtime guard for user-supplied operators. */
export function isOperator(value: unknown): value is Operator {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as Partial<Operator>;
  return typeof candidate.name === 'string' && Object.hasOwn(operators, candidate.name) && typeof candidate.apply === 'function';
}
