// Type tests of the generated React 19 declarations (scripts/write-framework-types.mjs), checked
// by `npm run typecheck` (tsconfig.frameworks.json). Each @ts-expect-error must be an error.
import type {} from 'roadmap-elements/react';
import type { RoadmapProvider, RoadmapTimeline } from 'roadmap-elements';
import { createRef } from 'react';

const timeline = createRef<RoadmapTimeline>();
const provider = createRef<RoadmapProvider>();

export const fine = (
  <roadmap-provider ref={provider} src="/roadmap.md" as-of="2025-03-01" selection={{ kind: 'initiative', id: 'a' }} onroadmap-select={(e) => e.detail.id} onroadmap-load={(e) => e.detail.roadmap.meta.title}>
    <roadmap-timeline ref={timeline} group-by="theme" scale="quarter" without-dependencies without-legend={false} onroadmap-range-change={(e) => e.detail.start.length} className="wide" />
    <initiative-card variant="full" collapse-after="5" heading-level={3} />
    <risk-matrix size="5" mode="both" onroadmap-view-change={(e) => e.detail.mode} />
    <metric-scorecard group-by="initiative" metric-ids="a b" columns={3} />
  </roadmap-provider>
);

// @ts-expect-error: "colour" is not a way to group lanes
export const badGroup = <roadmap-timeline group-by="colour" />;

// @ts-expect-error: the card has no "poster" variant
export const badVariant = <initiative-card variant="poster" />;

// @ts-expect-error: a risk matrix is 3, 4 or 5 wide
export const badSize = <risk-matrix size={7} />;

// @ts-expect-error: selection is an object, not a string
export const badSelection = <roadmap-provider selection="a" />;

// @ts-expect-error: the select event's detail has no `name`
export const badHandler = <roadmap-timeline onroadmap-select={(e) => e.detail.name} />;

// The ref is the element class, with its methods.
export async function exportTimeline(): Promise<string | undefined> {
  return timeline.current?.toSVG();
}
