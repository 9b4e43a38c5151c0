import { toJsonSchema, type JsonSchema } from './schema-kit.js';
import { RoadmapSchema, SCHEMA_VERSION } from './schema.js';

/** The published descriptions, by place (see `toJsonSchema`). */
const DESCRIPTIONS: Record<string, string> = {
  '.schemaVersion': `Version of this model ("${SCHEMA_VERSION}").`,
  '.diagnostics': 'Importer findings; absent in hand-written documents.',
  'RoadmapMeta.asOf': 'Reference point for relative time and for "overdue".',
  'SourceRef.alsoAt': 'Other places that mention the same entity.',
  TimeSpecObject: 'A point or span of time as written, with its resolution.',
  'TimeSpecObject.raw': 'Verbatim text, e.g. "Q1 2025 (January - March)".',
  'Priority.key': 'As written: "P0", "High", "Must Have".',
  'Priority.rank': '0 is the highest.',
  Ref: 'A pointer written as text that may or may not resolve to an entity.',
  MetricTarget: 'A target parsed from text; `raw` is always the author’s words.',
  'ChecklistItem.done': 'true/false for [x]/[ ]; null for a plain bullet.',
  'Schedule.target': 'Target or due date as written ("Target: December 2024").',
  'Initiative.key': 'Identifier as written ("NEXUS-2000").',
  'Initiative.objective': 'The initiative’s goal line.',
  'Initiative.statusLabel': 'Status as written ("In Progress").',
  'Dependency.from': 'The dependent.',
  'Dependency.to': 'What it needs.',
  'Dependency.raw': 'Sentence as written.',
  'Risk.affects': 'Initiatives, milestones or goals it threatens.',
  'Metric.raw': 'Whole line as written.',
};

/** The JSON Schema (draft 2020-12) of a roadmap document, shipped as `roadmap-elements/schema.json`. */
export function roadmapJsonSchema(): JsonSchema {
  return toJsonSchema(
    RoadmapSchema,
    {
      $id: `urn:roadmap-elements:roadmap:${SCHEMA_VERSION}`,
      title: 'Roadmap',
      description: 'A product roadmap for roadmap-elements: flat collections of entities linked by id.',
    },
    DESCRIPTIONS,
  );
}
