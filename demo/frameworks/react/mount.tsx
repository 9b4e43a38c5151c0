// Mounts the example into a page (the tests and the React recipe in the README use this).
import { createRoot, type Root } from 'react-dom/client';
import { RoadmapDashboard, type RoadmapDashboardProps } from './RoadmapDashboard.js';

export function mountRoadmapDashboard(container: HTMLElement, props: RoadmapDashboardProps): { root: Root; update: (next: RoadmapDashboardProps) => void } {
  const root = createRoot(container);
  root.render(<RoadmapDashboard {...props} />);
  return { root, update: (next) => root.render(<RoadmapDashboard {...next} />) };
}
