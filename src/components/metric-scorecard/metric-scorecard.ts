import { MetricScorecard } from './metric-scorecard.component.js';

export { MetricScorecard };

if (!customElements.get('metric-scorecard')) customElements.define('metric-scorecard', MetricScorecard);

declare global {
  interface HTMLElementTagNameMap {
    'metric-scorecard': MetricScorecard;
  }
}
