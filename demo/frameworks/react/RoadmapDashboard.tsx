// A React 19 component that composes the roadmap elements. React 19 sets `roadmap` and
// `selection` as properties (objects, not strings), passes `group-by` as an attribute, and
// listens to `onroadmap-select` as the DOM event `roadmap-select`. The JSX types come from
// `roadmap-elements/react` (generated from the elements' manifest).
import { useRef, useState } from 'react';
import 'roadmap-elements';
import type {} from 'roadmap-elements/react';
import type { RoadmapTimeline, Selection } from 'roadmap-elements';

export interface RoadmapDashboardProps {
  /** A roadmap document (the JSON model). */
  roadmap: unknown;
  groupBy?: 'theme' | 'team' | 'product' | 'period' | 'status' | 'priority' | 'none';
  /** Called with the new selection, or `undefined` when it is cleared. */
  onSelect?: (selection: Selection | undefined) => void;
  /** Called with the timeline as an SVG document when "Download SVG" is pressed. */
  onExport?: (svg: string) => void;
}

export function RoadmapDashboard({ roadmap, groupBy = 'theme', onSelect, onExport }: RoadmapDashboardProps) {
  const [selection, setSelection] = useState<Selection>();
  const timeline = useRef<RoadmapTimeline>(null);
  return (
    <roadmap-provider
      roadmap={roadmap}
      selection={selection}
      onroadmap-select={(event) => {
        const next = event.detail.kind ? event.detail : undefined;
        setSelection(next);
        onSelect?.(next);
      }}
    >
      <p className="selected">{selection ? `Selected: ${selection.id}` : 'Nothing selected'}</p>
      <button type="button" onClick={() => setSelection(undefined)}>Clear selection</button>
      <button type="button" onClick={async () => onExport?.(await timeline.current!.toSVG())}>Download SVG</button>
      <roadmap-timeline ref={timeline} group-by={groupBy} without-dependencies={false} />
      <initiative-card variant="full" />
    </roadmap-provider>
  );
}
