// Masking operators and applyActions: the last stage of the engine (detect → resolve → decide → mask).

export type { Operator, OperatorContext } from './operator.js';
export type { PlannedSpan } from './apply.js';
export { applyActions } from './apply.js';
export { pseudonym } from './pseudonymize.js';
export { maskEmail, maskName, maskPhone } from './mask.js';
export { defaultReplaceTemplate } from './replace.js';
export { foldName, normalizeValue } from './normalize.js';
export { isOperator, operators } from './registry.js';
