// replace: the value becomes a type label, `[NAME]` by default (template per tenant).

import type { Operator } from './operator.js';

export const defaultReplaceTemplate = '[{type}]';

export const replaceOperator: Operator = {
  name: 'replace',
  apply: function replace(_value, span, ctx) {
    return (ctx.replaceTemplate ?? defaultReplaceTemplate).replaceAll('{type}', span.type);
  },
};
