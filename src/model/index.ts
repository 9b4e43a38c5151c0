/**
 * `roadmap-elements/model`: the roadmap model's types, its schema, validation, dates and
 * selectors. No DOM, no Lit, no D3.
 */
export * from './schema.js';
export * from './dates.js';
export * from './time.js';
export * from './schedule.js';
export * from './selectors.js';
export { validateRoadmap, type ValidationResult } from './validate.js';
export { toJsonSchema, type JsonSchema } from './schema-kit.js';
export { roadmapJsonSchema } from './json-schema.js';
