import { RoadmapTimeline } from './roadmap-timeline.component.js';

export { RoadmapTimeline };

if (!customElements.get('roadmap-timeline')) customElements.define('roadmap-timeline', RoadmapTimeline);

declare global {
  interface HTMLElementTagNameMap {
    'roadmap-timeline': RoadmapTimeline;
  }
}
