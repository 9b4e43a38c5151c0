/**
 * `roadmap-elements/model`: the roadmap model's types, its schema, validation, dates and
 * selectors, and the JSON Schema writer. No DOM, no Lit, no D3.
 */
export * from './core.js';
export { toJsonSchema } from './schema-kit.js';
export { roadmapJsonSchema } from './json-schema.js';
