import { toJsonSchema, type JsonSchema } from './schema-kit.js';
import { RoadmapSchema, SCHEMA_VERSION } from './schema.js';

/** The JSON Schema (draft 2020-12) of a roadmap document, shipped as `roadmap-elements/schema.json`. */
export function roadmapJsonSchema(): JsonSchema {
  return toJsonSchema(RoadmapSchema, {
    $id: `urn:roadmap-elements:roadmap:${SCHEMA_VERSION}`,
    title: 'Roadmap',
    description: 'A product roadmap for roadmap-elements: flat collections of entities linked by id.',
  });
}
