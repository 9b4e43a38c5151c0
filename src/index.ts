/**
 * roadmap-elements: registers every element and exports their classes (to register under other
 * tag names), the events, the context and the model's types and functions (the JSON Schema writer
 * is in `roadmap-elements/model`; the schema itself is `roadmap-elements/schema.json`).
 * The Markdown importer is a separate entry (`roadmap-elements/importer`), loaded lazily by the
 * elements when a `.md` roadmap is used.
 */
import { useTimeTextReader } from './controllers/load-roadmap.js';
import { parseTimeText } from './model/time.js';

export { RoadmapProvider } from './components/roadmap-provider/roadmap-provider.js';
export { RoadmapTimeline } from './components/roadmap-timeline/roadmap-timeline.js';
export { InitiativeCard } from './components/initiative-card/initiative-card.js';
export { RiskMatrix } from './components/risk-matrix/risk-matrix.js';
export { MetricScorecard } from './components/metric-scorecard/metric-scorecard.js';

export * from './events/events.js';
export { roadmapContext, type RoadmapContextValue, type LoadStatus } from './context/roadmap-context.js';
export { RoadmapLoader } from './controllers/roadmap-loader.js';
export { RoadmapDataController } from './controllers/roadmap-data.js';
// The model without the JSON Schema writer (that is in `roadmap-elements/model`).
export * from './model/core.js';

// The whole library carries the reader of times written as text (in the model it exports), so its
// views never wait for the chunk that holds it for the views' own bundles (see `checkRoadmap`).
useTimeTextReader(parseTimeText);
