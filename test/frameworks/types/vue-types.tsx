/** @jsxImportSource vue */
// Type tests of the generated Vue 3 declarations, checked by `npm run typecheck`
// (tsconfig.frameworks.json): Vue TSX (IntrinsicElementAttributes), and the GlobalComponents
// entries that vue-tsc / Volar check templates against. Each @ts-expect-error must be an error.
import type {} from 'roadmap-elements/vue';
import type { GlobalComponents } from 'vue';

// (Self-closing: with TypeScript 6, Vue TSX rejects children on any native element, `<div>` too.)
export const provider = <roadmap-provider src="/roadmap.md" selection={{ kind: 'initiative', id: 'a' }} onRoadmapSelect={(e) => e.detail.id} />;
export const timeline = <roadmap-timeline group-by="theme" without-legend onRoadmapRangeChange={(e) => e.detail.scale} class="wide" />;
export const matrix = <risk-matrix size="4" />;

// @ts-expect-error: "colour" is not a way to group lanes
export const badGroup = <roadmap-timeline group-by="colour" />;

// @ts-expect-error: the select event's detail has no `name`
export const badHandler = <metric-scorecard onRoadmapSelect={(e) => e.detail.name} />;

// Templates: `<roadmap-timeline group-by="theme" @roadmap-select="…">` is checked against these props.
type Props<T> = T extends new (...args: never[]) => { $props: infer P } ? P : never;
type TimelineProps = Props<GlobalComponents['roadmap-timeline']>;
export const templateProps: TimelineProps = { 'group-by': 'theme', onRoadmapSelect: (e) => void e.detail.kind };
// @ts-expect-error: not a scale
export const templateBad: TimelineProps = { scale: 'decade' };
