// Mounts the example into a page (the tests and the Vue recipe in the README use this).
import { createApp, h, shallowReactive } from 'vue';
import RoadmapDashboard from './RoadmapDashboard.vue';
import type { Selection } from 'roadmap-elements';

export interface MountProps {
  roadmap: unknown;
  groupBy?: string;
  onSelect?: (selection: Selection | undefined) => void;
  onExport?: (svg: string) => void;
}

export function mountRoadmapDashboard(container: HTMLElement, props: MountProps): { unmount: () => void; update: (next: Partial<MountProps>) => void } {
  const state = shallowReactive({ ...props });
  const app = createApp({ render: () => h(RoadmapDashboard, { ...state }) });
  app.mount(container);
  return { unmount: () => app.unmount(), update: (next) => Object.assign(state, next) };
}
