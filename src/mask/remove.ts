// remove: the value disappears; surrounding text is left exactly as it was.

import type { Operator } from './operator.js';

export const removeOperator: Operator = {
  name: 'remove',
  apply: function remove() {
    return '';
  },
};
