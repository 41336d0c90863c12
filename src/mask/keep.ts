// keep: the raw value passes. Only decide() may choose it, after consent and residency checks.

import type { Operator } from './operator.js';

export const keepOperator: Operator = {
  name: 'keep',
  apply: function keep(value) {
    return value;
  },
};
