// Document shapes and text fields: what to redact in a review or a dialogue, and where it lives.

export { type DocumentShape, authorFields, documentShape } from './shape.js';
export { type TextSlot, textSlots } from './fields.js';
export { type PathStep, type StringSlot, findStringSlots, isPlainObject, parseFieldPath } from './path.js';
export { cloneDocument, maxDocumentDepth } from './clone.js';
export { NameMemory } from './names.js';
export { wholeValueSpan } from './structured.js';
