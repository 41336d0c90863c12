// replace: the value becomes a type label, `[NAME]` by default (template per tenant).

import type { EntityType } from '../types.js';
import type { Operator } from './operator.js';

export const defaultReplaceTemplate = '[{type}]';

type Labels = Readonly<Record<EntityType, string>>;

function labelsFor(template: string): Labels {
  return { NAME: template.replaceAll('{type}', 'NAME'), PHONE: template.replaceAll('{type}', 'PHONE'), EMAIL: template.replaceAll('{type}', 'EMAIL') };
}

// The labels of the last template used: a worker redacts batches of one tenant, so the template rarely changes,
// and spelling it out per span was ~9% of the engine's own time (profile of 200 B reviews, RESULTS.md).
let lastTemplate = defaultReplaceTemplate;
let lastLabels = labelsFor(defaultReplaceTemplate);

function labels(template: string): Labels {
  if (template !== lastTemplate) {
    lastLabels = labelsFor(template);
    lastTemplate = template;
  }
  return lastLabels;
}

export const replaceOperator: Operator = {
  name: 'replace',
  apply: function replace(_value, span, ctx) {
    const template = ctx.replaceTemplate ?? defaultReplaceTemplate;
    // A type outside EntityType can only come from an untyped caller: spelled out as before.
    return labels(template)[span.type] ?? template.replaceAll('{type}', span.type);
  },
};
