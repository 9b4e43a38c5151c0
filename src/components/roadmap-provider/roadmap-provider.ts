import { RoadmapProvider } from './roadmap-provider.component.js';

export { RoadmapProvider };

if (!customElements.get('roadmap-provider')) customElements.define('roadmap-provider', RoadmapProvider);

declare global {
  interface HTMLElementTagNameMap {
    'roadmap-provider': RoadmapProvider;
  }
}
