/**
 * The model without its JSON Schema writer: types, schema, validation, dates and selectors. The
 * main entry re-exports this (the JSON Schema is the shipped `roadmap-elements/schema.json`, and
 * its writer is in `roadmap-elements/model`), so that the elements' bundle does not carry it.
 */
export * from './schema.js';
export * from './dates.js';
export * from './time.js';
export * from './schedule.js';
export * from './selectors.js';
export { validateRoadmap, type ValidateOptions, type ValidationResult } from './validate.js';
export type { JsonSchema } from './schema-kit.js';
